#pragma once

// Edits that never silently overwrite someone else's. Every record a person
// edits has a row_version that each update raises; an update names the
// version it was based on and changes nothing when the stored one differs
// (another window or program changed the record meanwhile). These are the
// words of such a refusal.

#include <QString>
#include <QStringList>

namespace cx {

// When a record was last changed, as people read it: the time alone today,
// otherwise the date and time. Empty when it is not known.
QString describeWhen(const QString& updatedAt);

// "the customer “Anna Smith” was changed in another window or program at
// 14:02 (email, notes)": `what` names the record, `fields` what changed in it
// (none named when empty), `updatedAt` when.
QString changedElsewhere(const QString& what, const QStringList& fields, const QString& updatedAt);
QString deletedElsewhere(const QString& what);

// The timestamp a change made now is stored with.
QString changeTimestamp();

} // namespace cx
