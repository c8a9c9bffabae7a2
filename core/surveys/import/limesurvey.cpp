#include "core/common/text.h"
#include "core/surveys/import/readers.h"
#include "core/surveys/import/sourcetext.h"
#include "core/surveys/import/zipcontainer.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <algorithm>

namespace cx {

namespace {

using Row = QHash<QString, QString>;

// An .lss or .lsr file: its kind, version, languages and tables of rows.
struct LsDocument
{
    QString docType;
    int dbVersion = 0;
    QStringList languages;
    QHash<QString, QVector<Row>> tables;
};

QString xmlProblem(const QXmlStreamReader& r)
{
    return Text::tr("line %1, column %2: %3")
        .arg(r.lineNumber())
        .arg(r.columnNumber())
        .arg(r.errorString());
}

bool parseDocument(const QByteArray& xml, LsDocument* d, QString* error)
{
    QXmlStreamReader r(xml);
    if (!r.readNextStartElement()) {
        *error = r.hasError() ? xmlProblem(r) : Text::tr("the file holds no XML element");
        return false;
    }
    if (r.name() != QLatin1String("document")) {
        *error = Text::tr("not a LimeSurvey file: its first element is <%1>, not <document>")
                     .arg(r.name().toString());
        return false;
    }
    while (r.readNextStartElement()) {
        const QString name = r.name().toString();
        if (name == QLatin1String("LimeSurveyDocType")) {
            d->docType = r.readElementText().trimmed();
        } else if (name == QLatin1String("DBVersion")) {
            d->dbVersion = r.readElementText().trimmed().toInt();
        } else if (name == QLatin1String("languages")) {
            while (r.readNextStartElement())
                d->languages << r.readElementText().trimmed();
        } else {
            QVector<Row>& rows = d->tables[name];
            while (r.readNextStartElement()) {
                if (r.name() != QLatin1String("rows")) {
                    r.skipCurrentElement();
                    continue;
                }
                while (r.readNextStartElement()) {
                    Row row;
                    while (r.readNextStartElement()) {
                        QString field = r.name().toString();
                        // Response columns start with a digit, which XML names may not.
                        if (field.size() > 1 && field.startsWith(QLatin1Char('_')) &&
                            field.at(1).isDigit())
                            field.remove(0, 1);
                        row.insert(field, r.readElementText());
                    }
                    rows.push_back(row);
                }
            }
        }
    }
    if (r.hasError()) {
        *error = xmlProblem(r);
        return false;
    }
    return true;
}

// The rows of a table in one language (or every row when it has no language column).
QVector<Row> inLanguage(const QVector<Row>& rows, const QString& language)
{
    QVector<Row> out;
    for (const Row& row : rows)
        if (!row.contains(QStringLiteral("language")) ||
            row.value(QStringLiteral("language")) == language)
            out.push_back(row);
    return out;
}

bool orderedBy(const Row& a, const Row& b, const QString& field)
{
    return a.value(field).toInt() < b.value(field).toInt();
}

bool alwaysTrue(const QString& relevance)
{
    const QString r = relevance.trimmed();
    return r.isEmpty() || r == QLatin1String("1");
}

void setUnsupported(SourceQuestion* q, const QString& why)
{
    q->shape = SourceShape::Unsupported;
    q->leftOut = why;
}

} // namespace

bool readLimeSurvey(const QByteArray& xml, const QString& language, SourceSurvey* out,
                    QString* error)
{
    LsDocument d;
    if (!parseDocument(xml, &d, error))
        return false;
    if (d.docType.compare(QLatin1String("Survey"), Qt::CaseInsensitive) != 0) {
        *error = d.docType.isEmpty()
                     ? Text::tr("not a LimeSurvey survey structure: it has no LimeSurveyDocType")
                     : Text::tr("a LimeSurvey file of kind '%1', not a survey structure (.lss); "
                                "import the survey archive (.lsa) for its responses")
                           .arg(d.docType);
        return false;
    }
    const Row surveyRow = d.tables.value(QStringLiteral("surveys")).value(0);
    const bool l10ns = d.tables.contains(QStringLiteral("question_l10ns")) || d.dbVersion >= 400;
    SourceSurvey s;
    s.family = QStringLiteral("limesurvey");
    s.sourceId = surveyRow.value(QStringLiteral("sid"));
    s.format = l10ns
                   ? Text::tr("LimeSurvey 4 or later survey structure (.lss, database version %1)")
                         .arg(d.dbVersion)
                   : Text::tr("LimeSurvey 2 or 3 survey structure (.lss, database version %1)")
                         .arg(d.dbVersion);
    QStringList languages;
    const QString base = surveyRow.value(QStringLiteral("language")).trimmed();
    if (!base.isEmpty())
        languages << base;
    for (const QString& l : surveyRow.value(QStringLiteral("additional_languages"))
                                .split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!languages.contains(l))
            languages << l;
    for (const QString& l : std::as_const(d.languages))
        if (!languages.contains(l))
            languages << l;
    if (!chooseLanguage(languages, language, &s.language, error))
        return false;
    s.languages = languages;
    const QString lang = s.language;

    // The chosen language's title and texts, else the base language's.
    for (const QString& l : {languages.value(0), lang})
        for (const Row& row : d.tables.value(QStringLiteral("surveys_languagesettings")))
            if (row.value(QStringLiteral("surveyls_language")) == l) {
                auto take = [&](QString* to, const char* field) {
                    const QString v = plainText(row.value(QLatin1String(field)));
                    if (!v.isEmpty())
                        *to = v;
                };
                take(&s.title, "surveyls_title");
                take(&s.description, "surveyls_description");
                take(&s.thankYou, "surveyls_endtext");
            }

    // Texts of questions and answers: in the rows themselves, or in l10n tables.
    QHash<QString, Row> questionText;   // qid -> question, help
    QHash<QString, QString> answerText; // aid -> answer
    if (l10ns) {
        for (const Row& row : inLanguage(d.tables.value(QStringLiteral("question_l10ns")), lang))
            questionText.insert(row.value(QStringLiteral("qid")), row);
        for (const Row& row : inLanguage(d.tables.value(QStringLiteral("answer_l10ns")), lang))
            answerText.insert(row.value(QStringLiteral("aid")),
                              row.value(QStringLiteral("answer")));
    }
    // Groups in order, with their own display condition.
    QVector<Row> groups = inLanguage(d.tables.value(QStringLiteral("groups")), lang);
    std::stable_sort(groups.begin(), groups.end(), [](const Row& a, const Row& b) {
        return orderedBy(a, b, QStringLiteral("group_order"));
    });
    QHash<QString, int> groupOrder;
    QHash<QString, QString> groupRelevance;
    for (int i = 0; i < groups.size(); ++i) {
        const QString gid = groups[i].value(QStringLiteral("gid"));
        if (!groupOrder.contains(gid))
            groupOrder.insert(gid, i);
        const QString rel = groups[i].contains(QStringLiteral("grelevance"))
                                ? groups[i].value(QStringLiteral("grelevance"))
                                : groups[i].value(QStringLiteral("relevance"));
        if (!alwaysTrue(rel))
            groupRelevance.insert(gid, rel);
    }
    // Questions (top level) and subquestions: LimeSurvey 3 keeps subquestions in
    // their own table, 4 and later mostly too; some files mix them in.
    QVector<Row> all = d.tables.value(QStringLiteral("questions"));
    all += d.tables.value(QStringLiteral("subquestions"));
    if (!l10ns)
        all = inLanguage(all, lang);
    QVector<Row> top;
    QHash<QString, QVector<Row>> subquestions; // parent qid -> rows
    QSet<QString> topIds;
    for (const Row& row : std::as_const(all)) {
        const QString parent = row.value(QStringLiteral("parent_qid"));
        if (parent.isEmpty() || parent == QLatin1String("0") ||
            parent == row.value(QStringLiteral("qid")))
            topIds.insert(row.value(QStringLiteral("qid")));
    }
    // A row whose parent is no question of the survey is a question of its own,
    // so nothing in the file goes unreported.
    for (const Row& row : std::as_const(all)) {
        const QString parent = row.value(QStringLiteral("parent_qid"));
        if (topIds.contains(row.value(QStringLiteral("qid"))) || !topIds.contains(parent))
            top.push_back(row);
        else
            subquestions[parent].push_back(row);
    }
    std::stable_sort(top.begin(), top.end(), [&](const Row& a, const Row& b) {
        const int ga = groupOrder.value(a.value(QStringLiteral("gid")), 1 << 20);
        const int gb = groupOrder.value(b.value(QStringLiteral("gid")), 1 << 20);
        return ga != gb ? ga < gb : orderedBy(a, b, QStringLiteral("question_order"));
    });
    // Answer options by question, in order (scale 0; arrays with two scales are left out).
    QHash<QString, QVector<Row>> answers;
    QVector<Row> answerRows = d.tables.value(QStringLiteral("answers"));
    if (!l10ns)
        answerRows = inLanguage(answerRows, lang);
    std::stable_sort(answerRows.begin(), answerRows.end(), [](const Row& a, const Row& b) {
        return orderedBy(a, b, QStringLiteral("sortorder"));
    });
    for (const Row& row : std::as_const(answerRows))
        if (row.value(QStringLiteral("scale_id"), QStringLiteral("0")).toInt() == 0)
            answers[row.value(QStringLiteral("qid"))].push_back(row);

    auto textOf = [&](const Row& row) {
        return plainText(l10ns ? questionText.value(row.value(QStringLiteral("qid")))
                                     .value(QStringLiteral("question"))
                               : row.value(QStringLiteral("question")));
    };
    for (const Row& row : std::as_const(top)) {
        SourceQuestion q;
        const QString qid = row.value(QStringLiteral("qid"));
        q.key = qid;
        q.code = row.value(QStringLiteral("title")).trimmed();
        q.type = row.value(QStringLiteral("type"));
        q.text = textOf(row);
        q.required = row.value(QStringLiteral("mandatory")) == QLatin1String("Y");
        const QChar type = q.type.isEmpty() ? QChar() : q.type.at(0);
        auto choices = [&] {
            for (const Row& a : answers.value(qid)) {
                const QString label = l10ns ? answerText.value(a.value(QStringLiteral("aid")))
                                            : a.value(QStringLiteral("answer"));
                q.options.push_back({a.value(QStringLiteral("code")), plainText(label)});
            }
            if (row.value(QStringLiteral("other")) == QLatin1String("Y"))
                q.options.push_back({QStringLiteral("-oth-"), Text::tr("Other")});
        };
        switch (type.unicode()) {
        case 'L':
        case '!':
        case 'O':
            q.shape = SourceShape::Choice;
            choices();
            if (q.options.isEmpty())
                setUnsupported(&q, Text::tr("a list with no options"));
            break;
        case '5':
            q.shape = SourceShape::Scale;
            q.scaleMin = 1;
            q.scaleMax = 5;
            break;
        case 'Y':
            q.shape = SourceShape::YesNo;
            q.options = {{QStringLiteral("Y"), Text::tr("Yes")},
                         {QStringLiteral("N"), Text::tr("No")}};
            break;
        case 'G':
            q.shape = SourceShape::Choice;
            q.options = {{QStringLiteral("F"), Text::tr("Female")},
                         {QStringLiteral("M"), Text::tr("Male")}};
            break;
        case 'M':
        case 'P': {
            q.shape = SourceShape::MultiChoice;
            QVector<Row> subs = subquestions.value(qid);
            std::stable_sort(subs.begin(), subs.end(), [](const Row& a, const Row& b) {
                return orderedBy(a, b, QStringLiteral("question_order"));
            });
            for (const Row& sub : std::as_const(subs))
                q.options.push_back({sub.value(QStringLiteral("title")), textOf(sub)});
            if (row.value(QStringLiteral("other")) == QLatin1String("Y"))
                q.options.push_back({QStringLiteral("other"), Text::tr("Other")});
            if (q.options.isEmpty())
                setUnsupported(&q, Text::tr("a multiple choice with no options"));
            break;
        }
        case 'S':
        case 'T':
        case 'U':
            q.shape = SourceShape::Text;
            break;
        case 'N':
            q.shape = SourceShape::Text;
            q.numeric = true;
            q.type += Text::tr(" (a number, kept as text)");
            break;
        case 'D':
            q.shape = SourceShape::Text;
            q.type += Text::tr(" (a date, kept as text)");
            break;
        case 'A':
        case 'B':
        case 'C':
        case 'E':
        case 'F':
        case 'H':
        case ':':
        case ';':
        case '1':
            setUnsupported(&q, Text::tr("an array (matrix) of several rows"));
            break;
        case 'R':
            setUnsupported(&q, Text::tr("a ranking"));
            break;
        case '|':
            setUnsupported(&q, Text::tr("a file upload"));
            break;
        case 'X':
            setUnsupported(&q, Text::tr("it only shows text and asks nothing"));
            break;
        case '*':
            setUnsupported(&q, Text::tr("an equation LimeSurvey computes"));
            break;
        case 'K':
        case 'Q':
            setUnsupported(&q, Text::tr("several answer fields in one question"));
            break;
        case 'I':
            setUnsupported(&q, Text::tr("a language switch"));
            break;
        default:
            setUnsupported(&q,
                           Text::tr("a question type CX Desk does not know ('%1')").arg(q.type));
        }
        QString relevance = row.value(QStringLiteral("relevance"));
        const QString group = groupRelevance.value(row.value(QStringLiteral("gid")));
        if (!group.isEmpty()) {
            if (alwaysTrue(relevance))
                relevance = group;
            else
                relevance = QStringLiteral("(%1) and (%2)").arg(group, relevance);
        }
        if (!alwaysTrue(relevance)) {
            q.conditionText = relevance.simplified();
            q.condition = simpleCondition(relevance, &q.conditionProblem);
            // A multiple choice's option is its own variable: q1_SQ001 == "Y".
            if (q.condition && q.condition->value == QLatin1String("Y") &&
                q.condition->code.contains(QLatin1Char('_'))) {
                const QString parent = q.condition->code.section(QLatin1Char('_'), 0, 0);
                const QString option = q.condition->code.section(QLatin1Char('_'), 1);
                for (const SourceQuestion& earlier : std::as_const(s.questions))
                    if (earlier.code == parent && earlier.shape == SourceShape::MultiChoice)
                        q.condition = SourceCondition{parent, q.condition->op, option};
            }
        }
        s.questions.push_back(q);
    }
    const int quotas = int(d.tables.value(QStringLiteral("quota")).size());
    if (quotas > 0)
        s.notes << Text::tr("Quotas are left out, so every response is taken: %n quota(s).",
                            nullptr, quotas);
    int piped = 0;
    for (const SourceQuestion& q : std::as_const(s.questions))
        piped += q.shape != SourceShape::Unsupported && q.text.contains(QLatin1Char('{')) &&
                 q.text.contains(QLatin1Char('}'));
    if (piped > 0)
        s.notes << Text::tr("Questions that show earlier answers in their text ({…}): %n; CX Desk "
                            "shows those parts as they are written.",
                            nullptr, piped);
    if (s.questions.isEmpty() && top.isEmpty()) {
        *error = Text::tr("the LimeSurvey survey has no questions");
        return false;
    }
    *out = s;
    return true;
}

bool readLimeSurveyResponses(const QByteArray& xml, SourceSurvey* survey, QString* error)
{
    LsDocument d;
    if (!parseDocument(xml, &d, error))
        return false;
    if (d.docType.compare(QLatin1String("Responses"), Qt::CaseInsensitive) != 0) {
        *error = Text::tr("the responses file is a LimeSurvey file of kind '%1'").arg(d.docType);
        return false;
    }
    // Columns are named survey X group X question, then the option's code.
    static const QRegularExpression column(QStringLiteral("^(\\d+)X(\\d+)X(\\d+)(.*)$"));
    QHash<QString, int> byKey;
    for (int i = 0; i < survey->questions.size(); ++i)
        byKey.insert(survey->questions[i].key, i);
    survey->hasResponses = true;
    for (const Row& row : d.tables.value(QStringLiteral("responses"))) {
        const QString submitted = row.value(QStringLiteral("submitdate")).trimmed();
        if (submitted.isEmpty()) {
            ++survey->incompleteResponses;
            continue;
        }
        SourceResponse r;
        r.id = row.value(QStringLiteral("id"));
        r.submittedAt = sourceTimestamp(submitted);
        if (r.submittedAt.isEmpty()) {
            *error =
                Text::tr("response %1: submitdate '%2' is not a timestamp").arg(r.id, submitted);
            return false;
        }
        for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
            const auto m = column.match(it.key());
            if (!m.hasMatch() || it.value().isEmpty())
                continue;
            const auto at = byKey.constFind(m.captured(3));
            if (at == byKey.constEnd())
                continue;
            const SourceQuestion& q = survey->questions[*at];
            const QString suffix = m.captured(4);
            // By the question's id: two questions may share a code.
            if (suffix.isEmpty()) {
                r.answers[q.key] << it.value();
            } else if (q.shape == SourceShape::MultiChoice && it.value() == QLatin1String("Y")) {
                r.answers[q.key] << suffix;
            } else if (q.shape == SourceShape::MultiChoice && suffix == QLatin1String("other")) {
                r.answers[q.key] << QStringLiteral("other");
            }
        }
        survey->responses.push_back(r);
    }
    return true;
}

bool readLimeSurveyArchive(const QByteArray& zip, const QString& language, SourceSurvey* out,
                           QString* error)
{
    ZipContainer archive;
    if (!archive.open(zip, error))
        return false;
    const QString lss = archive.find(QStringLiteral(".lss"));
    if (lss.isEmpty()) {
        *error = Text::tr("the archive holds no LimeSurvey survey structure (.lss)");
        return false;
    }
    QByteArray bytes;
    QString why;
    if (!archive.read(lss, &bytes, error))
        return false;
    if (!readLimeSurvey(bytes, language, out, &why)) {
        *error = QStringLiteral("%1: %2").arg(lss, why);
        return false;
    }
    out->format = Text::tr("LimeSurvey survey archive (.lsa) with %1").arg(out->format);
    const QString lsr = archive.find(QStringLiteral(".lsr"));
    if (lsr.isEmpty()) {
        out->notes << Text::tr("The archive holds no responses (.lsr).");
        return true;
    }
    if (!archive.read(lsr, &bytes, error))
        return false;
    if (!readLimeSurveyResponses(bytes, out, &why)) {
        *error = QStringLiteral("%1: %2").arg(lsr, why);
        return false;
    }
    return true;
}

} // namespace cx
