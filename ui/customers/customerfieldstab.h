#pragma once

// Settings → Customer fields: the fields the owner adds to every customer
// (a birthday, allergies), each with its kind, in the order the profile
// shows them. Changes are kept here until the dialog saves them, with the
// rest of the settings, in one transaction.

#include "core/customers/customerfields.h"
#include "ui/settingstab.h"

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cx {

class Database;

class CustomerFieldsTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit CustomerFieldsTab(Database& db, QWidget* parent = nullptr);

    QStringList changedElsewhere() override;
    void reload() override;
    void rebase() override;
    [[nodiscard]] bool save(QString* error) override;
    void saved() override;

    // The edits the buttons make; false with *error (also shown in the tab)
    // when refused.
    bool addField(const QString& name, FieldKind kind, QString* error);
    bool renameField(int row, const QString& name, QString* error);
    bool setKind(int row, FieldKind kind, QString* error);
    void moveField(int row, int delta);
    // Asks first when customers have a value of it; false when not removed.
    bool removeField(int row);

    // The fields as they would be saved, in order.
    QVector<CustomerField> fields() const;
    QTableWidget* table() const { return m_table; }
    QLabel* problem() const { return m_problem; }
    // Asked before removing a field customers have values of; the default
    // shows a dialog. Tests answer it themselves.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

private:
    struct Entry
    {
        CustomerField seen; // as read (id 0: added here)
        CustomerField now;  // as it will be saved
    };
    void fillTable();
    bool nameInUse(const QString& name, int except) const;
    QString refuse(const QString& message, QString* error);

    Database& m_db;
    QVector<Entry> m_entries;
    QVector<CustomerField> m_removed; // as read
    std::function<bool(const QString&)> m_confirm;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newKind = nullptr;
    QLabel* m_problem = nullptr;
};

} // namespace cx
