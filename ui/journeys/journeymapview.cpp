#include "ui/journeys/journeymapview.h"

#include "core/common/format.h"
#include "core/common/vocabulary.h"
#include "core/io/privatefile.h"
#include "ui/theme.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QHelpEvent>
#include <QImage>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {
constexpr double kMargin = 16;
constexpr double kLaneHeader = 128;
constexpr double kStageHeader = 52;
constexpr double kCurveHeight = 128;
constexpr double kCardHeight = 108;
constexpr double kCardGap = 10;
constexpr double kLanePadding = 10;

QColor amber()
{
    return theme::isDark() ? QColor(0xf0, 0xb4, 0x5a) : QColor(0xc2, 0x7c, 0x0e);
}

QColor standingColor(MapCard::Standing s)
{
    switch (s) {
    case MapCard::Standing::OnTarget:
        return theme::good();
    case MapCard::Standing::NearTarget:
        return amber();
    case MapCard::Standing::BelowTarget:
        return theme::bad();
    case MapCard::Standing::NoData:
        break;
    }
    return theme::neutral();
}

// A smooth line through the points (Catmull-Rom turned into cubic Béziers).
QPainterPath smoothPath(const QVector<QPointF>& pts)
{
    QPainterPath path;
    if (pts.isEmpty())
        return path;
    path.moveTo(pts.first());
    for (int i = 0; i + 1 < pts.size(); ++i) {
        const QPointF p0 = pts[std::max(0, i - 1)], p1 = pts[i], p2 = pts[i + 1];
        const QPointF p3 = pts[std::min(int(pts.size()) - 1, i + 2)];
        path.cubicTo(p1 + (p2 - p0) / 6.0, p2 - (p3 - p1) / 6.0, p2);
    }
    return path;
}
} // namespace

JourneyMapView::JourneyMapView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
}

void JourneyMapView::setMap(const JourneyMap& map)
{
    m_map = map;
    bool stillThere = false;
    for (const MapCard& c : std::as_const(m_map.cards))
        stillThere |= c.touchpoint.id == m_selected;
    if (!stillThere)
        m_selected = 0;
    layoutCards();
    setFixedSize(drawingSize());
    update();
}

void JourneyMapView::setAvailableWidth(int width)
{
    // Stages share the width there is, within what keeps a card readable.
    const double perStage =
        (width - 2 * kMargin - kLaneHeader) / std::max<double>(1, m_map.stages.size());
    const double stageWidth = std::clamp(perStage, 168.0, 300.0);
    if (std::abs(stageWidth - m_stageWidth) < 0.5)
        return;
    m_stageWidth = stageWidth;
    layoutCards();
    setFixedSize(drawingSize());
    update();
}

void JourneyMapView::layoutCards()
{
    const int lanes = int(m_map.lanes.size()), stages = int(m_map.stages.size());
    // Cards per cell decide each lane's height.
    QVector<int> perCell(lanes * std::max(stages, 1), 0);
    QVector<QPair<int, int>> cellOf(m_map.cards.size(), {-1, -1});
    QVector<int> slot(m_map.cards.size(), 0);
    for (int i = 0; i < m_map.cards.size(); ++i) {
        const Touchpoint& t = m_map.cards[i].touchpoint;
        const int s = m_map.stageIndex(t.stageId), l = m_map.laneIndex(t.channelId);
        if (s < 0 || l < 0)
            continue;
        cellOf[i] = {s, l};
        slot[i] = perCell[l * stages + s]++;
    }
    m_laneHeights.fill(0, lanes);
    for (int l = 0; l < lanes; ++l) {
        int most = 1;
        for (int s = 0; s < stages; ++s)
            most = std::max(most, perCell[l * stages + s]);
        m_laneHeights[l] = 2 * kLanePadding + most * kCardHeight + (most - 1) * kCardGap;
    }
    m_cardRects.fill(QRectF(), m_map.cards.size());
    for (int i = 0; i < m_map.cards.size(); ++i) {
        if (cellOf[i].first < 0)
            continue;
        const double x = stageLeft(cellOf[i].first) + (m_stageWidth - (m_stageWidth - 20)) / 2;
        const double y =
            laneTop(cellOf[i].second) + kLanePadding + slot[i] * (kCardHeight + kCardGap);
        m_cardRects[i] = QRectF(x, y, (m_stageWidth - 20), kCardHeight);
    }
}

double JourneyMapView::stageLeft(int stage) const
{
    return kMargin + kLaneHeader + stage * m_stageWidth;
}

double JourneyMapView::laneTop(int lane) const
{
    double y = kMargin + kStageHeader + kCurveHeight;
    for (int l = 0; l < lane && l < m_laneHeights.size(); ++l)
        y += m_laneHeights[l];
    return y;
}

double JourneyMapView::emotionY(double emotion) const
{
    const double top = kMargin + kStageHeader + 34,
                 bottom = kMargin + kStageHeader + kCurveHeight - 14;
    return top + (2.0 - std::clamp(emotion, -2.0, 2.0)) / 4.0 * (bottom - top);
}

QSize JourneyMapView::drawingSize() const
{
    const double width = stageLeft(int(std::max<qsizetype>(m_map.stages.size(), 1))) + kMargin;
    const double height = laneTop(int(m_laneHeights.size())) + kMargin;
    return QSize(int(std::ceil(width)), int(std::ceil(height)));
}

QRectF JourneyMapView::cardRect(qint64 touchpointId) const
{
    for (int i = 0; i < m_map.cards.size(); ++i)
        if (m_map.cards[i].touchpoint.id == touchpointId)
            return m_cardRects.value(i);
    return {};
}

qint64 JourneyMapView::touchpointAt(const QPointF& pos) const
{
    for (int i = 0; i < m_cardRects.size(); ++i)
        if (m_cardRects[i].contains(pos))
            return m_map.cards[i].touchpoint.id;
    return 0;
}

void JourneyMapView::setSelectedTouchpoint(qint64 id)
{
    if (id == m_selected)
        return;
    m_selected = id;
    update();
    emit selectionChanged(id);
}

void JourneyMapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    paintMap(p);
}

void JourneyMapView::paintMap(QPainter& p) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.55f);
    QColor line = text;
    line.setAlphaF(0.14f);
    QColor shade = text;
    shade.setAlphaF(0.035f);
    const QSize size = drawingSize();
    const int stages = int(m_map.stages.size());
    const double gridBottom = laneTop(int(m_laneHeights.size()));
    const double gridRight = stageLeft(stages);

    if (stages == 0) {
        p.setPen(faint);
        p.drawText(QRectF(kMargin, kMargin, size.width() + 400, 40),
                   Qt::AlignLeft | Qt::AlignVCenter, tr("This journey has no stages yet."));
        p.restore();
        return;
    }

    QFont base = font();
    QFont bold = base;
    bold.setBold(true);
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.86);
    QFont caps = small;
    caps.setCapitalization(QFont::AllUppercase);
    caps.setLetterSpacing(QFont::PercentageSpacing, 108);

    // Stage columns: shaded every other one, with their name and lifecycle phase on top.
    for (int s = 0; s < stages; ++s) {
        const QRectF column(stageLeft(s), kMargin, m_stageWidth, gridBottom - kMargin);
        if (s % 2 == 0)
            p.fillRect(column, shade);
        const Stage& stage = m_map.stages[s].stage;
        p.setPen(text);
        p.setFont(bold);
        const QRectF head(stageLeft(s) + 10, kMargin + 4, m_stageWidth - 20, 24);
        p.drawText(head, Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(stage.name, Qt::ElideRight, int(head.width())));
        p.setFont(caps);
        p.setPen(faint);
        p.drawText(QRectF(stageLeft(s) + 10, kMargin + 28, m_stageWidth - 20, 18),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   stage.lifecyclePhase.isEmpty() ? tr("no phase")
                                                  : wordLabel(stage.lifecyclePhase));
    }

    // The emotion band: the scale on the left, the zero line, both curves.
    const double bandTop = kMargin + kStageHeader;
    p.setPen(QPen(line, 1));
    p.drawLine(QPointF(kMargin, bandTop), QPointF(gridRight, bandTop));
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(kMargin, bandTop + 4, kLaneHeader - 8, 20), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Feeling"));
    p.setFont(small);
    p.setPen(faint);
    const struct
    {
        double value;
        QString label;
    } marks[] = {{2, tr("+2 delighted")}, {0, tr("0 neutral")}, {-2, tr("−2 unhappy")}};
    for (const auto& m : marks) {
        const double y = emotionY(m.value);
        p.drawText(QRectF(kMargin, y - 9, kLaneHeader - 10, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   m.label);
        QPen pen(line, 1, m.value == 0 ? Qt::SolidLine : Qt::DotLine);
        p.setPen(pen);
        p.drawLine(QPointF(kMargin + kLaneHeader, y), QPointF(gridRight, y));
        p.setPen(faint);
    }
    paintCurve(p);

    // Swimlanes: one per channel, named on the left.
    for (int l = 0; l < m_map.lanes.size(); ++l) {
        const double top = laneTop(l);
        p.setPen(QPen(line, 1));
        p.drawLine(QPointF(kMargin, top), QPointF(gridRight, top));
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRectF(kMargin, top + kLanePadding, kLaneHeader - 12, 40),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_map.lanes[l].name);
    }
    p.setPen(QPen(line, 1));
    p.drawLine(QPointF(kMargin, gridBottom), QPointF(gridRight, gridBottom));

    if (const int s = m_selectedStage ? m_map.stageIndex(m_selectedStage) : -1; s >= 0) {
        p.setPen(Qt::NoPen);
        p.setBrush(theme::accent());
        p.drawRoundedRect(
            QRectF(stageLeft(s) + 6, kMargin + kStageHeader - 5, m_stageWidth - 12, 4), 2, 2);
    }
    // Only the cards in view are drawn: a large map scrolls as fast as a small one.
    const QRectF visible =
        p.hasClipping() ? p.clipBoundingRect().adjusted(-4, -4, 4, 4) : QRectF(QPointF(0, 0), size);
    for (int i = 0; i < m_map.cards.size(); ++i)
        if (!m_cardRects.value(i).isNull() && m_cardRects[i].intersects(visible))
            paintCard(p, m_map.cards[i], m_cardRects[i]);

    // A card being dragged: the cell it would land in, and the card under the pointer.
    if (m_dragging) {
        qint64 stageId = 0, channelId = 0;
        if (cellAt(m_dragPos, &stageId, &channelId)) {
            const int s = m_map.stageIndex(stageId), l = m_map.laneIndex(channelId);
            QColor target = theme::accent();
            target.setAlphaF(0.12f);
            p.setPen(QPen(theme::accent(), 2, Qt::DashLine));
            p.setBrush(target);
            p.drawRoundedRect(QRectF(stageLeft(s) + 3, laneTop(l) + 3, m_stageWidth - 6,
                                     laneTop(l + 1) - laneTop(l) - 6),
                              8, 8);
        }
        for (int i = 0; i < m_map.cards.size(); ++i) {
            if (m_map.cards[i].touchpoint.id != m_dragId)
                continue;
            p.setOpacity(0.75);
            QRectF r = m_cardRects[i];
            r.moveCenter(m_dragPos);
            paintCard(p, m_map.cards[i], r);
            p.setOpacity(1);
        }
    }
    p.restore();
}

void JourneyMapView::paintCurve(QPainter& p) const
{
    QVector<QPointF> actual, expected;
    QVector<double> values;
    for (int s = 0; s < m_map.stages.size(); ++s) {
        const double x = stageLeft(s) + m_stageWidth / 2;
        if (m_map.stages[s].emotion) {
            actual << QPointF(x, emotionY(*m_map.stages[s].emotion));
            values << *m_map.stages[s].emotion;
        }
        if (m_map.stages[s].stage.expectedEmotion)
            expected << QPointF(x, emotionY(*m_map.stages[s].stage.expectedEmotion));
    }
    const QColor accent = theme::accent();
    QColor expectedColor = palette().color(QPalette::Text);
    expectedColor.setAlphaF(0.45f);
    if (!expected.isEmpty()) {
        p.setPen(QPen(expectedColor, 2, Qt::DashLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(smoothPath(expected));
    }
    if (!actual.isEmpty()) {
        p.setPen(QPen(accent, 3, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(smoothPath(actual));
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        for (int i = 0; i < actual.size(); ++i) {
            const QColor dot = values[i] >= 0.5 ? theme::good()
                               : values[i] >= 0 ? amber()
                                                : theme::bad();
            p.setPen(QPen(palette().color(QPalette::Base), 2));
            p.setBrush(dot);
            p.drawEllipse(actual[i], 6, 6);
            p.setPen(dot);
            const bool above = actual[i].y() > emotionY(1.6);
            p.drawText(QRectF(actual[i].x() + 9, actual[i].y() + (above ? -22 : 4), 60, 18),
                       Qt::AlignLeft | Qt::AlignVCenter, format::signedNumber(values[i], 1));
        }
    }
    // The legend, top right of the band.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.86);
    p.setFont(small);
    const double right = stageLeft(int(m_map.stages.size())) - 8, y = kMargin + kStageHeader + 12;
    const QString actualText = tr("Customers, from their ratings");
    const QString expectedText = tr("Expected");
    const int wa = p.fontMetrics().horizontalAdvance(actualText),
              we = p.fontMetrics().horizontalAdvance(expectedText);
    double x = right - wa;
    p.setPen(palette().color(QPalette::Text));
    p.drawText(QPointF(x, y + 4), actualText);
    p.setPen(QPen(accent, 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(x - 30, y), QPointF(x - 8, y));
    if (!expected.isEmpty()) {
        x -= 44 + we;
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QPointF(x, y + 4), expectedText);
        p.setPen(QPen(expectedColor, 2, Qt::DashLine, Qt::RoundCap));
        p.drawLine(QPointF(x - 30, y), QPointF(x - 8, y));
    }
}

void JourneyMapView::paintCard(QPainter& p, const MapCard& card, const QRectF& r) const
{
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.62f);
    const bool selected = card.touchpoint.id == m_selected;
    const QColor standing = standingColor(card.standing);

    // A soft shadow, the card, the standing colour down its left edge.
    QColor shadow(0, 0, 0, theme::isDark() ? 90 : 28);
    p.setPen(Qt::NoPen);
    p.setBrush(shadow);
    p.drawRoundedRect(r.translated(0, 2), 8, 8);
    p.setBrush(pal.color(QPalette::Base));
    QPen border(card.painPoint ? theme::bad() : QColor(text.red(), text.green(), text.blue(), 50),
                card.painPoint ? 2 : 1);
    if (selected)
        border = QPen(theme::accent(), 3);
    p.setPen(border);
    p.drawRoundedRect(r, 8, 8);
    QPainterPath stripe;
    stripe.addRoundedRect(QRectF(r.left(), r.top(), 12, r.height()), 6, 6);
    QPainterPath clip;
    clip.addRect(QRectF(r.left(), r.top(), 6, r.height()));
    p.setPen(Qt::NoPen);
    p.setBrush(standing);
    p.drawPath(stripe.intersected(clip));

    const QRectF inner = r.adjusted(14, 8, -10, -8);
    QFont bold = font();
    bold.setBold(true);
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.86);
    p.setFont(bold);
    p.setPen(text);
    const QFontMetricsF bm(bold);
    const double lineH = bm.height();
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), lineH),
               Qt::AlignLeft | Qt::AlignVCenter,
               bm.elidedText(card.touchpoint.name, Qt::ElideRight, inner.width()));

    // The customers' score large, then the team's view and the volume.
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 1.35);
    p.setFont(big);
    p.setPen(card.customerScore ? standing : faint);
    const QFontMetricsF gm(big);
    const QString customer = format::number(card.customerScore, 1);
    const double scoreTop = inner.top() + lineH;
    p.drawText(QRectF(inner.left(), scoreTop, gm.horizontalAdvance(customer) + 2, gm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, customer);
    p.setFont(small);
    p.setPen(faint);
    const QFontMetricsF sm(small);
    const double afterScore = inner.left() + gm.horizontalAdvance(customer) + 8;
    p.drawText(QRectF(afterScore, scoreTop, inner.right() - afterScore, gm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               sm.elidedText(tr("customers"), Qt::ElideRight, inner.right() - afterScore));
    QString team = tr("Team %1").arg(format::number(card.companyScore, 1));
    if (const auto gap = card.gap(); gap && std::abs(*gap) >= 0.05)
        team += tr(" · gap %1").arg(format::signedNumber(*gap, 1));
    const double teamTop = scoreTop + gm.height();
    p.drawText(QRectF(inner.left(), teamTop, inner.width(), sm.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               sm.elidedText(team, Qt::ElideRight, inner.width()));
    const QLocale l;
    const double volumeTop = teamTop + sm.height();
    const QRectF foot(inner.left(), inner.bottom() - sm.height(), inner.width(), sm.height());
    // Counts take two lines when one is too narrow, as it is in longer languages.
    const QString interactions = tr("%Ln interaction(s)", nullptr, int(card.interactions));
    const QString responses = tr("%Ln response(s)", nullptr, int(card.responses));
    const QString volume = interactions + QStringLiteral(" · ") + responses;
    const bool twoLines = sm.horizontalAdvance(volume) > inner.width() &&
                          volumeTop + 3 * sm.height() <= foot.top() + 0.5;
    const auto line = [&](double top, const QString& words) {
        p.drawText(QRectF(inner.left(), top, inner.width(), sm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   sm.elidedText(words, Qt::ElideRight, int(inner.width())));
    };
    if (twoLines) {
        line(volumeTop, interactions);
        line(volumeTop + sm.height(), responses);
    } else {
        line(volumeTop, volume);
    }
    // The foot: a pain point says so; otherwise the target.
    if (card.painPoint) {
        QFont warn = small;
        warn.setBold(true);
        const QFontMetricsF wm(warn);
        const QString target = tr("target %1").arg(l.toString(card.target(), 'f', 1));
        const QString both = tr("Pain point · target %1").arg(l.toString(card.target(), 'f', 1));
        p.setFont(warn);
        p.setPen(theme::bad());
        if (wm.horizontalAdvance(both) <= inner.width()) {
            p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, both);
        } else {
            // Too long for one line: the target goes just above the warning.
            p.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter,
                       wm.elidedText(tr("Pain point"), Qt::ElideRight, inner.width()));
            p.drawText(foot.translated(0, -sm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                       wm.elidedText(target, Qt::ElideRight, inner.width()));
        }
    } else {
        p.drawText(
            foot, Qt::AlignLeft | Qt::AlignVCenter,
            sm.elidedText(card.touchpoint.owner.isEmpty()
                              ? tr("Target %1").arg(l.toString(card.target(), 'f', 1))
                              : tr("Target %1 · %2")
                                    .arg(l.toString(card.target(), 'f', 1), card.touchpoint.owner),
                          Qt::ElideRight, inner.width()));
    }
}

void JourneyMapView::setSelectedStage(qint64 id)
{
    if (id == m_selectedStage)
        return;
    m_selectedStage = id;
    update();
    emit stageSelected(id);
}

qint64 JourneyMapView::stageAt(const QPointF& pos) const
{
    if (pos.y() < kMargin || pos.y() > kMargin + kStageHeader)
        return 0;
    const int s = int(std::floor((pos.x() - stageLeft(0)) / m_stageWidth));
    return pos.x() >= stageLeft(0) && s >= 0 && s < m_map.stages.size() ? m_map.stages[s].stage.id
                                                                        : 0;
}

bool JourneyMapView::cellAt(const QPointF& pos, qint64* stageId, qint64* channelId) const
{
    const int s = int(std::floor((pos.x() - stageLeft(0)) / m_stageWidth));
    if (pos.x() < stageLeft(0) || s < 0 || s >= m_map.stages.size())
        return false;
    for (int l = 0; l < m_map.lanes.size(); ++l) {
        if (pos.y() >= laneTop(l) && pos.y() < laneTop(l + 1)) {
            *stageId = m_map.stages[s].stage.id;
            *channelId = m_map.lanes[l].id;
            return true;
        }
    }
    return false;
}

void JourneyMapView::mousePressEvent(QMouseEvent* event)
{
    const qint64 card = touchpointAt(event->position());
    const qint64 stage = card ? 0 : stageAt(event->position());
    setSelectedTouchpoint(card);
    setSelectedStage(stage);
    if (event->button() == Qt::LeftButton && card) {
        m_dragId = card;
        m_pressPos = event->position();
    }
    QWidget::mousePressEvent(event);
}

void JourneyMapView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_dragId && (event->buttons() & Qt::LeftButton)) {
        if (!m_dragging &&
            (event->position() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
            m_dragging = true;
        if (m_dragging) {
            m_dragPos = event->position();
            setCursor(Qt::ClosedHandCursor);
            update();
        }
    }
    QWidget::mouseMoveEvent(event);
}

void JourneyMapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragging) {
        qint64 stageId = 0, channelId = 0;
        const QRectF from = cardRect(m_dragId);
        qint64 fromStage = 0, fromChannel = 0;
        cellAt(from.center(), &fromStage, &fromChannel);
        if (cellAt(event->position(), &stageId, &channelId) &&
            (stageId != fromStage || channelId != fromChannel))
            emit touchpointDropped(m_dragId, stageId, channelId);
        unsetCursor();
        update();
    }
    m_dragging = false;
    m_dragId = 0;
    QWidget::mouseReleaseEvent(event);
}

void JourneyMapView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const qint64 id = touchpointAt(event->position());
    if (id)
        emit touchpointActivated(id);
}

void JourneyMapView::keyPressEvent(QKeyEvent* event)
{
    // Arrows walk the cards in map order; Enter opens the selected one.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_selected) {
        emit touchpointActivated(m_selected);
        return;
    }
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left ||
        event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) {
        if (m_map.cards.isEmpty())
            return;
        int index = -1;
        for (int i = 0; i < m_map.cards.size(); ++i)
            if (m_map.cards[i].touchpoint.id == m_selected)
                index = i;
        const bool forward = event->key() == Qt::Key_Right || event->key() == Qt::Key_Down;
        index =
            index < 0 ? 0 : std::clamp(index + (forward ? 1 : -1), 0, int(m_map.cards.size()) - 1);
        setSelectedTouchpoint(m_map.cards[index].touchpoint.id);
        return;
    }
    QWidget::keyPressEvent(event);
}

bool JourneyMapView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const qint64 id = touchpointAt(help->pos());
        for (const MapCard& c : std::as_const(m_map.cards)) {
            if (c.touchpoint.id != id)
                continue;
            const QLocale l;
            QString tip = QStringLiteral("<b>%1</b><br>").arg(c.touchpoint.name.toHtmlEscaped());
            tip += tr("Customer score %1 from %2 ratings; the team's %3 from %4")
                       .arg(format::number(c.customerScore, 1), l.toString(c.customerRatings),
                            format::number(c.companyScore, 1), l.toString(c.staffRatings));
            tip += QStringLiteral("<br>") + tr("Double-click for its interactions");
            QToolTip::showText(help->globalPos(), tip, this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QWidget::event(event);
}

bool JourneyMapView::exportTo(const QString& path, const QString& title, QString* error) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = drawingSize();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (suffix == QLatin1String("png")) {
        // Twice the screen's pixels, sharp when printed or zoomed.
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(palette().color(QPalette::Base));
        QPainter p(&image);
        paintMap(p);
        p.end();
        image.save(&buffer, "PNG");
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setResolution(96);
        QPainter p(&svg);
        p.fillRect(QRect(QPoint(0, 0), size), palette().color(QPalette::Base));
        paintMap(p);
    } else if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("CX Desk"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        pdf.setResolution(
            96); // the drawing's own units, so its text keeps its size against its boxes
        QPainter p(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height()));
        QFont heading = font();
        heading.setBold(true);
        heading.setPointSizeF(font().pointSizeF() * 1.3);
        p.setFont(heading);
        const double headingHeight = QFontMetricsF(heading, &pdf).height() * 1.6;
        p.drawText(QRectF(page.left(), page.top(), page.width(), headingHeight),
                   Qt::AlignLeft | Qt::AlignVCenter, title);
        // The drawing, scaled to fit what is left of the page.
        const QRectF room(page.left(), page.top() + headingHeight, page.width(),
                          page.height() - headingHeight);
        const double scale = std::min(room.width() / size.width(), room.height() / size.height());
        p.translate(room.topLeft());
        p.scale(scale, scale);
        paintMap(p);
    } else {
        *error = tr("'%1': the map is saved as .png, .svg or .pdf").arg(QFileInfo(path).fileName());
        return false;
    }
    buffer.close();
    // Owner-only, as every file CX Desk writes: a map names touchpoints and owners.
    QString why;
    if (!writePrivateFile(path, bytes, &why)) {
        *error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace cx
