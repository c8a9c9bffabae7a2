#include "ui/reports/reportwriter.h"

#include "core/io/privatefile.h"
#include "core/journeys/journeymap.h"
#include "core/storage/database.h"
#include "ui/journeys/journeymapview.h"
#include "ui/theme.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QPicture>
#include <cmath>
#include <functional>
#include <memory>
#include <numeric>

namespace cx {

namespace {

// Translated texts of this file, under one context of their own.
class ReportWriterText
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriterText)
};

const QColor kInk(0x22, 0x31, 0x3a);
const QColor kMuted(0x5b, 0x67, 0x70);
const QColor kRule(0xc9, 0xd3, 0xd6);
const QColor kShade(0xf1, 0xf4, 0xf5);

QFont font(double points, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

using Draw = std::function<void(QPainter&)>;

// Pages being filled: each a list of drawings at fixed places.
class Layout
{
public:
    Layout(QPagedPaintDevice* device, QPainter* measure) : m_measure(measure)
    {
        const QPageLayout page = device->pageLayout();
        m_dpi = device->logicalDpiY();
        const QRect paint = page.paintRectPixels(int(m_dpi));
        m_width = paint.width();
        m_top = mm(14);                     // the header's band
        m_bottom = paint.height() - mm(12); // the footer's band
        m_pages.push_back({});
        m_y = m_top;
    }

    double mm(double v) const { return v * m_dpi / 25.4; }
    double width() const { return m_width; }
    double left() const { return m_bottom - m_y; }
    double y() const { return m_y; }
    QPainter& measure() { return *m_measure; }
    int pageCount() const { return int(m_pages.size()); }
    const QVector<Draw>& page(int i) const { return m_pages[i]; }
    double bottom() const { return m_bottom; }
    double top() const { return m_top; }

    void newPage()
    {
        m_pages.push_back({});
        m_y = m_top;
    }
    // Room for height, or a new page (unless the page is still empty).
    void need(double height)
    {
        if (height > left() && m_y > m_top)
            newPage();
    }
    void place(double height, Draw draw)
    {
        m_pages.back().push_back(std::move(draw));
        m_y += height;
    }
    void space(double height) { m_y = std::min(m_bottom, m_y + height); }

    double textHeight(const QString& text, const QFont& f, double width)
    {
        m_measure->setFont(f);
        return m_measure->boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

private:
    QPainter* m_measure;
    double m_dpi = 72;
    double m_width = 0, m_top = 0, m_bottom = 0, m_y = 0;
    QVector<QVector<Draw>> m_pages;
};

QColor toneColour(int tone)
{
    return tone > 0 ? theme::good() : tone < 0 ? theme::bad() : kInk;
}

void layoutFigures(Layout& l, const QVector<ReportFigure>& figures)
{
    const double gap = l.mm(4);
    const double w = (l.width() - gap) / 2;
    for (int i = 0; i < figures.size(); i += 2) {
        double h = 0;
        for (int k = i; k < std::min(i + 2, int(figures.size())); ++k)
            h = std::max(h, l.mm(16) + l.textHeight(figures[k].detail, font(7.5), w - l.mm(6)));
        l.need(h + gap);
        const double y = l.y();
        for (int k = i; k < std::min(i + 2, int(figures.size())); ++k) {
            const ReportFigure f = figures[k];
            const double x = (k - i) * (w + gap);
            const double pad = l.mm(3), lineLabel = l.mm(5), lineValue = l.mm(8);
            l.place(0, [=](QPainter& p) {
                p.setPen(Qt::NoPen);
                p.setBrush(kShade);
                p.drawRoundedRect(QRectF(x, y, w, h), l.mm(1.5), l.mm(1.5));
                p.setPen(kMuted);
                p.setFont(font(8));
                p.drawText(QRectF(x + pad, y + pad * 0.6, w - 2 * pad, lineLabel),
                           Qt::AlignLeft | Qt::AlignVCenter, f.label);
                p.setPen(kInk);
                p.setFont(font(15, true));
                QRectF valueBox(x + pad, y + pad * 0.6 + lineLabel, w - 2 * pad, lineValue);
                QRectF used;
                p.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, f.value, &used);
                if (!f.change.isEmpty()) {
                    p.setPen(toneColour(f.tone));
                    p.setFont(font(8));
                    p.drawText(QRectF(used.right() + pad, valueBox.top(),
                                      valueBox.right() - used.right() - pad, lineValue),
                               Qt::AlignLeft | Qt::AlignVCenter, f.change);
                }
                p.setPen(kMuted);
                p.setFont(font(7.5));
                p.drawText(QRectF(x + pad, valueBox.bottom(), w - 2 * pad,
                                  h - (valueBox.bottom() - y) - pad * 0.5),
                           Qt::TextWordWrap, f.detail);
            });
        }
        l.place(h + gap, [](QPainter&) {});
    }
}

void layoutChart(Layout& l, const ReportChart& c)
{
    const double h = l.mm(62);
    l.need(h + l.mm(4));
    const double y0 = l.y(), w = l.width();
    l.place(h + l.mm(4), [=](QPainter& p) {
        p.setPen(kInk);
        p.setFont(font(9.5, true));
        p.drawText(QRectF(0, y0, w, l.mm(6)), Qt::AlignLeft | Qt::AlignVCenter, c.title);
        // The plot area, with room for the value axis on the left and categories below.
        const QRectF plot(l.mm(14), y0 + l.mm(9), w - l.mm(16), h - l.mm(19));
        double lo = c.floor.value_or(0), hi = c.ceiling.value_or(0);
        bool any = false;
        for (const auto& v : c.values)
            if (v) {
                any = true;
                if (!c.floor)
                    lo = std::min(lo, *v);
                if (!c.ceiling)
                    hi = std::max(hi, *v);
            }
        if (!any) {
            p.setPen(kMuted);
            p.setFont(font(9));
            p.drawText(plot, Qt::AlignCenter, ReportWriterText::tr("No data in the period"));
            return;
        }
        if (hi <= lo)
            hi = lo + 1;
        // Round the top up to a readable step.
        const double raw = (hi - lo) / 4;
        const double mag = std::pow(10.0, std::floor(std::log10(raw)));
        const double step = std::ceil(raw / mag) * mag;
        if (!c.ceiling)
            hi = lo + step * 4;
        auto yOf = [&](double v) { return plot.bottom() - (v - lo) / (hi - lo) * plot.height(); };
        p.setFont(font(7));
        for (int i = 0; i <= 4; ++i) {
            const double v = lo + (hi - lo) * i / 4;
            const double y = yOf(v);
            p.setPen(QPen(i == 0 || v == 0 ? kMuted : kRule, l.mm(0.2)));
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
            p.setPen(kMuted);
            const double tick = (hi - lo) / 4;
            p.drawText(QRectF(0, y - l.mm(3), plot.left() - l.mm(1.5), l.mm(6)),
                       Qt::AlignRight | Qt::AlignVCenter,
                       QLocale().toString(v, 'f', tick == std::floor(tick) ? 0 : 1));
        }
        const int n = int(c.categories.size());
        const double slot = plot.width() / std::max(1, n);
        // Category labels, thinned out when they would run into each other.
        const double labelWidth = p.fontMetrics().horizontalAdvance(QStringLiteral("Mmm 00")) * 1.1;
        const int every = std::max(1, int(std::ceil(labelWidth / slot)));
        for (int i = 0; i < n; i += every) {
            p.setPen(kMuted);
            p.drawText(QRectF(plot.left() + i * slot - slot * (every - 1) / 2.0,
                              plot.bottom() + l.mm(1), slot * every, l.mm(5)),
                       Qt::AlignHCenter | Qt::AlignTop, c.categories[i]);
        }
        if (c.kind == ReportChart::Kind::Bars) {
            for (int i = 0; i < n; ++i) {
                if (!c.values.value(i))
                    continue;
                const double v = *c.values[i];
                const QRectF bar(plot.left() + i * slot + slot * 0.18, yOf(std::max(v, lo)),
                                 slot * 0.64, yOf(lo) - yOf(std::max(v, lo)));
                const int tone = c.tone.value(i);
                p.setPen(Qt::NoPen);
                p.setBrush(tone > 0 ? theme::good() : tone < 0 ? theme::bad() : theme::accent());
                p.drawRect(bar);
            }
        } else {
            QPainterPath line;
            bool open = false;
            p.setBrush(theme::accent());
            for (int i = 0; i < n; ++i) {
                if (!c.values.value(i)) {
                    open = false; // a month without data breaks the line
                    continue;
                }
                const QPointF at(plot.left() + i * slot + slot / 2, yOf(*c.values[i]));
                if (open)
                    line.lineTo(at);
                else
                    line.moveTo(at);
                open = true;
            }
            p.setPen(QPen(theme::accent(), l.mm(0.6)));
            p.setBrush(Qt::NoBrush);
            p.drawPath(line);
            p.setPen(Qt::NoPen);
            p.setBrush(theme::accent());
            p.setFont(font(6.5));
            for (int i = 0; i < n; ++i)
                if (c.values.value(i)) {
                    const QPointF at(plot.left() + i * slot + slot / 2, yOf(*c.values[i]));
                    p.setPen(Qt::NoPen);
                    p.drawEllipse(at, l.mm(0.9), l.mm(0.9));
                    p.setPen(kInk);
                    p.drawText(QRectF(at.x() - slot / 2, at.y() - l.mm(5), slot, l.mm(4)),
                               Qt::AlignCenter, QLocale().toString(*c.values[i], 'f', 0));
                }
        }
    });
}

// Column widths: each column's natural width, the wide text columns giving
// way (and wrapping) when the table would not fit.
QVector<double> columnWidths(Layout& l, const ReportTable& t, double available)
{
    const int columns = int(t.header.size());
    QVector<double> natural(columns, 0.0);
    l.measure().setFont(font(8, true));
    for (int c = 0; c < columns; ++c)
        natural[c] = l.measure().fontMetrics().horizontalAdvance(t.header[c]);
    l.measure().setFont(font(8));
    for (const QStringList& row : t.rows)
        for (int c = 0; c < columns; ++c)
            natural[c] = std::max<double>(
                natural[c], l.measure().fontMetrics().horizontalAdvance(row.value(c)));
    const double pad = l.mm(3) + l.mm(1); // the cell's padding, and a little slack against rounding
    double total = 0;
    for (double& w : natural) {
        w += pad;
        total += w;
    }
    if (total <= available) {
        // Room to spare goes to the widest text column: names, details, comments.
        int text = 0;
        for (int c = 0; c < columns; ++c)
            if (!t.numeric.value(c) && (t.numeric.value(text) || natural[c] > natural[text]))
                text = c;
        natural[text] += available - total;
        return natural;
    }
    // Shrink the widest columns towards the others until it fits.
    QVector<double> widths = natural;
    while (total > available + 0.5) {
        int widest = 0;
        for (int c = 1; c < columns; ++c)
            if (widths[c] > widths[widest])
                widest = c;
        double second = 0;
        for (int c = 0; c < columns; ++c)
            if (c != widest)
                second = std::max(second, widths[c]);
        const double cut = std::min(total - available, std::max(widths[widest] - second,
                                                                (total - available) / columns + 1));
        widths[widest] -= cut;
        total -= cut;
    }
    return widths;
}

void layoutTable(Layout& l, const ReportTable& t)
{
    if (t.header.isEmpty())
        return;
    const QVector<double> widths = columnWidths(l, t, l.width());
    const double pad = l.mm(1.5);
    auto rowHeight = [&](const QStringList& cells, const QFont& f) {
        double h = 0;
        for (int c = 0; c < widths.size(); ++c)
            h = std::max(h, l.textHeight(cells.value(c), f, widths[c] - 2 * pad));
        return h + 2 * pad;
    };
    const double headerHeight = rowHeight(t.header, font(8, true));
    auto drawRow = [=](QPainter& p, double y, double h, const QStringList& cells, bool header,
                       int tone, bool shaded) {
        if (header) {
            p.setPen(Qt::NoPen);
            p.setBrush(theme::accent());
            p.drawRect(QRectF(0, y, std::accumulate(widths.begin(), widths.end(), 0.0), h));
        } else if (shaded) {
            p.setPen(Qt::NoPen);
            p.setBrush(kShade);
            p.drawRect(QRectF(0, y, std::accumulate(widths.begin(), widths.end(), 0.0), h));
        }
        if (tone < 0) { // a marker that survives black-and-white printing
            p.setPen(Qt::NoPen);
            p.setBrush(theme::bad());
            p.drawRect(QRectF(0, y, pad * 0.8, h));
        }
        p.setFont(font(8, header));
        double x = 0;
        for (int c = 0; c < widths.size(); ++c) {
            p.setPen(header ? QColor(Qt::white) : (tone < 0 && c == 0 ? theme::bad() : kInk));
            const int align = (t.numeric.value(c) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop |
                              Qt::TextWordWrap;
            p.drawText(QRectF(x + pad, y + pad, widths[c] - 2 * pad, h - 2 * pad), align,
                       cells.value(c));
            x += widths[c];
        }
    };
    // The header and at least one row stay together.
    const double first = t.rows.isEmpty() ? 0 : rowHeight(t.rows[0], font(8));
    l.need(headerHeight + first);
    auto header = [&]() {
        const double y = l.y();
        l.place(headerHeight,
                [=](QPainter& p) { drawRow(p, y, headerHeight, t.header, true, 0, false); });
    };
    header();
    for (int r = 0; r < t.rows.size(); ++r) {
        const double h = rowHeight(t.rows[r], font(8));
        if (h > l.left()) {
            l.newPage();
            header(); // repeated on every page the table runs onto
        }
        const double y = l.y();
        const QStringList cells = t.rows[r];
        const int tone = t.tone.value(r);
        l.place(h, [=](QPainter& p) { drawRow(p, y, h, cells, false, tone, r % 2 == 1); });
    }
    if (t.more > 0) {
        // The rows left out are counted, so a cut list does not pass for all of it.
        const QString more = moreRowsText(t.more);
        QFont f = font(8);
        f.setItalic(true);
        const double w = l.width() - 2 * pad;
        const double h = l.textHeight(more, f, w) + 2 * pad;
        l.need(h);
        const double y = l.y();
        l.place(h, [=](QPainter& p) {
            p.setFont(f);
            p.setPen(kInk);
            p.drawText(QRectF(pad, y + pad, w, h - 2 * pad),
                       Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, more);
        });
    }
    l.space(l.mm(4));
}

void layoutMap(Layout& l, Database& db, const ReportBlock& b)
{
    JourneyMapView view;
    view.setMap(loadJourneyMap(db.sql(), b.journeyId, b.from, b.to));
    const QSize size = view.drawingSize();
    if (size.isEmpty())
        return;
    // Recorded once at the screen's resolution and played back scaled, so its
    // text keeps its size against its boxes on a device of any resolution.
    auto picture = std::make_shared<QPicture>();
    {
        QPainter p(picture.get());
        p.setRenderHint(QPainter::Antialiasing);
        view.paintMap(p);
    }
    // As wide as the page; on what is left of this page when that is enough,
    // else on a page of its own, no taller than most of it.
    auto fit = [&](double height) {
        return std::min(l.width() / size.width(), height / size.height());
    };
    const double full = fit((l.bottom() - l.top()) * 0.85);
    double scale = fit(l.left() - l.mm(4));
    if (scale < full * 0.7) {
        l.newPage();
        scale = full;
    }
    const double h = size.height() * scale;
    const double y = l.y();
    l.place(h + l.mm(4), [=](QPainter& p) {
        p.save();
        p.translate((l.width() - size.width() * scale) / 2, y);
        // A picture plays back at the device's resolution: take that out of the scale.
        const double replay = double(p.device()->logicalDpiX()) / picture->logicalDpiX();
        p.scale(scale / replay, scale / replay);
        p.drawPicture(0, 0, *picture);
        p.restore();
    });
}

void paintFrame(QPainter& p, const Report& r, const Layout& l, int page, int pages,
                const QImage& logo)
{
    const double w = l.width();
    // Header: logo and business on the left, the report on the right.
    const double band = l.mm(9);
    if (!logo.isNull()) {
        const QSizeF fit = QSizeF(logo.size()).scaled(QSizeF(band * 2, band), Qt::KeepAspectRatio);
        p.drawImage(QRectF(QPointF(0, 0), fit), logo);
        p.setPen(theme::accent());
        p.setFont(font(11, true));
        p.drawText(QRectF(fit.width() + l.mm(2), 0, w / 2, band), Qt::AlignLeft | Qt::AlignVCenter,
                   r.business);
    } else {
        // No logo yet: the business's initials in a badge.
        QString initials;
        for (const QString& word : r.business.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (word.at(0).isLetter() && initials.size() < 2)
                initials += word.at(0).toUpper();
        p.setPen(Qt::NoPen);
        p.setBrush(theme::accent());
        p.drawRoundedRect(QRectF(0, 0, band, band), l.mm(1.5), l.mm(1.5));
        p.setPen(Qt::white);
        p.setFont(font(10, true));
        p.drawText(QRectF(0, 0, band, band), Qt::AlignCenter, initials);
        p.setPen(theme::accent());
        p.setFont(font(11, true));
        p.drawText(QRectF(band + l.mm(2), 0, w / 2, band), Qt::AlignLeft | Qt::AlignVCenter,
                   r.business);
    }
    p.setPen(kMuted);
    p.setFont(font(8));
    p.drawText(QRectF(w / 2, 0, w / 2, band), Qt::AlignRight | Qt::AlignVCenter, r.title);
    p.setPen(QPen(kRule, l.mm(0.3)));
    p.drawLine(QPointF(0, band + l.mm(1.5)), QPointF(w, band + l.mm(1.5)));
    // Footer: print date and page number.
    const double foot = l.bottom() + l.mm(5);
    p.drawLine(QPointF(0, foot - l.mm(1.5)), QPointF(w, foot - l.mm(1.5)));
    p.setPen(kMuted);
    p.setFont(font(7.5));
    p.drawText(QRectF(0, foot, w / 2, l.mm(5)), Qt::AlignLeft | Qt::AlignVCenter,
               ReportWriterText::tr("Printed %1 with CX Desk")
                   .arg(QLocale().toString(r.printedOn, QLocale::LongFormat)));
    p.drawText(QRectF(w / 2, foot, w / 2, l.mm(5)), Qt::AlignRight | Qt::AlignVCenter,
               ReportWriterText::tr("Page %1 of %2").arg(page + 1).arg(pages));
}

} // namespace

QPageSize defaultPageSize(const QLocale& locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
    case QLocale::PuertoRico:
        return QPageSize(QPageSize::Letter);
    default:
        return QPageSize(QPageSize::A4);
    }
}

QPageLayout::Orientation defaultOrientation(const Report& report)
{
    return report.kind == QLatin1String("journey") ? QPageLayout::Landscape : QPageLayout::Portrait;
}

bool paintReport(const Report& r, Database& db, QPagedPaintDevice* device, int* pages,
                 QString* error)
{
    QPainter painter;
    if (!painter.begin(device)) {
        *error = ReportWriterText::tr("cannot start painting the report");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    Layout l(device, &painter);
    // The title block opens the first page.
    {
        const double titleH = l.textHeight(r.title, font(20, true), l.width());
        const double subH = l.textHeight(r.subtitle, font(10.5), l.width());
        const double y = l.y();
        l.place(titleH + subH + l.mm(8), [=](QPainter& p) {
            p.setPen(kInk);
            p.setFont(font(20, true));
            p.drawText(QRectF(0, y, l.width(), titleH), Qt::TextWordWrap, r.title);
            p.setPen(kMuted);
            p.setFont(font(10.5));
            p.drawText(QRectF(0, y + titleH + l.mm(1), l.width(), subH), Qt::TextWordWrap,
                       r.subtitle);
        });
    }
    for (int i = 0; i < r.blocks.size(); ++i) {
        const ReportBlock& b = r.blocks[i];
        switch (b.kind) {
        case ReportBlock::Kind::Heading: {
            const double h = l.textHeight(b.text, font(12.5, true), l.width());
            l.need(h + l.mm(22)); // a heading never ends a page alone
            l.space(l.mm(3));
            const double y = l.y();
            l.place(h + l.mm(2.5), [=](QPainter& p) {
                p.setPen(theme::accent());
                p.setFont(font(12.5, true));
                p.drawText(QRectF(0, y, l.width(), h), Qt::TextWordWrap, b.text);
            });
            break;
        }
        case ReportBlock::Kind::Paragraph: {
            const double h = l.textHeight(b.text, font(9), l.width());
            l.need(h);
            const double y = l.y();
            l.place(h + l.mm(2.5), [=](QPainter& p) {
                p.setPen(kInk);
                p.setFont(font(9));
                p.drawText(QRectF(0, y, l.width(), h), Qt::TextWordWrap, b.text);
            });
            break;
        }
        case ReportBlock::Kind::Figures:
            layoutFigures(l, b.figures);
            break;
        case ReportBlock::Kind::Table:
            layoutTable(l, b.table);
            break;
        case ReportBlock::Kind::Chart:
            layoutChart(l, b.chart);
            break;
        case ReportBlock::Kind::JourneyMap:
            layoutMap(l, db, b);
            break;
        }
    }
    const QImage logo = QImage::fromData(r.logo);
    const int n = l.pageCount();
    for (int page = 0; page < n; ++page) {
        if (page > 0 && !device->newPage()) {
            *error = ReportWriterText::tr("cannot start page %1").arg(page + 1);
            return false;
        }
        paintFrame(painter, r, l, page, n, logo);
        for (const Draw& draw : l.page(page))
            draw(painter);
    }
    if (pages)
        *pages = n;
    return painter.end();
}

bool writeReportPdf(const Report& report, Database& db, const QString& file, const QPageSize& size,
                    QPageLayout::Orientation orientation, int* pages, QString* error)
{
    // Owner-only from the first byte, and moved into place only when
    // complete, so a failure never leaves half a file.
    PrivateFile out(file);
    QString why;
    if (!out.open(&why)) {
        *error = ReportWriterText::tr("cannot write '%1': %2").arg(file, why);
        return false;
    }
    bool ok = false;
    {
        QPdfWriter pdf(out.device());
        pdf.setResolution(300);
        pdf.setTitle(report.title);
        pdf.setCreator(QStringLiteral("CX Desk"));
        pdf.setPageLayout(
            QPageLayout(size, orientation, QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        ok = paintReport(report, db, &pdf, pages, error);
    }
    if (!ok) {
        out.cancel();
        return false;
    }
    if (!out.commit(&why)) {
        *error = ReportWriterText::tr("cannot write '%1': %2").arg(file, why);
        return false;
    }
    return true;
}

} // namespace cx
