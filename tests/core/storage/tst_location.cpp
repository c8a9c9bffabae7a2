// `--db` and CXDESK_DB take a file path or a PostgreSQL connection URI; the
// URI's parts are read as libpq reads them, a wrong part is named, and the
// password never shows in what is displayed.

#include "core/storage/location.h"

#include <QtTest>

using namespace cx;

class TestLocation : public QObject
{
    Q_OBJECT

private slots:
    void filePath()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY(DatabaseLocation::parse(QStringLiteral("/home/anna/shop.sqlite"), &l, &error));
        QVERIFY(!l.isServer());
        QCOMPARE(l.file, QStringLiteral("/home/anna/shop.sqlite"));
        QCOMPARE(l.displayText(), QStringLiteral("/home/anna/shop.sqlite"));
        // A file whose name merely contains the word is still a file.
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql.sqlite"), &l, &error));
        QVERIFY(!l.isServer());
    }

    void serverUri()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY2(DatabaseLocation::parse(
                     QStringLiteral("postgresql://anna@shop-server:5433/cxdesk?sslmode=require"),
                     &l, &error),
                 qPrintable(error));
        QVERIFY(l.isServer());
        QCOMPARE(l.host, QStringLiteral("shop-server"));
        QCOMPARE(l.port, 5433);
        QCOMPARE(l.user, QStringLiteral("anna"));
        QCOMPARE(l.database, QStringLiteral("cxdesk"));
        QCOMPARE(l.sslMode, QStringLiteral("require"));
        QCOMPARE(l.displayText(),
                 QStringLiteral("postgresql://anna@shop-server:5433/cxdesk?sslmode=require"));
        // postgres:// is the same, the default port is not written back.
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgres://bo@10.0.0.5/shop"), &l, &error));
        QCOMPARE(l.port, 5432);
        QCOMPARE(l.host, QStringLiteral("10.0.0.5"));
        QCOMPARE(l.displayText(), QStringLiteral("postgresql://bo@10.0.0.5/shop"));
    }

    void socketInTheQuery()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY2(DatabaseLocation::parse(
                     QStringLiteral("postgresql://postgres@/cx?host=%2Ftmp%2Fcxpg-1&port=40001"),
                     &l, &error),
                 qPrintable(error));
        QCOMPARE(l.host, QStringLiteral("/tmp/cxpg-1"));
        QCOMPARE(l.port, 40001);
        QCOMPARE(l.database, QStringLiteral("cx"));
        DatabaseLocation again;
        QVERIFY2(DatabaseLocation::parse(l.displayText(), &again, &error), qPrintable(error));
        QCOMPARE(again.host, l.host);
        QCOMPARE(again.port, l.port);
        QCOMPARE(again.database, l.database);
        QCOMPARE(again.user, l.user);
    }

    void passwordNeverShown()
    {
        DatabaseLocation l;
        QString error;
        QVERIFY(DatabaseLocation::parse(QStringLiteral("postgresql://anna:s3cr%40t@shop/cxdesk"),
                                        &l, &error));
        QCOMPARE(l.password, QStringLiteral("s3cr@t"));
        QVERIFY(!l.displayText().contains(QStringLiteral("s3cr")));
        QVERIFY(DatabaseLocation::parse(
            QStringLiteral("postgresql://anna@shop/cxdesk?password=hunter2"), &l, &error));
        QCOMPARE(l.password, QStringLiteral("hunter2"));
        QVERIFY(!l.displayText().contains(QStringLiteral("hunter2")));
    }

    void wrongPartsAreNamed_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("named");
        QTest::newRow("no database") << "postgresql://anna@shop"
                                     << "no database";
        QTest::newRow("tls mode") << "postgresql://anna@shop/cx?sslmode=always"
                                  << "always";
        QTest::newRow("port") << "postgresql://anna@shop/cx?port=99999"
                              << "99999";
        QTest::newRow("unknown") << "postgresql://anna@shop/cx?colour=red"
                                 << "colour";
        QTest::newRow("slash") << "postgresql://anna@shop/cx/more"
                               << "cx/more";
    }

    void wrongPartsAreNamed()
    {
        QFETCH(QString, uri);
        QFETCH(QString, named);
        DatabaseLocation l;
        QString error;
        QVERIFY(!DatabaseLocation::parse(uri, &l, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }
};

QTEST_MAIN(TestLocation)
#include "tst_location.moc"
