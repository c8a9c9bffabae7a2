// Known-answer tests for the metrics of docs/database.md. The data set is
// small enough that every expected number is worked out by hand below.

#include "core/metrics/dashboard.h"
#include "core/metrics/metrics.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

namespace {
// Channels are seeded: 1 Web, 3 Store. Surveys 1 (nps, csat, ces, text) and 2 (nps).
const char* const kData = R"(
INSERT INTO customers (id, uuid, external_id, name, segment, first_contact_on, converted_on, churned_on) VALUES
 (1, 'u-a', 'A', 'Ann',   'Retail',   '2026-01-05', '2026-01-10', NULL),
 (2, 'u-b', 'B', 'Ben',   'Retail',   '2026-01-01', '2026-02-01', '2026-03-01'),
 (3, 'u-c', 'C', 'Cat',   'Retail',   '2026-01-01', '2026-01-15', '2026-02-28'),
 (4, 'u-d', 'D', 'Dan',   'Business', '2026-03-05', '2026-03-20', NULL),
 (5, 'u-e', 'E', 'Eve',   'Business', '2026-03-10', '2026-04-02', NULL),
 (6, 'u-f', 'F', 'Fay',   'Business', '2026-03-31', NULL,         NULL),
 (7, 'u-g', 'G', 'Gus',   'Business', '2025-12-01', '2026-02-28', '2026-04-15'),
 (8, 'u-h', 'H', 'Hal',   'Retail',   '2026-02-20', '2026-03-01', NULL);
INSERT INTO surveys (id, uuid, title, status) VALUES (1, 's-1', 'Visit', 'active'), (2, 's-2', 'Relationship', 'active');
INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES
 (1, 1, 0, 'n', 'nps', 'Recommend?'), (2, 1, 1, 'c', 'csat', 'Satisfied?'), (3, 1, 2, 'e', 'ces', 'Easy?'),
 (4, 1, 3, 't', 'text', 'Why?'), (5, 2, 0, 'n2', 'nps', 'Recommend?');
INSERT INTO responses (id, uuid, survey_id, customer_id, channel_id, submitted_at, source) VALUES
 (1, 'r-1', 1, 1,    1, '2026-03-02T10:00:00+01:00', 'kiosk'),
 (2, 'r-2', 1, 2,    1, '2026-03-15T09:00:00Z',      'kiosk'),
 (3, 'r-3', 1, 4,    3, '2026-03-31T23:30:00-05:00', 'paper'),
 (4, 'r-4', 1, NULL, 3, '2026-03-20T12:00:00+01:00', 'paper'),
 (5, 'r-5', 1, 7,    3, '2026-03-10T08:00:00+01:00', 'manual'),
 (6, 'r-6', 1, 1,    1, '2026-02-28T23:59:00+01:00', 'kiosk'),
 (7, 'r-7', 1, NULL, 1, '2026-04-01T00:00:00+02:00', 'kiosk'),
 (8, 'r-8', 2, 6,    1, '2026-03-25T10:00:00+01:00', 'import');
INSERT INTO answers (response_id, question_id, value_num, value_text) VALUES
 (1, 1, 10, NULL), (1, 2, 5, NULL), (1, 3, 6, NULL), (1, 4, NULL, 'great'),
 (2, 1, 9, NULL),  (2, 2, 4, NULL),
 (3, 1, 7, NULL),  (3, 2, 3, NULL), (3, 3, 2, NULL),
 (4, 1, 3, NULL),  (4, 2, 1, NULL), (4, 3, 4, NULL),
 (5, 1, 6, NULL),  (5, 2, 2, NULL),
 (6, 1, 0, NULL),  (6, 2, 1, NULL),
 (7, 1, 0, NULL),
 (8, 5, 10, NULL);
INSERT INTO interactions (id, uuid, customer_id, channel_id, occurred_at, kind, staff_rating, customer_rating, resolved_at) VALUES
 (1, 'i-1', 1,    1, '2026-03-03T10:00:00+01:00', 'support', 5, 3,    '2026-03-03T10:30:00+01:00'),
 (2, 'i-2', 2,    3, '2026-03-05T09:00:00+01:00', 'support', 4, 4,    '2026-03-06T09:00:00+01:00'),
 (3, 'i-3', 4,    3, '2026-03-10T23:00:00+01:00', 'enquiry', 3, NULL, '2026-03-11T01:00:00+02:00'),
 (4, 'i-4', 7,    1, '2026-03-20T12:00:00Z',      'complaint', 2, 5, NULL),
 (5, 'i-5', 1,    1, '2026-04-02T10:00:00+02:00', 'support', 1, 5,    '2026-04-09T10:00:00+02:00'),
 (6, 'i-6', NULL, 3, '2026-03-25T08:00:00+01:00', 'visit',  NULL, 2,  '2026-03-25T08:45:00+01:00')
)";

const double kEps = 1e-9;
} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private:
    cxtest::TestDb* m_db = nullptr;
    MetricValues compute(MetricsFilter f)
    {
        MetricsEngine engine(m_db->sql());
        MetricValues v;
        QString error;
        if (!engine.compute(f, &v, &error))
            qWarning() << error;
        return v;
    }
    static MetricsFilter march()
    {
        MetricsFilter f;
        f.from = QDate(2026, 3, 1);
        f.to = QDate(2026, 3, 31);
        return f;
    }

private slots:
    void init()
    {
        m_db = new cxtest::TestDb;
        QVERIFY(m_db->isOpen());
        QVERIFY(m_db->exec(QLatin1String(kData)));
    }
    void cleanup()
    {
        delete m_db;
        m_db = nullptr;
    }

    void groupNamesThatCannotBeReadAreAnError()
    {
        // The groups' names come from their own tables: when one cannot be read, the
        // breakdown fails with the reason instead of coming back empty.
        QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE channels RENAME TO channels_elsewhere")));
        MetricsEngine engine(m_db->sql());
        QVector<MetricGroup> groups;
        QString error;
        QVERIFY(!engine.computeGroups(march(), GroupBy::Channel, &groups, &error));
        QVERIFY2(error.contains(QLatin1String("channels")), qPrintable(error));
        error.clear();
        QVERIFY2(engine.computeGroups(march(), GroupBy::Segment, &groups, &error),
                 qPrintable(error));
    }

    void marchEverything()
    {
        const MetricValues v = compute(march());
        // NPS answers dated in March (first 10 characters): r1 10, r2 9, r3 7 (23:30 at -05:00
        // is April 1st in UTC, but its date is 2026-03-31), r4 3, r5 6, r8 10. r6 (Feb 28)
        // and r7 (Apr 1) are outside. Promoters r1 r2 r8 = 3, passive r3 = 1, detractors r4 r5 = 2.
        QCOMPARE(v.npsN, 6);
        QCOMPARE(v.promoters, 3);
        QCOMPARE(v.passives, 1);
        QCOMPARE(v.detractors, 2);
        // 100 * (3 - 2) / 6
        QVERIFY(qAbs(*v.nps - 16.666666666666668) < kEps);
        // p = 1/2, d = 1/3: ((p + d) - (p - d)^2) / n = (5/6 - 1/36) / 6 = 29/216; 196 *
        // sqrt(29/216)
        QVERIFY(qAbs(*v.npsMargin - 71.81715466170812) < 1e-9);
        // CSAT answers 5, 4, 3, 1, 2: two of five are 4-5 -> 40; two are 1-2 -> index (2 - 2) / 5 =
        // 0.
        QCOMPARE(v.csatN, 5);
        QVERIFY(qAbs(*v.csat - 40.0) < kEps);
        QVERIFY(qAbs(*v.satisfactionIndex - 0.0) < kEps);
        // CES answers 6, 2, 4: mean 4.
        QCOMPARE(v.cesN, 3);
        QVERIFY(qAbs(*v.ces - 4.0) < kEps);
        // Resolved in March: i1 0.5 h (under an hour), i2 24 h, i3 1 h (23:00+01 -> 01:00+02 is
        // 22:00Z -> 23:00Z), i6 0.75 h; i4 is open, i5 is in April. (0.5 + 24 + 1 + 0.75) / 4.
        QCOMPARE(v.resolvedN, 4);
        QCOMPARE(*v.avgResolutionHours, 6.5625); // exact: durations are whole milliseconds
        // Both ratings: i1 (5, 3), i2 (4, 4), i4 (2, 5): 11/3 - 12/3 = -1/3.
        QCOMPARE(v.perceptionGapN, 3);
        QVERIFY(qAbs(*v.perceptionGap - (-1.0 / 3.0)) < kEps);
        // Converted before Mar 1 and not churned before it: A, B (churns ON Mar 1, so still a
        // customer at the start), G. Not C (churned Feb 28) nor H (converted on Mar 1).
        QCOMPARE(v.customersAtStart, 3);
        // Converted within March: D (Mar 20), H (Mar 1). E converts in April.
        QCOMPARE(v.newCustomers, 2);
        QVERIFY(qAbs(*v.acquisitionRate - 200.0 / 3.0) < kEps);
        // Of A, B, G only B churns in March (G in April).
        QCOMPARE(v.churnedCustomers, 1);
        QVERIFY(qAbs(*v.churnRate - 100.0 / 3.0) < kEps);
        // First contact in March: D, E, F. Converted by Mar 31: D only.
        QCOMPARE(v.leads, 3);
        QCOMPARE(v.convertedLeads, 1);
        QVERIFY(qAbs(*v.conversionRate - 100.0 / 3.0) < kEps);
    }

    void channelFilter()
    {
        MetricsFilter f = march();
        f.channelId = 1; // Web
        const MetricValues v = compute(f);
        // Web responses r1 (10), r2 (9), r8 (10): all promoters; margin 196 * sqrt((1 - 1) / 3) =
        // 0.
        QCOMPARE(v.npsN, 3);
        QVERIFY(qAbs(*v.nps - 100.0) < kEps);
        QVERIFY(qAbs(*v.npsMargin) < kEps);
        // CSAT 5 and 4: 100 %, index 100. CES: r1's 6.
        QVERIFY(qAbs(*v.csat - 100.0) < kEps);
        QVERIFY(qAbs(*v.satisfactionIndex - 100.0) < kEps);
        QVERIFY(qAbs(*v.ces - 6.0) < kEps);
        // Web interactions i1 (resolved 0.5 h; 5 vs 3) and i4 (open; 2 vs 5): gap 3.5 - 4 = -0.5.
        QCOMPARE(v.resolvedN, 1);
        QCOMPARE(*v.avgResolutionHours, 0.5);
        QCOMPARE(v.perceptionGapN, 2);
        QVERIFY(qAbs(*v.perceptionGap + 0.5) < kEps);
        // Customer metrics ignore the channel.
        QCOMPARE(v.customersAtStart, 3);
        QCOMPARE(v.churnedCustomers, 1);
    }

    void segmentFilter()
    {
        MetricsFilter f = march();
        f.segment = QStringLiteral("Business");
        const MetricValues v = compute(f);
        // Business customers D, E, F, G. Responses r3 (D: 7), r5 (G: 6), r8 (F: 10):
        // 1 promoter, 1 passive, 1 detractor -> 0; margin 196 * sqrt((2/3) / 3) = 92.395...
        QCOMPARE(v.npsN, 3);
        QVERIFY(qAbs(*v.nps) < kEps);
        QVERIFY(qAbs(*v.npsMargin - 92.39528607504221) < 1e-9);
        // CSAT r3 3, r5 2: none 4-5 -> 0 %; one 1-2 -> index -50. CES r3 2.
        QVERIFY(qAbs(*v.csat) < kEps);
        QVERIFY(qAbs(*v.satisfactionIndex + 50.0) < kEps);
        QVERIFY(qAbs(*v.ces - 2.0) < kEps);
        // Interactions of D (i3, 1 h) and G (i4, open, 2 vs 5).
        QCOMPARE(v.resolvedN, 1);
        QCOMPARE(*v.avgResolutionHours, 1.0);
        QVERIFY(qAbs(*v.perceptionGap + 3.0) < kEps);
        // At start: G. New: D. Churned: none. Leads D, E, F; converted D.
        QCOMPARE(v.customersAtStart, 1);
        QCOMPARE(v.newCustomers, 1);
        QVERIFY(qAbs(*v.acquisitionRate - 100.0) < kEps);
        QCOMPARE(v.churnedCustomers, 0);
        QVERIFY(qAbs(*v.churnRate) < kEps);
        QCOMPARE(v.leads, 3);
        QCOMPARE(v.convertedLeads, 1);
    }

    void surveyFilterAndEmptyDenominators()
    {
        MetricsFilter f = march();
        f.surveyId = 2;
        const MetricValues v = compute(f);
        // Only r8 (10): one answer, one promoter -> 100, margin 0.
        QCOMPARE(v.npsN, 1);
        QVERIFY(qAbs(*v.nps - 100.0) < kEps);
        // Survey 2 asks no CSAT or CES: their values are null.
        QCOMPARE(v.csatN, 0);
        QVERIFY(!v.csat.has_value());
        QVERIFY(!v.satisfactionIndex.has_value());
        QVERIFY(!v.ces.has_value());
        const QJsonObject json = v.toJson();
        QVERIFY(json.value(QStringLiteral("csat")).isNull());
        QCOMPARE(json.value(QStringLiteral("nps_n")).toInt(), 1);
    }

    void oneDayAllDetractors()
    {
        MetricsFilter f;
        f.from = f.to = QDate(2026, 3, 10);
        const MetricValues v = compute(f);
        // Only r5 (6): one answer, all detractors -> -100; p = 0, d = 1: (1 - 1) / 1 = 0 -> margin
        // 0.
        QCOMPARE(v.npsN, 1);
        QCOMPARE(v.detractors, 1);
        QVERIFY(qAbs(*v.nps + 100.0) < kEps);
        QVERIFY(qAbs(*v.npsMargin) < kEps);
        // i3 occurred at 23:00 on Mar 10 and was resolved after midnight: 1 h, counted on Mar 10.
        QCOMPARE(v.resolvedN, 1);
        QCOMPARE(*v.avgResolutionHours, 1.0);
        // E's first contact is that day; E converts only in April: 0 of 1 converted -> 0 %.
        QCOMPARE(v.leads, 1);
        QCOMPARE(v.convertedLeads, 0);
        QVERIFY(qAbs(*v.conversionRate) < kEps);
        // Customers at the start of Mar 10: A, G and H (converted Mar 1); B churned on Mar 1.
        QCOMPARE(v.customersAtStart, 3);
    }

    void emptyDatabaseGivesNulls()
    {
        cxtest::TestDb empty;
        MetricsEngine engine(empty.sql());
        MetricValues v;
        QString error;
        QVERIFY(engine.compute({}, &v, &error));
        QCOMPARE(v.from, QDate::currentDate()); // no data: the period is today
        QCOMPARE(v.npsN, 0);
        for (const char* key :
             {"nps", "nps_margin", "csat", "satisfaction_index", "ces", "avg_resolution_hours",
              "acquisition_rate", "churn_rate", "conversion_rate", "perception_gap"})
            QVERIFY2(v.toJson().value(QLatin1String(key)).isNull(), key);
        QCOMPARE(v.toJson().size(), 23);
    }

    void defaultPeriodStartsAtEarliestDate()
    {
        MetricsEngine engine(m_db->sql());
        QCOMPARE(engine.earliestDate(), QDate(2025, 12, 1)); // G's first contact
        MetricsFilter f;
        QString error;
        QVERIFY(engine.resolvePeriod(&f, &error));
        QCOMPARE(f.from, QDate(2025, 12, 1));
        QCOMPARE(f.to, QDate::currentDate());
        f.from = QDate(2026, 4, 1);
        f.to = QDate(2026, 3, 1);
        QVERIFY(!engine.resolvePeriod(&f, &error));
        QVERIFY(error.contains(QLatin1String("after it ends")));
    }

    void byMonth()
    {
        MetricsEngine engine(m_db->sql());
        MetricsFilter f;
        f.from = QDate(2026, 2, 1);
        f.to = QDate(2026, 3, 31);
        QVector<MetricGroup> groups;
        QString error;
        QVERIFY(engine.computeGroups(f, GroupBy::Month, &groups, &error));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].key, QStringLiteral("2026-02"));
        const MetricValues& feb = groups[0].values;
        // February: r6 (0) only -> -100. At Feb 1: A and C (churns Feb 28); B converts Feb 1 and
        // G Feb 28 -> 2 new; C churns -> 50 %. Lead H (Feb 20) converts Mar 1 -> 0 of 1.
        QCOMPARE(feb.npsN, 1);
        QVERIFY(qAbs(*feb.nps + 100.0) < kEps);
        QCOMPARE(feb.customersAtStart, 2);
        QCOMPARE(feb.newCustomers, 2);
        QVERIFY(qAbs(*feb.churnRate - 50.0) < kEps);
        QCOMPARE(feb.leads, 1);
        QVERIFY(qAbs(*feb.conversionRate) < kEps);
        // March equals the March period computed on its own.
        const MetricValues march = compute(TestMetrics::march());
        QCOMPARE(groups[1].key, QStringLiteral("2026-03"));
        QCOMPARE(groups[1].values.toJson(), march.toJson());
    }

    void monthsAgreeWithEachMonthOnItsOwn_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("segment");
        const QString none;
        QTest::newRow("mid-month to mid-month")
            << QDate(2025, 12, 15) << QDate(2026, 4, 10) << none;
        QTest::newRow("last day to first day") << QDate(2026, 1, 31) << QDate(2026, 3, 1) << none;
        QTest::newRow("inside one month") << QDate(2026, 3, 5) << QDate(2026, 3, 20) << none;
        QTest::newRow("a year, Retail")
            << QDate(2025, 6, 1) << QDate(2026, 5, 31) << QStringLiteral("Retail");
        QTest::newRow("mid-month, Business")
            << QDate(2026, 1, 20) << QDate(2026, 4, 15) << QStringLiteral("Business");
    }

    // The chart's months and `metrics --by month` read every month's customer
    // counts at once; each must equal that month (cut to the period) computed
    // alone, including customers whose dates are odd or fall on a boundary.
    void monthsAgreeWithEachMonthOnItsOwn()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, segment);
        QVERIFY(m_db->exec(QStringLiteral(
            "INSERT INTO customers (id, uuid, name, segment, first_contact_on, converted_on, "
            "churned_on) VALUES "
            "(20, 'u-20', 'Same day', 'Retail', '2026-01-31', '2026-01-31', '2026-01-31'), "
            "(21, 'u-21', 'Churned first', 'Retail', '2025-11-02', '2026-03-10', '2026-02-10'), "
            "(22, 'u-22', 'Never converted', 'Business', '2026-02-01', NULL, '2026-03-15'), "
            "(23, 'u-23', 'Month ends', 'Business', '2026-02-28', '2026-03-01', '2026-04-01'), "
            "(24, 'u-24', 'Before it all', 'Retail', '2025-01-01', '2025-02-01', '2026-03-05'), "
            "(25, 'u-25', 'No segment', NULL, '2026-03-20', '2026-04-10', '2026-04-15'), "
            "(26, 'u-26', 'Late lead', 'Business', '2026-01-20', '2026-02-19', NULL)")));
        MetricsEngine engine(m_db->sql());
        MetricsFilter f;
        f.from = from;
        f.to = to;
        f.segment = segment;
        QString error;
        QVector<MetricGroup> groups;
        QVERIFY2(engine.computeGroups(f, GroupBy::Month, &groups, &error), qPrintable(error));
        DashboardData dashboard;
        QVERIFY2(loadDashboard(m_db->sql(), f, &dashboard, &error), qPrintable(error));
        QCOMPARE(dashboard.months.size(), groups.size());
        qint64 customersSeen = 0;
        int i = 0;
        for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1), ++i) {
            MetricsFilter mf = f;
            mf.from = std::max(m, from);
            mf.to = std::min(m.addMonths(1).addDays(-1), to);
            const MetricValues alone = compute(mf);
            const QString month = m.toString(QStringLiteral("yyyy-MM"));
            QCOMPARE(groups[i].key, month);
            QCOMPARE(groups[i].values.toJson(), alone.toJson());
            QCOMPARE(dashboard.months[i].month, month);
            QCOMPARE(dashboard.months[i].values.customersAtStart, alone.customersAtStart);
            QCOMPARE(dashboard.months[i].values.newCustomers, alone.newCustomers);
            QCOMPARE(dashboard.months[i].values.churnedCustomers, alone.churnedCustomers);
            QCOMPARE(dashboard.months[i].values.leads, alone.leads);
            QCOMPARE(dashboard.months[i].values.convertedLeads, alone.convertedLeads);
            customersSeen += alone.customersAtStart + alone.newCustomers + alone.leads;
        }
        QCOMPARE(i, groups.size());
        QVERIFY(customersSeen > 0); // the periods above all hold customers
    }

    void byChannelMatchesChannelFilter()
    {
        MetricsEngine engine(m_db->sql());
        QVector<MetricGroup> groups;
        QString error;
        QVERIFY(engine.computeGroups(march(), GroupBy::Channel, &groups, &error));
        QCOMPARE(groups.size(), 9); // every seeded channel
        for (const MetricGroup& g : groups) {
            MetricsFilter f = march();
            f.channelId = g.id;
            QCOMPARE(g.values.toJson(), compute(f).toJson());
        }
        QCOMPARE(groups[0].key, QStringLiteral("Web"));
        QCOMPARE(groups[0].values.npsN, 3);
        // Store: r3 7, r4 3, r5 6 -> (0 - 2) / 3; margin 196 * sqrt((2/3 - 4/9) / 3).
        QCOMPARE(groups[2].key, QStringLiteral("Store"));
        QVERIFY(qAbs(*groups[2].values.nps + 200.0 / 3.0) < kEps);
        QVERIFY(qAbs(*groups[2].values.npsMargin - 53.344443287278104) < 1e-9);
    }

    void bySegmentMatchesSegmentFilter()
    {
        MetricsEngine engine(m_db->sql());
        QVector<MetricGroup> groups;
        QString error;
        QVERIFY(engine.computeGroups(march(), GroupBy::Segment, &groups, &error));
        QCOMPARE(groups.size(), 2);
        QCOMPARE(groups[0].key, QStringLiteral("Business"));
        QCOMPARE(groups[1].key, QStringLiteral("Retail"));
        for (const MetricGroup& g : groups) {
            MetricsFilter f = march();
            f.segment = g.key;
            QCOMPARE(g.values.toJson(), compute(f).toJson());
        }
        // Retail: A, B at start; H new (50 %); B churns (50 %); no Retail lead in March.
        QCOMPARE(groups[1].values.customersAtStart, 2);
        QVERIFY(qAbs(*groups[1].values.acquisitionRate - 50.0) < kEps);
        QVERIFY(qAbs(*groups[1].values.churnRate - 50.0) < kEps);
        QVERIFY(!groups[1].values.conversionRate.has_value());
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
