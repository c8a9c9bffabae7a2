// The journey map's numbers against values worked out by hand. Every rating
// below is listed in the comments; the period is March 2026.

#include "core/journeys/journeyedit.h"
#include "core/journeys/journeymap.h"
#include "tests/common/testdb.h"

#include <QtTest>
#include <functional>

using namespace cx;

namespace {
// Stages: Discover (0), Order (1), Pay (2, the owner expects +1 there).
// Touchpoints: Website (Discover, Web), Menu board (Discover, no channel),
// Counter (Order, Store, target 4.5), Card machine (Pay, Store),
// Online payment (Pay, Web, target 3).
const char* const kMap =
    "INSERT INTO journeys (id, name, persona, persona_goals) VALUES (1, 'Visit', 'Maya', 'Coffee "
    "fast');\n"
    "INSERT INTO stages (id, journey_id, name, position, lifecycle_phase, expected_emotion) VALUES "
    "(10, 1, 'Discover', 0, 'discover', NULL), (11, 1, 'Order', 1, 'order', NULL), (12, 1, 'Pay', "
    "2, 'pay', 1);\n"
    "INSERT INTO touchpoints (id, stage_id, channel_id, name, position, target) VALUES "
    "(100, 10, (SELECT id FROM channels WHERE name = 'Web'), 'Website', 0, NULL), (101, 10, NULL, "
    "'Menu board', 1, NULL), "
    "(102, 11, (SELECT id FROM channels WHERE name = 'Store'), 'Counter', 0, 4.5), "
    "(103, 12, (SELECT id FROM channels WHERE name = 'Store'), 'Card machine', 0, NULL), "
    "(104, 12, (SELECT id FROM channels WHERE name = 'Web'), 'Online payment', 1, 3);\n"
    // customer/staff: Website 5/5, 4/-; Counter 4/5, 5/5, 3/4; Card machine 2/4, 1/-, and 5/- in
    // April; Online payment 3/3; Menu board one visit without ratings.
    "INSERT INTO interactions (uuid, touchpoint_id, occurred_at, customer_rating, staff_rating) "
    "VALUES "
    "('i1', 100, '2026-03-02T09:00:00+01:00', 5, 5), ('i2', 100, '2026-03-03T09:00:00+01:00', 4, "
    "NULL), "
    "('i3', 102, '2026-03-04T09:00:00+01:00', 4, 5), ('i4', 102, '2026-03-05T09:00:00+01:00', 5, "
    "5), "
    "('i5', 102, '2026-03-31T23:30:00-05:00', 3, 4), ('i6', 103, '2026-03-06T09:00:00+01:00', 2, "
    "4), "
    "('i7', 103, '2026-03-07T09:00:00+01:00', 1, NULL), ('i8', 103, '2026-04-02T09:00:00+01:00', "
    "5, NULL), "
    "('i9', 104, '2026-03-08T09:00:00+01:00', 3, 3), ('i10', 101, '2026-03-09T09:00:00+01:00', "
    "NULL, NULL);\n"
    // CSAT answers: Website 3 in March and 1 in February; Counter 5 (with an NPS of 2, which is not
    // a rating).
    "INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Visit');\n"
    "INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES "
    "(1, 1, 0, 'csat', 'csat', 'Happy?'), (2, 1, 1, 'nps', 'nps', 'Recommend?');\n"
    "INSERT INTO responses (id, uuid, survey_id, touchpoint_id, submitted_at) VALUES "
    "(1, 'r1', 1, 100, '2026-03-10T12:00:00+01:00'), (2, 'r2', 1, 102, "
    "'2026-03-11T12:00:00+01:00'), "
    "(3, 'r3', 1, 100, '2026-02-27T12:00:00+01:00');\n"
    "INSERT INTO answers (response_id, question_id, value_num) VALUES (1, 1, 3), (2, 1, 5), (2, 2, "
    "2), (3, 1, 1)";

const MapCard& card(const JourneyMap& map, const char* name)
{
    for (const MapCard& c : map.cards)
        if (c.touchpoint.name == QLatin1String(name))
            return c;
    qFatal("no card %s", name);
}
} // namespace

class TestJourneyMap : public QObject
{
    Q_OBJECT

private slots:
    void cardsAndEmotionCurve()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kMap)));
        const JourneyMap map = loadJourneyMap(t.sql(), 1, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(map.journey.persona, QStringLiteral("Maya"));
        QCOMPARE(map.journey.personaGoals, QStringLiteral("Coffee fast"));
        QCOMPARE(map.stages.size(), 3);
        QCOMPARE(map.stages[2].stage.expectedEmotion, std::optional<double>(1.0));
        // Lanes: the channels in use in their own order, then the touchpoints without one.
        QCOMPARE(map.lanes.size(), 3);
        QCOMPARE(map.lanes[2].id, qint64(0));
        QVERIFY(map.laneIndex(card(map, "Website").touchpoint.channelId) <
                map.laneIndex(card(map, "Counter").touchpoint.channelId));

        // Website: ratings 5, 4 and the CSAT 3 (February's 1 is outside): 12 / 3 = 4.0 = its
        // default target.
        const MapCard& website = card(map, "Website");
        QCOMPARE(website.interactions, qint64(2));
        QCOMPARE(website.responses, qint64(1));
        QCOMPARE(website.customerRatings, qint64(3));
        QCOMPARE(*website.customerScore, 4.0);
        QCOMPARE(*website.companyScore, 5.0);
        QCOMPARE(website.standing, MapCard::Standing::OnTarget);
        // Counter: 4, 5, 3 (the -05:00 evening of March 31st counts: its own date) and CSAT 5: 17 /
        // 4 = 4.25, under its 4.5 but within 0.5; staff 5, 5, 4: 14 / 3; gap 14/3 - 4.25.
        const MapCard& counter = card(map, "Counter");
        QCOMPARE(counter.interactions, qint64(3));
        QCOMPARE(counter.responses, qint64(1));
        QCOMPARE(*counter.customerScore, 4.25);
        QCOMPARE(*counter.companyScore, 14.0 / 3.0);
        QCOMPARE(*counter.gap(), 14.0 / 3.0 - 4.25);
        QCOMPARE(counter.standing, MapCard::Standing::NearTarget);
        QVERIFY(!counter.painPoint);
        // Card machine: 2 and 1 (April's 5 is outside): 1.5, far below 4: a pain point.
        const MapCard& machine = card(map, "Card machine");
        QCOMPARE(machine.interactions, qint64(2));
        QCOMPARE(*machine.customerScore, 1.5);
        QCOMPARE(machine.standing, MapCard::Standing::BelowTarget);
        QVERIFY(machine.painPoint);
        // Online payment: 3 against its target of 3: on target, and above the lowest quarter (1.5).
        const MapCard& payment = card(map, "Online payment");
        QCOMPARE(*payment.customerScore, 3.0);
        QCOMPARE(payment.standing, MapCard::Standing::OnTarget);
        QVERIFY(!payment.painPoint);
        // Menu board: a visit, no ratings.
        const MapCard& board = card(map, "Menu board");
        QCOMPARE(board.interactions, qint64(1));
        QVERIFY(!board.customerScore);
        QCOMPARE(board.standing, MapCard::Standing::NoData);
        QVERIFY(!board.painPoint);

        // The emotion curve: Discover (5 + 4 + 3) / 3 - 3 = +1; Order 17 / 4 - 3 = +1.25;
        // Pay (2 + 1 + 3) / 3 - 3 = -1.
        QCOMPARE(*map.stages[0].emotion, 1.0);
        QCOMPARE(*map.stages[1].emotion, 1.25);
        QCOMPARE(*map.stages[2].emotion, -1.0);
        // The journey: 35 / 10.
        QCOMPARE(map.ratings, qint64(10));
        QCOMPARE(*map.score, 3.5);
        const QVector<JourneySummary> all =
            journeySummaries(t.sql(), QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].stages, 3);
        QCOMPARE(all[0].touchpoints, 5);
        QCOMPARE(*all[0].score, 3.5);
    }

    void lowestQuarterIsAPainPointEvenOnTarget()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kMap)));
        // Everyone on target 1: the Card machine (1.5) is still the lowest of four scored cards.
        QVERIFY(t.exec(QStringLiteral("UPDATE touchpoints SET target = 1")));
        const JourneyMap map = loadJourneyMap(t.sql(), 1, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(card(map, "Card machine").standing, MapCard::Standing::OnTarget);
        QVERIFY(card(map, "Card machine").painPoint);
        int pains = 0;
        for (const MapCard& c : map.cards)
            pains += c.painPoint;
        QCOMPARE(pains, 1);
    }

    void templatesFillStagesAndTouchpoints()
    {
        cxtest::TestDb t;
        const QVector<JourneyTemplate> all = journeyTemplates();
        QCOMPARE(all.size(), 4);
        for (const JourneyTemplate& tpl : all) {
            qint64 id = 0;
            QString error;
            QVERIFY2(createJourney(t.sql(), tpl.key, tpl.name, &id, &error), qPrintable(error));
            const JourneyMap map = loadJourneyMap(t.sql(), id, QDate(), QDate());
            QCOMPARE(map.journey.name, tpl.name);
            QVERIFY(map.stages.size() >= 5);
            QVERIFY(map.cards.size() >= 8);
            for (const MapCard& c : map.cards)
                QVERIFY2(c.touchpoint.channelId > 0,
                         qPrintable(c.touchpoint.name)); // every channel name is known
            for (int s = 0; s < map.stages.size(); ++s)
                QCOMPARE(map.stages[s].stage.position, s);
        }
        qint64 id = 0;
        QString error;
        QVERIFY(createJourney(t.sql(), QString(), QStringLiteral("Blank"), &id, &error));
        QVERIFY(loadJourneyMap(t.sql(), id, QDate(), QDate()).stages.isEmpty());
        QVERIFY(
            !createJourney(t.sql(), QStringLiteral("spaceship"), QStringLiteral("X"), &id, &error));
        QVERIFY2(error.contains(QLatin1String("no journey template")), qPrintable(error));
        QVERIFY(!createJourney(t.sql(), QString(), QStringLiteral("  "), &id, &error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM journeys")).toInt(), 5);
    }

    // Deleting keeps the records that named the touchpoint (without it); undoing
    // brings back the same ids and links, and the map shows the same numbers.
    void deleteAndRestoreKeepTheMapExact()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kMap)));
        const QDate from(2026, 3, 1), to(2026, 3, 31);
        auto numbers = [&] {
            QStringList out;
            for (const MapCard& c : loadJourneyMap(t.sql(), 1, from, to).cards)
                out << QStringLiteral("%1:%2:%3:%4:%5")
                           .arg(c.touchpoint.id)
                           .arg(c.interactions)
                           .arg(c.responses)
                           .arg(c.customerScore.value_or(-1))
                           .arg(c.touchpoint.target.value_or(-1));
            return out;
        };
        const QStringList before = numbers();
        QString error;
        const std::function<MapSnapshot()> takes[] = {
            [&] { return snapshotTouchpoint(t.sql(), 102); },
            [&] { return snapshotStage(t.sql(), 12); },
            [&] { return snapshotJourney(t.sql(), 1); }};
        for (const auto& take : takes) {
            MapSnapshot snap = take();
            QVERIFY(!snap.isEmpty());
            // Twice, as undo and redo do: the restored records come back at a
            // newer version, which the snapshot takes, so the next delete expects it.
            for (int round = 0; round < 2; ++round) {
                QVERIFY2(removeSnapshot(t.sql(), snap, &error), qPrintable(error));
                QVERIFY(numbers() != before);
                QVERIFY2(restoreSnapshot(t.sql(), snap, &error), qPrintable(error));
                QCOMPARE(numbers(), before);
            }
        }
        // A snapshot taken before another change to what it holds no longer deletes: that change
        // would go unseen.
        const MapSnapshot stale = snapshotStage(t.sql(), 12);
        Touchpoint card = *JourneyRepository(t.sql()).touchpoint(103);
        card.owner = QStringLiteral("Sam");
        QVERIFY(JourneyRepository(t.sql()).updateTouchpoint(card, &error));
        QVERIFY(!removeSnapshot(t.sql(), stale, &error));
        QVERIFY2(
            error.startsWith(QStringLiteral(
                "the touchpoint “Card machine” was changed in another window or program at ")) &&
                error.endsWith(QStringLiteral("(owner)")),
            qPrintable(error));
        QVERIFY(JourneyRepository(t.sql()).stage(12));
        // The counter's three interactions and its response were kept, without a touchpoint, while
        // it was gone.
        const MapSnapshot counter = snapshotTouchpoint(t.sql(), 102);
        QCOMPARE(counter.links.value(102).interactions.size(), 3);
        QCOMPARE(counter.links.value(102).responses.size(), 1);
        QVERIFY(removeSnapshot(t.sql(), counter, &error));
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT count(*) FROM interactions WHERE uuid IN ('i3', 'i4', 'i5') "
                              "AND touchpoint_id IS NULL"))
                     .toInt(),
                 3);
        QCOMPARE(t.scalar(QStringLiteral(
                              "SELECT sum(n) FROM daily_interactions WHERE touchpoint_id = 102"))
                     .toInt(),
                 0);
    }

    void editsAreChecked()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kMap)));
        JourneyRepository catalog(t.sql());
        Touchpoint tp = *catalog.touchpoint(102);
        QString error;
        tp.target = 6;
        QVERIFY(!catalog.updateTouchpoint(tp, &error));
        QVERIFY2(error.contains(QLatin1String("1-5")), qPrintable(error));
        tp.target = 4.2;
        tp.owner = QStringLiteral("Sam");
        tp.stageId = 12; // moved to Pay
        QVERIFY2(catalog.updateTouchpoint(tp, &error), qPrintable(error));
        QCOMPARE(catalog.touchpoint(102)->stageId, qint64(12));
        QCOMPARE(catalog.touchpoint(102)->owner, QStringLiteral("Sam"));
        Stage s = *catalog.stage(11);
        s.expectedEmotion = -3;
        QVERIFY(!catalog.updateStage(s, &error));
        s.expectedEmotion = -1;
        s.name = QStringLiteral("Choose");
        QVERIFY2(catalog.updateStage(s, &error), qPrintable(error));
        QCOMPARE(catalog.stage(11)->name, QStringLiteral("Choose"));
        Journey j = *catalog.journey(1);
        j.personaFrustrations = QStringLiteral("Queues");
        QVERIFY(catalog.updateJourney(j, &error));
        QCOMPARE(catalog.journey(1)->personaFrustrations, QStringLiteral("Queues"));
    }

    void trendByMonth()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kMap)));
        // Website: February only the CSAT 1; March 5, 4 and the CSAT 3 from two interactions.
        const QVector<TrendPoint> website = touchpointTrend(t.sql(), 100, QDate(), QDate());
        QCOMPARE(website.size(), 2);
        QCOMPARE(website[0].month, QStringLiteral("2026-02"));
        QCOMPARE(website[0].interactions, qint64(0));
        QCOMPARE(*website[0].score, 1.0);
        QCOMPARE(website[1].month, QStringLiteral("2026-03"));
        QCOMPARE(website[1].interactions, qint64(2));
        QCOMPARE(website[1].ratings, qint64(3));
        QCOMPARE(*website[1].score, 4.0);
        // Card machine in March and April; the period keeps March.
        const QVector<TrendPoint> machine =
            touchpointTrend(t.sql(), 103, QDate(2026, 3, 1), QDate(2026, 3, 31));
        QCOMPARE(machine.size(), 1);
        QCOMPARE(*machine[0].score, 1.5);
        QVERIFY(
            !touchpointTrend(t.sql(), 101, QDate(), QDate()).first().score); // a visit, no ratings
    }

    void openPeriodAndEmptyJourney()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kMap)));
        // All time: February's CSAT 1 and April's 5 count too. Website 13 / 4; Card machine 8 / 3.
        const JourneyMap map = loadJourneyMap(t.sql(), 1, QDate(), QDate());
        QCOMPARE(*card(map, "Website").customerScore, 13.0 / 4.0);
        QCOMPARE(*card(map, "Card machine").customerScore, 8.0 / 3.0);
        QCOMPARE(card(map, "Website").responses, qint64(2));
        const JourneyMap none = loadJourneyMap(t.sql(), 99, QDate(), QDate());
        QVERIFY(none.cards.isEmpty());
        QVERIFY(none.stages.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJourneyMap)
#include "tst_journeymap.moc"
