// The customers page: the list read page by page as the view asks, its search
// and status, a customer's timeline and undoable profile edits, and erasure.

#include "tests/common/windowfixture.h"
#include "ui/commands/dbcommand.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerspage.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"
#include "ui/widgets/querymodel.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QtTest>

using namespace cx;

class TestCustomersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void customersModelIsLazyAndSearchable()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 700, 100));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        // Only the first page is read until the view asks for more.
        QCOMPARE(page->model()->rowCount(), QueryModel::FirstPage);
        QVERIFY(page->model()->canFetchMore());
        page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), 2 * QueryModel::FirstPage);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), 700);
        QVERIFY(!page->model()->canFetchMore());
        page->setSearch(QStringLiteral("C000123"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, CustomersModel::ExternalId).data().toString(),
                 QStringLiteral("C000123"));
        QVERIFY(page->model()->index(0, 0).data(QueryModel::IdRole).toLongLong() > 0);
        page->setSearch(QStringLiteral("%")); // a literal percent sign, not a wildcard
        QCOMPARE(page->model()->rowCount(), 0);
        page->setSearch(QString());
        page->setStatus(CustomersPage::Prospects);
        const int prospects =
            t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE converted_on IS NULL"))
                .toInt();
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), prospects);
    }

    // Ctrl+Z in a field with nothing of its own to undo undoes the last saved
    // change; a field with typing of its own undoes that first.
    void undoKeyReachesTheWindowFromAField()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 30, 60));
        MainWindow w(t.db());
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(QStringLiteral("customers"));
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        const qint64 id = t.scalar(QStringLiteral("SELECT min(id) FROM customers")).toLongLong();
        page->openCustomer(id);
        CustomerDetail* detail = page->detail();
        detail->notesField()->setPlainText(QStringLiteral("Saved note"));
        QString error;
        QVERIFY2(detail->saveProfile(&error), qPrintable(error));
        auto notes = [&] {
            return t
                .scalar(QStringLiteral("SELECT coalesce(notes, '') FROM customers WHERE id = %1")
                            .arg(id))
                .toString();
        };
        QCOMPARE(notes(), QStringLiteral("Saved note"));
        QLineEdit* name = detail->nameField();
        name->setFocus();
        QVERIFY(!name->isUndoAvailable());
        QTest::keyClick(name, Qt::Key_X); // typing of its own: Ctrl+Z takes it back first
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!name->text().endsWith(QLatin1Char('x')));
        QCOMPARE(notes(), QStringLiteral("Saved note"));
        QVERIFY(!name->isUndoAvailable());
        QTest::keyClick(name, Qt::Key_Z, Qt::ControlModifier); // nothing left: the saved change
        QVERIFY(notes() != QStringLiteral("Saved note"));
    }

    void customersAddedElsewhereAreFoundWithoutAccents()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 10));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Another program adds a customer, knowing nothing of the search keys.
        QVERIFY(t.exec(QStringLiteral("INSERT INTO customers (uuid, name, phone) VALUES "
                                      "('outside-1', 'Zoë Müller', '07700 123 456')")));
        page->refresh();
        page->setSearch(QStringLiteral("zoe muller"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, CustomersModel::Name).data().toString(),
                 QStringLiteral("Zoë Müller"));
        page->setSearch(QStringLiteral("07700123456"));
        QCOMPARE(page->model()->rowCount(), 1);
    }

    void customerPageTimelineAndEdits()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        const qint64 id =
            t.scalar(QStringLiteral("SELECT customer_id FROM interactions GROUP BY customer_id "
                                    "ORDER BY count(*) DESC LIMIT 1"))
                .toLongLong();
        page->openCustomer(id);
        QVERIFY(page->isShowingCustomer());
        CustomerDetail* detail = page->detail();
        // Every interaction, response and action of this customer, newest first.
        const int expected =
            t.scalar(QStringLiteral(
                         "SELECT (SELECT count(*) FROM interactions WHERE customer_id = %1) + "
                         "(SELECT count(*) FROM responses WHERE customer_id = %1) + "
                         "(SELECT count(*) FROM actions WHERE customer_id = %1)")
                         .arg(id))
                .toInt();
        QCOMPARE(detail->timeline()->topLevelItemCount(), expected);
        for (int i = 0; i < expected; ++i)
            QVERIFY2(!detail->timeline()->topLevelItem(i)->text(2).startsWith(QStringLiteral("·")),
                     qPrintable(detail->timeline()->topLevelItem(i)->text(2)));
        QVERIFY(detail->timeline()->topLevelItem(0)->text(0) >=
                detail->timeline()->topLevelItem(expected - 1)->text(0));

        const QString oldName =
            t.scalar(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)).toString();
        detail->nameField()->setText(QStringLiteral("Renamed Customer"));
        QString error;
        QVERIFY2(detail->saveProfile(&error), qPrintable(error));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)).toString(),
            QStringLiteral("Renamed Customer"));
        w.undoStack()->undo();
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT name FROM customers WHERE id = %1").arg(id)).toString(),
            oldName);

        detail->nameField()->clear();
        QVERIFY(!detail->saveProfile(&error));
        QVERIFY(error.contains(QLatin1String("needs a name")));

        QVERIFY(detail->addAction(QStringLiteral("Send a birthday voucher"), &error));
        QCOMPARE(detail->timeline()->topLevelItemCount(), expected + 1);
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT due_on FROM actions WHERE title = 'Send a birthday voucher'"))
                     .toString(),
                 QDate::currentDate().addDays(3).toString(Qt::ISODate));
        w.undoStack()->undo();
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM actions WHERE title = 'Send a birthday voucher'"))
                .toInt(),
            0);
    }

    void eraseFromTheCustomerPage()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        const qint64 id =
            t.scalar(QStringLiteral("SELECT id FROM customers WHERE external_id = 'C000012'"))
                .toLongLong();
        page->openCustomer(id);
        QString asked, error;
        page->detail()->setConfirm([&asked](const QString& q) {
            asked = q;
            return false;
        });
        QVERIFY(!page->detail()->erase(false, &error));
        QVERIFY(asked.contains(QLatin1String("This cannot be undone")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(id))
                     .toInt(),
                 1);
        QTemporaryDir dir;
        QVERIFY(page->detail()->exportData(dir.filePath(QStringLiteral("c.json")), &error));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("c.json"))).size() > 100);
        page->detail()->setConfirm([](const QString&) { return true; });
        QVERIFY2(page->detail()->erase(false, &error), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(id))
                     .toInt(),
                 0);
        QVERIFY(!page->isShowingCustomer());
        QVERIFY(!w.undoStack()->canUndo());
    }
};

QTEST_MAIN(TestCustomersPage)
#include "tst_customerspage.moc"
