// The dashboard: its numbers equal the metrics engine's for the filter in
// force, with or without a segment, and a change is coloured by what it means.

#include "core/common/clock.h"
#include "core/common/format.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/metrics.h"
#include "core/reports/report.h"
#include "core/surveys/surveyentry.h"
#include "tests/common/surveyfixture.h"
#include "tests/common/windowfixture.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionsmodel.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"
#include "ui/surveys/surveyspage.h"
#include "ui/widgets/charts/charts.h"

#include <QJsonObject>
#include <QLabel>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QtTest>

using namespace cx;

namespace {
// Counts must match exactly; ratios to the last few bits, since the dashboard
// adds its groups in another order than one SQL sum does.
bool sameMetrics(const QJsonObject& a, const QJsonObject& b)
{
    if (a.keys() != b.keys())
        return false;
    for (const QString& k : a.keys()) {
        const QJsonValue x = a.value(k), y = b.value(k);
        if (x.isNull() != y.isNull())
            return false;
        if (!x.isNull() &&
            std::abs(x.toDouble() - y.toDouble()) > 1e-9 * std::max(1.0, std::abs(y.toDouble()))) {
            qWarning() << k << x << y;
            return false;
        }
    }
    return true;
}
// Interactions of the period, channel and segment, counted straight from the table.
qint64 countInteractions(cxtest::TestDb& t, const QDate& from, const QDate& to, qint64 channel,
                         const QString& segment)
{
    QSqlQuery q(t.sql());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions i JOIN customers c ON "
                             "c.id = i.customer_id WHERE substr(i.occurred_at, 1, 10) BETWEEN ? "
                             "AND ? AND i.channel_id = ? AND c.segment = ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    q.addBindValue(channel);
    q.addBindValue(segment);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}
} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void dashboardEqualsMetrics()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.filterBar()->setCustomRange(QDate::currentDate().addDays(-90), QDate::currentDate());
        auto* page = qobject_cast<DashboardPage*>(w.page(QStringLiteral("dashboard")));
        QVERIFY(page);
        for (qint64 channel : {qint64(0), qint64(3)}) {
            w.filterBar()->setChannel(channel);
            MetricsFilter f = w.filterBar()->filter();
            QCOMPARE(f.channelId, channel);
            MetricValues expected;
            QString error;
            QVERIFY(MetricsEngine(t.sql()).compute(f, &expected, &error));
            QVERIFY(sameMetrics(page->data().current.toJson(), expected.toJson()));
            MetricValues before;
            QVERIFY(MetricsEngine(t.sql()).compute(previousPeriod(f), &before, &error));
            QVERIFY(sameMetrics(page->data().previous.toJson(), before.toJson()));
            // Every month of the chart equals that month computed on its own.
            QVector<MetricGroup> months;
            QVERIFY(MetricsEngine(t.sql()).computeGroups(f, GroupBy::Month, &months, &error));
            QCOMPARE(page->data().months.size(), months.size());
            for (int m = 0; m < months.size(); ++m)
                QVERIFY(
                    sameMetrics(page->data().months[m].values.toJson(), months[m].values.toJson()));
            const QLocale l;
            QCOMPARE(page->tile(QStringLiteral("csat"))->valueText(),
                     l.toString(*expected.csat, 'f', 1) + QStringLiteral(" %"));
            QVERIFY(page->tile(QStringLiteral("nps"))
                        ->valueText()
                        .endsWith(l.toString(std::abs(*expected.nps), 'f', 0)));
        }
        // With a segment the dashboard reads the raw rows instead of the daily sums; same numbers.
        w.filterBar()->setChannel(0);
        w.filterBar()->setSegment(QStringLiteral("Family"));
        {
            const MetricsFilter f = w.filterBar()->filter();
            QCOMPARE(f.segment, QStringLiteral("Family"));
            MetricValues expected;
            QString error;
            QVERIFY(MetricsEngine(t.sql()).compute(f, &expected, &error));
            QVERIFY(expected.npsN > 0);
            QVERIFY(sameMetrics(page->data().current.toJson(), expected.toJson()));
        }
        // A figure from fewer than kFewAnswers answers shows no alarming arrow.
        MetricTile few(QStringLiteral("NPS"), MetricTile::Higher);
        few.setChange(-10.0, 26.0, QStringLiteral(" points"), 0, 12);
        QVERIFY(few.uncertain());
        QVERIFY(!few.changeText().contains(QStringLiteral("▼")));
        QVERIFY(few.changeText().contains(QStringLiteral("12")));
        few.setChange(-10.0, 26.0, QStringLiteral(" points"), 0, kFewAnswers);
        QVERIFY(!few.uncertain());
        QVERIFY(few.changeText().startsWith(QStringLiteral("▼ 36")));
        // Each missing comparison says which side has no data.
        few.setChange(std::nullopt, 26.0, QString(), 0, 0, true);
        QCOMPARE(few.changeText(), QStringLiteral("no data in this period to compare"));
        few.setChange(12.0, std::nullopt, QString(), 0, 40, true);
        QCOMPARE(few.changeText(), QStringLiteral("no data in the previous period to compare"));
        few.setChange(12.0, std::nullopt, QString(), 0, 40, false);
        QCOMPARE(few.changeText(), QStringLiteral("no earlier period to compare"));
        // A long note wraps: the tile grows taller, not wider than a third of the window.
        const int narrow = few.minimumSizeHint().width();
        few.setValue(QStringLiteral("5.33"),
                     QStringLiteral("a very long note in a language with long words ").repeated(4));
        QVERIFY2(few.minimumSizeHint().width() <= std::max(narrow, 300),
                 qPrintable(QString::number(few.minimumSizeHint().width())));
        // On the page: a custom day with a handful of answers.
        w.filterBar()->setSegment(QString());
        {
            QDate day = QDate::currentDate().addDays(-3);
            w.filterBar()->setCustomRange(day, day);
            const MetricsFilter f = w.filterBar()->filter();
            MetricValues expected;
            QString error;
            QVERIFY(MetricsEngine(t.sql()).compute(f, &expected, &error));
            QVERIFY(expected.npsN > 0 && expected.npsN < kFewAnswers);
            QVERIFY(page->tile(QStringLiteral("nps"))->uncertain());
        }
        // A change is coloured by meaning: churn going down is good.
        MetricTile churn(QStringLiteral("Churn"), MetricTile::Lower);
        churn.setChange(2.0, 5.0, QStringLiteral(" points"), 1);
        QVERIFY(churn.changeText().startsWith(QStringLiteral("▼ 3.0")));
        QVERIFY(
            churn.findChildren<QLabel*>().last()->styleSheet().contains(QLatin1String("#1e8e4f")));
        // A whole calendar period names the one it is compared with.
        MetricTile named(QStringLiteral("NPS"), MetricTile::Higher);
        named.setComparedWith(QStringLiteral("October 2026"));
        named.setChange(30.0, 27.0, QStringLiteral(" points"), 0, 100);
        QCOMPARE(named.changeText(), QStringLiteral("▲ 3 points vs October 2026"));
        named.setChange(27.0, 27.0, QStringLiteral(" points"), 0, 100);
        QCOMPARE(named.changeText(), QStringLiteral("= unchanged vs October 2026"));
    }

    void wholeMonthIsComparedWithTheMonthBefore()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        const QDate today = clock::today();
        const QDate from = QDate(today.year(), today.month(), 1).addMonths(-1);
        const QDate to = from.addMonths(1).addDays(-1);
        DashboardPage page(t.db());
        MetricsFilter f;
        f.from = from;
        f.to = to;
        page.setFilter(f);
        QCOMPARE(page.data().previous.from, from.addMonths(-1));
        QCOMPARE(page.data().previous.to, from.addDays(-1));
        const QString change = page.tile(QStringLiteral("csat"))->changeText();
        const QString before = QLocale().standaloneMonthName(from.addMonths(-1).month());
        QVERIFY2(change.contains(before), qPrintable(change));
    }

    // The window and the report write an NPS with the same sign.
    void npsSignAgreesWithTheReport()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        // One day per score: 27 promoters and 73 passives make +27, passives
        // alone 0, 14 detractors and 86 passives -14.
        struct Day
        {
            QDate day;
            int promoters, passives, detractors;
            QString shown;
        };
        const QVector<Day> days{{QDate(2026, 3, 2), 27, 73, 0, QStringLiteral("+27")},
                                {QDate(2026, 3, 4), 0, 10, 0, QStringLiteral("0")},
                                {QDate(2026, 3, 6), 0, 86, 14, QStringLiteral("-14")}};
        for (const Day& d : days) {
            auto answer = [&](int score, int times) {
                for (int i = 0; i < times; ++i) {
                    Submission how;
                    how.at = QDateTime(d.day, QTime(10, 0));
                    AnswerMap a{{QStringLiteral("nps"), score}, {QStringLiteral("back"), 1}};
                    if (score <= 6)
                        a.insert(QStringLiteral("why"), QStringLiteral("Slow"));
                    Submitted out;
                    QString error;
                    QVERIFY2(submitResponse(t.sql(), s, a, how, &out, &error), qPrintable(error));
                }
            };
            answer(10, d.promoters);
            answer(8, d.passives);
            answer(3, d.detractors);
        }
        DashboardPage page(t.db());
        for (const Day& d : days) {
            MetricsFilter f;
            f.from = d.day;
            f.to = d.day;
            page.setFilter(f);
            Report r;
            QString error;
            QVERIFY2(summaryReport(t.sql(), f, d.day, &r, &error), qPrintable(error));
            const QString tile = page.tile(QStringLiteral("nps"))->valueText();
            QCOMPARE(tile, d.shown);
            QCOMPARE(r.blocks[2].figures[0].label, QStringLiteral("Net Promoter Score"));
            QCOMPARE(r.blocks[2].figures[0].value, tile);
            // The Surveys page's list writes it so too.
            SurveysPage surveys(t.db());
            surveys.setFilter(f);
            QVERIFY(surveys.tree()->topLevelItemCount() == 1);
            const QString listed = surveys.tree()->topLevelItem(0)->text(4);
            QVERIFY2(listed.startsWith(tile + QStringLiteral(" ± ")), qPrintable(listed));
        }
        QLocale::setDefault(QLocale::c());
    }

    // A click on a chart opens the matching interactions inside the user's
    // filter: the filter bar keeps the period, channel and segment chosen.
    void drillDownKeepsTheFilter()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        const QDate today = QDate::currentDate();
        const QDate from(today.addMonths(-5).year(), today.addMonths(-5).month(), 1);
        w.filterBar()->setCustomRange(from, today);
        w.filterBar()->setChannel(1);
        w.filterBar()->setSegment(QStringLiteral("Family"));
        const MetricsFilter chosen = w.filterBar()->filter();
        auto* page = qobject_cast<DashboardPage*>(w.page(QStringLiteral("dashboard")));
        auto* list = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QVERIFY(page && list);
        QVERIFY(page->data().months.size() >= 3);
        const int month = 1;
        const MetricValues& m = page->data().months[month].values;
        emit page->chart(QStringLiteral("npsByMonth"))->categoryClicked(month);
        QCOMPARE(w.currentPage(), QStringLiteral("interactions"));
        const MetricsFilter after = w.filterBar()->filter();
        QCOMPARE(after.from, chosen.from);
        QCOMPARE(after.to, chosen.to);
        QCOMPARE(after.channelId, chosen.channelId);
        QCOMPARE(after.segment, chosen.segment);
        QCOMPARE(list->narrowing().from, m.from);
        QCOMPARE(list->narrowing().to, m.to);
        QVERIFY(list->narrowingText().contains(format::month(page->data().months[month].month)));
        // The list holds exactly that month's interactions of the filter.
        const qint64 expected =
            countInteractions(t, m.from, m.to, chosen.channelId, chosen.segment);
        QVERIFY(expected > 0);
        InteractionsModel* model = list->model();
        while (model->canFetchMore())
            model->fetchMore();
        QCOMPARE(qint64(model->rowCount()), expected);
        for (int r = 0; r < model->rowCount(); ++r) {
            const QDate d = QDate::fromString(
                model->data(model->index(r, 0), Qt::EditRole).toString().left(10), Qt::ISODate);
            QVERIFY2(!d.isValid() || (d >= m.from && d <= m.to), qPrintable(d.toString()));
        }
        // "Show all" gives back the whole filter.
        list->clearNarrowing();
        QVERIFY(list->narrowingText().isEmpty());
        while (model->canFetchMore())
            model->fetchMore();
        QCOMPARE(qint64(model->rowCount()),
                 countInteractions(t, chosen.from, chosen.to, chosen.channelId, chosen.segment));
        QVERIFY(model->rowCount() > expected);
    }

    // A channel without CSAT answers says "no data" in the chart instead of
    // dropping out or looking like 0 %.
    void channelWithoutAnswersSaysNoData()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        Channel quiet;
        quiet.name = QStringLiteral("Market stall");
        QString error;
        QVERIFY2(JourneyRepository(t.sql()).addChannel(quiet, &error), qPrintable(error));
        MainWindow w(t.db());
        w.filterBar()->setCustomRange(QDate::currentDate().addDays(-90), QDate::currentDate());
        auto* page = qobject_cast<DashboardPage*>(w.page(QStringLiteral("dashboard")));
        QVERIFY(page);
        const QVector<NamedValue>& channels = page->data().csatByChannel;
        int at = -1;
        for (int i = 0; i < channels.size(); ++i)
            if (channels[i].id == quiet.id)
                at = i;
        QVERIFY(at >= 0);
        QCOMPARE(channels[at].n, 0);
        charts::ChartPanel* chart = page->chart(QStringLiteral("csatByChannel"));
        QVERIFY(chart->saysNoData(at));
        QVERIFY(!chart->saysNoData(at == 0 ? 1 : 0));
        // With a channel chosen, only that channel is shown.
        w.filterBar()->setChannel(channels[at == 0 ? 1 : 0].id);
        QCOMPARE(page->data().csatByChannel.size(), 1);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
