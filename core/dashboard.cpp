#include "dashboard.h"

#include "sqlutil.h"

#include <QMap>
#include <QSqlQuery>

#include <cmath>

namespace cx {

MetricsFilter previousPeriod(const MetricsFilter& f)
{
    MetricsFilter p = f;
    const qint64 days = f.from.daysTo(f.to) + 1;
    p.to = f.from.addDays(-1);
    p.from = p.to.addDays(-(days - 1));
    return p;
}

bool loadDashboard(QSqlDatabase& db, const MetricsFilter& filter, DashboardData* out, QString* error)
{
    MetricsEngine engine(db);
    MetricsFilter f = filter;
    if (!engine.resolvePeriod(&f, error) || !engine.compute(previousPeriod(f), &out->previous, error))
        return false;

    // The current period in two grouped passes, one over its answers and one
    // over its interactions; every tile and chart is a sum over these groups.
    const QString from = f.from.toString(Qt::ISODate);
    const QString toNext = f.to.addDays(1).toString(Qt::ISODate);
    const QVariant channel = f.channelId > 0 ? QVariant(f.channelId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant segment = f.segment.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.segment);
    const QVariant survey = f.surveyId > 0 ? QVariant(f.surveyId) : QVariant(QMetaType::fromType<qint64>());
    const bool bySegment = !f.segment.isEmpty();

    MetricSums total;
    QMap<QString, MetricSums> byMonth;
    QMap<qint64, MetricSums> byChannel;
    std::fill(std::begin(out->scoreCounts), std::end(out->scoreCounts), 0);

    QSqlQuery a(db);
    a.setForwardOnly(true);
    // The segment join is only made when a segment is chosen (it drops anonymous answers).
    a.prepare(QStringLiteral(
                  "SELECT substr(r.submitted_at, 1, 7), r.channel_id, q.kind, a.value_num, count(*) "
                  "FROM responses r CROSS JOIN answers a ON a.response_id = r.id "
                  "CROSS JOIN questions q ON q.id = a.question_id %1 "
                  "WHERE r.submitted_at >= ? AND r.submitted_at < ? AND q.kind IN ('nps', 'csat', 'ces') "
                  "AND a.value_num IS NOT NULL AND (? IS NULL OR r.channel_id = ?) AND (? IS NULL OR r.survey_id = ?) %2 "
                  "GROUP BY 1, 2, 3, 4")
                  .arg(bySegment ? QStringLiteral("JOIN customers c ON c.id = r.customer_id") : QString(),
                       bySegment ? QStringLiteral("AND c.segment = ?") : QString()));
    QVariantList binds{from, toNext, channel, channel, survey, survey};
    if (bySegment)
        binds << segment;
    for (const QVariant& v : binds)
        a.addBindValue(v);
    if (!a.exec()) {
        *error = QStringLiteral("cannot read the answers: %1").arg(sql::errorText(a));
        return false;
    }
    while (a.next()) {
        const QString kind = a.value(2).toString();
        const double value = a.value(3).toDouble();
        const qint64 n = a.value(4).toLongLong();
        total.addAnswer(kind, value, n);
        byMonth[a.value(0).toString()].addAnswer(kind, value, n);
        byChannel[a.value(1).toLongLong()].addAnswer(kind, value, n);
        if (kind == QLatin1String("nps") && value >= 0 && value <= 10 && value == std::floor(value))
            out->scoreCounts[int(value)] += n;
    }

    QSqlQuery i(db);
    i.setForwardOnly(true);
    i.prepare(QStringLiteral(
                  "SELECT substr(i.occurred_at, 1, 7), i.channel_id, i.touchpoint_id, count(i.resolution_hours), "
                  "total(i.resolution_hours), count(i.staff_rating + i.customer_rating), "
                  "total(i.staff_rating + 0 * i.customer_rating), total(i.customer_rating + 0 * i.staff_rating) "
                  "FROM interactions i %1 WHERE i.occurred_at >= ? AND i.occurred_at < ? "
                  "AND (? IS NULL OR i.channel_id = ?) %2 GROUP BY 1, 2, 3")
                  .arg(bySegment ? QStringLiteral("JOIN customers c ON c.id = i.customer_id") : QString(),
                       bySegment ? QStringLiteral("AND c.segment = ?") : QString()));
    binds = {from, toNext, channel, channel};
    if (bySegment)
        binds << segment;
    for (const QVariant& v : binds)
        i.addBindValue(v);
    if (!i.exec()) {
        *error = QStringLiteral("cannot read the interactions: %1").arg(sql::errorText(i));
        return false;
    }
    QMap<qint64, MetricSums> byTouchpoint;
    while (i.next()) {
        MetricSums x;
        x.resolvedN = i.value(3).toLongLong();
        x.resolvedHours = i.value(4).toDouble();
        x.gapN = i.value(5).toLongLong();
        x.staffSum = i.value(6).toDouble();
        x.customerSum = i.value(7).toDouble();
        total.addActivity(x);
        byMonth[i.value(0).toString()].addActivity(x);
        byChannel[i.value(1).toLongLong()].addActivity(x);
        if (!i.value(2).isNull())
            byTouchpoint[i.value(2).toLongLong()].addActivity(x);
    }

    MetricSums customers;
    if (!engine.customerSums(f, &customers, error))
        return false;
    total.setCustomers(customers);
    out->current = total.values(f.from, f.to);

    out->months.clear();
    for (QDate m(f.from.year(), f.from.month(), 1); m <= f.to; m = m.addMonths(1)) {
        MetricsFilter mf = f;
        mf.from = std::max(m, f.from);
        mf.to = std::min(m.addMonths(1).addDays(-1), f.to);
        MetricSums sums = byMonth.value(m.toString(QStringLiteral("yyyy-MM")));
        if (!engine.customerSums(mf, &customers, error))
            return false;
        sums.setCustomers(customers);
        out->months.push_back({m.toString(QStringLiteral("yyyy-MM")), sums.values(mf.from, mf.to)});
    }

    out->csatByChannel.clear();
    out->gapByTouchpoint.clear();
    QSqlQuery names(db);
    names.exec(QStringLiteral("SELECT id, name FROM channels ORDER BY id"));
    while (names.next()) {
        const MetricSums sums = byChannel.value(names.value(0).toLongLong());
        if (sums.csatN > 0)
            out->csatByChannel.push_back({names.value(1).toString(), names.value(0).toLongLong(),
                                          100.0 * double(sums.csatTop) / double(sums.csatN), sums.csatN});
    }
    names.exec(QStringLiteral("SELECT id, name FROM touchpoints"));
    while (names.next()) {
        const MetricSums sums = byTouchpoint.value(names.value(0).toLongLong());
        if (sums.gapN > 0)
            out->gapByTouchpoint.push_back({names.value(1).toString(), names.value(0).toLongLong(),
                                            sums.staffSum / double(sums.gapN), sums.customerSum / double(sums.gapN),
                                            sums.gapN});
    }
    // Largest gap (company above customers) first.
    std::sort(out->gapByTouchpoint.begin(), out->gapByTouchpoint.end(), [](const GapPoint& x, const GapPoint& y) {
        return x.staffMean - x.customerMean > y.staffMean - y.customerMean;
    });
    return true;
}

} // namespace cx
