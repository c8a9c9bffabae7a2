#include "core/customers/customermerge.h"

#include "core/common/search.h"
#include "core/common/text.h"
#include "core/customers/customerrepository.h"
#include "core/storage/rowversion.h"
#include "core/storage/sqlutil.h"

namespace cx {

namespace {
// The tables whose rows belong to one customer and move in a merge.
const char* const kMoved[] = {"interactions", "responses", "actions", "contacts"};

QVector<qint64>& movedIds(MergeRecord& r, int table)
{
    QVector<qint64>* lists[] = {&r.interactions, &r.responses, &r.actions, &r.contacts};
    return *lists[table];
}

bool ids(QSqlDatabase& db, const char* table, qint64 customerId, QVector<qint64>* out,
         QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE customer_id = ? ORDER BY id")
                  .arg(QLatin1String(table)));
    q.addBindValue(customerId);
    if (!sql::runLookup(q, error))
        return false;
    while (q.next())
        *out << q.value(0).toLongLong();
    return true;
}

bool tags(QSqlDatabase& db, qint64 customerId, QStringList* out, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag"));
    q.addBindValue(customerId);
    if (!sql::runLookup(q, error))
        return false;
    while (q.next())
        *out << q.value(0).toString();
    return true;
}

bool fieldValues(QSqlDatabase& db, qint64 customerId, QVector<QPair<qint64, QString>>* out,
                 QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT field_id, value FROM customer_field_values WHERE "
                             "customer_id = ? ORDER BY field_id"));
    q.addBindValue(customerId);
    if (!sql::runLookup(q, error))
        return false;
    while (q.next())
        *out << qMakePair(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

// One statement with two bound values, run for its effect.
bool run(QSqlDatabase& db, const QString& statement, const QVariantList& values, QString* error)
{
    QSqlQuery q(db);
    q.prepare(statement);
    for (const QVariant& v : values)
        q.addBindValue(v);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot merge customers"), error);
}

// Replaces a customer's tags and field values with the ones recorded.
bool restoreExtras(QSqlDatabase& db, qint64 customerId, const QStringList& tagList,
                   const QVector<QPair<qint64, QString>>& fields, QString* error)
{
    if (!run(db, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ?"), {customerId},
             error) ||
        !run(db, QStringLiteral("DELETE FROM customer_field_values WHERE customer_id = ?"),
             {customerId}, error))
        return false;
    for (const QString& tag : tagList)
        if (!run(db, QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (?, ?)"),
                 {customerId, tag}, error))
            return false;
    for (const auto& [field, value] : fields)
        if (!run(db,
                 QStringLiteral("INSERT INTO customer_field_values (customer_id, field_id, value) "
                                "VALUES (?, ?, ?)"),
                 {customerId, field, value}, error))
            return false;
    return true;
}

bool placeholderName(const Customer& c)
{
    const QString name = c.name.trimmed();
    return name.isEmpty() || name.compare(c.email.trimmed(), Qt::CaseInsensitive) == 0 ||
           (!c.phone.isEmpty() && phoneDigits(name) == phoneDigits(c.phone) &&
            looksLikePhone(name));
}
} // namespace

bool countLinked(QSqlDatabase& db, qint64 customerId, LinkedCounts* out, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM interactions WHERE customer_id = ?), "
                             "(SELECT count(*) FROM responses WHERE customer_id = ?), "
                             "(SELECT count(*) FROM actions WHERE customer_id = ?), "
                             "(SELECT count(*) FROM contacts WHERE customer_id = ?)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(customerId);
    if (!sql::runLookup(q, error) || !q.next())
        return false;
    *out = {q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt()};
    return true;
}

MergePlan proposeMerge(const Customer& a, const Customer& b)
{
    const bool aOlder =
        a.firstContactOn.isValid() && b.firstContactOn.isValid()
            ? (a.firstContactOn != b.firstContactOn ? a.firstContactOn < b.firstContactOn
                                                    : a.id < b.id)
            : (a.firstContactOn.isValid() != b.firstContactOn.isValid() ? a.firstContactOn.isValid()
                                                                        : a.id < b.id);
    MergePlan plan{aOlder ? a : b, aOlder ? b : a, {}};
    const Customer& older = plan.kept;
    const Customer& newer = plan.dropped;
    Customer& r = plan.result;
    r = older;
    auto pick = [](auto& out, const auto& mine, const auto& theirs, bool mineEmpty) {
        out = mineEmpty ? theirs : mine;
    };
    pick(r.name, older.name, newer.name, placeholderName(older) && !placeholderName(newer));
    pick(r.externalId, older.externalId, newer.externalId, older.externalId.isEmpty());
    pick(r.email, older.email, newer.email, older.email.isEmpty());
    pick(r.phone, older.phone, newer.phone, older.phone.isEmpty());
    pick(r.segment, older.segment, newer.segment, older.segment.isEmpty());
    pick(r.firstContactOn, older.firstContactOn, newer.firstContactOn,
         !older.firstContactOn.isValid());
    pick(r.convertedOn, older.convertedOn, newer.convertedOn, !older.convertedOn.isValid());
    pick(r.churnedOn, older.churnedOn, newer.churnedOn, !older.churnedOn.isValid());
    pick(r.notes, older.notes, newer.notes, older.notes.trimmed().isEmpty());
    return plan;
}

bool mergeCustomers(QSqlDatabase& db, const MergePlan& plan, MergeRecord* out, QString* error)
{
    if (plan.kept.id <= 0 || plan.dropped.id <= 0 || plan.kept.id == plan.dropped.id) {
        *error = Text::tr("two different stored customers are needed to merge");
        return false;
    }
    sql::Savepoint savepoint(db);
    CustomerRepository customers(db);
    MergeRecord r;
    // Every column as stored, so undo writes back exactly this; the versions
    // must be the ones the plan was made from.
    QString readError;
    const auto kept = customers.byId(plan.kept.id, &readError);
    const auto dropped = readError.isEmpty() ? customers.byId(plan.dropped.id, &readError)
                                             : std::optional<Customer>();
    if (!readError.isEmpty()) {
        *error = readError;
        return false;
    }
    for (const auto& [stored, seen] :
         {qMakePair(&kept, &plan.kept), qMakePair(&dropped, &plan.dropped)}) {
        if (!*stored || (*stored)->rowVersion != seen->rowVersion) {
            *error = staleMessage(Text::tr("the customer “%1”").arg(seen->name), *stored, seen,
                                  &CustomerRepository::differences);
            return false;
        }
    }
    r.keptBefore = *kept;
    r.dropped = *dropped;
    for (int t = 0; t < int(std::size(kMoved)); ++t)
        if (!ids(db, kMoved[t], r.dropped.id, &movedIds(r, t), error))
            return false;
    if (!tags(db, r.keptBefore.id, &r.keptTags, error) ||
        !tags(db, r.dropped.id, &r.droppedTags, error) ||
        !fieldValues(db, r.keptBefore.id, &r.keptFields, error) ||
        !fieldValues(db, r.dropped.id, &r.droppedFields, error))
        return false;

    const QVariantList both{r.keptBefore.id, r.dropped.id};
    for (const char* table : kMoved)
        if (!run(db,
                 QStringLiteral("UPDATE %1 SET customer_id = ? WHERE customer_id = ?")
                     .arg(QLatin1String(table)),
                 both, error))
            return false;
    // A tag once per customer; the kept customer's value of a field wins
    // unless it has none.
    if (!run(db,
             QStringLiteral("INSERT INTO customer_tags (customer_id, tag) SELECT ?, tag FROM "
                            "customer_tags WHERE customer_id = ? ON CONFLICT DO NOTHING"),
             both, error) ||
        !run(db,
             QStringLiteral("INSERT INTO customer_field_values (customer_id, field_id, value) "
                            "SELECT ?, field_id, value FROM customer_field_values WHERE "
                            "customer_id = ? AND value <> '' ON CONFLICT (customer_id, field_id) "
                            "DO UPDATE SET value = excluded.value WHERE "
                            "trim(customer_field_values.value) = ''"),
             both, error))
        return false;
    // The dropped customer goes first, so the kept one may take its number.
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM customers WHERE id = ? AND row_version = ?"));
    remove.addBindValue(r.dropped.id);
    remove.addBindValue(r.dropped.rowVersion);
    if (!execExpecting(remove, QT_TRANSLATE_NOOP("cx::Text", "cannot merge customers"), error, [&] {
            return deletedElsewhere(Text::tr("the customer “%1”").arg(r.dropped.name));
        }))
        return false;
    Customer result = plan.result;
    result.id = r.keptBefore.id;
    result.uuid = r.keptBefore.uuid;
    result.rowVersion = r.keptBefore.rowVersion;
    result.updatedAt = r.keptBefore.updatedAt;
    if (!customers.update(result, error, &r.keptBefore) || !savepoint.release(error))
        return false;
    r.keptAfter = result;
    *out = r;
    return true;
}

bool undoMerge(QSqlDatabase& db, const MergeRecord& record, MergePlan* again, QString* error)
{
    sql::Savepoint savepoint(db);
    CustomerRepository customers(db);
    // The kept customer's own fields first: that frees a number the dropped one brings back.
    Customer kept = record.keptBefore;
    kept.rowVersion = record.keptAfter.rowVersion;
    if (!customers.update(kept, error, &record.keptAfter))
        return false;
    Customer dropped = record.dropped; // its id and uuid, at the next version
    if (!customers.insert(dropped, error))
        return false;
    MergeRecord moved = record;
    for (int t = 0; t < int(std::size(kMoved)); ++t)
        for (const qint64 id : movedIds(moved, t))
            if (!run(
                    db,
                    QStringLiteral("UPDATE %1 SET customer_id = ? WHERE id = ? AND customer_id = ?")
                        .arg(QLatin1String(kMoved[t])),
                    {dropped.id, id, kept.id}, error))
                return false;
    if (!restoreExtras(db, kept.id, record.keptTags, record.keptFields, error) ||
        !restoreExtras(db, dropped.id, record.droppedTags, record.droppedFields, error) ||
        !savepoint.release(error))
        return false;
    MergePlan plan{kept, dropped, record.keptAfter};
    *again = plan;
    return true;
}

} // namespace cx
