#pragma once

#include "core/customers/customer.h"
#include "core/interactions/interaction.h"

#include <QWidget>
#include <functional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QCompleter;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStringListModel;
class QTimer;

namespace cx {

class Database;

// A 1-5 rating set with the mouse or by typing a digit (Left and Right step
// it); 0, Backspace or Delete clears it. Typing keeps the focus where it is,
// so a second digit corrects the first instead of landing in the next field.
class RatingInput : public QWidget
{
    Q_OBJECT
public:
    explicit RatingInput(const QString& accessibleName, QWidget* parent = nullptr);
    std::optional<int> value() const;
    void setValue(std::optional<int> value);
    QAbstractButton* button(int value) const;

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QButtonGroup* m_group = nullptr;
};

// Logging an interaction from the keyboard: type the customer (completed as
// you type), pick the touchpoint (its channel follows), the kind, both
// ratings by digit, notes, resolved; Ctrl+Enter saves and clears for the next.
class InteractionForm : public QWidget
{
    Q_OBJECT
public:
    explicit InteractionForm(Database& db, QWidget* parent = nullptr);

    // Refreshes the channel and touchpoint choices from the database.
    void reloadChoices();
    // Loads a stored interaction to change it; saving then emits edited().
    void edit(const Interaction& interaction);
    // Empties the form for the next entry, its message included; the time
    // follows the clock again.
    void clear();
    bool isEditing() const { return m_editing.id > 0; }

    // Builds the interaction from the fields; false with a message naming the field.
    bool collect(Interaction* out, QString* error);
    // Says why what the form holds was not written; the fields stay as typed.
    void showProblem(const QString& message);
    QString problem() const;
    QLineEdit* customerField() const { return m_customer; }
    QDateTimeEdit* whenField() const { return m_when; }
    QLineEdit* notesField() const { return m_notes; }
    QCheckBox* resolvedBox() const { return m_resolved; }
    // True once the user set the time themselves: then it is stored as set;
    // otherwise an entry is stored at the time it is saved.
    bool timeChosen() const { return m_whenChosen; }
    // Moves the time shown on to now unless the user chose one (a timer calls
    // it, so the field does not show the time the form was opened).
    void followClock();
    QCompleter* customerCompleter() const { return m_completer; }
    // The entry under the completions that offers to add the typed name as a
    // new customer; empty when the name is a customer's.
    QString addCustomerEntry() const { return m_addEntry; }
    // Puts this customer in the customer field (after adding them).
    void setCustomer(const Customer& customer);
    // The link under the form that offers the same after a save found no such customer.
    QLabel* addCustomerLink() const { return m_addLink; }
    // Asks for what the form holds to be written, as Ctrl+Enter does.
    void submit() { save(); }

signals:
    // Asks for the entry to be written; the page clears the form once it is.
    void submitted(const cx::Interaction& interaction);
    void edited(const cx::Interaction& before, const cx::Interaction& after);
    // Asks for the name typed, which names no customer, to be added as one.
    void addCustomer(const QString& name);

private:
    void save();
    void completeCustomers(const QString& text);
    void setWhen(const QDateTime& when);
    qint64 resolveCustomer(const QString& text, QString* error);

    Database& m_db;
    Interaction m_editing;
    QDateTimeEdit* m_when = nullptr;
    bool m_whenChosen = false;
    QTimer* m_clockTimer = nullptr;
    QLineEdit* m_customer = nullptr;
    QCompleter* m_completer = nullptr;
    QStringListModel* m_matches = nullptr;
    QComboBox* m_touchpoint = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_kind = nullptr;
    RatingInput* m_staff = nullptr;
    RatingInput* m_rating = nullptr;
    QLineEdit* m_notes = nullptr;
    QCheckBox* m_resolved = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_addLink = nullptr;
    QString m_addEntry;
    QString m_typed; // the customer text as typed, before a completion replaced it
};

} // namespace cx
