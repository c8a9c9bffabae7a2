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
    QString owner;     // the staff name who looks after it; empty: nobody yet
    QString createdBy; // the staff name who opened it; empty: CX Desk's rules or an import
    QString changedBy; // who changed it last (team.h personOf); empty: not since it was opened
    int rowVersion = 0;
    QString updatedAt;
};

// A note written on a follow-up: the history of what happened with it.
struct ActionNote
{
    qint64 id = 0;
    qint64 actionId = 0;
    QString writtenAt; // timestamp
    QString author;    // a staff name; empty: not known
    QString text;
};

// What opened a follow-up: a survey response or an interaction, with when
// and where it happened.
struct ActionOrigin
{
    enum Kind
    {
        None, // opened by hand
        Response,
        Interaction
    };
    Kind kind = None;
    qint64 id = 0;
    QString at;         // timestamp
    QString what;       // the survey's title, or the interaction's kind
    QString touchpoint; // empty: none
};

} // namespace cx
