// The throwaway server the PostgreSQL tests run on starts, answers on its
// socket, can be stopped as a crash would and started again; and each way a
// connection fails gets one clear message without the password.

#include "core/storage/location.h"
#include "core/storage/serverconnection.h"
#include "core/storage/sqlutil.h"
#include "tests/common/pgserver.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace cx;

class TestPgServer : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;

private slots:
    void initTestCase()
    {
        QString error;
        // No server is a failure, never a skip.
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("cxtest"), &error), qPrintable(error));
    }

    void connects()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY2(DatabaseLocation::parse(m_server.uri(QStringLiteral("cxtest")), &l, &error),
                 qPrintable(error));
        QCOMPARE(l.host, m_server.socketDir());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("a"));
        QVERIFY2(openServerConnection(db, l, &error), qPrintable(error));
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral(
            "SELECT current_database(), current_setting('server_version_num')::int")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("cxtest"));
        QVERIFY(q.value(1).toInt() >= 150000);
        q.finish();
        // Stopped as a crash would: the next statement fails; started again, a new connection
        // works.
        QVERIFY2(m_server.stopImmediately(&error), qPrintable(error));
        QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
        QVERIFY2(m_server.restart(&error), qPrintable(error));
        db.close();
        QVERIFY2(openServerConnection(db, l, &error), qPrintable(error));
        QVERIFY(q.exec(QStringLiteral("SELECT 1")) && q.next());
        db.close();
    }

    void clearMessages()
    {
        QString error;
        DatabaseLocation l;
        QVERIFY(DatabaseLocation::parse(m_server.uri(QStringLiteral("nosuchdb")), &l, &error));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("b"));
        QVERIFY(!openServerConnection(db, l, &error));
        QVERIFY2(error.contains(QStringLiteral("no database \"nosuchdb\"")), qPrintable(error));
        // Nobody listens on this socket: unreachable, and the password is not in the message.
        QVERIFY(DatabaseLocation::parse(
            QStringLiteral("postgresql://anna:topsecret@/cx?host=/nonexistent&port=1"), &l,
            &error));
        QVERIFY(!openServerConnection(db, l, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be reached")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("topsecret")));
        // Words the driver gives for the other cases.
        QVERIFY(serverProblem(QStringLiteral("FATAL: password authentication failed for user "
                                             "\"anna\" topsecret"),
                              l)
                    .contains(QStringLiteral("refused the password")));
        QVERIFY(!serverProblem(QStringLiteral("odd failure topsecret"), l)
                     .contains(QStringLiteral("topsecret")));
        // A server's refusals read as the file's do, naming what the server names.
        const auto said = [](const char* state, const char* words) {
            return sql::errorText(QSqlError(QString(), QLatin1String(words),
                                            QSqlError::StatementError, QLatin1String(state)));
        };
        QCOMPARE(said("23505", "duplicate key value violates unique constraint "
                               "\"customers_external_id_key\""),
                 QStringLiteral("another record already has this value (UNIQUE "
                                "customers_external_id_key)"));
        // With the key in the server's detail, the columns are named as SQLite names them.
        QCOMPARE(said("23505", "duplicate key value violates unique constraint "
                               "\"questions_survey_id_code_key\"\nDETAIL:  Key (survey_id, "
                               "code)=(1, nps) already exists."),
                 QStringLiteral("another record already has this value (UNIQUE "
                                "questions.survey_id, questions.code)"));
        QCOMPARE(said("23502", "null value in column \"name\" of relation \"customers\" "
                               "violates not-null constraint"),
                 QStringLiteral("a required value is missing (customers.name)"));
        QCOMPARE(said("23503", "insert or update on table \"interactions\" violates foreign key"),
                 QStringLiteral("it refers to a record that does not exist (any more)"));
        QCOMPARE(said("42601", "syntax error at or near \"x\""),
                 QStringLiteral("syntax error at or near \"x\""));
        l.sslMode = QStringLiteral("require");
        QVERIFY(
            serverProblem(QStringLiteral("server does not support SSL, but SSL was required"), l)
                .contains(QStringLiteral("offers no TLS")));
    }
};

QTEST_MAIN(TestPgServer)
#include "tst_pgserver.moc"
