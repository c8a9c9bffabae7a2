#pragma once

#include "core/metrics/dashboard.h"
#include "ui/page.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace cx {

namespace charts {
class ChartPanel;
}

// One headline number with its change against the previous period.
class MetricTile : public QFrame
{
    Q_OBJECT

public:
    enum Better
    {
        Higher,
        Lower,
        CloserToZero
    };
    MetricTile(const QString& title, Better better, QWidget* parent = nullptr);
    void setValue(const QString& value, const QString& detail);
    // Shows the change; the colour says better or worse, the arrow up or down.
    // answers: how many answers the figure rests on (-1: not a survey figure);
    // fewer than kFewAnswers show the figure as uncertain and no change.
    // earlier: whether the period before lies within the recorded history.
    void setChange(const std::optional<double>& now, const std::optional<double>& before,
                   const QString& unit, int decimals, qint64 answers = -1, bool earlier = true);
    // The name of the period compared with ("October 2026"); empty: "the
    // previous period". Set before setChange.
    void setComparedWith(const QString& name) { m_comparedWith = name; }
    bool uncertain() const { return m_uncertain; }
    QString valueText() const;
    QString changeText() const;

private:
    Better m_better;
    QLabel* m_value = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_change = nullptr;
    QString m_comparedWith;
    bool m_uncertain = false;
};

class DashboardPage : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(Database& db, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override { setFilter(m_filter); }
    const DashboardData& data() const { return m_data; }
    MetricTile* tile(const QString& key) const;
    // The charts by name: "npsByMonth", "scores", "csatByChannel", "gap", "resolution".
    charts::ChartPanel* chart(const QString& key) const;

private:
    void showData();

    MetricsFilter m_filter;
    DashboardData m_data;
    QLabel* m_error = nullptr;
    QHash<QString, MetricTile*> m_tiles;
    charts::ChartPanel* m_npsByMonth = nullptr;
    charts::ChartPanel* m_scores = nullptr;
    charts::ChartPanel* m_csatByChannel = nullptr;
    charts::ChartPanel* m_gap = nullptr;
    charts::ChartPanel* m_resolution = nullptr;
};

} // namespace cx
