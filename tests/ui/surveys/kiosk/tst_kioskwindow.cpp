// The counter kiosk: answered by keyboard alone and by touch, reset when left
// alone, and closed only with the PIN.

#include "tests/common/surveyfixture.h"
#include "ui/surveys/kiosk/kioskwindow.h"

#include <QApplication>
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
