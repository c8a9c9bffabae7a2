#pragma once

// Reports in the window: the summary of the period (from the filter bar),
// a survey, a journey or a customer, shown page by page as they will print,
// with print preview and page setup, printing and PDF export.

#include "core/reports/report.h"
#include "ui/page.h"

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;

namespace cx {

template <typename Result> class BackgroundRead;

// A report as read on its thread: the report, or why there is none.
struct ReportBuild
{
    bool ok = false;
    Report report;
    QString error;
};

class ReportsPage : public Page
{
    Q_OBJECT

public:
    enum class Kind
    {
        Summary,
        Survey,
        Journey,
        Customer
    };

    explicit ReportsPage(Database& db, QWidget* parent = nullptr);
    ~ReportsPage() override;
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override { setFilter(m_filter); }

    void setKind(Kind kind);
    // Picks the survey or journey by its id, or the customer by number or name.
    void setSubject(const QVariant& subject);
    // The report of the current choice and filter (waiting for it when it is
    // still being read), and the pages of its preview.
    const Report& report();
    int pageCount();
    // Waits for the report being read, and shows it.
    void settle();
    // Paints the report on a printer as the preview shows it.
    bool print(QPrinter* printer, QString* error);
    bool exportPdf(const QString& file, QString* error);

private:
    void rebuild();
    void apply(const ReportBuild& built);
    void fillSubjects();
    void previewDialog();
    void exportDialog();

    MetricsFilter m_filter;
    Report m_report;
    QString m_problem;
    QComboBox* m_kind;
    QComboBox* m_subject;
    QLineEdit* m_customer;
    QLabel* m_status;
    QPrinter* m_printer;
    QPrintPreviewWidget* m_preview;
    qint64 m_customerId = 0;
    bool m_toFirstPage = false;
    std::unique_ptr<BackgroundRead<ReportBuild>> m_read; // the report, read on its own thread
};

} // namespace cx
