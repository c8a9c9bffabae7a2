#include "core/customers/customerduplicates.h"

#include "core/customers/customerrepository.h"

namespace cx {

QVector<CustomerDuplicate> findDuplicates(QSqlDatabase& db, const Customer& c, QString* error)
{
    QVector<CustomerDuplicate> out;
    CustomerRepository customers(db);
    const int perField = 3;
    auto add = [&](CustomerDuplicate::Field field, const QVector<Customer>& found) {
        int added = 0;
        for (const Customer& other : found)
            if (other.id != c.id && added++ < perField)
                out.push_back({field, other});
    };
    QString readError;
    if (!c.externalId.trimmed().isEmpty()) {
        const auto same = customers.byExternalId(c.externalId.trimmed(), &readError);
        if (same)
            add(CustomerDuplicate::Number, {*same});
    }
    // One more than shown: c itself may be among them.
    if (readError.isEmpty())
        add(CustomerDuplicate::Email, customers.withEmail(c.email, perField + 1, &readError));
    if (readError.isEmpty())
        add(CustomerDuplicate::Phone, customers.withPhone(c.phone, perField + 1, &readError));
    if (!readError.isEmpty()) {
        if (error)
            *error = readError;
        return {};
    }
    return out;
}

} // namespace cx
