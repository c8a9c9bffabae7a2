#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/io/csv.h"
#include "core/surveys/import/readers.h"
#include "core/surveys/import/sourcetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <functional>

namespace cx {

namespace {

// Qualtrics writes lists either as arrays or as objects keyed "0", "1"…
QJsonArray listOf(const QJsonValue& v)
{
    if (v.isArray())
        return v.toArray();
    QJsonArray out;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        QStringList keys = o.keys();
        std::sort(keys.begin(), keys.end(),
                  [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
        for (const QString& k : std::as_const(keys))
            out.append(o.value(k));
    }
    return out;
}

QString stringOf(const QJsonValue& v)
{
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

// The question's display logic, when it is one condition on one choice or value.
void readDisplayLogic(const QJsonObject& logic, const QHash<QString, QString>& codeOfQid,
                      const QHash<QString, QHash<QString, QString>>& choiceCodes, SourceQuestion* q)
{
    QStringList descriptions;
    QVector<QJsonObject> conditions;
    for (const QJsonValue& branch : listOf(logic)) {
        const QJsonObject b = branch.toObject();
        if (b.isEmpty())
            continue;
        for (auto it = b.constBegin(); it != b.constEnd(); ++it)
            if (it.value().isObject()) {
                conditions << it.value().toObject();
                descriptions << plainText(
                    it.value().toObject().value(QStringLiteral("Description")).toString());
            }
    }
    q->conditionText = descriptions.join(QLatin1Char(' '));
    if (q->conditionText.isEmpty())
        q->conditionText = Text::tr("display logic");
    if (conditions.size() != 1) {
        q->conditionProblem = conditions.isEmpty()
                                  ? Text::tr("it has no condition CX Desk can read")
                                  : Text::tr("it joins several comparisons");
        return;
    }
    const QJsonObject c = conditions.first();
    if (c.value(QStringLiteral("LogicType")).toString() != QLatin1String("Question")) {
        q->conditionProblem = Text::tr("it depends on %1, not on an answer")
                                  .arg(c.value(QStringLiteral("LogicType")).toString().toLower());
        return;
    }
    const QString qid = c.value(QStringLiteral("QuestionID")).toString();
    const QString locator = c.value(QStringLiteral("LeftOperand")).toString().isEmpty()
                                ? c.value(QStringLiteral("ChoiceLocator")).toString()
                                : c.value(QStringLiteral("LeftOperand")).toString();
    static const QRegularExpression selectable(QStringLiteral(
        "^q://(QID\\d+)/(SelectableChoice|ChoiceNumericEntryValue|ChoiceTextEntryValue)/?(\\w*)$"));
    const auto m = selectable.match(locator);
    const QString op = c.value(QStringLiteral("Operator")).toString();
    static const QHash<QString, QString> ops = {
        {QStringLiteral("Selected"), QStringLiteral("=")},
        {QStringLiteral("NotSelected"), QStringLiteral("!=")},
        {QStringLiteral("EqualTo"), QStringLiteral("=")},
        {QStringLiteral("NotEqualTo"), QStringLiteral("!=")},
        {QStringLiteral("GreaterThan"), QStringLiteral(">")},
        {QStringLiteral("GreaterThanOrEqual"), QStringLiteral(">=")},
        {QStringLiteral("LessThan"), QStringLiteral("<")},
        {QStringLiteral("LessThanOrEqual"), QStringLiteral("<=")}};
    if (!m.hasMatch() || !ops.contains(op) || !codeOfQid.contains(qid)) {
        q->conditionProblem = Text::tr("it is not one comparison of a question with a value");
        return;
    }
    SourceCondition cond;
    cond.code = codeOfQid.value(qid);
    cond.op = ops.value(op);
    if (m.captured(2) == QLatin1String("SelectableChoice")) {
        if (op != QLatin1String("Selected") && op != QLatin1String("NotSelected")) {
            q->conditionProblem = Text::tr("it is not one comparison of a question with a value");
            return;
        }
        cond.value = choiceCodes.value(qid).value(m.captured(3), m.captured(3));
    } else {
        cond.value = stringOf(c.value(QStringLiteral("RightOperand")));
    }
    q->condition = cond;
}

QString surveyLanguage(const QString& given)
{
    const QString code = languageCode(given);
    return code.isEmpty() ? given.toLower() : code;
}

} // namespace

bool readQualtricsSurvey(const QByteArray& json, const QString& language, SourceSurvey* out,
                         QString* error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = Text::tr("not valid JSON at character %1: %2")
                     .arg(parse.offset)
                     .arg(parse.errorString());
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonObject entry = root.value(QStringLiteral("SurveyEntry")).toObject();
    const QJsonArray elements = root.value(QStringLiteral("SurveyElements")).toArray();
    if (entry.isEmpty() || elements.isEmpty()) {
        *error = Text::tr("not a Qualtrics survey file: it lacks SurveyEntry or SurveyElements");
        return false;
    }
    SourceSurvey s;
    s.family = QStringLiteral("qualtrics");
    s.format = Text::tr("Qualtrics survey file (.qsf)");
    s.sourceId = entry.value(QStringLiteral("SurveyID")).toString();
    s.title = plainText(entry.value(QStringLiteral("SurveyName")).toString());
    s.description = plainText(entry.value(QStringLiteral("SurveyDescription")).toString());
    const QString baseRaw =
        entry.value(QStringLiteral("SurveyLanguage")).toString(QStringLiteral("EN"));
    QStringList raw{baseRaw};
    QHash<QString, QJsonObject> questions; // QID -> payload
    QStringList quotas;
    QJsonArray blocks;
    QJsonArray flow;
    for (const QJsonValue& v : elements) {
        const QJsonObject e = v.toObject();
        const QString kind = e.value(QStringLiteral("Element")).toString();
        if (kind == QLatin1String("SQ")) {
            const QJsonObject payload = e.value(QStringLiteral("Payload")).toObject();
            // Translations live in each question, and not every file lists them in its options.
            const QJsonObject translated = payload.value(QStringLiteral("Language")).toObject();
            for (auto it = translated.constBegin(); it != translated.constEnd(); ++it)
                if (!raw.contains(it.key(), Qt::CaseInsensitive))
                    raw << it.key();
            questions.insert(e.value(QStringLiteral("PrimaryAttribute")).toString(), payload);
        } else if (kind == QLatin1String("QO")) {
            quotas << e.value(QStringLiteral("Payload"))
                          .toObject()
                          .value(QStringLiteral("Name"))
                          .toString();
        } else if (kind == QLatin1String("BL")) {
            blocks = listOf(e.value(QStringLiteral("Payload")));
        } else if (kind == QLatin1String("FL")) {
            flow = e.value(QStringLiteral("Payload"))
                       .toObject()
                       .value(QStringLiteral("Flow"))
                       .toArray();
        } else if (kind == QLatin1String("SO")) {
            const QJsonObject options = e.value(QStringLiteral("Payload")).toObject();
            const QJsonObject available =
                options.value(QStringLiteral("AvailableLanguages")).toObject();
            for (auto it = available.constBegin(); it != available.constEnd(); ++it)
                if (!raw.contains(it.key(), Qt::CaseInsensitive))
                    raw << it.key();
        }
    }
    QStringList languages;
    QHash<QString, QString> rawOf;
    for (const QString& r : std::as_const(raw)) {
        const QString code = surveyLanguage(r);
        if (!languages.contains(code)) {
            languages << code;
            rawOf.insert(code, r);
        }
    }
    if (!chooseLanguage(languages, language, &s.language, error))
        return false;
    s.languages = languages;
    const bool translated = s.language != languages.first();
    const QString rawLanguage = rawOf.value(s.language);

    // Blocks in the order of the survey flow; the trash is never asked.
    QHash<QString, QJsonObject> blockById;
    QStringList blockOrder;
    for (const QJsonValue& b : std::as_const(blocks)) {
        const QJsonObject o = b.toObject();
        if (o.value(QStringLiteral("Type")).toString() == QLatin1String("Trash"))
            continue;
        blockById.insert(o.value(QStringLiteral("ID")).toString(), o);
        blockOrder << o.value(QStringLiteral("ID")).toString();
    }
    QStringList ordered;
    bool branched = false, randomised = false;
    std::function<void(const QJsonArray&)> walk = [&](const QJsonArray& items) {
        for (const QJsonValue& v : items) {
            const QJsonObject item = v.toObject();
            const QString type = item.value(QStringLiteral("Type")).toString();
            const QString id = item.value(QStringLiteral("ID")).toString();
            if (blockById.contains(id) && !ordered.contains(id))
                ordered << id;
            branched |= type == QLatin1String("Branch");
            randomised |=
                type == QLatin1String("BlockRandomizer") || type == QLatin1String("Randomizer");
            if (item.contains(QStringLiteral("Flow")))
                walk(item.value(QStringLiteral("Flow")).toArray());
        }
    };
    walk(flow);
    if (flow.isEmpty())
        ordered = blockOrder;
    if (!quotas.isEmpty())
        s.notes << Text::tr("Quotas are left out, so every response is taken: %1.")
                       .arg(quotas.join(QStringLiteral(", ")));
    for (const QString& id : std::as_const(ordered)) {
        const QJsonObject options = blockById.value(id).value(QStringLiteral("Options")).toObject();
        const QString looping = options.value(QStringLiteral("Looping")).toString();
        if (!looping.isEmpty() && looping != QLatin1String("None"))
            s.notes << Text::tr(
                           "The block “%1” loops (loop and merge); its questions are asked once.")
                           .arg(
                               blockById.value(id).value(QStringLiteral("Description")).toString());
    }
    if (branched)
        s.notes << Text::tr(
            "Branches of the survey flow are left out: their questions are asked to everyone.");
    if (randomised)
        s.notes << Text::tr("Randomised blocks are asked in the order of the file.");

    QHash<QString, QString> codeOfQid;
    QHash<QString, QHash<QString, QString>> choiceCodes; // QID -> choice id -> code
    for (const QString& blockId : std::as_const(ordered)) {
        for (const QJsonValue& be :
             listOf(blockById.value(blockId).value(QStringLiteral("BlockElements")))) {
            const QJsonObject element = be.toObject();
            if (element.value(QStringLiteral("Type")).toString() != QLatin1String("Question"))
                continue;
            const QString qid = element.value(QStringLiteral("QuestionID")).toString();
            const QJsonObject p = questions.value(qid);
            if (p.isEmpty() || codeOfQid.contains(qid)) // a question is asked once
                continue;
            SourceQuestion q;
            q.key = qid;
            q.code = p.value(QStringLiteral("DataExportTag")).toString(qid).trimmed();
            const QString type = p.value(QStringLiteral("QuestionType")).toString();
            const QString selector = p.value(QStringLiteral("Selector")).toString();
            q.type = selector.isEmpty() ? type : type + QLatin1Char('/') + selector;
            QJsonObject texts = p;
            if (translated) {
                const QJsonObject byLanguage = p.value(QStringLiteral("Language")).toObject();
                for (auto it = byLanguage.constBegin(); it != byLanguage.constEnd(); ++it)
                    if (it.key().compare(rawLanguage, Qt::CaseInsensitive) == 0)
                        texts = it.value().toObject();
            }
            q.text = plainText(texts.value(QStringLiteral("QuestionText"))
                                   .toString(p.value(QStringLiteral("QuestionText")).toString()));
            const QJsonObject validation = p.value(QStringLiteral("Validation"))
                                               .toObject()
                                               .value(QStringLiteral("Settings"))
                                               .toObject();
            q.required =
                validation.value(QStringLiteral("ForceResponse")).toString() == QLatin1String("ON");
            // Choices in their order, named by their recode value where one is set.
            const QJsonObject choices = p.value(QStringLiteral("Choices")).toObject();
            const QJsonObject shownChoices = texts.value(QStringLiteral("Choices")).toObject();
            const QJsonObject recode = p.value(QStringLiteral("RecodeValues")).toObject();
            QStringList order;
            for (const QJsonValue& c : p.value(QStringLiteral("ChoiceOrder")).toArray())
                order << stringOf(c);
            if (order.isEmpty()) {
                order = choices.keys();
                std::sort(order.begin(), order.end(),
                          [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
            }
            for (const QString& id : std::as_const(order)) {
                const QJsonObject c = choices.value(id).toObject();
                if (c.isEmpty())
                    continue;
                const QString label = shownChoices.value(id)
                                          .toObject()
                                          .value(QStringLiteral("Display"))
                                          .toString(c.value(QStringLiteral("Display")).toString());
                const QString code = recode.contains(id) ? stringOf(recode.value(id)) : id;
                choiceCodes[qid].insert(id, code);
                q.options.push_back({code, plainText(label)});
            }
            if (type == QLatin1String("MC")) {
                if (selector == QLatin1String("NPS")) {
                    q.shape = SourceShape::Nps;
                    q.scaleMin = 0;
                    q.scaleMax = 10;
                } else if (selector.startsWith(QLatin1String("MA")) ||
                           selector == QLatin1String("MSB")) {
                    q.shape = SourceShape::MultiChoice;
                } else {
                    q.shape = SourceShape::Choice;
                }
                if (q.shape != SourceShape::Nps && q.options.isEmpty()) {
                    q.shape = SourceShape::Unsupported;
                    q.leftOut = Text::tr("a choice with no options");
                }
            } else if (type == QLatin1String("TE")) {
                if (selector == QLatin1String("FORM")) {
                    q.shape = SourceShape::Unsupported;
                    q.leftOut = Text::tr("a form of several fields");
                } else {
                    q.shape = SourceShape::Text;
                }
            } else if (type == QLatin1String("Slider")) {
                const QJsonObject conf = p.value(QStringLiteral("Configuration")).toObject();
                const double min = conf.value(QStringLiteral("CSSliderMin")).toDouble();
                const double max = conf.value(QStringLiteral("CSSliderMax")).toDouble(100);
                // One slider with at most eleven points is a scale; several, or a finer one, is
                // not.
                setScale(&q, min, q.options.size() == 1 && max - min <= 10 ? max : 1e9, 1,
                         Text::tr("a slider"));
                if (q.shape == SourceShape::Unsupported)
                    q.leftOut =
                        Text::tr("a slider from %1 to %2")
                            .arg(QString::number(min, 'g', 15), QString::number(max, 'g', 15));
                q.options.clear();
            } else {
                static const QHash<QString, const char*> kinds = {
                    {QStringLiteral("Matrix"),
                     QT_TRANSLATE_NOOP("cx::Text", "a matrix of several rows")},
                    {QStringLiteral("SBS"), QT_TRANSLATE_NOOP("cx::Text", "side-by-side matrices")},
                    {QStringLiteral("RO"), QT_TRANSLATE_NOOP("cx::Text", "a ranking")},
                    {QStringLiteral("PGR"), QT_TRANSLATE_NOOP("cx::Text", "a ranking into groups")},
                    {QStringLiteral("CS"), QT_TRANSLATE_NOOP("cx::Text", "a constant sum")},
                    {QStringLiteral("FileUpload"), QT_TRANSLATE_NOOP("cx::Text", "a file upload")},
                    {QStringLiteral("Draw"), QT_TRANSLATE_NOOP("cx::Text", "a signature")},
                    {QStringLiteral("DB"),
                     QT_TRANSLATE_NOOP("cx::Text", "it only shows text and asks nothing")},
                    {QStringLiteral("Timing"),
                     QT_TRANSLATE_NOOP("cx::Text", "a timer Qualtrics keeps")},
                    {QStringLiteral("Meta"),
                     QT_TRANSLATE_NOOP("cx::Text", "browser information Qualtrics records")},
                    {QStringLiteral("HeatMap"), QT_TRANSLATE_NOOP("cx::Text", "a heat map")},
                    {QStringLiteral("HotSpot"),
                     QT_TRANSLATE_NOOP("cx::Text", "a hot spot picture")},
                    {QStringLiteral("Captcha"), QT_TRANSLATE_NOOP("cx::Text", "a captcha")}};
                q.shape = SourceShape::Unsupported;
                q.leftOut =
                    kinds.contains(type)
                        ? Text::tr(kinds.value(type))
                        : Text::tr("a question type CX Desk does not know ('%1')").arg(type);
            }
            if (p.contains(QStringLiteral("DisplayLogic")))
                readDisplayLogic(p.value(QStringLiteral("DisplayLogic")).toObject(), codeOfQid,
                                 choiceCodes, &q);
            if (p.contains(QStringLiteral("InPageDisplayLogic")) ||
                p.contains(QStringLiteral("SkipLogic")))
                s.notes << Text::tr("%1: its skip logic is left out.").arg(q.code);
            codeOfQid.insert(qid, q.code);
            s.questions.push_back(q);
        }
    }
    // Display logic may refer to a question later in the file: read it again now that every code is
    // known.
    for (SourceQuestion& q : s.questions) {
        const QJsonObject p = questions.value(q.key);
        if (p.contains(QStringLiteral("DisplayLogic")) && !q.condition &&
            q.conditionProblem == Text::tr("it is not one comparison of a question with a value")) {
            q.conditionProblem.clear();
            readDisplayLogic(p.value(QStringLiteral("DisplayLogic")).toObject(), codeOfQid,
                             choiceCodes, &q);
        }
    }
    if (s.questions.isEmpty()) {
        *error = Text::tr("the Qualtrics survey has no questions outside the trash");
        return false;
    }
    *out = s;
    return true;
}

bool looksLikeQualtricsResponses(const QByteArray& head)
{
    return head.contains("ImportId") && (head.contains("ResponseId") ||
                                         head.contains("ResponseID") || head.contains("StartDate"));
}

bool readQualtricsResponses(const QString& path, SourceSurvey* out, QString* error)
{
    CsvReader csv;
    if (!csv.open(path, error))
        return false;
    QStringList names, texts, ids, fields;
    qint64 line = 0;
    if (!csv.next(&names, &line) || !csv.next(&texts, &line) || !csv.next(&ids, &line)) {
        *error =
            csv.error().isEmpty()
                ? Text::tr(
                      "a Qualtrics responses export has three header rows; this file has fewer")
                : csv.error();
        return false;
    }
    // The third row names each column's source: {"ImportId":"QID1"} and, for dates, the time zone.
    QTimeZone zone;
    QVector<QString> importIds(names.size());
    for (int i = 0; i < ids.size() && i < names.size(); ++i) {
        const QJsonObject o = QJsonDocument::fromJson(ids[i].toUtf8()).object();
        importIds[i] = o.value(QStringLiteral("ImportId")).toString();
        const QString tz = o.value(QStringLiteral("timeZone")).toString();
        if (!tz.isEmpty() && !zone.isValid())
            zone = QTimeZone(tz.toUtf8());
    }
    if (!importIds.contains(QStringLiteral("responseId")) &&
        !names.contains(QStringLiteral("ResponseId"))) {
        *error = Text::tr(
            "line 3: a Qualtrics responses export names a responseId column; this file does not");
        return false;
    }
    auto column = [&](const QString& name, const QString& importId) {
        for (int i = 0; i < names.size(); ++i)
            if (importIds[i] == importId || names[i] == name)
                return i;
        return -1;
    };
    const int idColumn = column(QStringLiteral("ResponseId"), QStringLiteral("_recordId"));
    const int responseIdColumn =
        idColumn >= 0 ? idColumn
                      : column(QStringLiteral("ResponseId"), QStringLiteral("responseId"));
    int dateColumn = column(QStringLiteral("RecordedDate"), QStringLiteral("recordedDate"));
    if (dateColumn < 0)
        dateColumn = column(QStringLiteral("EndDate"), QStringLiteral("endDate"));
    const int finishedColumn = column(QStringLiteral("Finished"), QStringLiteral("finished"));
    const int statusColumn = column(QStringLiteral("Status"), QStringLiteral("status"));
    if (dateColumn < 0) {
        *error = Text::tr("line 1: the export has no RecordedDate or EndDate column");
        return false;
    }
    static const QSet<QString> meta = {QStringLiteral("StartDate"),
                                       QStringLiteral("EndDate"),
                                       QStringLiteral("Status"),
                                       QStringLiteral("IPAddress"),
                                       QStringLiteral("Progress"),
                                       QStringLiteral("Duration (in seconds)"),
                                       QStringLiteral("Finished"),
                                       QStringLiteral("RecordedDate"),
                                       QStringLiteral("ResponseId"),
                                       QStringLiteral("RecipientLastName"),
                                       QStringLiteral("RecipientFirstName"),
                                       QStringLiteral("RecipientEmail"),
                                       QStringLiteral("ExternalReference"),
                                       QStringLiteral("LocationLatitude"),
                                       QStringLiteral("LocationLongitude"),
                                       QStringLiteral("DistributionChannel"),
                                       QStringLiteral("UserLanguage")};
    SourceSurvey s;
    s.family = QStringLiteral("qualtrics");
    s.format = Text::tr("Qualtrics responses export (CSV)");
    s.responsesOnly = true;
    s.hasResponses = true;
    for (int i = 0; i < names.size(); ++i) {
        if (meta.contains(names[i]) || names[i].isEmpty())
            continue;
        SourceQuestion q;
        q.code = names[i];
        q.key = importIds[i];
        q.text = plainText(texts.value(i));
        s.questions.push_back(q);
    }
    int previews = 0;
    while (csv.next(&fields, &line)) {
        if (finishedColumn >= 0) {
            const QString f = fields.value(finishedColumn).trimmed();
            if (f == QLatin1String("False") || f == QLatin1String("0") ||
                f == QLatin1String("FALSE")) {
                ++s.incompleteResponses;
                continue;
            }
        }
        if (statusColumn >= 0) {
            const QString st = fields.value(statusColumn).trimmed();
            if (st == QLatin1String("1") || st == QLatin1String("Survey Preview")) {
                ++previews;
                continue;
            }
        }
        SourceResponse r;
        r.id = fields.value(responseIdColumn);
        const QString when = fields.value(dateColumn).trimmed();
        QDateTime dt = QDateTime::fromString(when, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        if (dt.isValid() && zone.isValid())
            dt = QDateTime(dt.date(), dt.time(), zone);
        r.submittedAt = dt.isValid() ? formatTimestamp(dt) : sourceTimestamp(when);
        if (r.submittedAt.isEmpty()) {
            *error = Text::tr("line %1: '%2' is not a date and time like 2024-03-01 14:05:00")
                         .arg(line)
                         .arg(when);
            return false;
        }
        for (int i = 0; i < names.size() && i < fields.size(); ++i) {
            if (meta.contains(names[i]) || fields[i].isEmpty())
                continue;
            r.answers[names[i]] << fields[i];
        }
        s.responses.push_back(r);
    }
    if (!csv.error().isEmpty()) {
        *error = csv.error();
        return false;
    }
    if (previews > 0)
        s.notes << Text::tr("Preview responses (made while testing the survey), left out: %n.",
                            nullptr, previews);
    *out = s;
    return true;
}

} // namespace cx
