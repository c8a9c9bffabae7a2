#pragma once

// Printable reports as plain data: headings, paragraphs, headline figures,
// tables and chart series, in reading order. The window and `cxdesk report`
// lay them out on pages (ui/reportwriter); tests compare their text form
// with golden files.

#include "core/metrics/metrics.h"

#include <QByteArray>
#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>

namespace cx {

struct ReportFigure
{
    QString label;
    QString value;  // formatted, "–" without data
    QString change; // against the previous period, empty: none
    int tone = 0;   // +1 the change is good, -1 bad, 0 neither
    QString detail; // what it counts
};

struct ReportTable
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<bool> numeric; // per column: right-aligned
    QVector<int> tone;     // per row: +1 good, -1 bad, 0 plain
    qint64 more = 0;       // rows left out after these: a last line says how many
};

// The last line of a table cut to its first rows: "… and 41 more".
QString moreRowsText(qint64 more);

struct ReportChart
{
    enum class Kind
    {
        Line,
        Bars
    };
    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    QVector<std::optional<double>> values; // one per category; nullopt: no data
    QString valueTitle;
    std::optional<double> floor, ceiling; // fixed axis ends, else from the data
    QVector<int> tone;                    // per bar: +1 good, -1 bad, 0 plain (empty: all plain)
};

struct ReportBlock
{
    enum class Kind
    {
        Heading,
        Paragraph,
        Figures,
        Table,
        Chart,
        JourneyMap
    };
    Kind kind = Kind::Paragraph;
    QString text; // heading or paragraph
    QVector<ReportFigure> figures;
    ReportTable table;
    ReportChart chart;
    qint64 journeyId = 0; // JourneyMap: drawn by the window's own map painter
    QDate from, to;
};

struct Report
{
    QString kind; // summary, survey, journey, customer
    QString business;
    QByteArray logo; // the business's logo (PNG or JPEG), empty: none
    QString title;
    QString subtitle; // the period, or what the report is about
    QDate printedOn;
    // The period reported on: from invalid is all time; both invalid, a
    // report about no period (a customer).
    QDate from, to;
    QVector<ReportBlock> blocks;

    void heading(const QString& text);
    // Adds the table without its columns that hold nothing in any row.
    void paragraph(const QString& text);
    void figures(QVector<ReportFigure> figures);
    void table(ReportTable table);
    void chart(ReportChart chart);
};

// The period's customer experience: headline metrics against the previous
// period, NPS by month, channels and touchpoints, the perception gap, the
// weakest touchpoints, detractors' themes and the follow-up actions.
[[nodiscard]] bool summaryReport(QSqlDatabase& db, const MetricsFilter& filter, const QDate& today,
                                 Report* out, QString* error);
// One survey over the period: every question and the written answers.
[[nodiscard]] bool surveyReport(QSqlDatabase& db, qint64 surveyId, const QDate& from,
                                const QDate& to, const QDate& today, Report* out, QString* error);
// One journey: persona, the map and every touchpoint's scores.
[[nodiscard]] bool journeyReport(QSqlDatabase& db, qint64 journeyId, const QDate& from,
                                 const QDate& to, const QDate& today, Report* out, QString* error);
// One customer: profile, scores and timeline.
[[nodiscard]] bool customerReport(QSqlDatabase& db, qint64 customerId, const QDate& today,
                                  Report* out, QString* error);

// The file name offered when the report is saved: what and which period
// ("CX summary 2026-11.pdf", "CX summary 2026-Q3.pdf", "CX summary all time.pdf").
QString suggestedFileName(const Report& report);

// The report as text, one block after the other: what golden files hold.
QString reportText(const Report& report);

} // namespace cx
