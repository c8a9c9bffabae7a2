#include "core/demo/demo.h"

#include "app/cli/command.h"

#include <QElapsedTimer>
#include <limits>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] demo [--seed N] [--customers N] [--interactions N] [--responses N] "
    "[--end DATE]\n"
    "\n"
    "Fills an empty database with Crumb & Co., a sample bakery-café with a shop, online\n"
    "orders and a phone line: 3 journeys, 22 touchpoints, 18 months of customers,\n"
    "interactions, three surveys with comments, and follow-up actions for detractors.\n"
    "The same seed (and end date) always gives the same data.\n"
    "\n"
    "  --seed N           random seed (default 1)\n"
    "  --customers N      customers (default 500)\n"
    "  --interactions N   interactions (default 6000)\n"
    "  --responses N      survey responses (default 1500)\n"
    "  --end DATE         last day of the history, YYYY-MM-DD (default yesterday)\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 0, QString(), &status))
        return status;
    QString error;
    qint64 seed = 1, customers = 500, interactions = 6000, responses = 1500;
    DemoOptions o;
    if (!parseCount(p, "seed", 0, std::numeric_limits<qint64>::max(), &seed, &error) ||
        !parseCount(p, "customers", 1, 10000000, &customers, &error) ||
        !parseCount(p, "interactions", 0, 100000000, &interactions, &error) ||
        !parseCount(p, "responses", 0, 100000000, &responses, &error) ||
        !parseDateOption(p, "end", &o.end, &error))
        return c.usage(error);
    o.seed = quint64(seed);
    o.customers = int(customers);
    o.interactions = int(interactions);
    o.responses = int(responses);

    Database db;
    if (!c.openDatabase(&db, &status))
        return status;
    QElapsedTimer timer;
    timer.start();
    DemoGenerator generator(db.sql());
    DemoSummary s;
    if (!generator.generate(o, &s, &error))
        return c.fail(error);
    c.out << QStringLiteral("Created the sample business Crumb & Co. in %1: %2 journeys, %3 "
                            "touchpoints, %4 customers, "
                            "%5 interactions, %6 survey responses, %7 follow-up actions (%8 s)\n")
                 .arg(db.path())
                 .arg(s.journeys)
                 .arg(s.touchpoints)
                 .arg(count(s.customers), count(s.interactions), count(s.responses),
                      count(s.actions))
                 .arg(fixed(timer.elapsed() / 1000.0, 1));
    return Ok;
}

} // namespace

Command demoCommand()
{
    Command command;
    command.name = "demo";
    command.summary = "fill an empty database with a sample bakery-café business";
    command.help = kHelp;
    command.options = {{"seed", true},
                       {"customers", true},
                       {"interactions", true},
                       {"responses", true},
                       {"end", true}};
    command.run = run;
    return command;
}

} // namespace cx::cli
