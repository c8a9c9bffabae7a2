#pragma once

// Contact in one click: "Write…" opens the system's mail program with a
// message written from a template (Settings → Messages), "Call" opens the
// tel: link of the stored phone. CX Desk sends nothing itself; it records
// that the customer was contacted, how, and for which follow-up.

#include "core/contact/messagetemplates.h"

#include <QDialog>
#include <QString>
#include <functional>
#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QUrl;
class QWidget;

namespace cx {

class Database;

// how "email": asks which message (Esc or Cancel: nothing happens), opens
// the mail program and records the contact; how "phone": opens the tel:
// link and records it. actionId 0: not about a follow-up. A customer
// without an email or phone is told so. True when the contact was recorded.
// Fits ActionDialog::setContactHandler (the customer, the action, how).
bool contactCustomer(QWidget* parent, Database& db, qint64 customerId, qint64 actionId,
                     const QString& how);

// What opens a mailto: or tel: link; false when nothing could open it. The
// default is QDesktopServices::openUrl; tests set their own and read the
// link. An empty function puts the default back.
void setContactUrlOpener(std::function<bool(const QUrl&)> open);
// Which message to write (the default shows a MessageChooser); std::nullopt: cancelled.
void setMessageChooser(std::function<std::optional<MessageKind>(QWidget* parent, Database& db,
                                                                qint64 customerId, qint64 actionId)>
                           choose);
// Tells the user why nothing was opened (the default shows a message box).
void setContactNotice(std::function<void(QWidget* parent, const QString& message)> tell);

// Picks the message to write to one customer, with its text filled in as the
// customer will read it.
class MessageChooser : public QDialog
{
    Q_OBJECT
public:
    MessageChooser(Database& db, qint64 customerId, qint64 actionId, QWidget* parent = nullptr);
    MessageKind kind() const;
    void setKind(MessageKind kind);
    QPlainTextEdit* preview() const { return m_preview; }

private:
    void showPreview();

    Database& m_db;
    MessageValues m_values;
    QString m_email;
    QListWidget* m_kinds = nullptr;
    QLabel* m_subject = nullptr;
    QPlainTextEdit* m_preview = nullptr;
};

} // namespace cx
