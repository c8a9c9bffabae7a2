#pragma once

// One follow-up opened from the list: what it is about, for whom, what
// opened it, when it is due, who looks after it, its notes and what was
// done. Every change is written as soon as a field is left (or a choice is
// made) as one undoable step of the window's edit history; a change made
// elsewhere since the dialog read the follow-up is never written over
// without asking.

#include "core/actions/action.h"
#include "ui/widgets/conflictprompt.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace cx {

class CustomerPicker;
class Database;
class EditStack;

class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    using ContactHandler =
        std::function<void(qint64 customerId, qint64 actionId, const QString& how)>;

    // `listChanged` runs after every step of this dialog, done or undone
    // (even after the dialog is gone), so the list behind it follows.
    ActionDialog(Database& db, EditStack* undo, qint64 actionId,
                 std::function<void()> listChanged = {}, QWidget* parent = nullptr);

    // Called when the customer's email or phone link is clicked (how: "email"
    // or "phone"); without a handler the links are not shown.
    void setContactHandler(ContactHandler handler);
    // Asked what to do when the follow-up was saved elsewhere since it was
    // read (title, message); the default asks in a dialog. Tests answer it.
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }

    // The follow-up as last read or written here.
    const Action& action() const { return m_action; }
    // Writes what the fields hold that differs from the follow-up, one step
    // per field; false (the reason under the fields) when a step was refused.
    bool saveChanges();
    // Adds the note as one undoable step (author: the one chosen beside it).
    bool addNote(const QString& text);
    // Reads the follow-up again and shows it, dropping what was typed.
    void reload();

    QLineEdit* titleField() const { return m_title; }
    CustomerPicker* customerField() const { return m_customer; }
    QDateEdit* dueField() const { return m_due; }
    QComboBox* ownerField() const { return m_owner; }
    QComboBox* statusField() const { return m_status; }
    QPlainTextEdit* resolutionField() const { return m_resolution; }
    QLineEdit* noteField() const { return m_note; }
    QComboBox* noteAuthorField() const { return m_author; }
    QListWidget* notesList() const { return m_notes; }
    QTreeWidget* contactsList() const { return m_contacts; }
    QLabel* customerLinks() const { return m_customerLinks; }
    QLabel* originLink() const { return m_origin; }
    QLabel* problem() const { return m_problem; }

signals:
    void openCustomer(qint64 customerId);
    void openResponse(qint64 responseId);
    void openInteraction(qint64 interactionId);

protected:
    void done(int result) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // What the fields hold, over the follow-up as read; false with *error
    // when the customer typed names none.
    bool collect(Action* out, QString* error) const;
    // Writes `after` as one step named `what`, asking on a conflict.
    bool commit(Action after, const QString& what);
    void showAction(const Action& action);
    void showLinks();
    // The times the customer was emailed or phoned for this follow-up.
    void showContacts();
    // "Apology" for the stored "apology"; a name CX Desk does not know, as stored.
    static QString messageLabel(const QString& templateName);
    void showNotes();
    void showProblem(const QString& text);
    void changedByStep();

    Database& m_db;
    EditStack* m_undo = nullptr;
    Action m_action;
    ContactHandler m_contact;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    std::function<void()> m_listChanged;
    bool m_filling = false;
    bool m_committing = false;
    QLineEdit* m_title = nullptr;
    CustomerPicker* m_customer = nullptr;
    QLabel* m_customerLinks = nullptr;
    QLabel* m_origin = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_resolution = nullptr;
    QListWidget* m_notes = nullptr;
    QLineEdit* m_note = nullptr;
    QComboBox* m_author = nullptr;
    QLabel* m_contactsLabel = nullptr;
    QTreeWidget* m_contacts = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace cx
