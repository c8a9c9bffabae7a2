// An import on a server gives what the same import gives on a file: the
// same rows added, updated and left alone, the same follow-ups, byte-equal
// exports, although the server takes new interactions by the batch. An
// import cut off by the server going away leaves the server as before.

#include "core/common/clock.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"

#include <QBuffer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

namespace {

// Interactions of 60 customers over the last months: every 40th names its
// uuid, every 500th repeats the row before it, and the last days hold
// complaints with a low rating, which open follow-ups.
QByteArray interactionsFile(int rows, int first, const QString& notes)
{
    QByteArray out = "occurred_at,customer_external_id,channel,touchpoint,kind,staff_rating,"
                     "customer_rating,resolved_at,notes,uuid\n";
    const QDateTime start(clock::today().addDays(-200), QTime(8, 0), Qt::OffsetFromUTC, 3600);
    QByteArray previous;
    for (int n = first; n < first + rows; ++n) {
        if (n % 500 == 499 && !previous.isEmpty()) {
            out += previous;
            continue;
        }
        const bool recent = n >= first + rows - 30;
        const QDateTime at =
            recent ? QDateTime(clock::today().addDays(-1), QTime(9, 0), Qt::OffsetFromUTC, 3600)
                         .addSecs(n % 600)
                   : start.addSecs(qint64(n) * 97);
        const QString uuid =
            n % 40 == 0
                ? QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'))
                : QString();
        previous = QStringLiteral("%1,C%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                       .arg(at.toString(Qt::ISODate))
                       .arg(n % 60)
                       .arg(n % 3 ? QStringLiteral("Store") : QStringLiteral("Web"))
                       .arg(n % 2 ? QStringLiteral("Counter") : QStringLiteral("Checkout"))
                       .arg(recent ? QStringLiteral("complaint") : QStringLiteral("visit"))
                       .arg(n % 5 + 1)
                       .arg(recent ? 1 : n % 4 + 2)
                       .arg(n % 7 ? at.addSecs(3600).toString(Qt::ISODate) : QString())
                       .arg(notes + QString::number(n % 11), uuid)
                       .toUtf8();
        out += previous;
    }
    return out;
}

} // namespace

class TestImportServer : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString write(const QString& name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
            qWarning() << "cannot write" << path;
        return path;
    }

    QString freshServerDatabase()
    {
        const QString name = QStringLiteral("imp%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error))
            qWarning() << error;
        return m_server.uri(name);
    }

    static ImportReport import(Database& db, const QString& path, bool* ok, QString* error,
                               const std::function<void(qint64)>& progress = {})
    {
        ImportOptions o;
        o.kind = RecordKind::Interactions;
        o.path = path;
        o.createMissing = true;
        ImportReport r;
        Importer importer(db.sql());
        if (progress)
            importer.setProgress(progress);
        *ok = importer.run(o, &r, error);
        return r;
    }

    static QByteArray exported(Database& db, RecordKind kind)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        qint64 count = 0;
        QString error;
        if (!Exporter(db.sql()).write(kind, FileFormat::Csv, 0, &out, &count, &error))
            qWarning() << error;
        return out.data();
    }

    static QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void sameAsOnAFile()
    {
        const QString first =
            write(QStringLiteral("first.csv"), interactionsFile(45000, 0, QStringLiteral("note ")));
        // Again with other notes: the rows that name their uuid are updated, the
        // others are new rows (their content is their identity).
        const QString second = write(QStringLiteral("second.csv"),
                                     interactionsFile(3000, 0, QStringLiteral("changed ")));
        QString error;
        Database file, server;
        QVERIFY2(file.open(m_dir.filePath(QStringLiteral("same.sqlite")), &error),
                 qPrintable(error));
        QVERIFY2(server.open(freshServerDatabase(), &error), qPrintable(error));
        for (const QString& path : {first, second, first}) {
            bool ok = false;
            const ImportReport a = import(file, path, &ok, &error);
            QVERIFY2(ok, qPrintable(error));
            const ImportReport b = import(server, path, &ok, &error);
            QVERIFY2(ok, qPrintable(error));
            QCOMPARE(b.rows, a.rows);
            QCOMPARE(b.added, a.added);
            QCOMPARE(b.updated, a.updated);
            QCOMPARE(b.unchanged, a.unchanged);
            QCOMPARE(b.rejected, a.rejected);
            QCOMPARE(b.followUps, a.followUps);
            QCOMPARE(b.notices, a.notices);
        }
        QVERIFY(scalar(file, QStringLiteral("SELECT count(*) FROM interactions")).toInt() > 45000);
        QVERIFY(scalar(file, QStringLiteral(
                                 "SELECT count(*) FROM interactions WHERE notes LIKE 'changed%'"))
                    .toInt() > 0);
        const QByteArray interactions = exported(file, RecordKind::Interactions);
        QCOMPARE(exported(server, RecordKind::Interactions), interactions);
        QCOMPARE(exported(server, RecordKind::Customers), exported(file, RecordKind::Customers));
        for (const char* sql :
             {"SELECT count(*) FROM actions", "SELECT sum(interaction_id) FROM actions",
              "SELECT max(id) FROM interactions",
              "SELECT sum(resolved_ms) + sum(staff_sum) FROM daily_interactions"}) {
            const QVariant onFile = scalar(file, QLatin1String(sql));
            QVERIFY2(onFile.toLongLong() > 0, sql);
            const QVariant onServer = scalar(server, QLatin1String(sql));
            QVERIFY2(
                onServer.toLongLong() == onFile.toLongLong(),
                qPrintable(QStringLiteral("%1: %2 on the server, %3 in the file")
                               .arg(QLatin1String(sql), onServer.toString(), onFile.toString())));
        }
    }

    void aLostConnectionLeavesTheServerAsBefore()
    {
        QString error;
        const QString uri = freshServerDatabase();
        QVector<CopiedTable> before;
        {
            Database server;
            QVERIFY2(server.open(uri, &error), qPrintable(error));
            bool ok = false;
            import(
                server,
                write(QStringLiteral("start.csv"), interactionsFile(2000, 0, QStringLiteral("a "))),
                &ok, &error);
            QVERIFY2(ok, qPrintable(error));
            QVERIFY2(tableChecksums(server.sql(), &before, &error), qPrintable(error));

            const QString big = write(QStringLiteral("big.csv"),
                                      interactionsFile(60000, 100000, QStringLiteral("b ")));
            qint64 stoppedAt = 0;
            const ImportReport r = import(server, big, &ok, &error, [&](qint64 rows) {
                if (rows >= 30000 && !stoppedAt) {
                    stoppedAt = rows;
                    QString why;
                    if (!m_server.stopImmediately(&why))
                        qWarning() << why;
                }
            });
            QVERIFY(stoppedAt > 0);
            QVERIFY(!ok);
            QVERIFY2(error.contains(QStringLiteral("connection to the database server was lost")),
                     qPrintable(error));
            QVERIFY2(!error.contains(QStringLiteral("postgres@")), qPrintable(error));
            Q_UNUSED(r);
        }
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        Database again;
        QVERIFY2(again.open(uri, &error), qPrintable(error));
        QString difference;
        QVERIFY2(cxtest::sameTables(cxtest::checksums(again), before, &difference),
                 qPrintable(difference));
    }
};

QTEST_GUILESS_MAIN(TestImportServer)
#include "tst_importserver.moc"
