// Settings → Messages: editing, the preview, placeholders, reset to the
// default, and the dialog's save contract (all or nothing, and never over a
// change saved elsewhere unseen).

#include "core/contact/messagetemplates.h"
#include "core/storage/settings.h"
#include "tests/common/testdb.h"
#include "ui/contact/messagestab.h"
#include "ui/settingsdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QtTest>

using namespace cx;

class TestMessagesTab : public QObject
{
    Q_OBJECT

private:
    static MessagesTab* tabOf(SettingsDialog& d) { return d.findChild<MessagesTab*>(); }

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void editPreviewAndSave()
    {
        cxtest::TestDb t;
        QVERIFY(t.isOpen());
        QString error;
        QVERIFY(setBusinessName(t.sql(), QStringLiteral("Corner Café"), &error));
        SettingsDialog dialog(t.db());
        MessagesTab* tab = tabOf(dialog);
        QVERIFY(tab);
        QCOMPARE(dialog.tabs()->tabText(dialog.tabs()->indexOf(tab)), QStringLiteral("&Messages"));
        QCOMPARE(tab->subjectField()->text(), defaultMessageTemplate(MessageKind::Apology).subject);
        // The preview reads as a sample customer would get it.
        QVERIFY(tab->preview()->toPlainText().startsWith(
            QStringLiteral("Subject: We are sorry, Zoë\n\nHello Zoë,")));
        QVERIFY(tab->preview()->toPlainText().endsWith(QStringLiteral("Sam\nCorner Café")));
        QCOMPARE(tab->placeholders()->count(), 5);

        dialog.tabs()->setCurrentWidget(tab);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        tab->setKind(MessageKind::ThankYou);
        tab->subjectField()->setText(QStringLiteral("Thanks, "));
        tab->subjectField()->setFocus();
        tab->subjectField()->setCursorPosition(8);
        tab->insertPlaceholder(QStringLiteral("{name}"));
        QCOMPARE(tab->subjectField()->text(), QStringLiteral("Thanks, {name}"));
        // Clicking a placeholder types it where the text's cursor was.
        tab->bodyField()->setFocus();
        tab->bodyField()->setPlainText(QStringLiteral("See you soon, "));
        tab->bodyField()->moveCursor(QTextCursor::End);
        QListWidgetItem* first = tab->placeholders()->item(1);
        emit tab->placeholders()->itemClicked(first);
        QCOMPARE(tab->bodyField()->toPlainText(), QStringLiteral("See you soon, {first_name}"));
        QCOMPARE(tab->preview()->toPlainText(),
                 QStringLiteral("Subject: Thanks, Zoë Fenwick\n\nSee you soon, Zoë"));
        // Going to another message and back keeps what was typed.
        tab->setKind(MessageKind::Invitation);
        tab->setKind(MessageKind::ThankYou);
        QCOMPARE(tab->subjectField()->text(), QStringLiteral("Thanks, {name}"));
        QVERIFY(dialog.save());
        QCOMPARE(messageTemplate(t.sql(), MessageKind::ThankYou),
                 (MessageTemplate{QStringLiteral("Thanks, {name}"),
                                  QStringLiteral("See you soon, {first_name}")}));
        // The others were not touched: nothing stored for them.
        QCOMPARE(SettingsRepository(t.sql()).get(settingkeys::MessageApologyBody).rowVersion, 0);

        // Reset: the default again, stored as empty so it follows the language.
        tab->resetToDefault();
        QCOMPARE(tab->bodyField()->toPlainText(),
                 defaultMessageTemplate(MessageKind::ThankYou).body);
        QVERIFY(dialog.save());
        QCOMPARE(SettingsRepository(t.sql()).get(settingkeys::MessageThankYouBody).value,
                 QString());
        QCOMPARE(messageTemplate(t.sql(), MessageKind::ThankYou),
                 defaultMessageTemplate(MessageKind::ThankYou));
    }

    void unknownPlaceholderIsRefused()
    {
        cxtest::TestDb t;
        QVERIFY(t.isOpen());
        SettingsDialog dialog(t.db());
        MessagesTab* tab = tabOf(dialog);
        tab->setKind(MessageKind::Invitation);
        tab->subjectField()->setText(QStringLiteral("Hi {frist_name}"));
        QVERIFY(tab->warning()->text().contains(QStringLiteral("{frist_name}")));
        dialog.businessName()->setText(QStringLiteral("Corner Café"));
        QVERIFY(!dialog.save());
        // All or nothing: the business name waits with it; the text stays as typed.
        QVERIFY2(dialog.problem()->text().contains(QStringLiteral("{frist_name}")),
                 qPrintable(dialog.problem()->text()));
        QCOMPARE(businessName(t.sql()), QStringLiteral("Our business"));
        QCOMPARE(tab->subjectField()->text(), QStringLiteral("Hi {frist_name}"));
        QCOMPARE(dialog.tabs()->currentWidget(), tab);
        tab->subjectField()->setText(QStringLiteral("Hi {first_name}"));
        QVERIFY(tab->warning()->text().isEmpty());
        QVERIFY(dialog.save());
        QCOMPARE(messageTemplate(t.sql(), MessageKind::Invitation).subject,
                 QStringLiteral("Hi {first_name}"));
    }

    void changedElsewhereAsksFirst()
    {
        cxtest::TestDb t;
        QVERIFY(t.isOpen());
        SettingsDialog dialog(t.db());
        QStringList asked;
        QList<ConflictChoice> choices{ConflictChoice::KeepEditing, ConflictChoice::Reload,
                                      ConflictChoice::SaveMine};
        dialog.setConflictChoice([&](const QString&, const QString& message) {
            asked << message;
            return choices.takeFirst();
        });
        MessagesTab* tab = tabOf(dialog);
        tab->subjectField()->setText(QStringLiteral("Mine"));
        // Someone else saves the apology's subject meanwhile.
        Database other;
        QString error;
        QVERIFY(other.open(t.path(), &error));
        QVERIFY(SettingsRepository(other.sql())
                    .set(settingkeys::MessageApologySubject, QStringLiteral("Theirs"), &error));
        QVERIFY(!dialog.save()); // keep editing
        QCOMPARE(asked.size(), 1);
        QVERIFY2(asked[0].startsWith(QStringLiteral(
                     "the subject of the message “Apology” was changed in another window")),
                 qPrintable(asked[0]));
        QCOMPARE(tab->subjectField()->text(), QStringLiteral("Mine"));
        QVERIFY(!dialog.save()); // reload: theirs shows
        QCOMPARE(tab->subjectField()->text(), QStringLiteral("Theirs"));
        tab->subjectField()->setText(QStringLiteral("Mine again"));
        QVERIFY(SettingsRepository(other.sql())
                    .set(settingkeys::MessageApologySubject, QStringLiteral("Theirs 2"), &error));
        QVERIFY(dialog.save()); // save mine over it
        QCOMPARE(asked.size(), 3);
        QCOMPARE(messageTemplate(t.sql(), MessageKind::Apology).subject,
                 QStringLiteral("Mine again"));
        QVERIFY(choices.isEmpty());
    }
};

QTEST_MAIN(TestMessagesTab)
#include "tst_messagestab.moc"
