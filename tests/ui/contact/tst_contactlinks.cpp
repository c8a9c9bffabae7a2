// Contact in one click: the link handed to the mail program or the phone,
// the contact recorded (with the follow-up when there is one), nothing
// recorded on a cancel or a missing address, the profile's links, and the
// mail-merge export.

#include "core/contact/contactrepository.h"
#include "core/customers/customertimeline.h"
#include "core/storage/settings.h"
#include "tests/common/testdb.h"
#include "ui/commands/dbcommand.h"
#include "ui/contact/contactlinks.h"
#include "ui/contact/mailmergedialog.h"
#include "ui/customers/customerdetail.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QtTest>

using namespace cx;

namespace {
const char* const kData = R"(
INSERT INTO journeys (id, name) VALUES (1, 'Visit');
INSERT INTO stages (id, journey_id, name) VALUES (1, 1, 'In the café');
INSERT INTO touchpoints (id, stage_id, channel_id, name) VALUES (1, 1, 3, 'Checkout');
INSERT INTO customers (id, uuid, name, email, phone) VALUES
 (1, 'c1', 'Zoë Fenwick', 'zoe@example.com', '+44 7700 123456'), (2, 'c2', 'No Address', NULL, NULL),
 (3, 'c3', 'Ann Other', 'ann@example.com', NULL);
INSERT INTO interactions (id, uuid, customer_id, touchpoint_id, channel_id, occurred_at) VALUES
 (1, 'i1', 1, 1, 3, '2026-03-01T09:00:00Z');
INSERT INTO surveys (id, uuid, title, touchpoint_id) VALUES (1, 's1', 'After your visit', 1);
INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES (1, 1, 0, 'nps', 'nps', 'Recommend?');
INSERT INTO responses (id, uuid, survey_id, customer_id, submitted_at) VALUES
 (1, 'r1', 1, 1, '2026-03-02T10:00:00Z'), (2, 'r2', 1, 2, '2026-03-03T10:00:00Z'), (3, 'r3', 1, 3, '2026-03-04T10:00:00Z');
INSERT INTO answers (response_id, question_id, value_num) VALUES (1, 1, 10), (2, 1, 9), (3, 1, 4);
INSERT INTO actions (id, customer_id, interaction_id, title, status, created_at, owner) VALUES
 (1, 1, 1, 'Call Zoë back', 'open', '2026-03-01T10:00:00Z', 'Sam')
)";

struct Capture
{
    QStringList urls;
    QStringList told;
    bool opens = true;
    std::optional<MessageKind> choice = MessageKind::Apology;
    int asked = 0;
    void install()
    {
        setContactUrlOpener([this](const QUrl& url) {
            urls << QString::fromUtf8(url.toEncoded());
            return opens;
        });
        setMessageChooser([this](QWidget*, Database&, qint64, qint64) {
            ++asked;
            return choice;
        });
        setContactNotice([this](QWidget*, const QString& message) { told << message; });
    }
};
} // namespace

class TestContactLinks : public QObject
{
    Q_OBJECT

private slots:
    void cleanup()
    {
        setContactUrlOpener({});
        setMessageChooser({});
        setContactNotice({});
    }

    void emailWithAction()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        QString error;
        QVERIFY(setBusinessName(t.sql(), QStringLiteral("Corner Café"), &error));
        Capture c;
        c.install();
        QVERIFY(contactCustomer(nullptr, t.db(), 1, 1, QStringLiteral("email")));
        QCOMPARE(c.asked, 1);
        QCOMPARE(c.urls.size(), 1);
        // The link as built, unchanged on its way to the mail program; signed by the owner.
        MessageValues v;
        QVERIFY(messageValuesFor(t.sql(), 1, 1, &v, &error));
        QCOMPARE(c.urls.first(),
                 mailtoUrl(QStringLiteral("zoe@example.com"),
                           composeMessage(defaultMessageTemplate(MessageKind::Apology), v)));
        QVERIFY(c.urls.first().startsWith(
            QStringLiteral("mailto:zoe@example.com?subject=We%20are%20sorry%2C%20Zo%C3%AB&body=")));
        QVERIFY(c.urls.first().endsWith(QStringLiteral("%0D%0ASam%0D%0ACorner%20Caf%C3%A9")));
        const QVector<Contact> recorded = ContactRepository(t.sql()).forAction(1);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].how, QStringLiteral("email"));
        QCOMPARE(recorded[0].templateName, QStringLiteral("apology"));
        QCOMPARE(recorded[0].contactedBy, QStringLiteral("Sam"));
        QVERIFY(c.told.isEmpty());
    }

    void phoneWithoutAction()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        Capture c;
        c.install();
        QVERIFY(contactCustomer(nullptr, t.db(), 1, 0, QStringLiteral("phone")));
        QCOMPARE(c.urls, QStringList({QStringLiteral("tel:+447700123456")}));
        QCOMPARE(c.asked, 0); // a call needs no message
        const QVector<Contact> recorded = ContactRepository(t.sql()).forCustomer(1);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded[0].actionId, 0);
        QCOMPARE(recorded[0].how, QStringLiteral("phone"));
        QCOMPARE(recorded[0].templateName, QString());
    }

    void cancelOrMissingRecordsNothing()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        Capture c;
        c.install();
        c.choice = std::nullopt;
        QVERIFY(!contactCustomer(nullptr, t.db(), 1, 1, QStringLiteral("email")));
        QVERIFY(c.urls.isEmpty());
        QVERIFY(c.told.isEmpty()); // cancelling needs no explanation
        c.choice = MessageKind::ThankYou;
        QVERIFY(!contactCustomer(nullptr, t.db(), 2, 0, QStringLiteral("email")));
        QVERIFY(!contactCustomer(nullptr, t.db(), 2, 0, QStringLiteral("phone")));
        QCOMPARE(c.told.size(), 2);
        QVERIFY2(c.told[0].contains(QStringLiteral("No Address has no email address")),
                 qPrintable(c.told[0]));
        QVERIFY2(c.told[1].contains(QStringLiteral("no phone number")), qPrintable(c.told[1]));
        QVERIFY(c.urls.isEmpty());
        // Nothing opened the link: nothing happened, and the user is told.
        c.opens = false;
        QVERIFY(!contactCustomer(nullptr, t.db(), 1, 0, QStringLiteral("email")));
        QCOMPARE(c.urls.size(), 1);
        QVERIFY(c.told.last().contains(QStringLiteral("No mail program")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
    }

    // The real chooser: Esc closes it, and nothing is opened or recorded.
    void escapeCancelsTheChooser()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        Capture c;
        c.install();
        setMessageChooser({});
        bool sawChooser = false;
        QTimer::singleShot(0, this, [&] {
            auto* chooser = qobject_cast<MessageChooser*>(QApplication::activeModalWidget());
            sawChooser = chooser != nullptr;
            if (chooser) {
                QVERIFY(chooser->preview()->toPlainText().startsWith(QStringLiteral("Hello Zoë,")));
                QTest::keyClick(chooser, Qt::Key_Escape);
            }
        });
        QVERIFY(!contactCustomer(nullptr, t.db(), 1, 1, QStringLiteral("email")));
        QVERIFY(sawChooser);
        QVERIFY(c.urls.isEmpty());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 0);
    }

    void chooserPreviewsEachMessage()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        MessageChooser chooser(t.db(), 1, 1);
        QCOMPARE(chooser.kind(), MessageKind::Apology); // a follow-up: most often an apology
        chooser.setKind(MessageKind::Invitation);
        QCOMPARE(chooser.kind(), MessageKind::Invitation);
        QVERIFY(chooser.preview()->toPlainText().contains(QStringLiteral("Checkout")));
        QVERIFY(chooser.preview()->toPlainText().contains(QStringLiteral("From 0 to 10")));
        QCOMPARE(MessageChooser(t.db(), 1, 0).kind(), MessageKind::ThankYou);
    }

    void profileLinks()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        Capture c;
        c.install();
        EditStack undo(t.db());
        CustomerDetail detail(t.db(), &undo);
        detail.show(1);
        QPushButton *write = nullptr, *call = nullptr;
        for (QPushButton* b : detail.findChildren<QPushButton*>()) {
            if (b->text() == QStringLiteral("Write…"))
                write = b;
            if (b->text() == QStringLiteral("Call"))
                call = b;
        }
        QVERIFY(write && call);
        call->click();
        write->click();
        QCOMPARE(c.urls.size(), 2);
        QVERIFY(c.urls[0].startsWith(QStringLiteral("tel:")));
        QVERIFY(c.urls[1].startsWith(QStringLiteral("mailto:zoe@example.com?subject=")));
        // The timeline shows both at once, newest first, with the message's name.
        QStringList titles;
        for (int i = 0; i < detail.timeline()->topLevelItemCount(); ++i)
            titles << detail.timeline()->topLevelItem(i)->text(1);
        QVERIFY2(titles.contains(QStringLiteral("Emailed — apology")),
                 qPrintable(titles.join('|')));
        QVERIFY(titles.contains(QStringLiteral("Phoned")));
        QCOMPARE(ContactRepository(t.sql()).forCustomer(1).size(), 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE action_id IS NULL"))
                     .toInt(),
                 2);
    }

    void mailMergeDialog()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        MetricsFilter march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        MailMergeDialog dialog(t.db(), march, {3, 2});
        // A thank-you goes to the promoters: Zoë (10), and No Address (9), left out.
        QCOMPARE(MergeGroup(dialog.groupChoice()->currentData().toInt()), MergeGroup::Promoters);
        QCOMPARE(dialog.merge().rows.size(), 1);
        QCOMPARE(dialog.count()->text(),
                 QStringLiteral("Customers who will get this message: 1. Left out for want of "
                                "an email address: 1."));
        QVERIFY(dialog.preview()->toPlainText().startsWith(
            QStringLiteral("To: Zoë Fenwick <zoe@example.com>\nSubject: Thank you, Zoë!")));
        // An apology goes to the detractors by itself.
        dialog.messageChoice()->setCurrentIndex(
            dialog.messageChoice()->findData(int(MessageKind::Apology)));
        QCOMPARE(MergeGroup(dialog.groupChoice()->currentData().toInt()), MergeGroup::Detractors);
        QCOMPARE(dialog.merge().rows.first().name, QStringLiteral("Ann Other"));
        // The customers selected in the list.
        dialog.groupChoice()->setCurrentIndex(
            dialog.groupChoice()->findData(int(MergeGroup::Chosen)));
        QCOMPARE(dialog.merge().rows.size(), 1);
        QCOMPARE(dialog.merge().withoutEmail, 1);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("merge.csv"));
        QString suggested;
        dialog.setSaveFileChooser([&](const QString& s) {
            suggested = s;
            return path;
        });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(suggested.endsWith(QStringLiteral("mail-merge-apology.csv")));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("name,email,message,subject"));
        QVERIFY(f.readAll().startsWith("Ann Other,ann@example.com,\"Hello Ann,"));
        // Personal data: readable by its owner only.
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    }
};

QTEST_MAIN(TestContactLinks)
#include "tst_contactlinks.moc"
