// File → Connect to a server… and File → Move this database to a server…,
// against a throwaway PostgreSQL server: a connection opens the server's
// database in the window and is remembered without its password, a wrong
// password gets the password message and nothing is kept, an empty database
// is offered CX Desk's tables, another program's database is refused, a
// keychain that cannot be reached does not block, and a move copies every
// table exactly or, stopped, leaves the server as it was.

#include "core/demo/demo.h"
#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "tests/common/pgserver.h"
#include "tests/common/windowfixture.h"
#include "ui/mainwindow.h"
#include "ui/server/connectdialog.h"
#include "ui/server/passworddialog.h"
#include "ui/server/passwordstore.h"
#include "ui/server/serveractions.h"
#include "ui/server/serverprofiles.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTimer>
#include <QtTest>

using namespace cx;

namespace {

// A keychain of the test's own: what was kept, or none reachable at all.
struct Kept
{
    QMap<QString, QString> passwords;
    int reads = 0;
};

class MemoryStore : public PasswordStore
{
public:
    MemoryStore(Kept* kept, bool available) : m_kept(kept), m_available(available) {}
    Result read(const QString& key, QString* password, QString* why) override
    {
        ++m_kept->reads;
        if (!m_available) {
            *why = QStringLiteral("no keychain service in this test");
            return Result::Unavailable;
        }
        if (!m_kept->passwords.contains(key))
            return Result::NotFound;
        *password = m_kept->passwords.value(key);
        return Result::Found;
    }
    bool write(const QString& key, const QString& password, QString* why) override
    {
        if (!m_available) {
            *why = QStringLiteral("no keychain service in this test");
            return false;
        }
        m_kept->passwords.insert(key, password);
        return true;
    }

private:
    Kept* m_kept;
    bool m_available;
};

// Answers every message box as told (Yes/OK when nothing is left to say),
// keeping their texts, and stops a progress dialog as soon as one is there.
class Answers : public QObject
{
public:
    QStringList texts;
    QList<QMessageBox::StandardButton> buttons;
    bool cancelProgress = false;
    QString fileToChoose; // what a file dialog gets

    Answers()
    {
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
        m_timer.start();
    }

private:
    void poll()
    {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                texts << box->text();
                QAbstractButton* b = nullptr;
                if (!buttons.isEmpty())
                    b = box->button(buttons.takeFirst());
                if (!b)
                    b = box->button(QMessageBox::Yes);
                if (!b)
                    b = box->button(QMessageBox::Ok);
                if (b)
                    b->click();
            }
            if (auto* files = qobject_cast<QFileDialog*>(w);
                files && files->isVisible() && !fileToChoose.isEmpty()) {
                files->selectFile(fileToChoose);
                QMetaObject::invokeMethod(files, "accept"); // a protected slot
            }
            if (auto* progress = qobject_cast<QProgressDialog*>(w);
                progress && cancelProgress && !progress->wasCanceled())
                progress->cancel();
        }
    }
    QTimer m_timer;
};

QAction* menuAction(MainWindow& w, const QString& text)
{
    for (QAction* a : w.menuBar()->findChildren<QAction*>())
        if (a->text() == text)
            return a;
    return nullptr;
}

QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile f(settings.fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    int m_databases = 0;

    // A new empty database on the server, as a profile the dialog would make.
    ServerProfile freshDatabase(const QString& user = QStringLiteral("postgres"))
    {
        ServerProfile p;
        p.name = QStringLiteral("Test server");
        p.host = m_server.socketDir();
        p.port = m_server.port();
        p.database = QStringLiteral("shop%1").arg(++m_databases);
        p.user = user;
        QString error;
        if (!m_server.createDatabase(p.database, &error))
            qWarning() << error;
        return p;
    }

    // A server database holding a small sample business of its own.
    ServerProfile filledDatabase(quint64 seed)
    {
        const ServerProfile p = freshDatabase();
        Database db;
        QString error;
        if (!db.open(p.address(), &error))
            qWarning() << error;
        DemoOptions o;
        o.seed = seed;
        o.customers = 60;
        o.interactions = 400;
        o.responses = 100;
        if (!DemoGenerator(db.sql()).generate(o, nullptr, &error))
            qWarning() << error;
        return p;
    }

    // File → Connect to a server…, the dialog filled with `profile` and accepted.
    static void connectThroughTheDialog(MainWindow& w, const ServerProfile& profile)
    {
        bool filled = false;
        QTimer::singleShot(0, &w, [&] {
            auto* dialog = qobject_cast<ConnectDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->setProfile(profile);
            filled = dialog->okButton()->isEnabled();
            dialog->accept();
        });
        QAction* connect = menuAction(w, QStringLiteral("Connect to a &server…"));
        QVERIFY(connect);
        connect->trigger();
        QVERIFY(filled);
    }

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(
            m_server.addPasswordUser(QStringLiteral("anna"), QStringLiteral("Sesame4711"), &error),
            qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void connectingOpensTheServer()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY(cxtest::fillWithSampleData(file, 50, 300));
        const ServerProfile profile = filledDatabase(7);
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        int asked = 0;
        w.serverActions()->setPasswordPrompt(
            [&asked](QWidget*, const ServerProfile&, const QString&) {
                ++asked;
                return std::optional<PasswordAnswer>();
            });
        connectThroughTheDialog(w, profile);
        QCOMPARE(asked, 0); // the server let postgres in without one: nobody was asked
        QVERIFY(file.db().isServer());
        QCOMPARE(w.windowTitle(),
                 QStringLiteral("%1 on this computer – CX Desk").arg(profile.database));
        QVERIFY(w.statusCounts().startsWith(QLatin1String("60 customers")));
        QVERIFY(!w.isWelcomeShown());
        // Remembered: as a saved connection, for the next start, and in Open recent by its name.
        QCOMPARE(savedServerProfiles().size(), 1);
        QCOMPARE(savedServerProfiles().first().database, profile.database);
        QCOMPARE(lastServer(), file.db().path());
        QStringList recent;
        for (QAction* a : w.menuBar()->findChildren<QAction*>())
            recent << a->text();
        QVERIFY2(recent.contains(profile.displayName()), qPrintable(recent.join(QLatin1Char('|'))));
        for (const QString& text : recent)
            QVERIFY2(!text.contains(QLatin1String("postgresql:")), qPrintable(text));
        // Moving is for a file; the window is on a server now.
        QVERIFY(!menuAction(w, QStringLiteral("&Move this database to a server…"))->isEnabled());
        // A server's backup is a file of its data.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(w.backupTo(dir.filePath(QStringLiteral("b.sqlite")), &error), qPrintable(error));
        Database backup;
        QVERIFY2(backup.open(dir.filePath(QStringLiteral("b.sqlite")), &error,
                             Database::OpenMode::MustExist),
                 qPrintable(error));
        QVERIFY(cxtest::sameTables(cxtest::checksums(backup), cxtest::checksums(file.db())));
        // The next start goes back to it (the system keychain of the test
        // machine, answering or not, does not stand in the way).
        const QString again = reopenLastServer();
        QVERIFY(!again.isEmpty());
        Database reopened;
        QVERIFY2(reopened.open(again, &error, Database::OpenMode::MustExist), qPrintable(error));
        QCOMPARE(reopened.path(), file.db().path());
    }

    // File → Restore from backup… on a server replaces its data for everyone
    // and says where what it held before was kept.
    void restoreOnAServer()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY(cxtest::fillWithSampleData(file, 40, 200));
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("other.sqlite"));
        QString error;
        QVERIFY2(backupDatabase(file.sql(), backup, &error), qPrintable(error));
        const QVector<CopiedTable> backupTables = cxtest::checksums(file.db());
        const ServerProfile profile = filledDatabase(12);
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        connectThroughTheDialog(w, profile);
        QVERIFY(file.db().isServer());
        const QVector<CopiedTable> serverBefore = cxtest::checksums(file.db());
        QVERIFY(!cxtest::sameTables(serverBefore, backupTables));
        Answers answers;
        answers.fileToChoose = backup;
        QAction* restore = menuAction(w, QStringLiteral("Res&tore from backup…"));
        QVERIFY(restore);
        restore->trigger();
        QCOMPARE(answers.texts.size(), 2); // the question, and where the old data is
        QVERIFY2(answers.texts[0].contains(QLatin1String("Everyone working on the server")),
                 qPrintable(answers.texts[0]));
        QVERIFY(cxtest::sameTables(cxtest::checksums(file.db()), backupTables));
        const QString prefix = QStringLiteral("kept in ");
        const int at = int(answers.texts[1].indexOf(prefix));
        QVERIFY2(at > 0, qPrintable(answers.texts[1]));
        const QString keptAs = answers.texts[1].mid(at + prefix.size()).chopped(1);
        Database before;
        QVERIFY2(before.open(keptAs, &error, Database::OpenMode::MustExist), qPrintable(error));
        QVERIFY(cxtest::sameTables(cxtest::checksums(before), serverBefore));
    }

    void passwordAskedAndKeptOnlyInTheKeychain()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        ServerProfile profile = filledDatabase(8);
        profile.user = QStringLiteral("anna");
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        int asked = 0;
        w.serverActions()->setPasswordPrompt(
            [&asked](QWidget*, const ServerProfile& p, const QString& note) {
                ++asked;
                if (p.user != QLatin1String("anna") || !note.isEmpty())
                    return std::optional<PasswordAnswer>();
                return std::optional<PasswordAnswer>(
                    PasswordAnswer{QStringLiteral("Sesame4711"), true});
            });
        connectThroughTheDialog(w, profile);
        QCOMPARE(asked, 1);
        QVERIFY(file.db().isServer());
        QCOMPARE(kept.passwords.value(profile.key()), QStringLiteral("Sesame4711"));
        // The settings hold the connection, never the password.
        const QByteArray settings = settingsFile();
        QVERIFY(settings.contains(profile.database.toUtf8()));
        QVERIFY(settings.contains("anna"));
        QVERIFY(!settings.contains("Sesame4711"));
        QVERIFY(!file.db().path().contains(QLatin1String("Sesame4711")));
        QVERIFY(!w.windowTitle().contains(QLatin1String("Sesame4711")));
        // The next time the keychain's password opens it without asking.
        const QString address = w.serverActions()->open(profile);
        QVERIFY(!address.isEmpty());
        QCOMPARE(asked, 1);
    }

    void wrongPasswordIsSaidAndNothingKept()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        ServerProfile profile = filledDatabase(9);
        profile.user = QStringLiteral("anna");
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        w.serverActions()->setPasswordPrompt([](QWidget*, const ServerProfile&, const QString&) {
            return std::optional<PasswordAnswer>(PasswordAnswer{QStringLiteral("Guess1234"), true});
        });
        Answers answers;
        QVERIFY(w.serverActions()->open(profile).isEmpty());
        QCOMPARE(answers.texts.size(), 1);
        QVERIFY2(answers.texts.first().contains(QLatin1String("refused the password of \"anna\"")),
                 qPrintable(answers.texts.first()));
        QVERIFY(!answers.texts.first().contains(QLatin1String("Guess1234")));
        QVERIFY(kept.passwords.isEmpty());
        QVERIFY(savedServerProfiles().isEmpty());
        QVERIFY(!settingsFile().contains("Guess1234"));
        QVERIFY(!file.db().isServer()); // the window stays on its file
    }

    void withoutAKeychainTheWindowAsks()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        ServerProfile profile = filledDatabase(10);
        profile.user = QStringLiteral("anna");
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, false));
        QStringList notes;
        w.serverActions()->setPasswordPrompt(
            [&notes](QWidget*, const ServerProfile&, const QString& note) {
                notes << note;
                return std::optional<PasswordAnswer>(
                    PasswordAnswer{QStringLiteral("Sesame4711"), true});
            });
        QVERIFY(!w.serverActions()->open(profile).isEmpty());
        QVERIFY(!w.serverActions()->open(profile).isEmpty());
        QCOMPARE(notes.size(), 2);
        // Said once in full; the keychain is not tried again in this run.
        QVERIFY2(notes[0].contains(QLatin1String("no keychain service in this test")),
                 qPrintable(notes[0]));
        QVERIFY(!notes[1].contains(QLatin1String("no keychain service")));
        QCOMPARE(kept.reads, 1);
        QVERIFY(!settingsFile().contains("Sesame4711"));
        // The system keychain of this machine (often none, under CI) answers
        // or gives up within its time, and never blocks.
        SystemKeychain keychain(3000);
        QElapsedTimer clock;
        clock.start();
        QString password, why;
        const PasswordStore::Result r =
            keychain.read(QStringLiteral("postgresql://nobody@nowhere/none"), &password, &why);
        QVERIFY(clock.elapsed() < 8000);
        QVERIFY(r != PasswordStore::Result::Found);
    }

    void theDialogOnAPasswordOffersToRemember()
    {
        ServerProfile p;
        p.database = QStringLiteral("cxdesk");
        p.user = QStringLiteral("anna");
        PasswordDialog usable(p, QString());
        QVERIFY(usable.rememberBox()->isEnabled());
        QCOMPARE(usable.passwordField()->echoMode(), QLineEdit::Password);
        PasswordDialog none(p, QStringLiteral("no keychain"));
        QVERIFY(!none.rememberBox()->isEnabled());
        none.passwordField()->setText(QStringLiteral("x"));
        QVERIFY(!none.answer().remember);
        // The dialog: TLS in plain words, prefer by default, a saved connection filled in.
        ServerProfile saved = p;
        saved.name = QStringLiteral("Shop");
        saved.host = QStringLiteral("backoffice");
        saved.port = 5433;
        saved.sslMode = QStringLiteral("require");
        ConnectDialog empty({}, ConnectDialog::Mode::Connect);
        QCOMPARE(empty.tlsField()->currentData().toString(), QStringLiteral("prefer"));
        QCOMPARE(empty.portField()->value(), 5432);
        QVERIFY(!empty.okButton()->isEnabled()); // no database named yet
        ConnectDialog dialog({saved}, ConnectDialog::Mode::Connect);
        QCOMPARE(dialog.hostField()->text(), QStringLiteral("backoffice"));
        QCOMPARE(dialog.tlsField()->currentText(), QStringLiteral("Require (encrypted)"));
        QCOMPARE(dialog.profile().key(), saved.key());
        QCOMPARE(saved.displayName(), QStringLiteral("Shop (cxdesk on backoffice:5433)"));
        QVERIFY(!saved.key().contains(QLatin1String("Sesame")));
    }

    void emptyDatabaseIsOfferedCxDesk()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        const ServerProfile profile = freshDatabase();
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        {
            Answers no;
            no.buttons << QMessageBox::No;
            QVERIFY(w.serverActions()->open(profile).isEmpty());
            QCOMPARE(no.texts.size(), 1);
            QVERIFY2(no.texts.first().contains(QLatin1String("Set up CX Desk in this database?")),
                     qPrintable(no.texts.first()));
        }
        Database check;
        QString error;
        QVERIFY(!check.open(profile.address(), &error, Database::OpenMode::MustExist));
        QCOMPARE(check.lastProblem(), Database::OpenProblem::NoCxDeskData);
        Answers yes;
        connectThroughTheDialog(w, profile);
        QCOMPARE(yes.texts.size(), 1);
        QVERIFY(file.db().isServer());
        QVERIFY(w.isWelcomeShown()); // an empty business, as a new file shows it
        QVERIFY2(check.open(profile.address(), &error, Database::OpenMode::MustExist),
                 qPrintable(error));
        QCOMPARE(check.schemaVersion(), Database::SchemaVersion);
    }

    void anotherProgramsDatabaseIsRefused()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        const ServerProfile profile = freshDatabase();
        {
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other"));
            other.setHostName(profile.host);
            other.setPort(profile.port);
            other.setDatabaseName(profile.database);
            other.setUserName(profile.user);
            QVERIFY(other.open());
            QVERIFY(QSqlQuery(other).exec(QStringLiteral("CREATE TABLE invoices (id int)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        Answers answers;
        QVERIFY(w.serverActions()->open(profile).isEmpty());
        QCOMPARE(answers.texts.size(), 1);
        QVERIFY2(answers.texts.first().contains(QLatin1String("belongs to another program")),
                 qPrintable(answers.texts.first()));
        QVERIFY(savedServerProfiles().isEmpty());
    }

    void moveCopiesEveryTable()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY(cxtest::fillWithSampleData(file, 120, 900));
        const QString path = file.db().path();
        const QVector<CopiedTable> before = cxtest::checksums(file.db());
        const ServerProfile profile = freshDatabase();
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        Answers answers;
        QVERIFY(w.moveToServer(profile));
        QCOMPARE(answers.texts.size(), 2); // the question, and where the data is now
        QVERIFY2(answers.texts[0].contains(QLatin1String("The file stays as it is")),
                 qPrintable(answers.texts[0]));
        QVERIFY2(answers.texts[1].contains(QLatin1String("was not changed")),
                 qPrintable(answers.texts[1]));
        QVERIFY(file.db().isServer());
        QVERIFY(cxtest::sameTables(cxtest::checksums(file.db()), before));
        QVERIFY(!menuAction(w, QStringLiteral("&Move this database to a server…"))->isEnabled());
        // The file is as it was.
        Database original;
        QString error;
        QVERIFY2(original.open(path, &error, Database::OpenMode::MustExist), qPrintable(error));
        QVERIFY(cxtest::sameTables(cxtest::checksums(original), before));
    }

    void moveAsALoginWithAPassword()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY(cxtest::fillWithSampleData(file, 30, 100));
        const QVector<CopiedTable> before = cxtest::checksums(file.db());
        const ServerProfile profile = freshDatabase(QStringLiteral("anna"));
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        w.serverActions()->setPasswordPrompt([](QWidget*, const ServerProfile&, const QString&) {
            return std::optional<PasswordAnswer>(
                PasswordAnswer{QStringLiteral("Sesame4711"), true});
        });
        Answers answers;
        QVERIFY(w.moveToServer(profile));
        QVERIFY(file.db().isServer());
        QVERIFY(cxtest::sameTables(cxtest::checksums(file.db()), before));
        QCOMPARE(kept.passwords.value(profile.key()), QStringLiteral("Sesame4711"));
        QVERIFY(!settingsFile().contains("Sesame4711"));
    }

    void declinedMoveLeavesAnEmptyDatabaseEmpty()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY(cxtest::fillWithSampleData(file, 30, 100));
        const ServerProfile profile = freshDatabase();
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        Answers answers;
        answers.buttons << QMessageBox::No;
        QVERIFY(!w.moveToServer(profile));
        QCOMPARE(answers.texts.size(), 1);
        QVERIFY(!file.db().isServer());
        // Not even CX Desk's tables were set up there.
        Database check;
        QString error;
        QVERIFY(!check.open(profile.address(), &error, Database::OpenMode::MustExist));
        QCOMPARE(check.lastProblem(), Database::OpenProblem::NoCxDeskData);
    }

    void stoppedMoveLeavesTheServerAsItWas()
    {
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        QVERIFY(cxtest::fillWithSampleData(file, 120, 2500));
        const ServerProfile profile = filledDatabase(11);
        Database server;
        QString error;
        QVERIFY2(server.open(profile.address(), &error), qPrintable(error));
        const QVector<CopiedTable> before = cxtest::checksums(server);
        server.close();
        Kept kept;
        MainWindow w(file.db());
        w.serverActions()->setPasswordStore(std::make_unique<MemoryStore>(&kept, true));
        {
            // Asked first whether to replace the business there; then stopped.
            Answers answers;
            answers.cancelProgress = true;
            QVERIFY(!w.moveToServer(profile));
            QCOMPARE(answers.texts.size(), 2);
            QVERIFY2(answers.texts[0].contains(QLatin1String("already holds a business")),
                     qPrintable(answers.texts[0]));
            QVERIFY2(answers.texts[1].contains(QLatin1String("The move was stopped")),
                     qPrintable(answers.texts[1]));
        }
        QVERIFY(!file.db().isServer());
        QVERIFY2(server.open(profile.address(), &error), qPrintable(error));
        QVERIFY(cxtest::sameTables(cxtest::checksums(server), before));
        // Declining to replace it changes nothing either.
        {
            Answers answers;
            answers.buttons << QMessageBox::No;
            QVERIFY(!w.moveToServer(profile));
            QCOMPARE(answers.texts.size(), 1);
        }
        QVERIFY(cxtest::sameTables(cxtest::checksums(server), before));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
