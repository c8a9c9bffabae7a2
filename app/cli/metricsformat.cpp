#include "app/cli/metricsformat.h"

#include "app/cli/common.h"

#include <QTextStream>
#include <algorithm>
#include <cmath>

namespace cx::cli {

QString formatMetrics(const MetricValues& v, const QString& scope)
{
    QString s;
    QTextStream t(&s);
    auto row = [&](const QString& label, const QString& value, const QString& detail = QString()) {
        t << label.leftJustified(24) << value.rightJustified(14);
        if (!detail.isEmpty())
            t << "   " << detail;
        t << "\n";
    };
    auto pct = [](double x) { return fixed(x, 1) + QStringLiteral(" %"); };
    t << "Metrics from " << v.from.toString(Qt::ISODate) << " to " << v.to.toString(Qt::ISODate)
      << " (" << scope << ")\n\n";
    row(QStringLiteral("Net Promoter Score"),
        v.nps ? QStringLiteral("%1 ± %2").arg(signedFixed(*v.nps, 0), fixed(*v.npsMargin, 1))
              : QStringLiteral("–"),
        QStringLiteral("%1 answers: %2 promoters, %3 passives, %4 detractors")
            .arg(count(v.npsN), count(v.promoters), count(v.passives), count(v.detractors)));
    row(QStringLiteral("Customer satisfaction"), orDash(v.csat, pct),
        QStringLiteral("%1 answers rating 4 or 5 of 5").arg(count(v.csatN)));
    row(QStringLiteral("Satisfaction index"),
        orDash(v.satisfactionIndex, [](double x) { return signedFixed(x, 1); }),
        QStringLiteral("share satisfied minus share dissatisfied"));
    row(QStringLiteral("Customer effort"),
        orDash(v.ces, [](double x) { return fixed(x, 2) + QStringLiteral(" / 7"); }),
        QStringLiteral("%1 answers, higher is easier").arg(count(v.cesN)));
    row(QStringLiteral("Resolution time"),
        orDash(v.avgResolutionHours, [](double x) { return fixed(x, 1) + QStringLiteral(" h"); }),
        QStringLiteral("average over %1 resolved interactions").arg(count(v.resolvedN)));
    row(QStringLiteral("Customers at start"), count(v.customersAtStart));
    row(QStringLiteral("New customers"), count(v.newCustomers),
        QStringLiteral("acquisition rate %1").arg(orDash(v.acquisitionRate, pct)));
    row(QStringLiteral("Churned customers"), count(v.churnedCustomers),
        QStringLiteral("churn rate %1").arg(orDash(v.churnRate, pct)));
    row(QStringLiteral("Leads"), count(v.leads),
        QStringLiteral("%1 converted, conversion rate %2")
            .arg(count(v.convertedLeads), orDash(v.conversionRate, pct)));
    QString gapDetail =
        QStringLiteral("%1 interactions rated by both sides").arg(count(v.perceptionGapN));
    if (v.perceptionGap && std::abs(*v.perceptionGap) >= 0.005)
        gapDetail += *v.perceptionGap > 0 ? QStringLiteral("; the company rates itself higher")
                                          : QStringLiteral("; customers rate it higher");
    row(QStringLiteral("Perception gap"),
        orDash(v.perceptionGap, [](double x) { return signedFixed(x, 2); }), gapDetail);
    return s;
}

QString formatMetricGroups(const QVector<MetricGroup>& groups, const QString& byName)
{
    QString s;
    QTextStream t(&s);
    int width = std::max(10, int(byName.size()));
    for (const MetricGroup& g : groups)
        width = std::max(width, int(g.key.size()));
    width = std::min(width, 36);
    const QStringList heads = {
        QStringLiteral("NPS"),     QStringLiteral("±"),       QStringLiteral("n"),
        QStringLiteral("CSAT %"),  QStringLiteral("CES"),     QStringLiteral("Res. h"),
        QStringLiteral("Churn %"), QStringLiteral("Conv. %"), QStringLiteral("Gap")};
    t << byName.at(0).toUpper() + byName.mid(1).leftJustified(width - 1);
    for (const QString& h : heads)
        t << h.rightJustified(9);
    t << "\n";
    for (const MetricGroup& g : groups) {
        const MetricValues& v = g.values;
        t << g.key.left(width).leftJustified(width);
        const QStringList cells = {
            orDash(v.nps, [](double x) { return signedFixed(x, 0); }),
            orDash(v.npsMargin, [](double x) { return fixed(x, 1); }),
            count(v.npsN),
            orDash(v.csat, [](double x) { return fixed(x, 1); }),
            orDash(v.ces, [](double x) { return fixed(x, 2); }),
            orDash(v.avgResolutionHours, [](double x) { return fixed(x, 1); }),
            orDash(v.churnRate, [](double x) { return fixed(x, 1); }),
            orDash(v.conversionRate, [](double x) { return fixed(x, 1); }),
            orDash(v.perceptionGap, [](double x) { return signedFixed(x, 2); }),
        };
        for (const QString& cell : cells)
            t << cell.rightJustified(9);
        t << "\n";
    }
    return s;
}

} // namespace cx::cli
