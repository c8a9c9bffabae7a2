#include "core/reports/report.h"

#include "app/cli/command.h"
#include "core/common/clock.h"
#include "core/customers/customerrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/metrics/metrics.h"

#include <QDir>
#include <QFileInfo>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] report summary|survey|journey|customer --out FILE.pdf\n"
    "                          [--from DATE] [--to DATE] [--survey UUID] [--journey NAME]\n"
    "                          [--customer EXTERNAL_ID]\n"
    "\n"
    "Writes a printable PDF report (A4, or Letter where that is the norm):\n"
    "  summary    the period: headline figures against the period before, NPS by\n"
    "             month, channels, touchpoints, the perception gap, the weakest\n"
    "             touchpoints, detractors' themes and follow-up actions\n"
    "  survey     one survey (--survey UUID): every question and the written answers\n"
    "  journey    one journey (--journey NAME): persona, the map, every touchpoint\n"
    "  customer   one customer (--customer EXTERNAL_ID): profile, scores, timeline\n"
    "\n"
    "  --out FILE.pdf      where to write it (required)\n"
    "  --from DATE         first day, YYYY-MM-DD (summary: default the last 30 days)\n"
    "  --to DATE           last day, YYYY-MM-DD (default today)\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(
            c, p, 1, QStringLiteral("which report? summary, survey, journey or customer"), &status))
        return status;
    const QString kind = p.positional.first();
    static const QStringList kinds = {QStringLiteral("summary"), QStringLiteral("survey"),
                                      QStringLiteral("journey"), QStringLiteral("customer")};
    if (!kinds.contains(kind))
        return c.usage(
            QStringLiteral("'%1' is not a report; use summary, survey, journey or customer")
                .arg(kind));
    const QString file = p.value(QStringLiteral("out"));
    if (file.isEmpty())
        return c.usage(QStringLiteral("--out FILE.pdf is required"));
    QString error;
    QDate from, to;
    if (!parsePeriod(c, p, &from, &to, &status))
        return status;
    const QDate today = clock::today();
    if (!to.isValid())
        to = today;
    const QFileInfo target(file);
    if (!target.absoluteDir().exists())
        return c.fail(QStringLiteral("cannot write '%1': folder '%2' does not exist")
                          .arg(file, target.absolutePath()));
    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    Report report;
    bool built = false;
    if (kind == QLatin1String("summary")) {
        MetricsFilter f;
        f.from = from.isValid() ? from : to.addDays(-29);
        f.to = to;
        built = summaryReport(db.sql(), f, today, &report, &error);
    } else if (kind == QLatin1String("survey")) {
        const QString uuid = p.value(QStringLiteral("survey"));
        if (uuid.isEmpty())
            return c.usage(QStringLiteral(
                "a survey report needs --survey UUID (cxdesk survey list shows them)"));
        const auto survey = surveyByUuid(c, db, uuid, &status);
        if (!survey)
            return status;
        built = surveyReport(db.sql(), survey->id, from, to, today, &report, &error);
    } else if (kind == QLatin1String("journey")) {
        const QString name = p.value(QStringLiteral("journey"));
        if (name.isEmpty())
            return c.usage(QStringLiteral("a journey report needs --journey NAME"));
        qint64 id = 0;
        QStringList names;
        for (const Journey& j : JourneyRepository(db.sql()).journeys()) {
            names << j.name;
            if (j.name.compare(name, Qt::CaseInsensitive) == 0)
                id = j.id;
        }
        if (!id)
            return c.usage(QStringLiteral("no journey is called '%1'; there are: %2")
                               .arg(name, names.join(QStringLiteral(", "))));
        built = journeyReport(db.sql(), id, from, to, today, &report, &error);
    } else {
        const QString external = p.value(QStringLiteral("customer"));
        if (external.isEmpty())
            return c.usage(QStringLiteral("a customer report needs --customer EXTERNAL_ID"));
        const auto customer = CustomerRepository(db.sql()).byExternalId(external);
        if (!customer)
            return c.usage(QStringLiteral("no customer has the external id '%1'").arg(external));
        built = customerReport(db.sql(), customer->id, today, &report, &error);
    }
    if (!built)
        return c.fail(error);
    if (!c.painters.reportPdf)
        return c.fail(QStringLiteral("this build cannot draw reports"));
    int pages = 0;
    if (!c.painters.reportPdf(report, db, file, &pages, &error))
        return c.fail(error);
    c.out << "Wrote " << kind << " report \"" << report.title << "\" (" << pages
          << (pages == 1 ? " page" : " pages") << ") to " << file << "\n";
    return Ok;
}

} // namespace

Command reportCommand()
{
    Command command;
    command.name = "report";
    command.arguments = "KIND";
    command.summary = "write a printable PDF report: summary, survey, journey or customer";
    command.help = kHelp;
    command.options = {{"out", true},    {"from", true},    {"to", true},
                       {"survey", true}, {"journey", true}, {"customer", true}};
    command.needsPainters = true;
    command.run = run;
    return command;
}

} // namespace cx::cli
