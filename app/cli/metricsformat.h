#pragma once

#include "core/metrics/metrics.h"

#include <QString>
#include <QVector>

namespace cx::cli {

// The readable form of `metrics`: rounded, with the NPS margin as "± x".
QString formatMetrics(const MetricValues& v, const QString& scope);
QString formatMetricGroups(const QVector<MetricGroup>& groups, const QString& byName);

} // namespace cx::cli
