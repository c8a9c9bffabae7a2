#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace cx {

// One key of a list's order: an SQL expression over the query's FROM clause.
// The keys together must tell every row apart (end with the id).
struct SortKey
{
    QString expression; // e.g. "c.name COLLATE NOCASE"
    bool descending = false;
    bool nullable = true; // false when the expression is never NULL, so the
                          // first key can bound an index range in both directions
};

// A SELECT that a list shows page by page. Every page is one statement, run
// to its end and finished before fetch() returns, so no read transaction stays
// open between pages: an open one would make this connection's next write fail
// once another program has written, and would stop the WAL from being
// checkpointed. A page continues after the last row read (keyset paging), so
// rows that others add or remove meanwhile make no row repeat or go missing
// before that point, and each page costs a range of the index that serves the
// order, not a walk over all the rows before it.
class PagedQuery
{
public:
    using Row = QVector<QVariant>;

    PagedQuery() = default;
    // columns: what each row holds, the record's id first. from: the tables
    // and joins. where: conditions joined by AND. binds: the value of every
    // ? in columns, from and where, in that order (the SQL text is constant;
    // every value is bound). order: see SortKey.
    PagedQuery(QStringList columns, QString from, QStringList where, QVariantList binds,
               QVector<SortKey> order);

    bool isNull() const { return m_columns.isEmpty(); }
    int columnCount() const { return int(m_columns.size()); }

    // Reads up to `limit` rows after those read so far into *rows (replacing
    // what it held); *more says whether rows remain after them.
    [[nodiscard]] bool fetch(QSqlDatabase& db, int limit, QVector<Row>* rows, bool* more,
                             QString* error);
    // The next fetch() starts from the first row again.
    void rewind();

    // The statement of the next page and its values, without the LIMIT's
    // (for tests and for reading the query plan).
    QString nextStatement() const;
    QVariantList nextBinds() const;

private:
    QStringList m_columns;
    QString m_from;
    QStringList m_where;
    QVariantList m_binds;
    QVector<SortKey> m_order;
    QVariantList m_last; // the sort keys of the last row read; empty: none read yet
};

} // namespace cx
