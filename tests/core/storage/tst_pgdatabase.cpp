// A CX Desk database on a PostgreSQL server: an empty database gets the
// schema, two clients starting at once upgrade it once, a client older than
// the server's schema is refused with the version to install, a database of
// another program is refused, and the address shown never holds the password.

#include "core/storage/database.h"
#include "tests/common/pgserver.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace cx;

class TestPgDatabase : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    int m_databases = 0;

    // A new empty database on the server, and its address.
    QString freshDatabase()
    {
        const QString name = QStringLiteral("cx%1").arg(++m_databases);
        QString error;
        if (!m_server.createDatabase(name, &error))
            qWarning() << error;
        return m_server.uri(name);
    }

    static QVariant scalar(Database& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void emptyDatabaseGetsTheSchema()
    {
        const QString uri = freshDatabase();
        Database db;
        QString error;
        // A command that only reads does not set up an empty database.
        QVERIFY(!db.open(uri, &error, Database::OpenMode::MustExist));
        QVERIFY2(error.contains(QStringLiteral("no CX Desk data yet")), qPrintable(error));
        QVERIFY2(db.open(uri, &error), qPrintable(error));
        QVERIFY(db.isServer());
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT written_by FROM cxdesk_schema")).toString(),
                 QStringLiteral(CXDESK_VERSION));
        QVERIFY(scalar(db, QStringLiteral("SELECT to_regclass('customers') IS NOT NULL")).toBool());
        db.close();
        // Opened again: nothing to do, same version.
        QVERIFY2(db.open(uri, &error, Database::OpenMode::MustExist), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
    }

    void twoClientsMigrateOnce()
    {
        const QString uri = freshDatabase();
        QString errors[4];
        bool ok[4] = {};
        QVector<QThread*> threads;
        for (int i = 0; i < 4; ++i)
            threads << QThread::create([&, i] {
                Database db;
                ok[i] = db.open(uri, &errors[i]);
            });
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            QVERIFY(t->wait(120000));
            delete t;
        }
        for (int i = 0; i < 4; ++i)
            QVERIFY2(ok[i], qPrintable(errors[i]));
        Database db;
        QString error;
        QVERIFY2(db.open(uri, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM cxdesk_schema")).toInt(), 1);
    }

    void olderClientIsRefused()
    {
        const QString uri = freshDatabase();
        {
            Database db;
            QString error;
            QVERIFY2(db.open(uri, &error), qPrintable(error));
            QSqlQuery q(db.sql());
            QVERIFY(q.exec(QStringLiteral("UPDATE cxdesk_schema SET version = %1, written_by = "
                                          "'9.4.0'")
                               .arg(Database::SchemaVersion + 1)));
        }
        Database db;
        QString error;
        QVERIFY(!db.open(uri, &error));
        QVERIFY2(error.contains(QStringLiteral("install CX Desk 9.4.0 or newer")),
                 qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void anotherProgramsDatabaseIsRefused()
    {
        const QString uri = freshDatabase();
        {
            QSqlDatabase raw =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
            raw.setHostName(m_server.socketDir());
            raw.setPort(m_server.port());
            raw.setUserName(QStringLiteral("postgres"));
            raw.setDatabaseName(QStringLiteral("cx%1").arg(m_databases));
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database db;
        QString error;
        QVERIFY(!db.open(uri, &error));
        QVERIFY2(error.contains(QStringLiteral("belongs to another program")), qPrintable(error));
        // It was left as it was: no CX Desk table was added.
        QSqlDatabase raw =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw2"));
        raw.setHostName(m_server.socketDir());
        raw.setPort(m_server.port());
        raw.setUserName(QStringLiteral("postgres"));
        raw.setDatabaseName(QStringLiteral("cx%1").arg(m_databases));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(
            q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q.finish();
        raw.close();
    }

    void addressWithoutPassword()
    {
        QString uri = freshDatabase();
        uri.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:letmein@"));
        Database db;
        QString error;
        QVERIFY2(db.open(uri, &error), qPrintable(error)); // trust: the password is not needed
        QVERIFY(!db.path().contains(QStringLiteral("letmein")));
        QVERIFY(db.path().startsWith(QStringLiteral("postgresql://postgres@")));
        Database missing;
        QVERIFY(!missing.open(
            m_server.uri(QStringLiteral("nosuch"))
                .replace(QStringLiteral("postgres@"), QStringLiteral("postgres:letmein@")),
            &error));
        QVERIFY2(error.contains(QStringLiteral("no database \"nosuch\"")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("letmein")));
    }
};

QTEST_MAIN(TestPgDatabase)
#include "tst_pgdatabase.moc"
