// The command line on a PostgreSQL server gives what it gives on a file: the
// same sample business, the same metrics to the last digit for every period
// and grouping, byte-equal exports, and the address never shows a password.

#include "tests/common/pgserver.h"

#include <QFile>
#include <QProcess>
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
};

QTEST_MAIN(TestCliServer)
#include "tst_cliserver.moc"
