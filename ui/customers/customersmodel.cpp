#include "ui/customers/customersmodel.h"

#include "core/customers/customerlist.h"
#include "core/storage/database.h"

namespace cx {

// The model's columns are the list's columns from core.
static_assert(int(CustomersModel::ColumnCount) == int(CustomerListFilter::ColumnCount) &&
              int(CustomersModel::Status) == int(CustomerListFilter::Status));

CustomersModel::CustomersModel(Database& db, QObject* parent)
    : QueryModel(db,
                 {tr("Name"), tr("Customer no."), tr("Email"), tr("Phone"), tr("Segment"),
                  tr("Status"), tr("First contact")},
                 parent)
{
}

QVariant CustomersModel::display(int column, const QVariant& value) const
{
    if (column != Status)
        return value;
    switch (value.toInt()) {
    case CustomerListFilter::Churned:
        return tr("Churned");
    case CustomerListFilter::Customer:
        return tr("Customer");
    default:
        return tr("Prospect");
    }
}

} // namespace cx
