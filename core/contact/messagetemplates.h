#pragma once

// The messages CX Desk writes for the owner to send from their own mail
// program: an apology, a thank-you and a survey invitation. Each has a
// subject and a body kept in the settings (an empty setting: the default
// text, in the window's language), with placeholders filled in for one
// customer. CX Desk sends nothing itself: it opens a mailto: or tel: link.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace cx {

enum class MessageKind
{
    Apology,
    ThankYou,
    Invitation
};

// Every kind, in the order the window offers them.
const QVector<MessageKind>& messageKinds();
// The names files, the database and the command line use: apology, thankyou, invitation.
QString messageKindName(MessageKind kind);
[[nodiscard]] std::optional<MessageKind> messageKindFromName(const QString& name);
// What people call it ("Apology"), translated.
QString messageKindLabel(MessageKind kind);

// The settings keys of a kind's subject and body (settingkeys::Message…).
const char* messageSubjectKey(MessageKind kind);
const char* messageBodyKey(MessageKind kind);

struct MessageTemplate
{
    QString subject;
    QString body; // lines separated by \n
    bool operator==(const MessageTemplate& o) const
    {
        return subject == o.subject && body == o.body;
    }
};

// The text CX Desk offers until the owner writes their own, translated.
MessageTemplate defaultMessageTemplate(MessageKind kind);
// The stored template, the default where a part is not stored (or stored empty).
MessageTemplate messageTemplate(QSqlDatabase& db, MessageKind kind);

// What the placeholders stand for in one message; an empty value is left out gracefully.
struct MessageValues
{
    QString name;       // {name}: the customer's name
    QString business;   // {business}
    QString touchpoint; // {touchpoint}: where it happened
    QString staff;      // {staff}: who writes (the follow-up's owner)
};

struct Placeholder
{
    QString token;       // "{first_name}"
    QString description; // translated
};
// Every placeholder a template may use, in the order the window lists them.
QVector<Placeholder> messagePlaceholders();
// The placeholders in `text` that CX Desk does not know ("{frist_name}"),
// each once, in the order they appear; they are left in the message as typed.
QStringList unknownPlaceholders(const QString& text);
// An empty string when both parts of the template use only known
// placeholders; otherwise a sentence naming the unknown ones.
QString validateMessageTemplate(const MessageTemplate& t);

// The first name: the name's first word; a name that is an email address
// (the kiosk's email-only customers) counts as no name.
QString firstNameOf(const QString& name);

struct Message
{
    QString subject;
    QString body; // lines separated by \n
};
// The template with the placeholders filled in. A placeholder with no value
// takes the comma or space before it along ("Thank you, {first_name}!"
// becomes "Thank you!"); a body line whose placeholders are all empty is
// dropped, except the greeting (the first line), which becomes a neutral one.
Message composeMessage(const MessageTemplate& t, const MessageValues& values);

// The placeholders' values for one customer: the business's name, the
// touchpoint of the follow-up's response or interaction (or the customer's
// last one), and the follow-up's owner. actionId 0: no follow-up.
[[nodiscard]] bool messageValuesFor(QSqlDatabase& db, qint64 customerId, qint64 actionId,
                                    MessageValues* out, QString* error);

// mailto: as RFC 6068 has it: the address as it is, the subject and the body
// percent-encoded (UTF-8), line breaks as CRLF.
QString mailtoUrl(const QString& address, const Message& message);
// tel: with the digits of the stored phone and its leading +; empty when the
// phone holds no digits.
QString telUrl(const QString& phone);

} // namespace cx
