#pragma once

// Readers of the survey files other tools write, each into a SourceSurvey
// (sourcesurvey.h). `language` is a language code to read the texts in;
// empty: the survey's base language. False with a message naming the place
// (line and column of XML, the element, the sheet and row) when the file is
// not what it claims to be.

#include "core/surveys/import/sourcesurvey.h"

#include <QByteArray>

namespace cx {

// LimeSurvey: a survey structure (.lss) of any layout, texts in the question
// rows (LimeSurvey 2 and 3) or in their own language tables (4 and later);
// responses (.lsr) of that survey; an archive (.lsa) holding both.
[[nodiscard]] bool readLimeSurvey(const QByteArray& xml, const QString& language, SourceSurvey* out,
                                  QString* error);
[[nodiscard]] bool readLimeSurveyResponses(const QByteArray& xml, SourceSurvey* survey,
                                           QString* error);
[[nodiscard]] bool readLimeSurveyArchive(const QByteArray& zip, const QString& language,
                                         SourceSurvey* out, QString* error);

// Qualtrics: a survey file (.qsf, JSON), its blocks in the order of the
// survey flow; and a responses export (CSV, three header rows), read as
// responses only, by column name.
[[nodiscard]] bool readQualtricsSurvey(const QByteArray& json, const QString& language,
                                       SourceSurvey* out, QString* error);
[[nodiscard]] bool readQualtricsResponses(const QString& path, SourceSurvey* out, QString* error);
// Whether the first lines look like a Qualtrics responses export.
bool looksLikeQualtricsResponses(const QByteArray& head);

// XLSForm (.xlsx with survey, choices and settings sheets) and the XForm XML
// that ODK and KoboToolbox make of it.
[[nodiscard]] bool readXlsForm(const QByteArray& zip, const QString& language, SourceSurvey* out,
                               QString* error);
[[nodiscard]] bool readXForm(const QByteArray& xml, const QString& language, SourceSurvey* out,
                             QString* error);

} // namespace cx
