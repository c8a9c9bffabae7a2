#pragma once

// A follow-up: something to do for a customer, opened by hand, by an
// interaction or by an unhappy answer.
// Ids are 0 when the record is not stored yet or a link is null. A record a
// person edits carries the row version it was read at (0: not read from the
// database) and when it was last changed: a save refuses to write over a
// version it has not seen (see core/storage/rowversion.h). The tables are
// described in docs/database.md.

#include <QDate>
#include <QString>
#include <optional>

namespace cx {

enum class ActionStatus
{
    Open,
    Done
};

// The names the database uses ("open", "done"), and back; std::nullopt for
// a name that is neither.
QString statusName(ActionStatus status);
[[nodiscard]] std::optional<ActionStatus> actionStatusFromName(const QString& name);

struct Action
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 responseId = 0;
    qint64 interactionId = 0;
    QString title;
    ActionStatus status = ActionStatus::Open;
    QDate dueOn;
    QString createdAt;
    QString closedAt;
    QString resolution;
    int rowVersion = 0;
    QString updatedAt;
};

} // namespace cx
