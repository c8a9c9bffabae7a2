#include "app/cli/command.h"
#include "core/storage/database.h"

#include <QDir>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] screenshot DIR\n\n"
    "Renders every page of the window on the current database to DIR/NAME.png,\n"
    "without a display.\n";

int run(const Context& c, const ParsedOptions& p)
{
    if (p.positional.size() != 1)
        return c.usage(QStringLiteral("name one folder for the pictures"));
    const QDir dir(p.positional.first());
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return c.fail(QStringLiteral("cannot create folder '%1'").arg(dir.path()));
    Database db;
    int status = Ok;
    if (!c.openDatabase(&db, &status))
        return status;
    if (!c.painters.screenshots)
        return c.fail(QStringLiteral("this build cannot draw the window"));
    QString error;
    if (!c.painters.screenshots(db, dir, c.out, &error))
        return c.fail(error);
    return Ok;
}

} // namespace

Command screenshotCommand()
{
    Command command;
    command.name = "screenshot";
    command.arguments = "DIR";
    command.summary = "render every page of the window to DIR/NAME.png";
    command.help = kHelp;
    command.needsPainters = true;
    command.run = run;
    return command;
}

} // namespace cx::cli
