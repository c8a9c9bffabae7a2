#include "app/cli/command.h"
#include "app/cli/mailmerge.h"
#include "core/io/exporter.h"
#include "core/io/privatefile.h"
#include "core/surveys/surveyrepository.h"

#include <QFile>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] export customers|interactions|responses [--survey UUID] [--format "
    "csv|json]\n"
    "                                 [--out FILE]\n"
    "\n"
    "Writes every record of a kind with the same headers that import reads, so an export\n"
    "imports back unchanged. Responses are exported one survey at a time (--survey), one\n"
    "column per question code. Text that a spreadsheet would run as a formula is written\n"
    "with a leading '. Without --out the records go to standard output.\n"
    "\n"
    "  --survey UUID     the survey whose responses to export\n"
    "  --format FORMAT   csv (default) or json (an array of objects with the same keys)\n"
    "  --out FILE        the file to write; it is replaced only once the export is complete\n"
    "\n"
    "       cxdesk [--db FILE] export mailmerge --template apology|thankyou|invitation\n"
    "                                 [--group promoters|passives|detractors|all]\n"
    "                                 [--from DATE] [--to DATE] [--survey UUID] [--out FILE]\n"
    "\n"
    "export mailmerge writes one message to many customers as CSV for the mail merge of a\n"
    "mail program: the columns name, email, message (the template of Settings -> Messages\n"
    "filled in for each customer) and subject. The customers are those whose last NPS\n"
    "answer in the period puts them in the group: promoters 9-10, passives 7-8, detractors\n"
    "0-6, all: everyone who answered. Customers without an email are left out and counted.\n"
    "\n"
    "  --template NAME   the message: apology, thankyou or invitation\n"
    "  --group GROUP     promoters, passives, detractors or all; by default promoters for a\n"
    "                    thank-you, detractors for an apology, all for an invitation\n"
    "  --from DATE       answers from this day (YYYY-MM-DD); default: the first answer\n"
    "  --to DATE         answers until this day, included; default: today\n"
    "  --survey UUID     answers to this survey only\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!p.positional.isEmpty() && p.positional.first() == QLatin1String("mailmerge"))
        return runMailMerge(c, p);
    for (const char* option : {"template", "group", "from", "to"})
        if (p.has(QLatin1String(option)))
            return c.usage(
                QStringLiteral("--%1 is for export mailmerge").arg(QLatin1String(option)));
    if (!expectPositional(
            c, p, 1,
            QStringLiteral("name what to export: customers, interactions, responses or mailmerge"),
            &status))
        return status;
    RecordKind kind;
    if (!recordKindFromName(p.positional.first(), &kind))
        return c.usage(QStringLiteral("'%1' is not customers, interactions or responses")
                           .arg(p.positional.first()));
    FileFormat format = FileFormat::Csv;
    const QString formatName =
        p.has(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("csv");
    if (formatName == QLatin1String("json"))
        format = FileFormat::Json;
    else if (formatName != QLatin1String("csv"))
        return c.usage(QStringLiteral("--format '%1' is not csv or json").arg(formatName));
    if (kind == RecordKind::Responses && !p.has(QStringLiteral("survey")))
        return c.usage(
            QStringLiteral("responses are exported one survey at a time: add --survey UUID"));
    const QString out = p.value(QStringLiteral("out"));
    if (p.has(QStringLiteral("out")) && out.isEmpty())
        return c.usage(QStringLiteral("--out needs a file name"));

    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    qint64 surveyId = 0;
    if (p.has(QStringLiteral("survey"))) {
        const auto survey = SurveyRepository(db.sql()).byUuid(p.value(QStringLiteral("survey")));
        if (!survey)
            return c.usage(QStringLiteral("no survey has the uuid '%1'")
                               .arg(p.value(QStringLiteral("survey"))));
        surveyId = survey->id;
    }
    Exporter exporter(db.sql());
    qint64 exported = 0;
    QString error;
    if (out.isEmpty()) {
        QFile stdoutFile;
        stdoutFile.open(stdout, QIODevice::WriteOnly);
        c.out.flush();
        if (!exporter.write(kind, format, surveyId, &stdoutFile, &exported, &error))
            return c.fail(error);
        return Ok;
    }
    // Written beside the target and moved into place when complete: a failure leaves no half file.
    PrivateFile file(out);
    if (!file.open(&error))
        return c.fail(QStringLiteral("cannot write '%1': %2").arg(out, error));
    if (!exporter.write(kind, format, surveyId, file.device(), &exported, &error)) {
        file.cancel();
        return c.fail(error);
    }
    if (!file.commit(&error))
        return c.fail(QStringLiteral("cannot write '%1': %2").arg(out, error));
    c.err << "Exported " << exported << " " << p.positional.first() << " to " << out << "\n";
    return Ok;
}

} // namespace

Command exportCommand()
{
    Command command;
    command.name = "export";
    command.arguments = "KIND";
    command.summary = "write customers, interactions or responses as CSV or JSON, or a mail merge";
    command.help = kHelp;
    command.options = {{"survey", true}, {"format", true}, {"out", true}, {"template", true},
                       {"group", true},  {"from", true},   {"to", true}};
    command.run = run;
    return command;
}

} // namespace cx::cli
