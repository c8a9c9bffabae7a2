#pragma once

#include "core/interactions/interaction.h"
#include "core/storage/sqlutil.h"

namespace cx {

// What happened at a touchpoint: a visit, an order, a call, a complaint.
class InteractionRepository
{
public:
    explicit InteractionRepository(QSqlDatabase& db);

    // Checks what the schema cannot: timestamps well formed, resolution not
    // before the interaction, ratings within 1-5. Empty when valid.
    static QString validate(const Interaction& i);

    // Inserts i with its id when it has one (restoring a deleted record, at a
    // version after the one deleted), else with a new id that is written
    // back; gives it a uuid when it has none.
    [[nodiscard]] bool insert(Interaction& i, QString* error);
    // Inserts i (which has a uuid) unless an interaction with that uuid is
    // stored already; then *inserted is false and nothing changes.
    [[nodiscard]] bool insertNew(Interaction& i, bool* inserted, QString* error);
    // Saves i if the stored row is still at i.rowVersion, and raises both;
    // otherwise changes nothing and says what changed since `seen`.
    [[nodiscard]] bool update(Interaction& i, QString* error, const Interaction* seen = nullptr);
    // Deletes the interaction if it is still at i.rowVersion.
    [[nodiscard]] bool remove(const Interaction& i, QString* error);
    static QStringList differences(const Interaction& a, const Interaction& b);
    // Their version with the fields changed in `mine` from `base` on top.
    static Interaction merged(const Interaction& base, const Interaction& mine,
                              const Interaction& theirs);
    // "the complaint of 2026-03-01 14:05", as messages name it.
    static QString describe(const Interaction& i);
    [[nodiscard]] std::optional<Interaction> byId(qint64 id, QString* error = nullptr);
    [[nodiscard]] std::optional<Interaction> byUuid(const QString& uuid, QString* error = nullptr);
    qint64 count(QString* error = nullptr);
    // The interaction on the query's current row, its columns in the order
    // id, uuid, customer_id, touchpoint_id, channel_id, occurred_at, kind,
    // outcome, staff_rating, customer_rating, resolved_at, notes,
    // row_version, updated_at.
    static Interaction fromRow(const QSqlQuery& q);
    // The kinds in use, alphabetically (at most `limit`).
    QStringList kinds(int limit = 50, QString* error = nullptr);

private:
    [[nodiscard]] static std::optional<Interaction> fetchOne(QSqlQuery& q,
                                                             QString* error = nullptr);
    QString refusal(const Interaction& i, const Interaction* seen);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
    sql::Statement m_insertNew;
    sql::Statement m_byId;
    sql::Statement m_byUuid;
};

} // namespace cx
