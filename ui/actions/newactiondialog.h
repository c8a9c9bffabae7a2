#pragma once

// File → New follow-up…: what to do, for whom (or nobody), when it is due
// (by default as many days ahead as Settings says) and who looks after it.

#include "core/actions/action.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cx {

class CustomerPicker;
class Database;

class NewActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewActionDialog(Database& db, QWidget* parent = nullptr);

    // The follow-up as typed, not stored yet; false with *error (also shown
    // in the dialog) when the title is missing or the customer names none.
    bool collect(Action* out, QString* error);
    void accept() override;

    QLineEdit* titleField() const { return m_title; }
    CustomerPicker* customerField() const { return m_customer; }
    QDateEdit* dueField() const { return m_due; }
    QComboBox* ownerField() const { return m_owner; }
    QLabel* problem() const { return m_problem; }

private:
    Database& m_db;
    QLineEdit* m_title = nullptr;
    CustomerPicker* m_customer = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace cx
