#include "core/storage/pagedquery.h"

#include "core/common/text.h"
#include "core/storage/sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cx {

namespace {

// Each key is put in brackets: an expression such as "email IS NULL" must
// not run into the comparison that follows it. (A COLLATE inside the brackets
// still decides how they compare, and SQLite still sees the index.)
//
// SQLite sorts NULL before every value, so NULL comes first in ascending
// order and last in descending order; the conditions below follow that.
struct Condition
{
    QString sql;
    QVariantList binds;
};

// "key comes after value" in the key's direction; empty when nothing can.
Condition after(const SortKey& key, const QVariant& value)
{
    if (value.isNull()) {
        if (key.descending)
            return {};
        return {QStringLiteral("(%1) IS NOT NULL").arg(key.expression), {}};
    }
    if (!key.descending)
        return {QStringLiteral("(%1) > ?").arg(key.expression), {value}};
    if (key.nullable)
        return {QStringLiteral("((%1) < ? OR (%1) IS NULL)").arg(key.expression), {value}};
    return {QStringLiteral("(%1) < ?").arg(key.expression), {value}};
}

Condition same(const SortKey& key, const QVariant& value)
{
    if (value.isNull())
        return {QStringLiteral("(%1) IS NULL").arg(key.expression), {}};
    return {QStringLiteral("(%1) = ?").arg(key.expression), {value}};
}

// Rows after the one whose keys are `last`: for keys k1..kn,
// k1 after v1, or k1 = v1 and k2 after v2, and so on. The first key also
// bounds the range on its own, which lets SQLite start in its index there.
Condition keyset(const QVector<SortKey>& order, const QVariantList& last)
{
    QStringList alternatives;
    QVariantList binds;
    for (int i = 0; i < order.size(); ++i) {
        const Condition next = after(order[i], last.value(i));
        if (next.sql.isEmpty())
            continue;
        QStringList parts;
        for (int j = 0; j < i; ++j) {
            const Condition eq = same(order[j], last.value(j));
            parts << eq.sql;
            binds << eq.binds;
        }
        parts << next.sql;
        binds << next.binds;
        alternatives << (parts.size() == 1
                             ? parts.first()
                             : QLatin1Char('(') + parts.join(QStringLiteral(" AND ")) +
                                   QLatin1Char(')'));
    }
    if (alternatives.isEmpty())
        return {QStringLiteral("0"), {}};
    Condition c{QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')'),
                binds};
    const SortKey& first = order.first();
    const QVariant& v = last.value(0);
    if (!v.isNull() && (!first.descending || !first.nullable)) {
        c.sql.prepend(QStringLiteral("(%1) %2 ? AND ")
                          .arg(first.expression,
                               first.descending ? QStringLiteral("<=") : QStringLiteral(">=")));
        c.binds.prepend(v);
    }
    return c;
}

} // namespace

PagedQuery::PagedQuery(QStringList columns, QString from, QStringList where, QVariantList binds,
                       QVector<SortKey> order)
    : m_columns(std::move(columns)), m_from(std::move(from)), m_where(std::move(where)),
      m_binds(std::move(binds)), m_order(std::move(order))
{
}

void PagedQuery::rewind()
{
    m_last.clear();
}

QString PagedQuery::nextStatement() const
{
    QStringList select = m_columns;
    QStringList orderBy;
    for (const SortKey& key : m_order) {
        select << key.expression;
        // A server sorts NULL after every value unless told; it is told to
        // sort as SQLite does, which the conditions above expect.
        QString term = key.expression + (key.descending ? QStringLiteral(" DESC") : QString());
        if (key.nullable)
            term += key.descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        orderBy << term;
    }
    QStringList where = m_where;
    if (!m_last.isEmpty())
        where << keyset(m_order, m_last).sql;
    QString sql =
        QStringLiteral("SELECT %1 FROM %2").arg(select.join(QStringLiteral(", ")), m_from);
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    if (!orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + orderBy.join(QStringLiteral(", "));
    return sql;
}

QVariantList PagedQuery::nextBinds() const
{
    QVariantList binds = m_binds;
    if (!m_last.isEmpty())
        binds << keyset(m_order, m_last).binds;
    return binds;
}

bool PagedQuery::fetch(QSqlDatabase& db, int limit, QVector<Row>* rows, bool* more, QString* error)
{
    rows->clear();
    *more = false;
    if (isNull() || m_order.isEmpty()) {
        if (error)
            *error = Text::tr("the list has no order to read it in");
        return false;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QVariantList binds = nextBinds();
    // One row more than asked tells whether the list goes on.
    if (!q.prepare(nextStatement() + QStringLiteral(" LIMIT ?"))) {
        if (error)
            *error = sql::errorText(q);
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    q.bindValue(int(binds.size()), limit + 1);
    if (!q.exec()) {
        if (error)
            *error = sql::errorText(q);
        return false;
    }
    const int columns = columnCount();
    const int keys = int(m_order.size());
    QVariantList last;
    rows->reserve(limit);
    while (q.next()) {
        if (rows->size() == limit) {
            *more = true;
            continue; // read on to the end: the statement then lets go of its snapshot
        }
        Row row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = q.value(c);
        last.clear();
        for (int k = 0; k < keys; ++k)
            last << q.value(columns + k);
        rows->push_back(std::move(row));
    }
    if (q.lastError().isValid()) {
        if (error)
            *error = sql::errorText(q);
        rows->clear();
        *more = false;
        return false;
    }
    q.finish();
    if (!last.isEmpty())
        m_last = last;
    return true;
}

} // namespace cx
