#pragma once

// A customer of the business, as the customers table holds it.
// Ids are 0 when the record is not stored yet or a link is null. A record a
// person edits carries the row version it was read at (0: not read from the
// database) and when it was last changed: a save refuses to write over a
// version it has not seen (see core/storage/rowversion.h). The tables are
// described in docs/database.md.

#include <QDate>
#include <QString>

namespace cx {

struct Customer
{
    qint64 id = 0;
    QString uuid;
    QString externalId; // empty: none
    QString name;
    QString email;
    QString phone;
    QString segment;
    QDate firstContactOn;
    QDate convertedOn; // null: still a prospect
    QDate churnedOn;   // null: not churned
    QString notes;
    int rowVersion = 0;
    QString updatedAt;
    QString changedBy; // who changed it last (team.h personOf); empty: not since it was added
};

} // namespace cx
