#include "app/cli/command.h"

#include "core/storage/database.h"

#include <QDir>

namespace cx::cli {

// Each command's own file describes it.
Command demoCommand();
Command metricsCommand();
Command checkCommand();
Command backupCommand();
Command restoreCommand();
Command copyCommand();
Command importCommand();
Command exportCommand();
Command customerCommand();
Command surveyCommand();
Command commentsCommand();
Command reportCommand();
Command teamCommand();
Command screenshotCommand();

const QVector<Command>& commands()
{
    static const QVector<Command> all = {
        demoCommand(),     metricsCommand(), checkCommand(),  backupCommand(),    restoreCommand(),
        copyCommand(),     importCommand(),  exportCommand(), customerCommand(),  surveyCommand(),
        commentsCommand(), reportCommand(),  teamCommand(),   screenshotCommand()};
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

QString programHelp()
{
    // A command with its arguments, then its summary from the 18th column;
    // a longer left side stands on a line of its own and its summary below it
    // at the same column, so every summary lines up.
    constexpr int kColumn = 18;
    QString list;
    for (const Command& command : commands()) {
        QString entry = QStringLiteral("  ") + QLatin1String(command.name);
        if (*command.arguments)
            entry += QLatin1Char(' ') + QLatin1String(command.arguments);
        if (entry.size() <= kColumn - 2)
            entry += QString(kColumn - entry.size(), QLatin1Char(' '));
        else
            entry += QLatin1Char('\n') + QString(kColumn, QLatin1Char(' '));
        list += entry + QString::fromUtf8(command.summary) + QLatin1Char('\n');
    }
    return QStringLiteral(
               "Usage: cxdesk [--db FILE] [--lang CODE]            open the CX Desk window\n"
               "       cxdesk [--db FILE] COMMAND [OPTIONS...]      run a command without the "
               "window\n"
               "\n"
               "CX Desk keeps a small business's customer journeys, customers, interactions,\n"
               "surveys and follow-up actions in one local SQLite file, or in a database\n"
               "on a PostgreSQL server that a team shares.\n"
               "\n"
               "Options:\n"
               "  --db FILE      the database to use (default: $CXDESK_DB, else %1);\n"
               "                 on a server, its address: "
               "postgresql://USER@HOST:PORT/DBNAME?sslmode=require\n"
               "                 (the password comes from PGPASSWORD, ~/.pgpass or the "
               "system keychain)\n"
               "  --lang CODE    the language for dates and numbers, for example de, fr, es\n"
               "  --help         this help; COMMAND --help (or help COMMAND) for a "
               "command's own\n"
               "  --version      the version\n"
               "\n"
               "Commands:\n"
               "%2"
               "\n"
               "Exit status: 0 success, 1 the work failed, 2 a usage error.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()), list);
}

int runCommand(const Invocation& inv, QTextStream& out, QTextStream& err, const Painters& painters)
{
    const Command* command = findCommand(inv.command);
    if (!command) {
        err << "cxdesk: unknown command '" << inv.command << "' (see cxdesk --help)\n";
        return Usage;
    }
    const Context c{inv, out, err, painters};
    QVector<OptionSpec> specs = command->options;
    specs.push_back({"help", false});
    ParsedOptions p;
    QString error;
    if (!parseOptions(inv.args, specs, &p, &error))
        return c.usage(error);
    if (p.has(QStringLiteral("help"))) {
        out << command->help;
        return Ok;
    }
    return command->run(c, p);
}

} // namespace cx::cli
