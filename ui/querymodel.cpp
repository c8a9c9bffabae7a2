#include "querymodel.h"

#include <QSqlError>
#include <QSqlRecord>

namespace cx {

QueryModel::QueryModel(QSqlDatabase& db, const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_headers(headers)
    , m_alignment(headers.size(), Qt::AlignLeft | Qt::AlignVCenter)
{
}

void QueryModel::setAlignment(int column, Qt::Alignment alignment)
{
    m_alignment[column] = alignment | Qt::AlignVCenter;
}

bool QueryModel::setQuery(const QString& sql, const QVariantList& binds, QString* error)
{
    beginResetModel();
    m_rows.clear();
    m_query = QSqlQuery(m_db);
    m_query.setForwardOnly(true);
    bool ok = m_query.prepare(sql);
    for (int i = 0; ok && i < binds.size(); ++i)
        m_query.bindValue(i, binds.at(i));
    ok = ok && m_query.exec();
    m_atEnd = !ok;
    if (!ok && error)
        *error = m_query.lastError().text();
    if (ok)
        m_rows = readPage();
    // Views react to the reset by asking for more; they get it once the reset is over.
    m_fetching = true;
    endResetModel();
    m_fetching = false;
    return ok;
}

int QueryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant QueryModel::display(int, const QVariant& value) const
{
    return value;
}

QVariant QueryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_headers.size())
        return {};
    const QVector<QVariant>& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(index.column(), row.value(index.column() + 1));
    case Qt::TextAlignmentRole:
        return int(m_alignment.at(index.column()));
    case IdRole:
        return row.value(0);
    case SortRole:
        return row.value(index.column() + 1);
    default:
        return {};
    }
}

QVariant QueryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_headers.size())
        return m_headers.at(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section >= 0 && section < m_headers.size())
        return int(m_alignment.at(section));
    return {};
}

bool QueryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void QueryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching)
        return;
    m_fetching = true;
    const QVector<QVector<QVariant>> page = readPage();
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
}

QVector<QVector<QVariant>> QueryModel::readPage()
{
    QVector<QVector<QVariant>> page;
    page.reserve(PageSize);
    const int columns = int(m_headers.size()) + 1;
    while (page.size() < PageSize) {
        if (!m_query.next()) {
            m_atEnd = true;
            m_query.finish(); // release the read snapshot
            break;
        }
        QVector<QVariant> row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = m_query.value(c);
        page.push_back(std::move(row));
    }
    return page;
}

qint64 QueryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

} // namespace cx
