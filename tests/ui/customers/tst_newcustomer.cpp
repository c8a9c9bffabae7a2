// Adding a customer by hand: the suggested number, duplicates pointed out
// while typing with a link to the existing customer, File → New on the
// Customers page, undo and redo, and adding an unknown name from the quick
// entry of an interaction.

#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "tests/common/windowfixture.h"
#include "ui/commands/dbcommand.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/newcustomerdialog.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionform.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace cx;

namespace {
QAction* newItemAction(MainWindow& w)
{
    for (QAction* a : w.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            return a;
    return nullptr;
}
} // namespace

class TestNewCustomer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void dialogSuggestsANumberAndPointsOutDuplicates()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 100));
        EditStack undo(t.db());
        int changes = 0;
        NewCustomerDialog dialog(t.db(), &undo, [&] { ++changes; });
        // The demo numbers are C000001 … C000050.
        QCOMPARE(dialog.numberField()->text(), QStringLiteral("C000051"));
        QCOMPARE(dialog.firstContactField()->date(), QDate::currentDate());
        QVERIFY(dialog.segmentField()->count() > 1); // the segments in use
        QVERIFY(!dialog.saveButton()->isEnabled());  // no name yet
        dialog.nameField()->setText(QStringLiteral("Zoë Fenwick"));
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.saveButton()->text(), QStringLiteral("Save"));

        const qint64 otherId =
            t.scalar(QStringLiteral("SELECT id FROM customers WHERE email IS NOT NULL ORDER BY id "
                                    "LIMIT 1"))
                .toLongLong();
        const Customer other = *CustomerRepository(t.sql()).byId(otherId);
        // Typed in another case: found once typing pauses.
        dialog.emailField()->setText(other.email.toUpper());
        QVERIFY(dialog.duplicates().isEmpty());
        QTRY_VERIFY(!dialog.duplicates().isEmpty());
        QCOMPARE(dialog.duplicates().first().customer.id, otherId);
        QCOMPARE(dialog.duplicates().first().field, CustomerDuplicate::Email);
        QVERIFY(dialog.duplicatesLabel()->isVisibleTo(&dialog));
        const QString warning = dialog.duplicatesLabel()->text();
        QVERIFY2(warning.contains(other.name.toHtmlEscaped()) &&
                     warning.contains(other.externalId) && warning.contains(QLatin1String("email")),
                 qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("customer:%1").arg(otherId)));
        // A shared email may be saved, after the warning.
        QVERIFY(dialog.saveButton()->isEnabled());
        QCOMPARE(dialog.saveButton()->text(), QStringLiteral("Save anyway"));

        // A taken number may not.
        dialog.numberField()->setText(other.externalId);
        dialog.checkDuplicates();
        QCOMPARE(dialog.duplicates().first().field, CustomerDuplicate::Number);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY(!dialog.save());
        QVERIFY(dialog.problem().contains(QLatin1String("taken")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 50);

        // A phone written differently is the same phone.
        dialog.numberField()->setText(QStringLiteral("C000051"));
        dialog.emailField()->clear();
        const QString phone = t.scalar(QStringLiteral("SELECT phone FROM customers WHERE phone IS "
                                                      "NOT NULL ORDER BY id LIMIT 1"))
                                  .toString();
        dialog.phoneField()->setText(QString(phone).replace(QLatin1Char(' '), QLatin1Char('-')));
        // Saving before the look-up shows what it found first, and saves on the next press.
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.duplicates().isEmpty());
        for (const CustomerDuplicate& d : dialog.duplicates())
            QCOMPARE(d.field, CustomerDuplicate::Phone);
        QVERIFY(dialog.save());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.saved().id > 0);
        QCOMPARE(changes, 1);
        const auto stored = CustomerRepository(t.sql()).byId(dialog.saved().id);
        QVERIFY(stored);
        QCOMPARE(stored->name, QStringLiteral("Zoë Fenwick"));
        QCOMPARE(stored->externalId, QStringLiteral("C000051"));
        QCOMPARE(stored->firstContactOn, QDate::currentDate());
        // Found and sorted like every other customer.
        QVERIFY(t.scalar(QStringLiteral("SELECT search_key LIKE 'zoe fenwick | %' AND sort_key IS "
                                        "NOT NULL FROM customers WHERE id = %1")
                             .arg(stored->id))
                    .toBool());
        QCOMPARE(CustomerRepository(t.sql()).findOne(QStringLiteral("zoe fen")), stored->id);

        // Undo removes it, redo brings back the same record.
        undo.undo();
        QVERIFY(!CustomerRepository(t.sql()).byId(stored->id));
        undo.redo();
        const auto back = CustomerRepository(t.sql()).byId(stored->id);
        QVERIFY(back);
        QCOMPARE(back->uuid, stored->uuid);
        QCOMPARE(changes, 3);
        QVERIFY(checkDatabase(t.sql()).isEmpty());
    }

    void ctrlNOnTheCustomersPage()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 100));
        MainWindow w(t.db());
        w.filterBar()->setPreset(FilterBar::AllTime);
        QAction* newItem = newItemAction(w);
        QVERIFY(newItem);
        w.showPage(QStringLiteral("dashboard"));
        QVERIFY(!newItem->isEnabled());
        w.showPage(QStringLiteral("customers"));
        QVERIFY(newItem->isEnabled());
        QCOMPARE(newItem->text(), QStringLiteral("New &customer…"));
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 existing =
            t.scalar(QStringLiteral("SELECT id FROM customers WHERE email IS NOT NULL ORDER BY id "
                                    "DESC LIMIT 1"))
                .toLongLong();
        const QString email =
            t.scalar(QStringLiteral("SELECT email FROM customers WHERE id = %1").arg(existing))
                .toString();

        // First the link to the existing customer: the dialog closes and
        // their page opens, nothing is added.
        page->setRunDialog([&](QDialog* d) {
            auto* dialog = qobject_cast<NewCustomerDialog*>(d);
            QVERIFY(dialog);
            dialog->nameField()->setText(QStringLiteral("Walk In"));
            dialog->emailField()->setText(email);
            dialog->checkDuplicates();
            emit dialog->duplicatesLabel()->linkActivated(
                QStringLiteral("customer:%1").arg(existing));
        });
        newItem->trigger();
        QVERIFY(page->isShowingCustomer());
        QCOMPARE(page->detail()->customerId(), existing);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 50);
        QCOMPARE(w.undoStack()->count(), 0);

        // Then a new one: saved, in the list, and their page opens.
        page->setRunDialog([&](QDialog* d) {
            auto* dialog = qobject_cast<NewCustomerDialog*>(d);
            QVERIFY(dialog);
            dialog->nameField()->setText(QStringLiteral("Ada Quill"));
            dialog->segmentField()->setCurrentText(QStringLiteral("Walk-ins"));
            QVERIFY(dialog->save());
        });
        newItem->trigger();
        const qint64 id =
            t.scalar(QStringLiteral("SELECT id FROM customers WHERE name = 'Ada Quill'"))
                .toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(page->detail()->customerId(), id);
        QCOMPARE(page->detail()->nameField()->text(), QStringLiteral("Ada Quill"));
        page->setSearch(QStringLiteral("ada qu"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->idAt(0), id);
        QCOMPARE(w.undoStack()->count(), 1);
        // Undo: gone, and the page gives way to the list.
        w.undoStack()->undo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE id = %1").arg(id))
                     .toInt(),
                 0);
        QVERIFY(!page->isShowingCustomer());
        QCOMPARE(page->model()->rowCount(), 0);
        w.undoStack()->redo();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->idAt(0), id);
    }

    void undoRefusedOnceTheCustomerHasRecords()
    {
        cxtest::TestDb t;
        EditStack undo(t.db());
        QString warning;
        undo.setWarn([&](const QString&, const QString& message) { warning = message; });
        NewCustomerDialog dialog(t.db(), &undo, {});
        QCOMPARE(dialog.numberField()->text(), QStringLiteral("C-0001"));
        dialog.nameField()->setText(QStringLiteral("Ada Quill"));
        QVERIFY(dialog.save());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO interactions (uuid, customer_id, occurred_at) "
                                      "VALUES ('i-1', %1, '2026-03-01T10:00:00Z')")
                           .arg(dialog.saved().id)));
        undo.undo();
        QVERIFY2(warning.contains(QLatin1String("Ada Quill")), qPrintable(warning));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 1);
    }

    void quickEntryAddsAnUnknownName()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 100));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        InteractionForm* form = page->form();
        QString prefilled;
        page->setRunDialog([&](QDialog* d) {
            auto* dialog = qobject_cast<NewCustomerDialog*>(d);
            QVERIFY(dialog);
            prefilled = dialog->nameField()->text();
            QVERIFY(dialog->save());
        });

        // A known name is offered as itself, and no addition.
        const QString known =
            t.scalar(QStringLiteral("SELECT name FROM customers ORDER BY id LIMIT 1")).toString();
        form->customerField()->clear();
        QTest::keyClicks(form->customerField(), known);
        QVERIFY(form->addCustomerEntry().isEmpty());

        // An unknown one: the last completion offers to add it.
        form->customerField()->clear();
        QTest::keyClicks(form->customerField(), QStringLiteral("Newt Person"));
        QCOMPARE(form->addCustomerEntry(), QStringLiteral("Add 'Newt Person' as a new customer…"));
        auto* matches = form->customerCompleter()->model();
        QCOMPARE(matches->index(matches->rowCount() - 1, 0).data().toString(),
                 form->addCustomerEntry());
        emit form->customerCompleter()->activated(form->addCustomerEntry());
        QCOMPARE(prefilled, QStringLiteral("Newt Person"));
        const auto added = CustomerRepository(t.sql()).byExternalId(QStringLiteral("C000051"));
        QVERIFY(added);
        QCOMPARE(added->name, QStringLiteral("Newt Person"));
        QCOMPARE(form->customerField()->text(), QStringLiteral("Newt Person — C000051"));
        Interaction i;
        QString error;
        QVERIFY2(form->collect(&i, &error), qPrintable(error));
        QCOMPARE(i.customerId, added->id);

        // Logging with a name nobody has offers the same, as a link under the form.
        form->clear();
        form->customerField()->setText(QStringLiteral("Olive Oyl"));
        QVERIFY(!form->collect(&i, &error));
        QVERIFY(form->addCustomerLink()->isVisibleTo(form));
        QVERIFY(form->addCustomerLink()->text().contains(QLatin1String("Olive Oyl")));
        emit form->addCustomerLink()->linkActivated(QStringLiteral("add"));
        QCOMPARE(prefilled, QStringLiteral("Olive Oyl"));
        QVERIFY(!form->addCustomerLink()->isVisibleTo(form));
        QVERIFY2(form->collect(&i, &error), qPrintable(error));
        QCOMPARE(i.customerId,
                 CustomerRepository(t.sql()).byExternalId(QStringLiteral("C000052"))->id);
        // Each addition is a step of the history.
        QCOMPARE(w.undoStack()->count(), 2);
    }
};

QTEST_MAIN(TestNewCustomer)
#include "tst_newcustomer.moc"
