#include "ui/actions/actionsmodel.h"

#include "core/actions/actionlist.h"
#include "core/storage/database.h"

namespace cx {

// The model's columns are the list's columns from core.
static_assert(int(ActionsModel::ColumnCount) == int(ActionListFilter::ColumnCount) &&
              int(ActionsModel::Status) == int(ActionListFilter::Status));

ActionsModel::ActionsModel(Database& db, QObject* parent)
    : QueryModel(db,
                 {tr("Due"), tr("Action"), tr("Customer"), tr("Status"), tr("Created"),
                  tr("Closed"), tr("Resolution")},
                 parent)
{
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
