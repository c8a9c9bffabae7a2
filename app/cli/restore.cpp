#include "app/cli/command.h"
#include "core/storage/location.h"
#include "core/storage/maintenance.h"

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] restore FILE\n\n"
    "Checks that FILE is a sound CX Desk database (integrity, schema version) and puts it\n"
    "in place of the database. The database it replaces is kept beside it as\n"
    "NAME.before-restore-DATE-TIME.\n"
    "\n"
    "On a PostgreSQL server (--db postgresql://...) FILE is a backup file (as backup\n"
    "writes it there); its data replaces the server's in one transaction, and what the\n"
    "server held before is first written to DATABASE.before-restore-DATE-TIME.sqlite\n"
    "beside FILE.\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 1, QStringLiteral("name the backup file to restore"), &status))
        return status;
    QString error;
    const QString target = databasePath(c.inv);
    QString kept;
    if (DatabaseLocation::looksLikeServer(target)) {
        Database server;
        if (!c.openDatabase(&server, &status))
            return status;
        if (!restoreServerDatabase(server.sql(), p.positional.first(), &kept, &error))
            return c.fail(error);
        c.out << "Restored " << p.positional.first() << " into " << server.path()
              << "; what it held before is kept as " << kept << "\n";
        return Ok;
    }
    if (!restoreDatabase(p.positional.first(), target, &kept, &error))
        return c.fail(error);
    c.out << "Restored " << p.positional.first() << " into " << target;
    if (!kept.isEmpty())
        c.out << "; the previous database is kept as " << kept;
    c.out << "\n";
    return Ok;
}

} // namespace

Command restoreCommand()
{
    Command command;
    command.name = "restore";
    command.arguments = "FILE";
    command.summary = "verify a backup and put it in place of the database";
    command.help = kHelp;
    command.run = run;
    return command;
}

} // namespace cx::cli
