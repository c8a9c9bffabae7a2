#pragma once

// Reports in the window: the summary of the period (from the filter bar),
// a survey, a journey or a customer, shown page by page as they will print,
// with print preview and page setup, printing and PDF export.

#include "core/reports/report.h"
#include "ui/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;
class QPrintPreviewWidget;

namespace cx {

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
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override { setFilter(m_filter); }

    void setKind(Kind kind);
    // Picks the survey or journey by its id, or the customer by number or name.
    void setSubject(const QVariant& subject);
    const Report& report() const { return m_report; }
    int pageCount() const;
    // Paints the report on a printer as the preview shows it.
    bool print(QPrinter* printer, QString* error);
    bool exportPdf(const QString& file, QString* error);

private:
    void rebuild();
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
};

} // namespace cx
