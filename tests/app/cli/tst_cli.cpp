// The command line as users and scripts see it: the real cxdesk process, its
// output, its exit status, and what it leaves on disk. With
// CXDESK_TEST_DB=postgresql the databases are on a throwaway server and the
// same commands must give the same answers; the tests about database files
// themselves (paths, files never created, a file that is no database) are
// the file's only.

#include "app/cli/command.h"
#include "core/contact/mailmerge.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/dashboard.h"
#include "tests/common/testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QtEndian>
#include <QtTest>
#include <cmath>

namespace {
struct Run
{
    int status = -1;
    QString out;
    QString err;
};

Run cxdesk(const QStringList& args, const QProcessEnvironment& extra = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CXDESK_DB"));
    for (const QString& k : extra.keys())
        env.insert(k, extra.value(k));
    p.setProcessEnvironment(env);
    p.start(QString::fromLocal8Bit(qgetenv("CXDESK_CLI")), args);
    Run r;
    if (!p.waitForFinished(300000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString file(const char* name) const { return m_dir.filePath(QLatin1String(name)); }
    // A new database: a file of that name, or a new database on the server.
    QString database(const char* name) const
    {
        if (!cxtest::onServer())
            return file(name);
        QString error;
        const QString address = cxtest::newServerDatabase(&error);
        if (address.isEmpty())
            qWarning() << "cannot make a database on the server:" << error;
        return address;
    }
    // A new database holding what the sample database holds.
    QString copyOfDemo(const char* name) const
    {
        if (!cxtest::onServer())
            return QFile::copy(m_demo, file(name)) ? file(name) : QString();
        const QString target = database(name);
        const Run r = cxdesk({QStringLiteral("copy"), QStringLiteral("--from"), m_demo,
                              QStringLiteral("--to"), target});
        if (r.status != 0)
            qWarning() << "cannot copy the sample database:" << r.err;
        return r.status == 0 ? target : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(QString::fromLocal8Bit(qgetenv("CXDESK_CLI"))));
        m_demo = database("demo.sqlite");
        QVERIFY(!m_demo.isEmpty());
        const Run r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                              QStringLiteral("--seed"), QStringLiteral("5"),
                              QStringLiteral("--end"), QStringLiteral("2026-06-30")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("500 customers")), qPrintable(r.out));
    }

    void importUsageNamesWhatItReads()
    {
        const Run r =
            cxdesk({QStringLiteral("--db"), file("usage.sqlite"), QStringLiteral("import")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QLatin1String("customers, interactions or responses")),
                 qPrintable(r.err));
    }

    void theClockCanBePinned()
    {
        // CXDESK_NOW pins "today" for a program: the sample history ends the day before.
        const QString db = database("pinned.sqlite");
        QProcessEnvironment env;
        env.insert(QStringLiteral("CXDESK_NOW"), QStringLiteral("2025-01-15T12:00:00+01:00"));
        Run r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("demo"),
                        QStringLiteral("--customers"), QStringLiteral("40"),
                        QStringLiteral("--interactions"), QStringLiteral("400"),
                        QStringLiteral("--responses"), QStringLiteral("60")},
                       env);
        QCOMPARE(r.status, 0);
        r = cxdesk(
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("interactions")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        const int column =
            lines.value(0).split(QLatin1Char(',')).indexOf(QStringLiteral("occurred_at"));
        QVERIFY2(column >= 0, qPrintable(lines.value(0)));
        QString last;
        for (int i = 1; i < lines.size(); ++i)
            last = std::max(last, lines[i].split(QLatin1Char(',')).value(column).left(10));
        QVERIFY2(last <= QStringLiteral("2025-01-14") && last >= QStringLiteral("2024-12-01"),
                 qPrintable(last));
    }

    void versionAndHelp()
    {
        Run r = cxdesk({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String("cxdesk ")));
        r = cxdesk({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char* command : {"demo", "metrics", "check", "backup", "restore", "screenshot"})
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
        for (const char* command :
             {"demo", "metrics", "check", "backup", "restore", "screenshot"}) {
            r = cxdesk({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.startsWith(QLatin1String("Usage: cxdesk")), command);
        }
        r = cxdesk({QStringLiteral("--help"), QStringLiteral("metrics")});
        QVERIFY(r.out.contains(QLatin1String("--by WHAT")));
        // Every column a customers file may have, tags and custom fields included.
        r = cxdesk({QStringLiteral("import"), QStringLiteral("--help")});
        for (const char* column : {"external_id", "notes", "tags", "custom field"})
            QVERIFY2(r.out.contains(QLatin1String(column)), column);
    }

    // The registry is the one list: it holds the commands users rely on,
    // and cxdesk --help shows each of them with its summary.
    void helpListsEveryCommand()
    {
        QStringList registered;
        for (const cx::cli::Command& command : cx::cli::commands())
            registered << QLatin1String(command.name);
        QCOMPARE(registered, QStringList({"demo", "metrics", "check", "backup", "restore", "copy",
                                          "import", "export", "customer", "survey", "comments",
                                          "report", "team", "screenshot"}));
        const Run r = cxdesk({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.err.isEmpty());
        const QString list =
            r.out.section(QStringLiteral("\nCommands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
        const QStringList lines = list.split(QLatin1Char('\n'));
        // Each command once, in the registry's order, its summary from the 18th
        // column: on its line, or on the next when the name and arguments are long.
        QStringList named;
        for (int i = 0; i < lines.size(); ++i) {
            const QString& line = lines.at(i);
            if (line.startsWith(QStringLiteral("   ")))
                continue; // a summary below its command
            QVERIFY2(line.startsWith(QStringLiteral("  ")), qPrintable(line));
            const int at = int(named.size());
            QVERIFY2(at < registered.size(), qPrintable(line));
            const cx::cli::Command& command = cx::cli::commands().at(at);
            QVERIFY2(line.startsWith(QStringLiteral("  %1").arg(QLatin1String(command.name))),
                     qPrintable(line));
            QString left = QLatin1String(command.name);
            if (*command.arguments)
                left += QLatin1Char(' ') + QLatin1String(command.arguments);
            const bool below = lines.value(i + 1).startsWith(QString(18, QLatin1Char(' ')));
            const QString summaryLine = below ? lines.value(i + 1) : line;
            if (below)
                QVERIFY2(line == QStringLiteral("  ") + left && left.size() > 14, qPrintable(line));
            else
                QCOMPARE(line.left(18).trimmed(), left);
            QCOMPARE(summaryLine.mid(18), QString::fromUtf8(command.summary));
            QVERIFY2(summaryLine.at(17).isSpace(), qPrintable(summaryLine));
            named << QLatin1String(command.name);
        }
        QCOMPARE(named, registered);
        // `cxdesk help` is the same, and `help COMMAND` is the command's --help.
        const Run spoken = cxdesk({QStringLiteral("help")});
        QCOMPARE(spoken.status, 0);
        QCOMPARE(spoken.out, r.out);
        const Run report = cxdesk({QStringLiteral("help"), QStringLiteral("report")});
        QCOMPARE(report.status, 0);
        QCOMPARE(report.out,
                 QString::fromUtf8(cx::cli::findCommand(QStringLiteral("report"))->help));
    }

    void everyCommandAnswersHelp_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("help");
        for (const cx::cli::Command& command : cx::cli::commands())
            QTest::newRow(command.name)
                << QString::fromLatin1(command.name) << QString::fromUtf8(command.help);
    }
    void everyCommandAnswersHelp()
    {
        if (cxtest::onServer())
            QSKIP("about a database file that help never creates");
        QFETCH(QString, name);
        QFETCH(QString, help);
        QVERIFY(help.startsWith(QStringLiteral("Usage: cxdesk [--db FILE] %1").arg(name)));
        // Whichever way it is asked, before or after the command's words, and
        // without touching the database.
        const QString db = file("help-creates-nothing.sqlite");
        const QList<QStringList> forms = {
            {name, "--help"}, {"--help", name}, {"-h", name}, {"help", name}};
        for (const QStringList& args : forms) {
            const Run r = cxdesk(QStringList{QStringLiteral("--db"), db} + args);
            QCOMPARE(r.status, 0);
            QCOMPARE(r.out, help);
            QCOMPARE(r.err, QString());
        }
        QVERIFY(!QFileInfo::exists(db));
    }

    void unknownCommandIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("alone") << QStringList{"frobnicate"};
        QTest::newRow("with arguments") << QStringList{"frobnicate", "customers", "--json"};
        QTest::newRow("asking for its help") << QStringList{"frobnicate", "--help"};
        QTest::newRow("after --help") << QStringList{"--help", "frobnicate"};
    }
    void unknownCommandIsAUsageError()
    {
        QFETCH(QStringList, args);
        const Run r = cxdesk(args);
        QCOMPARE(r.status, 2);
        QCOMPARE(r.err,
                 QStringLiteral("cxdesk: unknown command 'frobnicate' (see cxdesk --help)\n"));
        QCOMPARE(r.out, QString());
    }

    void usageErrorsExitTwoAndTouchNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command")
            << QStringList{"frobnicate"} << "unknown command 'frobnicate'";
        QTest::newRow("unknown global option")
            << QStringList{"--colour"} << "unknown option '--colour'";
        QTest::newRow("unknown option")
            << QStringList{"metrics", "--form", "2026-01-01"} << "unknown option '--form'";
        QTest::newRow("bad date") << QStringList{"metrics", "--from", "2026-13-01"}
                                  << "--from '2026-13-01' is not a date";
        QTest::newRow("impossible date")
            << QStringList{"metrics", "--to", "2026-02-30"} << "is not a date";
        QTest::newRow("reversed period")
            << QStringList{"metrics", "--from", "2026-05-01", "--to", "2026-04-01"}
            << "is after --to";
        QTest::newRow("bad --by") << QStringList{"metrics", "--by", "weekday"}
                                  << "--by 'weekday' is not one of";
        QTest::newRow("missing value") << QStringList{"metrics", "--channel"} << "needs a value";
        QTest::newRow("bad count")
            << QStringList{"demo", "--customers", "many"} << "--customers must be a whole number";
        QTest::newRow("backup without file") << QStringList{"backup"} << "name the backup file";
        QTest::newRow("bad language")
            << QStringList{"--lang", "klingon", "check"} << "is not a language code";
        QTest::newRow("flag with value")
            << QStringList{"metrics", "--json=yes"} << "takes no value";
    }
    void usageErrorsExitTwoAndTouchNothing()
    {
        if (cxtest::onServer())
            QSKIP("about a database file that a usage error never creates");
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString db = file("never-created.sqlite");
        const Run r = cxdesk(QStringList{QStringLiteral("--db"), db} + args);
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one line
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFileInfo::exists(db));
    }

    void unknownChannelAndSurveyAreUsageErrors()
    {
        Run r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("metrics"),
                        QStringLiteral("--channel"), QStringLiteral("Fax")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QLatin1String("no channel is named 'Fax'")));
        r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("metrics"),
                    QStringLiteral("--survey"),
                    QStringLiteral("00000000-0000-4000-8000-000000000000")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QLatin1String("no survey has the uuid")));
    }

    void notADatabaseFailsWithOne()
    {
        if (cxtest::onServer())
            QSKIP("about a file that is not a database");
        const QString path = file("letter.txt");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("Dear customer, thank you for your order.\n").repeated(100));
        f.close();
        for (const char* command : {"metrics", "check"}) {
            const Run r = cxdesk({QStringLiteral("--db"), path, QLatin1String(command)});
            QCOMPARE(r.status, 1);
            QVERIFY2(r.err.contains(QLatin1String("is not a database file")), qPrintable(r.err));
        }
        QCOMPARE(QFileInfo(path).size(), qint64(4100));
    }

    void missingFiles()
    {
        const QString db = database("x.sqlite");
        const Run r =
            cxdesk({QStringLiteral("--db"), db, QStringLiteral("restore"), file("missing.sqlite")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("no such file")), qPrintable(r.err));
        if (cxtest::onServer())
            return; // the rest is about files
        QVERIFY(!QFileInfo::exists(db));
        const Run s =
            cxdesk({QStringLiteral("--db"), file("no/folder/x.sqlite"), QStringLiteral("metrics")});
        QCOMPARE(s.status, 1);
        QVERIFY2(s.err.contains(QLatin1String("does not exist")), qPrintable(s.err));
    }

    void metricsJsonHasEveryKey()
    {
        const Run r = cxdesk(
            {QStringLiteral("--db"), m_demo, QStringLiteral("metrics"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        for (const char* key : {"nps_n",
                                "promoters",
                                "passives",
                                "detractors",
                                "nps",
                                "nps_margin",
                                "csat_n",
                                "csat",
                                "satisfaction_index",
                                "ces_n",
                                "ces",
                                "resolved_n",
                                "avg_resolution_hours",
                                "customers_at_start",
                                "new_customers",
                                "acquisition_rate",
                                "churned_customers",
                                "churn_rate",
                                "leads",
                                "converted_leads",
                                "conversion_rate",
                                "perception_gap_n",
                                "perception_gap"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(QStringLiteral("from")).toString(), QStringLiteral("2024-12-30"));
        QVERIFY(o.value(QStringLiteral("nps_n")).toInt() > 100);
    }

    // The numbers agree with a computation straight from the documented schema.
    void metricsAgreeWithIndependentSql()
    {
        const Run r = cxdesk(
            {QStringLiteral("--db"), m_demo, QStringLiteral("metrics"), QStringLiteral("--json"),
             QStringLiteral("--from"), QStringLiteral("2026-01-01"), QStringLiteral("--to"),
             QStringLiteral("2026-03-31"), QStringLiteral("--channel"), QStringLiteral("Store")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        cx::Database db;
        QString error;
        QVERIFY(db.open(m_demo, &error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT avg(CASE WHEN a.value_num >= 9 THEN 100.0 WHEN a.value_num <= 6 THEN -100.0 "
            "ELSE 0 END), count(*) "
            "FROM answers a, questions q, responses r, channels c WHERE a.question_id = q.id AND "
            "a.response_id = r.id "
            "AND r.channel_id = c.id AND c.name = 'Store' AND q.kind = 'nps' "
            "AND substr(r.submitted_at, 1, 10) BETWEEN '2026-01-01' AND '2026-03-31'")));
        QVERIFY(q.next());
        QCOMPARE(o.value(QStringLiteral("nps_n")).toInt(), q.value(1).toInt());
        QVERIFY(qAbs(o.value(QStringLiteral("nps")).toDouble() - q.value(0).toDouble()) < 1e-9);
        // Hours between two timestamps: julianday() on a file, the server's
        // reading of the same forms in milliseconds (docs/database.md).
        const QString hours =
            db.isServer()
                ? QStringLiteral("(cx_julian_ms(resolved_at) - cx_julian_ms(occurred_at)) / "
                                 "3600000.0")
                : QStringLiteral("(julianday(resolved_at) - julianday(occurred_at)) * 24");
        QVERIFY(q.exec(
            QStringLiteral("SELECT avg(%1), count(resolved_at) FROM interactions i ").arg(hours) +
            QStringLiteral("JOIN channels c ON c.id = i.channel_id WHERE c.name = 'Store' "
                           "AND substr(occurred_at, 1, 10) BETWEEN '2026-01-01' AND "
                           "'2026-03-31' AND resolved_at IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(o.value(QStringLiteral("resolved_n")).toInt(), q.value(1).toInt());
        QVERIFY(qAbs(o.value(QStringLiteral("avg_resolution_hours")).toDouble() -
                     q.value(0).toDouble()) < 1e-6);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT count(*), sum(CASE WHEN churned_on BETWEEN '2026-01-01' AND '2026-03-31' THEN "
            "1 "
            "ELSE 0 END) FROM customers "
            "WHERE converted_on < '2026-01-01' AND (churned_on IS NULL OR churned_on >= "
            "'2026-01-01')")));
        QVERIFY(q.next());
        QCOMPARE(o.value(QStringLiteral("customers_at_start")).toInt(), q.value(0).toInt());
        QCOMPARE(o.value(QStringLiteral("churned_customers")).toInt(), q.value(1).toInt());
        QVERIFY(q.value(1).toInt() > 0);
    }

    // The dashboard's numbers (daily sums, or raw rows for a segment) equal
    // `cxdesk metrics --json` for the same filters.
    void dashboardEqualsMetricsJson_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("segment");
        QTest::newRow("a quarter")
            << QStringList{"--from", "2026-01-01", "--to", "2026-03-31"} << ""
            << "";
        QTest::newRow("a month, Store")
            << QStringList{"--from", "2026-05-01", "--to", "2026-05-31", "--channel", "Store"}
            << "Store"
            << "";
        QTest::newRow("a year, Family")
            << QStringList{"--from", "2025-07-01", "--to", "2026-06-30", "--segment", "Family"}
            << ""
            << "Family";
    }
    void dashboardEqualsMetricsJson()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, channel);
        QFETCH(QString, segment);
        const Run r = cxdesk(QStringList{QStringLiteral("--db"), m_demo, QStringLiteral("metrics"),
                                         QStringLiteral("--json")} +
                             args);
        QCOMPARE(r.status, 0);
        const QJsonObject cli = QJsonDocument::fromJson(r.out.toUtf8()).object();
        cx::Database db;
        QString error;
        QVERIFY(db.open(m_demo, &error));
        cx::MetricsFilter f;
        f.from = QDate::fromString(args[1], Qt::ISODate);
        f.to = QDate::fromString(args[3], Qt::ISODate);
        if (!channel.isEmpty())
            f.channelId = cx::JourneyRepository(db.sql()).channelByName(channel)->id;
        f.segment = segment;
        cx::DashboardData d;
        QVERIFY2(cx::loadDashboard(db.sql(), f, &d, &error), qPrintable(error));
        const QJsonObject dash = d.current.toJson();
        QVERIFY(dash.value(QStringLiteral("nps_n")).toInt() > 0);
        for (const QString& key : dash.keys()) {
            const QJsonValue a = dash.value(key), b = cli.value(key);
            QVERIFY2(a.isNull() == b.isNull(), qPrintable(key));
            QVERIFY2(std::abs(a.toDouble() - b.toDouble()) <=
                         1e-9 * std::max(1.0, std::abs(b.toDouble())),
                     qPrintable(QStringLiteral("%1: dashboard %2, metrics %3")
                                    .arg(key)
                                    .arg(a.toDouble())
                                    .arg(b.toDouble())));
        }
    }

    void metricsTableIsReadable()
    {
        const Run r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("metrics"),
                              QStringLiteral("--from"), QStringLiteral("2026-01-01")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QLatin1String("Metrics from 2026-01-01 to ")));
        QVERIFY(QRegularExpression(QStringLiteral("Net Promoter Score +[+-]?\\d+ ± \\d+\\.\\d"))
                    .match(r.out)
                    .hasMatch());
        QVERIFY(r.out.contains(QLatin1String("Churned customers")));
    }

    void metricsByMonth()
    {
        Run r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("metrics"),
                        QStringLiteral("--json"), QStringLiteral("--by"), QStringLiteral("month"),
                        QStringLiteral("--from"), QStringLiteral("2026-01-15"),
                        QStringLiteral("--to"), QStringLiteral("2026-03-10")});
        QCOMPARE(r.status, 0);
        const QJsonArray groups = QJsonDocument::fromJson(r.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("groups"))
                                      .toArray();
        QCOMPARE(groups.size(), 3);
        QCOMPARE(groups[0].toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("2026-01"));
        QCOMPARE(groups[0].toObject().value(QStringLiteral("from")).toString(),
                 QStringLiteral("2026-01-15"));
        QCOMPARE(groups[2].toObject().value(QStringLiteral("to")).toString(),
                 QStringLiteral("2026-03-10"));
        r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("metrics"),
                    QStringLiteral("--by"), QStringLiteral("segment")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QLatin1String("Local regular")));
    }

    void defaultDatabaseIsTheOneHelpNames()
    {
        if (cxtest::onServer())
            QSKIP("about the default database file");
        // With no --db and no CXDESK_DB, the file lands where --help says it does.
        QProcessEnvironment env;
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), file("xdg-data"));
        const Run help = cxdesk({QStringLiteral("--help")}, env);
        const QString expected = file("xdg-data") + QStringLiteral("/cxdesk/cxdesk/cxdesk.sqlite");
        QVERIFY2(help.out.contains(expected), qPrintable(help.out));
        // A command that only reads does not create it...
        const Run check = cxdesk({QStringLiteral("check")}, env);
        QCOMPARE(check.status, 1);
        QVERIFY2(check.err.contains(expected), qPrintable(check.err));
        QVERIFY(!QFileInfo::exists(expected));
        // ...one that writes does.
        const QString csv = file("one-customer.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("external_id,name\nC1,Ada Lovelace\n");
        f.close();
        const Run r = cxdesk({QStringLiteral("import"), QStringLiteral("customers"), csv}, env);
        QCOMPARE(r.status, 0);
        QVERIFY(QFileInfo::exists(expected));
        QCOMPARE(cxdesk({QStringLiteral("check")}, env).out, QStringLiteral("ok\n"));
    }

    // A mistyped path is not a new database: every command that only reads
    // (and erase, which can only fail there) exits 1, says so, and creates nothing.
    void readOnlyCommandsNeedAnExistingDatabase_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("metrics") << QStringList{"metrics"};
        QTest::newRow("check") << QStringList{"check"};
        QTest::newRow("check --repair") << QStringList{"check", "--repair"};
        QTest::newRow("export") << QStringList{"export", "customers"};
        QTest::newRow("comments") << QStringList{"comments"};
        QTest::newRow("report") << QStringList{"report", "summary", "--out", "r.pdf"};
        QTest::newRow("survey list") << QStringList{"survey", "list"};
        QTest::newRow("survey export")
            << QStringList{"survey", "export", "00000000-0000-4000-8000-000000000000"};
        QTest::newRow("customer export") << QStringList{"customer", "export", "C1"};
        QTest::newRow("customer erase") << QStringList{"customer", "erase", "C1"};
        QTest::newRow("backup") << QStringList{"backup", "copy.sqlite"};
    }
    void readOnlyCommandsNeedAnExistingDatabase()
    {
        if (cxtest::onServer())
            QSKIP("about a mistyped database file; a server names a missing database itself "
                  "(tst_pgdatabase)");
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("typo.sqlite"));
        for (QString& a : args)
            if (a.endsWith(QLatin1String(".pdf")) || a.endsWith(QLatin1String(".sqlite")))
                a = dir.filePath(a);
        const Run r = cxdesk(QStringList{QStringLiteral("--db"), db} + args);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("there is no database at '%1'").arg(db)),
                 qPrintable(r.err));
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }

    void environmentPicksTheDatabase()
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("CXDESK_DB"), m_demo);
        const Run r = cxdesk({QStringLiteral("check")}, env);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("ok\n"));
    }

    void checkReportsProblemsWithOne()
    {
        const QString path = copyOfDemo("broken.sqlite");
        QVERIFY(!path.isEmpty());
        {
            cx::Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            // Another tool that writes past the schema's checks: on a file it
            // switches them off, on a server it drops the one in the way.
            if (db.isServer()) {
                QSqlQuery q(db.sql());
                QVERIFY(
                    q.exec(QStringLiteral("SELECT conname FROM pg_constraint WHERE conrelid = "
                                          "'interactions'::regclass AND contype = 'c' AND "
                                          "pg_get_constraintdef(oid) LIKE '%customer_rating%'")) &&
                    q.next());
                QVERIFY(
                    cx::execSql(db.sql(),
                                QStringLiteral("ALTER TABLE interactions DROP CONSTRAINT \"%1\"")
                                    .arg(q.value(0).toString()),
                                &error));
            } else {
                QVERIFY(cx::execSql(
                    db.sql(), QStringLiteral("PRAGMA ignore_check_constraints = ON"), &error));
            }
            QVERIFY(cx::execSql(
                db.sql(),
                QStringLiteral("UPDATE interactions SET customer_rating = 8 WHERE id = 3"),
                &error));
        }
        const Run r = cxdesk({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("interaction 3: customer_rating 8 is outside 1-5")),
                 qPrintable(r.err));
    }

    void checkSeesDriftAndRepairsIt()
    {
        const QString path = copyOfDemo("drifted.sqlite");
        QVERIFY(!path.isEmpty());
        const Run before = cxdesk(
            {QStringLiteral("--db"), path, QStringLiteral("metrics"), QStringLiteral("--json")});
        {
            cx::Database db;
            QString error;
            QVERIFY(db.open(path, &error));
            QVERIFY(cx::execSql(db.sql(),
                                QStringLiteral("UPDATE daily_answers SET n = n + 5 WHERE day = "
                                               "(SELECT min(day) FROM daily_answers)"),
                                &error));
            QVERIFY(cx::execSql(db.sql(),
                                QStringLiteral("DELETE FROM daily_interactions WHERE day = "
                                               "(SELECT max(day) FROM daily_interactions)"),
                                &error));
        }
        Run r = cxdesk({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QLatin1String("counted, the responses hold")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("the interaction sums differ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("cxdesk check --repair")), qPrintable(r.err));
        r = cxdesk(
            {QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--repair")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("Rebuilt the daily sums from the raw rows (")),
                 qPrintable(r.out));
        QVERIFY(r.out.endsWith(QLatin1String("ok\n")));
        r = cxdesk({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(r.out, QStringLiteral("ok\n"));
        // Metrics read the raw rows, so they never saw the drift.
        QCOMPARE(cxdesk({QStringLiteral("--db"), path, QStringLiteral("metrics"),
                         QStringLiteral("--json")})
                     .out,
                 before.out);
        if (cxtest::onServer())
            return; // the rest is about the file's bytes
        // Nothing to repair: it says ok and leaves the file alone.
        auto bytes = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        };
        const QByteArray repaired = bytes();
        r = cxdesk(
            {QStringLiteral("--db"), path, QStringLiteral("check"), QStringLiteral("--repair")});
        QCOMPARE(r.out, QStringLiteral("ok\n"));
        QCOMPARE(bytes(), repaired);
    }

    void backupAndRestoreRoundTrip()
    {
        const QString live = copyOfDemo("live.sqlite");
        const QString copy = file("copy.sqlite");
        QVERIFY(!live.isEmpty());
        Run r = cxdesk({QStringLiteral("--db"), live, QStringLiteral("backup"), copy});
        QCOMPARE(r.status, 0);
        const Run before = cxdesk(
            {QStringLiteral("--db"), live, QStringLiteral("metrics"), QStringLiteral("--json")});
        r = cxdesk({QStringLiteral("--db"), live, QStringLiteral("restore"), copy});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QLatin1String("before-restore-")));
        const Run after = cxdesk(
            {QStringLiteral("--db"), live, QStringLiteral("metrics"), QStringLiteral("--json")});
        QCOMPARE(after.out, before.out);
        r = cxdesk({QStringLiteral("--db"), live, QStringLiteral("restore"), file("letter.txt")});
        QCOMPARE(r.status, 1);
    }

    void exportsWithTheImportHeaders()
    {
        const QString db = copyOfDemo("export.sqlite");
        QVERIFY(!db.isEmpty());
        {
            cx::Database d;
            QString error;
            QVERIFY(d.open(db, &error));
            QVERIFY(cx::execSql(
                d.sql(),
                QStringLiteral("UPDATE customers SET notes = '=HYPERLINK(\"x\")', "
                               "name = 'Ann, \"Annie\" Baker' WHERE external_id = 'C000001'"),
                &error));
        }
        Run r = cxdesk(
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(QStringLiteral("\r\n"));
        QCOMPARE(
            lines.first(),
            QStringLiteral("external_id,name,email,phone,segment,first_contact_on,converted_on,"
                           "churned_on,notes,tags,Birthday,Allergies"));
        QVERIFY2(lines[1].startsWith(QLatin1String("C000001,\"Ann, \"\"Annie\"\" Baker\",")),
                 qPrintable(lines[1]));
        // The notes, guarded, then the tags and custom fields.
        QVERIFY2(lines[1].contains(QLatin1String(",\"'=HYPERLINK(\"\"x\"\")\",")),
                 qPrintable(lines[1]));
        QCOMPARE(lines.size() - 2, 500); // header, 500 customers, and the final empty piece

        // JSON: the same keys, numbers as numbers, and --out writes owner-only.
        const QString out = file("interactions.json");
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("export"),
                    QStringLiteral("interactions"), QStringLiteral("--format"),
                    QStringLiteral("json"), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 0);
        QFile json(out);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray all = QJsonDocument::fromJson(json.readAll()).array();
        QCOMPARE(all.size(), 6000);
        const QJsonObject first = all.first().toObject();
        QCOMPARE(first.keys(), (QStringList{"channel", "customer_external_id", "customer_rating",
                                            "kind", "notes", "occurred_at", "outcome",
                                            "resolved_at", "staff_rating", "touchpoint", "uuid"}));
        QVERIFY(!(QFile::permissions(out) & (QFileDevice::ReadGroup | QFileDevice::ReadOther)));

        // Responses: one column per question code of the survey.
        cx::Database d;
        QString error;
        QVERIFY(d.open(db, &error));
        QSqlQuery q(d.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT uuid, (SELECT count(*) FROM responses WHERE "
                                      "survey_id = s.id) FROM surveys s "
                                      "WHERE title LIKE 'Support%'")) &&
                q.next());
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("export"),
                    QStringLiteral("responses"), QStringLiteral("--survey"),
                    q.value(0).toString()});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String(
            "uuid,submitted_at,customer_external_id,channel,source,ces,resolved,comment\r\n")));
        QCOMPARE(r.out.count(QStringLiteral("\r\n")) - 1,
                 q.value(1).toInt()); // records end in CRLF; comments have no CRLF

        // Errors: exit codes, and no half-written file.
        QCOMPARE(cxdesk({QStringLiteral("--db"), db, QStringLiteral("export"),
                         QStringLiteral("responses")})
                     .status,
                 2);
        QCOMPARE(
            cxdesk({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("orders")})
                .status,
            2);
        QCOMPARE(
            cxdesk({QStringLiteral("--db"), db, QStringLiteral("export"),
                    QStringLiteral("customers"), QStringLiteral("--format"), QStringLiteral("xml")})
                .status,
            2);
        const Run bad = cxdesk({QStringLiteral("--db"), db, QStringLiteral("export"),
                                QStringLiteral("customers"), QStringLiteral("--out"),
                                file("no/such/dir/c.csv")});
        QCOMPARE(bad.status, 1);
        QVERIFY(!QFileInfo::exists(file("no/such/dir/c.csv")));
    }

    void importExitCodesAndMessages()
    {
        const QString db = database("import.sqlite");
        const QString csv = file("people.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("External_ID;Name\nP1;Ann\nP2;\n");
        f.close();
        Run r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral("customers"), csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(
            r.err.contains(
                csv + QStringLiteral(":3: column 'Name': is empty; every customer needs a name")),
            qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("nothing was imported")));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                    QStringLiteral("customers"), csv, QStringLiteral("--skip-invalid")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("1 added, 0 updated, 0 unchanged, 1 rejected")),
                 qPrintable(r.out));
        QVERIFY(QFileInfo::exists(csv + QStringLiteral(".rejected.csv")));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                    QStringLiteral("customers"), file("none.csv")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("none.csv: no such file")));
        QCOMPARE(cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                         QStringLiteral("customers")})
                     .status,
                 2);
        QCOMPARE(cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                         QStringLiteral("customers"), csv, QStringLiteral("--map"),
                         QStringLiteral("name")})
                     .status,
                 2);
    }

    // A file whose dates could be day or month first: the command says so
    // and names --date-format, which then reads it; --help lists what it reads.
    void importDateFormat()
    {
        const QString db = database("dates.sqlite");
        const QString csv = file("dates.csv");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("external_id,name,first_contact_on\nD1,Ann,03/11/2026\nD2,Ben,04/05/2026 10:00\n");
        f.close();
        Run r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                        QStringLiteral("customers"), csv});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(csv + QStringLiteral(":2: column 'first_contact_on': '03/11/2026' "
                                                     "could be day first or month first")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("--date-format DMY")), qPrintable(r.err));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                    QStringLiteral("customers"), csv, QStringLiteral("--date-format"),
                    QStringLiteral("dmy")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QLatin1String("2 added")), qPrintable(r.out + r.err));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("customer"),
                    QStringLiteral("export"), QStringLiteral("D2")});
        QVERIFY2(r.out.contains(QLatin1String("2026-05-04")), qPrintable(r.out));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("import"),
                    QStringLiteral("customers"), csv, QStringLiteral("--date-format"),
                    QStringLiteral("DM")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QLatin1String("--date-format 'DM' is not DMY, MDY or YMD")),
                 qPrintable(r.err));
        r = cxdesk({QStringLiteral("import"), QStringLiteral("--help")});
        for (const char* format : {"CSV", "JSON", "UTF-8", "UTF-16", "Windows-1252", "03.11.2026",
                                   "03/11/2026", "2026/11/03", "HH:mm:ss", "--date-format"})
            QVERIFY2(r.out.contains(QLatin1String(format)), format);
    }

    void customerExportAndErase()
    {
        const QString db = copyOfDemo("privacy.sqlite");
        QVERIFY(!db.isEmpty());
        Run r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("customer"),
                        QStringLiteral("export"), QStringLiteral("C000007")});
        QCOMPARE(r.status, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("external_id"))
                     .toString(),
                 QStringLiteral("C000007"));
        QVERIFY(o.contains(QStringLiteral("interactions")) &&
                o.contains(QStringLiteral("responses")) && o.contains(QStringLiteral("contacts")));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("erase"),
                    QStringLiteral("C000007")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Erased customer C000007")));
        r = cxdesk({QStringLiteral("--db"), db, QStringLiteral("customer"), QStringLiteral("erase"),
                    QStringLiteral("C000007")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("no customer has the number 'C000007'")));
        QCOMPARE(cxdesk({QStringLiteral("--db"), db, QStringLiteral("customer"),
                         QStringLiteral("forget"), QStringLiteral("C000008")})
                     .status,
                 2);
        QCOMPARE(
            cxdesk({QStringLiteral("--db"), db, QStringLiteral("customer"),
                    QStringLiteral("export"), QStringLiteral("C000008"), QStringLiteral("--purge")})
                .status,
            2);
    }

    // One message to many: the same rows as the core computes, on standard
    // output or in an owner-only file, and usage errors that exit 2.
    void mailMerge()
    {
        const QStringList base{QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                               QStringLiteral("mailmerge")};
        const QStringList period{QStringLiteral("--from"), QStringLiteral("2026-04-01"),
                                 QStringLiteral("--to"), QStringLiteral("2026-06-30")};
        Run r = cxdesk(
            base + QStringList{QStringLiteral("--template"), QStringLiteral("thankyou")} + period);
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String("name,email,message,subject\r\n")));
        cx::Database db;
        QString error;
        QVERIFY(db.open(m_demo, &error, cx::Database::OpenMode::MustExist));
        cx::MailMergeRequest request;
        request.kind = cx::MessageKind::ThankYou;
        request.group = cx::MergeGroup::Promoters; // a thank-you's own group
        request.from = QDate(2026, 4, 1);
        request.to = QDate(2026, 6, 30);
        cx::MailMerge expected;
        QVERIFY(cx::mailMerge(db.sql(), request, &expected, &error));
        QVERIFY(expected.rows.size() > 5);
        QVERIFY2(
            r.err.startsWith(QString::number(expected.rows.size()) + QStringLiteral(" messages")),
            qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("\n") + expected.rows.first().name +
                               QLatin1Char(',') + expected.rows.first().email +
                               QStringLiteral(",\"Hello ")));
        QCOMPARE(r.out.count(QStringLiteral("@")), expected.rows.size());

        const QString out = file("detractors.csv");
        r = cxdesk(base +
                   QStringList{QStringLiteral("--template"), QStringLiteral("apology"),
                               QStringLiteral("--group"), QStringLiteral("detractors"),
                               QStringLiteral("--out"), out} +
                   period);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.startsWith(QLatin1String("Exported ")), qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readLine().startsWith("name,email,message,subject"));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        request.kind = cx::MessageKind::Apology;
        request.group = cx::MergeGroup::Detractors;
        QVERIFY(cx::mailMerge(db.sql(), request, &expected, &error));
        QVERIFY(f.readAll().contains(expected.rows.last().subject.toUtf8()));

        const QList<QPair<QStringList, const char*>> usage{
            {{}, "name the message with --template"},
            {{"--template", "thanks"}, "--template 'thanks' is not apology"},
            {{"--template", "thankyou", "--group", "fans"}, "--group 'fans' is not promoters"},
            {{"--template", "thankyou", "--from", "2026-02-30"}, "is not a date"},
            {{"--template", "thankyou", "--survey", "00000000-0000-4000-8000-000000000000"},
             "no survey has the uuid"},
            {{"--template", "thankyou", "--format", "json"}, "always CSV"}};
        for (const auto& [args, message] : usage) {
            r = cxdesk(base + args);
            QCOMPARE(r.status, 2);
            QVERIFY2(r.err.contains(QLatin1String(message)), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                    QStringLiteral("customers"), QStringLiteral("--template"),
                    QStringLiteral("apology")});
        QCOMPARE(r.status, 2);
        // A read-only command: a mistyped database is an error, never a new file.
        const QString missing = file("no-such.sqlite");
        r = cxdesk({QStringLiteral("--db"), missing, QStringLiteral("export"),
                    QStringLiteral("mailmerge"), QStringLiteral("--template"),
                    QStringLiteral("invitation")});
        QCOMPARE(r.status, 1);
        QVERIFY(!QFileInfo::exists(missing));
        r = cxdesk({QStringLiteral("export"), QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(
            QLatin1String("export mailmerge --template apology|thankyou|invitation")));
    }

    // A power cut or kill in the middle of an import leaves the database as it was,
    // indexes and triggers included (a large file suspends them inside the transaction).
    void killedImportChangesNothing()
    {
        const QString db = copyOfDemo("killed.sqlite");
        QVERIFY(!db.isEmpty());
        const QString csv = file("many.csv");
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("occurred_at,customer_external_id,channel,touchpoint,kind,staff_rating,"
                    "customer_rating,notes\n");
            QByteArray chunk;
            for (int i = 0; i < 800000; ++i) {
                chunk += QByteArray("2026-0") + QByteArray::number(1 + i % 6) + "-1" +
                         QByteArray::number(i % 9) + "T10:" + QByteArray::number(10 + i % 50) +
                         ":00+01:00,C000" + QByteArray::number(100 + i % 400) +
                         ",Store,Counter order,purchase,4,3,row " + QByteArray::number(i) + "\n";
                if (chunk.size() > 1 << 20) {
                    f.write(chunk);
                    chunk.clear();
                }
            }
            f.write(chunk);
        }
        auto state = [&] {
            cx::Database d;
            QString error;
            if (!d.open(db, &error))
                return QStringList{error};
            QSqlQuery q(d.sql());
            q.exec(d.isServer()
                       ? QStringLiteral("SELECT (SELECT count(*) FROM interactions), (SELECT "
                                        "count(*) FROM pg_indexes WHERE schemaname = 'public') + "
                                        "(SELECT count(*) FROM pg_trigger WHERE tgenabled = 'O' "
                                        "AND NOT tgisinternal), (SELECT sum(resolved_n) FROM "
                                        "daily_interactions)")
                       : QStringLiteral("SELECT (SELECT count(*) FROM interactions), (SELECT "
                                        "count(*) FROM sqlite_master WHERE type IN ('index', "
                                        "'trigger')), (SELECT sum(resolved_n) FROM "
                                        "daily_interactions)"));
            q.next();
            return QStringList{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        };
        const QStringList before = state();

        QProcess p;
        p.start(QString::fromLocal8Bit(qgetenv("CXDESK_CLI")),
                {QStringLiteral("--db"), db, QStringLiteral("import"),
                 QStringLiteral("interactions"), csv});
        QVERIFY(p.waitForStarted());
        QTest::qWait(1500);
        QCOMPARE(p.state(), QProcess::Running); // still importing: the kill lands mid-way
        p.kill();
        QVERIFY(p.waitForFinished());

        QCOMPARE(state(), before);
        const Run check = cxdesk({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(check.out, QStringLiteral("ok\n"));
    }

    // comments --json, as docs/user-guide.md describes it.
    void commentsWithSentimentAndThemes()
    {
        Run r = cxdesk(
            {QStringLiteral("--db"), m_demo, QStringLiteral("comments"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray comments = root.value(QStringLiteral("comments")).toArray();
        QVERIFY(comments.size() > 20);
        QStringList seen;
        QString previous = QStringLiteral("9999");
        for (const QJsonValue& v : comments) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.keys(), (QStringList{"language", "question_code", "response_uuid", "score",
                                            "sentiment", "submitted_at", "text"}));
            QCOMPARE(c.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
            const double score = c.value(QStringLiteral("score")).toDouble();
            QVERIFY(score >= -1 && score <= 1);
            const QString sentiment = c.value(QStringLiteral("sentiment")).toString();
            QCOMPARE(sentiment, score >= 0.05    ? QStringLiteral("positive")
                                : score <= -0.05 ? QStringLiteral("negative")
                                                 : QStringLiteral("neutral"));
            seen << sentiment;
            QVERIFY(c.value(QStringLiteral("submitted_at")).toString() <= previous); // newest first
            previous = c.value(QStringLiteral("submitted_at")).toString();
        }
        QVERIFY(seen.contains(QStringLiteral("positive")) &&
                seen.contains(QStringLiteral("negative")));
        const QJsonObject themes = root.value(QStringLiteral("themes")).toObject();
        for (const QString& side : {QStringLiteral("promoters"), QStringLiteral("detractors")}) {
            const QJsonArray list = themes.value(side).toArray();
            QVERIFY2(!list.isEmpty(), qPrintable(side));
            for (int i = 1; i < list.size(); ++i)
                QVERIFY(list[i - 1].toObject().value(QStringLiteral("count")).toInt() >=
                        list[i].toObject().value(QStringLiteral("count")).toInt());
        }
        // Any text survives the JSON: quotes, backslashes, line breaks, tabs, control characters,
        // accents.
        const QString odd = copyOfDemo("odd-comments.sqlite");
        QVERIFY(!odd.isEmpty());
        const QString tricky =
            QStringLiteral("She said \"wow\" \\ then\nleft\tquickly \u0001 Zoë €");
        {
            cx::Database d;
            QString error;
            QVERIFY2(d.open(odd, &error), qPrintable(error));
            QSqlQuery q(d.sql());
            q.prepare(QStringLiteral(
                "UPDATE answers SET value_text = ? WHERE (response_id, question_id) = (SELECT "
                "a.response_id, "
                "a.question_id FROM answers a JOIN questions qq ON qq.id = a.question_id JOIN "
                "responses r "
                "ON r.id = a.response_id WHERE qq.kind = 'text' AND a.value_text <> '' "
                "ORDER BY r.submitted_at DESC LIMIT 1)"));
            q.addBindValue(tricky);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            // A comment in another language than the survey's is read in its own.
            QVERIFY2(q.exec(QStringLiteral(
                         "UPDATE answers SET value_text = 'Der Kaffee war kalt und die Bedienung "
                         "leider sehr unfreundlich.' WHERE (response_id, question_id) = (SELECT "
                         "a.response_id, a.question_id FROM answers a JOIN questions qq ON qq.id = "
                         "a.question_id JOIN responses r ON r.id = a.response_id WHERE qq.kind = "
                         "'text' AND a.value_text <> '' ORDER BY r.submitted_at ASC LIMIT 1)")),
                     qPrintable(q.lastError().text()));
        }
        r = cxdesk(
            {QStringLiteral("--db"), odd, QStringLiteral("comments"), QStringLiteral("--json")});
        QJsonParseError parse;
        const QJsonDocument oddDoc = QJsonDocument::fromJson(r.out.toUtf8(), &parse);
        QCOMPARE(parse.error, QJsonParseError::NoError);
        QCOMPARE(oddDoc.object()
                     .value(QStringLiteral("comments"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 tricky);
        QJsonObject german;
        for (const QJsonValue& v : oddDoc.object().value(QStringLiteral("comments")).toArray())
            if (v.toObject()
                    .value(QStringLiteral("text"))
                    .toString()
                    .startsWith(QLatin1String("Der Kaffee")))
                german = v.toObject();
        QCOMPARE(german.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QCOMPARE(german.value(QStringLiteral("sentiment")).toString(), QStringLiteral("negative"));

        r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("comments"),
                    QStringLiteral("--survey"), QStringLiteral("nope")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QLatin1String("no survey has the uuid 'nope'")));
        r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("comments"),
                    QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                    QStringLiteral("2026-04-01")});
        QCOMPARE(r.status, 2);
        r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("comments")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Comments on every survey: ")));
        QVERIFY(r.out.contains(QLatin1String("Themes among detractors: ")));
    }

    void surveyDefinitions()
    {
        Run r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("survey"),
                        QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.status, 0);
        const QJsonArray all = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(all.size(), 3);
        const QString uuid = all[0].toObject().value(QStringLiteral("uuid")).toString();
        const QString out = file("survey.json");
        QCOMPARE(cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("survey"),
                         QStringLiteral("export"), uuid, QStringLiteral("--out"), out})
                     .status,
                 0);
        const QString other = database("surveys-only.sqlite");
        r = cxdesk({QStringLiteral("--db"), other, QStringLiteral("survey"),
                    QStringLiteral("import"), out});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Added the survey")));
        r = cxdesk({QStringLiteral("--db"), other, QStringLiteral("survey"),
                    QStringLiteral("import"), out});
        QVERIFY(r.out.startsWith(QLatin1String("Updated the survey")));
        r = cxdesk({QStringLiteral("--db"), other, QStringLiteral("survey"),
                    QStringLiteral("export"), uuid});
        const Run original = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("survey"),
                                     QStringLiteral("export"), uuid});
        QCOMPARE(r.out, original.out);

        QFile bad(file("bad.json"));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"title\": \"Half");
        bad.close();
        r = cxdesk({QStringLiteral("--db"), other, QStringLiteral("survey"),
                    QStringLiteral("import"), file("bad.json")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("not valid JSON")));
        QCOMPARE(cxdesk({QStringLiteral("--db"), other, QStringLiteral("survey"),
                         QStringLiteral("delete")})
                     .status,
                 2);
        QCOMPARE(cxdesk({QStringLiteral("--db"), other, QStringLiteral("survey"),
                         QStringLiteral("export"),
                         QStringLiteral("00000000-0000-4000-8000-000000000000")})
                     .status,
                 2);
    }

    void demoRefusesAFilledDatabase()
    {
        const Run r = cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("demo")});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("already holds a business")));
    }

    void screenshotWritesPictures()
    {
        const Run r =
            cxdesk({QStringLiteral("--db"), m_demo, QStringLiteral("screenshot"), file("shots")});
        QCOMPARE(r.status, 0);
        // A PNG: the signature, then the IHDR chunk with width and height (big-endian).
        for (const char* page : {"journeys",       "customers",         "customer",
                                 "interactions",   "surveys",           "actions",
                                 "reports",        "settings",          "new-customer",
                                 "merge",          "settings-messages", "mailmerge",
                                 "action",         "settings-staff",    "settings-fields",
                                 "import",         "import-dates",      "import-date-question",
                                 "mark-done",      "kiosk-contact",     "kiosk-pin",
                                 "kiosk-pin-set",  "paper-entry",       "paper-print",
                                 "connect-server", "move-to-server",    "server-password"})
            QVERIFY2(
                QFileInfo::exists(file("shots/") + QLatin1String(page) + QStringLiteral(".png")),
                page);
        QFile png(file("shots/dashboard.png"));
        QVERIFY(png.open(QIODevice::ReadOnly));
        const QByteArray head = png.read(24);
        QVERIFY(head.startsWith("\x89PNG\r\n\x1a\n"));
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 16), 1280u);
        QCOMPARE(qFromBigEndian<quint32>(head.constData() + 20), 800u);
        QVERIFY(png.size() > 20000); // a rendered page, not a blank one
        // The pictures show customers, the forms the business: owner-only.
        for (const char* name : {"dashboard.png", "paper-form.pdf", "paper-form-letter.pdf"}) {
            const QString path = file("shots/") + QLatin1String(name);
            QVERIFY2(QFileInfo::exists(path), name);
            QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
        }
        // The pictures change nothing in the database (the printed batch they
        // show is taken back).
        cx::Database db;
        QString error;
        QVERIFY2(db.open(m_demo, &error), qPrintable(error));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM printed_forms")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Reports: the PDF's text holds the key figures; the page size follows the locale.
    void reportsAsPdf()
    {
        const QStringList db = {QStringLiteral("--db"), m_demo};
        const QString pdf = file("summary.pdf");
        Run r = cxdesk(db + QStringList{QStringLiteral("--lang"), QStringLiteral("en_US"),
                                        QStringLiteral("report"), QStringLiteral("summary"),
                                        QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                                        QStringLiteral("--to"), QStringLiteral("2026-06-30"),
                                        QStringLiteral("--out"), pdf});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Wrote summary report")), qPrintable(r.out));
        QCOMPARE(QFileInfo(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions()); // owner-only
        const Run metrics =
            cxdesk(db + QStringList{QStringLiteral("metrics"), QStringLiteral("--from"),
                                    QStringLiteral("2026-06-01"), QStringLiteral("--to"),
                                    QStringLiteral("2026-06-30"), QStringLiteral("--json")});
        const double nps = QJsonDocument::fromJson(metrics.out.toUtf8())
                               .object()
                               .value(QStringLiteral("nps"))
                               .toDouble();
        QProcess text;
        text.start(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(60000) && text.exitCode() == 0,
                 "pdftotext (poppler-utils) is needed");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        for (const QString& expected :
             {QStringLiteral("Crumb & Co."), QStringLiteral("Customer experience report"),
              QStringLiteral("Monday, June 1, 2026 to Tuesday, June 30, 2026"),
              QStringLiteral("Net Promoter Score"), QStringLiteral("By touchpoint"),
              QStringLiteral("Weakest touchpoints"), QStringLiteral("Follow-up actions"),
              QStringLiteral("Page 1 of ")})
            QVERIFY2(words.contains(expected), qPrintable(expected));
        // The tile's value sits on the line under its label, signed as the
        // dashboard writes it.
        const QString shown = (std::round(nps) > 0 ? QStringLiteral("\\+") : QString()) +
                              QString::number(nps, 'f', 0);
        QVERIFY2(words.contains(QRegularExpression(
                     QStringLiteral("Net Promoter Score[^\\n]*\\n\\s*%1\\b").arg(shown))),
                 qPrintable(QString::number(nps)));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        const QString details = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(details.contains(QStringLiteral("(letter)")), qPrintable(details));
        // Pages: as many as the footer says.
        const QRegularExpressionMatch pages =
            QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(details);
        QVERIFY(pages.hasMatch());
        QVERIFY(words.contains(QStringLiteral("Page %1 of %1").arg(pages.captured(1))));

        // German formats: A4.
        const QString journey = file("journey.pdf");
        r = cxdesk(db + QStringList{QStringLiteral("--lang"), QStringLiteral("de"),
                                    QStringLiteral("report"), QStringLiteral("journey"),
                                    QStringLiteral("--journey"), QStringLiteral("visit the shop"),
                                    QStringLiteral("--out"), journey});
        QCOMPARE(r.status, 0);
        info.start(QStringLiteral("pdfinfo"), {journey});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(QStringLiteral("(A4)")));
        // In German, from the translation built into the program.
        text.start(QStringLiteral("pdftotext"), {journey, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString german = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(german.contains(QStringLiteral("Kontaktpunkte")) &&
                     german.contains(QStringLiteral("Seite 1 von")),
                 qPrintable(german.left(300)));

        const Run list = cxdesk(db + QStringList{QStringLiteral("survey"), QStringLiteral("list"),
                                                 QStringLiteral("--json")});
        const QString uuid = QJsonDocument::fromJson(list.out.toUtf8())
                                 .array()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("uuid"))
                                 .toString();
        r = cxdesk(db + QStringList{QStringLiteral("report"), QStringLiteral("survey"),
                                    QStringLiteral("--survey"), uuid, QStringLiteral("--out"),
                                    file("survey.pdf")});
        QCOMPARE(r.status, 0);

        // Usage errors say what is wrong and write nothing.
        r = cxdesk(db + QStringList{QStringLiteral("report"), QStringLiteral("summary")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(QStringLiteral("--out FILE.pdf is required")));
        r = cxdesk(db + QStringList{QStringLiteral("report"), QStringLiteral("weekly"),
                                    QStringLiteral("--out"), file("x.pdf")});
        QCOMPARE(r.status, 2);
        r = cxdesk(db + QStringList{QStringLiteral("report"), QStringLiteral("journey"),
                                    QStringLiteral("--journey"), QStringLiteral("Nowhere"),
                                    QStringLiteral("--out"), file("x.pdf")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("no journey is called 'Nowhere'; there are: ")),
                 qPrintable(r.err));
        r = cxdesk(db + QStringList{QStringLiteral("report"), QStringLiteral("customer"),
                                    QStringLiteral("--customer"), QStringLiteral("NOBODY"),
                                    QStringLiteral("--out"), file("x.pdf")});
        QCOMPARE(r.status, 2);
        QVERIFY(!QFileInfo::exists(file("x.pdf")));
        r = cxdesk(db + QStringList{QStringLiteral("report"), QStringLiteral("summary"),
                                    QStringLiteral("--out"), file("missing/folder/x.pdf")});
        QCOMPARE(r.status, 1);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
