#include "app/cli/command.h"
#include "core/io/importer.h"

#include <QFileInfo>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] import customers|interactions|responses FILE [--survey UUID]\n"
    "                                 [--map FIELD=HEADER]... [--date-format DMY|MDY|YMD]\n"
    "                                 [--skip-invalid] [--create-missing] [--dry-run]\n"
    "\n"
    "Reads a CSV file (header row required, columns in any order) or a JSON array of records\n"
    "as export --format json writes them, such as the responses a kiosk computer collected\n"
    "(the offline exchange file); the content, not the name, tells which.\n"
    "\n"
    "Formats read:\n"
    "  CSV           comma, semicolon or tab separated (found from the header), fields in\n"
    "                double quotes where needed (RFC 4180)\n"
    "  JSON          an array of objects, one per record, keyed like the CSV headers\n"
    "  encodings     UTF-8 with or without its byte order mark, UTF-16 with its mark\n"
    "                (\"Unicode text\"), else Windows-1252 (said in a notice)\n"
    "  dates         2026-11-03, 2026/11/03, 03.11.2026 (day first), 03/11/2026 and\n"
    "                03-11-2026 (day or month first: a value above 12 in any row tells\n"
    "                which, else --date-format), each optionally followed by HH:mm or\n"
    "                HH:mm:ss; timestamps also as 2026-11-03T14:05:00+01:00. A date and\n"
    "                time without a UTC offset is this computer's local time.\n"
    "\n"
    "Every field is checked; each problem is printed as\n"
    "FILE:LINE: column 'HEADER': what is wrong. If any row is invalid nothing is imported,\n"
    "unless --skip-invalid. Importing the same file again changes nothing: customers match\n"
    "on external_id, interactions and responses on uuid (or on one derived from the row's\n"
    "content).\n"
    "\n"
    "  customers     external_id, name; optional email, phone, segment, first_contact_on,\n"
    "                converted_on, churned_on, notes, tags (separated by ;), and one column\n"
    "                per custom field of Settings, headed by the field's name\n"
    "  interactions  occurred_at; optional uuid, customer_external_id, channel, touchpoint, kind,\n"
    "                outcome, staff_rating, customer_rating, resolved_at, notes\n"
    "  responses     submitted_at and one column per question code of --survey UUID (required);\n"
    "                optional uuid, customer_external_id, channel, source\n"
    "\n"
    "  --map FIELD=HEADER  read FIELD from the column called HEADER\n"
    "  --date-format DMY|MDY|YMD\n"
    "                      how dates like 03/11/2026 are written when no row tells: DMY day\n"
    "                      first (3 November), MDY month first (11 March); YMD (2026/11/03)\n"
    "                      is always read so\n"
    "  --skip-invalid      import the valid rows; the others go to FILE.rejected.csv with a "
    "reason\n"
    "  --create-missing    add the channels, touchpoints and customers that rows name\n"
    "  --dry-run           check and report only; nothing is written\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(
            c, p, 2,
            QStringLiteral(
                "name what to import (customers, interactions or responses) and the file"),
            &status))
        return status;
    ImportOptions o;
    if (!recordKindFromName(p.positional.first(), &o.kind))
        return c.usage(QStringLiteral("'%1' is not customers, interactions or responses")
                           .arg(p.positional.first()));
    o.path = p.positional.at(1);
    for (const QString& m : p.values.value(QStringLiteral("map"))) {
        const int eq = m.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == m.size() - 1)
            return c.usage(QStringLiteral("--map '%1' is not FIELD=HEADER").arg(m));
        o.map.insert(m.left(eq), m.mid(eq + 1));
    }
    o.skipInvalid = p.has(QStringLiteral("skip-invalid"));
    o.createMissing = p.has(QStringLiteral("create-missing"));
    o.dryRun = p.has(QStringLiteral("dry-run"));
    if (p.has(QStringLiteral("date-format")) &&
        !dateOrderFromName(p.value(QStringLiteral("date-format")), &o.dateOrder))
        return c.usage(QStringLiteral("--date-format '%1' is not DMY, MDY or YMD")
                           .arg(p.value(QStringLiteral("date-format"))));
    if (o.kind == RecordKind::Responses && !p.has(QStringLiteral("survey")))
        return c.usage(QStringLiteral("responses are imported into one survey: add --survey UUID"));
    if (!QFileInfo::exists(o.path))
        return c.fail(QStringLiteral("%1: no such file").arg(o.path));

    Database db;
    if (!c.openDatabase(&db, &status))
        return status;
    if (o.kind == RecordKind::Responses) {
        const auto survey = surveyByUuid(c, db, p.value(QStringLiteral("survey")), &status);
        if (!survey)
            return status;
        o.surveyId = survey->id;
    }
    Importer importer(db.sql());
    ImportReport r;
    QString error;
    if (!importer.run(o, &r, &error))
        return c.fail(error);
    for (const QString& notice : std::as_const(r.notices))
        c.err << "cxdesk: import: " << notice << "\n";
    for (const QString& problem : std::as_const(r.problems))
        c.err << problem << "\n";
    if (r.problemCount > r.problems.size())
        c.err << "... and " << (r.problemCount - r.problems.size()) << " more problems\n";
    const QString what = p.positional.first();
    if (o.dryRun) {
        c.out << "Checked " << r.rows << " rows of " << o.path << ": " << (r.rows - r.rejected)
              << " valid, " << r.rejected << " invalid; nothing was written\n";
        return r.problemCount > 0 ? Failed : Ok;
    }
    if (r.problemCount > 0 && !o.skipInvalid) {
        c.err << "cxdesk: import: " << r.rejected << " of " << r.rows
              << " rows are invalid; nothing was imported (fix them, or use --skip-invalid)\n";
        return Failed;
    }
    c.out << "Imported " << what << " from " << o.path << ": " << r.added << " added, " << r.updated
          << " updated, " << r.unchanged << " unchanged";
    if (r.rejected > 0)
        c.out << ", " << r.rejected << " rejected (see " << r.rejectedFile << ")";
    if (r.followUps > 0)
        c.out << "; " << r.followUps
              << (r.followUps == 1 ? " follow-up action" : " follow-up actions") << " opened";
    c.out << "\n";
    return Ok;
}

} // namespace

Command importCommand()
{
    Command command;
    command.name = "import";
    command.arguments = "KIND FILE";
    command.summary = "read customers, interactions or responses from CSV or JSON";
    command.help = kHelp;
    command.options = {{"map", true},      {"skip-invalid", false}, {"create-missing", false},
                       {"dry-run", false}, {"date-format", true},   {"survey", true}};
    command.run = run;
    return command;
}

} // namespace cx::cli
