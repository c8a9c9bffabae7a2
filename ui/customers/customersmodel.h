#pragma once

#include "ui/widgets/querymodel.h"

namespace cx {

// Customers: search as you type, segment (global) and status filters, sortable.
class CustomersModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        ExternalId,
        Email,
        Phone,
        Segment,
        Status,
        FirstContact,
        ColumnCount
    };
    explicit CustomersModel(Database& db, QObject* parent = nullptr);

protected:
    QVariant display(int column, const QVariant& value) const override;
};

} // namespace cx
