#pragma once

// One touchpoint up close, opened from its card on the journey map: its
// customer score month by month, its interactions and its survey answers in
// the period of the filter bar.

#include "core/journeys/journeymap.h"
#include "core/metrics/metrics.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace cx {

class Database;
class QueryModel;
class MetricTile;
namespace charts {
class ChartPanel;
}

class TouchpointView : public QWidget
{
    Q_OBJECT

public:
    explicit TouchpointView(Database& db, QWidget* parent = nullptr);
    // Shows the touchpoint (a card of the map: its numbers are the map's).
    void showCard(const MapCard& card, const QString& stage, const QString& channel,
                  const MetricsFilter& filter);
    qint64 touchpointId() const { return m_card.touchpoint.id; }
    QueryModel* interactions() const { return m_interactions; }
    QueryModel* answers() const { return m_answers; }
    QLabel* title() const { return m_title; }
    charts::ChartPanel* trend() const { return m_trend; }

signals:
    void back();
    void openInteractions(qint64 touchpointId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    Database& m_db;
    MapCard m_card;
    QLabel* m_title;
    QLabel* m_subtitle;
    MetricTile* m_score;
    MetricTile* m_team;
    MetricTile* m_volume;
    charts::ChartPanel* m_trend;
    QueryModel* m_interactions;
    QueryModel* m_answers;
};

} // namespace cx
