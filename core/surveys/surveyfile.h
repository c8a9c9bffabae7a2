#pragma once

// Survey definitions as JSON (docs/user-guide.md, Survey definitions): export, import (an
// existing uuid is updated in place), and the list of surveys.

#include "core/surveys/survey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>

namespace cx {

QJsonObject surveyToJson(const Survey& survey);
// Checks and reads a definition; false with a message naming the question and field.
[[nodiscard]] bool surveyFromJson(const QJsonObject& json, Survey* survey, QString* error);

// The first problem that keeps a definition from being saved, or empty.
QString surveyProblem(const Survey& survey);

// Adds the survey (id 0 and an unknown uuid) or updates it with all its
// settings; questions are matched by code and changed in place, so their
// answers stay, and a question with answers cannot be removed. Sets the ids
// and the new version. A survey that names the version it was read at
// (rowVersion > 0, as the builder's does) is saved only if nobody saved it,
// or one of its questions, since; the message then names what changed from
// `seenAs`, the survey as it was read.
[[nodiscard]] bool saveSurvey(QSqlDatabase& db, Survey& survey, QString* error,
                              const Survey* seenAs = nullptr);

// Adds the survey, or updates the one with its uuid: questions are matched by
// code and changed in place, so their answers stay. A question that has
// answers cannot be left out. *created says which happened.
[[nodiscard]] bool importSurvey(QSqlDatabase& db, const Survey& survey, bool* created,
                                QString* error);

// The same inside the caller's transaction (a survey written with its
// responses); on success `survey` is the survey as stored, with its ids.
[[nodiscard]] bool importSurveyWithin(QSqlDatabase& db, Survey& survey, bool* created,
                                      QString* error);

// uuid, title, status, questions and responses of every survey.
QJsonArray listSurveys(QSqlDatabase& db);

} // namespace cx
