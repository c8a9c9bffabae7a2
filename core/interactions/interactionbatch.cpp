#include "core/interactions/interactionbatch.h"

#include "core/common/text.h"
#include "core/interactions/interactionrepository.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QSqlQuery>
#include <QVariant>
#include <QVector>

namespace cx {

namespace {

const QStringList& stagedColumns()
{
    static const QStringList columns{QStringLiteral("ord"),
                                     QStringLiteral("tag"),
                                     QStringLiteral("uuid"),
                                     QStringLiteral("customer_id"),
                                     QStringLiteral("touchpoint_id"),
                                     QStringLiteral("channel_id"),
                                     QStringLiteral("occurred_at"),
                                     QStringLiteral("kind"),
                                     QStringLiteral("outcome"),
                                     QStringLiteral("staff_rating"),
                                     QStringLiteral("customer_rating"),
                                     QStringLiteral("resolved_at"),
                                     QStringLiteral("notes")};
    return columns;
}

// The columns both tables share, in the order of stagedColumns() after tag.
const char kShared[] = "uuid, customer_id, touchpoint_id, channel_id, occurred_at, kind, outcome, "
                       "staff_rating, customer_rating, resolved_at, notes";

} // namespace

InteractionBatch::InteractionBatch(QSqlDatabase& db) : m_db(db) {}

InteractionBatch::~InteractionBatch() = default;

bool InteractionBatch::pays(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool InteractionBatch::add(const Interaction& i, qint64 tag, QString* error)
{
    if (i.uuid.isEmpty()) {
        *error = Text::tr("an interaction without a uuid");
        return false;
    }
    m_waiting.push_back({i, tag});
    m_uuids.insert(i.uuid);
    return true;
}

bool InteractionBatch::send(QString* error)
{
    if (!m_tableMade) {
        // Dropped with the transaction, whichever way it ends.
        if (!execSql(m_db,
                     QStringLiteral("CREATE TEMPORARY TABLE cx_staged_interactions ("
                                    "ord bigint NOT NULL, tag bigint NOT NULL, "
                                    "uuid text COLLATE \"C\" NOT NULL, customer_id bigint, "
                                    "touchpoint_id bigint, channel_id bigint, "
                                    "occurred_at text COLLATE \"C\" NOT NULL, "
                                    "kind text COLLATE \"C\", outcome text COLLATE \"C\", "
                                    "staff_rating bigint, customer_rating bigint, "
                                    "resolved_at text COLLATE \"C\", notes text COLLATE \"C\") "
                                    "ON COMMIT DROP"),
                     error))
            return false;
        m_tableMade = true;
    }
    const std::unique_ptr<RowWriter> writer =
        engineOf(m_db).rowWriter(m_db, QStringLiteral("cx_staged_interactions"), stagedColumns());
    QVector<QVariant> values(int(stagedColumns().size()));
    qint64 order = 0;
    for (const auto& [i, tag] : std::as_const(m_waiting)) {
        values[0] = ++order;
        values[1] = tag;
        values[2] = i.uuid;
        values[3] = sql::id(i.customerId);
        values[4] = sql::id(i.touchpointId);
        values[5] = sql::id(i.channelId);
        values[6] = i.occurredAt;
        values[7] = sql::text(i.kind);
        values[8] = sql::text(i.outcome);
        values[9] = sql::rating(i.staffRating);
        values[10] = sql::rating(i.customerRating);
        values[11] = sql::text(i.resolvedAt);
        values[12] = sql::text(i.notes);
        if (!writer->add(values, error))
            return false;
    }
    m_waiting.clear();
    m_uuids.clear();
    return writer->finish(error);
}

bool InteractionBatch::flush(const Handler& existing, const QString& recentFrom,
                             const Handler& added, qint64* count, QString* error)
{
    *count = 0;
    if (m_waiting.isEmpty())
        return true;
    if (!send(error))
        return false;

    // Those already stored: read out of the batch first, then handed on.
    QVector<QPair<Interaction, qint64>> known;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!sql::runLookup(
                q,
                // As the repository reads a row (without an id), the tag after it.
                QStringLiteral("SELECT 0, s.uuid, s.customer_id, s.touchpoint_id, s.channel_id, "
                               "s.occurred_at, s.kind, s.outcome, s.staff_rating, "
                               "s.customer_rating, s.resolved_at, s.notes, 0, NULL, s.tag "
                               "FROM cx_staged_interactions s JOIN interactions i "
                               "ON i.uuid = s.uuid ORDER BY s.ord"),
                error))
            return false;
        while (q.next())
            known.push_back({InteractionRepository::fromRow(q), q.value(14).toLongLong()});
    }
    if (!known.isEmpty() &&
        !execSql(m_db,
                 QStringLiteral("DELETE FROM cx_staged_interactions s USING interactions i "
                                "WHERE i.uuid = s.uuid"),
                 error))
        return false;

    // The new ones, numbered in the order they came.
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("INSERT INTO interactions (%1) SELECT %1 FROM "
                                   "cx_staged_interactions ORDER BY ord")
                        .arg(QLatin1String(kShared)))) {
            *error = Text::tr("cannot add interactions: %1").arg(sql::errorText(q));
            return false;
        }
        *count = q.numRowsAffected();
    }

    // The recent ones, as stored, for what follows them up.
    QVector<QPair<qint64, qint64>> recent; // id, tag
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT i.id, s.tag FROM cx_staged_interactions s "
                           "JOIN interactions i ON i.uuid = s.uuid "
                           "WHERE left(s.occurred_at, 10) >= CAST(? AS text) ORDER BY s.ord"));
        q.addBindValue(recentFrom);
        if (!q.exec()) {
            *error = Text::tr("cannot add interactions: %1").arg(sql::errorText(q));
            return false;
        }
        while (q.next())
            recent.push_back({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    if (!execSql(m_db, QStringLiteral("TRUNCATE cx_staged_interactions"), error))
        return false;

    for (auto& [interaction, tag] : known)
        if (!existing(interaction, tag, error))
            return false;
    InteractionRepository repository(m_db);
    for (const auto& [id, tag] : std::as_const(recent)) {
        std::optional<Interaction> stored = repository.byId(id, error);
        if (!stored)
            return false;
        if (!added(*stored, tag, error))
            return false;
    }
    return true;
}

} // namespace cx
