#pragma once

// Customers who look like the one being entered: the same customer number,
// email or phone. A number is unique, so a duplicate one cannot be saved; an
// email or phone shared by two people (a family, a company line) can.

#include "core/customers/customer.h"

#include <QSqlDatabase>
#include <QVector>

namespace cx {

struct CustomerDuplicate
{
    enum Field
    {
        Number,
        Email,
        Phone
    };
    Field field = Number;
    Customer customer; // the one already stored
};

// The stored customers other than c itself (c.id) that share its number,
// email (any case) or phone (however it is spaced), number first, at most
// three for each. Empty with *error when they cannot be read.
QVector<CustomerDuplicate> findDuplicates(QSqlDatabase& db, const Customer& c, QString* error);

} // namespace cx
