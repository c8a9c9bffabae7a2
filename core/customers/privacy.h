#pragma once

// Everything held about one customer, and erasing it.

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace cx {

struct EraseReport
{
    qint64 interactions = 0; // detached (notes removed), or deleted with purge
    qint64 responses = 0;    // detached (written answers removed), or deleted with purge
    qint64 textAnswers = 0;  // written answers removed
    qint64 actions = 0;      // follow-ups removed (their titles name the customer)
};

// The customer (with their tags and custom field values) and every interaction, response
// (with answers), action and contact (each time they were emailed or phoned) of theirs.
[[nodiscard]] bool exportCustomer(QSqlDatabase& db, const QString& externalId, QJsonObject* out,
                                  QString* error);

// Removes the customer and their personal traces: the notes of their interactions, their
// written answers, their follow-up actions and the record of their contacts. Numeric answers and
// interactions stay, anonymous, so the metrics keep their history; with purge their responses and
// interactions go too. One transaction; erased pages are overwritten (secure_delete) and the log is
// folded back so no copy is left in it.
[[nodiscard]] bool eraseCustomer(QSqlDatabase& db, const QString& externalId, bool purge,
                                 EraseReport* report, QString* error);

} // namespace cx
