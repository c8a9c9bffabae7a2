#pragma once

// What the dashboard shows, as plain data: the headline metrics of a period
// and of the period it is compared with, and the series behind each
// chart. The window draws it; tests and reports read it directly.

#include "core/metrics/metrics.h"

#include <QVector>

namespace cx {

struct MonthPoint
{
    QString month; // YYYY-MM
    MetricValues values;
};

struct NamedValue
{
    QString name;
    qint64 id = 0;
    double value = 0; // NaN when there is nothing to measure (n is 0)
    qint64 n = 0;
};

struct GapPoint
{
    QString touchpoint;
    qint64 id = 0;
    double staffMean = 0;    // the company's view, 1-5
    double customerMean = 0; // the customer's view, 1-5
    qint64 n = 0;
};

struct DashboardData
{
    MetricValues current;
    MetricValues previous; // previousPeriod's values
    QVector<MonthPoint> months;
    qint64 scoreCounts[11] = {};       // NPS answers scored 0..10
    QVector<NamedValue> csatByChannel; // every channel shown; value NaN when n is 0
    QVector<GapPoint> gapByTouchpoint; // touchpoints rated by both sides
    // Every channel (by id) and every touchpoint (in map order) with its
    // figures for the period, as MetricsEngine::computeGroups gives them.
    QVector<MetricGroup> byChannel;
    QVector<MetricGroup> byTouchpoint;
};

// The period f's period is compared with (f's ends must be set): the calendar
// month, quarter or year before a whole one, else the same number of days
// just before (periods::comparison).
MetricsFilter previousPeriod(const MetricsFilter& f);

[[nodiscard]] bool loadDashboard(QSqlDatabase& db, const MetricsFilter& filter, DashboardData* out,
                                 QString* error);

} // namespace cx
