// Every page counts the same records under the filter bar: for each period
// preset, channel and segment, the survey list, a survey's results, the
// dashboard, the metrics the command line prints and the journey map agree.

#include "core/customers/customerrepository.h"
#include "core/journeys/journeymap.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/dashboard.h"
#include "core/metrics/metrics.h"
#include "core/surveys/surveyresults.h"
#include "tests/common/windowfixture.h"
#include "ui/filterbar.h"
#include "ui/surveys/surveyresultsview.h"
#include "ui/surveys/surveyspage.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QtTest>
#include <cmath>

using namespace cx;

namespace {
QString describe(const MetricsFilter& f)
{
    return QStringLiteral("%1..%2 channel %3 segment '%4'")
        .arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
        .arg(f.channelId)
        .arg(f.segment);
}

// The interactions of a journey's touchpoints under the filter, counted from
// the rows themselves.
qint64 journeyInteractions(QSqlDatabase& db, qint64 journeyId, const MetricsFilter& f)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT count(*) FROM interactions i JOIN touchpoints t ON t.id = i.touchpoint_id "
        "JOIN stages s ON s.id = t.stage_id LEFT JOIN customers c ON c.id = i.customer_id "
        "WHERE s.journey_id = ? AND i.occurred_at >= ? AND i.occurred_at < ? "
        "AND (? = 0 OR i.channel_id = ?) AND (? = '' OR c.segment = ?)"));
    q.addBindValue(journeyId);
    q.addBindValue(f.from.toString(Qt::ISODate));
    q.addBindValue(f.to.addDays(1).toString(Qt::ISODate));
    q.addBindValue(f.channelId);
    q.addBindValue(f.channelId);
    q.addBindValue(f.segment.isNull() ? QStringLiteral("") : f.segment);
    q.addBindValue(f.segment.isNull() ? QStringLiteral("") : f.segment);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestFiltersAgree : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void everyPageCountsTheSameUnderEveryFilter()
    {
        cxtest::TestDb t;
        cxtest::SampleData data;
        data.customers = 300;
        data.interactions = 2500;
        data.responses = 900;
        QVERIFY(cxtest::fillWithSampleData(t, data));
        QVector<QPair<qint64, QString>> channels;
        for (const Channel& c : JourneyRepository(t.sql()).channels())
            channels.push_back({c.id, c.name});
        const QStringList segments = CustomerRepository(t.sql()).segments();
        QVERIFY(channels.size() >= 2);
        QVERIFY(segments.size() >= 2);
        const QVector<Journey> journeys = JourneyRepository(t.sql()).journeys();
        QVERIFY(!journeys.isEmpty());

        FilterBar bar;
        bar.setChoices(channels, segments);
        SurveysPage page(t.db());
        MetricsEngine engine(t.sql());
        QElapsedTimer timer;
        timer.start();
        int combinations = 0;
        qint64 filteredResponses = 0;
        for (FilterBar::Preset preset :
             {FilterBar::ThisMonth, FilterBar::LastMonth, FilterBar::Last30Days,
              FilterBar::ThisQuarter, FilterBar::LastQuarter, FilterBar::ThisYear,
              FilterBar::AllTime}) {
            bar.setPreset(preset);
            QVector<qint64> channelIds{0};
            for (const auto& c : std::as_const(channels))
                channelIds << c.first;
            QStringList segmentNames{QString()};
            segmentNames << segments;
            for (qint64 channel : std::as_const(channelIds))
                for (const QString& segment : std::as_const(segmentNames)) {
                    bar.setChannel(channel);
                    bar.setSegment(segment);
                    MetricsFilter f = bar.filter();
                    QCOMPARE(f.channelId, channel);
                    QCOMPARE(f.segment, segment);
                    QString error;
                    QVERIFY2(engine.resolvePeriod(&f, &error), qPrintable(error));
                    const QString where = describe(f);
                    ++combinations;

                    // The metrics command and the dashboard.
                    MetricValues metrics;
                    QVERIFY2(engine.compute(f, &metrics, &error), qPrintable(error));
                    DashboardData dashboard;
                    QVERIFY2(loadDashboard(t.sql(), f, &dashboard, &error), qPrintable(error));
                    QVERIFY2(dashboard.current.npsN == metrics.npsN, qPrintable(where));
                    QVERIFY2(dashboard.current.nps.has_value() == metrics.nps.has_value(),
                             qPrintable(where));
                    if (metrics.nps)
                        QVERIFY2(std::abs(*dashboard.current.nps - *metrics.nps) < 1e-9,
                                 qPrintable(where));

                    // The survey list, and each survey's results beside it.
                    page.setFilter(f);
                    QTreeWidget* tree = page.tree();
                    qint64 listNps = 0;
                    for (int row = 0; row < tree->topLevelItemCount(); ++row) {
                        QTreeWidgetItem* item = tree->topLevelItem(row);
                        const qint64 surveyId = item->data(0, Qt::UserRole).toLongLong();
                        QVERIFY(surveyId > 0);
                        tree->setCurrentItem(item);
                        const SurveyResults& shown = page.results()->results();
                        QCOMPARE(shown.survey.id, surveyId);
                        const qint64 listed = QLocale().toLongLong(item->text(3));
                        QVERIFY2(listed == shown.responses,
                                 qPrintable(QStringLiteral("%1: list %2, results %3")
                                                .arg(where)
                                                .arg(listed)
                                                .arg(shown.responses)));
                        filteredResponses += listed;
                        MetricsFilter one = f;
                        one.surveyId = surveyId;
                        MetricValues perSurvey;
                        QVERIFY(engine.compute(one, &perSurvey, &error));
                        qint64 npsAnswers = 0;
                        for (const QuestionResult& q : shown.questions)
                            if (q.question.kind == QuestionKind::Nps) {
                                npsAnswers += q.answers;
                                if (q.nps && perSurvey.nps)
                                    QVERIFY2(std::abs(*q.nps - *perSurvey.nps) < 1e-9,
                                             qPrintable(where));
                            }
                        QVERIFY2(npsAnswers == perSurvey.npsN,
                                 qPrintable(QStringLiteral("%1, survey %2: results %3, metrics %4")
                                                .arg(where)
                                                .arg(surveyId)
                                                .arg(npsAnswers)
                                                .arg(perSurvey.npsN)));
                        listNps += perSurvey.npsN;
                        // The list's NPS column shows the survey's own NPS or a dash.
                        QCOMPARE(item->text(4) != QStringLiteral("–"), perSurvey.nps.has_value());
                    }
                    QVERIFY2(listNps == metrics.npsN, qPrintable(where));

                    // The journey map.
                    for (const Journey& j : journeys) {
                        const JourneyMap map = loadJourneyMap(t.sql(), j.id, f);
                        qint64 onMap = 0;
                        for (const MapCard& card : map.cards)
                            onMap += card.interactions;
                        QVERIFY2(onMap == journeyInteractions(t.sql(), j.id, f),
                                 qPrintable(QStringLiteral("%1, journey %2").arg(where).arg(j.id)));
                    }
                }
        }
        QVERIFY(combinations >= 5 * 3 * 3);
        // Something was counted, so the equalities above are not all of zeros.
        QVERIFY(filteredResponses > 0);
        qInfo("%d combinations in %lld ms", combinations, qint64(timer.elapsed()));
    }
};

QTEST_MAIN(TestFiltersAgree)
#include "tst_filtersagree.moc"
