// cxdesk: one executable, two faces — the desktop window, or a headless
// command that runs and exits (docs/user-guide.md, Commands).

#include "app/cli/command.h"
#include "app/painters.h"
#include "core/common/plurals.h"
#include "core/customers/customerkeys.h"
#include "core/storage/database.h"
#include "core/storage/team.h"
#include "ui/actions/deskperson.h"
#include "ui/mainwindow.h"
#include "ui/server/serveractions.h"
#include "ui/surveys/kiosk/counterstart.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTextStream>
#include <cstdio>

namespace {

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("cxdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("cxdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXDESK_VERSION));
}

// Rendering offscreen makes Qt warn about things that only matter on a real
// display; they are not the user's problem.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext& context,
                            const QString& message)
{
    if (type == QtWarningMsg && (message.contains(QLatin1String("propagateSizeHints")) ||
                                 message.contains(QLatin1String("XDG_RUNTIME_DIR"))))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << "\n";
}

} // namespace

int main(int argc, char** argv)
{
    identify(); // before anything asks where the default database lives
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout);
    QTextStream err(stderr);

    cx::cli::Invocation inv;
    QString error;
    if (!cx::cli::parseInvocation(arguments, &inv, &error)) {
        err << "cxdesk: " << error << "\n";
        return cx::cli::Usage;
    }
    if (inv.version) {
        out << "cxdesk " << CXDESK_VERSION << "\n";
        return cx::cli::Ok;
    }
    if (inv.help && inv.command.isEmpty()) {
        out << cx::cli::programHelp();
        return cx::cli::Ok;
    }
    if (inv.help)
        inv.args.prepend(QStringLiteral("--help"));
    if (!inv.lang.isEmpty()) {
        // Dates and numbers follow the chosen language.
        const QLocale locale(inv.lang);
        if (locale.language() == QLocale::C && inv.lang != QLatin1String("C")) {
            err << "cxdesk: --lang '" << inv.lang
                << "' is not a language code such as en, de, fr or es\n";
            return cx::cli::Usage;
        }
        QLocale::setDefault(locale);
    }

    if (!inv.command.isEmpty()) {
        const cx::cli::Command* command = cx::cli::findCommand(inv.command);
        if (command && command->needsPainters) {
            // It draws with the window's painters, offscreen, in the chosen language.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            qInstallMessageHandler(quietOffscreenWarnings);
            QApplication app(argc, argv);
            cx::useLocale(cx::chooseLocale(inv.lang)); // English plural forms included
            return cx::cli::runCommand(inv, out, err, cx::windowPainters());
        }
        QCoreApplication app(argc, argv);
        cx::installSourcePlurals();                // core's counts read "1 row", "2 rows"
        return cx::cli::runCommand(inv, out, err); // an unknown name too: it says so
    }

    QApplication app(argc, argv);
    cx::useLocale(cx::chooseLocale(inv.lang));
    QApplication::setApplicationDisplayName(QStringLiteral("CX Desk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.cxdesk.CxDesk"));
    QString path = cx::cli::databasePath(inv);
    // Without a database named, the window goes back to the server it worked on last.
    if (inv.db.isEmpty() && qEnvironmentVariableIsEmpty("CXDESK_DB"))
        if (const QString server = cx::reopenLastServer(); !server.isEmpty())
            path = server;
    cx::Database db;
    if (!db.open(path, &error)) {
        QMessageBox::critical(nullptr, QObject::tr("CX Desk"),
                              QObject::tr("The database could not be opened.\n\n%1").arg(error));
        err << "cxdesk: " << error << "\n";
        return cx::cli::Failed;
    }
    // What the login may do decides what opens: a counter's computer is a kiosk.
    const std::optional<cx::TeamRole> role = cx::teamRole(db.sql(), &error);
    if (!role) {
        QMessageBox::critical(nullptr, QObject::tr("CX Desk"), error);
        err << "cxdesk: " << error << "\n";
        return cx::cli::Failed;
    }
    if (*role == cx::TeamRole::Counter)
        return cx::runCounterKiosk(db);
    // Names sort as the window's language does; the keys follow a change of
    // it once (core/customers/customerkeys.h).
    if (cx::nameOrderLocale(db.sql()) != QLocale().name()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (!cx::refreshCustomerKeys(db.sql(), &error, QLocale().name()))
            err << "cxdesk: customers keep their earlier order: " << error << "\n";
        QApplication::restoreOverrideCursor();
    }
    cx::askWhoIsAtTheDesk(db, nullptr); // on a file with a staff list
    cx::MainWindow window(db);
    window.setOpenedFrom(path);
    window.show();
    return app.exec();
}
