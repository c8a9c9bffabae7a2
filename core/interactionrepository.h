#pragma once

#include "domain.h"
#include "sqlutil.h"

namespace cx {

// What happened at a touchpoint: a visit, an order, a call, a complaint.
class InteractionRepository
{
public:
    explicit InteractionRepository(QSqlDatabase& db);

    // Checks what the schema cannot: timestamps well formed, resolution not
    // before the interaction, ratings within 1-5. Empty when valid.
    static QString validate(const Interaction& i);

    // Inserts i with its id when it has one (restoring a deleted record), else
    // with a new id that is written back; gives it a uuid when it has none.
    bool insert(Interaction& i, QString* error);
    // Inserts i (which has a uuid) unless an interaction with that uuid is
    // stored already; then *inserted is false and nothing changes.
    bool insertNew(Interaction& i, bool* inserted, QString* error);
    bool update(const Interaction& i, QString* error);
    bool remove(qint64 id, QString* error);
    std::optional<Interaction> byId(qint64 id);
    std::optional<Interaction> byUuid(const QString& uuid);
    qint64 count();
    // The kinds in use, alphabetically (at most `limit`).
    QStringList kinds(int limit = 50);

private:
    static std::optional<Interaction> fetchOne(QSqlQuery& q);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
    sql::Statement m_insertNew;
    sql::Statement m_byId;
    sql::Statement m_byUuid;
};

} // namespace cx
