#pragma once

// The record of each time someone contacted a customer from CX Desk: the
// mail program opened with a message, or a phone number dialled (the
// contacts table of docs/database.md). CX Desk sends nothing itself, so the
// record says the contact was started, how, and with which message.

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cx {

struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    qint64 actionId = 0;  // 0: not about a follow-up
    QString contactedAt;  // a timestamp; empty on record(): now
    QString how;          // email or phone
    QString templateName; // apology, thankyou, invitation; empty for a call
    QString contactedBy;  // a staff name; empty: not known
};

class ContactRepository
{
public:
    explicit ContactRepository(QSqlDatabase& db);

    // Stores the contact, at clock::now() unless contactedAt is given; sets c.id.
    [[nodiscard]] bool record(Contact& c, QString* error);
    // Newest first.
    QVector<Contact> forCustomer(qint64 customerId, QString* error = nullptr);
    QVector<Contact> forAction(qint64 actionId, QString* error = nullptr);

private:
    QVector<Contact> list(const QString& where, qint64 id, QString* error);
    QSqlDatabase& m_db;
};

// "Emailed — apology", "Phoned": how people read a contact, translated.
QString contactSummary(const QString& how, const QString& templateName);

} // namespace cx
