#include "app/cli/command.h"
#include "core/io/privatefile.h"
#include "core/surveys/surveyfile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] survey list [--json]\n"
    "       cxdesk [--db FILE] survey export UUID [--out FILE]\n"
    "       cxdesk [--db FILE] survey import FILE.json\n"
    "\n"
    "Survey definitions as JSON: title, description, language and the questions with their\n"
    "kind, text, options, scale labels and display logic (show_if). Importing a survey whose\n"
    "uuid exists updates it: questions are matched by code, so their answers stay.\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    const QString action = p.positional.value(0);
    const int expected = action == QLatin1String("list") ? 1 : 2;
    if (action != QLatin1String("list") && action != QLatin1String("export") &&
        action != QLatin1String("import"))
        return c.usage(action.isEmpty()
                           ? QStringLiteral("say list, export or import")
                           : QStringLiteral("'%1' is not list, export or import").arg(action));
    if (!expectPositional(c, p, expected,
                          action == QLatin1String("export")
                              ? QStringLiteral("name the survey's uuid")
                              : QStringLiteral("name the survey file"),
                          &status))
        return status;
    QString error;
    QJsonObject definition;
    Survey fromFile;
    if (action == QLatin1String("import")) {
        QFile file(p.positional.at(1));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(QStringLiteral("%1: %2").arg(
                p.positional.at(1),
                file.exists() ? file.errorString() : QStringLiteral("no such file")));
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
        if (parse.error != QJsonParseError::NoError)
            return c.fail(QStringLiteral("%1: not valid JSON at character %2: %3")
                              .arg(p.positional.at(1))
                              .arg(parse.offset)
                              .arg(parse.errorString()));
        if (!surveyFromJson(doc.object(), &fromFile, &error))
            return c.fail(QStringLiteral("%1: %2").arg(p.positional.at(1), error));
    }
    Database db;
    if (!c.openDatabase(&db, &status,
                        action == QLatin1String("import") ? Database::OpenMode::CreateIfMissing
                                                          : Database::OpenMode::MustExist))
        return status;
    if (action == QLatin1String("list")) {
        const QJsonArray all = listSurveys(db.sql());
        if (p.has(QStringLiteral("json"))) {
            printJson(c.out, QJsonDocument(all));
            return Ok;
        }
        for (const QJsonValue& v : all) {
            const QJsonObject o = v.toObject();
            c.out << o.value(QStringLiteral("uuid")).toString() << "  "
                  << o.value(QStringLiteral("status")).toString().leftJustified(7)
                  << count(o.value(QStringLiteral("responses")).toInteger()).rightJustified(9)
                  << " responses  " << o.value(QStringLiteral("title")).toString() << "\n";
        }
        if (all.isEmpty())
            c.out << "No surveys yet.\n";
        return Ok;
    }
    if (action == QLatin1String("export")) {
        const auto survey = surveyByUuid(c, db, p.positional.at(1), &status);
        if (!survey)
            return status;
        const QByteArray json =
            QJsonDocument(surveyToJson(*survey)).toJson(QJsonDocument::Indented);
        const QString out = p.value(QStringLiteral("out"));
        if (out.isEmpty()) {
            c.out << QString::fromUtf8(json);
            return Ok;
        }
        if (!writePrivateFile(out, json, &error))
            return c.fail(QStringLiteral("cannot write '%1': %2").arg(out, error));
        return Ok;
    }
    bool created = false;
    if (!importSurvey(db.sql(), fromFile, &created, &error))
        return c.fail(QStringLiteral("%1: %2").arg(p.positional.at(1), error));
    c.out << (created ? "Added" : "Updated") << " the survey \"" << fromFile.title << "\" with "
          << fromFile.questions.size() << " questions\n";
    return Ok;
}

} // namespace

Command surveyCommand()
{
    Command command;
    command.name = "survey";
    command.arguments = "list|export|import";
    command.summary = "survey definitions as JSON";
    command.help = kHelp;
    command.options = {{"json", false}, {"out", true}};
    command.run = run;
    return command;
}

} // namespace cx::cli
