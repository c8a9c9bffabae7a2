// The messages "Write…" puts in the mail program: the exact mailto: link of
// each default template, placeholders that have no value, unknown ones, and
// the tel: link of a stored phone.

#include "core/contact/messagetemplates.h"
#include "core/storage/settings.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

namespace {

MessageValues zoe()
{
    MessageValues v;
    v.name = QStringLiteral("Zoë Fenwick");
    v.business = QStringLiteral("Corner Café");
    v.touchpoint = QStringLiteral("Checkout");
    return v;
}

QString mailto(MessageKind kind, const MessageValues& v = zoe())
{
    return mailtoUrl(QStringLiteral("zoe@example.com"),
                     composeMessage(defaultMessageTemplate(kind), v));
}

const char* const kTouchpoints = R"(
INSERT INTO journeys (id, name) VALUES (1, 'Visit');
INSERT INTO stages (id, journey_id, name) VALUES (1, 1, 'In the café');
INSERT INTO touchpoints (id, stage_id, channel_id, name) VALUES (1, 1, 3, 'Checkout'), (2, 1, 3, 'Table service');
INSERT INTO customers (id, uuid, name, email) VALUES (1, 'c1', 'Zoë Fenwick', 'zoe@example.com'), (2, 'c2', 'Nobody Yet', NULL);
INSERT INTO surveys (id, uuid, title, touchpoint_id) VALUES (1, 's1', 'After your visit', 2);
INSERT INTO responses (id, uuid, survey_id, customer_id, submitted_at) VALUES (1, 'r1', 1, 1, '2026-03-02T10:00:00Z');
INSERT INTO interactions (id, uuid, customer_id, touchpoint_id, channel_id, occurred_at) VALUES
 (1, 'i1', 1, 1, 3, '2026-03-01T09:00:00Z'), (2, 'i2', 1, 2, 3, '2026-02-01T09:00:00Z');
INSERT INTO actions (id, customer_id, interaction_id, title, status, created_at, owner) VALUES
 (1, 1, 2, 'Call Zoë back', 'open', '2026-02-01T10:00:00Z', 'Sam'),
 (2, 1, NULL, 'Say thanks', 'open', '2026-03-03T10:00:00Z', NULL)
)";

} // namespace

class TestMessageTemplates : public QObject
{
    Q_OBJECT

private slots:
    // The whole link, byte for byte: subject and body percent-encoded as
    // UTF-8, lines joined by CRLF, the {staff} line left out (no owner).
    void apologyMailto()
    {
        QCOMPARE(
            mailto(MessageKind::Apology),
            QStringLiteral(
                "mailto:zoe@example.com?subject=We%20are%20sorry%2C%20Zo%C3%AB&body=Hello%20Zo%"
                "C3%AB%2C%0D%0A%0D%0AThank%20you%20for%20telling%20us%20about%20your%20visit%2C%"
                "20and%20we%20are%20sorry%20we%20let%20you%20down.%0D%0AWhat%20happened%20at%"
                "20Checkout%20is%20not%20what%20we%20want%20for%20you%2C%20and%20we%20are%"
                "20putting%20it%20right.%0D%0AWe%20would%20love%20the%20chance%20to%20make%20it%"
                "20up%20to%20you%3A%20just%20reply%20to%20this%20email.%0D%0A%0D%0AWarm%"
                "20regards%2C%0D%0ACorner%20Caf%C3%A9"));
    }

    void thankYouMailto()
    {
        QCOMPARE(
            mailto(MessageKind::ThankYou),
            QStringLiteral(
                "mailto:zoe@example.com?subject=Thank%20you%2C%20Zo%C3%AB%21&body=Hello%20Zo%C3%"
                "AB%2C%0D%0A%0D%0AThank%20you%20for%20your%20kind%20words%3A%20they%20made%20our%"
                "20day.%0D%0AWe%20are%20glad%20Checkout%20went%20well%20for%20you.%0D%0AWe%"
                "20look%20forward%20to%20seeing%20you%20again%20soon.%0D%0A%0D%0AWith%20warm%"
                "20thanks%2C%0D%0ACorner%20Caf%C3%A9"));
    }

    void invitationMailto()
    {
        QCOMPARE(
            mailto(MessageKind::Invitation),
            QStringLiteral(
                "mailto:zoe@example.com?subject=Two%20quick%20questions%20from%20Corner%20Caf%C3%"
                "A9&body=Hello%20Zo%C3%AB%2C%0D%0A%0D%0AThank%20you%20for%20choosing%20Corner%"
                "20Caf%C3%A9.%0D%0AWe%20would%20love%20to%20hear%20how%20Checkout%20went%20for%"
                "20you.%0D%0AWould%20you%20answer%20two%20quick%20questions%20by%20replying%20to%"
                "20this%20email%3F%0D%0A1.%20From%200%20to%2010%2C%20how%20likely%20are%20you%"
                "20to%20recommend%20us%20to%20a%20friend%3F%0D%0A2.%20What%20is%20one%20thing%"
                "20we%20could%20do%20better%3F%0D%0A%0D%0AThank%20you%20for%20your%20time%2C%0D%"
                "0ACorner%20Caf%C3%A9"));
    }

    void staffSignsWhenKnown()
    {
        MessageValues v = zoe();
        v.staff = QStringLiteral("Sam");
        const Message m = composeMessage(defaultMessageTemplate(MessageKind::Apology), v);
        QVERIFY(m.body.endsWith(QStringLiteral("Warm regards,\nSam\nCorner Café")));
    }

    // No "Dear ,": an empty first name falls back to the name, then to a neutral greeting.
    void emptyPlaceholders()
    {
        MessageValues v = zoe();
        v.name = QStringLiteral("Cher");
        Message m = composeMessage(defaultMessageTemplate(MessageKind::ThankYou), v);
        QCOMPARE(m.subject, QStringLiteral("Thank you, Cher!"));
        QVERIFY(m.body.startsWith(QStringLiteral("Hello Cher,\n")));

        v.name.clear();
        v.touchpoint.clear();
        m = composeMessage(defaultMessageTemplate(MessageKind::ThankYou), v);
        QCOMPARE(m.subject, QStringLiteral("Thank you!"));
        QCOMPARE(m.body, QStringLiteral("Hello,\n\nThank you for your kind words: they made our "
                                        "day.\nWe look forward to seeing you again soon.\n\n"
                                        "With warm thanks,\nCorner Café"));
        m = composeMessage(defaultMessageTemplate(MessageKind::Apology), v);
        QCOMPARE(m.subject, QStringLiteral("We are sorry"));
        QVERIFY(!m.body.contains(QStringLiteral("happened at")));

        // A kiosk customer known only by an email address has no name to greet.
        v.name = QStringLiteral("zoe@example.com");
        QCOMPARE(firstNameOf(v.name), QString());
        m = composeMessage(defaultMessageTemplate(MessageKind::Invitation), v);
        QVERIFY(m.body.startsWith(QStringLiteral("Hello,\n\nThank you for choosing Corner Café.")));

        // Placeholders with and without a value on one line; separators follow.
        const MessageTemplate t{QStringLiteral("{first_name}, a note from {business}"),
                                QStringLiteral("{staff}, {business}\n\n\n{touchpoint}\nBye")};
        v.name.clear();
        m = composeMessage(t, v);
        QCOMPARE(m.subject, QStringLiteral("a note from Corner Café"));
        QCOMPARE(m.body, QStringLiteral("Corner Café\n\nBye"));
    }

    void unknownPlaceholdersStayAndAreReported()
    {
        const MessageTemplate t{QStringLiteral("Hi {frist_name}"),
                                QStringLiteral("{name} {voucher} {frist_name} {business}")};
        QCOMPARE(unknownPlaceholders(t.body),
                 QStringList({QStringLiteral("{voucher}"), QStringLiteral("{frist_name}")}));
        const QString problem = validateMessageTemplate(t);
        QVERIFY(problem.contains(QStringLiteral("{frist_name}, {voucher}")));
        QVERIFY(problem.contains(QStringLiteral("{first_name}")));
        const Message m = composeMessage(t, zoe());
        QCOMPARE(m.subject, QStringLiteral("Hi {frist_name}"));
        QCOMPARE(m.body, QStringLiteral("Zoë Fenwick {voucher} {frist_name} Corner Café"));
        for (MessageKind k : messageKinds())
            QVERIFY(validateMessageTemplate(defaultMessageTemplate(k)).isEmpty());
    }

    void telLinks()
    {
        QCOMPARE(telUrl(QStringLiteral("07700 123456")), QStringLiteral("tel:07700123456"));
        QCOMPARE(telUrl(QStringLiteral(" +44 (0)20 7946-0958 ")),
                 QStringLiteral("tel:+4402079460958"));
        QCOMPARE(telUrl(QStringLiteral("ask at the till")), QString());
        QCOMPARE(telUrl(QString()), QString());
    }

    void mailtoKeepsTheAddressAndBreaksLinesWithCrlf()
    {
        const QString url =
            mailtoUrl(QStringLiteral(" o'brien+cafe@example.ie "),
                      {QStringLiteral("a&b=c?"), QStringLiteral("one\ntwo\r\nthree")});
        QCOMPARE(url, QStringLiteral("mailto:o'brien+cafe@example.ie?subject=a%26b%3Dc%3F&body="
                                     "one%0D%0Atwo%0D%0Athree"));
    }

    void kindsByName()
    {
        for (MessageKind k : messageKinds())
            QCOMPARE(messageKindFromName(messageKindName(k)), std::optional<MessageKind>(k));
        QCOMPARE(messageKindName(MessageKind::ThankYou), QStringLiteral("thankyou"));
        QVERIFY(!messageKindFromName(QStringLiteral("thanks")));
    }

    void storedTemplateOverridesTheDefault()
    {
        cxtest::TestDb t;
        QVERIFY(t.isOpen());
        QCOMPARE(messageTemplate(t.sql(), MessageKind::Apology),
                 defaultMessageTemplate(MessageKind::Apology));
        QString error;
        QVERIFY(SettingsRepository(t.sql()).set(settingkeys::MessageApologySubject,
                                                QStringLiteral("Sorry, {name}"), &error));
        const MessageTemplate stored = messageTemplate(t.sql(), MessageKind::Apology);
        QCOMPARE(stored.subject, QStringLiteral("Sorry, {name}"));
        QCOMPARE(stored.body, defaultMessageTemplate(MessageKind::Apology).body);
        // Stored empty: the default again.
        QVERIFY(
            SettingsRepository(t.sql()).set(settingkeys::MessageApologySubject, QString(), &error));
        QCOMPARE(messageTemplate(t.sql(), MessageKind::Apology).subject,
                 defaultMessageTemplate(MessageKind::Apology).subject);
    }

    // The follow-up's own touchpoint and owner; without one, the customer's last visit.
    void valuesFromTheDatabase()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kTouchpoints)));
        QString error;
        QVERIFY(setBusinessName(t.sql(), QStringLiteral("Corner Café"), &error));
        MessageValues v;
        QVERIFY(messageValuesFor(t.sql(), 1, 1, &v, &error));
        QCOMPARE(v.name, QStringLiteral("Zoë Fenwick"));
        QCOMPARE(v.business, QStringLiteral("Corner Café"));
        QCOMPARE(v.touchpoint, QStringLiteral("Table service")); // the action's interaction
        QCOMPARE(v.staff, QStringLiteral("Sam"));
        // The last visit: the response of 2 March, at its survey's touchpoint.
        QVERIFY(messageValuesFor(t.sql(), 1, 2, &v, &error));
        QCOMPARE(v.touchpoint, QStringLiteral("Table service"));
        QCOMPARE(v.staff, QString());
        QVERIFY(t.exec(QStringLiteral("UPDATE surveys SET touchpoint_id = NULL")));
        QVERIFY(messageValuesFor(t.sql(), 1, 0, &v, &error));
        QCOMPARE(v.touchpoint, QStringLiteral("Checkout")); // the interaction of 1 March
        QVERIFY(messageValuesFor(t.sql(), 2, 0, &v, &error));
        QCOMPARE(v.touchpoint, QString());
        QVERIFY(!messageValuesFor(t.sql(), 404, 0, &v, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMessageTemplates)
#include "tst_messagetemplates.moc"
