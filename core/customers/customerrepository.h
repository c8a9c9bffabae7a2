#pragma once

#include "core/customers/customer.h"
#include "core/storage/sqlutil.h"

#include <memory>

namespace cx {

class NameCollation;

// Customers: people who contacted, bought from, or left the business.
class CustomerRepository
{
public:
    explicit CustomerRepository(QSqlDatabase& db);
    ~CustomerRepository();

    // Inserts c; gives it a uuid when it has none and sets c.id. A c.id
    // given is kept (a customer brought back by undo), at a version above c's.
    [[nodiscard]] bool insert(Customer& c, QString* error);
    // Saves c if the stored row is still at c.rowVersion, and raises both;
    // otherwise changes nothing and says who changed what (the fields that
    // differ from `seen`, the record as it was read, when given).
    [[nodiscard]] bool update(Customer& c, QString* error, const Customer* seen = nullptr);
    [[nodiscard]] bool remove(qint64 id, QString* error);
    // The fields (as people name them) in which two versions differ.
    static QStringList differences(const Customer& a, const Customer& b);
    // Their version with the fields changed in `mine` from `base` (what was
    // read) put on top: saving one's own edits without undoing theirs.
    static Customer merged(const Customer& base, const Customer& mine, const Customer& theirs);

    [[nodiscard]] std::optional<Customer> byId(qint64 id, QString* error = nullptr);
    [[nodiscard]] std::optional<Customer> byExternalId(const QString& externalId,
                                                       QString* error = nullptr);
    qint64 count(QString* error = nullptr);
    QStringList segments(QString* error = nullptr);

    // Up to `limit` customers whose name or number starts with `text` (any
    // case), by name: what completing a typed customer offers.
    QVector<Customer> startingWith(const QString& text, int limit, QString* error = nullptr);
    // The customers whose number is `text` or whose name is `text` (any
    // case), at most `limit`: one means the text names a customer.
    QVector<qint64> named(const QString& text, int limit, QString* error = nullptr);
    // Up to `limit` customers whose email is `email` in any case and spacing
    // around it (the customers_email index), by id.
    QVector<Customer> withEmail(const QString& email, int limit, QString* error = nullptr);
    // Up to `limit` customers whose phone is written like `phone` but for
    // spaces, dashes, brackets and dots (the customers_phone index), by id;
    // when none is, those whose phone has the same digits ("+44 7700/123456"
    // and "+44 7700 123456"), read from the search keys.
    QVector<Customer> withPhone(const QString& phone, int limit, QString* error = nullptr);
    // The customer a report is asked for by text: the one with this number,
    // else the first by name whose name contains it; 0 when none matches.
    qint64 findOne(const QString& text);
    // The customer with the most interactions; 0 when no interaction names one.
    qint64 mostActive();

private:
    // The order of names the stored sort keys follow, read once.
    const NameCollation& collation();
    [[nodiscard]] std::optional<Customer> fetchOne(QSqlQuery& q, QString* error = nullptr);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
    sql::Statement m_byId;
    std::unique_ptr<NameCollation> m_collation;
};

} // namespace cx
