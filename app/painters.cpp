#include "app/painters.h"

#include "app/screenshot.h"
#include "core/reports/report.h"
#include "ui/reports/reportwriter.h"

#include <QLocale>

namespace cx {

cli::Painters windowPainters()
{
    cli::Painters painters;
    painters.reportPdf = [](const Report& report, Database& db, const QString& file, int* pages,
                            QString* error) {
        return writeReportPdf(report, db, file, defaultPageSize(QLocale()),
                              defaultOrientation(report), pages, error);
    };
    painters.screenshots = takeScreenshots;
    return painters;
}

} // namespace cx
