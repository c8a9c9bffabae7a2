#pragma once

#include "core/customers/customer.h"
#include "core/customers/customerfields.h"
#include "ui/widgets/conflictprompt.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QGroupBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

class QPushButton;

namespace cx {

class Database;
class EditStack;
class TagEditor;
class CustomFieldsEditor;
namespace charts {
class ChartPanel;
}

// One customer: the editable profile, their own NPS and CSAT over time, and
// a 360° timeline of every interaction, response and follow-up, newest first.
class CustomerDetail : public QWidget
{
    Q_OBJECT
public:
    CustomerDetail(Database& db, EditStack* undo, QWidget* parent = nullptr);
    void show(qint64 customerId);
    // Erase is the owner's (on a server the staff's account may not delete).
    void setEraseAllowed(bool allowed);
    qint64 customerId() const { return m_customer.id; }
    QTreeWidget* timeline() const { return m_timeline; }
    // Saves the profile fields as one undoable step; false with a message.
    // When another window or program saved the customer after the profile
    // was read, asks first: reload theirs, save mine over it, or keep editing.
    bool saveProfile(QString* error);
    // Whether the fields hold edits not saved yet.
    bool isModified() const;
    // Reads the customer again (after another window or program wrote):
    // the timeline and scores always, the fields when they hold no edits.
    void reload();
    // Asked what to do when the customer was saved elsewhere meanwhile
    // (title, message); the default asks in a dialog. Tests answer it themselves.
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }
    QLabel* message() const { return m_message; }
    QPlainTextEdit* notesField() const { return m_notes; }
    QLineEdit* emailField() const { return m_email; }
    // Adds an open follow-up action for this customer, undoable.
    bool addAction(const QString& title, QString* error);
    QLineEdit* nameField() const { return m_name; }
    TagEditor* tagEditor() const { return m_tags; }
    CustomFieldsEditor* fieldsEditor() const { return m_fields; }
    // Asked before erasing; the default shows a dialog. Tests answer it themselves.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }
    // Erases this customer (not undoable: that is the point) after confirmation.
    bool erase(bool purge, QString* error);
    // Writes everything held about this customer as JSON to path.
    bool exportData(const QString& path, QString* error);

signals:
    void back();
    void logInteraction(const QString& customerText);
    void changed();
    // The customer was erased (outside the edit history: nothing brings it back).
    void erased();

private:
    QPushButton* m_erase = nullptr;
    void fill(const Customer& c);
    Customer fromFields() const;
    // The tags and custom fields of the customer as stored, into their editors.
    void fillTagsAndFields(qint64 customerId);

    Database& m_db;
    EditStack* m_undo;
    std::function<bool(const QString&)> m_confirm;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    Customer m_customer; // as read: the version a save expects
    Customer m_shown;    // what the fields showed of it
    QLabel* m_title = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_externalId = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QComboBox* m_segment = nullptr;
    QDateEdit* m_firstContact = nullptr;
    QCheckBox* m_isCustomer = nullptr;
    QDateEdit* m_converted = nullptr;
    QCheckBox* m_hasChurned = nullptr;
    QDateEdit* m_churned = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    TagEditor* m_tags = nullptr;
    QGroupBox* m_fieldsBox = nullptr; // shown only when the business has fields
    CustomFieldsEditor* m_fields = nullptr;
    QStringList m_shownTags;   // as read, like m_shown
    FieldValues m_shownValues; // as read, like m_shown
    QLabel* m_message = nullptr;
    charts::ChartPanel* m_scores = nullptr;
    QTreeWidget* m_timeline = nullptr;
};

} // namespace cx
