#include "ui/widgets/querymodel.h"

#include "core/storage/database.h"

#include <QScrollBar>
#include <QTableView>

namespace cx {

QueryModel::QueryModel(Database& db, const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_headers(headers),
      m_alignment(headers.size(), Qt::AlignLeft | Qt::AlignVCenter)
{
}

void QueryModel::setAlignment(int column, Qt::Alignment alignment)
{
    m_alignment[column] = alignment | Qt::AlignVCenter;
}

bool QueryModel::setQuery(const PagedQuery& query, QString* error)
{
    m_query = query;
    return load(FirstPage, error);
}

bool QueryModel::refresh(QString* error)
{
    return load(std::max(int(m_rows.size()), FirstPage), error);
}

bool QueryModel::load(int rowsWanted, QString* error)
{
    beginResetModel();
    m_query.rewind();
    bool more = false;
    QVector<PagedQuery::Row> rows;
    m_error.clear();
    const bool ok = m_query.fetch(m_db.sql(), rowsWanted, &rows, &more, &m_error);
    m_rows = rows;
    m_atEnd = !ok || !more;
    if (!ok && error)
        *error = m_error;
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
    const PagedQuery::Row& row = m_rows.at(index.row());
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
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    if (orientation == Qt::Horizontal && role == Qt::TextAlignmentRole && section >= 0 &&
        section < m_headers.size())
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
    // The further the user scrolls, the larger the page: the end of a long
    // list is a few statements away, and the first page stays quick.
    const int size = std::clamp(int(m_rows.size()), FirstPage, LargestPage);
    QVector<PagedQuery::Row> page;
    bool more = false;
    if (!m_query.fetch(m_db.sql(), size, &page, &more, &m_error)) {
        m_atEnd = true;
        m_fetching = false;
        return;
    }
    m_atEnd = !more;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows += page;
        endInsertRows();
    }
    m_fetching = false;
}

qint64 QueryModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).value(0).toLongLong() : 0;
}

int QueryModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).value(0).toLongLong() == id)
            return i;
    return -1;
}

bool refreshInPlace(QTableView* view, QueryModel* model, QString* error)
{
    const QModelIndex current = view->currentIndex();
    const qint64 id = current.isValid() ? model->idAt(current.row()) : 0;
    const int column = current.isValid() ? current.column() : 0;
    const int scrolled = view->verticalScrollBar()->value();
    const bool ok = model->refresh(error);
    if (const int row = id ? model->rowOf(id) : -1; row >= 0)
        view->setCurrentIndex(model->index(row, column));
    view->verticalScrollBar()->setValue(scrolled);
    return ok;
}

} // namespace cx
