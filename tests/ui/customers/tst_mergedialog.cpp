// Merging two customers from the list: two rows selected enable Merge…, the
// dialog proposes which values stay, the choices made land on the record
// kept, and Edit → Undo brings the other back with all of its records.

#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "tests/common/windowfixture.h"
#include "ui/commands/dbcommand.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/mergedialog.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QPushButton>
#include <QTableView>
#include <QtTest>

using namespace cx;

class TestMergeDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void dialogProposesAndTakesTheChoices()
    {
        cxtest::TestDb t;
        CustomerRepository customers(t.sql());
        Customer older;
        older.name = QStringLiteral("zoe@example.com"); // as the kiosk names her
        older.email = QStringLiteral("zoe@example.com");
        older.firstContactOn = QDate(2026, 1, 5);
        Customer real;
        real.name = QStringLiteral("Zoë Fenwick");
        real.externalId = QStringLiteral("C-1042");
        real.email = QStringLiteral("zoe.fenwick@example.com");
        real.phone = QStringLiteral("07700 123456");
        real.firstContactOn = QDate(2026, 2, 1);
        real.notes = QStringLiteral("Prefers oat milk");
        QString error;
        QVERIFY(customers.insert(real, &error) && customers.insert(older, &error));
        QVERIFY(
            t.exec(QStringLiteral("INSERT INTO surveys (uuid, title) VALUES ('s-1', 'Visit')")));
        QVERIFY(t.exec(QStringLiteral("INSERT INTO responses (uuid, survey_id, customer_id, "
                                      "submitted_at, source) SELECT 'r-1', id, %1, "
                                      "'2026-01-05T10:00:00Z', 'kiosk' FROM surveys LIMIT 1")
                           .arg(older.id)));
        EditStack undo(t.db());
        int changes = 0;
        MergeDialog dialog(t.db(), &undo, real, older, [&] { ++changes; });
        // The older record stays; each field keeps the value that is there,
        // the older one's when both are, but never a name that is only an email.
        QCOMPARE(dialog.kept(), MergeDialog::Right);
        QCOMPARE(dialog.choice(MergeDialog::Name), MergeDialog::Left);
        QCOMPARE(dialog.choice(MergeDialog::Number), MergeDialog::Left);
        QCOMPARE(dialog.choice(MergeDialog::Email), MergeDialog::Right);
        QCOMPARE(dialog.choice(MergeDialog::Phone), MergeDialog::Left);
        QCOMPARE(dialog.choice(MergeDialog::FirstContact), MergeDialog::Right);
        QCOMPARE(dialog.choice(MergeDialog::Notes), MergeDialog::Left);
        QCOMPARE(dialog.countsText(MergeDialog::Left),
                 QStringLiteral("Interactions: 0 · Responses: 0 · Follow-ups: 0"));
        QCOMPARE(dialog.countsText(MergeDialog::Right),
                 QStringLiteral("Interactions: 0 · Responses: 1 · Follow-ups: 0"));
        // The user prefers the real record's email, and keeps the real record.
        dialog.choose(MergeDialog::Email, MergeDialog::Left);
        dialog.keep(MergeDialog::Left);
        const MergePlan plan = dialog.plan();
        QCOMPARE(plan.kept.id, real.id);
        QCOMPARE(plan.dropped.id, older.id);
        QCOMPARE(plan.result.email, real.email);
        QCOMPARE(plan.result.firstContactOn, QDate(2026, 1, 5));
        QVERIFY(dialog.merge());
        QCOMPARE(changes, 1);
        QVERIFY(!customers.byId(older.id));
        const Customer merged = *customers.byId(real.id);
        QCOMPARE(merged.name, QStringLiteral("Zoë Fenwick"));
        QCOMPARE(merged.email, real.email);
        QCOMPARE(merged.firstContactOn, QDate(2026, 1, 5));
        QCOMPARE(merged.notes, real.notes);
        QCOMPARE(t.scalar(QStringLiteral("SELECT customer_id FROM responses WHERE uuid = 'r-1'"))
                     .toLongLong(),
                 real.id);
        undo.undo();
        QCOMPARE(customers.byId(older.id)->name, older.name);
        QCOMPARE(customers.byId(real.id)->firstContactOn, QDate(2026, 2, 1));
        QCOMPARE(t.scalar(QStringLiteral("SELECT customer_id FROM responses WHERE uuid = 'r-1'"))
                     .toLongLong(),
                 older.id);
        undo.redo();
        QVERIFY(!customers.byId(older.id));
        QVERIFY(checkDatabase(t.sql()).isEmpty());
    }

    void mergeFromTheList()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 40, 400));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPushButton* mergeButton = nullptr;
        for (QPushButton* b : page->findChildren<QPushButton*>())
            if (b->text() == QStringLiteral("Merge…"))
                mergeButton = b;
        QVERIFY(mergeButton);
        QVERIFY(!mergeButton->isEnabled());
        QTableView* view = page->view();
        const QModelIndex first = page->model()->index(0, 0);
        const QModelIndex second = page->model()->index(1, 0);
        view->selectionModel()->select(first,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!mergeButton->isEnabled());
        view->selectionModel()->select(second,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(mergeButton->isEnabled());
        const qint64 a = page->model()->idAt(0);
        const qint64 b = page->model()->idAt(1);
        const int linked =
            t.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id IN (%1, "
                                    "%2)")
                         .arg(a)
                         .arg(b))
                .toInt();
        qint64 kept = 0;
        page->setRunDialog([&](QDialog* d) {
            auto* dialog = qobject_cast<MergeDialog*>(d);
            QVERIFY(dialog);
            kept = dialog->plan().kept.id;
            QVERIFY(dialog->merge());
        });
        mergeButton->click();
        QVERIFY(kept == a || kept == b);
        const qint64 dropped = kept == a ? b : a;
        QVERIFY(page->isShowingCustomer());
        QCOMPARE(page->detail()->customerId(), kept);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE customer_id = %1")
                              .arg(kept))
                     .toInt(),
                 linked);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 39);
        QVERIFY(checkDatabase(t.sql()).isEmpty());
        w.undoStack()->undo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 40);
        QVERIFY(
            t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(dropped))
                .toInt() == 1);
        QVERIFY(checkDatabase(t.sql()).isEmpty());
        // Merge needs exactly two.
        view->clearSelection();
        view->selectionModel()->select(first,
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(!mergeButton->isEnabled());
    }
};

QTEST_MAIN(TestMergeDialog)
#include "tst_mergedialog.moc"
