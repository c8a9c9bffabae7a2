// The action repository: open, overdue, done and reopened, each change
// raising the row version; an update of every field refused over a version
// it has not seen; notes added and removed; the staff list.

#include "core/actions/actionrepository.h"
#include "core/actions/staff.h"
#include "core/contact/contactrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestActionRepository : public QObject
{
    Q_OBJECT

private slots:
    void actions()
    {
        cxtest::TestDb t;
        ActionRepository repo(t.sql());
        Action a;
        a.title = QStringLiteral("Call Ann back");
        a.createdAt = QStringLiteral("2026-03-01T10:00:00+01:00");
        a.dueOn = QDate(2026, 3, 4);
        QString error;
        QVERIFY2(repo.insert(a, &error), qPrintable(error));
        QCOMPARE(repo.openCount(), 1);
        QCOMPARE(repo.overdueCount(QDate(2026, 3, 4)), 0);
        QCOMPARE(repo.overdueCount(QDate(2026, 3, 5)), 1);
        QCOMPARE(a.rowVersion, 1);
        QVERIFY(repo.markDone(a, QStringLiteral("Voucher sent"),
                              QStringLiteral("2026-03-02T09:00:00+01:00"), &error));
        QCOMPARE(a.rowVersion, 2);
        QCOMPARE(repo.byId(a.id)->status, ActionStatus::Done);
        QCOMPARE(repo.byId(a.id)->resolution, QStringLiteral("Voucher sent"));
        QCOMPARE(repo.byId(a.id)->rowVersion, 2);
        QCOMPARE(repo.openCount(), 0);
        QVERIFY(repo.reopen(a, &error));
        QCOMPARE(repo.openCount(), 1);
        QCOMPARE(repo.byId(a.id)->rowVersion, 3);
    }

    void updateWritesEveryFieldAndRefusesAStaleVersion()
    {
        cxtest::TestDb t;
        ActionRepository repo(t.sql());
        QVERIFY(t.exec(QStringLiteral("INSERT INTO customers (id, uuid, name) VALUES (7, 'u7', "
                                      "'Zoë Fenwick')")));
        Action a;
        a.title = QStringLiteral("Call back");
        a.createdAt = QStringLiteral("2026-03-01T10:00:00+01:00");
        a.createdBy = QStringLiteral("Priya");
        QString error;
        QVERIFY2(repo.insert(a, &error), qPrintable(error));
        QCOMPARE(repo.byId(a.id)->createdBy, QStringLiteral("Priya"));
        const Action read = a;
        a.title = QStringLiteral("Call Zoë back");
        a.customerId = 7;
        a.dueOn = QDate(2026, 3, 9);
        a.owner = QStringLiteral(" Sam ");
        a.status = ActionStatus::Done;
        a.closedAt = QStringLiteral("2026-03-02T09:00:00+01:00");
        a.resolution = QStringLiteral("Apologised");
        QVERIFY2(repo.update(a, &error, &read), qPrintable(error));
        QCOMPARE(a.rowVersion, 2);
        const Action stored = *repo.byId(a.id);
        QCOMPARE(stored.title, QStringLiteral("Call Zoë back"));
        QCOMPARE(stored.customerId, 7);
        QCOMPARE(stored.dueOn, QDate(2026, 3, 9));
        QCOMPARE(stored.owner, QStringLiteral("Sam"));
        QCOMPARE(stored.status, ActionStatus::Done);
        QCOMPARE(stored.closedAt, QStringLiteral("2026-03-02T09:00:00+01:00"));
        QCOMPARE(stored.resolution, QStringLiteral("Apologised"));
        QCOMPARE(stored.rowVersion, 2);
        // Written from the version first read: refused, naming what changed.
        Action stale = read;
        stale.owner = QStringLiteral("Jo");
        QVERIFY(!repo.update(stale, &error, &read));
        QVERIFY2(error.contains(QLatin1String("owner")), qPrintable(error));
        QCOMPARE(repo.byId(a.id)->owner, QStringLiteral("Sam"));
        // Reopened: no closing time, nobody owns it.
        a.status = ActionStatus::Open;
        a.owner.clear();
        QVERIFY2(repo.update(a, &error), qPrintable(error));
        QVERIFY(repo.byId(a.id)->closedAt.isEmpty());
        QVERIFY(t.scalar(QStringLiteral("SELECT owner FROM actions")).isNull());
        a.title = QStringLiteral("  ");
        QVERIFY(!repo.update(a, &error));
    }

    void notesAreAddedAndRemoved()
    {
        cxtest::TestDb t;
        ActionRepository repo(t.sql());
        Action a;
        a.title = QStringLiteral("Call back");
        a.createdAt = QStringLiteral("2026-03-01T10:00:00+01:00");
        QString error;
        QVERIFY(repo.insert(a, &error));
        ActionNote second{0, a.id, QStringLiteral("2026-03-02T10:00:00+01:00"),
                          QStringLiteral("Jo"), QStringLiteral("Rang again")};
        ActionNote first{0, a.id, QStringLiteral("2026-03-01T11:00:00+01:00"),
                         QStringLiteral("Sam"), QStringLiteral(" Left a voicemail ")};
        QVERIFY2(repo.addNote(second, &error), qPrintable(error));
        QVERIFY2(repo.addNote(first, &error), qPrintable(error));
        QVERIFY(first.id > 0);
        // Oldest first, trimmed.
        QVector<ActionNote> notes = repo.notes(a.id);
        QCOMPARE(notes.size(), 2);
        QCOMPARE(notes[0].text, QStringLiteral("Left a voicemail"));
        QCOMPARE(notes[0].author, QStringLiteral("Sam"));
        QCOMPARE(notes[1].text, QStringLiteral("Rang again"));
        // Removed, then back with the same id (as an undo and a redo do).
        const qint64 id = first.id;
        QVERIFY(repo.removeNote(id, &error));
        QCOMPARE(repo.notes(a.id).size(), 1);
        QVERIFY(!repo.removeNote(id, &error));
        QVERIFY(repo.addNote(first, &error));
        QCOMPARE(first.id, id);
        QCOMPARE(repo.notes(a.id).size(), 2);
        ActionNote empty{
            0, a.id, QStringLiteral("2026-03-02T10:00:00+01:00"), {}, QStringLiteral(" ")};
        QVERIFY(!repo.addNote(empty, &error));
        // The dialog's contact history reads the follow-up's contacts.
        QVERIFY(
            t.exec(QStringLiteral(
                       "INSERT INTO customers (id, uuid, name) VALUES (3, 'u3', 'Ann');\n"
                       "INSERT INTO contacts (customer_id, action_id, contacted_at, how, template, "
                       "contacted_by) VALUES (3, %1, '2026-03-02T12:00:00+01:00', 'email', "
                       "'apology', 'Jo')")
                       .arg(a.id)));
        const QVector<Contact> contacts = ContactRepository(t.sql()).forAction(a.id);
        QCOMPARE(contacts.size(), 1);
        QCOMPARE(contacts[0].how, QStringLiteral("email"));
        QCOMPARE(contacts[0].templateName, QStringLiteral("apology"));
        QCOMPARE(contacts[0].contactedBy, QStringLiteral("Jo"));
    }

    void dueAndOverdue()
    {
        cxtest::TestDb t;
        ActionRepository repo(t.sql());
        QString error;
        for (const QDate& due : {QDate(2026, 3, 3), QDate(2026, 3, 4), QDate(2026, 3, 5)}) {
            Action a;
            a.title = QStringLiteral("Due %1").arg(due.toString(Qt::ISODate));
            a.createdAt = QStringLiteral("2026-03-01T10:00:00+01:00");
            a.dueOn = due;
            QVERIFY(repo.insert(a, &error));
        }
        QCOMPARE(repo.dueByCount(QDate(2026, 3, 4)), 2);
        const QVector<Action> overdue = repo.overdue(QDate(2026, 3, 4));
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue[0].title, QStringLiteral("Due 2026-03-03"));
    }

    void staffList()
    {
        cxtest::TestDb t;
        QVERIFY(staffNames(t.sql()).isEmpty());
        QString error;
        QVERIFY(setStaffNames(t.sql(),
                              {QStringLiteral(" Sam "), QStringLiteral("Priya"),
                               QStringLiteral("sam"), QString(), QStringLiteral("Jo")},
                              &error));
        QCOMPARE(staffNames(t.sql()), QStringList({QStringLiteral("Sam"), QStringLiteral("Priya"),
                                                   QStringLiteral("Jo")}));
        // One name a line in the setting.
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'staff'")).toString(),
            QStringLiteral("Sam\nPriya\nJo"));
        const Setting seen = SettingsRepository(t.sql()).get(settingkeys::Staff);
        QVERIFY(setStaffNames(t.sql(), {QStringLiteral("Jo")}, &error, &seen));
        QVERIFY(!setStaffNames(t.sql(), {QStringLiteral("Sam")}, &error, &seen));
        QVERIFY2(error.contains(QLatin1String("staff list")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestActionRepository)
#include "tst_actionrepository.moc"
