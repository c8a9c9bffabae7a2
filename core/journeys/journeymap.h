#pragma once

// The living journey map: a journey's stages as columns, the channels its
// touchpoints use as swimlanes, and for every touchpoint what the recorded
// interactions and survey answers of a period say about it.
//
// Customer score: the mean of every customer rating at the touchpoint, 1-5:
// the customer_rating of its interactions and its CSAT answers. Company
// score: the mean staff_rating of its interactions. Gap: company - customer.
// Emotion: a rating r felt as r - 3, so -2 (very unhappy) to +2 (delighted).

#include "core/journeys/journey.h"
#include "core/metrics/metrics.h"

#include <QDate>
#include <QSqlDatabase>
#include <QVector>
#include <optional>

namespace cx {

// The customer score a touchpoint without a target of its own aims for.
constexpr double kDefaultTarget = 4.0;
// How far under its target a card may be and still count as near it.
constexpr double kNearTarget = 0.5;

struct MapCard
{
    Touchpoint touchpoint;
    qint64 interactions = 0;
    qint64 responses = 0;
    qint64 customerRatings = 0;
    std::optional<double> customerScore;
    qint64 staffRatings = 0;
    std::optional<double> companyScore;
    enum class Standing
    {
        NoData,
        OnTarget,
        NearTarget,
        BelowTarget
    };
    Standing standing = Standing::NoData;
    bool painPoint = false; // below target, or among the journey's lowest quarter

    double target() const { return touchpoint.target.value_or(kDefaultTarget); }
    [[nodiscard]] std::optional<double> gap() const
    {
        return customerScore && companyScore ? std::optional<double>(*companyScore - *customerScore)
                                             : std::nullopt;
    }
};

struct MapStage
{
    Stage stage;
    qint64 ratings = 0;
    std::optional<double> emotion; // from the data, -2 to +2
};

struct JourneyMap
{
    Journey journey;
    QVector<MapStage> stages; // in order
    QVector<Channel> lanes;   // the channels its touchpoints use, in the channels' order
    QVector<MapCard> cards;   // in stage, then touchpoint order
    qint64 ratings = 0;
    std::optional<double> score; // the mean customer rating over the whole journey

    int stageIndex(qint64 stageId) const;
    int laneIndex(qint64 channelId) const; // touchpoints without a channel have the last lane
};

// The map of one journey over [from, to] (either invalid: open-ended), from
// the daily sums and one pass over the responses' touchpoint index.
JourneyMap loadJourneyMap(QSqlDatabase& db, qint64 journeyId, const QDate& from, const QDate& to);
// The same under the whole filter bar: only the interactions, ratings and
// responses of the filter's channel and customer segment count.
JourneyMap loadJourneyMap(QSqlDatabase& db, qint64 journeyId, const MetricsFilter& filter);

// A touchpoint month by month over [from, to]: its interactions and its
// customer score (customer ratings and CSAT answers), from the daily sums.
struct TrendPoint
{
    QString month; // YYYY-MM
    qint64 interactions = 0;
    qint64 ratings = 0;
    std::optional<double> score;
};
QVector<TrendPoint> touchpointTrend(QSqlDatabase& db, qint64 touchpointId, const QDate& from,
                                    const QDate& to);

// One line per journey: its stages, touchpoints and overall score.
struct JourneySummary
{
    Journey journey;
    int stages = 0;
    int touchpoints = 0;
    qint64 ratings = 0;
    std::optional<double> score;
};
QVector<JourneySummary> journeySummaries(QSqlDatabase& db, const QDate& from, const QDate& to);
QVector<JourneySummary> journeySummaries(QSqlDatabase& db, const MetricsFilter& filter);

} // namespace cx
