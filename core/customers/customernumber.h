#pragma once

// The customer number a new customer is offered: the next free one in the
// business's own pattern ("C-1042" → "C-1043", "K00017" → "K00018").

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cx {

// The next number after `existing` in their prevailing pattern: the prefix
// most numbers share (the text before their last run of digits) and the
// width their digits are padded to, one above the highest and not taken.
// "C-0001" when no number has that form (an empty database).
QString nextCustomerNumber(const QStringList& existing);

// The same over the stored customer numbers; empty with *error when they
// cannot be read.
[[nodiscard]] QString suggestCustomerNumber(QSqlDatabase& db, QString* error);

} // namespace cx
