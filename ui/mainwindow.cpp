#include "ui/mainwindow.h"

#include "core/actions/followup.h"
#include "core/actions/staff.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/customers/customerrepository.h"
#include "core/demo/demo.h"
#include "core/interactions/interactionrepository.h"
#include "core/io/exporter.h"
#include "core/io/importer.h"
#include "core/io/privatefile.h"
#include "core/journeys/journeyrepository.h"
#include "core/sentiment/sentiment.h"
#include "core/storage/changewatcher.h"
#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "core/storage/location.h"
#include "core/storage/maintenance.h"
#include "core/surveys/kioskqueue.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "ui/actions/actionspage.h"
#include "ui/actions/deskperson.h"
#include "ui/actions/reminders.h"
#include "ui/commands/dbcommand.h"
#include "ui/contact/contactlinks.h"
#include "ui/customers/customerspage.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/filterbar.h"
#include "ui/import/importdialog.h"
#include "ui/interactions/interactionspage.h"
#include "ui/journeys/journeypage.h"
#include "ui/perdatabase.h"
#include "ui/reports/reportspage.h"
#include "ui/server/serveractions.h"
#include "ui/server/serverprofiles.h"
#include "ui/settingsdialog.h"
#include "ui/surveys/surveyspage.h"
#include "ui/theme.h"
#include "ui/translations.h"
#include "ui/welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cx {

namespace {
// Long work of this window's own (an import, a backup, the sample data):
// the watcher waits until it is over.
struct PauseWatcher
{
    explicit PauseWatcher(ChangeWatcher* watcher) : m_watcher(watcher)
    {
        m_watcher->setPaused(true);
    }
    ~PauseWatcher() { m_watcher->setPaused(false); }
    ChangeWatcher* m_watcher;
};

const char* const kPages[] = {"dashboard", "journeys", "customers", "interactions",
                              "surveys",   "actions",  "reports"};
const QString kRecentKey = QStringLiteral("recentDatabases");
} // namespace

namespace {

// The lexicons comments are scored with, each with its source and licence.
QString sentimentCredits()
{
    int own = 0;
    QHash<QString, int> entries;
    for (const SentimentSource& s : sentimentSources()) {
        if (s.licence == QLatin1String("GPL-3.0-or-later"))
            own += s.entries;
        else
            entries[s.language + s.name] = s.entries;
    }
    const QLocale locale;
    return MainWindow::tr(
               "<p>Sentiment of written answers in English, German, French and Spanish, from "
               "these lexicons, each under its own licence:</p><ul>"
               "<li>VADER lexicon (%1 entries, English), copyright 2016 C.J. Hutto, MIT "
               "licence;</li>"
               "<li>Pattern 2.6 lexicons (%2 English and %3 French entries), CLiPS, University "
               "of Antwerp, public domain (PDDL 1.0);</li>"
               "<li>ElhPolar 1.0 (%4 Spanish entries), Elhuyar Foundation (X. Saralegi, I. San "
               "Vicente), Lesser General Public License for Linguistic Resources (LGPLLR);</li>"
               "<li>CX Desk's own word lists and rules for the four languages and emoji (%5 "
               "entries), under CX Desk's licence.</li></ul>"
               "<p>Word forms are joined by the Snowball stemmers (libstemmer, BSD licence). The "
               "lexicons and the texts of their licences are in resources/sentiment in the source "
               "and in the lexicons folder of CX Desk's documentation.</p>")
        .arg(locale.toString(entries.value(QStringLiteral("enVADER"))),
             locale.toString(entries.value(QStringLiteral("enPattern"))),
             locale.toString(entries.value(QStringLiteral("frPattern"))),
             locale.toString(entries.value(QStringLiteral("esElhPolar"))), locale.toString(own));
}

} // namespace

QString MainWindow::aboutText()
{
    return tr("<h3>CX Desk %1</h3><p>Customer experience management for small businesses: "
              "journeys, customers, surveys and metrics in one local file, offline.</p>"
              "%2"
              "<p>CX Desk is free software: you can redistribute it and change it under the terms "
              "of the GNU General Public License, version 3 or (at your option) any later "
              "version. "
              "It comes with no warranty. The licence is in the file LICENSE beside the source, "
              "and at <a href='https://www.gnu.org/licenses/gpl-3.0.html'>gnu.org</a>.</p>")
        .arg(QStringLiteral(CXDESK_VERSION), sentimentCredits());
}

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent), m_db(db), m_undo(new EditStack(db, this)),
      m_server(new ServerActions(this)), m_address(db.path())
{
    if (auto* app = qobject_cast<QApplication*>(QCoreApplication::instance()))
        theme::apply(*app);
    setWindowTitle(tr("CX Desk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/cxdesk.svg")));

    auto* central = new QWidget(this);
    auto* h = new QHBoxLayout(central);
    h->setContentsMargins(0, 0, 0, 0);
    h->setSpacing(0);
    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setFixedWidth(210);
    m_nav->setFocusPolicy(Qt::NoFocus);
    // A long name or a large count is shortened, never scrolled sideways
    // (the count is in the item's tooltip too).
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setTextElideMode(Qt::ElideRight);
    // "navigation": the page's name in the list, in the words a shop owner uses
    // (German "Kundenreisen", where the page itself keeps the trade's "Journey").
    const QStringList labels = {tr("Dashboard"), tr("Journeys", "navigation"),
                                tr("Customers"), tr("Interactions"),
                                tr("Surveys"),   tr("Actions"),
                                tr("Reports")};
    for (int i = 0; i < labels.size(); ++i) {
        auto* item = new QListWidgetItem(labels[i], m_nav);
        item->setData(Qt::UserRole, QLatin1String(kPages[i]));
        item->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(kPages[i]))));
        m_names << QLatin1String(kPages[i]);
    }
    m_nav->setIconSize(QSize(18, 18));
    h->addWidget(m_nav);

    m_chrome = new QWidget(central);
    auto* v = new QVBoxLayout(m_chrome);
    v->setContentsMargins(0, 10, 0, 0);
    v->setSpacing(0);
    // The morning reminder: how many follow-ups are due, until dismissed.
    m_banner = new QFrame(m_chrome);
    m_banner->setObjectName(QStringLiteral("reminderBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "#reminderBanner { background: palette(alternate-base); border-bottom: 1px solid "
        "palette(mid); }"));
    auto* bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(20, 6, 12, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setTextInteractionFlags(Qt::LinksAccessibleByMouse |
                                          Qt::LinksAccessibleByKeyboard);
    bannerRow->addWidget(m_bannerText, 1);
    auto* dismiss = new QToolButton(m_banner);
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setAutoRaise(true);
    dismiss->setToolTip(tr("Dismiss"));
    bannerRow->addWidget(dismiss);
    m_banner->hide();
    v->addWidget(m_banner);
    v->addSpacing(4);
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);
    connect(m_bannerText, &QLabel::linkActivated, this, [this] { showDueActions(); });
    m_filter = new FilterBar(m_chrome);
    auto* filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(20, 0, 20, 6);
    filterRow->addWidget(m_filter);
    v->addLayout(filterRow);
    m_stack = new QStackedWidget(m_chrome);
    v->addWidget(m_stack, 1);
    h->addWidget(m_chrome, 1);
    setCentralWidget(central);

    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::sampleRequested, this, [this] {
        QString error;
        if (!fillWithSampleData(&error))
            QMessageBox::warning(this, tr("Sample data"),
                                 tr("The sample data could not be created.\n\n%1").arg(error));
    });
    connect(m_welcome, &WelcomePage::emptyRequested, this, [this] {
        QSettings().setValue(
            QStringLiteral("emptyBusiness/") + QFileInfo(m_db.path()).absoluteFilePath(), true);
        showPage(QStringLiteral("dashboard"));
    });
    connect(m_welcome, &WelcomePage::openRequested, this, [this] { chooseDatabase(false); });

    // Menus.
    QMenu* file = menuBar()->addMenu(tr("&File"));
    // Ctrl+N makes what the page in view lists (a customer, a follow-up);
    // a new database is rarer and takes Ctrl+Shift+N.
    m_newItem = file->addAction(tr("&New…"), QKeySequence::New, this, [this] {
        if (Page* p = qobject_cast<Page*>(m_stack->currentWidget());
            p && !p->newItemText().isEmpty())
            p->newItem();
    });
    m_newItem->setEnabled(false);
    file->addAction(tr("New &database…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this,
                    [this] { chooseDatabase(true); });
    file->addSeparator();
    file->addAction(tr("&Open database…"), QKeySequence::Open, this,
                    [this] { chooseDatabase(false); });
    m_recent = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Connect to a &server…"), this, &MainWindow::connectToServer);
    m_moveToServer = file->addAction(tr("&Move this database to a server…"), this,
                                     &MainWindow::moveToServerChosen);
    file->addSeparator();
    file->addAction(tr("&Import…"), this, &MainWindow::importRecords);
    file->addAction(tr("&Export…"), this, &MainWindow::exportRecords);
    file->addSeparator();
    file->addAction(tr("&Back up…"), this, &MainWindow::backup);
    m_restoreAction = file->addAction(tr("Res&tore from backup…"), this, &MainWindow::restore);
    file->addSeparator();
    file->addAction(tr("&Print…"), QKeySequence::Print, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(
            tr("Print %1").arg(m_nav->currentItem() ? m_nav->currentItem()->text() : QString()));
        if (dialog.exec() == QDialog::Accepted)
            printCurrentPage(&printer);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    // Not every desktop names a key for preferences: Ctrl+, where it does not.
    const QKeySequence preferences = QKeySequence(QKeySequence::Preferences).isEmpty()
                                         ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
                                         : QKeySequence(QKeySequence::Preferences);
    m_settingsAction =
        edit->addAction(tr("&Settings…"), preferences, this, &MainWindow::showSettings);
    // On a file: who is at the desk signs what they enter (no passwords).
    m_deskAction = edit->addAction(tr("&Who is at the desk…"), this, [this] {
        askWhoIsAtTheDesk(m_db, this);
        m_person->setText(personText());
    });
    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < labels.size(); ++i)
        view->addAction(labels[i], QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { showPage(m_names[i]); });
    view->addSeparator();
    view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::refresh);
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, &MainWindow::showGuide);
    help->addAction(tr("&About CX Desk"), this,
                    [this] { QMessageBox::about(this, tr("About CX Desk"), aboutText()); });

    qApp->installEventFilter(this);
    m_statusCounts = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCounts);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_pages.size())
            showPage(m_names[row]);
    });
    connect(m_filter, &FilterBar::changed, this, &MainWindow::applyFilter);
    connect(m_undo, &QUndoStack::indexChanged, this, &MainWindow::updateCounts);

    QSettings settings;
    m_defaultFilter = m_filter->saveState();
    m_filter->restoreState(
        perDatabaseValue(m_db.path(), QStringLiteral("window/filter")).toString());
    buildPages();
    if (!restoreGeometry(
            perDatabaseValue(m_db.path(), QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    rememberRecent(m_db.path());
    // What other windows and programs write shows here within a second or so.
    m_watcher = new ChangeWatcher(m_db, 1000, this);
    connect(m_watcher, &ChangeWatcher::changedElsewhere, this,
            &MainWindow::refreshAfterChangeElsewhere);
    // On a server: when it stops answering, the window says so and connects
    // again once it is back; forms keep what was typed and can save it then.
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("connectionProblem"));
    m_offline->setStyleSheet(QStringLiteral("QLabel { color: #9a3412; font-weight: 600; }"));
    m_offline->hide();
    statusBar()->addPermanentWidget(m_offline);
    m_person = new QLabel(this);
    m_person->setObjectName(QStringLiteral("person"));
    statusBar()->addPermanentWidget(m_person);
    applyRole();
    // What the kiosks handed over while no desk was open.
    takeCounterHandovers();
    followKiosks();
    m_keeper = new ConnectionKeeper(m_db, 3000, this);
    connect(m_keeper, &ConnectionKeeper::lost, this, [this] {
        m_watcher->setPaused(true);
        m_offline->setText(tr("The server does not answer; CX Desk connects again as soon as it "
                              "is back, and what you typed is kept."));
        m_offline->show();
    });
    connect(m_keeper, &ConnectionKeeper::restored, this, [this] {
        m_offline->hide();
        m_offline->clear();
        m_watcher->setPaused(false);
        m_watcher->rebase();
        for (Page* p : std::as_const(m_pages))
            p->connectionRestored();
        refresh();
        statusBar()->showMessage(tr("Connected to the server again."), 8000);
    });
    m_reminders = new Reminders(m_db, 60000, this);
    connect(m_reminders, &Reminders::dueToday, this, [this](qint64 n) {
        m_bannerText->setText(tr("Due today or overdue: %Ln follow-up(s).", nullptr, int(n)) +
                              QStringLiteral(" <a href=\"due\">%1</a>").arg(tr("Show them")));
        m_banner->setVisible(n > 0);
        updateBadges();
    });
    connect(m_reminders, &Reminders::notificationClicked, this, [this] {
        showNormal();
        raise();
        activateWindow();
        showPage(QStringLiteral("actions"));
        if (auto* actions = qobject_cast<ActionsPage*>(page(QStringLiteral("actions"))))
            actions->setShow(ActionsPage::Overdue);
    });
    m_reminders->check();
    if (databaseIsEmpty() &&
        !settings
             .value(QStringLiteral("emptyBusiness/") + QFileInfo(m_db.path()).absoluteFilePath())
             .toBool()) {
        m_stack->setCurrentWidget(m_welcome);
        updateNewItem();
    } else
        showPage(perDatabaseValue(m_db.path(), QStringLiteral("window/page")).toString());
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            bool own = true; // the field has typing of its own to undo or redo
            if (auto* line = qobject_cast<QLineEdit*>(watched))
                own = undo ? line->isUndoAvailable() : line->isRedoAvailable();
            else if (auto* text = qobject_cast<QPlainTextEdit*>(watched))
                own = undo ? text->document()->isUndoAvailable()
                           : text->document()->isRedoAvailable();
            if (!own && watched->isWidgetType() &&
                static_cast<QWidget*>(watched)->window() == this) {
                event->ignore();
                return true; // the window's Edit → Undo / Redo takes the key
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

MainWindow::~MainWindow()
{
    // The undo stack outlives the members (it is a child); its last signals must not reach them.
    m_undo->disconnect(this);
}

void MainWindow::buildPages()
{
    for (Page* p : std::as_const(m_pages)) {
        m_stack->removeWidget(p);
        delete p;
    }
    m_pages.clear();
    m_stale.clear();
    m_undo->clear();
    m_pages << new DashboardPage(m_db, m_stack) << new JourneysPage(m_db, m_undo, m_stack)
            << new CustomersPage(m_db, m_undo, m_stack)
            << new InteractionsPage(m_db, m_undo, m_stack) << new SurveysPage(m_db, m_stack)
            << new ActionsPage(m_db, m_undo, m_stack) << new ReportsPage(m_db, m_stack);
    for (Page* p : std::as_const(m_pages)) {
        m_stack->addWidget(p);
        connect(p, &Page::openList, this, &MainWindow::openList);
        connect(p, &Page::dataChanged, this, [this, p] { dataChangedHere(p); });
        m_stale.insert(p);
    }
    // Email and phone on a follow-up open the mail client or dialler, as on a profile,
    // over the follow-up's own dialog.
    qobject_cast<ActionsPage*>(page(QStringLiteral("actions")))
        ->setContactHandler([this](qint64 customerId, qint64 actionId, const QString& how) {
            QWidget* over = QApplication::activeModalWidget();
            contactCustomer(over ? over : this, m_db, customerId, actionId, how);
        });
    connect(qobject_cast<CustomersPage*>(page(QStringLiteral("customers"))),
            &CustomersPage::logInteractionFor, this, [this](const QString& customer) {
                showPage(QStringLiteral("interactions"));
                qobject_cast<InteractionsPage*>(page(QStringLiteral("interactions")))
                    ->startFor(customer);
            });
    // Another database may be another login with another role.
    m_kioskSent.clear();
    applyRole();
    refresh();
}

bool MainWindow::databaseIsEmpty() const
{
    return !holdsABusiness(m_db.sql());
}

bool MainWindow::isWelcomeShown() const
{
    return m_stack->currentWidget() == m_welcome;
}

QStringList MainWindow::pageNames() const
{
    return m_names;
}

QString MainWindow::currentPage() const
{
    const int i = m_pages.indexOf(qobject_cast<Page*>(m_stack->currentWidget()));
    return i >= 0 ? m_names[i] : QStringLiteral("welcome");
}

Page* MainWindow::page(const QString& name) const
{
    const int i = int(m_names.indexOf(name));
    return i >= 0 ? m_pages.value(i) : nullptr;
}

void MainWindow::showPage(const QString& name)
{
    const int i = std::max(0, int(m_names.indexOf(name)));
    Page* p = m_pages[i];
    if (m_stale.remove(p)) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        p->setFilter(m_filter->filter());
        QApplication::restoreOverrideCursor();
    }
    const QSignalBlocker block(m_nav);
    m_nav->setCurrentRow(i);
    m_stack->setCurrentWidget(p);
    updateNewItem();
}

void MainWindow::updateNewItem()
{
    Page* p = qobject_cast<Page*>(m_stack->currentWidget());
    const QString text = p ? p->newItemText() : QString();
    m_newItem->setText(text.isEmpty() ? tr("&New…") : text);
    m_newItem->setEnabled(!text.isEmpty());
}

void MainWindow::refresh()
{
    QVector<QPair<qint64, QString>> channels;
    for (const Channel& c : JourneyRepository(m_db.sql()).channels())
        channels.push_back({c.id, c.name});
    m_filter->setChoices(channels, CustomerRepository(m_db.sql()).segments());
    m_filter->setEarliestDate(MetricsEngine(m_db.sql()).earliestDate());
    applyFilter();
}

void MainWindow::applyFilter()
{
    // Only the page in view reloads now; the others when they are shown.
    for (Page* p : std::as_const(m_pages))
        m_stale.insert(p);
    if (auto* current = qobject_cast<Page*>(m_stack->currentWidget())) {
        m_stale.remove(current);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        current->setFilter(m_filter->filter());
        QApplication::restoreOverrideCursor();
    }
    updateBadges();
    updateStatus();
}

void MainWindow::updateBadges()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        const QString badge = m_pages[i]->badge();
        QString label = m_nav->item(i)->text().section(QLatin1String("  ("), 0, 0);
        if (!badge.isEmpty())
            label += QStringLiteral("  (%1)").arg(badge);
        m_nav->item(i)->setText(label);
        if (!badge.isEmpty())
            m_nav->item(i)->setToolTip(tr("%1 overdue").arg(badge));
    }
}

void MainWindow::updateCounts()
{
    updateBadges();
    updateStatus();
    if (m_reminders)
        m_reminders->recount();
}

QString MainWindow::reminderText() const
{
    return m_banner->isHidden() ? QString() : m_bannerText->text();
}

void MainWindow::showDueActions()
{
    showPage(QStringLiteral("actions"));
    if (auto* actions = qobject_cast<ActionsPage*>(page(QStringLiteral("actions"))))
        actions->setShow(ActionsPage::Due);
}

QString MainWindow::statusCounts() const
{
    return m_statusCounts->text();
}

void MainWindow::updateStatus()
{
    RecordCounts n;
    QString error;
    if (countRecords(m_db.sql(), &n, &error))
        m_statusCounts->setText(QStringList{tr("%Ln customer(s)", nullptr, int(n.customers)),
                                            tr("%Ln interaction(s)", nullptr, int(n.interactions)),
                                            tr("%Ln response(s)", nullptr, int(n.responses)),
                                            tr("%Ln open action(s)", nullptr, int(n.openActions))}
                                    .join(QStringLiteral(" · ")));
    else
        m_statusCounts->setText(error);
    statusBar()->showMessage(QDir::toNativeSeparators(m_db.path()));
    setWindowTitle(windowTitleFor(m_db.path()));
    m_moveToServer->setEnabled(!m_db.isServer()); // a server's data is moved with `copy`
}

QString MainWindow::connectionProblem() const
{
    return m_offline->text();
}

QString MainWindow::windowTitleFor(const QString& databasePath)
{
    // A database on a server is named by its name and its server, never by its address.
    DatabaseLocation server;
    QString ignored;
    if (DatabaseLocation::looksLikeServer(databasePath) &&
        DatabaseLocation::parse(databasePath, &server, &ignored))
        return tr("%1 on %2 – CX Desk")
            .arg(server.database, server.host.isEmpty() || server.host.startsWith(QLatin1Char('/'))
                                      ? tr("this computer")
                                      : server.host);
    return tr("%1 – CX Desk").arg(QFileInfo(databasePath).fileName());
}

void MainWindow::openList(const QString& name, const QVariantMap& criteria)
{
    // A chart's month or channel narrows the list inside the user's filter;
    // the filter bar keeps what the user chose.
    if (auto* interactions = qobject_cast<InteractionsPage*>(page(name))) {
        ListNarrowing narrowing;
        narrowing.from = criteria.value(QStringLiteral("from")).toDate();
        narrowing.to = criteria.value(QStringLiteral("to")).toDate();
        narrowing.channelId = criteria.value(QStringLiteral("channel")).toLongLong();
        narrowing.label = criteria.value(QStringLiteral("label")).toString();
        interactions->narrowTo(narrowing);
        interactions->setTouchpoint(criteria.value(QStringLiteral("touchpoint")).toLongLong());
    }
    showPage(name);
    if (auto* interactions = qobject_cast<InteractionsPage*>(page(name));
        interactions && criteria.contains(QStringLiteral("interaction"))) {
        const qint64 id = criteria.value(QStringLiteral("interaction")).toLongLong();
        // Outside the period shown: the period becomes its day.
        if (!interactions->showInteraction(id))
            if (const auto i = InteractionRepository(m_db.sql()).byId(id)) {
                const QDate day = parseDate(i->occurredAt.left(10));
                m_filter->setCustomRange(day, day);
                interactions->showInteraction(id);
            }
    }
    if (auto* customers = qobject_cast<CustomersPage*>(page(name));
        customers && criteria.contains(QStringLiteral("customer")))
        customers->openCustomer(criteria.value(QStringLiteral("customer")).toLongLong());
}

void MainWindow::refreshAfterChangeElsewhere()
{
    // Counts, badges and the filter's choices follow at once; the page in
    // view reads its data again and keeps its place; the others when shown.
    QVector<QPair<qint64, QString>> channels;
    for (const Channel& c : JourneyRepository(m_db.sql()).channels())
        channels.push_back({c.id, c.name});
    m_filter->setChoices(channels, CustomerRepository(m_db.sql()).segments());
    m_filter->setEarliestDate(MetricsEngine(m_db.sql()).earliestDate());
    auto* current = qobject_cast<Page*>(m_stack->currentWidget());
    for (Page* p : std::as_const(m_pages))
        if (p != current)
            m_stale.insert(p);
    if (current && !m_stale.contains(current))
        current->refresh();
    updateCounts();
    ++m_refreshes;
    followKiosks();
    if (takeCounterHandovers() > 0)
        dataChangedHere(nullptr);
}

void MainWindow::applyRole()
{
    if (!m_person)
        return; // still being built: the constructor applies it
    QString error;
    m_role = teamRole(m_db.sql(), &error).value_or(TeamRole::Staff);
    const bool owner = m_role == TeamRole::Owner;
    // Staff: no settings, no restore (the server refuses them too).
    m_settingsAction->setVisible(owner);
    m_restoreAction->setVisible(owner);
    m_deskAction->setVisible(!m_db.isServer() && !staffNames(m_db.sql()).isEmpty());
    for (Page* p : std::as_const(m_pages))
        p->setRole(m_role);
    m_person->setText(personText());
    m_person->setVisible(!m_person->text().isEmpty());
}

QString MainWindow::personText() const
{
    const QString who = personOf(m_db.sql());
    if (who.isEmpty())
        return {};
    return m_db.isServer() ? tr("Signed in as %1 (%2)").arg(who, teamRoleTitle(m_role))
                           : tr("At the desk: %1").arg(who);
}

int MainWindow::takeCounterHandovers()
{
    if (!m_db.isServer() || m_role == TeamRole::Counter)
        return 0;
    int taken = 0;
    QString error;
    if (!takeHandovers(m_db.sql(), 200, &taken, &error))
        qWarning("cannot take what the kiosks handed over: %s", qPrintable(error));
    return taken;
}

void MainWindow::followKiosks()
{
    if (!m_db.isServer())
        return;
    QVector<KioskReport> kiosks;
    QString error;
    if (!kioskReports(m_db.sql(), &kiosks, &error))
        return;
    QStringList news;
    for (const KioskReport& k : kiosks) {
        const QString& login = k.login;
        const qint64 queued = k.queued;
        const qint64 sent = k.sent;
        const qint64 before = m_kioskSent.value(login, -1);
        m_kioskSent.insert(login, sent);
        if (queued > 0)
            news << tr("Kiosk %1 holds %Ln answer(s) taken while the server was away.", nullptr,
                       int(queued))
                        .arg(login);
        else if (before >= 0 && sent > before)
            news << tr("Kiosk %1 sent %Ln answer(s) taken while the server was away.", nullptr,
                       int(sent - before))
                        .arg(login);
    }
    if (news.isEmpty())
        return;
    m_kioskNews = news.join(QLatin1Char(' '));
    statusBar()->showMessage(m_kioskNews, 20000);
}

void MainWindow::dataChangedHere(Page* source)
{
    for (Page* p : std::as_const(m_pages))
        if (p != source)
            m_stale.insert(p);
    updateCounts();
}

bool MainWindow::fillWithSampleData(QString* error)
{
    const PauseWatcher pause(m_watcher);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    DemoGenerator generator(m_db.sql());
    const bool ok = generator.generate(DemoOptions(), nullptr, error);
    QApplication::restoreOverrideCursor();
    if (ok) {
        m_undo->clear();
        refresh();
        showPage(QStringLiteral("dashboard"));
    }
    return ok;
}

bool MainWindow::switchDatabase(const QString& path, QString* error)
{
    saveState(); // the database left keeps its filters and page for next time
    const QString previous = m_address;
    for (Page* p : std::as_const(m_pages))
        delete p;
    m_pages.clear();
    m_stale.clear();
    m_db.close();
    if (!m_db.open(path, error)) {
        QString again;
        if (!m_db.open(previous, &again))
            *error += QLatin1Char('\n') +
                      tr("The previous database could not be opened again either: %1").arg(again);
        buildPages();
        return false;
    }
    // A counter's login is a kiosk's: it opens the kiosk when CX Desk starts
    // with it, never this window.
    if (QString why; teamRole(m_db.sql(), &why) == TeamRole::Counter || !why.isEmpty()) {
        *error = why.isEmpty() ? tr("%1 is a kiosk's account (counter): start CX Desk with it on "
                                    "the kiosk's computer, where it opens the kiosk.")
                                     .arg(personOf(m_db.sql()))
                               : why;
        m_db.close();
        QString again;
        if (!m_db.open(previous, &again))
            *error += QLatin1Char('\n') +
                      tr("The previous database could not be opened again either: %1").arg(again);
        buildPages();
        return false;
    }
    m_address = path;
    // A server remembers the next start; a file leaves the default to the command line.
    setLastServer(m_db.isServer() ? m_db.path() : QString());
    {
        // The filter this database was last seen with; the pages read it once, below.
        // (A server's address may hold its password: its settings go by m_db.path().)
        const QSignalBlocker quiet(m_filter);
        const QString state =
            perDatabaseValue(m_db.path(), QStringLiteral("window/filter")).toString();
        m_filter->restoreState(state.isEmpty() ? m_defaultFilter : state);
    }
    buildPages();
    m_watcher->rebase();
    m_reminders->restart();
    m_reminders->check();
    rememberRecent(m_db.path());
    if (databaseIsEmpty()) {
        m_stack->setCurrentWidget(m_welcome);
        updateNewItem();
    } else {
        showPage(perDatabaseValue(m_db.path(), QStringLiteral("window/page")).toString());
    }
    return true;
}

void MainWindow::connectToServer()
{
    const QString address = m_server->chooseAndOpen();
    QString error;
    if (!address.isEmpty() && !switchDatabase(address, &error))
        QMessageBox::warning(this, tr("Connect to a server"), error);
}

void MainWindow::moveToServerChosen()
{
    const QString file = m_db.path();
    QString address;
    {
        const PauseWatcher pause(m_watcher);
        address = m_server->chooseAndMove(m_db);
    }
    if (!address.isEmpty())
        finishMove(file, address);
}

bool MainWindow::moveToServer(const ServerProfile& profile)
{
    const QString file = m_db.path();
    QString address;
    {
        const PauseWatcher pause(m_watcher);
        address = m_server->moveTo(m_db, profile);
    }
    return !address.isEmpty() && finishMove(file, address);
}

bool MainWindow::finishMove(const QString& file, const QString& address)
{
    QString error;
    if (!switchDatabase(address, &error)) {
        QMessageBox::warning(this, tr("Move this database to a server"), error);
        return false;
    }
    DatabaseLocation server;
    QString ignored;
    const QString where = DatabaseLocation::parse(m_db.path(), &server, &ignored)
                              ? ServerProfile::fromLocation(server).serverText()
                              : m_db.path();
    QMessageBox::information(
        this, tr("Move this database to a server"),
        tr("The data is now in %1, and the window works there.\n\n%2 was not changed; what the "
           "team does on the server from now on does not reach it.")
            .arg(where, QDir::toNativeSeparators(file)));
    return true;
}

QString MainWindow::fileFolder() const
{
    if (m_db.isServer())
        return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(m_db.path()).absolutePath();
}

void MainWindow::chooseDatabase(bool create)
{
    const QString dir = fileFolder();
    const QString filter = tr("CX Desk databases (*.sqlite *.cxdesk);;All files (*)");
    const QString path = create
                             ? QFileDialog::getSaveFileName(this, tr("New database"), dir, filter)
                             : QFileDialog::getOpenFileName(this, tr("Open database"), dir, filter);
    if (path.isEmpty())
        return;
    if (create && QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New database"),
            tr("%1 already exists. Choose a new name, or use Open to work with it.").arg(path));
        return;
    }
    QString error;
    if (!switchDatabase(path, &error))
        QMessageBox::warning(this, tr("Open database"), error);
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    // A server is remembered as Database::path() names it: without its password.
    const QString absolute =
        DatabaseLocation::looksLikeServer(path) ? path : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    m_recent->clear();
    for (const QString& path : QSettings().value(kRecentKey).toStringList()) {
        DatabaseLocation server;
        QString ignored;
        if (DatabaseLocation::looksLikeServer(path) &&
            DatabaseLocation::parse(path, &server, &ignored)) {
            // Named as the person named it, with the server; the password as when connecting.
            const ServerProfile profile =
                savedServerProfile(path).value_or(ServerProfile::fromLocation(server));
            m_recent->addAction(profile.displayName(), this, [this, profile] {
                const QString address = m_server->open(profile);
                QString error;
                if (!address.isEmpty() && !switchDatabase(address, &error))
                    QMessageBox::warning(this, tr("Open database"), error);
            });
            continue;
        }
        if (!QFileInfo::exists(path))
            continue;
        m_recent->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            QString error;
            if (!switchDatabase(path, &error))
                QMessageBox::warning(this, tr("Open database"), error);
        });
    }
    m_recent->setEnabled(!m_recent->isEmpty());
}

void MainWindow::backup()
{
    // A server's backup is a file of its data, named after its database.
    DatabaseLocation where;
    QString ignored;
    const QString base = m_db.isServer() && DatabaseLocation::parse(m_db.path(), &where, &ignored)
                             ? where.database
                             : QFileInfo(m_db.path()).completeBaseName();
    const QString suggested = fileFolder() + QStringLiteral("/") + base + QStringLiteral("-") +
                              clock::today().toString(Qt::ISODate) + QStringLiteral(".sqlite");
    const QString target = QFileDialog::getSaveFileName(
        this, tr("Back up"), suggested, tr("CX Desk databases (*.sqlite);;All files (*)"));
    if (target.isEmpty())
        return;
    QString error;
    if (backupTo(target, &error))
        statusBar()->showMessage(tr("Backed up to %1").arg(QDir::toNativeSeparators(target)), 8000);
    else
        QMessageBox::warning(this, tr("Back up"), error);
}

bool MainWindow::backupTo(const QString& target, QString* error)
{
    const PauseWatcher pause(m_watcher);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = backupDatabase(m_db.sql(), target, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

void MainWindow::restore()
{
    const QString source =
        QFileDialog::getOpenFileName(this, tr("Restore from backup"), fileFolder(),
                                     tr("CX Desk databases (*.sqlite);;All files (*)"));
    if (source.isEmpty())
        return;
    if (m_db.isServer()) {
        restoreServer(source);
        return;
    }
    if (QMessageBox::question(
            this, tr("Restore from backup"),
            tr("Replace the data in %1 with the backup %2?\n\nThe current database is kept beside "
               "it, named …before-restore-DATE-TIME.")
                .arg(QFileInfo(m_db.path()).fileName(), QFileInfo(source).fileName())) !=
        QMessageBox::Yes)
        return;
    const QString path = m_db.path();
    for (Page* p : std::as_const(m_pages))
        delete p;
    m_pages.clear();
    m_stale.clear();
    m_db.close();
    QString error, kept;
    const bool ok = restoreDatabase(source, path, &kept, &error);
    QString again;
    if (!m_db.open(path, &again))
        error = (ok ? QString() : error + QLatin1Char('\n')) +
                tr("The database could not be opened again: %1").arg(again);
    buildPages();
    m_watcher->rebase();
    m_reminders->restart();
    m_reminders->check();
    showPage(QStringLiteral("dashboard"));
    if (!ok || !again.isEmpty())
        QMessageBox::warning(this, tr("Restore from backup"), error);
    else
        statusBar()->showMessage(tr("Restored; the previous database is kept as %1").arg(kept),
                                 10000);
}

void MainWindow::restoreServer(const QString& source)
{
    DatabaseLocation server;
    QString error;
    const QString where = DatabaseLocation::parse(m_db.path(), &server, &error)
                              ? ServerProfile::fromLocation(server).serverText()
                              : m_db.path();
    if (QMessageBox::question(
            this, tr("Restore from backup"),
            tr("Replace the data in %1 with the backup %2?\n\nEveryone working on the server then "
               "sees the backup's data. What the server holds now is first written to a file "
               "beside the backup.")
                .arg(where, QFileInfo(source).fileName())) != QMessageBox::Yes)
        return;
    QString kept;
    bool ok = false;
    {
        const PauseWatcher pause(m_watcher);
        QApplication::setOverrideCursor(Qt::WaitCursor);
        ok = restoreServerDatabase(m_db.sql(), source, &kept, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!ok) {
        QMessageBox::warning(this, tr("Restore from backup"), error);
        return;
    }
    buildPages();
    m_watcher->rebase();
    m_reminders->restart();
    m_reminders->check();
    showPage(QStringLiteral("dashboard"));
    // The server's earlier data now lives only in that file: said where it cannot be missed.
    QMessageBox::information(this, tr("Restore from backup"),
                             tr("Restored. What the server held before is kept in %1.")
                                 .arg(QDir::toNativeSeparators(kept)));
}

QString MainWindow::importFolder() const
{
    // Files to import come from the user's documents (a spreadsheet's export),
    // not from beside the database; the folder of the last import is remembered.
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString last = QSettings().value(QStringLiteral("import/folder")).toString();
    return !last.isEmpty() && QFileInfo(last).isDir() ? last : documents;
}

void MainWindow::importRecords()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import"), importFolder(),
                                     tr("CSV or JSON files (*.csv *.txt *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    QStringList header;
    QList<QStringList> firstRows;
    QList<qint64> lines;
    QString error;
    if (!previewFile(path, 8, &header, &firstRows, &error, &lines)) {
        QMessageBox::warning(this, tr("Import"), error);
        return;
    }

    ImportDialog dialog(m_db.sql(), path, header, firstRows, this, lines);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const ImportOptions o = dialog.options();
    const qint64 rows = dialog.rowCount();
    QProgressDialog progress(tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                             int(std::max<qint64>(rows, 1)), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    std::atomic_bool cancel(false);
    const PauseWatcher pause(m_watcher);
    Importer importer(m_db.sql());
    importer.setCancel(&cancel);
    importer.setProgress([&](qint64 done) {
        progress.setValue(int(std::min<qint64>(done, rows)));
        QCoreApplication::processEvents(); // Cancel stays clickable
        if (progress.wasCanceled())
            cancel = true;
    });
    ImportReport r;
    const bool ok = importer.run(o, &r, &error);
    progress.setValue(progress.maximum());
    if (!ok) {
        QMessageBox::warning(this, tr("Import"), error);
        return;
    }
    m_undo->clear(); // the undo history does not reach across an import
    refresh();
    updateCounts();
    const QLocale l;
    QString text = tr("%1 added, %2 updated, %3 unchanged.")
                       .arg(l.toString(r.added), l.toString(r.updated), l.toString(r.unchanged));
    if (r.followUps > 0)
        text += QLatin1Char(' ') +
                tr("Follow-up actions opened for recent detractors and complaints: %1.")
                    .arg(l.toString(r.followUps));
    if (r.rejected > 0)
        text +=
            QLatin1Char(' ') + tr("Rows left out: %Ln; they are in %1 with the reason for each.",
                                  nullptr, int(r.rejected))
                                   .arg(QDir::toNativeSeparators(r.rejectedFile));
    QMessageBox::information(this, tr("Import"), text);
}

void MainWindow::exportRecords()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export"));
    auto* form = new QFormLayout(&dialog);
    auto* kind = new QComboBox(&dialog);
    kind->addItem(tr("Customers"), int(RecordKind::Customers));
    kind->addItem(tr("Interactions"), int(RecordKind::Interactions));
    for (const Survey& s : SurveyRepository(m_db.sql()).list())
        kind->addItem(tr("Responses to “%1”").arg(s.title),
                      QVariantList{int(RecordKind::Responses), s.id});
    auto* format = new QComboBox(&dialog);
    format->addItem(tr("CSV (spreadsheets)"), int(FileFormat::Csv));
    format->addItem(tr("JSON"), int(FileFormat::Json));
    form->addRow(tr("What"), kind);
    form->addRow(tr("Format"), format);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QVariant choice = kind->currentData();
    const RecordKind what = choice.typeId() == QMetaType::QVariantList
                                ? RecordKind(choice.toList().value(0).toInt())
                                : RecordKind(choice.toInt());
    const qint64 surveyId =
        choice.typeId() == QMetaType::QVariantList ? choice.toList().value(1).toLongLong() : 0;
    const FileFormat how = FileFormat(format->currentData().toInt());
    const QString suffix = how == FileFormat::Csv ? QStringLiteral("csv") : QStringLiteral("json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export"),
        fileFolder() + QLatin1Char('/') +
            kind->currentText().section(QLatin1Char(' '), 0, 0).toLower() + QLatin1Char('.') +
            suffix,
        how == FileFormat::Csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    PrivateFile out(path);
    qint64 count = 0;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = out.open(&error) &&
                    Exporter(m_db.sql()).write(what, how, surveyId, out.device(), &count, &error) &&
                    out.commit(&error);
    QApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(this, tr("Export"), error);
    else
        statusBar()->showMessage(tr("Exported %Ln record(s) to %1", nullptr, int(count))
                                     .arg(QDir::toNativeSeparators(path)),
                                 8000);
}

void MainWindow::printCurrentPage(QPrinter* printer)
{
    if (auto* reports = qobject_cast<ReportsPage*>(m_stack->currentWidget())) {
        QString error;
        if (!reports->print(printer, &error))
            QMessageBox::warning(this, tr("Print"),
                                 tr("The report was not printed: %1.").arg(error));
        return;
    }
    // A scrolling page prints all of its content, not the part in view.
    QWidget* page = m_stack->currentWidget();
    auto* scroll = page->findChild<QScrollArea*>();
    const QPixmap picture = scroll && scroll->widget() ? scroll->widget()->grab() : page->grab();
    QPainter painter(printer);
    const QRect area = painter.viewport();
    QSize size = picture.size();
    size.scale(area.size(), Qt::KeepAspectRatio);
    painter.setViewport(area.x(), area.y(), size.width(), size.height());
    painter.setWindow(picture.rect());
    painter.drawPixmap(0, 0, picture);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted && dialog.languageChanged())
        statusBar()->showMessage(tr("The language changes when CX Desk starts again."), 8000);
}

void MainWindow::showGuide()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("CX Desk user guide"));
    dialog.resize(820, 680);
    auto* layout = new QVBoxLayout(&dialog);
    auto* text = new QTextBrowser(&dialog);
    QFile guide(QStringLiteral(":/docs/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        text->setMarkdown(QString::fromUtf8(guide.readAll()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.exec();
}

void MainWindow::saveState() const
{
    setPerDatabaseValue(m_db.path(), QStringLiteral("window/geometry"), saveGeometry());
    if (!isWelcomeShown())
        setPerDatabaseValue(m_db.path(), QStringLiteral("window/page"), currentPage());
    setPerDatabaseValue(m_db.path(), QStringLiteral("window/filter"), m_filter->saveState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    event->accept();
}

} // namespace cx
