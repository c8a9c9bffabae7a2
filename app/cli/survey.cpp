#include "app/cli/command.h"
#include "core/io/privatefile.h"
#include "core/storage/location.h"
#include "core/surveys/import/surveyimport.h"
#include "core/surveys/surveyfile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] survey list [--json]\n"
    "       cxdesk [--db FILE] survey export UUID [--out FILE]\n"
    "       cxdesk [--db FILE] survey import FILE [--language CODE] [--survey UUID] [--dry-run]\n"
    "\n"
    "Survey definitions as JSON: title, description, language and the questions with their\n"
    "kind, text, options, scale labels and display logic (show_if). Importing a survey whose\n"
    "uuid exists updates it: questions are matched by code, so their answers stay.\n"
    "\n"
    "import also reads surveys made in other tools, by their content whatever the file is\n"
    "called: LimeSurvey survey structures (.lss) and archives with their responses (.lsa),\n"
    "Qualtrics survey files (.qsf) and responses exports (CSV), XLSForms (.xlsx) and XForms\n"
    "(.xml) from ODK or KoboToolbox. It prints every question with the kind it becomes or why\n"
    "it is left out, and every display condition kept or dropped, then imports; importing the\n"
    "same file again adds nothing twice.\n"
    "  --language CODE  the language of a multilingual survey to import (default: its base)\n"
    "  --survey UUID    the survey a Qualtrics responses export belongs to (default: the one\n"
    "                   whose question codes match its columns)\n"
    "  --dry-run        print the report and write nothing\n";

// A survey from another tool: the report first, then the import.
// db is null for a dry run where no database exists yet: then everything is new.
int importForeign(const Context& c, const ParsedOptions& p, Database* db,
                  const SourceSurvey& source)
{
    const QString path = p.positional.at(1);
    QString error;
    ImportPlan plan;
    if (source.responsesOnly) {
        if (!db)
            return c.fail(QStringLiteral("there is no database at '%1' to hold these responses")
                              .arg(databasePath(c.inv)));
        if (!planResponses(db->sql(), source, p.value(QStringLiteral("survey")), &plan, &error))
            return c.fail(QStringLiteral("%1: %2").arg(path, error));
    } else {
        // Imported before: the same language and kinds as then, unless told otherwise.
        const QString base = QFileInfo(path).completeBaseName();
        const auto before = db ? importedBefore(db->sql(), source, base) : std::nullopt;
        SourceSurvey read = source;
        const QString language = before ? languageImportedBefore(source, *before) : QString();
        if (p.value(QStringLiteral("language")).isEmpty() && !language.isEmpty() &&
            language != source.language && !readSurveyFile(path, language, &read, &error))
            return c.fail(QStringLiteral("%1: %2").arg(path, error));
        plan = planImport(read, {}, base, before ? &*before : nullptr);
    }
    if (!db)
        plan.newResponses = plan.source.responses.size();
    else if (!checkImport(db->sql(), &plan, &error))
        return c.fail(QStringLiteral("%1: %2").arg(path, error));
    for (const QString& line : importReport(plan))
        c.out << line << "\n";
    if (!source.responsesOnly && plan.survey.questions.isEmpty())
        return c.fail(QStringLiteral("%1: no question of the survey can be imported").arg(path));
    if (p.has(QStringLiteral("dry-run"))) {
        c.out << "Nothing was written (--dry-run).\n";
        return Ok;
    }
    ImportOutcome outcome;
    if (!applyImport(db->sql(), plan, &outcome, &error))
        return c.fail(QStringLiteral("%1: %2 (nothing was imported)").arg(path, error));
    if (!source.responsesOnly)
        c.out << (outcome.created ? "Added" : "Updated") << " the survey \"" << plan.survey.title
              << "\" with " << plan.survey.questions.size() << " questions";
    else
        c.out << "Added to the survey \"" << plan.survey.title << "\"";
    if (source.hasResponses)
        c.out << (source.responsesOnly ? ": " : "; ") << outcome.responsesAdded
              << " responses added, " << outcome.responsesKnown << " imported before";
    if (outcome.responsesRepeated > 0)
        c.out << "; " << outcome.responsesRepeated << " in the file twice taken once";
    if (outcome.answersLeftOut > 0)
        c.out << "; " << outcome.answersLeftOut
              << (outcome.answersLeftOut == 1 ? " answer" : " answers")
              << " fitting no option or scale left out";
    c.out << "\n";
    return Ok;
}

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
    Survey fromFile;
    SourceSurvey source;
    bool foreign = false;
    if (action == QLatin1String("import")) {
        const QString path = p.positional.at(1);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(QStringLiteral("%1: %2").arg(
                path, file.exists() ? file.errorString() : QStringLiteral("no such file")));
        foreign = detectSurveyFormat(file.peek(8192)) != SurveyFileFormat::CxDesk;
        if (foreign) {
            file.close();
            if (!readSurveyFile(path, p.value(QStringLiteral("language")), &source, &error))
                return c.fail(error.startsWith(path) ? error
                                                     : QStringLiteral("%1: %2").arg(path, error));
            // Nothing to import: said before a database is made for it.
            if (!source.responsesOnly && !p.has(QStringLiteral("dry-run")) &&
                planImport(source).survey.questions.isEmpty())
                return c.fail(
                    QStringLiteral("%1: no question of the survey can be imported").arg(path));
        } else {
            QJsonParseError parse;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
            if (parse.error != QJsonParseError::NoError)
                return c.fail(QStringLiteral("%1: not valid JSON at character %2: %3")
                                  .arg(path)
                                  .arg(parse.offset)
                                  .arg(parse.errorString()));
            if (!surveyFromJson(doc.object(), &fromFile, &error))
                return c.fail(QStringLiteral("%1: %2").arg(path, error));
        }
    }
    const bool dryRun = p.has(QStringLiteral("dry-run"));
    const QString where = databasePath(c.inv);
    if (foreign && dryRun && !DatabaseLocation::looksLikeServer(where) && !QFileInfo::exists(where))
        return importForeign(c, p, nullptr, source);
    Database db;
    if (!c.openDatabase(&db, &status,
                        action == QLatin1String("import") && !dryRun
                            ? Database::OpenMode::CreateIfMissing
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
    if (foreign)
        return importForeign(c, p, &db, source);
    if (dryRun) {
        c.out << "The survey \"" << fromFile.title << "\" with " << fromFile.questions.size()
              << " questions can be imported (nothing was written)\n";
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
    command.summary = "survey definitions as JSON; import also from LimeSurvey, Qualtrics, XLSForm";
    command.help = kHelp;
    command.options = {
        {"json", false}, {"out", true}, {"language", true}, {"survey", true}, {"dry-run", false}};
    command.run = run;
    return command;
}

} // namespace cx::cli
