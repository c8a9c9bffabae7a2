// The actions page: an action marked done, by a call and from the keyboard,
// and the step undone.

#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "tests/common/windowfixture.h"
#include "ui/actions/actionspage.h"
#include "ui/actions/markdonedialog.h"
#include "ui/commands/dbcommand.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace cx;

class TestActionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void markDoneIsUndoable()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setShow(ActionsPage::Open);
        const int open = page->model()->rowCount();
        QVERIFY(open > 0);
        const qint64 id = page->model()->idAt(0);
        QVERIFY(page->markDone(id, QStringLiteral("Called back, voucher sent")));
        QCOMPARE(page->model()->rowCount(), open - 1);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT status || ':' || resolution FROM actions WHERE id = %1")
                         .arg(id))
                .toString(),
            QStringLiteral("done:Called back, voucher sent"));
        w.undoStack()->undo();
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT status FROM actions WHERE id = %1").arg(id)).toString(),
            QStringLiteral("open"));
        QCOMPARE(page->model()->rowCount(), open);
        w.undoStack()->redo();
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT status FROM actions WHERE id = %1").arg(id)).toString(),
            QStringLiteral("done"));
    }

    void markDoneWithTheKeyboard()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        page->setShow(ActionsPage::Open);
        const int open = page->model()->rowCount();
        const qint64 id = page->model()->idAt(1);
        // Click the second row, press Ctrl+D, type the note in the dialog and confirm.
        QTableView* view = page->view();
        const QRect cell = view->visualRect(page->model()->index(1, ActionsModel::Title));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view->currentIndex().row(), 1);
        const Action action = *ActionRepository(t.sql()).byId(id);
        const auto customer = CustomerRepository(t.sql()).byId(action.customerId);
        QVERIFY(customer);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            auto* dialog = qobject_cast<MarkDoneDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            shown = dialog->summary()->text();
            QTest::keyClicks(dialog->noteField(), QStringLiteral("Rang back, sent a voucher"));
            // Ctrl+Enter from the note confirms.
            QTest::keyClick(dialog->noteField(), Qt::Key_Return, Qt::ControlModifier);
            if (QApplication::activeModalWidget() == dialog)
                dialog->reject(); // not confirmed: the checks below say so
        });
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
        // The dialog named the action it closes: what, for whom, when due.
        QVERIFY2(shown.contains(action.title), qPrintable(shown));
        QVERIFY2(shown.contains(customer->name), qPrintable(shown));
        QVERIFY2(shown.contains(action.dueOn.toString(Qt::ISODate)), qPrintable(shown));
        QCOMPARE(page->model()->rowCount(), open - 1);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT status || ':' || resolution FROM actions WHERE id = %1")
                         .arg(id))
                .toString(),
            QStringLiteral("done:Rang back, sent a voucher"));
        // Edit > Undo by its shortcut, once the window has focus back from the dialog.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT status FROM actions WHERE id = %1").arg(id)).toString(),
            QStringLiteral("open"));
    }

    // Enter is a new line in the note, Ctrl+Enter (keypad) and Ctrl+Return
    // confirm; a long title wraps instead of widening the dialog.
    void markDoneDialogKeysAndWrapping()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        Action action = *ActionRepository(t.sql()).byId(
            t.scalar(QStringLiteral("SELECT min(id) FROM actions WHERE customer_id IS NOT NULL"))
                .toLongLong());
        action.title = QStringLiteral("Call back about the delivery that came two hours late and "
                                      "cold, offer a voucher and ask whether the new driver was "
                                      "polite this time");
        for (const Qt::Key confirm : {Qt::Key_Enter, Qt::Key_Return}) {
            MarkDoneDialog dialog(t.db(), action);
            dialog.setPrompt(QStringLiteral("What was done? (kept with the action)"));
            dialog.show();
            QVERIFY(dialog.summary()->wordWrap());
            QVERIFY2(dialog.width() < 760, qPrintable(QString::number(dialog.width())));
            QVERIFY(dialog.summary()->text().contains(action.title));
            QTest::keyClicks(dialog.noteField(), QStringLiteral("Called"));
            QTest::keyClick(dialog.noteField(), Qt::Key_Return);
            QVERIFY(dialog.isVisible()); // a plain Enter is a new line
            QTest::keyClicks(dialog.noteField(), QStringLiteral("voucher sent"));
            QTest::keyClick(dialog.noteField(), confirm, Qt::ControlModifier);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.note(), QStringLiteral("Called\nvoucher sent"));
        }
    }
};

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
