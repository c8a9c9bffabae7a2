#pragma once

#include "ui/widgets/querymodel.h"

namespace cx {

// Interactions, newest first, with touchpoint, kind and open/resolved filters.
class InteractionsModel : public QueryModel
{
    Q_OBJECT
public:
    enum Column
    {
        OccurredAt,
        Customer,
        Channel,
        Touchpoint,
        Kind,
        Outcome,
        StaffRating,
        CustomerRating,
        Resolved,
        ColumnCount
    };
    explicit InteractionsModel(Database& db, QObject* parent = nullptr);

protected:
    // Kinds and outcomes in the window's language (core/common/vocabulary.h).
    QVariant display(int column, const QVariant& value) const override;
};

} // namespace cx
