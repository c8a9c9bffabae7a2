#pragma once

#include "ui/widgets/querymodel.h"

namespace cx {

// Follow-up actions: open, overdue, done. An overdue one stands out: its
// due date in red and bold, with a warning sign and a tooltip.
class ActionsModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column
    {
        DueOn,
        Title,
        Customer,
        Owner,
        Status,
        CreatedAt,
        CreatedBy,
        ClosedAt,
        Resolution,
        ColumnCount
    };
    explicit ActionsModel(Database& db, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // Whether the row's follow-up is open and past its due date.
    bool isOverdue(int row) const;

protected:
    QVariant display(int column, const QVariant& value) const override;
};

} // namespace cx
