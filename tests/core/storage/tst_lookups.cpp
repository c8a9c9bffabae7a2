// Every lookup tells "not found" (nothing, no message) from "could not read"
// (nothing, with the reason).

#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "core/interactions/interactionrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>
#include <functional>

using namespace cx;

namespace {
// Runs every lookup for a record that is not there; returns the messages.
QStringList lookUpMissing(QSqlDatabase& db)
{
    QStringList messages;
    auto expectNone = [&](bool found, const QString& error) {
        if (found)
            messages << QStringLiteral("found a record that is not there");
        messages << error;
    };
    QString e;
    CustomerRepository customers(db);
    expectNone(customers.byId(4242, &e).has_value(), e);
    e.clear();
    expectNone(customers.byExternalId(QStringLiteral("C-4242"), &e).has_value(), e);
    e.clear();
    InteractionRepository interactions(db);
    expectNone(interactions.byId(4242, &e).has_value(), e);
    e.clear();
    expectNone(
        interactions.byUuid(QStringLiteral("6f1c0c3e-0000-4000-8000-000000004242"), &e).has_value(),
        e);
    e.clear();
    JourneyRepository journeys(db);
    expectNone(journeys.channel(4242, &e).has_value(), e);
    e.clear();
    expectNone(journeys.channelByName(QStringLiteral("Carrier pigeon"), &e).has_value(), e);
    e.clear();
    expectNone(journeys.stage(4242, &e).has_value(), e);
    e.clear();
    expectNone(journeys.touchpoint(4242, &e).has_value(), e);
    e.clear();
    expectNone(journeys.touchpointByName(QStringLiteral("Nowhere"), &e).has_value(), e);
    e.clear();
    SurveyRepository surveys(db);
    expectNone(surveys.byId(4242, &e).has_value(), e);
    e.clear();
    expectNone(
        surveys.byUuid(QStringLiteral("6f1c0c3e-0000-4000-8000-000000004242"), &e).has_value(), e);
    e.clear();
    expectNone(ResponseRepository(db).byId(4242, &e).has_value(), e);
    e.clear();
    expectNone(ActionRepository(db).byId(4242, &e).has_value(), e);
    return messages;
}
// Runs every list and count; returns their messages.
QStringList listAndCount(QSqlDatabase& db)
{
    QStringList messages;
    auto run = [&](const std::function<void(QString*)>& lookup) {
        QString e;
        lookup(&e);
        messages << e;
    };
    CustomerRepository customers(db);
    run([&](QString* e) { (void)customers.count(e); });
    run([&](QString* e) { (void)customers.segments(e); });
    run([&](QString* e) { (void)customers.startingWith(QStringLiteral("Zo"), 10, e); });
    run([&](QString* e) { (void)customers.named(QStringLiteral("Zoë"), 10, e); });
    InteractionRepository interactions(db);
    run([&](QString* e) { (void)interactions.count(e); });
    run([&](QString* e) { (void)interactions.kinds(50, e); });
    JourneyRepository journeys(db);
    run([&](QString* e) { (void)journeys.channels(e); });
    run([&](QString* e) { (void)journeys.journeys(e); });
    run([&](QString* e) { (void)journeys.stages(1, e); });
    run([&](QString* e) { (void)journeys.touchpoints(0, e); });
    run([&](QString* e) { (void)journeys.touchpointChoices(e); });
    SurveyRepository surveys(db);
    run([&](QString* e) { (void)surveys.list(e); });
    run([&](QString* e) { (void)surveys.questions(1, e); });
    run([&](QString* e) { (void)surveys.responseCount(1, e); });
    run([&](QString* e) { (void)ResponseRepository(db).count(e); });
    ActionRepository actions(db);
    run([&](QString* e) { (void)actions.forResponse(1, e); });
    run([&](QString* e) { (void)actions.idsForInteraction(1, e); });
    run([&](QString* e) { (void)actions.openCount(e); });
    run([&](QString* e) { (void)actions.overdueCount(QDate(2026, 3, 1), e); });
    return messages;
}
} // namespace

class TestLookups : public QObject
{
    Q_OBJECT

private slots:
    void notFoundSaysNothing()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const QStringList messages = lookUpMissing(t.sql());
        QCOMPARE(messages.size(), 13);
        for (const QString& m : messages)
            QVERIFY2(m.isEmpty(), qPrintable(m));
        // An empty list or a zero count is an answer, not a failure.
        const QStringList lists = listAndCount(t.sql());
        QCOMPARE(lists.size(), 19);
        for (const QString& m : lists)
            QVERIFY2(m.isEmpty(), qPrintable(m));
    }

    void couldNotReadSaysWhy()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        t.db().close();
        const QStringList messages = lookUpMissing(t.sql());
        QCOMPARE(messages.size(), 13);
        for (const QString& m : messages)
            QVERIFY2(!m.isEmpty() && !m.contains(QLatin1String("found a record")),
                     qPrintable(messages.join(QLatin1String(" | "))));
        const QStringList lists = listAndCount(t.sql());
        QCOMPARE(lists.size(), 19);
        for (const QString& m : lists)
            QVERIFY2(!m.isEmpty(), qPrintable(lists.join(QLatin1String(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestLookups)
#include "tst_lookups.moc"
