#pragma once

// Many new interactions written at once, for an import on a server: they
// wait in memory (the connection stays free for the lookups between rows),
// then go with one COPY into a temporary table and go into `interactions` with one
// INSERT … SELECT, in the order they were added, which costs the server one
// statement instead of a round trip per row. Everything happens inside the
// caller's transaction, so a failure or a lost connection leaves nothing.

#include "core/interactions/interaction.h"

#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <functional>

namespace cx {

class InteractionBatch
{
public:
    explicit InteractionBatch(QSqlDatabase& db);
    ~InteractionBatch();
    InteractionBatch(const InteractionBatch&) = delete;
    InteractionBatch& operator=(const InteractionBatch&) = delete;

    // Whether the engine of `db` gains from batching (a server, where each
    // statement is a round trip); a file writes as fast row by row.
    static bool pays(const QSqlDatabase& db);

    // An interaction with its uuid, and a number to hand back with it (the
    // line of the file it came from).
    [[nodiscard]] bool add(const Interaction& interaction, qint64 tag, QString* error);
    // Whether an interaction with this uuid waits in the batch.
    bool holds(const QString& uuid) const { return m_uuids.contains(uuid); }
    qint64 pending() const { return m_waiting.size(); }

    using Handler = std::function<bool(Interaction& interaction, qint64 tag, QString* error)>;
    // Writes what waits. An interaction whose uuid the table holds already
    // is not added but handed to `existing` (as the batch has it, without an
    // id); each one added that happened on or after the day `recentFrom`
    // (2026-03-01) is handed to `added` afterwards, as stored. Both in the
    // order of add(). *count: the interactions added.
    [[nodiscard]] bool flush(const Handler& existing, const QString& recentFrom,
                             const Handler& added, qint64* count, QString* error);

private:
    [[nodiscard]] bool send(QString* error);

    QSqlDatabase& m_db;
    QVector<QPair<Interaction, qint64>> m_waiting;
    QSet<QString> m_uuids;
    bool m_tableMade = false;
};

} // namespace cx
