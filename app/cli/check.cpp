#include "app/cli/command.h"
#include "core/metrics/dailysums.h"
#include "core/storage/maintenance.h"

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] check [--repair]\n\n"
    "Runs SQLite's integrity and foreign-key checks and CX Desk's own: scores within\n"
    "their scales, resolutions not before their interactions, question codes unique\n"
    "within a survey, readable dates, and the daily sums behind the dashboard against\n"
    "the raw rows. Prints ok (exit 0) or one line per problem (exit 1).\n"
    "\n"
    "  --repair   rebuild daily sums that differ from the raw rows (one transaction),\n"
    "             then check again\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 0, QString(), &status))
        return status;
    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    QStringList problems = checkDatabase(db.sql());
    if (p.has(QStringLiteral("repair"))) {
        QString error;
        const QStringList drift = dailySumDrift(db.sql(), 1 << 30, &error);
        if (!error.isEmpty())
            return c.fail(error);
        if (!drift.isEmpty()) {
            if (!repairDailySums(db.sql(), &error))
                return c.fail(error);
            c.out << "Rebuilt the daily sums from the raw rows (" << drift.size()
                  << " of them differed)\n";
            problems = checkDatabase(db.sql());
        }
    }
    if (problems.isEmpty()) {
        c.out << "ok\n";
        return Ok;
    }
    for (const QString& line : problems)
        c.err << db.path() << ": " << line << "\n";
    return Failed;
}

} // namespace

Command checkCommand()
{
    Command command;
    command.name = "check";
    command.summary = "integrity, foreign-key and data checks; prints ok or each problem";
    command.help = kHelp;
    command.options = {{"repair", false}};
    command.run = run;
    return command;
}

} // namespace cx::cli
