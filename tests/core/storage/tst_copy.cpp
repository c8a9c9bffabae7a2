// A whole database copied between the engines: a file to a server and back
// to a file gives the same rows in every table and byte-equal exports, the
// numbering goes on past the copied rows, timestamps keep their offsets, a
// target that already holds a business is refused unless told, and a copy
// stopped half-way leaves the target as it was.

#include "core/demo/demo.h"
#include "core/io/exporter.h"
#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

class TestCopy : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    QTemporaryDir m_dir;
    int m_databases = 0;
    QString m_source; // the sample business in a file

    QString freshServerDatabase()
    {
        const QString name = QStringLiteral("copy%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error))
            qWarning() << error;
        return m_server.uri(name);
    }

    QString freshFile() { return m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_databases)); }

    static QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    static QByteArray exported(Database& db, RecordKind kind, qint64 survey = 0)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        Exporter exporter(db.sql());
        qint64 count = 0;
        QString error;
        if (!exporter.write(kind, FileFormat::Csv, survey, &out, &count, &error))
            qWarning() << error;
        return out.data();
    }

    static bool copy(Database& from, Database& to, QVector<CopiedTable>* tables, QString* error,
                     bool replace = false)
    {
        CopyOptions options;
        options.replace = replace;
        return copyDatabase(from.sql(), to.sql(), options, tables, error);
    }

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_source = m_dir.filePath(QStringLiteral("source.sqlite"));
        Database db;
        QVERIFY2(db.open(m_source, &error), qPrintable(error));
        DemoOptions options;
        options.customers = 80;
        options.interactions = 900;
        options.responses = 250;
        options.end = QDate(2026, 10, 31);
        DemoSummary summary;
        QVERIFY2(DemoGenerator(db.sql()).generate(options, &summary, &error), qPrintable(error));
        // Moments on both sides of UTC, written where they happened.
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE interactions SET occurred_at = '2026-03-29T01:59:59+01:00' WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral(
            "UPDATE interactions SET occurred_at = '2026-03-29T03:00:00-09:30' WHERE id = 2")));
        QVERIFY(q.exec(QStringLiteral("UPDATE customers SET notes = 'Büro: ''Zweigstelle''\n"
                                      "tab\there, back\\slash' WHERE id = 1")));
    }

    void fileToServerToFileIsIdentical()
    {
        QString error;
        Database source;
        QVERIFY2(source.open(m_source, &error, Database::OpenMode::MustExist), qPrintable(error));
        Database server;
        QVERIFY2(server.open(freshServerDatabase(), &error), qPrintable(error));
        QVector<CopiedTable> there;
        QVERIFY2(copy(source, server, &there, &error), qPrintable(error));
        Database back;
        QVERIFY2(back.open(freshFile(), &error), qPrintable(error));
        QVector<CopiedTable> home;
        QVERIFY2(copy(server, back, &home, &error), qPrintable(error));

        // Every table, with its rows and the checksum of their values.
        const QVector<CopiedTable> original = cxtest::checksums(source);
        QVERIFY(original.size() > 10);
        const QVector<CopiedTable> onServer = cxtest::checksums(server);
        const QVector<CopiedTable> atHome = cxtest::checksums(back);
        QString difference;
        QVERIFY2(cxtest::sameTables(onServer, original, &difference), qPrintable(difference));
        QVERIFY2(cxtest::sameTables(atHome, original, &difference), qPrintable(difference));
        qint64 rows = 0;
        for (const CopiedTable& t : original)
            rows += t.rows;
        QVERIFY(rows > 1000);
        // What copyDatabase reported is what is there.
        QCOMPARE(there.size(), original.size());
        for (const CopiedTable& t : there)
            for (const CopiedTable& o : original)
                if (o.table == t.table)
                    QCOMPARE(t.checksum, o.checksum);

        // Exports byte for byte.
        for (RecordKind kind : {RecordKind::Customers, RecordKind::Interactions}) {
            const QByteArray a = exported(source, kind);
            QVERIFY(a.size() > 1000);
            QCOMPARE(exported(server, kind), a);
            QCOMPARE(exported(back, kind), a);
        }
        const qint64 survey =
            scalar(source, QStringLiteral("SELECT min(id) FROM surveys")).toLongLong();
        QVERIFY(survey > 0);
        const QByteArray responses = exported(source, RecordKind::Responses, survey);
        QVERIFY(responses.count('\n') > 10);
        QCOMPARE(exported(server, RecordKind::Responses, survey), responses);
        QCOMPARE(exported(back, RecordKind::Responses, survey), responses);

        // Timestamps with their offsets, text with quotes, tabs, newlines and backslashes.
        for (Database* db : {&server, &back}) {
            QCOMPARE(
                scalar(*db, QStringLiteral("SELECT occurred_at FROM interactions WHERE id = 1"))
                    .toString(),
                QStringLiteral("2026-03-29T01:59:59+01:00"));
            QCOMPARE(
                scalar(*db, QStringLiteral("SELECT occurred_at FROM interactions WHERE id = 2"))
                    .toString(),
                QStringLiteral("2026-03-29T03:00:00-09:30"));
            QCOMPARE(
                scalar(*db, QStringLiteral("SELECT notes FROM customers WHERE id = 1")).toString(),
                QStringLiteral("Büro: 'Zweigstelle'\ntab\there, back\\slash"));
        }
    }

    void numberingGoesOnAfterACopy()
    {
        QString error;
        Database source;
        QVERIFY2(source.open(m_source, &error, Database::OpenMode::MustExist), qPrintable(error));
        Database server;
        QVERIFY2(server.open(freshServerDatabase(), &error), qPrintable(error));
        QVERIFY2(copy(source, server, nullptr, &error), qPrintable(error));
        const qint64 highest =
            scalar(server, QStringLiteral("SELECT max(id) FROM customers")).toLongLong();
        QVERIFY(highest >= 80);
        // The first new rows get the next numbers, not a duplicate key.
        QSqlQuery q(server.sql());
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO customers (uuid, name) VALUES "
                                       "('00000000-0000-4000-8000-00000000c0de', 'New after copy') "
                                       "RETURNING id")),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), highest + 1);
        const qint64 interactions =
            scalar(server, QStringLiteral("SELECT max(id) FROM interactions")).toLongLong();
        QVERIFY2(
            q.exec(QStringLiteral(
                       "INSERT INTO interactions (uuid, customer_id, touchpoint_id, occurred_at) "
                       "SELECT '00000000-0000-4000-8000-00000000beef', %1, min(id), "
                       "'2026-11-02T10:00:00+01:00' FROM touchpoints "
                       "RETURNING id")
                       .arg(highest + 1)),
            qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), interactions + 1);
    }

    void aBusinessIsNotOverwrittenUnlessTold()
    {
        QString error;
        Database source;
        QVERIFY2(source.open(m_source, &error, Database::OpenMode::MustExist), qPrintable(error));
        Database server;
        QVERIFY2(server.open(freshServerDatabase(), &error), qPrintable(error));
        QVERIFY2(copy(source, server, nullptr, &error), qPrintable(error));
        QSqlQuery q(server.sql());
        QVERIFY(q.exec(
            QStringLiteral("UPDATE customers SET name = 'Changed on the server' WHERE id = 3")));

        QVERIFY(!copy(source, server, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("already holds")), qPrintable(error));
        QCOMPARE(
            scalar(server, QStringLiteral("SELECT name FROM customers WHERE id = 3")).toString(),
            QStringLiteral("Changed on the server"));

        QVERIFY2(copy(source, server, nullptr, &error, true), qPrintable(error));
        QCOMPARE(
            scalar(server, QStringLiteral("SELECT name FROM customers WHERE id = 3")).toString(),
            scalar(source, QStringLiteral("SELECT name FROM customers WHERE id = 3")).toString());
    }

    void aStoppedCopyLeavesTheTargetAsItWas()
    {
        QString error;
        Database source;
        QVERIFY2(source.open(m_source, &error, Database::OpenMode::MustExist), qPrintable(error));
        for (const QString& target : {freshServerDatabase(), freshFile()}) {
            Database to;
            QVERIFY2(to.open(target, &error), qPrintable(error));
            QSqlQuery q(to.sql());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (uuid, name) VALUES "
                                          "('00000000-0000-4000-8000-0000000000aa', 'Kept')")));
            const QVector<CopiedTable> before = cxtest::checksums(to);
            CopyOptions options;
            options.replace = true;
            qint64 seen = 0;
            qint64 all = 0;
            options.progress = [&](qint64 done, qint64 total) {
                seen = done;
                all = total;
                return done < total / 2;
            };
            QVERIFY(!copyDatabase(source.sql(), to.sql(), options, nullptr, &error));
            QVERIFY2(!error.isEmpty(), qPrintable(target));
            QVERIFY(all > 1000);
            QVERIFY(seen >= all / 2 && seen < all);
            QString difference;
            QVERIFY2(cxtest::sameTables(cxtest::checksums(to), before, &difference),
                     qPrintable(difference));
            QCOMPARE(scalar(to, QStringLiteral("SELECT name FROM customers")).toString(),
                     QStringLiteral("Kept"));
        }
    }

    void anOlderOrNewerSchemaIsRefused()
    {
        QString error;
        Database source;
        QVERIFY2(source.open(m_source, &error, Database::OpenMode::MustExist), qPrintable(error));
        Database server;
        QVERIFY2(server.open(freshServerDatabase(), &error), qPrintable(error));
        QSqlQuery q(server.sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO cxdesk_schema (version, written_by) SELECT "
                                      "max(version) + 1, 'a newer CX Desk' FROM cxdesk_schema")));
        QVERIFY(!copy(source, server, nullptr, &error));
        QVERIFY2(error.contains(QString::number(Database::SchemaVersion + 1)), qPrintable(error));
        QCOMPARE(scalar(server, QStringLiteral("SELECT count(*) FROM customers")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
