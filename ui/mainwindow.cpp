#include "mainwindow.h"

#include "database.h"
#include "demo.h"
#include "metrics.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableWidget>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace cx {

namespace {
QString dash() { return QStringLiteral("–"); }
} // namespace

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
{
    setWindowTitle(tr("CX Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cxdesk.svg")));

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);
    m_title = new QLabel(central);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_empty = new QWidget(central);
    auto* emptyLayout = new QHBoxLayout(m_empty);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    auto* emptyText = new QLabel(tr("This database is empty. Explore CX Desk with a sample bakery-café: 18 months of "
                                    "customers, visits, orders, surveys and follow-up actions."),
                                 m_empty);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText, 1);
    m_sample = new QPushButton(tr("Explore with sample data"), m_empty);
    m_sample->setDefault(true);
    connect(m_sample, &QPushButton::clicked, this, [this] {
        QString error;
        if (!fillWithSampleData(&error))
            QMessageBox::warning(this, tr("Sample data"), tr("The sample data could not be created.\n\n%1").arg(error));
    });
    emptyLayout->addWidget(m_sample);
    layout->addWidget(m_empty);
    m_metrics = new QTableWidget(0, 3, central);
    m_metrics->setHorizontalHeaderLabels({tr("Metric"), tr("Value"), tr("Based on")});
    m_metrics->verticalHeader()->hide();
    m_metrics->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_metrics->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_metrics->horizontalHeader()->setStretchLastSection(true);
    m_metrics->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metrics->setSelectionMode(QAbstractItemView::NoSelection);
    m_metrics->setAlternatingRowColors(true);
    m_metrics->setFocusPolicy(Qt::NoFocus);
    m_metrics->setShowGrid(false);
    m_metrics->verticalHeader()->setDefaultSectionSize(m_metrics->fontMetrics().height() + 16);
    m_metrics->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metrics->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_metrics->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_metrics);
    m_counts = new QLabel(central);
    layout->addWidget(m_counts);
    layout->addStretch(1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* refreshAction = file->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About CX Desk"), this, [this] {
        QMessageBox::about(this, tr("About CX Desk"),
                           tr("<h3>CX Desk %1</h3><p>Customer experience management for small businesses: "
                              "journeys, customers, surveys and metrics in one local file, offline.</p>")
                               .arg(QStringLiteral(CXDESK_VERSION)));
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

QStringList MainWindow::pageNames() const
{
    return {QStringLiteral("overview")};
}

void MainWindow::showPage(const QString&)
{
    refresh();
}

bool MainWindow::fillWithSampleData(QString* error)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    DemoGenerator generator(m_db.sql());
    const bool ok = generator.generate(DemoOptions(), nullptr, error);
    QApplication::restoreOverrideCursor();
    refresh();
    return ok;
}

void MainWindow::refresh()
{
    MetricsEngine engine(m_db.sql());
    MetricsFilter filter;
    MetricValues v;
    QString error;
    const bool ok = engine.compute(filter, &v, &error);
    m_title->setText(tr("Overview, %1 to %2").arg(QLocale().toString(v.from, QLocale::ShortFormat),
                                                  QLocale().toString(v.to, QLocale::ShortFormat)));
    const QLocale locale;
    auto num = [&](const std::optional<double>& x, int decimals, const QString& suffix = QString()) {
        return x ? locale.toString(*x, 'f', decimals) + suffix : dash();
    };
    auto n = [&](qint64 count, const QString& what) { return tr("%1 %2").arg(locale.toString(count), what); };
    struct Row
    {
        QString label, value, basis;
    };
    const QVector<Row> rows = {
        {tr("Net Promoter Score"),
         v.nps ? tr("%1 ± %2").arg(locale.toString(*v.nps, 'f', 0), locale.toString(*v.npsMargin, 'f', 1)) : dash(),
         n(v.npsN, tr("answers"))},
        {tr("Customer satisfaction (CSAT)"), num(v.csat, 1, tr(" %")), n(v.csatN, tr("answers"))},
        {tr("Satisfaction index"), num(v.satisfactionIndex, 1), n(v.csatN, tr("answers"))},
        {tr("Customer effort (CES, 1–7)"), num(v.ces, 2), n(v.cesN, tr("answers"))},
        {tr("Average resolution time"), num(v.avgResolutionHours, 1, tr(" h")), n(v.resolvedN, tr("resolved"))},
        {tr("New customers"), locale.toString(v.newCustomers), n(v.leads, tr("leads"))},
        {tr("Conversion rate"), num(v.conversionRate, 1, tr(" %")), n(v.leads, tr("leads"))},
        {tr("Perception gap (company − customer)"),
         v.perceptionGap ? (*v.perceptionGap > 0 ? QStringLiteral("+") : QString()) + locale.toString(*v.perceptionGap, 'f', 2)
                         : dash(),
         n(v.perceptionGapN, tr("interactions rated by both"))},
    };
    m_metrics->setRowCount(rows.size());
    for (int r = 0; r < rows.size(); ++r) {
        m_metrics->setItem(r, 0, new QTableWidgetItem(rows[r].label));
        auto* value = new QTableWidgetItem(rows[r].value);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_metrics->setItem(r, 1, value);
        m_metrics->setItem(r, 2, new QTableWidgetItem(rows[r].basis));
    }

    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM interactions), "
                          "(SELECT count(*) FROM responses), (SELECT count(*) FROM actions WHERE status = 'open')"));
    const bool hasData = q.next() && (q.value(0).toLongLong() + q.value(1).toLongLong() + q.value(2).toLongLong()) > 0;
    m_empty->setVisible(!hasData);
    m_counts->setText(hasData ? tr("%1 customers · %2 interactions · %3 survey responses · %4 open follow-up actions")
                                    .arg(locale.toString(q.value(0).toLongLong()),
                                         locale.toString(q.value(1).toLongLong()),
                                         locale.toString(q.value(2).toLongLong()),
                                         locale.toString(q.value(3).toLongLong()))
                              : QString());
    statusBar()->showMessage(ok ? QDir::toNativeSeparators(m_db.path()) : error);
}

} // namespace cx
