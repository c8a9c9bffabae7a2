#pragma once

#include "ui/widgets/querymodel.h"

namespace cx {

// Follow-up actions: open, overdue, done; mark done with a note, undoable.
class ActionsModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column
    {
        DueOn,
        Title,
        Customer,
        Status,
        CreatedAt,
        ClosedAt,
        Resolution,
        ColumnCount
    };
    explicit ActionsModel(Database& db, QObject* parent = nullptr);

protected:
    QVariant display(int column, const QVariant& value) const override;
};

} // namespace cx
