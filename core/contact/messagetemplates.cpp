#include "core/contact/messagetemplates.h"

#include "core/common/text.h"
#include "core/storage/settings.h"
#include "core/storage/sqlutil.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace cx {

namespace {

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return re;
}

const QStringList& knownNames()
{
    static const QStringList names{QStringLiteral("name"), QStringLiteral("first_name"),
                                   QStringLiteral("business"), QStringLiteral("touchpoint"),
                                   QStringLiteral("staff")};
    return names;
}

QString nameOrNothing(const QString& name)
{
    const QString n = name.trimmed();
    return n.contains(QLatin1Char('@')) ? QString() : n;
}

// One line with its known placeholders filled; *known counts them, *filled
// those with a value. An empty value takes the separator before it along,
// or the one after it at the start of the line.
QString fillLine(const QString& line, const QHash<QString, QString>& values, int* known,
                 int* filled)
{
    QString out;
    qsizetype pos = 0;
    bool skipSeparator = false;
    auto it = placeholderPattern().globalMatch(line);
    while (it.hasNext()) {
        const auto m = it.next();
        QString between = line.mid(pos, m.capturedStart() - pos);
        if (skipSeparator) {
            qsizetype i = 0;
            while (i < between.size() &&
                   (between.at(i) == QLatin1Char(' ') || between.at(i) == QLatin1Char(',')))
                ++i;
            between = between.mid(i);
        }
        out += between;
        skipSeparator = false;
        pos = m.capturedEnd();
        const QString key = m.captured(1);
        if (!values.contains(key)) {
            out += m.captured(0); // unknown: left as typed
            continue;
        }
        ++*known;
        const QString value = values.value(key);
        if (!value.isEmpty()) {
            ++*filled;
            out += value;
            continue;
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        if (out.endsWith(QLatin1Char(','))) {
            out.chop(1);
            while (out.endsWith(QLatin1Char(' ')))
                out.chop(1);
        }
        skipSeparator = out.isEmpty();
    }
    QString rest = line.mid(pos);
    if (skipSeparator) {
        qsizetype i = 0;
        while (i < rest.size() &&
               (rest.at(i) == QLatin1Char(' ') || rest.at(i) == QLatin1Char(',')))
            ++i;
        rest = rest.mid(i);
    }
    return out + rest;
}

} // namespace

const QVector<MessageKind>& messageKinds()
{
    static const QVector<MessageKind> kinds{MessageKind::Apology, MessageKind::ThankYou,
                                            MessageKind::Invitation};
    return kinds;
}

QString messageKindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Apology:
        return QStringLiteral("apology");
    case MessageKind::ThankYou:
        return QStringLiteral("thankyou");
    case MessageKind::Invitation:
        return QStringLiteral("invitation");
    }
    return {};
}

std::optional<MessageKind> messageKindFromName(const QString& name)
{
    for (MessageKind kind : messageKinds())
        if (messageKindName(kind) == name)
            return kind;
    return std::nullopt;
}

QString messageKindLabel(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Apology:
        return Text::tr("Apology");
    case MessageKind::ThankYou:
        return Text::tr("Thank-you");
    case MessageKind::Invitation:
        return Text::tr("Survey invitation");
    }
    return {};
}

const char* messageSubjectKey(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Apology:
        return settingkeys::MessageApologySubject;
    case MessageKind::ThankYou:
        return settingkeys::MessageThankYouSubject;
    case MessageKind::Invitation:
        return settingkeys::MessageInvitationSubject;
    }
    return "";
}

const char* messageBodyKey(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Apology:
        return settingkeys::MessageApologyBody;
    case MessageKind::ThankYou:
        return settingkeys::MessageThankYouBody;
    case MessageKind::Invitation:
        return settingkeys::MessageInvitationBody;
    }
    return "";
}

MessageTemplate defaultMessageTemplate(MessageKind kind)
{
    // Short and warm, as the owner of a small shop would write; every line
    // that names a touchpoint or the staff can go without the rest suffering.
    switch (kind) {
    case MessageKind::Apology:
        return {Text::tr("We are sorry, {first_name}"),
                Text::tr("Hello {first_name},\n"
                         "\n"
                         "Thank you for telling us about your visit, and we are sorry we let you "
                         "down.\n"
                         "What happened at {touchpoint} is not what we want for you, and we are "
                         "putting it right.\n"
                         "We would love the chance to make it up to you: just reply to this "
                         "email.\n"
                         "\n"
                         "Warm regards,\n"
                         "{staff}\n"
                         "{business}")};
    case MessageKind::ThankYou:
        return {Text::tr("Thank you, {first_name}!"),
                Text::tr("Hello {first_name},\n"
                         "\n"
                         "Thank you for your kind words: they made our day.\n"
                         "We are glad {touchpoint} went well for you.\n"
                         "We look forward to seeing you again soon.\n"
                         "\n"
                         "With warm thanks,\n"
                         "{staff}\n"
                         "{business}")};
    case MessageKind::Invitation:
        return {Text::tr("Two quick questions from {business}"),
                Text::tr("Hello {first_name},\n"
                         "\n"
                         "Thank you for choosing {business}.\n"
                         "We would love to hear how {touchpoint} went for you.\n"
                         "Would you answer two quick questions by replying to this email?\n"
                         "1. From 0 to 10, how likely are you to recommend us to a friend?\n"
                         "2. What is one thing we could do better?\n"
                         "\n"
                         "Thank you for your time,\n"
                         "{staff}\n"
                         "{business}")};
    }
    return {};
}

MessageTemplate messageTemplate(QSqlDatabase& db, MessageKind kind)
{
    SettingsRepository settings(db);
    MessageTemplate t = defaultMessageTemplate(kind);
    const QString subject = settings.get(messageSubjectKey(kind)).value;
    const QString body = settings.get(messageBodyKey(kind)).value;
    if (!subject.trimmed().isEmpty())
        t.subject = subject;
    if (!body.trimmed().isEmpty())
        t.body = body;
    return t;
}

QVector<Placeholder> messagePlaceholders()
{
    return {{QStringLiteral("{name}"), Text::tr("the customer's name")},
            {QStringLiteral("{first_name}"), Text::tr("the customer's first name")},
            {QStringLiteral("{business}"), Text::tr("your business's name")},
            {QStringLiteral("{touchpoint}"),
             Text::tr("where it happened: the follow-up's, or the last visit")},
            {QStringLiteral("{staff}"), Text::tr("who writes (the follow-up's owner)")}};
}

QStringList unknownPlaceholders(const QString& text)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!knownNames().contains(m.captured(1)) && !out.contains(m.captured(0)))
            out << m.captured(0);
    }
    return out;
}

QString validateMessageTemplate(const MessageTemplate& t)
{
    QStringList unknown = unknownPlaceholders(t.subject);
    for (const QString& p : unknownPlaceholders(t.body))
        if (!unknown.contains(p))
            unknown << p;
    if (unknown.isEmpty())
        return {};
    QStringList known;
    for (const Placeholder& p : messagePlaceholders())
        known << p.token;
    return Text::tr("unknown placeholder %1 (it stays as typed); the placeholders are %2")
        .arg(unknown.join(QStringLiteral(", ")), known.join(QStringLiteral(" ")));
}

QString firstNameOf(const QString& name)
{
    const QString n = nameOrNothing(name);
    return n.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
}

Message composeMessage(const MessageTemplate& t, const MessageValues& values)
{
    const QString name = nameOrNothing(values.name);
    const QString first = firstNameOf(name);
    const QHash<QString, QString> map{
        {QStringLiteral("name"), name},
        {QStringLiteral("first_name"), first.isEmpty() ? name : first},
        {QStringLiteral("business"), values.business.trimmed()},
        {QStringLiteral("touchpoint"), values.touchpoint.trimmed()},
        {QStringLiteral("staff"), values.staff.trimmed()}};
    Message m;
    int known = 0, filled = 0;
    m.subject = fillLine(t.subject, map, &known, &filled).trimmed();
    QStringList lines;
    bool greeting = true; // the first line with words in it
    for (const QString& line : t.body.split(QLatin1Char('\n'))) {
        known = filled = 0;
        const QString text = fillLine(line, map, &known, &filled);
        const bool blank = line.trimmed().isEmpty();
        if (known > 0 && filled == 0) {
            if (greeting)
                lines << Text::tr("Hello,");
            // Otherwise the line says nothing without its placeholders: it goes.
        } else {
            lines << text;
        }
        if (!blank)
            greeting = false;
    }
    // A dropped line leaves no double gap, and no gap at either end.
    QStringList tidy;
    for (const QString& line : std::as_const(lines)) {
        const bool blank = line.trimmed().isEmpty();
        if (blank && (tidy.isEmpty() || tidy.last().trimmed().isEmpty()))
            continue;
        tidy << line;
    }
    while (!tidy.isEmpty() && tidy.last().trimmed().isEmpty())
        tidy.removeLast();
    m.body = tidy.join(QLatin1Char('\n'));
    return m;
}

bool messageValuesFor(QSqlDatabase& db, qint64 customerId, qint64 actionId, MessageValues* out,
                      QString* error)
{
    *out = MessageValues();
    out->business = businessName(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (!sql::runLookup(q, error))
        return false;
    if (!q.next()) {
        *error = Text::tr("the customer is no longer in the database");
        return false;
    }
    out->name = q.value(0).toString();
    if (actionId > 0) {
        // The touchpoint of what opened the follow-up: its response (or that
        // response's survey) or its interaction.
        QSqlQuery a(db);
        a.prepare(
            QStringLiteral("SELECT coalesce(rt.name, st.name, it.name), a.owner FROM actions a "
                           "LEFT JOIN responses r ON r.id = a.response_id "
                           "LEFT JOIN touchpoints rt ON rt.id = r.touchpoint_id "
                           "LEFT JOIN surveys s ON s.id = r.survey_id "
                           "LEFT JOIN touchpoints st ON st.id = s.touchpoint_id "
                           "LEFT JOIN interactions i ON i.id = a.interaction_id "
                           "LEFT JOIN touchpoints it ON it.id = i.touchpoint_id WHERE a.id = ?"));
        a.addBindValue(actionId);
        if (!sql::runLookup(a, error))
            return false;
        if (a.next()) {
            out->touchpoint = a.value(0).toString();
            out->staff = a.value(1).toString();
        }
    }
    if (out->touchpoint.isEmpty()) {
        // The customer's last visit that names a touchpoint.
        QSqlQuery t(db);
        t.prepare(QStringLiteral(
            "SELECT tp.name FROM ("
            " SELECT * FROM (SELECT touchpoint_id AS tp, occurred_at AS at FROM interactions "
            "  WHERE customer_id = ? AND touchpoint_id IS NOT NULL "
            "  ORDER BY occurred_at DESC LIMIT 1) AS i "
            " UNION ALL "
            " SELECT * FROM (SELECT coalesce(r.touchpoint_id, s.touchpoint_id) AS tp, "
            "  r.submitted_at AS at FROM responses r JOIN surveys s ON s.id = r.survey_id "
            "  WHERE r.customer_id = ? AND coalesce(r.touchpoint_id, s.touchpoint_id) IS NOT NULL "
            "  ORDER BY r.submitted_at DESC LIMIT 1) AS r"
            ") x JOIN touchpoints tp ON tp.id = x.tp ORDER BY x.at DESC LIMIT 1"));
        t.addBindValue(customerId);
        t.addBindValue(customerId);
        if (!sql::runLookup(t, error))
            return false;
        if (t.next())
            out->touchpoint = t.value(0).toString();
    }
    return true;
}

QString mailtoUrl(const QString& address, const Message& message)
{
    QString body = message.body;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    body.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return QStringLiteral("mailto:") + address.trimmed() + QStringLiteral("?subject=") +
           QString::fromLatin1(QUrl::toPercentEncoding(message.subject)) +
           QStringLiteral("&body=") + QString::fromLatin1(QUrl::toPercentEncoding(body));
}

QString telUrl(const QString& phone)
{
    const QString p = phone.trimmed();
    QString digits;
    for (const QChar c : p)
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
    if (digits.isEmpty())
        return {};
    return QStringLiteral("tel:") +
           (p.startsWith(QLatin1Char('+')) ? QStringLiteral("+") : QString()) + digits;
}

} // namespace cx
