// Report content against golden files: the text form of every report on a
// fixed sample business (same seed, same end date, English formats). After an
// intended change, CXDESK_UPDATE_GOLDEN=1 rewrites the files; review the diff.

#include "core/demo/demo.h"
#include "core/metrics/dashboard.h"
#include "core/metrics/metrics.h"
#include "core/reports/report.h"
#include "tests/common/testdb.h"

#include <QFile>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QtTest>

using namespace cx;

namespace {
const QDate kToday(2026, 7, 1);

QString goldenPath(const QString& name)
{
    return qEnvironmentVariable("CXDESK_TEST_DATA") + QStringLiteral("/reports/") + name +
           QStringLiteral(".txt");
}

// The text equals the golden file, line by line (the first difference is named).
bool matchesGolden(const QString& name, const QString& text)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("CXDESK_UPDATE_GOLDEN")) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(text.toUtf8());
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning() << "missing golden file" << path;
        return false;
    }
    const QStringList want = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QStringList got = text.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(want.size(), got.size()); ++i)
        if (want.value(i) != got.value(i)) {
            qWarning().noquote() << name << "line" << i + 1 << "\n  golden:" << want.value(i)
                                 << "\n  now:   " << got.value(i);
            return false;
        }
    return true;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    cxtest::TestDb m_db;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DemoOptions o;
        o.seed = 7;
        o.customers = 400;
        o.interactions = 4000;
        o.responses = 900;
        o.end = QDate(2026, 6, 30);
        QString error;
        QVERIFY2(DemoGenerator(m_db.sql()).generate(o, nullptr, &error), qPrintable(error));
    }

    // The summary's tables by channel and touchpoint come from the
    // dashboard's sums; they equal `metrics --by` computed from the raw rows.
    void dashboardGroupsEqualTheMetricsGroups_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("segment");
        QTest::newRow("a year") << QDate(2025, 7, 1) << QDate(2026, 6, 30) << QString()
                                << QString();
        QTest::newRow("a month, Store")
            << QDate(2026, 5, 1) << QDate(2026, 5, 31) << QStringLiteral("Store") << QString();
        QTest::newRow("a quarter, Family")
            << QDate(2026, 1, 1) << QDate(2026, 3, 31) << QString() << QStringLiteral("Family");
    }
    void dashboardGroupsEqualTheMetricsGroups()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, channel);
        QFETCH(QString, segment);
        MetricsFilter f;
        f.from = from;
        f.to = to;
        f.segment = segment;
        if (!channel.isEmpty()) {
            QSqlQuery q(m_db.sql());
            QVERIFY(
                q.exec(QStringLiteral("SELECT id FROM channels WHERE name = '%1'").arg(channel)) &&
                q.next());
            f.channelId = q.value(0).toLongLong();
        }
        QString error;
        DashboardData d;
        QVERIFY2(loadDashboard(m_db.sql(), f, &d, &error), qPrintable(error));
        MetricsEngine engine(m_db.sql());
        int withAnswers = 0;
        for (const auto& [by, shown] : {std::pair{GroupBy::Channel, &d.byChannel},
                                        std::pair{GroupBy::Touchpoint, &d.byTouchpoint}}) {
            QVector<MetricGroup> groups;
            QVERIFY2(engine.computeGroups(f, by, &groups, &error), qPrintable(error));
            QCOMPARE(shown->size(), groups.size());
            for (int i = 0; i < groups.size(); ++i) {
                const QString where =
                    QStringLiteral("%1 %2").arg(QTest::currentDataTag(), groups[i].key);
                QCOMPARE(shown->at(i).key, groups[i].key);
                QCOMPARE(shown->at(i).id, groups[i].id);
                const QJsonObject a = shown->at(i).values.toJson();
                const QJsonObject b = groups[i].values.toJson();
                QCOMPARE(a.keys(), b.keys());
                for (const QString& key : a.keys()) {
                    const QJsonValue x = a.value(key), y = b.value(key);
                    QVERIFY2(x.isNull() == y.isNull() &&
                                 std::abs(x.toDouble() - y.toDouble()) <=
                                     1e-9 * std::max(1.0, std::abs(y.toDouble())),
                             qPrintable(QStringLiteral("%1: %2 is %3 on the dashboard, %4 in the "
                                                       "metrics")
                                            .arg(where, key)
                                            .arg(x.toDouble())
                                            .arg(y.toDouble())));
                }
                if (groups[i].values.npsN + groups[i].values.resolvedN > 0)
                    ++withAnswers;
            }
        }
        // A channel and touchpoints with answers or interactions, not only empty groups.
        QVERIFY(withAnswers >= 2);
    }

    void summary()
    {
        MetricsFilter f;
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 30);
        Report r;
        QString error;
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        QCOMPARE(r.business, QStringLiteral("Crumb & Co."));
        QCOMPARE(r.subtitle, QStringLiteral("Monday, June 1, 2026 to Tuesday, June 30, 2026"));
        // The headline NPS is the metrics engine's, rounded as printed.
        MetricValues v;
        QVERIFY(MetricsEngine(m_db.sql()).compute(f, &v, &error));
        QCOMPARE(r.blocks[2].figures[0].value, (*v.nps > 0 ? QStringLiteral("+") : QString()) +
                                                   QLocale().toString(*v.nps, 'f', 0));
        // June is compared with all of May.
        QCOMPARE(r.blocks[1].text,
                 QStringLiteral("Each figure is compared with the month before, May 2026."));
        QVERIFY(matchesGolden(QStringLiteral("summary"), reportText(r)));
    }

    void fewAnswersAreNotNews()
    {
        MetricsFilter f;
        f.from = QDate(2026, 6, 29);
        f.to = QDate(2026, 6, 30);
        Report r;
        QString error;
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        MetricValues v;
        QVERIFY(MetricsEngine(m_db.sql()).compute(f, &v, &error));
        QVERIFY(v.nps && v.npsN < kFewAnswers);
        const ReportFigure& nps = r.blocks[2].figures[0];
        QCOMPARE(nps.tone, 0);
        QVERIFY2(nps.change.contains(QStringLiteral("too few")), qPrintable(nps.change));
        QVERIFY(nps.change.contains(QString::number(v.npsN)));
    }

    void survey()
    {
        const qint64 id =
            m_db.scalar(
                    QStringLiteral("SELECT survey_id FROM questions WHERE kind = 'nps' LIMIT 1"))
                .toLongLong();
        Report r;
        QString error;
        QVERIFY2(
            surveyReport(m_db.sql(), id, QDate(2026, 4, 1), QDate(2026, 6, 30), kToday, &r, &error),
            qPrintable(error));
        QVERIFY(matchesGolden(QStringLiteral("survey"), reportText(r)));
    }

    void journey()
    {
        Report r;
        QString error;
        QVERIFY2(
            journeyReport(m_db.sql(), 1, QDate(2026, 4, 1), QDate(2026, 6, 30), kToday, &r, &error),
            qPrintable(error));
        QVERIFY(matchesGolden(QStringLiteral("journey"), reportText(r)));
        QVERIFY(!journeyReport(m_db.sql(), 999, QDate(), QDate(), kToday, &r, &error));
    }

    void customer()
    {
        const qint64 id =
            m_db.scalar(QStringLiteral(
                            "SELECT customer_id FROM responses WHERE customer_id IS NOT NULL "
                            "GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1"))
                .toLongLong();
        Report r;
        QString error;
        QVERIFY2(customerReport(m_db.sql(), id, kToday, &r, &error), qPrintable(error));
        QVERIFY(matchesGolden(QStringLiteral("customer"), reportText(r)));
        // No period: the file is named by the day it was printed.
        QCOMPARE(suggestedFileName(r), r.title + QStringLiteral(" 2026-07-01.pdf"));
        QVERIFY(!customerReport(m_db.sql(), 0, kToday, &r, &error));
    }

    // A list cut to its first rows says how many it left out.
    void cutListsSaySo()
    {
        MetricsFilter f;
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 30);
        Report r;
        QString error;
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        const qint64 open =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open'"))
                .toLongLong();
        QVERIFY(open > 25);
        const ReportBlock& actions = r.blocks.last();
        QCOMPARE(actions.kind, ReportBlock::Kind::Table);
        QCOMPARE(actions.table.rows.size(), 25);
        QCOMPARE(actions.table.more, open - 25);
        const QStringList lines = reportText(r).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.last(), QStringLiteral("… and %1 more").arg(open - 25));
        QCOMPARE(moreRowsText(1), QStringLiteral("… and 1 more"));
        // A list shown whole has no such line; the weakest five touchpoints have.
        int cut = 0;
        for (const ReportBlock& b : std::as_const(r.blocks))
            if (b.kind == ReportBlock::Kind::Table) {
                if (b.table.header.contains(QStringLiteral("Resolution")))
                    QCOMPARE(b.table.more, 0);
                if (b.table.header.contains(QStringLiteral("Customer score"))) {
                    QCOMPARE(b.table.rows.size(), 5);
                    QVERIFY(b.table.more > 0);
                }
                cut += b.table.more > 0 ? 1 : 0;
            }
        QVERIFY(cut >= 2);
    }

    // Columns with nothing in any row are left out.
    void emptyColumnsAreLeftOut()
    {
        Report r;
        ReportTable t;
        t.header = {QStringLiteral("Name"), QStringLiteral("NPS"), QStringLiteral("Note"),
                    QStringLiteral("CSAT")};
        t.numeric = {false, true, false, true};
        t.rows = {{QStringLiteral("Web"), QStringLiteral("–"), QString(), QStringLiteral("50 %")},
                  {QStringLiteral("Store"), QStringLiteral("–"), QString(), QStringLiteral("–")}};
        r.table(t);
        const ReportTable& kept = r.blocks[0].table;
        QCOMPARE(kept.header, QStringList({QStringLiteral("Name"), QStringLiteral("CSAT")}));
        QCOMPARE(kept.numeric, QVector<bool>({false, true}));
        QCOMPARE(kept.rows[1], QStringList({QStringLiteral("Store"), QStringLiteral("–")}));
        // A table without rows keeps its header.
        ReportTable none;
        none.header = {QStringLiteral("Name")};
        r.table(none);
        QCOMPARE(r.blocks[1].table.header.size(), 1);

        // The summary's touchpoints have no NPS answers in the sample: no NPS columns.
        MetricsFilter f;
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 30);
        QString error;
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        bool touchpoints = false, channels = false;
        for (const ReportBlock& b : std::as_const(r.blocks)) {
            if (b.kind != ReportBlock::Kind::Table)
                continue;
            if (b.table.header.value(0) == QLatin1String("Touchpoint") &&
                b.table.header.contains(QStringLiteral("Resolution"))) {
                touchpoints = true;
                QVERIFY(!b.table.header.contains(QStringLiteral("NPS")));
                QVERIFY(!b.table.header.contains(QStringLiteral("NPS answers")));
                for (const QStringList& row : b.table.rows)
                    QCOMPARE(row.size(), b.table.header.size());
            }
            if (b.table.header.value(0) == QLatin1String("Channel")) {
                channels = true;
                QVERIFY(b.table.header.contains(QStringLiteral("NPS")));
            }
        }
        QVERIFY(touchpoints && channels);
    }

    // The file offered when saving names the period.
    void fileNameNamesThePeriod()
    {
        Report r;
        QString error;
        MetricsFilter f;
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 30);
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        QCOMPARE(suggestedFileName(r), QStringLiteral("CX summary 2026-06.pdf"));
        f.from = QDate(2026, 4, 1);
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        QCOMPARE(suggestedFileName(r), QStringLiteral("CX summary 2026-Q2.pdf"));
        // A quarter is compared with the quarter before.
        QCOMPARE(r.blocks[1].text,
                 QStringLiteral("Each figure is compared with the quarter before, Q1 2026."));
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 15);
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        QCOMPARE(suggestedFileName(r), QStringLiteral("CX summary 2026-06-01 to 2026-06-15.pdf"));
        QVERIFY(r.blocks[1].text.startsWith(
            QStringLiteral("Each figure is compared with the 15 days")));
        QVERIFY2(summaryReport(m_db.sql(), MetricsFilter(), kToday, &r, &error), qPrintable(error));
        QCOMPARE(suggestedFileName(r), QStringLiteral("CX summary all time.pdf"));
        // What a file name cannot hold is replaced.
        Report survey;
        survey.kind = QStringLiteral("survey");
        survey.title = QStringLiteral("Food/drinks: what?");
        survey.from = QDate(2026, 1, 1);
        survey.to = QDate(2026, 12, 31);
        QCOMPARE(suggestedFileName(survey), QStringLiteral("Food-drinks- what- 2026.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
