#include "core/journeys/journeymap.h"

#include "core/common/text.h"
#include "core/journeys/journeyrepository.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {

struct Sums
{
    qint64 interactions = 0;
    qint64 customerN = 0;
    double customerTotal = 0;
    qint64 staffN = 0;
    double staffTotal = 0;
    qint64 responses = 0;
};

QString dayFrom(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
}
QString dayTo(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("9999-12-31");
}
QString dayAfter(const QDate& d)
{
    return d.isValid() ? d.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999-12-32");
}

// The period's sums per touchpoint of one journey (0: every journey), in one
// aggregate query: the daily interaction sums, the CSAT answers of the daily
// answer sums, and the responses counted on their touchpoint index. The
// daily sums know the channel but not the customer: with a segment the
// interactions and answers of that segment's customers are counted instead.
QHash<qint64, Sums> touchpointSums(QSqlDatabase& db, qint64 journeyId, const MetricsFilter& f)
{
    const QString channel =
        f.channelId > 0 ? QStringLiteral(" AND channel_id = :channel") : QString();
    const QString segment = QStringLiteral(" AND customer_id IN (SELECT id FROM customers WHERE "
                                           "segment = :segment)");
    const bool bySegment = !f.segment.isEmpty();
    const QString interactions =
        bySegment
            ? QStringLiteral(
                  "SELECT touchpoint_id, 1 AS n, CASE WHEN customer_rating IS NOT NULL "
                  "THEN 1 ELSE 0 END AS customer_n, coalesce(customer_rating, 0) AS "
                  "customer_total, CASE WHEN staff_rating IS NOT NULL THEN 1 ELSE 0 END "
                  "AS staff_n, coalesce(staff_rating, 0) AS "
                  "staff_total, 0 AS responses FROM interactions WHERE touchpoint_id "
                  "IN (SELECT id FROM tp) AND occurred_at >= :from AND occurred_at < :after") +
                  channel + segment
            : QStringLiteral(
                  "SELECT touchpoint_id, n, customer_n, customer_total, staff_n, "
                  "staff_total, 0 AS responses FROM daily_interactions WHERE "
                  "touchpoint_id IN (SELECT id FROM tp) AND day >= :from AND day <= :to") +
                  channel;
    const QString answers =
        bySegment
            ? QStringLiteral(
                  "SELECT r.touchpoint_id, 0, 1, a.value_num, 0, 0, 0 FROM responses r "
                  "JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id = "
                  "a.question_id WHERE q.kind = 'csat' AND a.value_num IS NOT NULL AND "
                  "r.touchpoint_id IN (SELECT id FROM tp) AND r.submitted_at >= :from AND "
                  "r.submitted_at < :after AND r.customer_id IN (SELECT id FROM "
                  "customers WHERE segment = :segment)") +
                  (f.channelId > 0 ? QStringLiteral(" AND r.channel_id = :channel") : QString())
            : QStringLiteral("SELECT touchpoint_id, 0, n, value * n, 0, 0, 0 FROM daily_answers "
                             "WHERE kind = 'csat' AND touchpoint_id IN (SELECT id FROM tp) AND day "
                             ">= :from AND "
                             "day <= :to") +
                  channel;
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "WITH tp AS (SELECT t.id FROM touchpoints t JOIN stages s ON s.id = t.stage_id "
                  "            WHERE :journey = 0 OR s.journey_id = :journey) "
                  "SELECT touchpoint_id, sum(n), sum(customer_n), sum(customer_total), "
                  "sum(staff_n), sum(staff_total), sum(responses) "
                  "FROM (%1 UNION ALL %2 UNION ALL "
                  "      SELECT touchpoint_id, 0, 0, 0, 0, 0, count(*) FROM responses "
                  "      WHERE touchpoint_id IN (SELECT id FROM tp) AND submitted_at >= :from AND "
                  "submitted_at < "
                  ":after%3 GROUP BY touchpoint_id) AS parts "
                  "GROUP BY touchpoint_id")
                  .arg(interactions, answers, channel + (bySegment ? segment : QString())));
    q.bindValue(QStringLiteral(":journey"), journeyId);
    q.bindValue(QStringLiteral(":from"), dayFrom(f.from));
    if (!bySegment)
        q.bindValue(QStringLiteral(":to"), dayTo(f.to));
    q.bindValue(QStringLiteral(":after"), dayAfter(f.to));
    if (f.channelId > 0)
        q.bindValue(QStringLiteral(":channel"), f.channelId);
    if (bySegment)
        q.bindValue(QStringLiteral(":segment"), f.segment);
    QHash<qint64, Sums> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        Sums& s = out[q.value(0).toLongLong()];
        s.interactions = q.value(1).toLongLong();
        s.customerN = q.value(2).toLongLong();
        s.customerTotal = q.value(3).toDouble();
        s.staffN = q.value(4).toLongLong();
        s.staffTotal = q.value(5).toDouble();
        s.responses = q.value(6).toLongLong();
    }
    return out;
}

MetricsFilter period(const QDate& from, const QDate& to)
{
    MetricsFilter f;
    f.from = from;
    f.to = to;
    return f;
}

} // namespace

int JourneyMap::stageIndex(qint64 stageId) const
{
    for (int i = 0; i < stages.size(); ++i)
        if (stages[i].stage.id == stageId)
            return i;
    return -1;
}

int JourneyMap::laneIndex(qint64 channelId) const
{
    for (int i = 0; i < lanes.size(); ++i)
        if (lanes[i].id == channelId)
            return i;
    return -1;
}

JourneyMap loadJourneyMap(QSqlDatabase& db, qint64 journeyId, const QDate& from, const QDate& to)
{
    return loadJourneyMap(db, journeyId, period(from, to));
}

JourneyMap loadJourneyMap(QSqlDatabase& db, qint64 journeyId, const MetricsFilter& filter)
{
    JourneyMap map;
    JourneyRepository catalog(db);
    for (const Journey& j : catalog.journeys())
        if (j.id == journeyId)
            map.journey = j;
    if (!map.journey.id)
        return map;
    for (const Stage& s : catalog.stages(journeyId))
        map.stages.push_back({s, 0, std::nullopt});
    const QVector<Touchpoint> touchpoints = catalog.touchpoints(journeyId);
    bool withoutChannel = false;
    for (const Channel& c : catalog.channels()) {
        const bool used = std::any_of(touchpoints.begin(), touchpoints.end(),
                                      [&](const Touchpoint& t) { return t.channelId == c.id; });
        if (used)
            map.lanes.push_back(c);
    }
    for (const Touchpoint& t : touchpoints)
        withoutChannel |= t.channelId == 0;
    if (withoutChannel)
        map.lanes.push_back({0, Text::tr("No channel")});

    const QHash<qint64, Sums> sums = touchpointSums(db, journeyId, filter);
    QVector<double> stageTotal(map.stages.size(), 0.0);
    double total = 0;
    for (const Touchpoint& t : touchpoints) {
        MapCard card;
        card.touchpoint = t;
        const Sums s = sums.value(t.id);
        card.interactions = s.interactions;
        card.responses = s.responses;
        card.customerRatings = s.customerN;
        card.staffRatings = s.staffN;
        if (s.customerN > 0)
            card.customerScore = s.customerTotal / double(s.customerN);
        if (s.staffN > 0)
            card.companyScore = s.staffTotal / double(s.staffN);
        if (card.customerScore) {
            const double target = card.target();
            card.standing = *card.customerScore >= target ? MapCard::Standing::OnTarget
                            : *card.customerScore >= target - kNearTarget
                                ? MapCard::Standing::NearTarget
                                : MapCard::Standing::BelowTarget;
        }
        const int stage = map.stageIndex(t.stageId);
        if (stage >= 0) {
            map.stages[stage].ratings += s.customerN;
            stageTotal[stage] += s.customerTotal;
        }
        map.ratings += s.customerN;
        total += s.customerTotal;
        map.cards.push_back(card);
    }
    for (int i = 0; i < map.stages.size(); ++i)
        if (map.stages[i].ratings > 0)
            map.stages[i].emotion = stageTotal[i] / double(map.stages[i].ratings) - 3.0;
    if (map.ratings > 0)
        map.score = total / double(map.ratings);

    // Pain points: below target, or among the lowest quarter of the scored cards (ties included).
    QVector<double> scores;
    for (const MapCard& c : std::as_const(map.cards))
        if (c.customerScore)
            scores << *c.customerScore;
    std::sort(scores.begin(), scores.end());
    const int quarter = int(std::ceil(scores.size() / 4.0));
    const double threshold = scores.size() >= 4 ? scores[quarter - 1] : -1.0;
    for (MapCard& c : map.cards)
        c.painPoint = c.standing == MapCard::Standing::BelowTarget ||
                      (c.customerScore && *c.customerScore <= threshold);
    return map;
}

QVector<TrendPoint> touchpointTrend(QSqlDatabase& db, qint64 touchpointId, const QDate& from,
                                    const QDate& to)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT substr(day, 1, 7), sum(n), sum(customer_n), sum(customer_total) FROM ("
        "  SELECT day, n, customer_n, customer_total FROM daily_interactions "
        "  WHERE touchpoint_id = :tp AND day >= :from AND day <= :to "
        "  UNION ALL "
        "  SELECT day, 0, n, value * n FROM daily_answers "
        "  WHERE kind = 'csat' AND touchpoint_id = :tp AND day >= :from AND day <= :to) AS parts "
        "GROUP BY 1 ORDER BY 1"));
    q.bindValue(QStringLiteral(":tp"), touchpointId);
    q.bindValue(QStringLiteral(":from"), dayFrom(from));
    q.bindValue(QStringLiteral(":to"), dayTo(to));
    QVector<TrendPoint> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        TrendPoint p;
        p.month = q.value(0).toString();
        p.interactions = q.value(1).toLongLong();
        p.ratings = q.value(2).toLongLong();
        if (p.ratings > 0)
            p.score = q.value(3).toDouble() / double(p.ratings);
        if (p.interactions > 0 || p.ratings > 0)
            out.push_back(p);
    }
    return out;
}

QVector<JourneySummary> journeySummaries(QSqlDatabase& db, const QDate& from, const QDate& to)
{
    return journeySummaries(db, period(from, to));
}

QVector<JourneySummary> journeySummaries(QSqlDatabase& db, const MetricsFilter& filter)
{
    QVector<JourneySummary> out;
    JourneyRepository catalog(db);
    const QHash<qint64, Sums> sums = touchpointSums(db, 0, filter);
    for (const Journey& j : catalog.journeys()) {
        JourneySummary s;
        s.journey = j;
        s.stages = int(catalog.stages(j.id).size());
        double total = 0;
        for (const Touchpoint& t : catalog.touchpoints(j.id)) {
            ++s.touchpoints;
            const Sums ts = sums.value(t.id);
            s.ratings += ts.customerN;
            total += ts.customerTotal;
        }
        if (s.ratings > 0)
            s.score = total / double(s.ratings);
        out.push_back(s);
    }
    return out;
}

} // namespace cx
