// Lists read page by page: every page equals the same rows of one ORDER BY,
// whatever the keys' directions, ties and NULLs; no statement stays open
// between pages; and a connection that pages through a list can still write
// after another one has.

#include "core/customers/customerkeys.h"
#include "core/storage/database.h"
#include "core/storage/pagedquery.h"
#include "core/storage/sqlutil.h"
#include "tests/common/testdb.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtTest>

using namespace cx;

namespace {

// Every row of the query, in pages of `pageSize`.
QVector<PagedQuery::Row> allPages(QSqlDatabase& db, PagedQuery q, int pageSize,
                                  int* fetches = nullptr)
{
    QVector<PagedQuery::Row> out;
    bool more = true;
    int n = 0;
    while (more) {
        QVector<PagedQuery::Row> rows;
        QString error;
        if (!q.fetch(db, pageSize, &rows, &more, &error)) {
            qWarning() << error;
            return {};
        }
        if (!cxtest::openStatements(db).isEmpty())
            qWarning() << "open after a page:" << cxtest::openStatements(db);
        out += rows;
        ++n;
    }
    if (fetches)
        *fetches = n;
    return out;
}

QVector<PagedQuery::Row> oneQuery(QSqlDatabase& db, const QString& sql, int columns)
{
    QVector<PagedQuery::Row> out;
    QSqlQuery q(db);
    q.exec(sql);
    while (q.next()) {
        PagedQuery::Row row(columns);
        for (int c = 0; c < columns; ++c)
            row[c] = q.value(c);
        out << row;
    }
    return out;
}

QVector<qint64> ids(const QVector<PagedQuery::Row>& rows)
{
    QVector<qint64> out;
    for (const auto& r : rows)
        out << r.value(0).toLongLong();
    return out;
}

} // namespace

class TestPagedQuery : public QObject
{
    Q_OBJECT

private:
    cxtest::TestDb* m_t = nullptr;

private slots:
    void initTestCase()
    {
        m_t = new cxtest::TestDb;
        QVERIFY(m_t->isOpen());
        // Many ties, NULLs, case differences and repeated values.
        QRandomGenerator rng(42);
        const QStringList names = {"ann", "Ann", "bob", "Bob", "cy", "dee", "Émile", "zoë", ""};
        Transaction tx(m_t->sql());
        QSqlQuery q(m_t->sql());
        q.prepare(QStringLiteral("INSERT INTO customers (uuid, name, email, segment, "
                                 "first_contact_on) VALUES (?, ?, ?, ?, ?)"));
        for (int i = 0; i < 1500; ++i) {
            q.addBindValue(QStringLiteral("u%1").arg(i));
            q.addBindValue(names[rng.bounded(int(names.size()))] +
                           (rng.bounded(3) == 0 ? QString() : QStringLiteral(" x")));
            q.addBindValue(rng.bounded(4) == 0
                               ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(QStringLiteral("m%1@example.org").arg(rng.bounded(40))));
            q.addBindValue(rng.bounded(3) == 0
                               ? QVariant(QMetaType::fromType<QString>())
                               : QVariant(QStringLiteral("seg%1").arg(rng.bounded(3))));
            q.addBindValue(
                QStringLiteral("2026-0%1-1%2").arg(1 + rng.bounded(9)).arg(rng.bounded(10)));
            QVERIFY(q.exec());
        }
        QString error;
        QVERIFY(tx.commit(&error));
        // Rows written past the repository get their sort keys as on opening.
        QVERIFY2(refreshCustomerKeys(m_t->sql(), &error), qPrintable(error));
    }
    void cleanupTestCase() { delete m_t; }

    // The reference query spells out where NULL goes: first in ascending
    // order, last in descending, as SQLite puts it and the pages keep on a server.
    void pagesEqualOneOrderedQuery_data()
    {
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QVector<SortKey>>("keys");
        QTest::addColumn<int>("pageSize");
        const SortKey id{QStringLiteral("id")}, idDesc{QStringLiteral("id"), true, false};
        const SortKey name{QStringLiteral("name COLLATE NOCASE")},
            nameDesc{QStringLiteral("name COLLATE NOCASE"), true};
        const SortKey email{QStringLiteral("email")}, emailDesc{QStringLiteral("email"), true};
        const SortKey segment{QStringLiteral("segment")},
            first{QStringLiteral("first_contact_on"), true};
        for (int size : {1, 7, 256}) {
            const QByteArray n = QByteArray::number(size);
            QTest::newRow("name, id / " + n)
                << "name COLLATE NOCASE, id" << QVector<SortKey>{name, id} << size;
            QTest::newRow("name desc, id desc / " + n)
                << "name COLLATE NOCASE DESC, id DESC" << QVector<SortKey>{nameDesc, idDesc}
                << size;
            QTest::newRow("email (nulls), id / " + n)
                << "email NULLS FIRST, id" << QVector<SortKey>{email, id} << size;
            QTest::newRow("email desc (nulls last), id desc / " + n)
                << "email DESC NULLS LAST, id DESC" << QVector<SortKey>{emailDesc, idDesc} << size;
            QTest::newRow("mixed: segment, first desc, name, id desc / " + n)
                << "segment NULLS FIRST, first_contact_on DESC NULLS LAST, name COLLATE NOCASE, id "
                   "DESC"
                << QVector<SortKey>{segment, first, name, idDesc} << size;
            QTest::newRow("expression: has email, name, id / " + n)
                << "email IS NULL, name COLLATE NOCASE, id"
                << QVector<SortKey>{{QStringLiteral("email IS NULL"), false, false}, name, id}
                << size;
        }
    }
    void pagesEqualOneOrderedQuery()
    {
        QFETCH(QString, orderBy);
        QFETCH(QVector<SortKey>, keys);
        QFETCH(int, pageSize);
        const QStringList columns{QStringLiteral("id"), QStringLiteral("name"),
                                  QStringLiteral("email")};
        const PagedQuery q(columns, QStringLiteral("customers"),
                           {QStringLiteral("first_contact_on >= ?")},
                           {QStringLiteral("2026-02-01")}, keys);
        const auto expected = oneQuery(
            m_t->sql(),
            QStringLiteral("SELECT id, name, email FROM customers WHERE first_contact_on >= "
                           "'2026-02-01' ORDER BY %1")
                .arg(orderBy),
            3);
        QVERIFY(expected.size() > 1000);
        int fetches = 0;
        const auto paged = allPages(m_t->sql(), q, pageSize, &fetches);
        QCOMPARE(ids(paged), ids(expected));
        QCOMPARE(paged, expected);
        QCOMPARE(fetches, (int(expected.size()) + pageSize - 1) / pageSize);
        QCOMPARE(cxtest::openStatements(m_t->sql()), QStringList());
    }

    void rewindStartsOver()
    {
        PagedQuery q({QStringLiteral("id")}, QStringLiteral("customers"), {}, {},
                     {{QStringLiteral("id"), false, false}});
        QVector<PagedQuery::Row> first, second;
        bool more = false;
        QString error;
        QVERIFY(q.fetch(m_t->sql(), 10, &first, &more, &error));
        QVERIFY(more);
        QVERIFY(q.fetch(m_t->sql(), 10, &second, &more, &error));
        QCOMPARE(second.first().value(0).toLongLong(), first.last().value(0).toLongLong() + 1);
        q.rewind();
        QVERIFY(q.fetch(m_t->sql(), 10, &second, &more, &error));
        QCOMPARE(second, first);
    }

    void theFirstKeyUsesItsIndex()
    {
        if (cxtest::onServer())
            QSKIP("SQLite's query plan; a server plans by its statistics");
        // After the first page, the name order (the names' collation keys)
        // starts inside the list index instead of walking every customer
        // before the last one shown.
        PagedQuery q(
            {QStringLiteral("id"), QStringLiteral("name")}, QStringLiteral("customers"), {}, {},
            {{QStringLiteral("sort_key"), false, true}, {QStringLiteral("id"), false, false}});
        QVector<PagedQuery::Row> rows;
        bool more = false;
        QString error;
        QVERIFY(q.fetch(m_t->sql(), 20, &rows, &more, &error));
        QSqlQuery plan(m_t->sql());
        QVERIFY(plan.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + q.nextStatement()));
        const QVariantList binds = q.nextBinds();
        for (int i = 0; i < binds.size(); ++i)
            plan.bindValue(i, binds[i]);
        QVERIFY(plan.exec());
        QStringList steps;
        while (plan.next())
            steps << plan.value(3).toString();
        QVERIFY2(
            steps.join(QLatin1Char(' '))
                .contains(QLatin1String("SEARCH customers USING COVERING INDEX customers_list")),
            qPrintable(steps.join(QLatin1Char('\n'))));
    }

    void rowsWrittenMeanwhileNeitherRepeatNorVanish()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 100) "
            "INSERT INTO customers (uuid, name) SELECT 'u' || x, "
            "'name ' || CASE WHEN x * 2 < 10 THEN '00' WHEN x * 2 < 100 THEN '0' ELSE '' END || "
            "(x * 2) FROM "
            "n")));
        PagedQuery q(
            {QStringLiteral("id"), QStringLiteral("name")}, QStringLiteral("customers"), {}, {},
            {{QStringLiteral("name"), false, false}, {QStringLiteral("id"), false, false}});
        QVector<PagedQuery::Row> page;
        bool more = false;
        QString error;
        QVERIFY(q.fetch(t.sql(), 50, &page, &more, &error)); // name 002 .. name 100
        QStringList names;
        for (const auto& r : page)
            names << r.value(1).toString();
        // Another program adds one before and one after the point reached, and renames a row not
        // read yet.
        Database other;
        QVERIFY(other.open(t.path(), &error));
        QVERIFY(execSql(
            other.sql(),
            QStringLiteral(
                "INSERT INTO customers (uuid, name) VALUES ('b', 'name 001'), ('a', 'name 101')"),
            &error));
        QVERIFY(execSql(
            other.sql(),
            QStringLiteral("UPDATE customers SET name = 'name 999' WHERE name = 'name 150'"),
            &error));
        while (more) {
            QVERIFY(q.fetch(t.sql(), 50, &page, &more, &error));
            for (const auto& r : page)
                names << r.value(1).toString();
        }
        QCOMPARE(names.size(), 101); // 100 + the one added after the point reached
        QCOMPARE(names.removeDuplicates(), 0);
        QVERIFY(!names.contains(QStringLiteral("name 001")));
        QVERIFY(names.contains(QStringLiteral("name 101")));
        QCOMPARE(names.last(), QStringLiteral("name 999"));
    }

    // The reproduction of the defect this design removes: a connection that
    // keeps a SELECT stepping holds its snapshot, and once another connection
    // commits, its next write fails at once, whatever the busy timeout.
    void aListBeingReadDoesNotBlockWrites()
    {
        if (cxtest::onServer())
            QSKIP(
                "SQLite's file lock held by an open read; a server's readers never block writers");
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 2000) "
            "INSERT INTO customers (uuid, name) SELECT 'u' || x, 'c' || x FROM n")));
        Database other;
        QString error;
        QVERIFY(other.open(t.path(), &error));
        int n = 0;
        auto writeElsewhere = [&] {
            return execSql(
                other.sql(),
                QStringLiteral("INSERT INTO journeys (name) VALUES ('elsewhere %1')").arg(++n),
                &error);
        };
        auto writeHere = [&](QString* why) {
            Transaction tx(t.sql());
            if (!tx.isActive()) {
                *why = tx.error();
                return false;
            }
            return execSql(t.sql(), QStringLiteral("INSERT INTO journeys (name) VALUES ('here')"),
                           why) &&
                   tx.commit(why);
        };

        { // What a list that streams its rows did: the write is refused.
            QSqlQuery streaming(t.sql());
            streaming.setForwardOnly(true);
            QVERIFY(streaming.exec(QStringLiteral("SELECT id, name FROM customers ORDER BY name")));
            QVERIFY(streaming.next());
            QCOMPARE(cxtest::openStatements(t.sql()).size(), 1);
            QVERIFY(writeElsewhere());
            QString why;
            QVERIFY(!writeHere(&why));
            QCOMPARE(why, sql::busyMessage());
        }
        // Paged: between pages nothing is open, and every write goes through.
        PagedQuery q(
            {QStringLiteral("id"), QStringLiteral("name")}, QStringLiteral("customers"), {}, {},
            {{QStringLiteral("name"), false, false}, {QStringLiteral("id"), false, false}});
        bool more = true;
        int pages = 0;
        while (more) {
            QVector<PagedQuery::Row> page;
            QVERIFY(q.fetch(t.sql(), 256, &page, &more, &error));
            QCOMPARE(cxtest::openStatements(t.sql()), QStringList());
            QVERIFY(writeElsewhere());
            QString why;
            QVERIFY2(writeHere(&why), qPrintable(why));
            ++pages;
        }
        QCOMPARE(pages, 8);
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM journeys WHERE name = 'here'")).toInt(),
            8);
    }

    void aMistakeIsAMessage()
    {
        PagedQuery q({QStringLiteral("id")}, QStringLiteral("no_such_table"), {}, {},
                     {{QStringLiteral("id")}});
        QVector<PagedQuery::Row> rows;
        bool more = true;
        QString error;
        QVERIFY(!q.fetch(m_t->sql(), 10, &rows, &more, &error));
        QVERIFY2(error.contains(QLatin1String("no_such_table")), qPrintable(error));
        QVERIFY(!more);
        QVERIFY(!PagedQuery().fetch(m_t->sql(), 10, &rows, &more, &error));
    }
};

QTEST_GUILESS_MAIN(TestPagedQuery)
#include "tst_pagedquery.moc"
