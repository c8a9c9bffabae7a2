#include "core/metrics/dashboard.h"

#include "core/common/text.h"
#include "core/metrics/periods.h"
#include "core/storage/sqlutil.h"

#include <QMap>
#include <QSqlQuery>
#include <cmath>

namespace cx {

MetricsFilter previousPeriod(const MetricsFilter& f)
{
    MetricsFilter p = f;
    const periods::Range before = periods::comparison(f.from, f.to);
    p.from = before.from;
    p.to = before.to;
    return p;
}

namespace {

// A period's answers and interactions summed per month, channel and touchpoint.
struct Collected
{
    MetricSums total;
    QMap<QString, MetricSums> byMonth;
    QMap<qint64, MetricSums> byChannel;
    QMap<qint64, MetricSums> byTouchpoint;
    qint64 scoreCounts[11] = {};

    void addAnswers(const QString& month, qint64 channel, qint64 touchpoint, const QString& kind,
                    double value, qint64 n)
    {
        total.addAnswer(kind, value, n);
        byMonth[month].addAnswer(kind, value, n);
        byChannel[channel].addAnswer(kind, value, n);
        if (touchpoint > 0)
            byTouchpoint[touchpoint].addAnswer(kind, value, n);
        if (kind == QLatin1String("nps") && value >= 0 && value <= 10 && value == std::floor(value))
            scoreCounts[int(value)] += n;
    }
    void addInteractions(const QString& month, qint64 channel, const QVariant& touchpoint,
                         const MetricSums& x)
    {
        total.addActivity(x);
        byMonth[month].addActivity(x);
        byChannel[channel].addActivity(x);
        if (!touchpoint.isNull() && touchpoint.toLongLong() > 0)
            byTouchpoint[touchpoint.toLongLong()].addActivity(x);
    }
};

bool run(QSqlQuery& q, const QString& sql, const QVariantList& binds, QString* error)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        *error = Text::tr("cannot read the dashboard's data: %1").arg(sql::errorText(q));
        return false;
    }
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec()) {
        *error = Text::tr("cannot read the dashboard's data: %1").arg(sql::errorText(q));
        return false;
    }
    return true;
}

// Rows of (month, channel, kind, value, count, touchpoint) into the sums.
void readAnswers(QSqlQuery& a, Collected* out)
{
    while (a.next())
        out->addAnswers(a.value(0).toString(), a.value(1).toLongLong(), a.value(5).toLongLong(),
                        a.value(2).toString(), a.value(3).toDouble(), a.value(4).toLongLong());
}

// Rows of (month, channel, touchpoint, resolved, resolution, rated by both, staff sum,
// customer sum); hoursDivisor turns the resolution column into hours.
void readInteractions(QSqlQuery& i, double hoursDivisor, Collected* out)
{
    while (i.next()) {
        MetricSums x;
        x.resolvedN = i.value(3).toLongLong();
        x.resolvedHours = i.value(4).toDouble() / hoursDivisor;
        x.gapN = i.value(5).toLongLong();
        x.staffSum = i.value(6).toDouble();
        x.customerSum = i.value(7).toDouble();
        out->addInteractions(i.value(0).toString(), i.value(1).toLongLong(), i.value(2), x);
    }
}

// From the daily sums the triggers keep: a few thousand rows for any period.
bool collectDaily(QSqlDatabase& db, const MetricsFilter& f, Collected* out, QString* error)
{
    const QString from = f.from.toString(Qt::ISODate), to = f.to.toString(Qt::ISODate);
    const QVariant channel =
        f.channelId > 0 ? QVariant(f.channelId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant survey =
        f.surveyId > 0 ? QVariant(f.surveyId) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery a(db);
    if (!run(a,
             QStringLiteral(
                 "SELECT substr(day, 1, 7), channel_id, kind, value, sum(n), touchpoint_id FROM "
                 "daily_answers "
                 "WHERE day >= ? AND day <= ? AND kind IN ('nps', 'csat', 'ces') "
                 "AND (CAST(? AS BIGINT) IS NULL OR channel_id = ?) AND (CAST(? AS BIGINT) IS NULL "
                 "OR survey_id = ?) GROUP BY 1, 2, 3, 4, 6"),
             {from, to, channel, channel, survey, survey}, error))
        return false;
    readAnswers(a, out);
    QSqlQuery i(db);
    if (!run(i,
             QStringLiteral("SELECT substr(day, 1, 7), channel_id, touchpoint_id, sum(resolved_n), "
                            "sum(resolved_ms), "
                            "sum(gap_n), sum(staff_sum), sum(customer_sum) FROM daily_interactions "
                            "WHERE day >= ? AND day <= ? AND (CAST(? AS BIGINT) IS NULL OR "
                            "channel_id = ?) GROUP BY 1, 2, 3"),
             {from, to, channel, channel}, error))
        return false;
    readInteractions(i, 3600000.0, out); // milliseconds
    return true;
}

// From the raw rows: needed for a segment, which the daily sums do not know.
bool collectRaw(QSqlDatabase& db, const MetricsFilter& f, Collected* out, QString* error)
{
    const QString from = f.from.toString(Qt::ISODate);
    const QString toNext = f.to.addDays(1).toString(Qt::ISODate);
    const QVariant channel =
        f.channelId > 0 ? QVariant(f.channelId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant survey =
        f.surveyId > 0 ? QVariant(f.surveyId) : QVariant(QMetaType::fromType<qint64>());
    QSqlQuery a(db);
    if (!run(a,
             QStringLiteral(
                 "SELECT substr(r.submitted_at, 1, 7), r.channel_id, q.kind, a.value_num, "
                 "count(*), r.touchpoint_id "
                 "FROM responses r %1 answers a ON a.response_id = r.id "
                 "%1 questions q ON q.id = a.question_id JOIN customers c ON c.id = "
                 "r.customer_id "
                 "WHERE r.submitted_at >= ? AND r.submitted_at < ? AND q.kind IN ('nps', 'csat', "
                 "'ces') "
                 "AND a.value_num IS NOT NULL AND (CAST(? AS BIGINT) IS NULL OR r.channel_id = ?) "
                 "AND (CAST(? AS BIGINT) IS NULL OR r.survey_id = ?) AND c.segment = ? GROUP BY 1, "
                 "2, 3, 4, 6")
                 .arg(sql::orderedJoin(db)),
             {from, toNext, channel, channel, survey, survey, f.segment}, error))
        return false;
    readAnswers(a, out);
    QSqlQuery i(db);
    if (!run(i,
             QStringLiteral(
                 "SELECT substr(i.occurred_at, 1, 7), i.channel_id, i.touchpoint_id, "
                 "count(i.resolution_hours), "
                 "coalesce(sum(i.resolution_hours), 0), "
                 "count(i.staff_rating + i.customer_rating), "
                 "coalesce(sum(i.staff_rating + 0 * i.customer_rating), 0), "
                 "coalesce(sum(i.customer_rating + 0 * i.staff_rating), 0) "
                 "FROM interactions i JOIN customers c ON c.id = i.customer_id "
                 "WHERE i.occurred_at >= ? AND i.occurred_at < ? AND (CAST(? AS BIGINT) IS NULL OR "
                 "i.channel_id = ?) "
                 "AND c.segment = ? GROUP BY 1, 2, 3"),
             {from, toNext, channel, channel, f.segment}, error))
        return false;
    readInteractions(i, 1.0, out); // already hours
    return true;
}

bool collect(QSqlDatabase& db, const MetricsFilter& f, Collected* out, QString* error)
{
    return f.segment.isEmpty() ? collectDaily(db, f, out, error) : collectRaw(db, f, out, error);
}

} // namespace

bool loadDashboard(QSqlDatabase& db, const MetricsFilter& filter, DashboardData* out,
                   QString* error)
{
    MetricsEngine engine(db);
    MetricsFilter f = filter;
    if (!engine.resolvePeriod(&f, error))
        return false;

    MetricSums customers;
    const MetricsFilter before = previousPeriod(f);
    Collected previous;
    if (!collect(db, before, &previous, error) || !engine.customerSums(before, &customers, error))
        return false;
    previous.total.setCustomers(customers);
    out->previous = previous.total.values(before.from, before.to);

    Collected current;
    if (!collect(db, f, &current, error) || !engine.customerSums(f, &customers, error))
        return false;
    current.total.setCustomers(customers);
    out->current = current.total.values(f.from, f.to);
    std::copy(std::begin(current.scoreCounts), std::end(current.scoreCounts),
              std::begin(out->scoreCounts));

    out->months.clear();
    QHash<QString, MetricSums> customersByMonth;
    if (!engine.customerSumsByMonth(f, &customersByMonth, error))
        return false;
    for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1)) {
        MetricsFilter mf = f;
        mf.from = std::max(m, f.from);
        mf.to = std::min(m.addMonths(1).addDays(-1), f.to);
        const QString month = m.toString(QStringLiteral("yyyy-MM"));
        MetricSums sums = current.byMonth.value(month);
        sums.setCustomers(customersByMonth.value(month));
        out->months.push_back({month, sums.values(mf.from, mf.to)});
    }

    out->csatByChannel.clear();
    out->gapByTouchpoint.clear();
    out->byChannel.clear();
    out->byTouchpoint.clear();
    // Each group with the period's customer counts, which no channel or
    // touchpoint narrows (as computeGroups gives them).
    const auto group = [&](const QString& name, qint64 id, MetricSums sums) {
        sums.setCustomers(customers);
        return MetricGroup{name, id, sums.values(f.from, f.to)};
    };
    QSqlQuery names(db);
    if (!sql::runLookup(names, QStringLiteral("SELECT id, name FROM channels ORDER BY id"), error))
        return false;
    while (names.next()) {
        out->byChannel.push_back(group(names.value(1).toString(), names.value(0).toLongLong(),
                                       current.byChannel.value(names.value(0).toLongLong())));
        // Every channel the filter lets through, with or without answers: one
        // without says so in its place rather than dropping out of the chart.
        const qint64 id = names.value(0).toLongLong();
        if (f.channelId != 0 && id != f.channelId)
            continue;
        const MetricSums sums = current.byChannel.value(id);
        out->csatByChannel.push_back(
            {names.value(1).toString(), id,
             sums.csatN > 0 ? 100.0 * double(sums.csatTop) / double(sums.csatN) : std::nan(""),
             sums.csatN});
    }
    if (!sql::runLookup(
            names,
            QStringLiteral("SELECT t.id, t.name FROM touchpoints t JOIN stages s ON s.id = "
                           "t.stage_id ORDER BY s.journey_id, s.position, t.position, t.id"),
            error))
        return false;
    while (names.next()) {
        const MetricSums sums = current.byTouchpoint.value(names.value(0).toLongLong());
        out->byTouchpoint.push_back(
            group(names.value(1).toString(), names.value(0).toLongLong(), sums));
        if (sums.gapN > 0)
            out->gapByTouchpoint.push_back({names.value(1).toString(), names.value(0).toLongLong(),
                                            sums.staffSum / double(sums.gapN),
                                            sums.customerSum / double(sums.gapN), sums.gapN});
    }
    // Largest gap (company above customers) first.
    std::sort(out->gapByTouchpoint.begin(), out->gapByTouchpoint.end(),
              [](const GapPoint& x, const GapPoint& y) {
                  return x.staffMean - x.customerMean > y.staffMean - y.customerMean;
              });
    return true;
}

} // namespace cx
