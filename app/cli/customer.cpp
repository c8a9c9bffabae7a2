#include "app/cli/command.h"
#include "core/customers/privacy.h"
#include "core/io/privatefile.h"

#include <QJsonObject>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] customer export EXTERNAL_ID [--out FILE]\n"
    "       cxdesk [--db FILE] customer erase EXTERNAL_ID [--purge]\n"
    "\n"
    "export writes everything held about one customer as JSON: the profile, interactions,\n"
    "survey responses with their answers, and follow-up actions.\n"
    "erase removes the customer, the notes of their interactions, their written answers and\n"
    "their follow-up actions. Their scores and interactions stay, anonymous, so the metrics\n"
    "keep their history; --purge deletes their responses and interactions too. Erased data is\n"
    "overwritten in the file, not just unlinked.\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 2, QStringLiteral("say export or erase, and the customer's number"),
                          &status))
        return status;
    const QString action = p.positional.first(), externalId = p.positional.at(1);
    if (action != QLatin1String("export") && action != QLatin1String("erase"))
        return c.usage(QStringLiteral("'%1' is not export or erase").arg(action));
    if (action == QLatin1String("export") && p.has(QStringLiteral("purge")))
        return c.usage(QStringLiteral("--purge goes with erase"));
    if (action == QLatin1String("erase") && p.has(QStringLiteral("out")))
        return c.usage(QStringLiteral("--out goes with export"));
    Database db;
    // Erasing from a database that is not there can only fail, and a failed
    // command leaves the disk as it was: neither action creates one.
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    QString error;
    if (action == QLatin1String("export")) {
        QJsonObject o;
        if (!exportCustomer(db.sql(), externalId, &o, &error))
            return c.fail(error);
        const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Indented);
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            c.out << QString::fromUtf8(json);
            return Ok;
        }
        if (!writePrivateFile(out, json, &error))
            return c.fail(QStringLiteral("cannot write '%1': %2").arg(out, error));
        return Ok;
    }
    EraseReport r;
    if (!eraseCustomer(db.sql(), externalId, p.has(QStringLiteral("purge")), &r, &error))
        return c.fail(error);
    if (p.has(QStringLiteral("purge")))
        c.out << "Erased customer " << externalId << " with " << r.interactions << " interactions, "
              << r.responses << " survey responses and " << r.actions << " follow-up actions\n";
    else
        c.out << "Erased customer " << externalId << ", " << r.actions
              << " follow-up actions and their written answers; " << r.interactions
              << " interactions and " << r.responses << " responses stay, anonymous\n";
    return Ok;
}

} // namespace

Command customerCommand()
{
    Command command;
    command.name = "customer";
    command.arguments = "export|erase ID";
    command.summary = "everything about one customer as JSON, or erase them";
    command.help = kHelp;
    command.options = {{"out", true}, {"purge", false}};
    command.run = run;
    return command;
}

} // namespace cx::cli
