// The command line on a PostgreSQL server gives what it gives on a file: the
// same sample business, the same metrics to the last digit for every period
// and grouping, byte-equal exports, and the address never shows a password.
// copy moves a business between a file and a server either way; backup on a
// server writes a file of its data, and restore puts one back after checking it.
// check (and --repair) and customer erase do on a server what they do on a file.

#include "tests/common/pgserver.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestCliServer : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    QTemporaryDir m_dir;
    QString m_file, m_uri;

    static QByteArray run(const QStringList& args, int* code = nullptr)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(qEnvironmentVariable("CXDESK_CLI"), args);
        if (!p.waitForFinished(180000))
            return "(timed out)";
        if (code)
            *code = p.exitCode();
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    static QByteArray fileText(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("shop"), &error), qPrintable(error));
        m_file = m_dir.filePath(QStringLiteral("shop.sqlite"));
        m_uri = m_server.uri(QStringLiteral("shop"));
        for (const QString& db : {m_file, m_uri}) {
            int code = -1;
            const QByteArray out = run({QStringLiteral("--db"), db, QStringLiteral("demo")}, &code);
            QVERIFY2(code == 0, out.constData());
        }
    }

    void sameMetrics_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("all time") << QStringList();
        QTest::newRow("a month") << QStringList{
            QStringLiteral("--from"), QStringLiteral("2026-06-01"), QStringLiteral("--to"),
            QStringLiteral("2026-06-30")};
        for (const char* by : {"channel", "touchpoint", "segment", "month"})
            QTest::newRow(by) << QStringList{QStringLiteral("--by"), QLatin1String(by)};
    }

    void sameMetrics()
    {
        QFETCH(QStringList, args);
        int a = -1, b = -1;
        const QByteArray onFile =
            run(QStringList{QStringLiteral("--db"), m_file, QStringLiteral("metrics"),
                            QStringLiteral("--json")} +
                    args,
                &a);
        const QByteArray onServer =
            run(QStringList{QStringLiteral("--db"), m_uri, QStringLiteral("metrics"),
                            QStringLiteral("--json")} +
                    args,
                &b);
        QCOMPARE(a, 0);
        QCOMPARE(b, 0);
        QVERIFY(onFile.contains("\"nps\""));
        QCOMPARE(onServer, onFile);
    }

    void byteEqualExports()
    {
        for (const char* kind : {"customers", "interactions"}) {
            const QString one =
                m_dir.filePath(QStringLiteral("file-%1.csv").arg(QLatin1String(kind)));
            const QString two =
                m_dir.filePath(QStringLiteral("server-%1.csv").arg(QLatin1String(kind)));
            int a = -1, b = -1;
            run({QStringLiteral("--db"), m_file, QStringLiteral("export"), QLatin1String(kind),
                 QStringLiteral("--out"), one},
                &a);
            const QByteArray said = run({QStringLiteral("--db"), m_uri, QStringLiteral("export"),
                                         QLatin1String(kind), QStringLiteral("--out"), two},
                                        &b);
            QCOMPARE(a, 0);
            QVERIFY2(b == 0, said.constData());
            QVERIFY(fileText(one).size() > 1000);
            QCOMPARE(fileText(two), fileText(one));
        }
    }

    // The business goes from the file to a server and from there to another
    // file, unchanged; a server that holds a business is replaced only when told.
    void copyThereAndBack()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("team"), &error), qPrintable(error));
        const QString team = m_server.uri(QStringLiteral("team"));
        int code = -1;
        QByteArray said = run({QStringLiteral("copy"), QStringLiteral("--from"), m_file,
                               QStringLiteral("--to"), team},
                              &code);
        QVERIFY2(code == 0, said.constData());
        QVERIFY2(said.contains("each checked against the source"), said.constData());
        QVERIFY2(said.contains("interactions"), said.constData());

        said = run({QStringLiteral("copy"), QStringLiteral("--from"), m_file,
                    QStringLiteral("--to"), team},
                   &code);
        QVERIFY2(code != 0, said.constData());
        QVERIFY2(said.contains("already holds a business"), said.constData());
        said = run({QStringLiteral("copy"), QStringLiteral("--from"), m_file,
                    QStringLiteral("--to"), team, QStringLiteral("--force")},
                   &code);
        QVERIFY2(code == 0, said.constData());
        said = run(
            {QStringLiteral("--db"), team, QStringLiteral("copy"), QStringLiteral("--to"), team},
            &code);
        QVERIFY2(code != 0 && said.contains("same database"), said.constData());

        // --from defaults to --db: from the server to a file at home.
        const QString home = m_dir.filePath(QStringLiteral("home.sqlite"));
        said = run(
            {QStringLiteral("--db"), team, QStringLiteral("copy"), QStringLiteral("--to"), home},
            &code);
        QVERIFY2(code == 0, said.constData());
        for (const QString& db : {team, home}) {
            const QString out = m_dir.filePath(QStringLiteral("copied-customers.csv"));
            said = run({QStringLiteral("--db"), db, QStringLiteral("export"),
                        QStringLiteral("customers"), QStringLiteral("--out"), out},
                       &code);
            QVERIFY2(code == 0, said.constData());
            const QString original = m_dir.filePath(QStringLiteral("original-customers.csv"));
            said = run({QStringLiteral("--db"), m_file, QStringLiteral("export"),
                        QStringLiteral("customers"), QStringLiteral("--out"), original},
                       &code);
            QVERIFY2(code == 0, said.constData());
            QVERIFY(fileText(original).size() > 1000);
            QCOMPARE(fileText(out), fileText(original));
        }
    }

    // backup on a server writes a file of its data; restore on another server
    // database checks the file, keeps what was there, and puts the backup's data in.
    void backupAndRestoreOnAServer()
    {
        QString error;
        QVERIFY2(m_server.createDatabase(QStringLiteral("branch"), &error), qPrintable(error));
        const QString branch = m_server.uri(QStringLiteral("branch"));
        int code = -1;
        QByteArray said =
            run({QStringLiteral("--db"), branch, QStringLiteral("demo"), QStringLiteral("--seed"),
                 QStringLiteral("7"), QStringLiteral("--customers"), QStringLiteral("40")},
                &code);
        QVERIFY2(code == 0, said.constData());
        const QByteArray branchMetrics = run(
            {QStringLiteral("--db"), branch, QStringLiteral("metrics"), QStringLiteral("--json")});
        const QByteArray shopMetrics = run(
            {QStringLiteral("--db"), m_uri, QStringLiteral("metrics"), QStringLiteral("--json")});
        QVERIFY(branchMetrics.contains("\"nps\""));
        QVERIFY(branchMetrics != shopMetrics);

        const QString backup = m_dir.filePath(QStringLiteral("shop-backup.sqlite"));
        said = run({QStringLiteral("--db"), m_uri, QStringLiteral("backup"), backup}, &code);
        QVERIFY2(code == 0, said.constData());
        QCOMPARE(run({QStringLiteral("--db"), backup, QStringLiteral("metrics"),
                      QStringLiteral("--json")}),
                 shopMetrics);

        // A file that is not a database is refused and changes nothing.
        const QString broken = m_dir.filePath(QStringLiteral("broken.sqlite"));
        QFile junk(broken);
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        said = run({QStringLiteral("--db"), branch, QStringLiteral("restore"), broken}, &code);
        QVERIFY2(code != 0, said.constData());
        QVERIFY2(said.contains("broken.sqlite"), said.constData());
        QCOMPARE(run({QStringLiteral("--db"), branch, QStringLiteral("metrics"),
                      QStringLiteral("--json")}),
                 branchMetrics);

        said = run({QStringLiteral("--db"), branch, QStringLiteral("restore"), backup}, &code);
        QVERIFY2(code == 0, said.constData());
        QCOMPARE(run({QStringLiteral("--db"), branch, QStringLiteral("metrics"),
                      QStringLiteral("--json")}),
                 shopMetrics);
        // What the server held before is kept in a file beside the backup.
        const QString kept =
            QString::fromUtf8(said).section(QStringLiteral("kept as "), 1).trimmed();
        QVERIFY2(kept.contains(QStringLiteral("before-restore")), said.constData());
        QVERIFY2(QFile::exists(kept), qPrintable(kept));
        QCOMPARE(run({QStringLiteral("--db"), kept, QStringLiteral("metrics"),
                      QStringLiteral("--json")}),
                 branchMetrics);
    }

    void noPasswordInWhatIsSaid()
    {
        QString withPassword = m_uri;
        withPassword.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:hush@"));
        const QByteArray said =
            run({QStringLiteral("--db"), withPassword, QStringLiteral("metrics")});
        QVERIFY(!said.contains("hush"));
        const QByteArray wrong = run(
            {QStringLiteral("--db"),
             QString(withPassword).replace(QStringLiteral("/shop?"), QStringLiteral("/nosuch?")),
             QStringLiteral("metrics")});
        QVERIFY2(wrong.contains("no database \"nosuch\""), wrong.constData());
        QVERIFY(!wrong.contains("hush"));
    }

    // check on a server runs the same invariants and compares the same daily
    // sums with the raw rows; --repair rebuilds them, with the same words.
    void checkAndRepairOnAServer()
    {
        const QStringList both{m_file, m_uri};
        for (const QString& db : both) {
            int code = -1;
            const QByteArray said =
                run({QStringLiteral("--db"), db, QStringLiteral("check")}, &code);
            QVERIFY2(code == 0, said.constData());
            QCOMPARE(said, QByteArray("ok\n"));
        }
        for (const QString& db : both)
            QVERIFY(
                execOn(db, {QStringLiteral("UPDATE daily_answers SET n = n + 1 WHERE day = "
                                           "(SELECT min(day) FROM daily_answers)"),
                            QStringLiteral("UPDATE daily_interactions SET staff_sum = staff_sum "
                                           "+ 2 WHERE day = (SELECT max(day) FROM "
                                           "daily_interactions)")}));
        QList<QStringList> problems;
        for (const QString& db : both) {
            int code = -1;
            const QByteArray said =
                run({QStringLiteral("--db"), db, QStringLiteral("check")}, &code);
            QCOMPARE(code, 1);
            // Each line names the database first, then the problem.
            QStringList lines;
            for (const QString& line :
                 QString::fromUtf8(said).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                lines << line.section(QStringLiteral(": "), 1);
            problems << lines;
        }
        QVERIFY2(problems[0].size() >= 3, qPrintable(problems[0].join(QLatin1Char('\n'))));
        QVERIFY(problems[0].first().startsWith(QLatin1String("daily sums: ")));
        QCOMPARE(problems[1], problems[0]);
        QByteArray repaired;
        for (const QString& db : both) {
            int code = -1;
            const QByteArray said = run(
                {QStringLiteral("--db"), db, QStringLiteral("check"), QStringLiteral("--repair")},
                &code);
            QVERIFY2(code == 0, said.constData());
            QVERIFY2(said.startsWith("Rebuilt the daily sums from the raw rows (") &&
                         said.endsWith("differed)\nok\n"),
                     said.constData());
            if (db == m_file)
                repaired = said;
            else
                QCOMPARE(said, repaired);
            QCOMPARE(run({QStringLiteral("--db"), db, QStringLiteral("check")}),
                     QByteArray("ok\n"));
        }
    }

    // customer erase removes on a server what it removes from a file: what
    // remains exports byte for byte the same, and the person is in neither.
    void eraseOnAServerAsOnAFile()
    {
        QSqlDatabase file =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("ids"));
        file.setDatabaseName(m_file);
        QVERIFY(file.open());
        QStringList ids;
        QList<QStringList> exports{{QStringLiteral("customers")}, {QStringLiteral("interactions")}};
        {
            QSqlQuery q(file);
            QVERIFY(q.exec(QStringLiteral(
                "SELECT c.external_id FROM customers c WHERE c.external_id IS NOT NULL AND "
                "EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.notes IS "
                "NOT NULL) AND EXISTS (SELECT 1 FROM responses r WHERE r.customer_id = c.id) "
                "ORDER BY c.id LIMIT 2")));
            while (q.next())
                ids << q.value(0).toString();
            QVERIFY(q.exec(QStringLiteral("SELECT uuid FROM surveys ORDER BY id")));
            while (q.next())
                exports << QStringList{QStringLiteral("responses"), QStringLiteral("--survey"),
                                       q.value(0).toString()};
        }
        file.close();
        file = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("ids"));
        QCOMPARE(ids.size(), 2);
        QByteArray said[2];
        for (int i = 0; i < 2; ++i) {
            const QString db = i == 0 ? m_file : m_uri;
            int code = -1;
            said[i] = run({QStringLiteral("--db"), db, QStringLiteral("customer"),
                           QStringLiteral("erase"), ids[0]},
                          &code);
            QVERIFY2(code == 0, said[i].constData());
            said[i] += run({QStringLiteral("--db"), db, QStringLiteral("customer"),
                            QStringLiteral("erase"), ids[1], QStringLiteral("--purge")},
                           &code);
            QVERIFY2(code == 0, said[i].constData());
        }
        QCOMPARE(said[1], said[0]);
        QVERIFY(exports.size() > 2);
        for (const QStringList& what : exports) {
            QByteArray exported[2];
            for (int i = 0; i < 2; ++i) {
                const QString out = m_dir.filePath(QStringLiteral("erased-%1.csv").arg(i));
                int code = -1;
                const QByteArray msg =
                    run(QStringList{QStringLiteral("--db"), i == 0 ? m_file : m_uri,
                                    QStringLiteral("export")} +
                            what + QStringList{QStringLiteral("--out"), out},
                        &code);
                QVERIFY2(code == 0, msg.constData());
                exported[i] = fileText(out);
            }
            QVERIFY(exported[0].size() > 100);
            QCOMPARE(exported[1], exported[0]);
        }
        for (const QString& db : {m_file, m_uri})
            for (const QString& id : ids) {
                int code = -1;
                const QByteArray msg = run({QStringLiteral("--db"), db, QStringLiteral("customer"),
                                            QStringLiteral("export"), id},
                                           &code);
                QVERIFY2(code == 1, msg.constData());
            }
    }

private:
    // Statements run straight on a database, as another tool would.
    bool execOn(const QString& db, const QStringList& statements)
    {
        const bool server = db.startsWith(QLatin1String("postgresql:"));
        bool ok = true;
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(server ? QStringLiteral("QPSQL")
                                                                : QStringLiteral("QSQLITE"),
                                                         QStringLiteral("raw"));
            if (server) {
                raw.setHostName(m_server.socketDir());
                raw.setPort(m_server.port());
                raw.setUserName(QStringLiteral("postgres"));
                raw.setDatabaseName(QStringLiteral("shop"));
            } else {
                raw.setDatabaseName(db);
            }
            ok = raw.open();
            for (const QString& statement : statements) {
                QSqlQuery q(raw);
                if (ok && !q.exec(statement)) {
                    qWarning() << statement << q.lastError().text();
                    ok = false;
                }
            }
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        return ok;
    }
};

QTEST_MAIN(TestCliServer)
#include "tst_cliserver.moc"
