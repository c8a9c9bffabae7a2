// The counter kiosk: answered by keyboard alone and by touch, reset when left
// alone, and closed only with the PIN.

#include "core/surveys/kioskpin.h"
#include "tests/common/surveyfixture.h"
#include "ui/settingsdialog.h"
#include "ui/surveys/kiosk/kioskpindialog.h"
#include "ui/surveys/kiosk/kioskwindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QtTest>

using namespace cx;

namespace {
QPushButton* buttonWithText(QWidget* in, const QString& text)
{
    for (QPushButton* b : in->findChildren<QPushButton*>())
        if (b->isVisible() && b->text() == text)
            return b;
    return nullptr;
}
} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void kioskByKeyboardAlone()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        KioskWindow kiosk(t.db(), s);
        kiosk.setThanksTimeout(100000);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QCOMPARE(kiosk.screen(), KioskWindow::Screen::Welcome);
        QTest::keyClick(&kiosk, Qt::Key_Return);
        QCOMPARE(kiosk.currentCode(), QStringLiteral("nps"));
        // Nothing chosen: a required question does not let you on.
        QVERIFY(!kiosk.nextButton()->isEnabled());
        QTest::keyClick(&kiosk, Qt::Key_Return);
        QCOMPARE(kiosk.currentCode(), QStringLiteral("nps"));
        // "1" then "0" is 10: a promoter, so "why" is skipped.
        QTest::keyClick(&kiosk, Qt::Key_1);
        QTest::keyClick(&kiosk, Qt::Key_0);
        QCOMPARE(kiosk.answers().value(QStringLiteral("nps")).toInt(), 10);
        QTest::keyClick(&kiosk, Qt::Key_Return);
        QCOMPARE(kiosk.currentCode(), QStringLiteral("liked"));
        QTest::keyClick(&kiosk, Qt::Key_1);
        QTest::keyClick(&kiosk, Qt::Key_3);
        QCOMPARE(kiosk.answers().value(QStringLiteral("liked")).toString(),
                 QStringLiteral("Coffee;Music"));
        QTest::keyClick(&kiosk, Qt::Key_Return);
        QCOMPARE(kiosk.currentCode(), QStringLiteral("back"));
        QTest::keyClick(&kiosk, Qt::Key_Y);
        QTest::keyClick(&kiosk, Qt::Key_Return);
        QCOMPARE(kiosk.screen(), KioskWindow::Screen::Contact);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &kiosk,
                        Qt::Key_Return);
        QCOMPARE(kiosk.screen(), KioskWindow::Screen::Thanks);
        QCOMPARE(kiosk.saved(), 1);
        // Committed at once, anonymous, from the kiosk, with exactly the answers given.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE source = 'kiosk' "
                                         "AND customer_id IS NULL"))
                     .toInt(),
                 1);
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT value_num FROM answers a JOIN questions q ON q.id = a.question_id "
                         "WHERE q.code = 'nps'"))
                .toInt(),
            10);
        QCOMPARE(
            t
                .scalar(QStringLiteral(
                    "SELECT value_text FROM answers a JOIN questions q ON q.id = a.question_id "
                    "WHERE q.code = 'liked'"))
                .toString(),
            QStringLiteral("Coffee;Music"));
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT value_num FROM answers a JOIN questions q ON q.id = a.question_id "
                         "WHERE q.code = 'back'"))
                .toInt(),
            1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), 0);
        // Enter on the thank-you screen starts over for the next customer.
        QTest::keyClick(&kiosk, Qt::Key_Return);
        QCOMPARE(kiosk.screen(), KioskWindow::Screen::Welcome);
        QVERIFY(kiosk.answers().isEmpty());
    }

    void kioskByTouchWithADetractorAndContact()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        QVERIFY(t.exec(
            QStringLiteral("INSERT INTO customers (id, uuid, name, email, first_contact_on) VALUES "
                           "(5, 'c5', 'Jo Baker', 'jo@example.com', '2026-01-01')")));
        KioskWindow kiosk(t.db(), s);
        kiosk.setThanksTimeout(50);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        QTest::mouseClick(buttonWithText(&kiosk, QStringLiteral("Start")), Qt::LeftButton);
        QPushButton* three = buttonWithText(&kiosk, QStringLiteral("3"));
        QVERIFY(three);
        QTest::mouseClick(three, Qt::LeftButton);
        // A touch goes on by itself after a moment; a detractor is asked why.
        QTRY_COMPARE(kiosk.currentCode(), QStringLiteral("why"));
        auto* text = kiosk.findChild<QPlainTextEdit*>();
        QVERIFY(text && text->isVisible());
        QVERIFY(!kiosk.nextButton()->isEnabled());
        QTest::keyClicks(text, QStringLiteral("The queue was far too long"));
        QVERIFY(kiosk.nextButton()->isEnabled());
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(kiosk.currentCode(), QStringLiteral("liked"));
        QTest::mouseClick(kiosk.nextButton(), Qt::LeftButton); // optional: skipped
        QCOMPARE(kiosk.currentCode(), QStringLiteral("back"));
        QTest::mouseClick(buttonWithText(&kiosk, QStringLiteral("No")), Qt::LeftButton);
        QTRY_COMPARE(kiosk.screen(), KioskWindow::Screen::Contact);
        auto* contact = kiosk.findChild<QLineEdit*>();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("jo@example.com"));
        QTest::mouseClick(buttonWithText(&kiosk, QStringLiteral("Send my answers")),
                          Qt::LeftButton);
        Q_UNUSED(contact);
        QCOMPARE(kiosk.saved(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT customer_id FROM responses")).toLongLong(),
                 qint64(5));
        // The detractor became a follow-up for Jo, the same minute.
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM actions WHERE customer_id = 5 AND status = 'open'"))
                .toInt(),
            1);
        // The thank-you screen resets by itself.
        QTRY_COMPARE(kiosk.screen(), KioskWindow::Screen::Welcome);
    }

    // "Question N" counts up by one going forward and the bar only moves on,
    // whether a condition opens a question or skips it; no total that grows
    // when an answer opens one.
    void counterNeverJumps()
    {
        for (const int score : {3, 10}) {
            cxtest::TestDb t;
            const Survey s = cxtest::counterSurvey(t);
            KioskWindow kiosk(t.db(), s);
            kiosk.show();
            QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
            QTest::keyClick(&kiosk, Qt::Key_Return);
            QStringList texts;
            QVector<int> values;
            int guard = 0;
            while (kiosk.screen() == KioskWindow::Screen::Question && ++guard < 20) {
                QCOMPARE(kiosk.progressMaximum(), int(s.questions.size()));
                texts << kiosk.progressText();
                values << kiosk.progressValue();
                const QString code = kiosk.currentCode();
                if (code == QLatin1String("nps")) {
                    if (score == 10) {
                        QTest::keyClick(&kiosk, Qt::Key_1);
                        QTest::keyClick(&kiosk, Qt::Key_0);
                    } else {
                        QTest::keyClick(&kiosk, Qt::Key(Qt::Key_0 + score));
                    }
                    // Answering opens (or closes) "why": what is shown stays.
                    QCOMPARE(kiosk.progressText(), texts.last());
                    QCOMPARE(kiosk.progressMaximum(), int(s.questions.size()));
                } else if (auto* text = kiosk.findChild<QPlainTextEdit*>();
                           text && text->isVisible()) {
                    QTest::keyClicks(text, QStringLiteral("Slow"));
                    QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
                    continue;
                } else if (code == QLatin1String("back")) {
                    QTest::keyClick(&kiosk, Qt::Key_Y);
                }
                QTest::keyClick(&kiosk, Qt::Key_Return);
            }
            QCOMPARE(kiosk.screen(), KioskWindow::Screen::Contact);
            QCOMPARE(texts.size(),
                     score <= 6 ? int(s.questions.size()) : int(s.questions.size()) - 1);
            for (int i = 0; i < texts.size(); ++i) {
                QCOMPARE(texts[i], QStringLiteral("Question %1").arg(i + 1));
                if (i > 0)
                    QVERIFY2(values[i] > values[i - 1], qPrintable(QString::number(values[i])));
            }
            QCOMPARE(values.last(), int(s.questions.size()));
        }
    }

    // Yes/No, Back, Skip, Next and every key of the PIN pad are at least 48 px
    // each way; the contact step says what the contact is for.
    void touchTargetsAndContactPurpose()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        KioskWindow kiosk(t.db(), s);
        kiosk.resize(1280, 800);
        kiosk.show();
        QVERIFY(QTest::qWaitForWindowExposed(&kiosk));
        const auto checkButtons = [&kiosk](const char* where, int atLeast) {
            int seen = 0;
            for (QPushButton* b : kiosk.findChildren<QPushButton*>()) {
                if (!b->isVisible())
                    continue;
                ++seen;
                QVERIFY2(b->width() >= 48 && b->height() >= 48,
                         qPrintable(QStringLiteral("%1: '%2' is %3×%4")
                                        .arg(QLatin1String(where), b->text())
                                        .arg(b->width())
                                        .arg(b->height())));
            }
            QVERIFY2(seen >= atLeast, where);
        };
        AnswerMap answers;
        answers.insert(QStringLiteral("nps"), 3);
        kiosk.showQuestionForPreview(3, answers); // the yes/no question, after three before it
        QCOMPARE(kiosk.currentCode(), QStringLiteral("back"));
        QCoreApplication::processEvents();
        QVERIFY(buttonWithText(&kiosk, QStringLiteral("Yes")));
        QVERIFY(buttonWithText(&kiosk, QStringLiteral("Back")));
        checkButtons("yes/no", 4);
        // Back is a button as large as Next, not a line of small print.
        QVERIFY(buttonWithText(&kiosk, QStringLiteral("Back"))->height() >= 64);
        kiosk.showScreenForPreview(KioskWindow::Screen::Contact);
        QCoreApplication::processEvents();
        QVERIFY(buttonWithText(&kiosk, QStringLiteral("Skip")));
        checkButtons("contact", 2);
        QVERIFY(buttonWithText(&kiosk, QStringLiteral("Skip"))->height() >= 64);
        bool purpose = false;
        for (QLabel* l : kiosk.findChildren<QLabel*>())
            purpose |= l->isVisible() && l->text().contains(QLatin1String("reply to you")) &&
                       l->text().contains(QLatin1String("not use it for anything else"));
        QVERIFY(purpose);
        kiosk.showScreenForPreview(KioskWindow::Screen::Pin);
        QCoreApplication::processEvents();
        checkButtons("PIN pad", 12);
    }

    // The PIN is typed twice wherever it is set; two different ones are
    // refused with a message and nothing is stored.
    void pinIsTypedTwice()
    {
        cxtest::TestDb t;
        {
            KioskPinDialog ask;
            ask.show();
            ask.pinField()->setText(QStringLiteral("4821"));
            ask.repeatField()->setText(QStringLiteral("4812"));
            ask.accept();
            QVERIFY(ask.isVisible());
            QCOMPARE(ask.result(), int(QDialog::Rejected));
            QVERIFY(ask.problem()->text().contains(QLatin1String("not the same")));
            QCOMPARE(ask.pinField()->text(), QStringLiteral("4821")); // kept as typed
            QVERIFY(ask.repeatField()->text().isEmpty());
            ask.repeatField()->setText(QStringLiteral("4821"));
            ask.accept();
            QCOMPARE(ask.result(), int(QDialog::Accepted));
            QCOMPARE(ask.pin(), QStringLiteral("4821"));
        }
        SettingsDialog settings(t.db());
        settings.kioskPin()->setText(QStringLiteral("2468"));
        settings.kioskPinAgain()->setText(QStringLiteral("2486"));
        QVERIFY(!settings.save());
        QVERIFY(settings.problem()->text().contains(QLatin1String("not the same")));
        QVERIFY(!hasKioskPin(t.sql()));
        settings.kioskPinAgain()->setText(QStringLiteral("2468"));
        QVERIFY(settings.save());
        QVERIFY(checkKioskPin(t.sql(), QStringLiteral("2468")));
    }

    void kioskIdleResetAndPin()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        auto* kiosk = new KioskWindow(t.db(), s);
        kiosk->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<KioskWindow> alive(kiosk);
        kiosk->setIdleTimeout(150);
        kiosk->show();
        QVERIFY(QTest::qWaitForWindowExposed(kiosk));
        QTest::keyClick(kiosk, Qt::Key_Return);
        QTest::keyClick(kiosk, Qt::Key_4);
        QTest::keyClick(kiosk, Qt::Key_Return);
        QCOMPARE(kiosk->currentCode(), QStringLiteral("why"));
        // Walked away: the half-filled form is discarded, nothing is saved.
        QTRY_COMPARE(kiosk->screen(), KioskWindow::Screen::Welcome);
        QVERIFY(kiosk->answers().isEmpty());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 0);

        // Closing is refused; it asks for the PIN instead.
        kiosk->setIdleTimeout(60000);
        QVERIFY(!kiosk->close());
        QCOMPARE(kiosk->screen(), KioskWindow::Screen::Pin);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1111"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(kiosk->screen(), KioskWindow::Screen::Pin);
        QVERIFY(kiosk->isVisible());
        QTest::keyClick(kiosk, Qt::Key_Escape);
        QCOMPARE(kiosk->screen(), KioskWindow::Screen::Welcome);
        // Ctrl+Q, the right PIN on the pad: the kiosk ends.
        QTest::keyClick(kiosk, Qt::Key_Q, Qt::ControlModifier);
        QCOMPARE(kiosk->screen(), KioskWindow::Screen::Pin);
        QSignalSpy done(kiosk, &KioskWindow::unlocked);
        for (const QString& d :
             {QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("6"), QStringLiteral("8")})
            QTest::mouseClick(buttonWithText(kiosk, d), Qt::LeftButton);
        QTest::mouseClick(buttonWithText(kiosk, QStringLiteral("OK")), Qt::LeftButton);
        QCOMPARE(done.count(), 1);
        QTRY_VERIFY(alive.isNull());
    }
};

QTEST_MAIN(TestKioskWindow)
#include "tst_kioskwindow.moc"
