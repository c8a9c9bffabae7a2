#pragma once

// Journeys: the list of journeys with their persona and overall score, and
// the living map of the one selected, for the period of the filter bar.

#include "journeymap.h"
#include "page.h"

class QLabel;
class QScrollArea;
class QTreeWidget;

namespace cx {

class JourneyMapView;

class JourneysPage : public Page
{
    Q_OBJECT
public:
    explicit JourneysPage(Database& db, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;

    QTreeWidget* list() const { return m_list; }
    JourneyMapView* mapView() const { return m_view; }
    qint64 currentJourney() const;
    void showJourney(qint64 journeyId);
    // "Journey — period", the title of an exported map.
    QString mapTitle() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void loadMap();
    void exportMap();

    MetricsFilter m_filter;
    QTreeWidget* m_list = nullptr;
    QLabel* m_persona = nullptr;
    QScrollArea* m_scroll = nullptr;
    JourneyMapView* m_view = nullptr;
};

} // namespace cx
