// The journey repository: journeys, stages and touchpoints in and out in
// order, channels found by name, and a journey removed with all it holds.

#include "core/journeys/journeyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestJourneyRepository : public QObject
{
    Q_OBJECT

private slots:
    void catalogTree()
    {
        cxtest::TestDb t;
        JourneyRepository repo(t.sql());
        QString error;
        Journey j{0,
                  QStringLiteral("Shop visit"),
                  QStringLiteral("Local regular"),
                  {},
                  {},
                  QStringLiteral("Coffee fast"),
                  {},
                  0,
                  {}};
        QVERIFY(repo.addJourney(j, &error));
        Stage s1{0, j.id, QStringLiteral("Pay"), 1, QStringLiteral("pay"), -0.5, 0, {}};
        Stage s0{0, j.id, QStringLiteral("Discover"), 0, QStringLiteral("discover"), std::nullopt,
                 0, {}};
        QVERIFY(repo.addStage(s1, &error));
        QVERIFY(repo.addStage(s0, &error));
        const auto web = repo.channelByName(QStringLiteral("web")); // case-insensitive
        QVERIFY(web);
        QCOMPARE(web->name, QStringLiteral("Web"));
        Touchpoint a{
            0, s1.id, web->id, QStringLiteral("Online payment"), 0, 4.5, QStringLiteral("Lena"),
            0, {}};
        Touchpoint b{0, s0.id, web->id, QStringLiteral("Website"), 0, std::nullopt, {}, 0, {}};
        QVERIFY(repo.addTouchpoint(a, &error));
        QVERIFY(repo.addTouchpoint(b, &error));
        const auto stages = repo.stages(j.id);
        QCOMPARE(stages.size(), 2);
        QCOMPARE(stages[0].name, QStringLiteral("Discover")); // by position
        const auto tps = repo.touchpoints(j.id);
        QCOMPARE(tps.size(), 2);
        QCOMPARE(tps[0].name, QStringLiteral("Website"));
        QVERIFY(!tps[0].target);
        QCOMPARE(tps[1].target, std::optional<double>(4.5));
        QCOMPARE(tps[1].owner, QStringLiteral("Lena"));
        QVERIFY(!stages[0].expectedEmotion);
        QCOMPARE(stages[1].expectedEmotion, std::optional<double>(-0.5));
        QCOMPARE(repo.journeys().first().personaGoals, QStringLiteral("Coffee fast"));
        QCOMPARE(repo.touchpointByName(QStringLiteral("online PAYMENT"))->id, a.id);
        QVERIFY(!repo.channelByName(QStringLiteral("Carrier pigeon")));
        QVERIFY(repo.removeJourney(*repo.journey(j.id), &error));
        QCOMPARE(repo.touchpoints().size(), 0); // stages and touchpoints go with their journey
    }
};

QTEST_GUILESS_MAIN(TestJourneyRepository)
#include "tst_journeyrepository.moc"
