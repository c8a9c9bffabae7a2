// The sample business: deterministic, coherent, and with a story to tell.

#include "core/demo/demo.h"
#include "core/metrics/metrics.h"
#include "core/storage/maintenance.h"
#include "tests/common/testdb.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace cx;

namespace {
DemoOptions small(quint64 seed)
{
    DemoOptions o;
    o.seed = seed;
    o.customers = 400;
    o.interactions = 5000;
    o.responses = 2000;
    o.end = QDate(2026, 6, 30);
    return o;
}

// A digest of every row of every table, in id order.
QByteArray digest(QSqlDatabase& db)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const char* table : {"customers", "journeys", "stages", "touchpoints", "interactions",
                              "surveys", "questions", "responses", "answers", "actions"}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
        while (q.next())
            for (int c = 0; c < q.record().count(); ++c)
                h.addData(q.value(c).toString().toUtf8() + '\x1f');
    }
    return h.result();
}
} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameData()
    {
        cxtest::TestDb a, b, c;
        QString error;
        DemoSummary s;
        QVERIFY2(DemoGenerator(a.sql()).generate(small(7), &s, &error), qPrintable(error));
        QVERIFY(DemoGenerator(b.sql()).generate(small(7), nullptr, &error));
        QVERIFY(DemoGenerator(c.sql()).generate(small(8), nullptr, &error));
        QCOMPARE(digest(a.sql()), digest(b.sql()));
        QVERIFY(digest(a.sql()) != digest(c.sql()));
        QCOMPARE(s.customers, 400);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 400);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), 5000);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 2000);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), s.actions);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM journeys")).toInt(), 3);
        QCOMPARE(a.scalar(QStringLiteral("SELECT count(*) FROM surveys")).toInt(), 3);
        if (!cxtest::onServer()) // the file is left in WAL mode after the bulk fill
            QCOMPARE(a.scalar(QStringLiteral("PRAGMA journal_mode")).toString(),
                     QStringLiteral("wal"));
    }

    void keepsTheSchemasIndexes()
    {
        // The bulk fill drops and rebuilds secondary indexes; afterwards the
        // schema must be exactly that of a fresh database.
        cxtest::TestDb fresh, filled;
        QString error;
        QVERIFY(DemoGenerator(filled.sql()).generate(small(1), nullptr, &error));
        const QString schema =
            cxtest::onServer()
                ? QStringLiteral("SELECT string_agg(name || ':' || def, '|' ORDER BY name) FROM "
                                 "(SELECT indexname AS name, indexdef AS def FROM pg_indexes "
                                 "WHERE schemaname = current_schema() UNION ALL SELECT tgname, "
                                 "tgenabled::text FROM pg_trigger WHERE NOT tgisinternal) AS s")
                : QStringLiteral("SELECT group_concat(name || ':' || coalesce(sql, ''), '|') FROM "
                                 "(SELECT name, sql FROM sqlite_master WHERE name NOT LIKE "
                                 "'sqlite_stat%' ORDER BY name)");
        QCOMPARE(filled.scalar(schema).toString(), fresh.scalar(schema).toString());
        const QString indexes =
            cxtest::onServer()
                ? QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = "
                                 "current_schema()")
                : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index'");
        QVERIFY(filled.scalar(indexes).toInt() > 20);
    }

    void coherent()
    {
        cxtest::TestDb t;
        QString error;
        QVERIFY(DemoGenerator(t.sql()).generate(small(3), nullptr, &error));
        QCOMPARE(checkDatabase(t.sql()), QStringList());
        // Nobody converts before first contact or churns before converting.
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM customers WHERE converted_on < first_contact_on "
                         "OR churned_on < converted_on OR (churned_on IS NOT NULL AND converted_on "
                         "IS NULL)"))
                .toInt(),
            0);
        // Interactions happen after the customer's first contact and before churn.
        QCOMPARE(
            t
                .scalar(QStringLiteral(
                    "SELECT count(*) FROM interactions i JOIN customers c ON c.id = i.customer_id "
                    "WHERE substr(i.occurred_at, 1, 10) < c.first_contact_on "
                    "OR substr(i.occurred_at, 1, 10) > coalesce(c.churned_on, '9999')"))
                .toInt(),
            0);
        // 18 months of history ending on the chosen day.
        QCOMPARE(
            t
                .scalar(QStringLiteral(
                    "SELECT max(substr(occurred_at, 1, 10)) <= '2026-06-30' FROM interactions"))
                .toInt(),
            1);
        QVERIFY(
            t.scalar(QStringLiteral("SELECT min(first_contact_on) FROM customers")).toString() >=
            QStringLiteral("2024-12-30"));
        // Lifecycle phases across the journeys.
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(DISTINCT lifecycle_phase) FROM stages")).toInt(),
            6);
        QVERIFY(t.scalar(QStringLiteral("SELECT count(DISTINCT channel_id) FROM touchpoints"))
                    .toInt() >= 6);
        // Every detractor with a known customer has a follow-up action.
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM responses r JOIN answers a ON a.response_id = r.id "
                         "JOIN questions q ON q.id = a.question_id WHERE q.kind = 'nps' AND "
                         "a.value_num <= 6 "
                         "AND r.customer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM actions x "
                         "WHERE x.response_id = r.id)"))
                .toInt(),
            0);
        // Comments match their scores: no detractor writes a glowing sentence.
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT count(*) FROM answers t JOIN answers n ON n.response_id = "
                              "t.response_id "
                              "JOIN questions qn ON qn.id = n.question_id AND qn.kind = 'nps' "
                              "WHERE t.value_text LIKE 'Excellent pastries%' AND n.value_num <= 6"))
                     .toInt(),
                 0);
    }

    void storyWeakTouchpointsAndPerceptionGap()
    {
        cxtest::TestDb t;
        QString error;
        DemoOptions o = small(1);
        o.interactions = 20000;
        o.responses = 6000;
        QVERIFY(DemoGenerator(t.sql()).generate(o, nullptr, &error));
        MetricsEngine engine(t.sql());
        QVector<MetricGroup> groups;
        QVERIFY(engine.computeGroups({}, GroupBy::Touchpoint, &groups, &error));
        auto group = [&](const char* name) {
            for (const MetricGroup& g : groups)
                if (g.key == QLatin1String(name))
                    return g.values;
            return MetricValues();
        };
        // Home delivery and the phone menu are clearly worse than the counter ...
        QVERIFY(*group("Home delivery").csat + 30 < *group("Counter order").csat);
        QVERIFY(*group("Phone menu").csat + 30 < *group("Counter order").csat);
        // ... and there the company thinks far better of itself than customers do.
        QVERIFY(*group("Home delivery").perceptionGap > 1.0);
        QVERIFY(*group("Phone menu").perceptionGap > 1.0);
        QVERIFY(qAbs(*group("Cake collection").perceptionGap) < 0.5);
        MetricValues all;
        QVERIFY(engine.compute({}, &all, &error));
        QVERIFY(*all.nps > 0 && *all.nps < 70); // believable, not perfect
        QVERIFY(all.churnedCustomers >= 0);
    }

    void refusesADatabaseWithABusiness()
    {
        cxtest::TestDb t;
        QString error;
        QVERIFY(DemoGenerator(t.sql()).generate(small(1), nullptr, &error));
        const QByteArray before = digest(t.sql());
        QVERIFY(!DemoGenerator(t.sql()).generate(small(2), nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("already holds")), qPrintable(error));
        QCOMPARE(digest(t.sql()), before);
    }

    void theSampleFileIsOwnerOnly()
    {
        // The sample till export names the business's customers.
        cxtest::TestDb t;
        QString error;
        QVERIFY(DemoGenerator(t.sql()).generate(small(3), nullptr, &error));
        const QString file = t.dir() + QStringLiteral("/till-export.csv");
        QVERIFY2(writeTillExportSample(t.sql(), file, &error), qPrintable(error));
        QVERIFY(QFileInfo(file).size() > 0);
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
