#include "core/storage/team.h"

#include "app/cli/command.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] team add NAME --role owner|staff|counter [--password-file FILE]\n"
    "       cxdesk [--db FILE] team list [--json]\n"
    "       cxdesk [--db FILE] team remove NAME\n"
    "\n"
    "FILE is a server's address here (postgresql://USER@HOST/DBNAME): accounts are a server's.\n"
    "The accounts of the business on its server, each a login of its own, and what each\n"
    "may do (the server enforces it):\n"
    "  owner    everything: settings, erase, restore, copy and the accounts\n"
    "  staff    customers, interactions, follow-ups, surveys, results and reports\n"
    "  counter  a kiosk: reads the active surveys and adds responses, nothing else\n"
    "Only an owner may add or remove accounts. The password (8 characters or more) is\n"
    "asked for twice, or read from the first line of --password-file. Removing an account\n"
    "keeps what the person entered, with their name on it.\n";

// A line from the terminal without echo, or from standard input when it is no terminal.
QString readSecret(const char* prompt)
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fputs(prompt, stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QByteArray line;
    for (int ch = std::fgetc(stdin); ch != EOF && ch != '\n'; ch = std::fgetc(stdin))
        line.append(char(ch));
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputs("\n", stderr);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

bool passwordFor(const Context& c, const ParsedOptions& p, const QString& name, QString* password,
                 int* status)
{
    const QString file = p.value(QStringLiteral("password-file"));
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly)) {
            *status = c.fail(QStringLiteral("cannot read the password file '%1': %2")
                                 .arg(file, f.errorString()));
            return false;
        }
        QByteArray line = f.readLine();
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        *password = QString::fromUtf8(line);
        if (password->isEmpty()) {
            *status = c.fail(QStringLiteral("the first line of '%1' is empty").arg(file));
            return false;
        }
        return true;
    }
    const QByteArray prompt = QStringLiteral("Password for %1: ").arg(name).toUtf8();
    *password = readSecret(prompt.constData());
    if (isatty(STDIN_FILENO) && readSecret("The same password again: ") != *password) {
        *status = c.fail(QStringLiteral("the two passwords differ; nothing was changed"));
        return false;
    }
    return true;
}

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    const QString action = p.positional.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") &&
        action != QLatin1String("remove"))
        return c.usage(action.isEmpty()
                           ? QStringLiteral("say add, list or remove")
                           : QStringLiteral("'%1' is not add, list or remove").arg(action));
    const bool list = action == QLatin1String("list");
    if (!expectPositional(c, p, list ? 1 : 2, QStringLiteral("name the account"), &status))
        return status;
    const QString name = p.positional.value(1);
    std::optional<TeamRole> role;
    if (action == QLatin1String("add")) {
        if (!p.has(QStringLiteral("role")))
            return c.usage(QStringLiteral("say the account's --role: owner, staff or counter"));
        role = teamRoleFromName(p.value(QStringLiteral("role")));
        if (!role)
            return c.usage(QStringLiteral("--role '%1' is not owner, staff or counter")
                               .arg(p.value(QStringLiteral("role"))));
        if (const QString problem = teamNameProblem(name); !problem.isEmpty())
            return c.usage(problem);
    }
    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    if (!db.isServer())
        return c.fail(QStringLiteral("%1 is a file: accounts belong to a database on a server "
                                     "(--db postgresql://USER@HOST/DBNAME)")
                          .arg(db.path()));
    QString error;
    if (list) {
        QVector<TeamMember> members;
        if (!teamMembers(db.sql(), &members, &error))
            return c.fail(error);
        if (p.has(QStringLiteral("json"))) {
            QJsonArray all;
            for (const TeamMember& m : members)
                all.append(QJsonObject{{QStringLiteral("name"), m.name},
                                       {QStringLiteral("role"), teamRoleName(m.role)}});
            printJson(c.out, QJsonDocument(QJsonObject{{QStringLiteral("members"), all}}));
            return Ok;
        }
        for (const TeamMember& m : members)
            c.out << m.name.leftJustified(24) << ' ' << teamRoleName(m.role) << '\n';
        if (members.isEmpty())
            c.out << "No accounts yet: add one with cxdesk team add NAME --role ROLE\n";
        return Ok;
    }
    if (role) {
        QString password;
        if (!passwordFor(c, p, name, &password, &status))
            return status;
        if (!addTeamMember(db.sql(), name, *role, password, &error))
            return c.fail(error);
        c.out << "Added " << name << " as " << teamRoleName(*role) << '\n';
        return Ok;
    }
    if (!removeTeamMember(db.sql(), name, &error))
        return c.fail(error);
    c.out << "Removed " << name << '\n';
    return Ok;
}

} // namespace

Command teamCommand()
{
    Command command;
    command.name = "team";
    command.arguments = "add|list|remove";
    command.summary = "the accounts of the business on its server, and their roles";
    command.help = kHelp;
    command.options = {{"json", false}, {"role", true}, {"password-file", true}};
    command.run = run;
    return command;
}

} // namespace cx::cli
