#pragma once

#include "core/customers/customermerge.h"

#include <QDialog>
#include <array>
#include <functional>

class QButtonGroup;
class QLabel;

namespace cx {

class Database;
class EditStack;

// Two records of one person side by side: for each field, which value
// stays, and which record is kept. Merging moves everything linked to the
// other one (interactions, responses, follow-ups) to it and deletes the
// other, as one undoable step.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    enum Field
    {
        Name,
        Number,
        Email,
        Phone,
        Segment,
        FirstContact,
        Converted,
        Churned,
        Notes,
        FieldCount
    };
    enum Side
    {
        Left,
        Right
    };
    // `changed` runs after the merge and after each undo and redo of it.
    MergeDialog(Database& db, EditStack* undo, const Customer& left, const Customer& right,
                std::function<void()> changed, QWidget* parent = nullptr);

    Side choice(Field field) const;
    void choose(Field field, Side side);
    Side kept() const;
    void keep(Side side);
    // The merge as chosen now.
    MergePlan plan() const;
    // Merges as chosen, as one undoable step, and closes; false with the
    // reason shown when it was not done.
    bool merge();
    QString problem() const;
    // How much each side has linked (interactions, responses, follow-ups), as shown.
    QString countsText(Side side) const;

private:
    Database& m_db;
    EditStack* m_undo;
    std::function<void()> m_changed;
    std::array<Customer, 2> m_customers;
    std::array<QButtonGroup*, FieldCount> m_choices{};
    QButtonGroup* m_kept = nullptr;
    std::array<QLabel*, 2> m_counts{};
    QLabel* m_message = nullptr;
};

} // namespace cx
