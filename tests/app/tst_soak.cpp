// A minute of many hands on one file: the window's pages driven in this
// process (pages shown and scrolled, interactions logged, profiles saved,
// follow-ups closed, undo, backups) while three cxdesk processes import,
// export, erase and back up the same database in a loop. Afterwards every
// record that was written is there exactly once, nothing that was refused is
// there at all, every refusal in the window was reported, `check` is ok, the
// -wal file stayed bounded and was checkpointed, and no statement was ever
// left open between the window's actions.
//
// CXDESK_SOAK_SECONDS sets the length (default 60).

#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "core/demo/demo.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/storage/sqlutil.h"
#include "tests/common/testdb.h"
#include "ui/actions/actionspage.h"
#include "ui/commands/dbcommand.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerspage.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionform.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>
#include <memory>

using namespace cx;

namespace {

// One of the three programs beside the window: it runs its next command as
// soon as the last one is over, until the time is up.
class Hand
{
public:
    using Next = std::function<QStringList(int round)>;
    using Done =
        std::function<void(int round, const QStringList& args, int status, const QString& err)>;
    Hand(QString name, Next next, Done done)
        : m_name(std::move(name)), m_next(std::move(next)), m_done(std::move(done))
    {
    }

    // Starts the next command when the previous one is over; false once stopped and idle.
    bool step(bool timeUp)
    {
        if (m_process && m_process->state() != QProcess::NotRunning)
            return true;
        if (m_process) {
            const int status =
                m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
            m_done(m_round, m_args, status, QString::fromUtf8(m_process->readAllStandardError()));
            m_process.reset();
            ++m_round;
        }
        if (timeUp)
            return false;
        m_args = m_next(m_round);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QString::fromLocal8Bit(qgetenv("CXDESK_CLI")), m_args);
        return true;
    }
    int rounds() const { return m_round; }
    QString name() const { return m_name; }

private:
    QString m_name;
    Next m_next;
    Done m_done;
    std::unique_ptr<QProcess> m_process;
    QStringList m_args;
    int m_round = 0;
};

} // namespace

class TestSoak : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void manyHandsForAMinute()
    {
        const int seconds = qEnvironmentVariableIsSet("CXDESK_SOAK_SECONDS")
                                ? qEnvironmentVariableIntValue("CXDESK_SOAK_SECONDS")
                                : 60;
        cxtest::TestDb t;
        {
            DemoOptions o;
            o.customers = 400;
            o.interactions = 4000;
            o.responses = 600;
            o.end = QDate::currentDate();
            QString error;
            QVERIFY2(DemoGenerator(t.sql()).generate(o, nullptr, &error), qPrintable(error));
        }
        const QString db = t.path();
        const QString busy = sql::busyMessage();

        // What the programs beside the window did, and what they were refused.
        QSet<QString> imported, erased, importRefused;
        QStringList unexpected; // a program failing for any reason but a busy database
        int refusedBusy = 0;
        auto note = [&](const QString& who, const QStringList& args, int status,
                        const QString& err) {
            if (status == 0)
                return true;
            if (status == 1 && err.contains(busy)) {
                ++refusedBusy;
                return false;
            }
            unexpected << QStringLiteral("%1 %2: exit %3: %4")
                              .arg(who, args.join(QLatin1Char(' ')))
                              .arg(status)
                              .arg(err);
            return false;
        };
        // Now and then a long import, which holds the write lock for a second
        // or so; importing it again changes nothing (the rows match on their content).
        const QString bulk = t.dir() + QStringLiteral("/bulk.csv");
        {
            QFile f(bulk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("occurred_at,customer_external_id,channel,kind,customer_rating,notes\n");
            for (int i = 0; i < 20000; ++i)
                f.write(
                    QStringLiteral("2026-0%1-1%2T09:%3:00+01:00,C%4,Store,purchase,%5,bulk %6\n")
                        .arg(1 + i % 9)
                        .arg(i % 9)
                        .arg(10 + i % 50)
                        .arg(1 + i % 300, 6, 10, QLatin1Char('0'))
                        .arg(1 + i % 5)
                        .arg(i)
                        .toUtf8());
        }
        bool bulkImported = false;
        Hand importer(
            QStringLiteral("importer"),
            [&](int round) {
                if (round % 10 == 9)
                    return QStringList{QStringLiteral("--db"), db, QStringLiteral("import"),
                                       QStringLiteral("interactions"), bulk};
                const QString file = t.dir() + QStringLiteral("/soak-%1.csv").arg(round);
                QFile f(file);
                if (f.open(QIODevice::WriteOnly)) {
                    f.write("external_id,name,email\n");
                    for (int i = 0; i < 25; ++i)
                        f.write(QStringLiteral("S%1-%2,Soak Customer %1-%2,s%1.%2@example.org\n")
                                    .arg(round)
                                    .arg(i)
                                    .toUtf8());
                }
                return QStringList{QStringLiteral("--db"), db, QStringLiteral("import"),
                                   QStringLiteral("customers"), file};
            },
            [&](int round, const QStringList& args, int status, const QString& err) {
                if (args.contains(QStringLiteral("interactions"))) {
                    bulkImported |= note(QStringLiteral("importer"), args, status, err);
                    return;
                }
                for (int i = 0; i < 25; ++i)
                    (note(QStringLiteral("importer"), args, status, err) ? imported : importRefused)
                        << QStringLiteral("S%1-%2").arg(round).arg(i);
            });
        Hand reader(
            QStringLiteral("reader"),
            [&](int round) {
                if (round % 2)
                    return QStringList{QStringLiteral("--db"), db, QStringLiteral("backup"),
                                       t.dir() + QStringLiteral("/cli-backup.sqlite")};
                return QStringList{
                    QStringLiteral("--db"),   db,
                    QStringLiteral("export"), QStringLiteral("interactions"),
                    QStringLiteral("--out"),  t.dir() + QStringLiteral("/export.csv")};
            },
            [&](int, const QStringList& args, int status, const QString& err) {
                // Reading never waits for a writer: these always succeed.
                if (status != 0)
                    unexpected << QStringLiteral("reader %1: exit %2: %3")
                                      .arg(args.join(QLatin1Char(' ')))
                                      .arg(status)
                                      .arg(err);
            });
        QStringList toErase;
        QString erasing;
        Hand eraser(
            QStringLiteral("eraser"),
            [&](int) {
                erasing.clear();
                for (const QString& id : std::as_const(imported))
                    if (!erased.contains(id) && !toErase.contains(id)) {
                        erasing = id;
                        break;
                    }
                if (erasing.isEmpty()) // nothing imported yet: a read meanwhile
                    return QStringList{QStringLiteral("--db"), db, QStringLiteral("metrics"),
                                       QStringLiteral("--json")};
                toErase << erasing;
                return QStringList{QStringLiteral("--db"), db, QStringLiteral("customer"),
                                   QStringLiteral("erase"), erasing};
            },
            [&](int, const QStringList& args, int status, const QString& err) {
                if (note(QStringLiteral("eraser"), args, status, err) &&
                    args.contains(QStringLiteral("erase")))
                    erased << args.last();
                toErase.removeAll(args.last());
            });

        // The window.
        MainWindow w(t.db());
        QStringList warnings; // every step the window refused and said so
        w.undoStack()->setWarn([&](const QString& title, const QString& message) {
            warnings << title + QStringLiteral(": ") + message;
        });
        w.resize(1280, 800);
        w.show();
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* customers = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        auto* interactions =
            qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        auto* actions = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        customers->detail()->setConflictChoice(
            [](const QString&, const QString&) { return ConflictChoice::SaveMine; });
        customers->detail()->setConfirm([](const QString&) { return true; });
        interactions->setConflictChoice(
            [](const QString&, const QString&) { return ConflictChoice::SaveMine; });

        QStringList logged, notLogged; // the window's interactions, by their notes
        int refusedHere = 0, steps = 0, backups = 0, undos = 0, openAfterStep = 0;
        qint64 walMax = 0;
        const QString wal = db + QStringLiteral("-wal");
        QRandomGenerator rng(7);
        QElapsedTimer clock;
        clock.start();
        bool anyRunning = true;
        while (anyRunning) {
            const bool timeUp = clock.elapsed() > seconds * 1000;
            anyRunning = false;
            for (Hand* h : {&importer, &reader, &eraser})
                anyRunning |= h->step(timeUp);
            if (timeUp) {
                QTest::qWait(50);
                continue;
            }
            // One action of the window's, as a user would, then the event loop runs (the watcher
            // among it).
            QString error;
            switch (steps++ % 8) {
            case 0:
                w.showPage(QStringLiteral("customers"));
                while (customers->model()->canFetchMore() && customers->model()->rowCount() < 2000)
                    customers->model()->fetchMore();
                break;
            case 1: {
                w.showPage(QStringLiteral("interactions"));
                Interaction i;
                i.occurredAt = QStringLiteral("2026-11-30T10:%1:00+01:00")
                                   .arg(steps % 60, 2, 10, QLatin1Char('0'));
                i.kind = QStringLiteral("visit");
                i.notes = QStringLiteral("soak %1").arg(steps);
                emit interactions->form()->submitted(i);
                if (interactions->form()->problem().isEmpty()) {
                    logged << i.notes;
                } else {
                    notLogged << i.notes;
                    warnings << interactions->form()->problem();
                    interactions->form()->clear();
                }
                break;
            }
            case 2: {
                w.showPage(QStringLiteral("customers"));
                const qint64 id = 1 + rng.bounded(300); // an original customer: nobody erases those
                customers->openCustomer(id);
                const QString text = QStringLiteral("soak note %1").arg(steps);
                customers->detail()->notesField()->setPlainText(text);
                if (!customers->detail()->saveProfile(&error))
                    warnings << error;
                emit customers->detail()->back();
                break;
            }
            case 3: {
                w.showPage(QStringLiteral("actions"));
                if (actions->model()->rowCount() > 0) {
                    const auto a = ActionRepository(t.sql()).byId(actions->model()->idAt(0));
                    if (a && a->status == ActionStatus::Open &&
                        !actions->markDone(*a, QStringLiteral("soak"), &error))
                        warnings << error;
                }
                break;
            }
            case 4:
                if (w.undoStack()->canUndo()) {
                    w.undoStack()->undo();
                    ++undos;
                }
                break;
            case 5:
                if (w.backupTo(t.dir() + QStringLiteral("/window-backup.sqlite"), &error))
                    ++backups;
                else
                    warnings << error;
                break;
            case 6:
                w.showPage(QStringLiteral("dashboard"));
                break;
            case 7:
                w.showPage(QStringLiteral("journeys"));
                break;
            }
            // Between the user's actions the window holds nothing open.
            if (!cxtest::openStatements(t.sql()).isEmpty())
                ++openAfterStep;
            walMax = std::max(walMax, QFileInfo(wal).size());
            QTest::qWait(40 + rng.bounded(60));
        }
        // The undo steps taken may have removed some of the window's interactions: the database
        // says which remain.
        for (const QString& w2 : std::as_const(warnings))
            refusedHere += w2.contains(busy);
        qInfo().noquote() << QStringLiteral(
                                 "%1 s: window %2 steps (%3 interactions logged, %4 refused, %5 "
                                 "undos, %6 backups), "
                                 "importer %7, reader %8, eraser %9 rounds; refused as busy: %10 "
                                 "there, %11 here; "
                                 "largest -wal %12 KB; refreshes after others wrote: %13")
                                 .arg(clock.elapsed() / 1000)
                                 .arg(steps)
                                 .arg(logged.size())
                                 .arg(notLogged.size())
                                 .arg(undos)
                                 .arg(backups)
                                 .arg(importer.rounds())
                                 .arg(reader.rounds())
                                 .arg(eraser.rounds())
                                 .arg(refusedBusy)
                                 .arg(refusedHere)
                                 .arg(walMax / 1024)
                                 .arg(w.refreshesAfterChangesElsewhere());

        QCOMPARE(unexpected, QStringList());
        QCOMPARE(openAfterStep, 0);
        QVERIFY(importer.rounds() >= 5 && reader.rounds() >= 5 && eraser.rounds() >= 5);
        QVERIFY(w.refreshesAfterChangesElsewhere() > 0);
        // Every refusal in the window said why, and that why was a busy database or an edit made
        // elsewhere.
        for (const QString& m : std::as_const(warnings))
            QVERIFY2(m.contains(busy) || m.contains(QLatin1String("in another window or program")),
                     qPrintable(m));

        // Every record written is there exactly once; nothing refused is there at all.
        for (const QString& n : std::as_const(notLogged))
            QCOMPARE(
                t.scalar(
                     QStringLiteral("SELECT count(*) FROM interactions WHERE notes = '%1'").arg(n))
                    .toInt(),
                0);
        int kept = 0;
        for (const QString& n : std::as_const(logged)) {
            const int c =
                t.scalar(
                     QStringLiteral("SELECT count(*) FROM interactions WHERE notes = '%1'").arg(n))
                    .toInt();
            QVERIFY2(c <= 1, qPrintable(n));
            kept += c;
        }
        QVERIFY(kept >= logged.size() - undos); // only an undo takes one away
        for (const QString& id : std::as_const(imported))
            QCOMPARE(
                t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE external_id = '%1'")
                             .arg(id))
                    .toInt(),
                erased.contains(id) ? 0 : 1);
        for (const QString& id : std::as_const(importRefused))
            QCOMPARE(
                t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE external_id = '%1'")
                             .arg(id))
                    .toInt(),
                0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM (SELECT uuid FROM interactions "
                                         "GROUP BY uuid HAVING count(*) > 1)"))
                     .toInt(),
                 0);
        QVERIFY(bulkImported);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(DISTINCT notes), count(*) FROM interactions "
                                         "WHERE notes LIKE 'bulk %'"))
                     .toInt(),
                 20000);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM interactions WHERE notes LIKE 'bulk %'"))
                .toInt(),
            20000);
        QCOMPARE(checkDatabase(t.sql()), QStringList());

        // The -wal file stayed bounded, and nothing holds it: a checkpoint now folds all of it
        // back.
        QVERIFY2(walMax < 48 * 1024 * 1024, qPrintable(QString::number(walMax)));
        QSqlQuery checkpoint(t.sql());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) &&
                checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // not blocked by any reader
        checkpoint.finish();
        QCOMPARE(QFileInfo(wal).size(), qint64(0));
        // And the backups taken meanwhile are sound.
        for (const char* copy : {"/window-backup.sqlite", "/cli-backup.sqlite"}) {
            Database b;
            QString error;
            QVERIFY2(b.open(t.dir() + QLatin1String(copy), &error, Database::OpenMode::MustExist),
                     qPrintable(error));
            QCOMPARE(checkDatabase(b.sql()), QStringList());
        }
    }
};

QTEST_MAIN(TestSoak)
#include "tst_soak.moc"
