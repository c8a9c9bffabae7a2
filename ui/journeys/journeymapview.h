#pragma once

// The drawing of a journey map: stage columns with their lifecycle phase,
// the emotion curve above the grid, channel swimlanes and a card where each
// touchpoint's stage and channel meet. It paints with QPainter only, so the
// same drawing goes to the screen, a PNG, an SVG or a PDF page.

#include "core/journeys/journeymap.h"

#include <QWidget>

namespace cx {

class JourneyMapView : public QWidget
{
    Q_OBJECT

public:
    explicit JourneyMapView(QWidget* parent = nullptr);

    void setMap(const JourneyMap& map);
    // Fits the stage columns to this width where they can (a scroll area's viewport).
    void setAvailableWidth(int width);
    const JourneyMap& map() const { return m_map; }
    // The whole drawing's size, whatever the widget's.
    QSize drawingSize() const;
    // Draws the map with its top left corner at the painter's origin.
    void paintMap(QPainter& p) const;
    // Writes the map to path: a PNG or SVG of the drawing, or a PDF of one
    // landscape page with the drawing scaled to fit, by the file's suffix.
    bool exportTo(const QString& path, const QString& title, QString* error) const;

    // Where a touchpoint's card is drawn; an empty rectangle when it is not.
    QRectF cardRect(qint64 touchpointId) const;
    qint64 touchpointAt(const QPointF& pos) const;
    qint64 selectedTouchpoint() const { return m_selected; }
    void setSelectedTouchpoint(qint64 id);
    // A stage is selected by a click on its heading (a card's selection then clears).
    qint64 selectedStage() const { return m_selectedStage; }
    void setSelectedStage(qint64 id);
    qint64 stageAt(const QPointF& pos) const; // on a heading
    // The stage and channel of the cell under pos; false outside the grid.
    bool cellAt(const QPointF& pos, qint64* stageId, qint64* channelId) const;

    QSize sizeHint() const override { return drawingSize(); }
    QSize minimumSizeHint() const override { return drawingSize(); }

signals:
    void touchpointActivated(qint64 touchpointId); // double-click or Enter
    void selectionChanged(qint64 touchpointId);
    void stageSelected(qint64 stageId);
    // A card dragged to another cell.
    void touchpointDropped(qint64 touchpointId, qint64 stageId, qint64 channelId);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override; // tooltips

private:
    void layoutCards();
    double laneTop(int lane) const;
    double stageLeft(int stage) const;
    double emotionY(double emotion) const;
    void paintCard(QPainter& p, const MapCard& card, const QRectF& r) const;
    void paintCurve(QPainter& p) const;

    JourneyMap m_map;
    QVector<QRectF> m_cardRects;   // by card index
    QVector<double> m_laneHeights; // by lane
    qint64 m_selected = 0;
    qint64 m_selectedStage = 0;
    double m_stageWidth = 204;
    // A card being dragged: which, from where, where it is now.
    qint64 m_dragId = 0;
    QPointF m_pressPos;
    QPointF m_dragPos;
    bool m_dragging = false;
};

} // namespace cx
