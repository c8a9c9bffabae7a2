#include "ui/server/serveractions.h"

#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "core/storage/location.h"
#include "core/storage/maintenance.h"
#include "ui/server/connectdialog.h"
#include "ui/server/passwordstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStatusBar>

namespace cx {

namespace {
// Core's messages start in lower case, to follow "cxdesk: "; a box starts a sentence.
QString sentence(QString text)
{
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}
} // namespace

ServerActions::ServerActions(QWidget* window)
    : QObject(window), m_window(window), m_store(std::make_unique<SystemKeychain>()),
      m_prompt(&PasswordDialog::ask)
{
}

ServerActions::~ServerActions() = default;

void ServerActions::setPasswordStore(std::unique_ptr<PasswordStore> store)
{
    m_store = std::move(store);
    m_keychainProblem.clear();
    m_toldKeychain = false;
}

void ServerActions::setPasswordPrompt(PasswordPrompt prompt)
{
    m_prompt = std::move(prompt);
}

QString ServerActions::keychainNote()
{
    if (m_keychainProblem.isEmpty())
        return {};
    if (m_toldKeychain)
        return tr("The system keychain cannot be reached: the password is not remembered.");
    m_toldKeychain = true;
    return tr("The system keychain cannot be reached (%1), so CX Desk cannot remember the "
              "password: it asks for it each time, unless ~/.pgpass holds it.")
        .arg(m_keychainProblem);
}

bool ServerActions::openInto(const ServerProfile& profile, Purpose purpose, Database& db,
                             QString* address)
{
    const QString title =
        purpose == Purpose::Connect ? tr("Connect to a server") : tr("Move to a server");
    // A password kept in the keychain first; without one libpq reads ~/.pgpass itself.
    QString password;
    if (m_keychainProblem.isEmpty()) {
        QString why;
        switch (m_store->read(profile.key(), &password, &why)) {
        case PasswordStore::Result::Found:
            break;
        case PasswordStore::Result::NotFound:
            break;
        case PasswordStore::Result::Unavailable:
            m_keychainProblem = why;
            break;
        }
    }
    QString error;
    bool ok = db.open(profile.address(password), &error, Database::OpenMode::MustExist);
    bool typed = false;
    bool remember = false;
    if (!ok && db.lastProblem() == Database::OpenProblem::PasswordRefused) {
        // The server wants a password (or another than the keychain's): ask once.
        const std::optional<PasswordAnswer> answer = m_prompt(m_window, profile, keychainNote());
        if (!answer)
            return false;
        password = answer->password;
        remember = answer->remember;
        typed = true;
        ok = db.open(profile.address(password), &error, Database::OpenMode::MustExist);
    }
    // Opened (or agreed to be set up): the password kept when asked to, the connection saved.
    const auto succeed = [&] {
        if (typed && remember && m_keychainProblem.isEmpty()) {
            QString why;
            if (!m_store->write(profile.key(), password, &why)) {
                m_keychainProblem = why;
                if (auto* main = qobject_cast<QMainWindow*>(m_window))
                    main->statusBar()->showMessage(
                        tr("The system keychain cannot keep the password (%1); CX Desk asks for it "
                           "next time.")
                            .arg(why),
                        10000);
            }
        }
        saveServerProfile(profile);
        *address = profile.address(password);
        return true;
    };
    const bool empty = !ok && db.lastProblem() == Database::OpenProblem::NoCxDeskData;
    if (empty && purpose == Purpose::MoveTarget) {
        // Set up only once the person has agreed to the move (moveTo), so a
        // move declined leaves the server as it was.
        return succeed();
    }
    if (empty) {
        if (QMessageBox::question(m_window, title,
                                  tr("%1 holds no CX Desk data yet.\n\nSet up CX Desk in this "
                                     "database?")
                                      .arg(profile.serverText()),
                                  QMessageBox::Yes | QMessageBox::No,
                                  QMessageBox::Yes) != QMessageBox::Yes)
            return false;
        ok = db.open(profile.address(password), &error, Database::OpenMode::CreateIfMissing);
    }
    if (!ok) {
        QMessageBox::warning(m_window, title, sentence(error));
        return false;
    }
    return succeed();
}

QString ServerActions::chooseAndOpen()
{
    ConnectDialog dialog(savedServerProfiles(), ConnectDialog::Mode::Connect, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return open(dialog.profile());
}

QString ServerActions::open(const ServerProfile& profile)
{
    Database probe;
    QString address;
    if (!openInto(profile, Purpose::Connect, probe, &address))
        return {};
    probe.close();
    return address;
}

QString ServerActions::chooseAndMove(Database& from)
{
    ConnectDialog dialog(savedServerProfiles(), ConnectDialog::Mode::Move, m_window,
                         QFileInfo(from.path()).fileName());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return moveTo(from, dialog.profile());
}

QString ServerActions::moveTo(Database& from, const ServerProfile& profile)
{
    const QString title = tr("Move to a server");
    Database target;
    QString address;
    if (!openInto(profile, Purpose::MoveTarget, target, &address))
        return {};
    const QString file = QFileInfo(from.path()).fileName();
    const bool replace = target.isOpen() && holdsABusiness(target.sql());
    const QString question =
        replace ? tr("%1 already holds a business.\n\nReplace its data with the data of %2? What "
                     "it holds now is lost; %2 stays as it is.")
                      .arg(profile.serverText(), file)
                : tr("Copy the data of %1 to %2?\n\nThe file stays as it is; afterwards the window "
                     "works on the server.")
                      .arg(file, profile.serverText());
    if (QMessageBox::question(m_window, title, question, QMessageBox::Yes | QMessageBox::No,
                              replace ? QMessageBox::No : QMessageBox::Yes) != QMessageBox::Yes)
        return {};
    QString error;
    if (!target.isOpen() && !target.open(address, &error, Database::OpenMode::CreateIfMissing)) {
        QMessageBox::warning(m_window, title, sentence(error));
        return {};
    }

    QProgressDialog progress(tr("Moving the data of %1 to %2…").arg(file, profile.serverText()),
                             tr("Cancel"), 0, 100, m_window);
    progress.setWindowTitle(title);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    CopyOptions options;
    options.replace = replace;
    options.progress = [&progress](qint64 done, qint64 total) {
        // The bar counts in thousandths so any number of rows fits an int.
        progress.setValue(total > 0 ? int(std::min<qint64>(done, total) * 1000 / total) : 0);
        QCoreApplication::processEvents(); // Cancel stays clickable
        return !progress.wasCanceled();
    };
    progress.setMaximum(1000);
    const bool ok = copyDatabase(from.sql(), target.sql(), options, nullptr, &error);
    const bool cancelled = progress.wasCanceled();
    progress.close();
    target.close();
    if (!ok) {
        if (cancelled)
            QMessageBox::information(m_window, title,
                                     tr("The move was stopped. %1 is as it was, and the window "
                                        "stays on %2.")
                                         .arg(profile.serverText(), file));
        else
            QMessageBox::warning(m_window, title,
                                 tr("The data could not be moved; %1 is as it was.\n\n%2")
                                     .arg(profile.serverText(), sentence(error)));
        return {};
    }
    return address;
}

QString reopenLastServer()
{
    const QString key = lastServer();
    DatabaseLocation location;
    QString ignored;
    if (key.isEmpty() || !DatabaseLocation::parse(key, &location, &ignored) || !location.isServer())
        return {};
    ServerActions actions(nullptr);
    return actions.open(savedServerProfile(key).value_or(ServerProfile::fromLocation(location)));
}

} // namespace cx
