#include "dashboard.h"

#include "sqlutil.h"

#include <QSqlQuery>

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
    if (!engine.resolvePeriod(&f, error) || !engine.compute(f, &out->current, error)
        || !engine.compute(previousPeriod(f), &out->previous, error))
        return false;
    QVector<MetricGroup> months;
    if (!engine.computeGroups(f, GroupBy::Month, &months, error))
        return false;
    out->months.clear();
    for (const MetricGroup& g : months)
        out->months.push_back({g.key, g.values});
    QVector<MetricGroup> channels;
    if (!engine.computeGroups(f, GroupBy::Channel, &channels, error))
        return false;
    out->csatByChannel.clear();
    for (const MetricGroup& g : channels)
        if (g.values.csat)
            out->csatByChannel.push_back({g.key, g.id, *g.values.csat, g.values.csatN});

    const QString from = f.from.toString(Qt::ISODate);
    const QString toNext = f.to.addDays(1).toString(Qt::ISODate);
    const QVariant channel = f.channelId > 0 ? QVariant(f.channelId) : QVariant(QMetaType::fromType<qint64>());
    const QVariant segment = f.segment.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(f.segment);
    const QVariant survey = f.surveyId > 0 ? QVariant(f.surveyId) : QVariant(QMetaType::fromType<qint64>());

    // NPS score distribution, same filters as the metrics.
    std::fill(std::begin(out->scoreCounts), std::end(out->scoreCounts), 0);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT CAST(a.value_num AS INTEGER), count(*) FROM responses r CROSS JOIN answers a ON a.response_id = r.id "
        "CROSS JOIN questions q ON q.id = a.question_id LEFT JOIN customers c ON c.id = r.customer_id "
        "WHERE r.submitted_at >= ? AND r.submitted_at < ? AND q.kind = 'nps' AND a.value_num BETWEEN 0 AND 10 "
        "AND (? IS NULL OR r.channel_id = ?) AND (? IS NULL OR c.segment = ?) AND (? IS NULL OR r.survey_id = ?) "
        "GROUP BY 1"));
    for (const QVariant& v : {QVariant(from), QVariant(toNext), channel, channel, segment, segment, survey, survey})
        q.addBindValue(v);
    if (!q.exec()) {
        *error = QStringLiteral("cannot read the score distribution: %1").arg(sql::errorText(q));
        return false;
    }
    while (q.next())
        out->scoreCounts[std::clamp(q.value(0).toInt(), 0, 10)] = q.value(1).toLongLong();

    // Company view against customer view, per touchpoint.
    QSqlQuery g(db);
    g.setForwardOnly(true);
    g.prepare(QStringLiteral(
        "SELECT t.id, t.name, avg(i.staff_rating), avg(i.customer_rating), count(*) FROM interactions i "
        "JOIN touchpoints t ON t.id = i.touchpoint_id LEFT JOIN customers c ON c.id = i.customer_id "
        "WHERE i.occurred_at >= ? AND i.occurred_at < ? AND i.staff_rating IS NOT NULL "
        "AND i.customer_rating IS NOT NULL AND (? IS NULL OR i.channel_id = ?) AND (? IS NULL OR c.segment = ?) "
        "GROUP BY t.id ORDER BY avg(i.staff_rating) - avg(i.customer_rating) DESC"));
    for (const QVariant& v : {QVariant(from), QVariant(toNext), channel, channel, segment, segment})
        g.addBindValue(v);
    if (!g.exec()) {
        *error = QStringLiteral("cannot read the perception gap: %1").arg(sql::errorText(g));
        return false;
    }
    out->gapByTouchpoint.clear();
    while (g.next())
        out->gapByTouchpoint.push_back({g.value(1).toString(), g.value(0).toLongLong(), g.value(2).toDouble(),
                                        g.value(3).toDouble(), g.value(4).toLongLong()});
    return true;
}

} // namespace cx
