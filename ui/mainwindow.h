#pragma once

#include "core/storage/team.h"

#include <QMainWindow>
#include <QSet>

class QFrame;
class QLabel;
class QListWidget;
class QMenu;
class QPrinter;
class QStackedWidget;

namespace cx {

class ChangeWatcher;
class ConnectionKeeper;
class Database;
class EditStack;
class FilterBar;
class Page;
class Reminders;
class ServerActions;
struct ServerProfile;
class WelcomePage;

// The application window: navigation on the left, the global filter bar on
// top, one page at a time, menus and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Page names, in navigation order (also the screenshot file names).
    QStringList pageNames() const;
    void showPage(const QString& name);
    // Where File → Import… starts: the folder of the last import, else the user's documents.
    QString importFolder() const;
    QString currentPage() const;
    Page* page(const QString& name) const;
    FilterBar* filterBar() const { return m_filter; }
    // The window's title for a database file or a database on a server.
    static QString windowTitleFor(const QString& databasePath);
    // The About box: version, licence and the sources of the sentiment lexicons.
    static QString aboutText();
    EditStack* undoStack() const { return m_undo; }
    bool isWelcomeShown() const;

    // Re-reads everything shown from the database.
    void refresh();
    // After another window or program wrote: the page in view and the
    // counts read again, and the page keeps its place.
    void refreshAfterChangeElsewhere();
    ChangeWatcher* changeWatcher() const { return m_watcher; }
    ConnectionKeeper* connectionKeeper() const { return m_keeper; }
    // The status bar's word while the server does not answer (empty when it does).
    QString connectionProblem() const;
    // How often the window followed a change made elsewhere (for tests).
    int refreshesAfterChangesElsewhere() const { return m_refreshes; }
    QString statusCounts() const;
    // What the person logged in may do (owner on a file).
    TeamRole role() const { return m_role; }
    // "Signed in as sam (Staff)" or "At the desk: Anna"; empty when nobody said.
    QString personText() const;
    // Deals with what kiosks handed over (contacts, follow-ups); the number done.
    int takeCounterHandovers();
    // The last word about a kiosk's queue shown in the status bar.
    QString kioskNews() const { return m_kioskNews; }
    // The reminders of follow-ups due (checked each minute, and each new day).
    Reminders* reminders() const { return m_reminders; }
    // What the reminder banner at the top says; empty when it is not shown.
    QString reminderText() const;
    // Shows the follow-ups due today or overdue (the banner's link).
    void showDueActions();
    // Fills the (empty) database with the sample business and shows it.
    bool fillWithSampleData(QString* error);
    // Closes the current database and opens another (creating it when new).
    bool switchDatabase(const QString& path, QString* error);
    // What opened the database (a server's address may hold the password it
    // was opened with), so a failed switch can go back to it.
    void setOpenedFrom(const QString& address) { m_address = address; }
    // Connecting to a server and moving this database to one (File menu).
    ServerActions* serverActions() const { return m_server; }
    // File → Move this database to a server… once its dialog named one: the
    // copy, then the window works on the server (the file stays as it was).
    bool moveToServer(const ServerProfile& profile);
    // File → Back up… without the file dialog: a consistent copy at target.
    bool backupTo(const QString& target, QString* error);
    // Keeps the window's size, page and filters for this database (on close, and
    // before another database is opened).
    void saveState() const;
    // Prints the page in view: the report as a document, other pages as a picture fitted to the
    // paper.
    void printCurrentPage(QPrinter* printer);

protected:
    void closeEvent(QCloseEvent* event) override;
    // Ctrl+Z in a text field with nothing of its own to undo undoes the last
    // saved change (a merge, a new customer) instead of doing nothing.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Shows only what the role may do.
    void applyRole();
    void followKiosks();
    // Names File → New… after the page in view, or disables it.
    void updateNewItem();
    void buildPages();
    void applyFilter();
    // A page wrote outside the edit history: counts now, other pages when shown.
    void dataChangedHere(Page* source);
    void updateStatus();
    void updateBadges();
    // The status bar's counts, the navigation's badges and the reminder, after any write.
    void updateCounts();
    void openList(const QString& page, const QVariantMap& criteria);
    void chooseDatabase(bool create);
    void connectToServer();
    void moveToServerChosen();
    // After a move: the window works on the server at address.
    bool finishMove(const QString& file, const QString& address);
    // Where file dialogs start: beside the file, or the documents of a server's user.
    QString fileFolder() const;
    void backup();
    void restore();
    // Restore on a server: its data replaced in one transaction, what it held kept in a file.
    void restoreServer(const QString& source);
    void showGuide();
    void showSettings();
    void exportRecords();
    void importRecords();
    void rememberRecent(const QString& path);
    void fillRecentMenu();
    bool databaseIsEmpty() const;

    Database& m_db;
    EditStack* m_undo = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_stack = nullptr;
    FilterBar* m_filter = nullptr;
    WelcomePage* m_welcome = nullptr;
    QWidget* m_chrome = nullptr;
    QList<Page*> m_pages;
    QSet<Page*> m_stale; // pages whose data predates the current filter
    QStringList m_names;
    QString m_defaultFilter; // a database seen for the first time starts from it
    QLabel* m_statusCounts = nullptr;
    QMenu* m_recent = nullptr;
    QAction* m_newItem = nullptr;
    QAction* m_moveToServer = nullptr;
    ServerActions* m_server = nullptr;
    // What opened the database in view; a server's address may hold a
    // password, so it is kept here only, to open it again after a failed switch.
    QString m_address;
    ChangeWatcher* m_watcher = nullptr;
    ConnectionKeeper* m_keeper = nullptr;
    QLabel* m_offline = nullptr;
    QLabel* m_person = nullptr;
    TeamRole m_role = TeamRole::Owner;
    QAction* m_settingsAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_deskAction = nullptr;
    QHash<QString, qint64> m_kioskSent; // what each kiosk had sent, as last read
    QString m_kioskNews;
    Reminders* m_reminders = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    int m_refreshes = 0;
};

} // namespace cx
