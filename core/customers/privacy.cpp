#include "core/customers/privacy.h"

#include "core/common/text.h"
#include "core/customers/customerfields.h"
#include "core/customers/customertags.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>

namespace cx {

namespace {

qint64 customerId(QSqlDatabase& db, const QString& externalId, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE external_id = ?"));
    q.addBindValue(externalId);
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    *error = Text::tr("no customer has the number '%1'").arg(externalId);
    return 0;
}

// Rows of a query as JSON objects keyed by column name.
QJsonArray rows(QSqlDatabase& db, const QString& sql, qint64 id)
{
    QJsonArray out;
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(id);
    q.exec();
    while (q.next()) {
        QJsonObject o;
        const QSqlRecord r = q.record();
        for (int c = 0; c < r.count(); ++c)
            o.insert(r.fieldName(c), q.value(c).isNull() ? QJsonValue(QJsonValue::Null)
                                                         : QJsonValue::fromVariant(q.value(c)));
        out.append(o);
    }
    return out;
}

bool run(QSqlDatabase& db, const char* sql, qint64 id, qint64* changed, QString* error)
{
    QSqlQuery q(db);
    const QString text = QLatin1String(sql);
    q.prepare(text);
    for (int i = 0; i < text.count(QLatin1Char('?'));
         ++i) // Qt binds by position: the id at every ?
        q.addBindValue(id);
    if (!q.exec()) {
        *error = Text::tr("cannot erase: %1").arg(sql::errorText(q));
        return false;
    }
    if (changed)
        *changed += q.numRowsAffected();
    return true;
}

} // namespace

bool exportCustomer(QSqlDatabase& db, const QString& externalId, QJsonObject* out, QString* error)
{
    const qint64 id = customerId(db, externalId, error);
    if (!id)
        return false;
    *out = QJsonObject();
    out->insert(QStringLiteral("customer"),
                rows(db,
                     QStringLiteral(
                         "SELECT uuid, external_id, name, email, phone, segment, first_contact_on, "
                         "converted_on, churned_on, notes FROM customers WHERE id = ?"),
                     id)
                    .first());
    // Tags and the owner's own fields (a birthday, allergies) are theirs too.
    QJsonArray tags;
    for (const QString& tag : CustomerTags(db).of(id))
        tags.append(tag);
    out->insert(QStringLiteral("tags"), tags);
    QJsonObject fields;
    const FieldValues values = CustomerFields(db).values(id);
    for (const CustomerField& f : CustomerFields(db).list())
        if (values.contains(f.id))
            fields.insert(f.name, CustomerFields::display(f.kind, values.value(f.id)));
    out->insert(QStringLiteral("fields"), fields);
    out->insert(
        QStringLiteral("interactions"),
        rows(db,
             QStringLiteral(
                 "SELECT i.uuid, i.occurred_at, ch.name AS channel, t.name AS touchpoint, i.kind, "
                 "i.outcome, i.staff_rating, i.customer_rating, i.resolved_at, i.notes "
                 "FROM interactions i LEFT JOIN channels ch ON ch.id = i.channel_id "
                 "LEFT JOIN touchpoints t ON t.id = i.touchpoint_id WHERE i.customer_id = ? "
                 "ORDER BY i.occurred_at"),
             id));
    QJsonArray responses;
    QSqlQuery r(db);
    r.prepare(QStringLiteral(
        "SELECT r.id, r.uuid, s.title, r.submitted_at, ch.name, r.source FROM responses r "
        "JOIN surveys s ON s.id = r.survey_id LEFT JOIN channels ch ON ch.id = r.channel_id "
        "WHERE r.customer_id = ? ORDER BY r.submitted_at"));
    r.addBindValue(id);
    r.exec();
    while (r.next()) {
        QJsonObject o{{QStringLiteral("uuid"), r.value(1).toString()},
                      {QStringLiteral("survey"), r.value(2).toString()},
                      {QStringLiteral("submitted_at"), r.value(3).toString()},
                      {QStringLiteral("channel"),
                       r.value(4).isNull() ? QJsonValue() : QJsonValue(r.value(4).toString())},
                      {QStringLiteral("source"), r.value(5).toString()}};
        o.insert(
            QStringLiteral("answers"),
            rows(db,
                 QStringLiteral(
                     "SELECT q.code, q.text AS question, a.value_num, a.value_text FROM answers a "
                     "JOIN questions q ON q.id = a.question_id WHERE a.response_id = ? "
                     "ORDER BY q.position"),
                 r.value(0).toLongLong()));
        responses.append(o);
    }
    out->insert(QStringLiteral("responses"), responses);
    out->insert(
        QStringLiteral("actions"),
        rows(db,
             QStringLiteral(
                 "SELECT title, status, due_on, created_at, closed_at, resolution FROM actions "
                 "WHERE customer_id = ? ORDER BY created_at"),
             id));
    out->insert(
        QStringLiteral("contacts"),
        rows(db,
             QStringLiteral("SELECT c.contacted_at, c.how, c.template, c.contacted_by, "
                            "a.title AS action FROM contacts c LEFT JOIN actions a ON a.id = "
                            "c.action_id WHERE c.customer_id = ? ORDER BY c.contacted_at"),
             id));
    return true;
}

bool eraseCustomer(QSqlDatabase& db, const QString& externalId, bool purge, EraseReport* report,
                   QString* error)
{
    *report = EraseReport();
    const qint64 id = customerId(db, externalId, error);
    if (!id)
        return false;
    {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = Text::tr("cannot erase: %1").arg(tx.error());
            return false;
        }
        // The record of each time they were emailed or phoned goes with them.
        if (!run(db, "DELETE FROM contacts WHERE customer_id = ?", id, nullptr, error))
            return false;
        // Follow-ups name the customer in their titles: they go, whatever they point at.
        if (!run(db,
                 "DELETE FROM actions WHERE customer_id = ? OR response_id IN (SELECT id FROM "
                 "responses WHERE "
                 "customer_id = ?) OR interaction_id IN (SELECT id FROM interactions WHERE "
                 "customer_id = ?)",
                 id, &report->actions, error))
            return false;
        if (purge) {
            if (!run(db, "DELETE FROM responses WHERE customer_id = ?", id, &report->responses,
                     error) ||
                !run(db, "DELETE FROM interactions WHERE customer_id = ?", id,
                     &report->interactions, error))
                return false;
        } else {
            // Written answers are personal; scores stay, without a name.
            if (!run(db,
                     "DELETE FROM answers WHERE value_text IS NOT NULL AND value_num IS NULL AND "
                     "response_id IN "
                     "(SELECT id FROM responses WHERE customer_id = ?)",
                     id, &report->textAnswers, error) ||
                !run(db,
                     "UPDATE answers SET value_text = NULL WHERE value_text IS NOT NULL AND "
                     "response_id IN "
                     "(SELECT id FROM responses WHERE customer_id = ?)",
                     id, &report->textAnswers, error) ||
                !run(db, "UPDATE interactions SET notes = NULL WHERE customer_id = ?", id, nullptr,
                     error))
                return false;
            QSqlQuery q(db);
            q.prepare(
                QStringLiteral("SELECT (SELECT count(*) FROM responses WHERE customer_id = ?), "
                               "(SELECT count(*) FROM interactions WHERE customer_id = ?)"));
            q.addBindValue(id);
            q.addBindValue(id);
            if (q.exec() && q.next()) {
                report->responses = q.value(0).toLongLong();
                report->interactions = q.value(1).toLongLong();
            }
        }
        // The customer row last: its responses and interactions are detached by ON DELETE SET
        // NULL; its tags and field values go with it (ON DELETE CASCADE).
        if (!run(db, "DELETE FROM customers WHERE id = ?", id, nullptr, error) || !tx.commit(error))
            return false;
    }
    // Erased pages are wiped in the file; no copy may stay in the engine's log either.
    engineOf(db).flushLog(db);
    return true;
}

} // namespace cx
