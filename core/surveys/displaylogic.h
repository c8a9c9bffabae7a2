#pragma once

// Display logic: a question shown only when an earlier answer meets a
// condition, {"code":"nps","op":"<=","value":6} (op one of = != < <= > >=).
// The kiosk, the paper entry, the preview and the import all ask isShown(),
// so a question is shown, required or skipped the same way everywhere.

#include "core/surveys/survey.h"

#include <QHash>
#include <QVariant>
#include <optional>

namespace cx {

struct Condition
{
    QString code;   // the earlier question
    QString op;     // = != < <= > >=
    QVariant value; // a number, or a text (an option's label, "yes"/"no")
};

// The condition of a question's show_if; nullopt with *error (when given) when it is not one.
[[nodiscard]] std::optional<Condition> parseCondition(const QString& json, QString* error);

// Whether an answer meets the condition. Numbers compare as numbers; a text
// matches an option's label whatever its case (= and != only); for several
// options chosen ("a;b"), = holds when one of them matches. No answer meets
// no condition.
bool meets(const Condition& c, const QVariant& answer);

// Whether the question is asked, given the answers so far by question code
// (a number, or the text of a choice). Without a condition it always is.
bool isShown(const Question& q, const QHash<QString, QVariant>& answers);

} // namespace cx
