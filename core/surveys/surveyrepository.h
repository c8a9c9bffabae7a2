#pragma once

#include "core/storage/sqlutil.h"
#include "core/surveys/survey.h"

namespace cx {

// Survey definitions with their questions.
class SurveyRepository
{
public:
    explicit SurveyRepository(QSqlDatabase& db);

    // Inserts the survey and its questions together; sets every id.
    [[nodiscard]] bool insert(Survey& survey, QString* error);
    [[nodiscard]] std::optional<Survey> byUuid(const QString& uuid, QString* error = nullptr);
    [[nodiscard]] std::optional<Survey> byId(qint64 id, QString* error = nullptr);
    // All surveys, without their questions.
    QVector<Survey> list(QString* error = nullptr);
    QVector<Question> questions(qint64 surveyId, QString* error = nullptr);
    // Deletes the survey with its questions, responses and answers, if it is
    // still at survey.rowVersion (nobody changed it since it was read).
    [[nodiscard]] bool remove(const Survey& survey, QString* error);
    static QStringList differences(const Survey& a, const Survey& b);
    qint64 responseCount(qint64 surveyId, QString* error = nullptr);
    // The survey that shows the most of what a survey can hold: one with an
    // NPS question if there is one, then the most questions.
    [[nodiscard]] std::optional<Survey> fullest();

private:
    QSqlDatabase& m_db;
};

} // namespace cx
