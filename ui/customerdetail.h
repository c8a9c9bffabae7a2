#pragma once

#include "domain.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace cx {

class Database;
class EditStack;
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
    qint64 customerId() const { return m_customer.id; }
    QTreeWidget* timeline() const { return m_timeline; }
    // Saves the profile fields as one undoable step; false with a message.
    bool saveProfile(QString* error);
    // Adds an open follow-up action for this customer, undoable.
    bool addAction(const QString& title, QString* error);
    QLineEdit* nameField() const { return m_name; }
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

private:
    void reload();

    Database& m_db;
    EditStack* m_undo;
    std::function<bool(const QString&)> m_confirm;
    Customer m_customer;
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
    QLabel* m_message = nullptr;
    charts::ChartPanel* m_scores = nullptr;
    QTreeWidget* m_timeline = nullptr;
};

} // namespace cx
