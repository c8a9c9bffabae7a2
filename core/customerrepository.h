#pragma once

#include "domain.h"
#include "sqlutil.h"

namespace cx {

// Customers: people who contacted, bought from, or left the business.
class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase& db);

    // Inserts c; gives it a uuid when it has none and sets c.id.
    bool insert(Customer& c, QString* error);
    bool update(const Customer& c, QString* error);
    bool remove(qint64 id, QString* error);

    std::optional<Customer> byId(qint64 id);
    std::optional<Customer> byExternalId(const QString& externalId);
    qint64 count();
    QStringList segments();

private:
    std::optional<Customer> fetchOne(QSqlQuery& q);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
    sql::Statement m_byId;
};

} // namespace cx
