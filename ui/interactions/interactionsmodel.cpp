#include "ui/interactions/interactionsmodel.h"

#include "core/common/vocabulary.h"
#include "core/interactions/interactionlist.h"
#include "core/storage/database.h"

namespace cx {

// The model's columns are the list's columns from core.
static_assert(int(InteractionsModel::ColumnCount) == int(InteractionListFilter::ColumnCount) &&
              int(InteractionsModel::Resolved) == int(InteractionListFilter::Resolved));

InteractionsModel::InteractionsModel(Database& db, QObject* parent)
    : QueryModel(db,
                 {tr("When"), tr("Customer"), tr("Channel"), tr("Touchpoint"), tr("Kind"),
                  tr("Outcome"), tr("Staff ★"), tr("Customer ★"), tr("Resolved")},
                 parent)
{
    setAlignment(StaffRating, Qt::AlignRight);
    setAlignment(CustomerRating, Qt::AlignRight);
}

QVariant InteractionsModel::display(int column, const QVariant& value) const
{
    if (column == Kind || column == Outcome)
        return wordLabel(value.toString());
    return QueryModel::display(column, value);
}

} // namespace cx
