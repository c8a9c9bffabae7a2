// The actions page: an action marked done, by a call and from the keyboard,
// and the step undone.

#include "tests/common/windowfixture.h"
#include "ui/actions/actionspage.h"
#include "ui/commands/dbcommand.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QInputDialog>
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
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto* text = dialog->findChild<QPlainTextEdit*>();
            QVERIFY(text);
            QTest::keyClicks(text, QStringLiteral("Rang back, sent a voucher"));
            dialog->accept();
        });
        QTest::keyClick(view, Qt::Key_D, Qt::ControlModifier);
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
};

QTEST_MAIN(TestActionsPage)
#include "tst_actionspage.moc"
