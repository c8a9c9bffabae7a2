#pragma once

// The metrics of docs/database.md (Metrics), computed with SQL aggregates.

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace cx {

// Below this many answers a survey figure (NPS, CSAT, CES) is too uncertain
// to read a change from: the window and the reports show it muted, with its
// margin, and no better-or-worse arrow.
constexpr qint64 kFewAnswers = 30;

struct MetricsFilter
{
    QDate from;           // invalid: the earliest date in the database
    QDate to;             // invalid: today
    qint64 channelId = 0; // 0: every channel
    QString segment;      // empty: every segment
    qint64 surveyId = 0;  // 0: every survey
};

enum class GroupBy
{
    None,
    Channel,
    Touchpoint,
    Segment,
    Month
};

struct MetricValues
{
    QDate from;
    QDate to;

    qint64 npsN = 0, promoters = 0, passives = 0, detractors = 0;
    std::optional<double> nps, npsMargin;
    qint64 csatN = 0;
    std::optional<double> csat, satisfactionIndex;
    qint64 cesN = 0;
    std::optional<double> ces;
    qint64 resolvedN = 0;
    std::optional<double> avgResolutionHours;
    qint64 customersAtStart = 0, newCustomers = 0, churnedCustomers = 0;
    std::optional<double> acquisitionRate, churnRate;
    qint64 leads = 0, convertedLeads = 0;
    std::optional<double> conversionRate;
    qint64 perceptionGapN = 0;
    std::optional<double> perceptionGap;

    // The documented keys, values unrounded, null where the denominator is zero.
    QJsonObject toJson() const;
};

// The sums behind the metrics, before any ratio is taken; sums of parts add
// up to the sums of the whole, so one grouped pass can serve many views.
struct MetricSums
{
    qint64 npsN = 0, promoters = 0, passives = 0, detractors = 0;
    qint64 csatN = 0, csatTop = 0, csatBottom = 0;
    qint64 cesN = 0;
    double cesSum = 0;
    qint64 resolvedN = 0; // interactions with a readable resolved_at
    double resolvedHours = 0;
    qint64 gapN = 0;
    double staffSum = 0, customerSum = 0;
    qint64 atStart = 0, newCustomers = 0, churned = 0, leads = 0, convertedLeads = 0;

    // Adds one answer of an nps, csat or ces question.
    void addAnswer(const QString& kind, double value, qint64 count);
    void addActivity(const MetricSums& other);  // answers and interactions
    void setCustomers(const MetricSums& other); // customer counts
    MetricValues values(const QDate& from, const QDate& to) const;
};

struct MetricGroup
{
    QString key;   // channel or touchpoint name, segment, or YYYY-MM
    qint64 id = 0; // channel or touchpoint id; 0 for segments and months
    MetricValues values;
};

class MetricsEngine
{
public:
    explicit MetricsEngine(QSqlDatabase& db);

    // The first date of any customer, interaction or response; invalid when empty.
    QDate earliestDate();
    // Fills in the open ends of the period (earliest date, today); false with a
    // message when the period ends before it starts.
    [[nodiscard]] bool resolvePeriod(MetricsFilter* filter, QString* error);

    [[nodiscard]] bool compute(const MetricsFilter& filter, MetricValues* out, QString* error);
    [[nodiscard]] bool computeGroups(const MetricsFilter& filter, GroupBy by,
                                     QVector<MetricGroup>* out, QString* error);
    // Only the customer counts (acquisition, churn, conversion) of a resolved period.
    [[nodiscard]] bool customerSums(const MetricsFilter& filter, MetricSums* out, QString* error);
    // The answer figures (NPS, CSAT, CES) of every survey with answers in the
    // period, by survey id, read in one pass; each as compute() gives it for
    // that survey.
    [[nodiscard]] bool answersBySurvey(const MetricsFilter& filter,
                                       QHash<qint64, MetricValues>* out, QString* error);
    // The same for each month of a resolved period (the first and last cut to
    // it), keyed YYYY-MM, read in one statement.
    [[nodiscard]] bool customerSumsByMonth(const MetricsFilter& filter,
                                           QHash<QString, MetricSums>* out, QString* error);

private:
    QSqlDatabase& m_db;
};

} // namespace cx
