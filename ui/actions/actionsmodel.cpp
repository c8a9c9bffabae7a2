#include "ui/actions/actionsmodel.h"

#include "core/actions/actionlist.h"
#include "core/storage/database.h"
#include "ui/theme.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace cx {

// The model's columns are the list's columns from core.
static_assert(int(ActionsModel::ColumnCount) == int(ActionListFilter::ColumnCount) &&
              int(ActionsModel::Status) == int(ActionListFilter::Status) &&
              int(ActionsModel::Owner) == int(ActionListFilter::Owner));

ActionsModel::ActionsModel(Database& db, QObject* parent)
    : QueryModel(db,
                 {tr("Due"), tr("Action"), tr("Customer"), tr("Owner"), tr("Status"), tr("Opened"),
                  tr("By"), tr("Closed"), tr("What was done")},
                 parent)
{
}

bool ActionsModel::isOverdue(int row) const
{
    return QueryModel::data(index(row, Status), SortRole).toInt() == ActionListFilter::Overdue;
}

QVariant ActionsModel::data(const QModelIndex& idx, int role) const
{
    if (!idx.isValid() || (idx.column() != DueOn && idx.column() != Status) ||
        !isOverdue(idx.row()))
        return QueryModel::data(idx, role);
    switch (role) {
    case Qt::ForegroundRole:
        return theme::bad();
    case Qt::FontRole: {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    case Qt::DecorationRole:
        if (idx.column() == DueOn && qobject_cast<QApplication*>(QCoreApplication::instance()))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        const QDate due = QDate::fromString(
            QueryModel::data(index(idx.row(), DueOn), SortRole).toString(), Qt::ISODate);
        return tr("Overdue: it was due %1 and is still open.")
            .arg(QLocale().toString(due, QLocale::LongFormat));
    }
    default:
        return QueryModel::data(idx, role);
    }
}

QVariant ActionsModel::display(int column, const QVariant& value) const
{
    if (column != Status)
        return value;
    switch (value.toInt()) {
    case ActionListFilter::Done:
        return tr("Done");
    case ActionListFilter::Overdue:
        return tr("Overdue");
    default:
        return tr("Open");
    }
}

} // namespace cx
