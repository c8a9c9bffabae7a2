#include "core/storage/copy.h"

#include "app/cli/command.h"
#include "core/storage/location.h"
#include "core/storage/maintenance.h"

#include <QFileInfo>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] copy [--from DB] --to DB [--force]\n\n"
    "Copies a whole CX Desk database into another, between a file and a PostgreSQL\n"
    "server either way: a file to a server to start working as a team, a server to a\n"
    "file to take a copy home. DB is a file or a postgresql:// address. The source is\n"
    "read from one snapshot while others keep working. A new file or an empty server\n"
    "database receives the CX Desk tables first. The copy is written in one transaction\n"
    "and compared with the source table by table (row counts and checksums) before it\n"
    "is kept; the numbering of each table continues after the copied rows.\n"
    "\n"
    "  --from DB   the database to copy (default: --db or CXDESK_DB)\n"
    "  --to DB     where the copy goes\n"
    "  --force     replace the data of a target that already holds a business\n";

// Whether two names are the same database: one file, or one database on one server.
bool sameDatabase(const QString& a, const QString& b)
{
    DatabaseLocation la, lb;
    QString ignored; // an address that does not parse fails to open, with its reason
    if (!DatabaseLocation::parse(a, &la, &ignored) || !DatabaseLocation::parse(b, &lb, &ignored))
        return false;
    if (la.isServer() != lb.isServer())
        return false;
    if (la.isServer())
        return la.displayText() == lb.displayText();
    const QFileInfo fa(a), fb(b);
    return fa.exists() && fb.exists() ? fa.canonicalFilePath() == fb.canonicalFilePath()
                                      : fa.absoluteFilePath() == fb.absoluteFilePath();
}

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 0, QString(), &status))
        return status;
    const QString from =
        p.has(QStringLiteral("from")) ? p.value(QStringLiteral("from")) : databasePath(c.inv);
    const QString to = p.value(QStringLiteral("to"));
    if (to.isEmpty())
        return c.usage(QStringLiteral("name the target with --to"));
    if (sameDatabase(from, to))
        return c.usage(QStringLiteral("--from and --to name the same database"));

    QString error;
    Database source;
    if (!source.open(from, &error, Database::OpenMode::MustExist))
        return c.fail(error);
    Database target;
    if (!target.open(to, &error))
        return c.fail(error);
    const bool force = p.has(QStringLiteral("force"));
    if (!force && holdsABusiness(target.sql()))
        return c.fail(QStringLiteral("%1 already holds a business; it is left as it was (--force "
                                     "replaces its data with the copy)")
                          .arg(target.path()));

    CopyOptions options;
    options.replace = force;
    QVector<CopiedTable> tables;
    if (!copyDatabase(source.sql(), target.sql(), options, &tables, &error))
        return c.fail(
            QStringLiteral("cannot copy %1 to %2: %3").arg(source.path(), target.path(), error));
    qint64 rows = 0;
    for (const CopiedTable& t : std::as_const(tables))
        rows += t.rows;
    c.out << "Copied " << source.path() << " to " << target.path() << ": " << count(rows)
          << " rows in " << tables.size() << " tables, each checked against the source\n";
    for (const CopiedTable& t : std::as_const(tables))
        c.out << "  " << t.table.leftJustified(24) << count(t.rows).rightJustified(10) << "  "
              << QString::fromLatin1(t.checksum) << "\n";
    return Ok;
}

} // namespace

Command copyCommand()
{
    Command command;
    command.name = "copy";
    command.arguments = "--from DB --to DB";
    command.summary = "copy a whole database between a file and a server, verified";
    command.help = kHelp;
    command.options = {{"from", true}, {"to", true}, {"force", false}};
    command.run = run;
    return command;
}

} // namespace cx::cli
