#pragma once

// Lays a report (core/report.h) out on pages and paints it on a printer or
// a PDF: a header with the business's name and logo on every page, a footer
// with the page number and the print date, headline figures as tiles,
// charts drawn as vectors, and tables that break across pages with their
// header repeated. Nothing is drawn outside the page's printable area.

#include "core/reports/report.h"

#include <QPageLayout>
#include <QPageSize>

class QPagedPaintDevice;
class QLocale;

namespace cx {

class Database;

// A4, or Letter where it is the norm (the Americas that use it, the Philippines).
QPageSize defaultPageSize(const QLocale& locale);
// Portrait, but landscape for a journey report: its map is wide.
QPageLayout::Orientation defaultOrientation(const Report& report);

// Paints the report onto the device's pages; *pages says how many.
// The database is read only for journey maps.
bool paintReport(const Report& report, Database& db, QPagedPaintDevice* device, int* pages,
                 QString* error);

// Writes the report as a PDF file.
bool writeReportPdf(const Report& report, Database& db, const QString& file, const QPageSize& size,
                    QPageLayout::Orientation orientation, int* pages, QString* error);

} // namespace cx
