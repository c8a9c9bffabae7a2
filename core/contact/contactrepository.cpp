#include "core/contact/contactrepository.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/contact/messagetemplates.h"
#include "core/storage/sqlutil.h"

#include <QSqlQuery>

namespace cx {

ContactRepository::ContactRepository(QSqlDatabase& db) : m_db(db) {}

bool ContactRepository::record(Contact& c, QString* error)
{
    if (c.how != QLatin1String("email") && c.how != QLatin1String("phone")) {
        *error = Text::tr("a contact is by email or phone, not '%1'").arg(c.how);
        return false;
    }
    if (c.contactedAt.isEmpty())
        c.contactedAt = formatTimestamp(clock::now());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO contacts (customer_id, action_id, contacted_at, how, "
                             "template, contacted_by) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(c.customerId);
    q.addBindValue(sql::id(c.actionId));
    q.addBindValue(c.contactedAt);
    q.addBindValue(c.how);
    q.addBindValue(sql::text(c.templateName));
    q.addBindValue(sql::text(c.contactedBy.trimmed()));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot record the contact"), error))
        return false;
    c.id = q.lastInsertId().toLongLong();
    return true;
}

QVector<Contact> ContactRepository::forCustomer(qint64 customerId, QString* error)
{
    return list(QStringLiteral("customer_id = ?"), customerId, error);
}

QVector<Contact> ContactRepository::forAction(qint64 actionId, QString* error)
{
    return list(QStringLiteral("action_id = ?"), actionId, error);
}

QVector<Contact> ContactRepository::list(const QString& where, qint64 id, QString* error)
{
    QVector<Contact> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // `where` is one of the two constant conditions above, never user text.
    q.prepare(QStringLiteral("SELECT id, customer_id, action_id, contacted_at, how, template, "
                             "contacted_by FROM contacts WHERE ") +
              where + QStringLiteral(" ORDER BY contacted_at DESC, id DESC"));
    q.addBindValue(id);
    if (!sql::runLookup(q, error))
        return out;
    while (q.next()) {
        Contact c;
        c.id = q.value(0).toLongLong();
        c.customerId = q.value(1).toLongLong();
        c.actionId = q.value(2).toLongLong();
        c.contactedAt = q.value(3).toString();
        c.how = q.value(4).toString();
        c.templateName = q.value(5).toString();
        c.contactedBy = q.value(6).toString();
        out << c;
    }
    return out;
}

QString contactSummary(const QString& how, const QString& templateName)
{
    if (how == QLatin1String("phone"))
        return Text::tr("Phoned");
    switch (messageKindFromName(templateName).value_or(MessageKind(-1))) {
    case MessageKind::Apology:
        return Text::tr("Emailed — apology");
    case MessageKind::ThankYou:
        return Text::tr("Emailed — thank-you");
    case MessageKind::Invitation:
        return Text::tr("Emailed — survey invitation");
    }
    return Text::tr("Emailed");
}

} // namespace cx
