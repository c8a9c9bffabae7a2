// A follow-up opened in its dialog: every change one undoable step, notes
// added and undone, a change made elsewhere asked about; the contact hook;
// a new follow-up with the defaults from Settings; the staff tab; the
// reminders with a pinned clock; the list's filters under the model tester.

#include "core/actions/actionrepository.h"
#include "core/actions/followup.h"
#include "core/actions/staff.h"
#include "core/common/clock.h"
#include "core/customers/customerrepository.h"
#include "tests/common/windowfixture.h"
#include "ui/actions/actiondialog.h"
#include "ui/actions/actionspage.h"
#include "ui/actions/customerpicker.h"
#include "ui/actions/newactiondialog.h"
#include "ui/actions/reminders.h"
#include "ui/actions/stafftab.h"
#include "ui/commands/dbcommand.h"
#include "ui/contact/contactlinks.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace cx;

class TestActionDialog : public QObject
{
    Q_OBJECT

    // A small sample business, with the clock at nine this morning.
    static bool sample(cxtest::TestDb& t) { return cxtest::fillWithSampleData(t, 80, 600); }
    static QDateTime morning() { return QDateTime(QDate::currentDate(), QTime(9, 0)); }
    static qint64 someOpenAction(cxtest::TestDb& t)
    {
        return t
            .scalar(QStringLiteral("SELECT id FROM actions WHERE status = 'open' AND "
                                   "customer_id IS NOT NULL ORDER BY id LIMIT 1"))
            .toLongLong();
    }
    static QString field(cxtest::TestDb& t, qint64 id, const char* column)
    {
        return t
            .scalar(QStringLiteral("SELECT %1 FROM actions WHERE id = %2")
                        .arg(QLatin1String(column))
                        .arg(id))
            .toString();
    }

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void everyChangeIsAnUndoableStep()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        const qint64 id = someOpenAction(t);
        QVERIFY(id > 0);
        const QString title = field(t, id, "title");
        const QString due = field(t, id, "due_on");
        const QString owner = field(t, id, "owner");
        ActionDialog* d = page->openAction(id);
        QCOMPARE(d->titleField()->text(), title);
        EditStack* undo = w.undoStack();
        const int steps = undo->count();

        d->titleField()->setText(QStringLiteral("Ring back before Friday"));
        QVERIFY(d->saveChanges());
        QCOMPARE(field(t, id, "title"), QStringLiteral("Ring back before Friday"));
        d->ownerField()->setEditText(QStringLiteral("Jo"));
        QVERIFY(d->saveChanges());
        QCOMPARE(field(t, id, "owner"), QStringLiteral("Jo"));
        d->dueField()->setDate(QDate::currentDate().addDays(9));
        QVERIFY(d->saveChanges());
        QCOMPARE(field(t, id, "due_on"), QDate::currentDate().addDays(9).toString(Qt::ISODate));
        d->resolutionField()->setPlainText(QStringLiteral("Voucher posted"));
        d->statusField()->setCurrentIndex(1);
        QVERIFY(d->saveChanges()); // two fields: two steps
        QCOMPARE(field(t, id, "status"), QStringLiteral("done"));
        QCOMPARE(field(t, id, "resolution"), QStringLiteral("Voucher posted"));
        QVERIFY(!field(t, id, "closed_at").isEmpty());
        QCOMPARE(undo->count(), steps + 5);
        QCOMPARE(undo->undoText(), QStringLiteral("change what was done"));

        // Back one step at a time; the dialog follows.
        undo->undo();
        QCOMPARE(field(t, id, "resolution"), QString());
        QCOMPARE(d->resolutionField()->toPlainText(), QString());
        undo->undo();
        QCOMPARE(field(t, id, "status"), QStringLiteral("open"));
        QCOMPARE(field(t, id, "closed_at"), QString());
        QCOMPARE(d->statusField()->currentIndex(), 0);
        undo->undo();
        QCOMPARE(field(t, id, "due_on"), due);
        undo->undo();
        QCOMPARE(field(t, id, "owner"), owner);
        undo->undo();
        QCOMPARE(field(t, id, "title"), title);
        QCOMPARE(d->titleField()->text(), title);
        undo->redo();
        QCOMPARE(field(t, id, "title"), QStringLiteral("Ring back before Friday"));

        // Another customer, picked as the list offers it.
        const qint64 other = t.scalar(QStringLiteral("SELECT id FROM customers WHERE id <> (SELECT "
                                                     "customer_id FROM actions WHERE id = %1) "
                                                     "AND external_id IS NOT NULL LIMIT 1")
                                          .arg(id))
                                 .toLongLong();
        d->customerField()->setCustomer(other);
        QVERIFY(d->saveChanges());
        QCOMPARE(field(t, id, "customer_id").toLongLong(), other);
        undo->undo();
        QVERIFY(field(t, id, "customer_id").toLongLong() != other);
        // A name that is nobody's: nothing written, the reason shown, the text kept.
        d->customerField()->setText(QStringLiteral("Nobody Of That Name"));
        QVERIFY(!d->saveChanges());
        QVERIFY(d->problem()->text().contains(QLatin1String("Nobody Of That Name")));
        QCOMPARE(d->customerField()->text(), QStringLiteral("Nobody Of That Name"));
        d->customerField()->setCustomer(d->action().customerId);
        d->reject();
    }

    void notesAreUndoable()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        const qint64 id = someOpenAction(t);
        ActionDialog* d = page->openAction(id);
        const auto notes = [&] {
            return t
                .scalar(QStringLiteral("SELECT count(*) FROM action_notes WHERE action_id = %1")
                            .arg(id))
                .toInt();
        };
        const int before = notes();
        d->noteAuthorField()->setEditText(QStringLiteral("Priya"));
        QVERIFY(d->addNote(QStringLiteral("Left a voicemail")));
        QCOMPARE(notes(), before + 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT author || ': ' || text FROM action_notes WHERE "
                                         "action_id = %1 ORDER BY id DESC LIMIT 1")
                              .arg(id))
                     .toString(),
                 QStringLiteral("Priya: Left a voicemail"));
        QVERIFY(d->notesList()
                    ->item(d->notesList()->count() - 1)
                    ->text()
                    .contains(QLatin1String("Left a voicemail")));
        QVERIFY(d->notesList()
                    ->item(d->notesList()->count() - 1)
                    ->text()
                    .contains(QLatin1String("Priya")));
        QVERIFY(!d->addNote(QStringLiteral("   ")));
        w.undoStack()->undo();
        QCOMPARE(notes(), before);
        w.undoStack()->redo();
        QCOMPARE(notes(), before + 1);
        d->reject();
    }

    void aChangeElsewhereIsAskedAbout()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        const qint64 id = someOpenAction(t);
        ActionDialog* d = page->openAction(id);
        // Another program gives it to Sam meanwhile (the trigger raises its version).
        QVERIFY(t.exec(QStringLiteral("UPDATE actions SET owner = 'Zed' WHERE id = %1").arg(id)));
        QString asked;
        d->setConflictChoice([&](const QString&, const QString& message) {
            asked = message;
            return ConflictChoice::KeepEditing;
        });
        d->titleField()->setText(QStringLiteral("Mine"));
        QVERIFY(!d->saveChanges());
        QVERIFY2(asked.contains(QLatin1String("owner")), qPrintable(asked));
        QCOMPARE(d->titleField()->text(), QStringLiteral("Mine")); // kept as typed
        QVERIFY(field(t, id, "title") != QStringLiteral("Mine"));
        d->setConflictChoice(
            [](const QString&, const QString&) { return ConflictChoice::SaveMine; });
        QVERIFY(d->saveChanges());
        QCOMPARE(field(t, id, "title"), QStringLiteral("Mine"));
        QCOMPARE(field(t, id, "owner"), QStringLiteral("Zed")); // theirs stays
        d->reject();
    }

    void contactLinksAndHistory()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        const qint64 id = t.scalar(QStringLiteral("SELECT a.id FROM actions a JOIN customers c ON "
                                                  "c.id = a.customer_id WHERE c.email IS NOT NULL "
                                                  "ORDER BY a.id LIMIT 1"))
                              .toLongLong();
        QVERIFY(id > 0);
        page->setContactHandler({}); // the window's own: see contactFromTheWindow
        ActionDialog* plain = page->openAction(id);
        QVERIFY(!plain->customerLinks()->text().contains(QLatin1String("href=\"email\"")));
        QVERIFY(plain->customerLinks()->text().contains(QLatin1String("href=\"customer\"")));
        QVERIFY(plain->contactsList()->isHidden());
        plain->reject();

        QVERIFY(t.exec(
            QStringLiteral("INSERT INTO contacts (customer_id, action_id, contacted_at, how, "
                           "template, contacted_by) SELECT customer_id, id, "
                           "'2026-03-02T12:00:00+01:00', 'email', 'apology', 'Jo' FROM actions "
                           "WHERE id = %1")
                .arg(id)));
        QList<std::tuple<qint64, qint64, QString>> calls;
        page->setContactHandler([&](qint64 customer, qint64 action, const QString& how) {
            calls << std::make_tuple(customer, action, how);
        });
        ActionDialog* d = page->openAction(id);
        QVERIFY(d->customerLinks()->text().contains(QLatin1String("href=\"email\"")));
        emit d->customerLinks()->linkActivated(QStringLiteral("email"));
        QCOMPARE(calls.size(), 1);
        QCOMPARE(std::get<1>(calls.first()), id);
        QCOMPARE(std::get<0>(calls.first()), d->action().customerId);
        QCOMPARE(std::get<2>(calls.first()), QStringLiteral("email"));
        QVERIFY(!d->contactsList()->isHidden());
        QCOMPARE(d->contactsList()->topLevelItemCount(), 1);
        QCOMPARE(d->contactsList()->topLevelItem(0)->text(2), QStringLiteral("Apology"));
        QCOMPARE(d->contactsList()->topLevelItem(0)->text(3), QStringLiteral("Jo"));
        // The customer's link asks the window for the profile.
        QSignalSpy open(d, &ActionDialog::openCustomer);
        emit d->customerLinks()->linkActivated(QStringLiteral("customer"));
        QCOMPARE(open.count(), 1);
    }

    // In the window, a follow-up's email link writes from a template in the
    // mail program and the contact joins the follow-up's history at once.
    void contactFromTheWindow()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        const qint64 id = t.scalar(QStringLiteral("SELECT a.id FROM actions a JOIN customers c ON "
                                                  "c.id = a.customer_id WHERE c.email IS NOT NULL "
                                                  "AND NOT EXISTS (SELECT 1 FROM contacts k WHERE "
                                                  "k.action_id = a.id) ORDER BY a.id LIMIT 1"))
                              .toLongLong();
        QVERIFY(id > 0);
        QList<QUrl> opened;
        setContactUrlOpener([&](const QUrl& url) {
            opened << url;
            return true;
        });
        setMessageChooser([](QWidget*, Database&, qint64, qint64) {
            return std::optional<MessageKind>(MessageKind::Apology);
        });
        ActionDialog* d = page->openAction(id);
        QVERIFY(d->customerLinks()->text().contains(QLatin1String("href=\"email\"")));
        QVERIFY(d->contactsList()->isHidden());
        d->titleField()->setText(QStringLiteral("Typed, not saved yet"));
        emit d->customerLinks()->linkActivated(QStringLiteral("email"));
        setContactUrlOpener({});
        setMessageChooser({});
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().scheme(), QStringLiteral("mailto"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE action_id = %1 AND "
                                         "how = 'email' AND template = 'apology'")
                              .arg(id))
                     .toInt(),
                 1);
        QVERIFY(!d->contactsList()->isHidden());
        QCOMPARE(d->contactsList()->topLevelItemCount(), 1);
        QCOMPARE(d->contactsList()->topLevelItem(0)->text(2), QStringLiteral("Apology"));
        QCOMPARE(d->titleField()->text(), QStringLiteral("Typed, not saved yet"));
        d->reject();
    }

    void enterOpensTheSelectedOne()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        w.show();
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        QVERIFY(page->model()->rowCount() > 1);
        page->view()->setFocus();
        page->view()->setCurrentIndex(page->model()->index(1, ActionsModel::Title));
        QTest::keyClick(page->view(), Qt::Key_Return);
        auto* d = qobject_cast<ActionDialog*>(QApplication::activeModalWidget());
        QVERIFY(d);
        QCOMPARE(d->action().id, page->model()->idAt(1));
        d->reject();
    }

    void theOriginOpensWhereItCameFrom()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        // The oldest complaint's follow-up: its interaction is outside the period shown.
        const qint64 id = t.scalar(QStringLiteral("SELECT id FROM actions WHERE interaction_id IS "
                                                  "NOT NULL ORDER BY created_at LIMIT 1"))
                              .toLongLong();
        const qint64 interaction =
            t.scalar(QStringLiteral("SELECT interaction_id FROM actions WHERE id = %1").arg(id))
                .toLongLong();
        ActionDialog* d = page->openAction(id);
        QVERIFY(d->originLink()->text().contains(QLatin1String("href=\"interaction\"")));
        emit d->originLink()->linkActivated(QStringLiteral("interaction"));
        QCOMPARE(w.currentPage(), QStringLiteral("interactions"));
        auto* interactions =
            qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QCOMPARE(interactions->model()->idAt(interactions->view()->currentIndex().row()),
                 interaction);
    }

    void newFollowUpTakesTheDefaultsFromSettings()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        QString error;
        QVERIFY(FollowUp(t.sql()).setDueDays(5, &error));
        Customer zoe;
        zoe.name = QStringLiteral("Zoë Müller");
        zoe.externalId = QStringLiteral("Z-1");
        QVERIFY(CustomerRepository(t.sql()).insert(zoe, &error));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        QCOMPARE(page->newItemText(), QStringLiteral("New &follow-up…"));
        {
            NewActionDialog d(t.db());
            QCOMPARE(d.dueField()->date(), QDate::currentDate().addDays(5));
            QCOMPARE(d.ownerField()->count(), 4); // nobody, then the staff list
            QCOMPARE(d.ownerField()->itemText(1), QStringLiteral("Sam"));
            QVERIFY(d.customerField()
                        ->matches(QStringLiteral("muller"))
                        .contains(QStringLiteral("Zoë Müller — Z-1")));
            Action a;
            QVERIFY(!d.collect(&a, &error)); // no title
            QVERIFY(!d.problem()->text().isEmpty());
        }
        const int before = t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt();
        page->setRunDialog([](QDialog* dialog) {
            auto* d = qobject_cast<NewActionDialog*>(dialog);
            d->titleField()->setText(QStringLiteral("Bring the cake stand back"));
            d->customerField()->setText(QStringLiteral("Zoë Müller — Z-1"));
            d->ownerField()->setEditText(QStringLiteral("Priya"));
            return int(QDialog::Accepted);
        });
        page->newItem();
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), before + 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT a.owner || ' ' || a.due_on || ' ' || c.name FROM "
                                         "actions a JOIN customers c ON c.id = a.customer_id "
                                         "WHERE a.title = 'Bring the cake stand back'"))
                     .toString(),
                 QStringLiteral("Priya %1 Zoë Müller")
                     .arg(QDate::currentDate().addDays(5).toString(Qt::ISODate)));
        w.undoStack()->undo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), before);
    }

    void staffTab()
    {
        cxtest::TestDb t;
        QVERIFY(sample(t));
        SettingsDialog s(t.db());
        StaffTab* tab = nullptr;
        for (int i = 0; i < s.tabs()->count(); ++i)
            if (auto* found = qobject_cast<StaffTab*>(s.tabs()->widget(i)))
                tab = found;
        QVERIFY(tab);
        QCOMPARE(tab->names(), QStringList({QStringLiteral("Sam"), QStringLiteral("Priya"),
                                            QStringLiteral("Jo")}));
        QVERIFY(tab->addName(QStringLiteral(" Alex ")));
        QVERIFY(!tab->addName(QStringLiteral("sam"))); // already there
        QVERIFY(tab->renameAt(1, QStringLiteral("Priya K.")));
        QVERIFY(!tab->renameAt(1, QStringLiteral("Jo")));
        QVERIFY(tab->moveBy(3, -3));
        QVERIFY(!tab->moveBy(0, -1));
        QVERIFY(tab->removeAt(3)); // Jo
        QVERIFY(s.save());
        QCOMPARE(staffNames(t.sql()), QStringList({QStringLiteral("Alex"), QStringLiteral("Sam"),
                                                   QStringLiteral("Priya K.")}));
        // Saved elsewhere meanwhile: asked, not written over.
        QString error;
        QVERIFY(setStaffNames(t.sql(), {QStringLiteral("Kim")}, &error));
        QVERIFY(tab->addName(QStringLiteral("Lee")));
        QString asked;
        s.setConflictChoice([&](const QString&, const QString& message) {
            asked = message;
            return ConflictChoice::KeepEditing;
        });
        QVERIFY(!s.save());
        QVERIFY2(asked.contains(QLatin1String("staff list")), qPrintable(asked));
        QCOMPARE(staffNames(t.sql()), QStringList({QStringLiteral("Kim")}));
    }

    void remindersCountAndNotifyOnce()
    {
        cxtest::TestDb t;
        QVERIFY(sample(t));
        const QDate today = QDate::currentDate();
        clock::Pinned pinned(QDateTime(today, QTime(9, 0)));
        // One open follow-up due today: overdue tomorrow, and notified then, once.
        QVERIFY(t.exec(QStringLiteral("UPDATE actions SET due_on = '%1' WHERE id = (SELECT id FROM "
                                      "actions WHERE status = 'open' ORDER BY id DESC LIMIT 1)")
                           .arg(today.toString(Qt::ISODate))));
        const qint64 dueToday =
            t.scalar(QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open' AND "
                                    "due_on = '%1'")
                         .arg(today.toString(Qt::ISODate)))
                .toLongLong();
        QVERIFY(dueToday >= 1);
        const qint64 due = ActionRepository(t.sql()).dueByCount(today);
        QVERIFY(due >= dueToday);
        Reminders r(t.db(), 0);
        QStringList notified;
        r.setNotify([&](const QString&, const QString& message) { notified << message; });
        QSignalSpy spy(&r, &Reminders::dueToday);
        r.check();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), due);
        QVERIFY(notified.isEmpty()); // what was overdue at the start is in the count
        r.check();
        QCOMPARE(spy.count(), 1); // the same day: said once
        clock::pin(QDateTime(today.addDays(1), QTime(0, 1)));
        r.check();
        QCOMPARE(spy.count(), 2); // a new morning
        QCOMPARE(notified.size(), int(dueToday));
        r.check();
        QCOMPARE(notified.size(), int(dueToday));
        clock::pin(QDateTime(today, QTime(9, 0)));
    }

    void theWindowSaysWhatIsDue()
    {
        cxtest::TestDb t;
        QVERIFY(sample(t));
        const clock::Pinned pinned(morning());
        const qint64 due = ActionRepository(t.sql()).dueByCount(QDate::currentDate());
        MainWindow w(t.db());
        QVERIFY(w.reminderText().contains(QLocale().toString(due)));
        w.showDueActions();
        QCOMPARE(w.currentPage(), QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        QCOMPARE(page->model()->rowCount() + (page->model()->canFetchMore() ? 1 : 0) > 0, true);
        QVERIFY(page->periodText().contains(QLatin1String("whenever")));
    }

    void theListFiltersUnderTheModelTester()
    {
        const clock::Pinned pinned(morning());
        cxtest::TestDb t;
        QVERIFY(sample(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setShow(ActionsPage::All);
        QVERIFY(page->periodText().startsWith(QLatin1String("Follow-ups opened")));
        const int all = page->model()->rowCount();
        QVERIFY(all > 0);
        // Owner: Sam's only.
        page->ownerFilter()->setCurrentIndex(page->ownerFilter()->findText(QStringLiteral("Sam")));
        QVERIFY(page->model()->rowCount() > 0);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QCOMPARE(page->model()->index(r, ActionsModel::Owner).data().toString(),
                     QStringLiteral("Sam"));
        page->ownerFilter()->setCurrentIndex(0);
        // Search by the customer's name, folded.
        const QString name = page->model()->index(0, ActionsModel::Customer).data().toString();
        page->searchField()->setText(name.toUpper());
        QTRY_VERIFY(page->model()->rowCount() < all);
        for (int r = 0; r < page->model()->rowCount(); ++r)
            QVERIFY(page->model()->index(r, ActionsModel::Customer).data().toString() == name ||
                    page->model()->index(r, ActionsModel::Title).data().toString().contains(name));
        page->searchField()->clear();
        QTRY_COMPARE(page->model()->rowCount(), all);
        // Latest due first from the header.
        page->view()->horizontalHeader()->setSortIndicator(ActionsModel::DueOn,
                                                           Qt::DescendingOrder);
        const QString first = page->model()->index(0, ActionsModel::DueOn).data().toString();
        const QString last = page->model()
                                 ->index(page->model()->rowCount() - 1, ActionsModel::DueOn)
                                 .data()
                                 .toString();
        QVERIFY(first >= last);
        // Overdue ones stand out.
        page->setShow(ActionsPage::Overdue);
        QVERIFY(page->model()->rowCount() > 0);
        const QModelIndex dueCell = page->model()->index(0, ActionsModel::DueOn);
        QVERIFY(dueCell.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!dueCell.data(Qt::ToolTipRole).toString().isEmpty());
        QVERIFY(page->periodText().contains(QLatin1String("whenever")));
    }
};

QTEST_MAIN(TestActionDialog)
#include "tst_actiondialog.moc"
