// The window: welcome flow, dashboard numbers equal to the metrics engine,
// lazy item models, search, undoable edits and remembered filters.

#include "catalogpages.h"
#include "dashboardpage.h"
#include "demo.h"
#include "filterbar.h"
#include "listpages.h"
#include "mainwindow.h"
#include "metrics.h"
#include "testdb.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QUndoStack>
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
        if (!x.isNull() && std::abs(x.toDouble() - y.toDouble()) > 1e-9 * std::max(1.0, std::abs(y.toDouble()))) {
            qWarning() << k << x << y;
            return false;
        }
    }
    return true;
}

bool fill(cxtest::TestDb& t, int customers = 500, int interactions = 6000)
{
    DemoOptions o;
    o.customers = customers;
    o.interactions = interactions;
    o.end = QDate::currentDate();
    QString error;
    return DemoGenerator(t.sql()).generate(o, nullptr, &error);
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("cxdesk-tests"));
        QSettings().clear();
    }

    void welcomeOnEmptyDatabaseThenSampleData()
    {
        cxtest::TestDb t;
        MainWindow w(t.db());
        w.show();
        QVERIFY(w.isWelcomeShown());
        QPushButton* sample = nullptr;
        for (QPushButton* b : w.findChildren<QPushButton*>())
            if (b->text().startsWith(QLatin1String("Explore with sample data")))
                sample = b;
        QVERIFY(sample);
        QTest::mouseClick(sample, Qt::LeftButton);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 500);
        QVERIFY(!w.isWelcomeShown());
        QCOMPARE(w.currentPage(), QStringLiteral("dashboard"));
        QCOMPARE(w.pageNames().size(), 7);
    }

    void dashboardEqualsMetrics()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t));
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
                QVERIFY(sameMetrics(page->data().months[m].values.toJson(), months[m].values.toJson()));
            const QLocale l;
            QCOMPARE(page->tile(QStringLiteral("csat"))->valueText(), l.toString(*expected.csat, 'f', 1) + QStringLiteral(" %"));
            QVERIFY(page->tile(QStringLiteral("nps"))->valueText().endsWith(l.toString(std::abs(*expected.nps), 'f', 0)));
        }
        // A change is coloured by meaning: churn going down is good.
        MetricTile churn(QStringLiteral("Churn"), MetricTile::Lower);
        churn.setChange(2.0, 5.0, QStringLiteral(" points"), 1);
        QVERIFY(churn.changeText().startsWith(QStringLiteral("▼ 3.0")));
        QVERIFY(churn.findChildren<QLabel*>().last()->styleSheet().contains(QLatin1String("#1e8e4f")));
    }

    void customersModelIsLazyAndSearchable()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t, 700, 100));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        // Only the first page is read until the view asks for more.
        QCOMPARE(page->model()->rowCount(), QueryModel::PageSize);
        QVERIFY(page->model()->canFetchMore());
        page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), 2 * QueryModel::PageSize);
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), 700);
        QVERIFY(!page->model()->canFetchMore());
        page->setSearch(QStringLiteral("C000123"));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, CustomersModel::ExternalId).data().toString(), QStringLiteral("C000123"));
        QVERIFY(page->model()->index(0, 0).data(QueryModel::IdRole).toLongLong() > 0);
        page->setSearch(QStringLiteral("%"));  // a literal percent sign, not a wildcard
        QCOMPARE(page->model()->rowCount(), 0);
        page->setSearch(QString());
        page->setStatus(CustomersPage::Prospects);
        const int prospects = t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE converted_on IS NULL")).toInt();
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QCOMPARE(page->model()->rowCount(), prospects);
    }

    void interactionsFollowFilters()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate from = QDate::currentDate().addDays(-60), to = QDate::currentDate().addDays(-31);
        w.filterBar()->setCustomRange(from, to);
        w.filterBar()->setChannel(3);
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QSqlQuery q(t.sql());
        q.prepare(QStringLiteral("SELECT count(*) FROM interactions WHERE channel_id = 3 AND substr(occurred_at, 1, 10) "
                                 "BETWEEN ? AND ?"));
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(page->model()->rowCount(), q.value(0).toInt());
        QVERIFY(page->model()->rowCount() > 0);
        QCOMPARE(page->model()->index(0, InteractionsModel::Channel).data().toString(), QStringLiteral("Store"));
    }

    void markDoneIsUndoable()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setShow(ActionsPage::Open);
        const int open = page->model()->rowCount();
        QVERIFY(open > 0);
        const qint64 id = page->model()->idAt(0);
        QVERIFY(page->markDone(id, QStringLiteral("Called back, voucher sent")));
        QCOMPARE(page->model()->rowCount(), open - 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT status || ':' || resolution FROM actions WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("done:Called back, voucher sent"));
        w.undoStack()->undo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM actions WHERE id = %1").arg(id)).toString(), QStringLiteral("open"));
        QCOMPARE(page->model()->rowCount(), open);
        w.undoStack()->redo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM actions WHERE id = %1").arg(id)).toString(), QStringLiteral("done"));
    }

    void onlyTheShownPageReloads()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t, 300, 2000));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        auto* customers = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        w.filterBar()->setPreset(FilterBar::AllTime);
        const int all = customers->model()->rowCount();
        w.filterBar()->setSegment(QStringLiteral("Business"));
        QVERIFY(customers->model()->rowCount() < all); // the page in view follows at once
        auto* interactions = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QCOMPARE(interactions->model()->rowCount(), 0); // never shown: not read yet
        w.showPage(QStringLiteral("interactions"));
        QVERIFY(interactions->model()->rowCount() > 0);
        QCOMPARE(w.currentPage(), QStringLiteral("interactions"));
    }

    void filterStateRoundTrips()
    {
        FilterBar a, b;
        a.setChoices({{1, QStringLiteral("Web")}, {3, QStringLiteral("Store")}}, {QStringLiteral("Family")});
        b.setChoices({{1, QStringLiteral("Web")}, {3, QStringLiteral("Store")}}, {QStringLiteral("Family")});
        a.setCustomRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
        a.setChannel(3);
        a.setSegment(QStringLiteral("Family"));
        b.restoreState(a.saveState());
        const MetricsFilter fa = a.filter(), fb = b.filter();
        QCOMPARE(fb.from, QDate(2026, 2, 1));
        QCOMPARE(fb.to, QDate(2026, 2, 28));
        QCOMPARE(fb.channelId, qint64(3));
        QCOMPARE(fb.segment, QStringLiteral("Family"));
        QCOMPARE(fa.from, fb.from);
        // Presets resolve against today.
        a.setPreset(FilterBar::ThisQuarter);
        QCOMPARE(a.filter(QDate(2026, 8, 17)).from, QDate(2026, 7, 1));
        a.setPreset(FilterBar::Last30Days);
        QCOMPARE(a.filter(QDate(2026, 8, 17)).from, QDate(2026, 7, 19));
    }

    void journeysMarkPainPoints()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("journeys"));
        w.filterBar()->setPreset(FilterBar::AllTime);
        auto* page = qobject_cast<JourneysPage*>(w.page(QStringLiteral("journeys")));
        QCOMPARE(page->tree()->topLevelItemCount(), 3);
        const auto pain = page->tree()->findItems(QStringLiteral("pain point"), Qt::MatchContains | Qt::MatchRecursive);
        QStringList names;
        for (QTreeWidgetItem* i : pain)
            names << i->text(0);
        QVERIFY2(names.join(QLatin1Char(',')).contains(QLatin1String("Home delivery")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(!names.join(QLatin1Char(',')).contains(QLatin1String("Cake collection")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
