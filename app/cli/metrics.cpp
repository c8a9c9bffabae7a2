#include "core/metrics/metrics.h"

#include "app/cli/command.h"
#include "app/cli/metricsformat.h"
#include "core/journeys/journeyrepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] metrics [--from DATE] [--to DATE] [--channel NAME] [--segment "
    "NAME]\n"
    "                                  [--survey UUID] [--by channel|touchpoint|segment|month] "
    "[--json]\n"
    "\n"
    "Prints NPS (with its 95% margin), CSAT, satisfaction index, CES, resolution time,\n"
    "acquisition, churn, conversion and the perception gap for a period. Both ends of the\n"
    "period are included; it starts at the earliest date in the database and ends today\n"
    "unless --from and --to say otherwise.\n"
    "\n"
    "  --from DATE       first day, YYYY-MM-DD\n"
    "  --to DATE         last day, YYYY-MM-DD\n"
    "  --channel NAME    only responses and interactions on this channel\n"
    "  --segment NAME    only customers of this segment (and their responses and interactions)\n"
    "  --survey UUID     only responses to this survey\n"
    "  --by WHAT         one group per channel, touchpoint, segment or month\n"
    "  --json            machine-readable output, values unrounded\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 0, QString(), &status))
        return status;
    QString error;
    MetricsFilter f;
    if (!parsePeriod(c, p, &f.from, &f.to, &status))
        return status;
    GroupBy by = GroupBy::None;
    const QString byName = p.value(QStringLiteral("by"));
    if (p.has(QStringLiteral("by"))) {
        static const QHash<QString, GroupBy> names = {
            {QStringLiteral("channel"), GroupBy::Channel},
            {QStringLiteral("touchpoint"), GroupBy::Touchpoint},
            {QStringLiteral("segment"), GroupBy::Segment},
            {QStringLiteral("month"), GroupBy::Month}};
        if (!names.contains(byName))
            return c.usage(
                QStringLiteral("--by '%1' is not one of channel, touchpoint, segment, month")
                    .arg(byName));
        by = names.value(byName);
    }
    if (p.has(QStringLiteral("segment"))) {
        f.segment = p.value(QStringLiteral("segment"));
        if (f.segment.isEmpty())
            return c.usage(QStringLiteral("--segment needs a name"));
    }

    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    QStringList scope;
    if (p.has(QStringLiteral("channel"))) {
        const QString name = p.value(QStringLiteral("channel"));
        const auto channel = JourneyRepository(db.sql()).channelByName(name);
        if (!channel) {
            QStringList known;
            for (const Channel& ch : JourneyRepository(db.sql()).channels())
                known << ch.name;
            return c.usage(QStringLiteral("no channel is named '%1' (channels: %2)")
                               .arg(name, known.join(QStringLiteral(", "))));
        }
        f.channelId = channel->id;
        scope << QStringLiteral("channel %1").arg(channel->name);
    }
    if (!f.segment.isEmpty())
        scope << QStringLiteral("segment %1").arg(f.segment);
    if (p.has(QStringLiteral("survey"))) {
        const auto survey = surveyByUuid(c, db, p.value(QStringLiteral("survey")), &status);
        if (!survey)
            return status;
        f.surveyId = survey->id;
        scope << QStringLiteral("survey \"%1\"").arg(survey->title);
    }

    MetricsEngine engine(db.sql());
    const bool json = p.has(QStringLiteral("json"));
    if (by == GroupBy::None) {
        MetricValues v;
        if (!engine.compute(f, &v, &error))
            return c.fail(error);
        if (json) {
            QJsonObject o = v.toJson();
            o.insert(QStringLiteral("from"), v.from.toString(Qt::ISODate));
            o.insert(QStringLiteral("to"), v.to.toString(Qt::ISODate));
            printJson(c.out, QJsonDocument(o));
        } else {
            c.out << formatMetrics(v, scope.isEmpty() ? QStringLiteral("everything")
                                                      : scope.join(QStringLiteral(", ")));
        }
        return Ok;
    }
    QVector<MetricGroup> groups;
    if (!engine.computeGroups(f, by, &groups, &error))
        return c.fail(error);
    if (json) {
        QJsonArray array;
        for (const MetricGroup& g : groups) {
            QJsonObject o = g.values.toJson();
            o.insert(QStringLiteral("key"), g.key);
            if (g.id > 0)
                o.insert(QStringLiteral("id"), g.id);
            o.insert(QStringLiteral("from"), g.values.from.toString(Qt::ISODate));
            o.insert(QStringLiteral("to"), g.values.to.toString(Qt::ISODate));
            array.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("groups"), array);
        printJson(c.out, QJsonDocument(root));
    } else {
        c.out << formatMetricGroups(groups, byName);
    }
    return Ok;
}

} // namespace

Command metricsCommand()
{
    Command command;
    command.name = "metrics";
    command.summary = "NPS, CSAT, CES, churn, resolution time and more for a period";
    command.help = kHelp;
    command.options = {{"from", true},   {"to", true}, {"channel", true}, {"segment", true},
                       {"survey", true}, {"by", true}, {"json", false}};
    command.run = run;
    return command;
}

} // namespace cx::cli
