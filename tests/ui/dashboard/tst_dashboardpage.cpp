// The dashboard: its numbers equal the metrics engine's for the filter in
// force, with or without a segment, and a change is coloured by what it means.

#include "core/metrics/metrics.h"
#include "tests/common/windowfixture.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/filterbar.h"
#include "ui/mainwindow.h"

#include <QJsonObject>
#include <QLabel>
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
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
