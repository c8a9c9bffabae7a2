#include "ui/reports/reportspage.h"

#include "core/common/clock.h"
#include "core/customers/customerrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "core/surveys/surveyrepository.h"
#include "ui/reports/reportwriter.h"
#include "ui/theme.h"
#include "ui/widgets/backgroundread.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

ReportsPage::ReportsPage(Database& db, QWidget* parent)
    : Page(db, parent), m_read(std::make_unique<BackgroundRead<ReportBuild>>(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto* head = new QHBoxLayout;
    head->addWidget(theme::pageTitle(tr("Reports"), this));
    head->addSpacing(16);
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Summary of the period"), int(Kind::Summary));
    m_kind->addItem(tr("Survey"), int(Kind::Survey));
    m_kind->addItem(tr("Journey"), int(Kind::Journey));
    m_kind->addItem(tr("Customer"), int(Kind::Customer));
    m_kind->setAccessibleName(tr("Report"));
    head->addWidget(m_kind);
    m_subject = new QComboBox(this);
    m_subject->setMinimumWidth(260);
    m_subject->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subject->setMinimumContentsLength(28);
    head->addWidget(m_subject);
    m_customer = new QLineEdit(this);
    m_customer->setPlaceholderText(tr("Customer number or name, then Enter"));
    m_customer->setMinimumWidth(260);
    head->addWidget(m_customer);
    head->addStretch();
    auto* preview = new QPushButton(tr("Print pre&view…"), this);
    preview->setToolTip(tr("Page setup (paper size, portrait or landscape) and printing"));
    auto* pdf = new QPushButton(tr("Export &PDF…"), this);
    head->addWidget(preview);
    head->addWidget(pdf);
    layout->addLayout(head);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    // The preview draws the very pages the printer and the PDF get.
    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setPageSize(defaultPageSize(QLocale()));
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    layout->addWidget(m_preview, 1);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* printer) {
        QString error;
        if (!m_report.title.isEmpty() && !print(printer, &error))
            m_status->setText(error);
    });

    // A new report opens at its first page (the view would centre on the middle one).
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, [this] {
        if (m_toFirstPage && m_preview->pageCount() > 0) {
            m_toFirstPage = false;
            // After the view has fitted the pages to its width, which re-centres it.
            QTimer::singleShot(0, this, [this] { m_preview->setCurrentPage(1); });
        }
    });
    connect(m_kind, &QComboBox::activated, this, [this] {
        fillSubjects();
        rebuild();
    });
    connect(m_subject, &QComboBox::activated, this, &ReportsPage::rebuild);
    connect(m_customer, &QLineEdit::returnPressed, this,
            [this] { setSubject(m_customer->text()); });
    connect(preview, &QPushButton::clicked, this, &ReportsPage::previewDialog);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::exportDialog);
    fillSubjects();
}

void ReportsPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    rebuild();
}

void ReportsPage::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
    fillSubjects();
    rebuild();
}

void ReportsPage::setSubject(const QVariant& subject)
{
    const auto kind = Kind(m_kind->currentData().toInt());
    if (kind == Kind::Customer) {
        const QString text = subject.toString().trimmed();
        m_customerId = CustomerRepository(m_db.sql()).findOne(text);
        m_customer->setText(text);
    } else {
        m_subject->setCurrentIndex(std::max(0, m_subject->findData(subject)));
    }
    rebuild();
}

void ReportsPage::fillSubjects()
{
    const auto kind = Kind(m_kind->currentData().toInt());
    m_subject->clear();
    if (kind == Kind::Survey)
        for (const Survey& s : SurveyRepository(m_db.sql()).list())
            m_subject->addItem(s.title, s.id);
    else if (kind == Kind::Journey)
        for (const Journey& j : JourneyRepository(m_db.sql()).journeys())
            m_subject->addItem(j.name, j.id);
    m_subject->setVisible(kind == Kind::Survey || kind == Kind::Journey);
    m_customer->setVisible(kind == Kind::Customer);
}

namespace {

// What one report needs, copied on the window's thread.
struct ReportRequest
{
    ReportsPage::Kind kind = ReportsPage::Kind::Summary;
    qint64 subject = 0;
    qint64 customerId = 0;
    QString customerText;
    MetricsFilter filter;
    QDate today;
    DatabaseLocation where;
};

// Reads the report on a connection of the calling thread's own.
ReportBuild buildReport(const ReportRequest& r)
{
    ReportBuild b;
    Database db;
    if (!db.open(r.where, &b.error))
        return b;
    switch (r.kind) {
    case ReportsPage::Kind::Summary:
        b.ok = summaryReport(db.sql(), r.filter, r.today, &b.report, &b.error);
        break;
    case ReportsPage::Kind::Survey:
        b.ok = r.subject && surveyReport(db.sql(), r.subject, r.filter.from, r.filter.to, r.today,
                                         &b.report, &b.error);
        if (!r.subject)
            b.error = ReportsPage::tr("There are no surveys yet.");
        break;
    case ReportsPage::Kind::Journey:
        b.ok = r.subject && journeyReport(db.sql(), r.subject, r.filter.from, r.filter.to, r.today,
                                          &b.report, &b.error);
        if (!r.subject)
            b.error = ReportsPage::tr("There are no journeys yet.");
        break;
    case ReportsPage::Kind::Customer:
        b.ok = r.customerId && customerReport(db.sql(), r.customerId, r.today, &b.report, &b.error);
        if (!r.customerId)
            b.error = r.customerText.isEmpty()
                          ? ReportsPage::tr("Type a customer's number or name and press Enter.")
                          : ReportsPage::tr("No customer matches “%1”.").arg(r.customerText);
        break;
    }
    if (!b.ok)
        b.report = Report();
    return b;
}

} // namespace

ReportsPage::~ReportsPage() = default;

void ReportsPage::rebuild()
{
    // The report is read on a thread of its own, with its own connection, so
    // the window answers at once however large the period; the preview fills
    // when it is ready, and a newer request overtakes an older one.
    ReportRequest request;
    request.kind = Kind(m_kind->currentData().toInt());
    request.subject = m_subject->currentData().toLongLong();
    request.customerId = m_customerId;
    request.customerText = m_customer->text();
    request.filter = m_filter;
    request.today = clock::today();
    request.where = m_db.location();
    m_status->setText(tr("Preparing the report…"));
    m_read->start([request] { return buildReport(request); },
                  [this](const ReportBuild& built) { apply(built); });
}

void ReportsPage::settle()
{
    m_read->settle();
}

void ReportsPage::apply(const ReportBuild& built)
{
    m_report = built.report;
    m_status->setText(built.ok ? tr("%1 — %2. The period comes from the filter bar; the preview "
                                    "shows the pages as they print.")
                                     .arg(m_report.title, m_report.subtitle)
                               : built.error);
    m_printer->setPageOrientation(built.ok ? defaultOrientation(m_report) : QPageLayout::Portrait);
    m_toFirstPage = true;
    m_preview->updatePreview();
}

const Report& ReportsPage::report()
{
    settle();
    return m_report;
}

int ReportsPage::pageCount()
{
    settle();
    return m_preview->pageCount();
}

bool ReportsPage::print(QPrinter* printer, QString* error)
{
    settle();
    int pages = 0;
    return paintReport(m_report, m_db, printer, &pages, error);
}

bool ReportsPage::exportPdf(const QString& file, QString* error)
{
    settle();
    if (m_report.title.isEmpty()) {
        *error = tr("there is no report to export");
        return false;
    }
    int pages = 0;
    return writeReportPdf(m_report, m_db, file, m_printer->pageLayout().pageSize(),
                          m_printer->pageLayout().orientation(), &pages, error);
}

void ReportsPage::previewDialog()
{
    settle();
    if (m_report.title.isEmpty())
        return;
    QPrintPreviewDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print preview — %1").arg(m_report.title));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* printer) {
        QString error;
        if (!print(printer, &error))
            QMessageBox::warning(this, tr("Print"), error);
    });
    dialog.exec();
    m_preview->updatePreview(); // the page setup may have changed
}

void ReportsPage::exportDialog()
{
    settle();
    if (m_report.title.isEmpty())
        return;
    QSettings settings;
    const QString folder =
        settings.value(QStringLiteral("reports/folder"), QDir::homePath()).toString();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), QDir(folder).filePath(suggestedFileName(m_report)),
        tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    settings.setValue(QStringLiteral("reports/folder"), QFileInfo(file).absolutePath());
    QString error;
    if (!exportPdf(file, &error))
        QMessageBox::warning(this, tr("Export PDF"),
                             tr("The report was not exported: %1.").arg(error));
    else
        m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(file)));
}

} // namespace cx
