#pragma once

// Small readers shared by the survey formats of other tools.

#include "core/surveys/import/sourcesurvey.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cx {

// The text of an HTML fragment as a person reads it: tags and scripts gone,
// entities decoded, line breaks where paragraphs and <br> were, spaces
// collapsed.
QString plainText(const QString& html);

// A timestamp as tools write it ("2024-03-01 14:05:00", ISO 8601 with or
// without an offset; without one it is local time) as ISO 8601 with its
// offset; empty when it is none of these.
QString sourceTimestamp(const QString& text);

// An option label or code that CX Desk can store: ';' separates options.
QString optionSafe(const QString& text);

// A display condition written as one comparison of one question with a
// value, in any of the tools' notations: LimeSurvey's `q1.NAOK == "Y"`,
// XLSForm's `${q1} = 'y'` and `selected(${q1}, 'y')`, an XForm's
// `/data/q1 = 'y'`. Anything else (several comparisons, functions) gives
// nullopt and *problem says why, in words for the import's report.
std::optional<SourceCondition> simpleCondition(const QString& expression, QString* problem);

// A two-letter language code from what the tools write: "en", "EN-GB",
// "de-informal", "English (en)", "French". Empty when it cannot be told.
QString languageCode(const QString& name);

// The language to read: `wanted` (a code) when the source has it, else the
// first (base) language; false with a message naming the languages there are.
[[nodiscard]] bool chooseLanguage(const QStringList& codes, const QString& wanted, QString* chosen,
                                  QString* error);

// Makes the question a scale from min to max in steps of one when that is a
// scale at all (whole numbers, at most 100 points, within ±1000); else it is
// left out, and `what` ("a range", "a slider") names it in the reason.
void setScale(SourceQuestion* q, double min, double max, double step, const QString& what);

// The largest file a survey import reads (a survey with years of answers
// fits many times over).
constexpr qint64 kMaxSourceBytes = 256LL * 1024 * 1024;

} // namespace cx
