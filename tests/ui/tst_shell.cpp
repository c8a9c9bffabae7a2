// The window itself: the welcome page and its sample data, only the page in
// view reading the database, printing the page in view, the filter bar's
// state remembered between sessions, and the language it speaks.

#include "core/metrics/metrics.h"
#include "core/storage/location.h"
#include "tests/common/windowfixture.h"
#include "ui/customers/customerspage.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"
#include "ui/perdatabase.h"
#include "ui/settingsdialog.h"
#include "ui/translations.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

class TestShell : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void welcomeOnEmptyDatabaseThenSampleData()
    {
        cxtest::TestDb t;
        MainWindow w(t.db());
        w.show();
        QVERIFY(w.isWelcomeShown());
        QPushButton* sample = nullptr;
        for (QPushButton* b : w.findChildren<QPushButton*>())
            if (b->text().startsWith(QLatin1String("Explore with sample data")))
                sample = b;
        QVERIFY(sample);
        QTest::mouseClick(sample, Qt::LeftButton);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 500);
        QVERIFY(!w.isWelcomeShown());
        QCOMPARE(w.currentPage(), QStringLiteral("dashboard"));
        QCOMPARE(w.pageNames().size(), 7);
    }

    // A database on a server is named by its name and server, never by its address.
    void titleNamesTheDatabase()
    {
        QCOMPARE(MainWindow::windowTitleFor(QStringLiteral("/home/anna/shop.sqlite")),
                 QStringLiteral("shop.sqlite – CX Desk"));
        QCOMPARE(MainWindow::windowTitleFor(QStringLiteral(
                     "postgresql://anna:secret@backoffice:5433/crumb?sslmode=require")),
                 QStringLiteral("crumb on backoffice – CX Desk"));
        QCOMPARE(
            MainWindow::windowTitleFor(QStringLiteral("postgresql:///crumb?host=/run/postgresql")),
            QStringLiteral("crumb on this computer – CX Desk"));
    }

    void onlyTheShownPageReloads()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 300, 2000));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("customers"));
        auto* customers = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        w.filterBar()->setPreset(FilterBar::AllTime);
        const int all = customers->model()->rowCount();
        w.filterBar()->setSegment(QStringLiteral("Business"));
        QVERIFY(customers->model()->rowCount() < all); // the page in view follows at once
        auto* interactions =
            qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QCOMPARE(interactions->model()->rowCount(), 0); // never shown: not read yet
        w.showPage(QStringLiteral("interactions"));
        QVERIFY(interactions->model()->rowCount() > 0);
        QCOMPARE(w.currentPage(), QStringLiteral("interactions"));
    }

    // Ctrl+N belongs to the page in view; a page that makes nothing leaves
    // File → New… disabled, and a new database is Ctrl+Shift+N.
    void newItemFollowsThePageInView()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 100));
        MainWindow w(t.db());
        QAction* newItem = nullptr;
        QAction* newDatabase = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::New))
                newItem = a;
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N))
                newDatabase = a;
        }
        QVERIFY(newItem);
        QVERIFY(newDatabase);
        QVERIFY(newDatabase->text().contains(QLatin1String("database")));
        w.showPage(QStringLiteral("dashboard"));
        QVERIFY(!newItem->isEnabled());
        QCOMPARE(newItem->text(), QStringLiteral("&New…"));
    }

    void importStartsInTheDocumentsFolder()
    {
        cxtest::TestDb t;
        MainWindow w(t.db());
        QSettings().remove(QStringLiteral("import/folder"));
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(w.importFolder(), documents);
        QVERIFY(w.importFolder() != QFileInfo(t.db().path()).absolutePath());
        QTemporaryDir last;
        QSettings().setValue(QStringLiteral("import/folder"), last.path());
        QCOMPARE(w.importFolder(), last.path());
        // A remembered folder that has gone since: the documents again.
        QSettings().setValue(QStringLiteral("import/folder"),
                             last.path() + QStringLiteral("/gone"));
        QCOMPARE(w.importFolder(), documents);
        QSettings().remove(QStringLiteral("import/folder"));
    }

    void printsTheCurrentPage()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 200, 1000));
        MainWindow w(t.db());
        w.resize(1280, 800);
        QTemporaryDir dir;
        if (qEnvironmentVariableIsSet("CXDESK_KEEP_OUTPUT")) { // to look at the pages by hand
            dir.setAutoRemove(false);
            qInfo() << "printed pages in" << dir.path();
        }
        for (const QString& name : {QStringLiteral("reports"), QStringLiteral("dashboard")}) {
            w.showPage(name);
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            const QString file = dir.filePath(name + QStringLiteral(".pdf"));
            printer.setOutputFileName(file);
            w.printCurrentPage(&printer);
            QFile pdf(file);
            QVERIFY(pdf.open(QIODevice::ReadOnly));
            QVERIFY(pdf.read(5) == "%PDF-");
            QVERIFY2(pdf.size() > 2000, qPrintable(name));
        }
    }

    void filterStateRoundTrips()
    {
        FilterBar a, b;
        a.setChoices({{1, QStringLiteral("Web")}, {3, QStringLiteral("Store")}},
                     {QStringLiteral("Family")});
        b.setChoices({{1, QStringLiteral("Web")}, {3, QStringLiteral("Store")}},
                     {QStringLiteral("Family")});
        a.setCustomRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
        a.setChannel(3);
        a.setSegment(QStringLiteral("Family"));
        b.restoreState(a.saveState());
        const MetricsFilter fa = a.filter(), fb = b.filter();
        QCOMPARE(fb.from, QDate(2026, 2, 1));
        QCOMPARE(fb.to, QDate(2026, 2, 28));
        QCOMPARE(fb.channelId, qint64(3));
        QCOMPARE(fb.segment, QStringLiteral("Family"));
        QCOMPARE(fa.from, fb.from);
        // The date fields show what a preset stands for.
        FilterBar c;
        c.setPreset(FilterBar::Last30Days);
        QDateEdit* from = c.findChildren<QDateEdit*>().value(0);
        QVERIFY(from && !from->isEnabled());
        QCOMPARE(from->date(), QDate::currentDate().addDays(-29));
        // Presets resolve against today.
        a.setPreset(FilterBar::ThisQuarter);
        QCOMPARE(a.filter(QDate(2026, 8, 17)).from, QDate(2026, 7, 1));
        a.setPreset(FilterBar::Last30Days);
        QCOMPARE(a.filter(QDate(2026, 8, 17)).from, QDate(2026, 7, 19));
    }

    void languageFromSettingsOrCommandLine()
    {
        saveLanguage(QStringLiteral("fr"));
        QCOMPARE(savedLanguage(), QStringLiteral("fr"));
        QCOMPARE(chooseLocale(QString()).language(), QLocale::French);
        QCOMPARE(chooseLocale(QStringLiteral("de")).language(), QLocale::German); // --lang wins
        saveLanguage(QString());
        QCOMPARE(chooseLocale(QString()), QLocale::system());
        QCOMPARE(availableLanguages(), (QStringList{QStringLiteral("en"), QStringLiteral("de"),
                                                    QStringLiteral("fr"), QStringLiteral("es")}));
    }

    // Each database keeps its own filters, page and tag; the recent list stays one.
    void stateIsKeptPerDatabase()
    {
        cxtest::TestDb shop, other;
        QVERIFY(cxtest::fillWithSampleData(shop, 40, 100));
        QVERIFY(cxtest::fillWithSampleData(other, 40, 100));
        const QString shopPath = shop.path();
        const QString otherPath = other.path();
        QVERIFY(perDatabaseKey(shopPath, QStringLiteral("window/filter")) !=
                perDatabaseKey(otherPath, QStringLiteral("window/filter")));
        {
            MainWindow w(shop.db());
            w.filterBar()->setPreset(FilterBar::ThisYear);
            w.showPage(QStringLiteral("customers"));
            QString error;
            QVERIFY2(w.switchDatabase(otherPath, &error), qPrintable(error));
            // The other database starts from its own state, not the shop's.
            QVERIFY(w.filterBar()->saveState() !=
                    perDatabaseValue(shopPath, QStringLiteral("window/filter")).toString());
            w.filterBar()->setPreset(FilterBar::AllTime);
            w.showPage(QStringLiteral("surveys"));
            const QString otherFilter = w.filterBar()->saveState();
            QVERIFY2(w.switchDatabase(shopPath, &error), qPrintable(error));
            QVERIFY(w.filterBar()->saveState().startsWith(QString::number(FilterBar::ThisYear)));
            QCOMPARE(w.currentPage(), QStringLiteral("customers"));
            QVERIFY2(w.switchDatabase(otherPath, &error), qPrintable(error));
            QCOMPARE(w.filterBar()->saveState(), otherFilter);
            QCOMPARE(w.currentPage(), QStringLiteral("surveys"));
            QVERIFY2(w.switchDatabase(shopPath, &error), qPrintable(error));
            w.close();
        }
        // A new window on the shop opens as the shop was left.
        MainWindow again(shop.db());
        QVERIFY(again.filterBar()->saveState().startsWith(QString::number(FilterBar::ThisYear)));
        QCOMPARE(again.currentPage(), QStringLiteral("customers"));
        // Both stay in the one list of recent databases.
        const QStringList recent =
            QSettings().value(QStringLiteral("recentDatabases")).toStringList();
        // A file by its absolute path, a server as the database names it (no password).
        const auto remembered = [](const QString& path) {
            return DatabaseLocation::looksLikeServer(path) ? path
                                                           : QFileInfo(path).absoluteFilePath();
        };
        QVERIFY2(recent.contains(remembered(shop.db().path())), qPrintable(recent.join(' ')));
        QVERIFY2(recent.contains(remembered(other.db().path())), qPrintable(recent.join(' ')));
    }

    // Counts read as English: one customer, not "1 customer(s)" or "1 customers".
    void statusCountsInEnglish()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO customers (uuid, external_id, name) VALUES "
            "('8b2f5a0e-0000-4000-8000-000000000001', 'C1', 'Ann');\n"
            "INSERT INTO customers (uuid, external_id, name) VALUES "
            "('8b2f5a0e-0000-4000-8000-000000000002', 'C2', 'Bob');\n"
            "INSERT INTO actions (customer_id, title, status, due_on, created_at) VALUES "
            "(1, 'Call back', 'open', '2026-01-01', '2026-01-01T09:00:00Z')")));
        MainWindow w(t.db());
        QCOMPARE(w.statusCounts(),
                 QStringLiteral("2 customers · 0 interactions · 0 responses · 1 open action"));
        QVERIFY(!w.statusCounts().contains(QLatin1String("(s)")));
    }

    // "As the system (…)" names the language the window then speaks, even on a
    // system set to C or POSIX, which names none.
    void systemLanguageIsNamed()
    {
        QCOMPARE(languageName(QStringLiteral("en")), QStringLiteral("English"));
        QCOMPARE(languageName(QStringLiteral("de")), QStringLiteral("Deutsch"));
        QCOMPARE(languageName(QStringLiteral("fr")), QStringLiteral("Français"));
        QCOMPARE(languageName(QStringLiteral("es")), QStringLiteral("Español"));
        const QString system = QLocale::system().name().left(2);
        QCOMPARE(
            systemLanguageName(),
            languageName(availableLanguages().contains(system) ? system : QStringLiteral("en")));
        cxtest::TestDb t;
        SettingsDialog dialog(t.db());
        QComboBox* language = nullptr;
        for (QComboBox* box : dialog.findChildren<QComboBox*>())
            if (box->findData(QStringLiteral("de")) >= 0)
                language = box;
        QVERIFY(language);
        QCOMPARE(language->itemText(0),
                 QStringLiteral("As the system (%1)").arg(systemLanguageName()));
        QVERIFY(!language->itemText(0).contains(QLatin1String("()")));
        QCOMPARE(language->itemText(language->findData(QStringLiteral("en"))),
                 QStringLiteral("English"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
