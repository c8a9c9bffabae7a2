#include "app/cli/command.h"
#include "core/storage/maintenance.h"

#include <QFileInfo>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] backup FILE\n\n"
    "Writes a consistent copy of the database to FILE, safe while the window or another\n"
    "command is using it. FILE is replaced only once the copy is complete.\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 1, QStringLiteral("name the backup file"), &status))
        return status;
    QString error;
    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    if (!backupDatabase(db.sql(), p.positional.first(), &error))
        return c.fail(error);
    c.out << "Backed up " << db.path() << " to " << p.positional.first() << " ("
          << fixed(QFileInfo(p.positional.first()).size() / 1048576.0, 1) << " MB)\n";
    return Ok;
}

} // namespace

Command backupCommand()
{
    Command command;
    command.name = "backup";
    command.arguments = "FILE";
    command.summary = "write a consistent copy of the database, even while it is in use";
    command.help = kHelp;
    command.run = run;
    return command;
}

} // namespace cx::cli
