#include "core/surveys/import/surveyimport.h"

#include "core/common/text.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"
#include "core/surveys/import/readers.h"
#include "core/surveys/import/sourcetext.h"
#include "core/surveys/import/zipcontainer.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUuid>
#include <cmath>

namespace cx {

namespace {

// Surveys and responses read from other tools get ids derived from the
// source's own, so a second import finds what the first wrote.
const QUuid kSourceNamespace(QStringLiteral("{6f1d3c52-8a0b-4e57-9d8e-2c4b7a91e3f0}"));

QString derivedUuid(const QString& name)
{
    return QUuid::createUuidV5(kSourceNamespace, name).toString(QUuid::WithoutBraces);
}

bool matchesWord(const QString& text, const QStringList& stems)
{
    const QString lower = text.toLower();
    for (const QString& s : stems)
        if (lower.contains(s))
            return true;
    return false;
}

const QStringList kSatisfied = {QStringLiteral("satisf"), QStringLiteral("zufrieden"),
                                QStringLiteral("contento")};
const QStringList kEase = {QStringLiteral("easy"),     QStringLiteral("ease"),
                           QStringLiteral("effort"),   QStringLiteral("leicht"),
                           QStringLiteral("einfach"),  QStringLiteral("facile"),
                           QStringLiteral("fácil"),    QStringLiteral("facil"),
                           QStringLiteral("esfuerzo"), QStringLiteral("aufwand")};
const QStringList kRecommend = {QStringLiteral("recommend"), QStringLiteral("empfehl"),
                                QStringLiteral("recommand"), QStringLiteral("recomend")};

std::optional<bool> yesOrNo(const QString& value)
{
    static const QSet<QString> yes = {
        QStringLiteral("y"),  QStringLiteral("yes"), QStringLiteral("1"),  QStringLiteral("true"),
        QStringLiteral("ja"), QStringLiteral("oui"), QStringLiteral("sí"), QStringLiteral("si")};
    static const QSet<QString> no = {QStringLiteral("n"),    QStringLiteral("no"),
                                     QStringLiteral("0"),    QStringLiteral("false"),
                                     QStringLiteral("nein"), QStringLiteral("non")};
    const QString v = value.trimmed().toLower();
    if (yes.contains(v))
        return true;
    if (no.contains(v))
        return false;
    return std::nullopt;
}

std::optional<double> numberOf(const QString& text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && std::isfinite(v) ? std::optional<double>(v) : std::nullopt;
}

bool scaleOf(QuestionKind kind, int* min, int* max)
{
    return questionKindScale(kind, min, max);
}

const QVector<QuestionKind> kScaleKinds = {QuestionKind::Nps, QuestionKind::Csat, QuestionKind::Ces,
                                           QuestionKind::Rating};

// The numbers of a choice's options, from their labels when every label is
// a whole number, else from their codes; empty when neither is.
QHash<QString, double> optionNumbers(const QVector<SourceOption>& options)
{
    for (const bool labels : {true, false}) {
        QHash<QString, double> out;
        for (const SourceOption& o : options) {
            const auto v = numberOf(labels ? o.label : o.code);
            if (!v || *v != std::floor(*v))
                break;
            out.insert(o.code, *v);
        }
        if (out.size() == options.size() && !options.isEmpty())
            return out;
    }
    return {};
}

void addKind(QVector<QuestionKind>* kinds, QuestionKind k)
{
    if (!kinds->contains(k))
        kinds->push_back(k);
}

// The kind a question gets unless the person says otherwise, what else it
// may become, and the numbers of its options.
void proposeKind(PlannedQuestion* p)
{
    const SourceQuestion& q = p->source;
    for (const SourceOption& o : q.options)
        p->labelOf.insert(o.code, optionSafe(o.label.isEmpty() ? o.code : o.label));
    auto scaleKinds = [&](int lo, int hi) {
        QVector<QuestionKind> out;
        for (QuestionKind k : kScaleKinds) {
            int min = 0, max = 0;
            if (scaleOf(k, &min, &max) && min <= lo && hi <= max)
                out.push_back(k);
        }
        return out;
    };
    auto defaultScale = [&](int lo, int hi) -> std::optional<QuestionKind> {
        if (lo == 0 && hi == 10)
            return QuestionKind::Nps;
        if (lo == 1 && hi == 5)
            return matchesWord(q.text, kSatisfied) ? QuestionKind::Csat : QuestionKind::Rating;
        if (lo == 1 && hi == 7 && matchesWord(q.text, kEase))
            return QuestionKind::Ces;
        if (lo == 1 && hi == 10 && matchesWord(q.text, kRecommend))
            return QuestionKind::Nps;
        return std::nullopt;
    };
    switch (q.shape) {
    case SourceShape::Nps:
    case SourceShape::Scale: {
        const int lo = q.shape == SourceShape::Nps ? 0 : q.scaleMin;
        const int hi = q.shape == SourceShape::Nps ? 10 : q.scaleMax;
        p->valueOf = optionNumbers(q.options);
        p->kinds = scaleKinds(lo, hi);
        if (q.shape == SourceShape::Nps)
            p->kind = QuestionKind::Nps;
        else
            p->kind = defaultScale(lo, hi);
        if (hi - lo <= 10)
            addKind(&p->kinds, QuestionKind::Single);
        if (!p->kind)
            p->kind =
                hi - lo <= 10 ? std::optional<QuestionKind>(QuestionKind::Single) : std::nullopt;
        if (!p->kind)
            p->note =
                Text::tr("a scale from %1 to %2 fits none of CX Desk's scales").arg(lo).arg(hi);
        break;
    }
    case SourceShape::Choice: {
        p->valueOf = optionNumbers(q.options);
        p->kind = QuestionKind::Single;
        p->kinds = {QuestionKind::Single};
        if (!p->valueOf.isEmpty()) {
            double lo = 1e9, hi = -1e9;
            for (double v : std::as_const(p->valueOf)) {
                lo = std::min(lo, v);
                hi = std::max(hi, v);
            }
            for (QuestionKind k : scaleKinds(int(lo), int(hi)))
                addKind(&p->kinds, k);
            // Options that are the numbers themselves (0 to 10) are a scale.
            bool numericLabels = true;
            for (const SourceOption& o : q.options)
                numericLabels &= numberOf(o.label).has_value() || o.label.isEmpty();
            const bool contiguous = int(hi - lo) + 1 == q.options.size();
            const auto scale = contiguous ? defaultScale(int(lo), int(hi)) : std::nullopt;
            // Else the wording tells: satisfied, easy, recommend.
            const bool worded =
                scale && ((*scale == QuestionKind::Csat) || (*scale == QuestionKind::Ces) ||
                          matchesWord(q.text, kRecommend));
            if (scale && (numericLabels || worded))
                p->kind = scale;
        }
        // By label, or by a code that is a word ("yes" under a label in another language).
        auto answer = [](const SourceOption& o) {
            const auto byLabel = yesOrNo(o.label);
            return byLabel || numberOf(o.code) ? byLabel : yesOrNo(o.code);
        };
        auto yes = [&](const SourceOption& o) { return answer(o).value_or(false); };
        auto no = [&](const SourceOption& o) { return !answer(o).value_or(true); };
        if (q.options.size() == 2 && yes(q.options[0]) && no(q.options[1])) {
            p->kind = QuestionKind::YesNo;
            addKind(&p->kinds, QuestionKind::YesNo);
        }
        addKind(&p->kinds, QuestionKind::Text);
        break;
    }
    case SourceShape::MultiChoice:
        p->kind = QuestionKind::Multi;
        p->kinds = {QuestionKind::Multi};
        break;
    case SourceShape::YesNo:
        p->kind = QuestionKind::YesNo;
        p->kinds = {QuestionKind::YesNo, QuestionKind::Single};
        break;
    case SourceShape::Text:
        p->kind = QuestionKind::Text;
        p->kinds = {QuestionKind::Text};
        break;
    case SourceShape::Unsupported:
        p->note = q.leftOut;
        break;
    }
}

// The question as CX Desk stores it, for its kind.
Question questionFor(const PlannedQuestion& p)
{
    Question q = makeQuestion(p.code, *p.kind, p.source.text, p.source.required);
    if (q.text.trimmed().isEmpty())
        q.text = p.code;
    q.labelMin = p.source.labelMin;
    q.labelMax = p.source.labelMax;
    const SourceQuestion& s = p.source;
    if (*p.kind == QuestionKind::Single || *p.kind == QuestionKind::Multi) {
        if (s.options.isEmpty() && s.scaleMax > s.scaleMin) {
            for (int v = s.scaleMin; v <= s.scaleMax; ++v) {
                q.options << QString::number(v);
                q.optionCodes << QString::number(v);
            }
        } else {
            QSet<QString> seen;
            for (const SourceOption& o : s.options) {
                QString label = p.labelOf.value(o.code);
                if (seen.contains(label.toLower()))
                    label += QStringLiteral(" (%1)").arg(o.code);
                seen.insert(label.toLower());
                q.options << label;
                q.optionCodes << optionSafe(o.code);
            }
        }
    } else if (kScaleKinds.contains(*p.kind) && !s.options.isEmpty()) {
        // The scale keeps the source's options, so answers exported later by
        // label or by code still find their number.
        for (const SourceOption& o : s.options) {
            q.options << p.labelOf.value(o.code);
            q.optionCodes << optionSafe(o.code);
        }
        if (q.labelMin.isEmpty() && !numberOf(s.options.first().label)) {
            q.labelMin = s.options.first().label;
            q.labelMax = s.options.last().label;
        }
    }
    return q;
}

// A source value for a condition or an answer, in the terms of the question's kind here.
std::optional<QVariant> valueFor(const PlannedQuestion& p, const Question& q, const QString& raw)
{
    int min = 0, max = 0;
    if (q.kind != QuestionKind::YesNo && scaleOf(q.kind, &min, &max)) {
        std::optional<double> v;
        if (p.valueOf.contains(raw))
            v = p.valueOf.value(raw);
        for (auto it = p.labelOf.constBegin(); !v && it != p.labelOf.constEnd(); ++it)
            if (it.value().compare(raw.trimmed(), Qt::CaseInsensitive) == 0 &&
                p.valueOf.contains(it.key()))
                v = p.valueOf.value(it.key());
        if (!v)
            v = numberOf(raw);
        if (!v || *v != std::floor(*v) || *v < min || *v > max)
            return std::nullopt;
        return QVariant(*v);
    }
    if (q.kind == QuestionKind::YesNo) {
        std::optional<bool> yes = yesOrNo(raw);
        if (!yes && p.labelOf.contains(raw))
            yes = yesOrNo(p.labelOf.value(raw));
        if (!yes && !p.source.options.isEmpty() && p.source.options.size() == 2)
            yes =
                raw == p.source.options[0].code
                    ? std::optional<bool>(true)
                    : (raw == p.source.options[1].code ? std::optional<bool>(false) : std::nullopt);
        if (!yes)
            return std::nullopt;
        return QVariant(*yes ? 1.0 : 0.0);
    }
    if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) {
        const int at = q.optionCodes.indexOf(optionSafe(raw));
        if (at >= 0)
            return QVariant(q.options.at(at));
        for (const QString& label : q.options)
            if (label.compare(raw.trimmed(), Qt::CaseInsensitive) == 0)
                return QVariant(label);
        return std::nullopt;
    }
    return QVariant(p.labelOf.value(raw, raw));
}

void planCondition(ImportPlan* plan, int index)
{
    PlannedQuestion& p = plan->questions[index];
    const SourceQuestion& s = p.source;
    if (!p.kind || s.conditionText.isEmpty())
        return;
    if (!s.condition) {
        p.conditionDropped = s.conditionProblem.isEmpty()
                                 ? Text::tr("it is not one comparison of a question with a value")
                                 : s.conditionProblem;
        return;
    }
    const SourceCondition& c = *s.condition;
    int target = -1;
    for (int i = 0; i < plan->questions.size(); ++i)
        if (plan->questions[i].source.code == c.code) {
            target = i;
            break;
        }
    if (target < 0) {
        p.conditionDropped =
            Text::tr("it refers to '%1', which is not a question of the survey").arg(c.code);
        return;
    }
    if (target == index) {
        p.conditionDropped = Text::tr("it refers to the question itself");
        return;
    }
    if (target > index) {
        p.conditionDropped = Text::tr("it refers to '%1', which comes later").arg(c.code);
        return;
    }
    const PlannedQuestion& t = plan->questions[target];
    if (!t.kind) {
        p.conditionDropped = Text::tr("it refers to '%1', which is left out").arg(t.code);
        return;
    }
    const Question tq = questionFor(t);
    const bool ordered = c.op != QLatin1String("=") && c.op != QLatin1String("!=");
    int min = 0, max = 0;
    const bool number = tq.kind == QuestionKind::Text && t.source.numeric;
    if (ordered && !number && (tq.kind == QuestionKind::YesNo || !scaleOf(tq.kind, &min, &max))) {
        p.conditionDropped =
            Text::tr("it asks whether '%1' is more or less than a value; only numbers and "
                     "scales are")
                .arg(t.code);
        return;
    }
    std::optional<QVariant> value = valueFor(t, tq, c.value);
    if (number && numberOf(c.value))
        value = QVariant(*numberOf(c.value));
    if (!value && ordered)
        if (const auto n = numberOf(c.value))
            value = QVariant(*n);
    if (!value) {
        p.conditionDropped = Text::tr("'%1' is not an answer '%2' can have").arg(c.value, t.code);
        return;
    }
    QJsonObject json{{QStringLiteral("code"), t.code}, {QStringLiteral("op"), c.op}};
    json.insert(QStringLiteral("value"), QJsonValue::fromVariant(*value));
    p.condition = QStringLiteral("%1 %2 %3")
                      .arg(t.code, c.op,
                           value->typeId() == QMetaType::Double
                               ? QString::number(value->toDouble())
                               : QStringLiteral("\"%1\"").arg(value->toString()));
    plan->survey.questions[index].showIf =
        QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString contentHash(const SourceResponse& r)
{
    QStringList parts{r.submittedAt};
    QStringList codes = r.answers.keys();
    codes.sort();
    for (const QString& c : std::as_const(codes))
        parts << c + QLatin1Char('=') + r.answers.value(c).join(QChar(0x1f));
    return QString::fromLatin1(
        QCryptographicHash::hash(parts.join(QChar(0x1e)).toUtf8(), QCryptographicHash::Sha1)
            .toHex());
}

QString responseUuid(const ImportPlan& plan, const SourceResponse& r)
{
    return derivedUuid(plan.survey.uuid + QLatin1Char(':') +
                       (r.id.isEmpty() ? contentHash(r) : r.id));
}

// The answers of one response, by the questions of the plan; values that fit
// no option or scale are counted, not stored.
QVector<Answer> answersOf(const ImportPlan& plan, const Survey& stored, const SourceResponse& r,
                          qint64* leftOut)
{
    QVector<Answer> out;
    for (int i = 0; i < plan.questions.size(); ++i) {
        const PlannedQuestion& p = plan.questions[i];
        if (!p.kind)
            continue;
        const auto it = r.answers.constFind(p.source.key.isEmpty() ? p.source.code : p.source.key);
        if (it == r.answers.constEnd() || it->isEmpty())
            continue;
        const Question* q = nullptr;
        for (const Question& x : stored.questions)
            if (x.code == p.code)
                q = &x;
        if (!q)
            continue;
        Answer a;
        a.questionId = q->id;
        QStringList values = *it;
        if (q->kind == QuestionKind::Multi && values.size() == 1 &&
            !valueFor(p, *q, values.first()))
            values = values.first().split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (q->kind == QuestionKind::Multi) {
            QStringList labels;
            for (const QString& v : std::as_const(values)) {
                const auto label = valueFor(p, *q, v.trimmed());
                if (label)
                    labels << label->toString();
                else
                    ++*leftOut;
            }
            if (labels.isEmpty())
                continue;
            a.valueText = labels.join(QLatin1Char(';'));
        } else if (q->kind == QuestionKind::Text) {
            QStringList texts;
            for (const QString& v : std::as_const(values))
                texts << valueFor(p, *q, v)->toString();
            a.valueText = texts.join(QStringLiteral("; "));
        } else {
            const auto v = valueFor(p, *q, values.first());
            if (!v) {
                ++*leftOut;
                continue;
            }
            if (v->typeId() == QMetaType::Double)
                a.valueNum = v->toDouble();
            else
                a.valueText = v->toString();
        }
        out.push_back(a);
    }
    return out;
}

} // namespace

namespace {
// Text in UTF-16 (with or without its byte order mark) as UTF-8; other bytes as they are.
QByteArray asUtf8(const QByteArray& bytes)
{
    const bool le = bytes.startsWith("\xFF\xFE") ||
                    (bytes.size() > 3 && bytes[1] == 0 && bytes[3] == 0 && bytes[0] != 0);
    const bool be = bytes.startsWith("\xFE\xFF") ||
                    (bytes.size() > 3 && bytes[0] == 0 && bytes[2] == 0 && bytes[1] != 0);
    if (!le && !be)
        return bytes;
    auto decode = QStringDecoder(le ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
    QString text = decode(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    return text.toUtf8();
}
} // namespace

namespace {

// Many responses to a server: checked here, sent with COPY into two tables of
// this transaction, and moved from there into responses and answers in one
// statement each, rather than a round trip per answer.
bool copyResponses(QSqlDatabase& db, const ImportPlan& plan, const Survey& stored,
                   ResponseRepository& check, ImportOutcome* outcome, QString* error)
{
    // Dropped with the transaction, whichever way it ends.
    if (!execSql(db,
                 QStringLiteral("CREATE TEMPORARY TABLE cx_staged_responses (uuid text COLLATE "
                                "\"C\" PRIMARY KEY, submitted_at text COLLATE \"C\" NOT NULL) "
                                "ON COMMIT DROP"),
                 error) ||
        !execSql(db,
                 QStringLiteral("CREATE TEMPORARY TABLE cx_staged_answers (uuid text COLLATE "
                                "\"C\" NOT NULL, question_id bigint NOT NULL, value_num double "
                                "precision, value_text text COLLATE \"C\") ON COMMIT DROP"),
                 error))
        return false;
    // Checked first, then sent table by table (a connection copies one at a time).
    QVector<Response> checked;
    QSet<QString> seen;
    qint64 leftOut = 0;
    for (const SourceResponse& r : plan.source.responses) {
        Response response;
        response.uuid = responseUuid(plan, r);
        if (seen.contains(response.uuid)) {
            ++outcome->responsesRepeated;
            continue;
        }
        seen.insert(response.uuid);
        response.surveyId = stored.id;
        response.submittedAt = r.submittedAt;
        response.answers = answersOf(plan, stored, r, &leftOut);
        const QString invalid = check.validate(response);
        if (!invalid.isEmpty()) {
            *error =
                Text::tr("response %1: %2").arg(r.id.isEmpty() ? r.submittedAt : r.id, invalid);
            return false;
        }
        checked.push_back(response);
    }
    const Engine& engine = engineOf(db);
    {
        const std::unique_ptr<RowWriter> rows =
            engine.rowWriter(db, QStringLiteral("cx_staged_responses"),
                             {QStringLiteral("uuid"), QStringLiteral("submitted_at")});
        for (const Response& r : std::as_const(checked))
            if (!rows->add({r.uuid, r.submittedAt}, error))
                return false;
        if (!rows->finish(error))
            return false;
    }
    {
        const std::unique_ptr<RowWriter> values =
            engine.rowWriter(db, QStringLiteral("cx_staged_answers"),
                             {QStringLiteral("uuid"), QStringLiteral("question_id"),
                              QStringLiteral("value_num"), QStringLiteral("value_text")});
        for (const Response& r : std::as_const(checked))
            for (const Answer& a : r.answers)
                if (!values->add({r.uuid, a.questionId,
                                  a.valueNum ? QVariant(*a.valueNum)
                                             : QVariant(QMetaType::fromType<double>()),
                                  sql::text(a.valueText)},
                                 error))
                    return false;
        if (!values->finish(error))
            return false;
    }
    outcome->answersLeftOut = leftOut;
    // Those stored before stay as they are.
    QSqlQuery known(db);
    if (!sql::runLookup(known,
                        QStringLiteral("DELETE FROM cx_staged_responses s USING responses r "
                                       "WHERE r.uuid = s.uuid"),
                        error))
        return false;
    outcome->responsesKnown = known.numRowsAffected();
    QSqlQuery add(db);
    add.prepare(QStringLiteral("INSERT INTO responses (uuid, survey_id, submitted_at, source) "
                               "SELECT uuid, ?, submitted_at, 'import' FROM cx_staged_responses"));
    add.addBindValue(stored.id);
    if (!sql::exec(add, QT_TRANSLATE_NOOP("cx::Text", "cannot add response"), error))
        return false;
    outcome->responsesAdded = add.numRowsAffected();
    QSqlQuery answers(db);
    return sql::runLookup(
        answers,
        QStringLiteral("INSERT INTO answers (response_id, question_id, value_num, value_text) "
                       "SELECT r.id, a.question_id, a.value_num, a.value_text FROM "
                       "cx_staged_answers a JOIN cx_staged_responses s ON s.uuid = a.uuid JOIN "
                       "responses r ON r.uuid = a.uuid"),
        error);
}

} // namespace

SurveyFileFormat detectSurveyFormat(const QByteArray& given)
{
    const QByteArray head = asUtf8(given);
    if (looksLikeZip(head))
        return head.contains("xl/") || head.contains("[Content_Types].xml")
                   ? SurveyFileFormat::XlsForm
                   : SurveyFileFormat::LimeSurveyArchive;
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith('{')) {
        if (trimmed.contains("\"SurveyEntry\"") || trimmed.contains("\"SurveyElements\""))
            return SurveyFileFormat::Qualtrics;
        return SurveyFileFormat::CxDesk;
    }
    if (trimmed.startsWith('<')) {
        if (trimmed.contains("<LimeSurveyDocType>Responses") ||
            trimmed.contains("<LimeSurveyDocType>responses"))
            return SurveyFileFormat::LimeSurveyResponses;
        if (trimmed.contains("<LimeSurveyDocType>") || trimmed.contains("<document>"))
            return SurveyFileFormat::LimeSurvey;
        if (trimmed.contains("http://www.w3.org/2002/xforms") || trimmed.contains(":html"))
            return SurveyFileFormat::XForm;
        return SurveyFileFormat::Unknown;
    }
    if (looksLikeQualtricsResponses(text))
        return SurveyFileFormat::QualtricsResponses;
    return SurveyFileFormat::Unknown;
}

bool readSurveyFile(const QString& path, const QString& language, SourceSurvey* out, QString* error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = Text::tr("no such file");
        return false;
    }
    if (QFileInfo(path).size() > kMaxSourceBytes) {
        *error = Text::tr("the file is %1 MB; a survey file of more than %2 MB is not read")
                     .arg(QFileInfo(path).size() / (1024 * 1024))
                     .arg(kMaxSourceBytes / (1024 * 1024));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    const QByteArray head = file.peek(8192);
    const SurveyFileFormat format = detectSurveyFormat(head);
    if (format == SurveyFileFormat::QualtricsResponses) {
        file.close();
        return readQualtricsResponses(path, out, error);
    }
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xD0\xCF\x11\xE0")) {
        *error = Text::tr(
            "an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx) first");
        return false;
    }
    bool ok = false;
    switch (format) {
    case SurveyFileFormat::LimeSurvey:
        ok = readLimeSurvey(bytes, language, out, error);
        break;
    case SurveyFileFormat::LimeSurveyArchive: {
        // An archive is told apart from a workbook by what it holds.
        ZipContainer zip;
        if (!zip.open(bytes, error))
            return false;
        if (zip.names().contains(QStringLiteral("xl/workbook.xml")))
            ok = readXlsForm(bytes, language, out, error);
        else if (!zip.find(QStringLiteral(".lss")).isEmpty())
            ok = readLimeSurveyArchive(bytes, language, out, error);
        else {
            *error = Text::tr(
                "a ZIP archive that holds neither an XLSForm workbook nor a LimeSurvey survey");
            return false;
        }
        break;
    }
    case SurveyFileFormat::XlsForm:
        ok = readXlsForm(bytes, language, out, error);
        break;
    case SurveyFileFormat::Qualtrics:
        ok = readQualtricsSurvey(asUtf8(bytes), language, out, error);
        break;
    case SurveyFileFormat::XForm:
        ok = readXForm(bytes, language, out, error);
        break;
    case SurveyFileFormat::QualtricsResponses:
        ok = readQualtricsResponses(path, out, error);
        break;
    case SurveyFileFormat::LimeSurveyResponses:
        *error = Text::tr("LimeSurvey responses (.lsr) without their survey; import the survey "
                          "archive (.lsa), which holds both");
        return false;
    case SurveyFileFormat::CxDesk:
        *error = Text::tr("a CX Desk survey definition, which is read as such");
        return false;
    case SurveyFileFormat::Unknown:
        *error =
            Text::tr("not a survey file CX Desk can read (CX Desk JSON, LimeSurvey .lss or .lsa, "
                     "Qualtrics .qsf or responses CSV, XLSForm .xlsx, XForm .xml)");
        return false;
    }
    return ok;
}

QString sourceSurveyUuid(const SourceSurvey& source, const QString& fallbackTitle)
{
    QStringList identity{source.family, source.sourceId};
    if (source.sourceId.isEmpty()) {
        const QString title = source.title.trimmed();
        identity << (title.isEmpty() ? fallbackTitle : title);
        for (const SourceQuestion& q : source.questions)
            identity << q.code;
    }
    return derivedUuid(identity.join(QLatin1Char('\x1f')));
}

std::optional<Survey> importedBefore(QSqlDatabase& db, const SourceSurvey& source,
                                     const QString& fallbackTitle)
{
    if (source.responsesOnly)
        return std::nullopt;
    return SurveyRepository(db).byUuid(sourceSurveyUuid(source, fallbackTitle));
}

QString languageImportedBefore(const SourceSurvey& source, const Survey& before)
{
    for (const QString& l : source.languages)
        if (!before.language.isEmpty() && languageCode(l) == before.language)
            return l;
    return {};
}

ImportPlan planImport(const SourceSurvey& source,
                      const QHash<QString, std::optional<QuestionKind>>& kinds,
                      const QString& fallbackTitle, const Survey* before)
{
    ImportPlan plan;
    plan.source = source;
    plan.notes = source.notes;
    Survey& s = plan.survey;
    s.title = source.title.trimmed();
    if (s.title.isEmpty()) {
        s.title = fallbackTitle.isEmpty() ? Text::tr("Imported survey") : fallbackTitle;
        plan.notes
            << Text::tr("The file gives the survey no title; it is called “%1”.").arg(s.title);
    }
    s.description = source.description;
    s.language = languageCode(source.language);
    s.thankYou = source.thankYou;
    s.thankYouGiven = !source.thankYou.isEmpty();
    s.status = SurveyStatus::Active;
    s.uuid = sourceSurveyUuid(source, fallbackTitle);
    QSet<QString> codes, sourceCodes;
    for (const SourceQuestion& q : source.questions)
        sourceCodes.insert(optionSafe(q.code).remove(QLatin1Char(' ')).toLower());
    for (int i = 0; i < source.questions.size(); ++i) {
        PlannedQuestion p;
        p.source = source.questions[i];
        proposeKind(&p);
        // A survey imported before keeps the kinds it was given then, so its answers
        // keep their meaning.
        if (before && !kinds.contains(p.source.code)) {
            const QString code = optionSafe(p.source.code).remove(QLatin1Char(' '));
            for (const Question& q : before->questions)
                if (q.code == code && p.kinds.contains(q.kind) && p.kind != q.kind) {
                    p.kind = q.kind;
                    p.note = Text::tr("kept as it was imported before");
                }
        }
        if (kinds.contains(p.source.code)) {
            const auto wanted = kinds.value(p.source.code);
            if (!wanted)
                p.kind = std::nullopt, p.note = Text::tr("left out by choice");
            else if (p.kinds.contains(*wanted))
                p.kind = wanted;
        }
        QString code = optionSafe(p.source.code).remove(QLatin1Char(' '));
        for (int n = i + 1; code.isEmpty(); ++n)
            if (!sourceCodes.contains(QStringLiteral("question_%1").arg(n)))
                code = QStringLiteral("question_%1").arg(n);
        if (codes.contains(code.toLower())) {
            int n = 2;
            while (codes.contains(QStringLiteral("%1_%2").arg(code).arg(n).toLower()))
                ++n;
            const QString renamed = QStringLiteral("%1_%2").arg(code).arg(n);
            if (p.kind)
                p.note =
                    Text::tr("its code '%1' is used twice; here it is '%2'").arg(code, renamed);
            code = renamed;
        } else if (p.source.code.trimmed().isEmpty() && p.kind) {
            p.note = Text::tr("it has no code; here it is '%1'").arg(code);
        }
        codes.insert(code.toLower());
        p.code = code;
        if (p.kind && p.source.text.trimmed().isEmpty() && p.note.isEmpty())
            p.note = Text::tr("it has no text; its code stands in");
        plan.questions.push_back(p);
        s.questions.push_back(p.kind ? questionFor(p) : Question());
    }
    for (int i = 0; i < plan.questions.size(); ++i)
        planCondition(&plan, i);
    QVector<Question> kept;
    for (int i = 0; i < plan.questions.size(); ++i)
        if (plan.questions[i].kind)
            kept.push_back(s.questions[i]);
    s.questions = kept;
    return plan;
}

bool planResponses(QSqlDatabase& db, const SourceSurvey& source, const QString& uuid,
                   ImportPlan* plan, QString* error)
{
    SurveyRepository repo(db);
    std::optional<Survey> target;
    if (!uuid.isEmpty()) {
        target = repo.byUuid(uuid);
        if (!target) {
            *error = Text::tr("no survey has the uuid %1").arg(uuid);
            return false;
        }
        bool any = false;
        for (const Question& q : target->questions)
            for (const SourceQuestion& column : source.questions)
                any |= column.code == q.code;
        if (!any) {
            *error =
                Text::tr("none of the export's columns is a question of “%1”").arg(target->title);
            return false;
        }
    } else {
        QSet<QString> columns;
        for (const SourceQuestion& q : source.questions)
            columns.insert(q.code);
        int best = 0, tied = 0;
        QStringList names;
        const QVector<Survey> all = repo.list();
        for (const Survey& s : all) {
            int matched = 0;
            for (const Question& q : repo.questions(s.id))
                matched += columns.contains(q.code);
            // At least half the export's columns are questions of the survey.
            if (matched == 0 || matched * 2 < columns.size())
                continue;
            names << QStringLiteral("“%1” (%2)").arg(s.title, s.uuid);
            if (matched > best) {
                best = matched;
                tied = 0;
                target = s;
            } else if (matched == best) {
                ++tied;
            }
        }
        if (!target) {
            *error = Text::tr("no survey here has questions named like the columns of this export; "
                              "import the survey (.qsf) first");
            return false;
        }
        if (tied > 0) {
            *error = Text::tr("several surveys have questions named like these columns; name one "
                              "with --survey: %1")
                         .arg(names.join(QStringLiteral(", ")));
            return false;
        }
        target = repo.byId(target->id);
    }
    ImportPlan p;
    p.source = source;
    p.notes = source.notes;
    p.survey = *target;
    p.updates = true;
    p.existingTitle = target->title;
    QSet<QString> stored;
    for (const Question& q : std::as_const(target->questions)) {
        stored.insert(q.code);
        PlannedQuestion pq;
        pq.code = q.code;
        pq.kind = q.kind;
        pq.kinds = {q.kind};
        pq.source.code = q.code;
        pq.source.text = q.text;
        QVector<SourceOption> options;
        for (int i = 0; i < q.options.size(); ++i) {
            options.push_back({q.optionCodes.value(i, q.options[i]), q.options[i]});
            pq.labelOf.insert(options.last().code, q.options[i]);
        }
        pq.source.options = options;
        int min = 0, max = 0;
        if (scaleOf(q.kind, &min, &max))
            pq.valueOf = optionNumbers(options);
        bool found = false;
        for (const SourceQuestion& column : source.questions)
            found |= column.code == q.code;
        if (!found)
            pq.note = Text::tr("the export has no column for it");
        p.questions.push_back(pq);
    }
    QStringList unknown;
    for (const SourceQuestion& column : source.questions)
        if (!stored.contains(column.code) && !column.code.endsWith(QLatin1String("_TEXT")))
            unknown << column.code;
    if (!unknown.isEmpty())
        p.notes << Text::tr("Columns that are no question of the survey are left out: %1.")
                       .arg(unknown.join(QStringLiteral(", ")));
    *plan = p;
    return true;
}

bool checkImport(QSqlDatabase& db, ImportPlan* plan, QString* error)
{
    if (!plan->source.responsesOnly) {
        const auto existing = SurveyRepository(db).byUuid(plan->survey.uuid);
        plan->updates = existing.has_value();
        plan->existingTitle = existing ? existing->title : QString();
    }
    plan->newResponses = 0;
    plan->knownResponses = 0;
    plan->repeatedResponses = 0;
    plan->answersLeftOut = 0;
    if (plan->source.responses.isEmpty())
        return true;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM responses WHERE uuid = ?"));
    QSet<QString> seen;
    for (const SourceResponse& r : std::as_const(plan->source.responses)) {
        const QString uuid = responseUuid(*plan, r);
        if (seen.contains(uuid)) {
            ++plan->repeatedResponses;
            continue;
        }
        seen.insert(uuid);
        q.bindValue(0, uuid);
        if (!sql::runLookup(q, error))
            return false;
        const bool known = q.next();
        q.finish();
        if (known) {
            ++plan->knownResponses;
            continue;
        }
        ++plan->newResponses;
        answersOf(*plan, plan->survey, r, &plan->answersLeftOut);
    }
    return true;
}

QStringList importReport(const ImportPlan& plan)
{
    QStringList out;
    const SourceSurvey& s = plan.source;
    out << Text::tr("Read: %1").arg(s.format);
    if (!s.languages.isEmpty())
        out << Text::tr("Language: %1 (the file has %2)")
                   .arg(s.language, s.languages.join(QStringLiteral(", ")));
    if (s.responsesOnly)
        out << Text::tr("Responses for the survey “%1” (%2)")
                   .arg(plan.survey.title, plan.survey.uuid);
    else if (plan.updates)
        out << Text::tr("Survey: “%1” updates the survey imported before from this source (%2)")
                   .arg(plan.survey.title, plan.survey.uuid);
    else
        out << Text::tr("Survey: “%1”, new (%2)").arg(plan.survey.title, plan.survey.uuid);
    int kept = 0, left = 0, conditions = 0, dropped = 0;
    if (!s.responsesOnly) {
        out << Text::tr("Questions:");
        for (int i = 0; i < plan.questions.size(); ++i) {
            const PlannedQuestion& p = plan.questions[i];
            const QString head =
                QStringLiteral("  %1. %2 [%3]").arg(i + 1).arg(p.code, p.source.type);
            QString text = p.source.text.simplified();
            if (text.size() > 60)
                text = text.left(57) + QStringLiteral("...");
            if (p.kind) {
                ++kept;
                out << Text::tr("%1 -> %2: %3").arg(head, questionKindName(*p.kind), text);
            } else {
                ++left;
                out << (text.isEmpty() ? Text::tr("%1 left out: %2").arg(head, p.note)
                                       : Text::tr("%1 left out: %2 (%3)").arg(head, p.note, text));
            }
            if (p.kind && !p.note.isEmpty())
                out << Text::tr("       note: %1").arg(p.note);
            if (!p.condition.isEmpty()) {
                ++conditions;
                out << Text::tr("       shown if %1 (from: %2)")
                           .arg(p.condition, p.source.conditionText);
            } else if (!p.conditionDropped.isEmpty()) {
                ++dropped;
                out << Text::tr("       condition dropped, %1: %2")
                           .arg(p.conditionDropped, p.source.conditionText);
            }
        }
        out << Text::tr("%1 to import, %2 left out; %3 kept, %4 dropped")
                   .arg(Text::tr("%n question(s)", nullptr, kept))
                   .arg(left)
                   .arg(Text::tr("%n condition(s)", nullptr, conditions))
                   .arg(dropped);
    } else {
        for (const PlannedQuestion& p : plan.questions)
            if (!p.note.isEmpty())
                out << Text::tr("  %1: %2").arg(p.code, p.note);
    }
    if (s.hasResponses) {
        out << Text::tr("Responses: %1 new, %2 imported before")
                   .arg(plan.newResponses)
                   .arg(plan.knownResponses);
        if (s.incompleteResponses > 0)
            out << Text::tr("  never submitted, so left out: %n response(s)", nullptr,
                            s.incompleteResponses);
        if (plan.repeatedResponses > 0)
            out << Text::tr("  in the file twice, so left out once: %n response(s)", nullptr,
                            int(plan.repeatedResponses));
        if (plan.answersLeftOut > 0)
            out << Text::tr("  fitting no option or scale, so left out: %n answer(s)", nullptr,
                            int(plan.answersLeftOut));
    }
    for (const QString& n : plan.notes)
        out << Text::tr("Note: %1").arg(n);
    return out;
}

bool applyImport(QSqlDatabase& db, const ImportPlan& plan, ImportOutcome* outcome, QString* error)
{
    *outcome = ImportOutcome();
    if (!plan.source.responsesOnly && plan.survey.questions.isEmpty()) {
        *error = Text::tr("no question of the survey can be imported");
        return false;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = Text::tr("the database cannot be written: %1").arg(tx.error());
        return false;
    }
    Survey stored = plan.survey;
    if (!plan.source.responsesOnly) {
        if (!importSurveyWithin(db, stored, &outcome->created, error))
            return false;
    }
    outcome->surveyId = stored.id;
    ResponseRepository responses(db);
    responses.setAllOrNothing(true); // any failure rolls the whole import back
    if (db.driverName() == QLatin1String("QPSQL") && plan.source.responses.size() >= 100) {
        if (!copyResponses(db, plan, stored, responses, outcome, error))
            return false;
        return tx.commit(error);
    }
    qint64 leftOut = 0;
    QSet<QString> seen;
    for (const SourceResponse& r : plan.source.responses) {
        Response response;
        response.uuid = responseUuid(plan, r);
        if (seen.contains(response.uuid)) { // in the file twice: taken once
            ++outcome->responsesRepeated;
            continue;
        }
        seen.insert(response.uuid);
        response.surveyId = stored.id;
        response.submittedAt = r.submittedAt;
        response.source = ResponseSource::Import;
        response.answers = answersOf(plan, stored, r, &leftOut);
        bool inserted = false;
        if (!responses.insertOnce(response, &inserted, error)) {
            *error = Text::tr("response %1: %2").arg(r.id.isEmpty() ? r.submittedAt : r.id, *error);
            return false;
        }
        ++(inserted ? outcome->responsesAdded : outcome->responsesKnown);
    }
    outcome->answersLeftOut = leftOut;
    return tx.commit(error);
}

} // namespace cx
