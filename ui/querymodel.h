#pragma once

#include <QAbstractTableModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace cx {

// A read-only table over one SELECT that streams its rows as the view
// scrolls (canFetchMore/fetchMore), so 100 000 rows open instantly. Column 0
// of the query is the record's id, exposed as IdRole and not shown.
class QueryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SortRole };
    static constexpr int PageSize = 256;

    QueryModel(QSqlDatabase& db, const QStringList& headers, QObject* parent = nullptr);

    // Runs a new query (fixed SQL text, values bound) and shows its first page.
    bool setQuery(const QString& sql, const QVariantList& binds, QString* error = nullptr);
    void setAlignment(int column, Qt::Alignment alignment);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent = {}) const override;
    void fetchMore(const QModelIndex& parent = {}) override;

    qint64 idAt(int row) const;

protected:
    // Turns a stored value into what the cell shows; the default shows it as is.
    virtual QVariant display(int column, const QVariant& value) const;

private:
    QVector<QVector<QVariant>> readPage();

    QSqlDatabase& m_db;
    QStringList m_headers;
    QVector<Qt::Alignment> m_alignment;
    QSqlQuery m_query;
    bool m_atEnd = true;
    bool m_fetching = false; // views may ask for more while rows are being inserted
    QVector<QVector<QVariant>> m_rows;
};

} // namespace cx
