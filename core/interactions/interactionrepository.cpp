#include "core/interactions/interactionrepository.h"

#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/editedfields.h"
#include "core/storage/rowversion.h"
#include "core/storage/team.h"

namespace cx {

namespace {
// Named placeholders: Qt binds them without building a name per position,
// which counts in imports of a million rows.
void bindFields(QSqlQuery& q, const Interaction& i)
{
    q.bindValue(QStringLiteral(":customer_id"), sql::id(i.customerId));
    q.bindValue(QStringLiteral(":touchpoint_id"), sql::id(i.touchpointId));
    q.bindValue(QStringLiteral(":channel_id"), sql::id(i.channelId));
    q.bindValue(QStringLiteral(":occurred_at"), i.occurredAt);
    q.bindValue(QStringLiteral(":kind"), sql::text(i.kind));
    q.bindValue(QStringLiteral(":outcome"), sql::text(i.outcome));
    q.bindValue(QStringLiteral(":staff_rating"), sql::rating(i.staffRating));
    q.bindValue(QStringLiteral(":customer_rating"), sql::rating(i.customerRating));
    q.bindValue(QStringLiteral(":resolved_at"), sql::text(i.resolvedAt));
    q.bindValue(QStringLiteral(":notes"), sql::text(i.notes));
}

const char kColumns[] =
    "id, uuid, customer_id, touchpoint_id, channel_id, occurred_at, kind, outcome, staff_rating, "
    "customer_rating, resolved_at, notes, row_version, updated_at, created_by, changed_by";

bool ratingOk(const std::optional<int>& r)
{
    return !r || (*r >= 1 && *r <= 5);
}
} // namespace

InteractionRepository::InteractionRepository(QSqlDatabase& db)
    : m_db(db),
      m_insert(
          db,
          QStringLiteral(
              "INSERT INTO interactions (id, uuid, customer_id, touchpoint_id, channel_id, "
              "occurred_at, kind, outcome, staff_rating, customer_rating, resolved_at, notes, "
              "row_version, updated_at, created_by, changed_by) "
              "VALUES (:id, :uuid, :customer_id, :touchpoint_id, :channel_id, :occurred_at, :kind, "
              ":outcome, :staff_rating, :customer_rating, :resolved_at, :notes, :row_version, "
              ":updated_at, :created_by, :changed_by)")),
      m_insertNew(
          db, QStringLiteral(
                  "INSERT INTO interactions (uuid, customer_id, touchpoint_id, channel_id, "
                  "occurred_at, kind, outcome, staff_rating, customer_rating, resolved_at, notes) "
                  "VALUES (:uuid, :customer_id, :touchpoint_id, :channel_id, :occurred_at, :kind, "
                  ":outcome, "
                  ":staff_rating, :customer_rating, :resolved_at, :notes) ON CONFLICT (uuid) DO "
                  "NOTHING")),
      m_byId(
          db,
          QStringLiteral("SELECT %1 FROM interactions WHERE id = ?").arg(QLatin1String(kColumns))),
      m_byUuid(
          db,
          QStringLiteral("SELECT %1 FROM interactions WHERE uuid = ?").arg(QLatin1String(kColumns)))
{
}

QString InteractionRepository::validate(const Interaction& i)
{
    qint64 occurred = 0;
    if (!parseTimestamp(i.occurredAt, &occurred))
        return Text::tr("occurred_at '%1' is not a timestamp like 2026-03-01T14:05:00+01:00")
            .arg(i.occurredAt);
    if (!i.resolvedAt.isEmpty()) {
        qint64 resolved = 0;
        if (!parseTimestamp(i.resolvedAt, &resolved))
            return Text::tr("resolved_at '%1' is not a timestamp like 2026-03-01T14:05:00+01:00")
                .arg(i.resolvedAt);
        if (resolved < occurred)
            return Text::tr("resolved_at %1 is before occurred_at %2")
                .arg(i.resolvedAt, i.occurredAt);
    }
    if (!ratingOk(i.staffRating))
        return Text::tr("staff_rating %1 is outside 1-5").arg(*i.staffRating);
    if (!ratingOk(i.customerRating))
        return Text::tr("customer_rating %1 is outside 1-5").arg(*i.customerRating);
    return {};
}

bool InteractionRepository::insert(Interaction& i, QString* error)
{
    const QString invalid = validate(i);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery* q = m_insert.get(error);
    if (!q)
        return false;
    if (i.uuid.isEmpty())
        i.uuid = sql::newUuid();
    // An id given is kept (undoing a delete), else a new one; a record that
    // comes back has a newer version than the one deleted, so an edit still
    // based on that one is refused.
    q->bindValue(QStringLiteral(":id"), sql::id(i.id));
    q->bindValue(QStringLiteral(":uuid"), i.uuid);
    q->bindValue(QStringLiteral(":row_version"), i.id > 0 ? i.rowVersion + 1 : 1);
    q->bindValue(QStringLiteral(":updated_at"),
                 i.id > 0 ? QVariant(changeTimestamp()) : QVariant(QMetaType::fromType<QString>()));
    q->bindValue(QStringLiteral(":created_by"), sql::text(i.createdBy));
    q->bindValue(QStringLiteral(":changed_by"), sql::text(i.changedBy));
    bindFields(*q, i);
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add interaction"), error))
        return false;
    // Only a new number is read back: on a server lastInsertId() is the last
    // number any sequence gave this connection, not the id given here.
    if (i.id > 0) {
        ++i.rowVersion;
    } else {
        i.rowVersion = 1;
        i.id = q->lastInsertId().toLongLong();
    }
    return true;
}

bool InteractionRepository::insertNew(Interaction& i, bool* inserted, QString* error)
{
    *inserted = false;
    const QString invalid =
        i.uuid.isEmpty() ? Text::tr("an interaction without a uuid") : validate(i);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery* q = m_insertNew.get(error);
    if (!q)
        return false;
    q->bindValue(QStringLiteral(":uuid"), i.uuid);
    bindFields(*q, i);
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add interaction"), error))
        return false;
    *inserted = q->numRowsAffected() > 0;
    if (*inserted) {
        i.id = q->lastInsertId().toLongLong();
        i.rowVersion = 1;
    }
    return true;
}

QString InteractionRepository::describe(const Interaction& i)
{
    const QString when = i.occurredAt.left(10) + QLatin1Char(' ') + i.occurredAt.mid(11, 5);
    return i.kind.isEmpty() ? Text::tr("the interaction of %1").arg(when)
                            : Text::tr("the %1 of %2").arg(i.kind, when);
}

QString InteractionRepository::refusal(const Interaction& i, const Interaction* seen)
{
    return staleMessage(describe(seen ? *seen : i), seenBy(byId(i.id), personOf(m_db)), seen,
                        &differences);
}

bool InteractionRepository::update(Interaction& i, QString* error, const Interaction* seen)
{
    const QString invalid = validate(i);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE interactions SET customer_id = :customer_id, touchpoint_id = :touchpoint_id, "
        "channel_id = :channel_id, occurred_at = :occurred_at, kind = :kind, outcome = :outcome, "
        "staff_rating = :staff_rating, customer_rating = :customer_rating, resolved_at = "
        ":resolved_at, "
        "notes = :notes, row_version = row_version + 1, updated_at = :updated_at, changed_by = "
        ":changed_by WHERE id = :id AND row_version = :version"));
    bindFields(q, i);
    const QString now = changeTimestamp();
    const QString who = personOf(m_db);
    q.bindValue(QStringLiteral(":changed_by"), sql::text(who));
    q.bindValue(QStringLiteral(":updated_at"), now);
    q.bindValue(QStringLiteral(":id"), i.id);
    q.bindValue(QStringLiteral(":version"), i.rowVersion);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save interaction"), error,
                       [&] { return refusal(i, seen); }))
        return false;
    ++i.rowVersion;
    i.updatedAt = now;
    i.changedBy = who;
    return true;
}

bool InteractionRepository::remove(const Interaction& i, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM interactions WHERE id = ? AND row_version = ?"));
    q.bindValue(0, i.id);
    q.bindValue(1, i.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete interaction"), error,
                         [&] { return refusal(i, &i); });
}

namespace {
const EditedFields<Interaction>& interactionFields()
{
    static const EditedFields<Interaction> fields =
        EditedFields<Interaction>()
            .add(&Interaction::occurredAt, QT_TRANSLATE_NOOP("cx::Text", "when"))
            .add(&Interaction::customerId, QT_TRANSLATE_NOOP("cx::Text", "customer"))
            .add(&Interaction::touchpointId, QT_TRANSLATE_NOOP("cx::Text", "touchpoint"))
            .add(&Interaction::channelId, QT_TRANSLATE_NOOP("cx::Text", "channel"))
            .add(&Interaction::kind, QT_TRANSLATE_NOOP("cx::Text", "kind"))
            .add(&Interaction::outcome, QT_TRANSLATE_NOOP("cx::Text", "outcome"))
            .add(&Interaction::staffRating, QT_TRANSLATE_NOOP("cx::Text", "staff rating"))
            .add(&Interaction::customerRating, QT_TRANSLATE_NOOP("cx::Text", "customer rating"))
            .add(&Interaction::resolvedAt, QT_TRANSLATE_NOOP("cx::Text", "resolved"))
            .add(&Interaction::notes, QT_TRANSLATE_NOOP("cx::Text", "notes"));
    return fields;
}
} // namespace

Interaction InteractionRepository::merged(const Interaction& base, const Interaction& mine,
                                          const Interaction& theirs)
{
    return interactionFields().merged(base, mine, theirs);
}

QStringList InteractionRepository::differences(const Interaction& a, const Interaction& b)
{
    return interactionFields().differences(a, b);
}

std::optional<Interaction> InteractionRepository::byId(qint64 id, QString* error)
{
    QSqlQuery* q = m_byId.get(error);
    if (!q)
        return std::nullopt;
    q->bindValue(0, id);
    return fetchOne(*q, error);
}

std::optional<Interaction> InteractionRepository::byUuid(const QString& uuid, QString* error)
{
    QSqlQuery* q = m_byUuid.get(error);
    if (!q)
        return std::nullopt;
    q->bindValue(0, uuid);
    return fetchOne(*q, error);
}

Interaction InteractionRepository::fromRow(const QSqlQuery& q)
{
    Interaction i;
    i.id = q.value(0).toLongLong();
    i.uuid = q.value(1).toString();
    i.customerId = q.value(2).toLongLong();
    i.touchpointId = q.value(3).toLongLong();
    i.channelId = q.value(4).toLongLong();
    i.occurredAt = q.value(5).toString();
    i.kind = q.value(6).toString();
    i.outcome = q.value(7).toString();
    i.staffRating = sql::toRating(q.value(8));
    i.customerRating = sql::toRating(q.value(9));
    i.resolvedAt = q.value(10).toString();
    i.notes = q.value(11).toString();
    i.rowVersion = q.value(12).toInt();
    i.updatedAt = q.value(13).toString();
    i.createdBy = q.value(14).toString();
    i.changedBy = q.value(15).toString();
    return i;
}

std::optional<Interaction> InteractionRepository::fetchOne(QSqlQuery& q, QString* error)
{
    if (!sql::runLookup(q, error) || !q.next())
        return std::nullopt;
    const Interaction i = fromRow(q);
    q.finish(); // the statement is kept for the next call; its read ends here
    return i;
}

qint64 InteractionRepository::count(QString* error)
{
    QSqlQuery q(m_db);
    return sql::runLookup(q, QStringLiteral("SELECT count(*) FROM interactions"), error) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

QStringList InteractionRepository::kinds(int limit, QString* error)
{
    QStringList out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT DISTINCT kind FROM interactions WHERE kind IS NOT NULL ORDER BY kind LIMIT ?"));
    q.addBindValue(limit);
    if (sql::runLookup(q, error))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

} // namespace cx
