#include "core/actions/actionrepository.h"

#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/rowversion.h"
#include "core/storage/team.h"

namespace cx {

namespace {
const char* const kActionColumns =
    "id, customer_id, response_id, interaction_id, title, status, due_on, created_at, "
    "closed_at, resolution, row_version, updated_at, owner, created_by, changed_by";
Action actionFromRow(const QSqlQuery& q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.customerId = q.value(1).toLongLong();
    a.responseId = q.value(2).toLongLong();
    a.interactionId = q.value(3).toLongLong();
    a.title = q.value(4).toString();
    a.status = actionStatusFromName(q.value(5).toString()).value_or(ActionStatus::Open);
    a.dueOn = sql::toDate(q.value(6));
    a.createdAt = q.value(7).toString();
    a.closedAt = q.value(8).toString();
    a.resolution = q.value(9).toString();
    a.rowVersion = q.value(10).toInt();
    a.updatedAt = q.value(11).toString();
    a.owner = q.value(12).toString();
    a.createdBy = q.value(13).toString();
    a.changedBy = q.value(14).toString();
    return a;
}
} // namespace

ActionRepository::ActionRepository(QSqlDatabase& db)
    : m_db(db),
      m_insert(db,
               QStringLiteral(
                   "INSERT INTO actions (customer_id, response_id, interaction_id, title, status, "
                   "due_on, created_at, closed_at, resolution, owner, created_by) VALUES (?, ?, ?, "
                   "?, ?, "
                   "?, ?, ?, ?, ?, ?)"))
{
}

bool ActionRepository::insert(Action& a, QString* error)
{
    if (a.title.trimmed().isEmpty()) {
        *error = Text::tr("an action needs a title");
        return false;
    }
    if (!isTimestamp(a.createdAt)) {
        *error = Text::tr("created_at '%1' is not a timestamp").arg(a.createdAt);
        return false;
    }
    QSqlQuery* q = m_insert.get(error);
    if (!q)
        return false;
    q->bindValue(0, sql::id(a.customerId));
    q->bindValue(1, sql::id(a.responseId));
    q->bindValue(2, sql::id(a.interactionId));
    q->bindValue(3, a.title);
    q->bindValue(4, statusName(a.status));
    q->bindValue(5, sql::date(a.dueOn));
    q->bindValue(6, a.createdAt);
    q->bindValue(7, sql::text(a.closedAt));
    q->bindValue(8, sql::text(a.resolution));
    q->bindValue(9, sql::text(a.owner.trimmed()));
    q->bindValue(10, sql::text(a.createdBy));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add action"), error))
        return false;
    a.id = q->lastInsertId().toLongLong();
    a.rowVersion = 1;
    return true;
}

bool ActionRepository::update(Action& a, QString* error, const Action* seen)
{
    if (a.title.trimmed().isEmpty()) {
        *error = Text::tr("an action needs a title");
        return false;
    }
    if (a.status == ActionStatus::Done && !isTimestamp(a.closedAt)) {
        *error = Text::tr("closed_at '%1' is not a timestamp").arg(a.closedAt);
        return false;
    }
    if (a.status == ActionStatus::Open)
        a.closedAt.clear();
    a.owner = a.owner.trimmed();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE actions SET title = ?, customer_id = ?, due_on = ?, owner = ?, status = ?, "
        "resolution = ?, closed_at = ?, row_version = row_version + 1, updated_at = ?, "
        "changed_by = ? WHERE id = ? AND row_version = ?"));
    const QString now = changeTimestamp();
    const QString who = personOf(m_db);
    int i = 0;
    for (const QVariant& v :
         {QVariant(a.title.trimmed()), sql::id(a.customerId), sql::date(a.dueOn),
          sql::text(a.owner), QVariant(statusName(a.status)), sql::text(a.resolution),
          sql::text(a.closedAt), QVariant(now), sql::text(who), QVariant(a.id),
          QVariant(a.rowVersion)})
        q.bindValue(i++, v);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot change action"), error,
                       [&] { return refusal(a, seen ? seen : &a); }))
        return false;
    a.title = a.title.trimmed();
    ++a.rowVersion;
    a.updatedAt = now;
    a.changedBy = who;
    return true;
}

QVector<ActionNote> ActionRepository::notes(qint64 actionId, QString* error)
{
    QVector<ActionNote> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, written_at, author, text FROM action_notes "
                             "WHERE action_id = ? ORDER BY written_at, id"));
    q.bindValue(0, actionId);
    if (sql::runLookup(q, error))
        while (q.next())
            out << ActionNote{q.value(0).toLongLong(), actionId, q.value(1).toString(),
                              q.value(2).toString(), q.value(3).toString()};
    return out;
}

bool ActionRepository::addNote(ActionNote& note, QString* error)
{
    if (note.text.trimmed().isEmpty()) {
        *error = Text::tr("a note needs some text");
        return false;
    }
    if (!isTimestamp(note.writtenAt)) {
        *error = Text::tr("written_at '%1' is not a timestamp").arg(note.writtenAt);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO action_notes (id, action_id, written_at, author, text) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, sql::id(note.id));
    q.bindValue(1, note.actionId);
    q.bindValue(2, note.writtenAt);
    q.bindValue(3, sql::text(note.author.trimmed()));
    q.bindValue(4, note.text.trimmed());
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add the note"), error))
        return false;
    // Only a new number is read back: on a server lastInsertId() is the last
    // number any sequence gave this connection, not the id given here.
    if (note.id <= 0)
        note.id = q.lastInsertId().toLongLong();
    note.text = note.text.trimmed();
    return true;
}

bool ActionRepository::removeNote(qint64 noteId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM action_notes WHERE id = ?"));
    q.bindValue(0, noteId);
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot remove the note"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        *error = Text::tr("the note was deleted in another window or program");
        return false;
    }
    return true;
}

ActionOrigin ActionRepository::origin(const Action& a, QString* error)
{
    ActionOrigin o;
    QSqlQuery q(m_db);
    if (a.responseId) {
        q.prepare(QStringLiteral(
            "SELECT r.submitted_at, s.title, t.name FROM responses r JOIN surveys s ON s.id = "
            "r.survey_id LEFT JOIN touchpoints t ON t.id = coalesce(r.touchpoint_id, "
            "s.touchpoint_id) WHERE r.id = ?"));
        q.bindValue(0, a.responseId);
        o.kind = ActionOrigin::Response;
        o.id = a.responseId;
    } else if (a.interactionId) {
        q.prepare(QStringLiteral("SELECT i.occurred_at, i.kind, t.name FROM interactions i LEFT "
                                 "JOIN touchpoints t ON t.id = i.touchpoint_id WHERE i.id = ?"));
        q.bindValue(0, a.interactionId);
        o.kind = ActionOrigin::Interaction;
        o.id = a.interactionId;
    } else {
        return o;
    }
    if (!sql::runLookup(q, error) || !q.next())
        return ActionOrigin();
    o.at = q.value(0).toString();
    o.what = q.value(1).toString();
    o.touchpoint = q.value(2).toString();
    return o;
}

QString ActionRepository::refusal(const Action& a, const Action* seen)
{
    return staleMessage(Text::tr("the follow-up “%1”").arg(seen ? seen->title : a.title),
                        seenBy(byId(a.id), personOf(m_db)), seen, &differences);
}

bool ActionRepository::write(Action& a, const QString& statement, const QVariantList& values,
                             const char* what, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(statement);
    const QString now = changeTimestamp();
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    q.bindValue(i++, now);
    const QString who = personOf(m_db);
    q.bindValue(i++, sql::text(who));
    q.bindValue(i++, a.id);
    q.bindValue(i++, a.rowVersion);
    if (!execExpecting(q, what, error, [&] { return refusal(a, &a); }))
        return false;
    ++a.rowVersion;
    a.updatedAt = now;
    a.changedBy = who;
    return true;
}

bool ActionRepository::markDone(Action& a, const QString& resolution, const QString& closedAt,
                                QString* error)
{
    if (!write(a,
               QStringLiteral(
                   "UPDATE actions SET status = 'done', closed_at = ?, resolution = ?, "
                   "row_version = row_version + 1, updated_at = ?, changed_by = ? WHERE id = ? AND "
                   "row_version = ?"),
               {closedAt, sql::text(resolution)},
               QT_TRANSLATE_NOOP("cx::Text", "cannot close action"), error))
        return false;
    a.status = ActionStatus::Done;
    a.closedAt = closedAt;
    a.resolution = resolution;
    return true;
}

bool ActionRepository::reopen(Action& a, QString* error)
{
    if (!write(a,
               QStringLiteral(
                   "UPDATE actions SET status = 'open', closed_at = NULL, resolution = NULL, "
                   "row_version = row_version + 1, updated_at = ?, changed_by = ? WHERE id = ? AND "
                   "row_version = ?"),
               {}, QT_TRANSLATE_NOOP("cx::Text", "cannot reopen action"), error))
        return false;
    a.status = ActionStatus::Open;
    a.closedAt.clear();
    a.resolution.clear();
    return true;
}

bool ActionRepository::remove(const Action& a, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM actions WHERE id = ? AND row_version = ?"));
    q.bindValue(0, a.id);
    q.bindValue(1, a.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete action"), error,
                         [&] { return refusal(a, &a); });
}

QStringList ActionRepository::differences(const Action& a, const Action& b)
{
    QStringList out;
    if (a.title != b.title)
        out << Text::tr("title");
    if (a.status != b.status)
        out << (b.status == ActionStatus::Done ? Text::tr("marked done") : Text::tr("reopened"));
    if (a.dueOn != b.dueOn)
        out << Text::tr("due date");
    if (a.resolution != b.resolution && a.status == b.status)
        out << Text::tr("what was done");
    if (a.customerId != b.customerId)
        out << Text::tr("customer");
    if (a.owner != b.owner)
        out << Text::tr("owner");
    return out;
}

QVector<Action> ActionRepository::forResponse(qint64 responseId, QString* error)
{
    QVector<Action> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE response_id = ? ORDER BY id")
                  .arg(QLatin1String(kActionColumns)));
    q.bindValue(0, responseId);
    if (sql::runLookup(q, error))
        while (q.next())
            out << actionFromRow(q);
    return out;
}

QVector<qint64> ActionRepository::idsForInteraction(qint64 interactionId, QString* error)
{
    QVector<qint64> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM actions WHERE interaction_id = ? ORDER BY id"));
    q.bindValue(0, interactionId);
    if (sql::runLookup(q, error))
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

bool ActionRepository::relink(const QVector<qint64>& actionIds, qint64 interactionId,
                              QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE actions SET interaction_id = ? WHERE id = ?"));
    for (const qint64 id : actionIds) {
        q.bindValue(0, interactionId);
        q.bindValue(1, id);
        if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot link the follow-up again"), error))
            return false;
    }
    return true;
}

std::optional<Action> ActionRepository::byId(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(QLatin1String(kActionColumns)));
    q.bindValue(0, id);
    if (!sql::runLookup(q, error) || !q.next())
        return std::nullopt;
    return actionFromRow(q);
}

qint64 ActionRepository::fullest(QString* error)
{
    QSqlQuery q(m_db);
    return sql::runLookup(
               q,
               QStringLiteral(
                   "SELECT a.id FROM actions a JOIN action_notes n ON n.action_id = a.id "
                   "WHERE a.status = 'open' AND a.owner IS NOT NULL AND a.response_id IS NOT NULL "
                   "GROUP BY a.id ORDER BY count(*) DESC, a.id DESC LIMIT 1"),
               error) &&
                   q.next()
               ? q.value(0).toLongLong()
               : 0;
}

qint64 ActionRepository::openCount(QString* error)
{
    QSqlQuery q(m_db);
    return sql::runLookup(q, QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open'"),
                          error) &&
                   q.next()
               ? q.value(0).toLongLong()
               : 0;
}

qint64 ActionRepository::overdueCount(const QDate& today, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open' AND due_on < ?"));
    q.bindValue(0, today.toString(Qt::ISODate));
    return sql::runLookup(q, error) && q.next() ? q.value(0).toLongLong() : 0;
}

qint64 ActionRepository::dueByCount(const QDate& today, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open' AND due_on <= ?"));
    q.bindValue(0, today.toString(Qt::ISODate));
    return sql::runLookup(q, error) && q.next() ? q.value(0).toLongLong() : 0;
}

QVector<Action> ActionRepository::overdue(const QDate& today, QString* error)
{
    QVector<Action> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE status = 'open' AND due_on < ? "
                             "ORDER BY id")
                  .arg(QLatin1String(kActionColumns)));
    q.bindValue(0, today.toString(Qt::ISODate));
    if (sql::runLookup(q, error))
        while (q.next())
            out << actionFromRow(q);
    return out;
}

} // namespace cx
