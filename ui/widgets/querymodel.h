#pragma once

#include "core/storage/pagedquery.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

class QTableView;

namespace cx {

class Database;

// A read-only table over a list from core that reads its rows page by page
// as the view scrolls (canFetchMore/fetchMore), so 100 000 rows open at once.
// Each page is one finished statement: between pages the model holds nothing
// open in the database. Pages grow as the user scrolls on (to 16 384 rows),
// so reaching the end of a long list takes few statements. Column 0 of the
// query is the record's id, exposed as IdRole and not shown.
class QueryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SortRole
    };
    static constexpr int FirstPage = 256;
    static constexpr int LargestPage = 16384;

    QueryModel(Database& db, const QStringList& headers, QObject* parent = nullptr);

    // Shows a new list from its first page.
    bool setQuery(const PagedQuery& query, QString* error = nullptr);
    // Reads the rows shown so far again, in one statement (after another
    // window or program wrote); the view keeps its place with refreshInPlace().
    bool refresh(QString* error = nullptr);
    void setAlignment(int column, Qt::Alignment alignment);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    qint64 idAt(int row) const;
    // The row showing this record, or -1.
    int rowOf(qint64 id) const;
    // Why the last read failed; empty when it did not.
    QString lastError() const { return m_error; }

protected:
    // Turns a stored value into what the cell shows; the default shows it as is.
    virtual QVariant display(int column, const QVariant& value) const;

private:
    bool load(int rowsWanted, QString* error);

    Database& m_db;
    QStringList m_headers;
    QVector<Qt::Alignment> m_alignment;
    PagedQuery m_query;
    bool m_atEnd = true;
    bool m_fetching = false; // views may ask for more while rows are being inserted
    QVector<PagedQuery::Row> m_rows;
    QString m_error;
};

// Refreshes the model behind a view and keeps the view's place: the same
// record stays current and the list stays scrolled where it was.
bool refreshInPlace(QTableView* view, QueryModel* model, QString* error = nullptr);

} // namespace cx
