#include "app/cli/command.h"
#include "core/sentiment/sentiment.h"

namespace cx::cli {

namespace {

const char* const kHelp =
    "Usage: cxdesk [--db FILE] comments [--survey UUID] [--from DATE] [--to DATE] [--json]\n"
    "\n"
    "Prints the written answers of the period, newest first, each with its sentiment\n"
    "(positive, neutral or negative, and a score from -1 to 1), then the words and\n"
    "two-word phrases that promoters and detractors mention most.\n"
    "\n"
    "  --survey UUID     only this survey's answers\n"
    "  --from DATE       first day, YYYY-MM-DD\n"
    "  --to DATE         last day, YYYY-MM-DD\n"
    "  --json            machine-readable output\n";

int run(const Context& c, const ParsedOptions& p)
{
    int status = Ok;
    if (!expectPositional(c, p, 0, QString(), &status))
        return status;
    QString error;
    QDate from, to;
    if (!parsePeriod(c, p, &from, &to, &status))
        return status;
    Database db;
    if (!c.openDatabase(&db, &status, Database::OpenMode::MustExist))
        return status;
    qint64 surveyId = 0;
    QString scope = QStringLiteral("every survey");
    if (p.has(QStringLiteral("survey"))) {
        const auto survey = surveyByUuid(c, db, p.value(QStringLiteral("survey")), &status);
        if (!survey)
            return status;
        surveyId = survey->id;
        scope = QStringLiteral("\"%1\"").arg(survey->title);
    }
    CommentsReport report;
    if (!loadComments(db.sql(), surveyId, from, to, &report, &error))
        return c.fail(error);
    if (p.has(QStringLiteral("json"))) {
        // Written as it goes: a hundred thousand comments need neither a document in memory nor its
        // time.
        auto str = [](const QString& text) {
            QString out;
            out.reserve(text.size() + 2);
            out += QLatin1Char('"');
            for (const QChar ch : text) {
                if (ch == QLatin1Char('"') || ch == QLatin1Char('\\'))
                    out += QLatin1Char('\\') + QString(ch);
                else if (ch == QLatin1Char('\n'))
                    out += QStringLiteral("\\n");
                else if (ch == QLatin1Char('\r'))
                    out += QStringLiteral("\\r");
                else if (ch == QLatin1Char('\t'))
                    out += QStringLiteral("\\t");
                else if (ch.unicode() < 0x20)
                    out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
                else
                    out += ch;
            }
            out += QLatin1Char('"');
            return out;
        };
        auto themes = [&](const QVector<Theme>& list) {
            QStringList items;
            for (const Theme& t : list)
                items << QStringLiteral("{\"term\": %1, \"count\": %2}")
                             .arg(str(t.term))
                             .arg(t.count);
            return QStringLiteral("[") + items.join(QStringLiteral(", ")) + QStringLiteral("]");
        };
        c.out << "{\n    \"comments\": [";
        bool first = true;
        for (const Comment& m : std::as_const(report.comments)) {
            c.out << (first ? "\n" : ",\n") << "        {\"response_uuid\": " << str(m.responseUuid)
                  << ", \"question_code\": " << str(m.questionCode)
                  << ", \"submitted_at\": " << str(m.submittedAt) << ", \"text\": " << str(m.text)
                  << ", \"language\": " << str(m.language)
                  << ", \"score\": " << QString::number(m.sentiment.score, 'g', 15)
                  << ", \"sentiment\": " << str(sentimentName(m.sentiment.sentiment)) << "}";
            first = false;
        }
        c.out << (first ? "],\n" : "\n    ],\n")
              << "    \"themes\": {\"promoters\": " << themes(report.promoterThemes)
              << ", \"detractors\": " << themes(report.detractorThemes) << "}\n}\n";
        return Ok;
    }
    int counts[3] = {0, 0, 0};
    for (const Comment& m : std::as_const(report.comments))
        ++counts[int(m.sentiment.sentiment)];
    c.out << "Comments on " << scope << ": " << report.comments.size() << " ("
          << counts[int(Sentiment::Positive)] << " positive, " << counts[int(Sentiment::Neutral)]
          << " neutral, " << counts[int(Sentiment::Negative)] << " negative)\n";
    for (const Comment& m : std::as_const(report.comments))
        c.out << m.submittedAt.left(10) << "  "
              << sentimentName(m.sentiment.sentiment).leftJustified(8) << "  "
              << QString::number(m.sentiment.score, 'f', 2).rightJustified(5) << "  "
              << QString(m.text).replace(QLatin1Char('\n'), QLatin1Char(' ')) << "\n";
    auto line = [&](const char* who, const QVector<Theme>& list) {
        QStringList terms;
        for (const Theme& t : list)
            terms << QStringLiteral("%1 (%2)").arg(t.term).arg(t.count);
        c.out << "Themes among " << who << ": "
              << (terms.isEmpty() ? QStringLiteral("none yet") : terms.join(QStringLiteral(", ")))
              << "\n";
    };
    line("promoters", report.promoterThemes);
    line("detractors", report.detractorThemes);
    return Ok;
}

} // namespace

Command commentsCommand()
{
    Command command;
    command.name = "comments";
    command.summary = "written answers with their sentiment, and the leading themes";
    command.help = kHelp;
    command.options = {{"survey", true}, {"from", true}, {"to", true}, {"json", false}};
    command.run = run;
    return command;
}

} // namespace cx::cli
