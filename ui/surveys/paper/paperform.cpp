#include "ui/surveys/paper/paperform.h"

#include "core/io/privatefile.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/printedforms.h"

#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

namespace cx {

namespace {

// Translated texts of this file, under one context of their own.
class PaperFormText
{
    Q_DECLARE_TR_FUNCTIONS(PaperFormText)
};

// Painting in millimetres on any device.
class Sheet
{
public:
    Sheet(QPagedPaintDevice* device, QPainter* p, QRectF* drawn)
        : m_device(device), m_p(p), m_drawn(drawn)
    {
        const QPageLayout layout = device->pageLayout();
        const QRectF paint = layout.paintRect(QPageLayout::Millimeter);
        m_width = paint.width();
        m_height = paint.height();
        const double scale = device->logicalDpiX() / 25.4;
        p->resetTransform();
        p->scale(scale, scale);
    }
    double width() const { return m_width; }
    double height() const { return m_height; }
    QPainter* p() { return m_p; }
    void font(double pt, bool bold = false, bool italic = false)
    {
        QFont f(QStringLiteral("DejaVu Sans"));
        // Points to millimetres: the painter works in millimetres here.
        f.setPixelSize(std::max(1, int(pt * 0.3528 * 10 + 0.5)));
        f.setBold(bold);
        f.setItalic(italic);
        m_p->setFont(f);
        m_fontScale = 0.1;
    }
    // Text wrapped into width w at (x, y); returns its height.
    double text(double x, double y, double w, const QString& s,
                int flags = Qt::AlignLeft | Qt::TextWordWrap)
    {
        m_p->save();
        m_p->translate(x, y);
        m_p->scale(m_fontScale, m_fontScale);
        const QRectF box(0, 0, w / m_fontScale, 10000);
        QRectF used;
        m_p->drawText(box, flags, s, &used);
        m_p->restore();
        if (!s.isEmpty())
            mark(QRectF(x + used.left() * m_fontScale, y + used.top() * m_fontScale,
                        used.width() * m_fontScale, used.height() * m_fontScale));
        return used.height() * m_fontScale;
    }
    double measure(double w, const QString& s)
    {
        const QRectF r = m_p->fontMetrics().boundingRect(QRect(0, 0, int(w / m_fontScale), 10000),
                                                         Qt::TextWordWrap, s);
        return r.height() * m_fontScale;
    }
    void box(double x, double y, double size)
    {
        m_p->setPen(QPen(QColor(0x33, 0x33, 0x33), 0.3));
        m_p->setBrush(Qt::NoBrush);
        m_p->drawRect(QRectF(x, y, size, size));
        mark(QRectF(x, y, size, size));
    }
    void line(const QPointF& a, const QPointF& b)
    {
        m_p->drawLine(a, b);
        mark(QRectF(a, b).normalized());
    }
    void rect(const QRectF& r)
    {
        m_p->drawRect(r);
        mark(r);
    }

private:
    // What was painted, so a test can tell that it lies inside the margins.
    void mark(const QRectF& r)
    {
        if (m_drawn)
            *m_drawn = m_drawn->isNull() ? r : m_drawn->united(r);
    }

    QPagedPaintDevice* m_device;
    QPainter* m_p;
    QRectF* m_drawn;
    double m_width = 0, m_height = 0, m_fontScale = 0.1;
};

const double kBox = 5.0; // mm

double questionHeight(Sheet& s, const Question& q, const QString& title, const QString& condition)
{
    s.font(10.5, true);
    double h = s.measure(s.width() - 8, title) + 2;
    if (!condition.isEmpty()) {
        s.font(8.5, false, true);
        h += s.measure(s.width() - 8, condition) + 1;
    }
    int min = 0, max = 0;
    if (q.kind == QuestionKind::Text)
        h += 3 * 8;
    else if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi)
        h += ((q.options.size() + 1) / 2) * 7 + 5;
    else if (q.kind == QuestionKind::YesNo)
        h += 8;
    else if (questionKindScale(q.kind, &min, &max))
        h += 15;
    return h + 6;
}

void drawQuestion(Sheet& s, double y, const Question& q, const QString& title,
                  const QString& condition)
{
    QPainter* p = s.p();
    p->setPen(Qt::black);
    s.font(10.5, true);
    y += s.text(0, y, s.width() - 8, title) + 2;
    if (!condition.isEmpty()) {
        p->setPen(QColor(0x55, 0x55, 0x55));
        s.font(8.5, false, true);
        y += s.text(0, y, s.width() - 8, condition) + 1;
        p->setPen(Qt::black);
    }
    int min = 0, max = 0;
    if (q.kind == QuestionKind::Text) {
        p->setPen(QPen(QColor(0x88, 0x88, 0x88), 0.25));
        for (int line = 1; line <= 3; ++line)
            s.line(QPointF(0, y + line * 8 - 1), QPointF(s.width(), y + line * 8 - 1));
    } else if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) {
        s.font(8.5, false, true);
        p->setPen(QColor(0x55, 0x55, 0x55));
        s.text(0, y, s.width(),
               q.kind == QuestionKind::Single ? PaperFormText::tr("Tick one")
                                              : PaperFormText::tr("Tick all that apply"));
        p->setPen(Qt::black);
        y += 5;
        s.font(10);
        const double col = s.width() / 2;
        for (int i = 0; i < q.options.size(); ++i) {
            const double x = (i % 2) * col, yy = y + (i / 2) * 7;
            s.box(x, yy, kBox);
            s.text(x + kBox + 2, yy + 0.3, col - kBox - 4, q.options[i], Qt::AlignLeft);
        }
    } else if (q.kind == QuestionKind::YesNo) {
        s.font(10);
        s.box(0, y, kBox);
        s.text(kBox + 2, y + 0.3, 30, PaperFormText::tr("Yes"), Qt::AlignLeft);
        s.box(40, y, kBox);
        s.text(40 + kBox + 2, y + 0.3, 30, PaperFormText::tr("No"), Qt::AlignLeft);
    } else if (questionKindScale(q.kind, &min, &max)) {
        const int n = max - min + 1;
        const double step = std::min(16.0, s.width() / n);
        s.font(9);
        for (int v = min; v <= max; ++v) {
            const double x = (v - min) * step + (step - kBox) / 2;
            s.text((v - min) * step, y, step, QString::number(v), Qt::AlignHCenter);
            s.box(x, y + 4.5, kBox);
        }
        p->setPen(QColor(0x55, 0x55, 0x55));
        s.font(8);
        const double right = n * step;
        if (!q.labelMin.isEmpty())
            s.text(0, y + 10.5, right / 2, q.labelMin, Qt::AlignLeft);
        if (!q.labelMax.isEmpty())
            s.text(right / 2, y + 10.5, right / 2, q.labelMax, Qt::AlignRight);
        p->setPen(Qt::black);
    }
}

void drawHeader(Sheet& s, const Survey& survey, const QString& business, qint64 number, int sheet,
                double* y)
{
    QPainter* p = s.p();
    p->setPen(QColor(0x1f, 0x6f, 0x78));
    s.font(16, true);
    s.text(0, 0, s.width() - 50, business);
    // The form number, boxed at the top right, on every sheet.
    p->setPen(QPen(Qt::black, 0.4));
    s.rect(QRectF(s.width() - 46, 0, 46, 11));
    s.font(7.5);
    s.text(s.width() - 45, 0.8, 44, PaperFormText::tr("Form number"), Qt::AlignLeft);
    s.font(12, true);
    s.text(s.width() - 45, 4, 44,
           QStringLiteral("%1").arg(number, 6, 10, QLatin1Char('0')) +
               (sheet > 1 ? QStringLiteral(" (%1)").arg(sheet) : QString()),
           Qt::AlignLeft);
    p->setPen(Qt::black);
    *y = 13;
    s.font(13, true);
    *y += s.text(0, *y, s.width() - 50, survey.title) + 1.5;
    if (!survey.description.isEmpty() && sheet == 1) {
        s.font(9.5);
        *y += s.text(0, *y, s.width(), survey.description) + 1.5;
    }
    if (sheet == 1) {
        p->setPen(QColor(0x55, 0x55, 0x55));
        s.font(8.5, false, true);
        *y +=
            s.text(0, *y, s.width(),
                   PaperFormText::tr(
                       "Please tick one box per line with a clear cross, or write in the lines.")) +
            1;
    }
    p->setPen(QPen(QColor(0x1f, 0x6f, 0x78), 0.5));
    s.line(QPointF(0, *y + 1), QPointF(s.width(), *y + 1));
    p->setPen(Qt::black);
    *y += 5;
}

} // namespace

QString paperCondition(const Survey& survey, const Question& q)
{
    if (q.showIf.isEmpty())
        return {};
    QString error;
    const auto c = parseCondition(q.showIf, &error);
    if (!c)
        return {};
    int number = 0;
    Question source;
    for (int i = 0; i < survey.questions.size(); ++i)
        if (survey.questions[i].code == c->code) {
            number = i + 1;
            source = survey.questions[i];
        }
    QString value = c->value.toString();
    if (source.kind == QuestionKind::YesNo)
        value = c->value.toDouble() >= 1 ||
                        value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
                    ? PaperFormText::tr("Yes")
                    : PaperFormText::tr("No");
    QString relation;
    if (c->op == QLatin1String("<="))
        relation = PaperFormText::tr("%1 or less").arg(value);
    else if (c->op == QLatin1String(">="))
        relation = PaperFormText::tr("%1 or more").arg(value);
    else if (c->op == QLatin1String("<"))
        relation = PaperFormText::tr("less than %1").arg(value);
    else if (c->op == QLatin1String(">"))
        relation = PaperFormText::tr("more than %1").arg(value);
    else if (c->op == QLatin1String("!="))
        relation = PaperFormText::tr("not %1").arg(value);
    else
        relation = value;
    return PaperFormText::tr("Answer only if your answer to question %1 is %2.")
        .arg(number)
        .arg(relation);
}

QPageLayout paperFormLayout(const QPageSize& size)
{
    return QPageLayout(
        size, QPageLayout::Portrait,
        QMarginsF(kPaperFormMargin, kPaperFormMargin, kPaperFormMargin, kPaperFormMargin),
        QPageLayout::Millimeter);
}

bool printPaperForms(QPagedPaintDevice* device, const Survey& survey, const QString& business,
                     qint64 firstNumber, int count, QRectF* drawn)
{
    // A printer or a page set-up may have left the sheet without margins.
    const QMarginsF m = device->pageLayout().margins(QPageLayout::Millimeter);
    if (m.left() < kPaperFormMargin || m.top() < kPaperFormMargin || m.right() < kPaperFormMargin ||
        m.bottom() < kPaperFormMargin)
        device->setPageMargins(QMarginsF(std::max(m.left(), kPaperFormMargin),
                                         std::max(m.top(), kPaperFormMargin),
                                         std::max(m.right(), kPaperFormMargin),
                                         std::max(m.bottom(), kPaperFormMargin)),
                               QPageLayout::Millimeter);
    if (drawn)
        *drawn = QRectF();
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    for (int form = 0; form < count; ++form) {
        if (form > 0)
            device->newPage();
        Sheet s(device, &painter, drawn);
        const qint64 number = firstNumber + form;
        int sheet = 1;
        double y = 0;
        drawHeader(s, survey, business, number, sheet, &y);
        for (int i = 0; i < survey.questions.size(); ++i) {
            const Question& q = survey.questions[i];
            const QString title =
                QStringLiteral("%1. %2%3")
                    .arg(i + 1)
                    .arg(q.text, q.required ? QString() : PaperFormText::tr(" (optional)"));
            const QString condition = paperCondition(survey, q);
            const double h = questionHeight(s, q, title, condition);
            if (y + h > s.height() - 14) {
                device->newPage();
                s = Sheet(device, &painter, drawn);
                drawHeader(s, survey, business, number, ++sheet, &y);
            }
            drawQuestion(s, y, q, title, condition);
            y += h;
        }
        // Room to be contacted, as the kiosk offers: the entry takes it so a
        // follow-up can reach the customer.
        const QString contact = PaperFormText::tr(
            "Would you like us to get back to you? Your email or phone (optional):");
        s.font(10.5, true);
        const double contactH = s.measure(s.width(), contact) + 12;
        if (y + contactH > s.height() - 14) {
            device->newPage();
            s = Sheet(device, &painter, drawn);
            drawHeader(s, survey, business, number, ++sheet, &y);
        }
        painter.setPen(Qt::black);
        s.font(10.5, true);
        y += s.text(0, y, s.width(), contact) + 9;
        painter.setPen(QPen(QColor(0x88, 0x88, 0x88), 0.25));
        s.line(QPointF(0, y), QPointF(s.width(), y));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        s.font(9, false, true);
        const QString thanks =
            survey.thankYou.trimmed().isEmpty()
                ? PaperFormText::tr("Thank you! Please hand this card to a member of staff.")
                : survey.thankYou.trimmed();
        s.text(0, s.height() - 8, s.width(), thanks, Qt::AlignHCenter | Qt::TextWordWrap);
    }
    return painter.end();
}

bool writePaperFormsPdf(const QString& file, const Survey& survey, const QString& business,
                        qint64 firstNumber, int count, const QPageSize& size, QString* error)
{
    PrivateFile out(file);
    QString why;
    if (!out.open(&why)) {
        *error =
            PaperFormText::tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(file), why);
        return false;
    }
    bool painted = false;
    {
        QPdfWriter pdf(out.device());
        pdf.setPageLayout(paperFormLayout(size));
        pdf.setResolution(300);
        pdf.setTitle(survey.title);
        pdf.setCreator(QStringLiteral("CX Desk"));
        painted = printPaperForms(&pdf, survey, business, firstNumber, count);
    }
    if (!painted) {
        out.cancel();
        *error = PaperFormText::tr("cannot write '%1': the forms could not be drawn")
                     .arg(QDir::toNativeSeparators(file));
        return false;
    }
    if (!out.commit(&why)) {
        *error =
            PaperFormText::tr("cannot write '%1': %2").arg(QDir::toNativeSeparators(file), why);
        return false;
    }
    return true;
}

bool savePaperForms(Database& db, const QString& file, const Survey& survey, qint64 firstNumber,
                    int count, const QPageSize& size, QString* error)
{
    if (!writePaperFormsPdf(file, survey, businessName(db.sql()), firstNumber, count, size, error))
        return false;
    QString why;
    if (!recordPrintedForms(db.sql(), survey.id, firstNumber, count, nullptr, &why)) {
        *error = PaperFormText::tr("'%1' was saved, but its form numbers could not be kept (%2): "
                                   "the next batch may start at a number printed now")
                     .arg(QDir::toNativeSeparators(file), why);
        return false;
    }
    return true;
}

} // namespace cx
