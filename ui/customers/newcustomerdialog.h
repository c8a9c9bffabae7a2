#pragma once

#include "core/customers/customer.h"
#include "core/customers/customerduplicates.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace cx {

class Database;
class EditStack;

// A customer entered by hand: name, the suggested next customer number
// (editable), email, phone, segment and first contact. While typing, a
// customer who already has the number, email or phone is named, with a link
// to open them instead. A taken number cannot be saved (numbers are unique);
// a shared email or phone can, after the warning ("Save anyway").
class NewCustomerDialog : public QDialog
{
    Q_OBJECT
public:
    // `changed` runs after the addition and after each undo and redo of it.
    NewCustomerDialog(Database& db, EditStack* undo, std::function<void()> changed,
                      QWidget* parent = nullptr);
    ~NewCustomerDialog() override;

    void setName(const QString& name);
    QLineEdit* nameField() const { return m_name; }
    QLineEdit* numberField() const { return m_number; }
    QLineEdit* emailField() const { return m_email; }
    QLineEdit* phoneField() const { return m_phone; }
    QComboBox* segmentField() const { return m_segment; }
    QDateEdit* firstContactField() const { return m_firstContact; }
    QLabel* duplicatesLabel() const { return m_duplicates; }
    QPushButton* saveButton() const { return m_save; }

    // Looks for customers with the same number, email or phone now (it
    // otherwise happens a moment after typing stops) and shows them.
    void checkDuplicates();
    const QVector<CustomerDuplicate>& duplicates() const { return m_found; }
    // Saves the customer as one undoable step and closes; false, with the
    // reason shown and everything typed kept, when it was not saved (also
    // when a duplicate just found has not been shown before).
    bool save();
    // The customer saved (id 0 until then).
    const Customer& saved() const { return m_saved; }
    // The existing customer whose link was followed (0: none); the dialog
    // then closes without saving.
    qint64 openRequested() const { return m_open; }
    QString problem() const;

private:
    Customer fromFields() const;
    void showDuplicates();
    void updateSave();

    Database& m_db;
    EditStack* m_undo;
    std::function<void()> m_changed;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_number = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_segment = nullptr;
    QDateEdit* m_firstContact = nullptr;
    QLabel* m_duplicates = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_debounce = nullptr;
    QVector<CustomerDuplicate> m_found;
    QString m_shown; // the duplicates last shown, so a save knows the user saw them
    Customer m_saved;
    qint64 m_open = 0;
};

} // namespace cx
