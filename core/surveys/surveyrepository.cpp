#include "core/surveys/surveyrepository.h"
#include "core/common/text.h"

#include "core/storage/rowversion.h"
#include "core/common/timeutil.h"

#include <cmath>

namespace cx {

namespace {
const QLatin1Char kOptionSeparator(';');

Survey surveyFromRow(const QSqlQuery& q)
{
    Survey s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.title = q.value(2).toString();
    s.touchpointId = q.value(3).toLongLong();
    s.status = q.value(4).toString();
    s.description = q.value(5).toString();
    s.language = q.value(6).toString();
    s.thankYou = q.value(7).toString();
    s.channelId = q.value(8).toLongLong();
    s.rowVersion = q.value(9).toInt();
    s.updatedAt = q.value(10).toString();
    return s;
}
const char* const kSurveyColumns = "id, uuid, title, touchpoint_id, status, description, language, thank_you, channel_id, "
                                   "row_version, updated_at";
const char* const kActionColumns = "id, customer_id, response_id, interaction_id, title, status, due_on, created_at, "
                                   "closed_at, resolution, row_version, updated_at";
Action actionFromRow(const QSqlQuery& q);
} // namespace

SurveyRepository::SurveyRepository(QSqlDatabase& db)
    : m_db(db)
{
}

bool SurveyRepository::insert(Survey& survey, QString* error)
{
    if (survey.title.trimmed().isEmpty()) {
        *error = Text::tr("a survey needs a title");
        return false;
    }
    sql::Savepoint sp(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO surveys (uuid, title, touchpoint_id, status, description, language, "
                             "thank_you, channel_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (survey.uuid.isEmpty())
        survey.uuid = sql::newUuid();
    q.bindValue(0, survey.uuid);
    q.bindValue(1, survey.title);
    q.bindValue(2, sql::id(survey.touchpointId));
    q.bindValue(3, survey.status);
    q.bindValue(4, sql::text(survey.description));
    q.bindValue(5, sql::text(survey.language));
    q.bindValue(6, sql::text(survey.thankYou));
    q.bindValue(7, sql::id(survey.channelId));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add survey"), error))
        return false;
    survey.id = q.lastInsertId().toLongLong();
    survey.rowVersion = 1;

    QSqlQuery qq(m_db);
    qq.prepare(QStringLiteral("INSERT INTO questions (survey_id, position, code, kind, text, required, options, "
                              "label_min, label_max, show_if) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (Question& question : survey.questions) {
        question.surveyId = survey.id;
        question.position = position++;
        qq.bindValue(0, survey.id);
        qq.bindValue(1, question.position);
        qq.bindValue(2, question.code);
        qq.bindValue(3, questionKindName(question.kind));
        qq.bindValue(4, question.text);
        qq.bindValue(5, question.required ? 1 : 0);
        qq.bindValue(6, sql::text(question.options.join(kOptionSeparator)));
        qq.bindValue(7, sql::text(question.labelMin));
        qq.bindValue(8, sql::text(question.labelMax));
        qq.bindValue(9, sql::text(question.showIf));
        if (!qq.exec()) {
            *error = Text::tr("cannot add question '%1': %2").arg(question.code, sql::errorText(qq));
            return false;
        }
        question.id = qq.lastInsertId().toLongLong();
        question.rowVersion = 1;
    }
    return sp.release(error);
}

std::optional<Survey> SurveyRepository::byUuid(const QString& uuid)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM surveys WHERE uuid = ? COLLATE NOCASE").arg(QLatin1String(kSurveyColumns)));
    q.bindValue(0, uuid.trimmed());
    if (!q.exec() || !q.next())
        return std::nullopt;
    Survey s = surveyFromRow(q);
    s.questions = questions(s.id);
    return s;
}

std::optional<Survey> SurveyRepository::byId(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM surveys WHERE id = ?").arg(QLatin1String(kSurveyColumns)));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Survey s = surveyFromRow(q);
    s.questions = questions(s.id);
    return s;
}

QVector<Survey> SurveyRepository::list()
{
    QVector<Survey> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM surveys ORDER BY title, id").arg(QLatin1String(kSurveyColumns)));
    while (q.next())
        out.push_back(surveyFromRow(q));
    return out;
}

QVector<Question> SurveyRepository::questions(qint64 surveyId)
{
    QVector<Question> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, survey_id, position, code, kind, text, required, options, label_min, "
                             "label_max, show_if, row_version, updated_at FROM questions WHERE survey_id = ? ORDER BY position, id"));
    q.bindValue(0, surveyId);
    q.exec();
    while (q.next()) {
        Question x;
        x.id = q.value(0).toLongLong();
        x.surveyId = q.value(1).toLongLong();
        x.position = q.value(2).toInt();
        x.code = q.value(3).toString();
        x.kind = questionKindFromName(q.value(4).toString()).value_or(QuestionKind::Text);
        x.text = q.value(5).toString();
        x.required = q.value(6).toBool();
        const QString options = q.value(7).toString();
        x.options = options.isEmpty() ? QStringList() : options.split(kOptionSeparator);
        x.labelMin = q.value(8).toString();
        x.labelMax = q.value(9).toString();
        x.showIf = q.value(10).toString();
        x.rowVersion = q.value(11).toInt();
        x.updatedAt = q.value(12).toString();
        out.push_back(x);
    }
    return out;
}

bool SurveyRepository::remove(const Survey& survey, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM surveys WHERE id = ? AND row_version = ?"));
    q.bindValue(0, survey.id);
    q.bindValue(1, survey.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete the survey"), error, [&] {
        return staleMessage(Text::tr("the survey “%1”").arg(survey.title), byId(survey.id), &survey, &differences);
    });
}

QStringList SurveyRepository::differences(const Survey& a, const Survey& b)
{
    QStringList out;
    if (a.title != b.title)
        out << Text::tr("title");
    if (a.status != b.status)
        out << Text::tr("status");
    if (a.touchpointId != b.touchpointId || a.channelId != b.channelId)
        out << Text::tr("where it is asked");
    if (a.description != b.description || a.language != b.language || a.thankYou != b.thankYou)
        out << Text::tr("wording");
    bool questions = a.questions.size() != b.questions.size();
    for (int i = 0; !questions && i < a.questions.size(); ++i) {
        const Question &x = a.questions[i], &y = b.questions[i];
        questions = x.id != y.id || x.code != y.code || x.kind != y.kind || x.text != y.text || x.required != y.required
                    || x.options != y.options || x.labelMin != y.labelMin || x.labelMax != y.labelMax || x.showIf != y.showIf;
    }
    if (questions)
        out << Text::tr("questions");
    return out;
}

qint64 SurveyRepository::responseCount(qint64 surveyId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM responses WHERE survey_id = ?"));
    q.bindValue(0, surveyId);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Survey> SurveyRepository::fullest()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT s.id FROM surveys s JOIN questions q ON q.survey_id = s.id "
                               "GROUP BY s.id ORDER BY max(q.kind = 'nps') DESC, count(*) DESC, s.id LIMIT 1"))
        || !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return byId(id);
}

ResponseRepository::ResponseRepository(QSqlDatabase& db)
    : m_db(db)
    , m_insert(db, QStringLiteral("INSERT INTO responses (uuid, survey_id, customer_id, channel_id, touchpoint_id, "
                                  "submitted_at, source, form_number) VALUES (:uuid, :survey_id, :customer_id, :channel_id, "
                                  ":touchpoint_id, :submitted_at, :source, :form_number)"))
    , m_insertAnswer(db, QStringLiteral("INSERT INTO answers (response_id, question_id, value_num, value_text) "
                                        "VALUES (:response_id, :question_id, :value_num, :value_text)"))
{
}

const ResponseRepository::QuestionInfo* ResponseRepository::question(qint64 id)
{
    auto it = m_questions.constFind(id);
    if (it == m_questions.constEnd()) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT survey_id, kind, code, options FROM questions WHERE id = ?"));
        q.bindValue(0, id);
        if (!q.exec() || !q.next())
            return nullptr;
        QuestionInfo info;
        info.surveyId = q.value(0).toLongLong();
        info.kind = questionKindFromName(q.value(1).toString()).value_or(QuestionKind::Text);
        info.code = q.value(2).toString();
        const QString options = q.value(3).toString();
        info.options = options.isEmpty() ? QStringList() : options.split(kOptionSeparator);
        it = m_questions.insert(id, info);
    }
    return &it.value();
}

QString ResponseRepository::validate(const Response& r)
{
    if (!isTimestamp(r.submittedAt))
        return Text::tr("submitted_at '%1' is not a timestamp like 2026-03-01T14:05:00+01:00").arg(r.submittedAt);
    static const QStringList sources = {QStringLiteral("kiosk"), QStringLiteral("paper"), QStringLiteral("import"),
                                        QStringLiteral("manual")};
    if (!sources.contains(r.source))
        return Text::tr("source '%1' is not one of kiosk, paper, import, manual").arg(r.source);
    for (const Answer& a : r.answers) {
        const QuestionInfo* info = question(a.questionId);
        if (!info || info->surveyId != r.surveyId)
            return Text::tr("question %1 does not belong to this survey").arg(a.questionId);
        int min = 0;
        int max = 0;
        if (questionKindScale(info->kind, &min, &max)) {
            if (!a.valueNum)
                continue;
            const double v = *a.valueNum;
            if (v != std::floor(v) || v < min || v > max)
                return Text::tr("answer to '%1' is %2, outside %3-%4").arg(info->code).arg(v).arg(min).arg(max);
        } else if (info->kind == QuestionKind::Single || info->kind == QuestionKind::Multi) {
            if (a.valueText.isEmpty() || info->options.isEmpty())
                continue;
            const QStringList picked = info->kind == QuestionKind::Multi ? a.valueText.split(kOptionSeparator)
                                                                         : QStringList{a.valueText};
            for (const QString& label : picked)
                if (!info->options.contains(label.trimmed()))
                    return Text::tr("answer to '%1' is '%2', not one of its options").arg(info->code, label);
        }
    }
    return {};
}

bool ResponseRepository::insert(Response& r, QString* error)
{
    const QString invalid = validate(r);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery* q = m_insert.get(error);
    QSqlQuery* qa = q ? m_insertAnswer.get(error) : nullptr;
    if (!qa)
        return false;
    sql::Savepoint sp(m_db);
    if (r.uuid.isEmpty())
        r.uuid = sql::newUuid();
    q->bindValue(QStringLiteral(":uuid"), r.uuid);
    q->bindValue(QStringLiteral(":survey_id"), r.surveyId);
    q->bindValue(QStringLiteral(":customer_id"), sql::id(r.customerId));
    q->bindValue(QStringLiteral(":channel_id"), sql::id(r.channelId));
    q->bindValue(QStringLiteral(":touchpoint_id"), sql::id(r.touchpointId));
    q->bindValue(QStringLiteral(":submitted_at"), r.submittedAt);
    q->bindValue(QStringLiteral(":source"), r.source);
    q->bindValue(QStringLiteral(":form_number"), sql::id(r.formNumber));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add response"), error))
        return false;
    r.id = q->lastInsertId().toLongLong();
    for (const Answer& a : r.answers) {
        qa->bindValue(QStringLiteral(":response_id"), r.id);
        qa->bindValue(QStringLiteral(":question_id"), a.questionId);
        qa->bindValue(QStringLiteral(":value_num"), a.valueNum ? QVariant(*a.valueNum) : QVariant(QMetaType::fromType<double>()));
        qa->bindValue(QStringLiteral(":value_text"), sql::text(a.valueText));
        if (!sql::exec(*qa, QT_TRANSLATE_NOOP("cx::Text", "cannot add answer"), error))
            return false;
    }
    return sp.release(error);
}

bool ResponseRepository::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM responses WHERE id = ?"));
    q.bindValue(0, id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete response"), error);
}

std::optional<Response> ResponseRepository::byId(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, uuid, survey_id, customer_id, channel_id, touchpoint_id, submitted_at, source, "
                             "form_number FROM responses WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Response r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.surveyId = q.value(2).toLongLong();
    r.customerId = q.value(3).toLongLong();
    r.channelId = q.value(4).toLongLong();
    r.touchpointId = q.value(5).toLongLong();
    r.submittedAt = q.value(6).toString();
    r.source = q.value(7).toString();
    r.formNumber = q.value(8).toLongLong();
    QSqlQuery qa(m_db);
    qa.prepare(QStringLiteral("SELECT a.question_id, a.value_num, a.value_text FROM answers a "
                              "JOIN questions q ON q.id = a.question_id WHERE a.response_id = ? ORDER BY q.position"));
    qa.bindValue(0, id);
    qa.exec();
    while (qa.next()) {
        Answer a;
        a.questionId = qa.value(0).toLongLong();
        if (!qa.value(1).isNull())
            a.valueNum = qa.value(1).toDouble();
        a.valueText = qa.value(2).toString();
        r.answers.push_back(a);
    }
    return r;
}

qint64 ResponseRepository::count()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM responses")) && q.next() ? q.value(0).toLongLong() : 0;
}

ActionRepository::ActionRepository(QSqlDatabase& db)
    : m_db(db)
    , m_insert(db, QStringLiteral("INSERT INTO actions (customer_id, response_id, interaction_id, title, status, "
                                  "due_on, created_at, closed_at, resolution) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

bool ActionRepository::insert(Action& a, QString* error)
{
    if (a.title.trimmed().isEmpty()) {
        *error = Text::tr("an action needs a title");
        return false;
    }
    if (!isTimestamp(a.createdAt)) {
        *error = Text::tr("created_at '%1' is not a timestamp").arg(a.createdAt);
        return false;
    }
    QSqlQuery* q = m_insert.get(error);
    if (!q)
        return false;
    q->bindValue(0, sql::id(a.customerId));
    q->bindValue(1, sql::id(a.responseId));
    q->bindValue(2, sql::id(a.interactionId));
    q->bindValue(3, a.title);
    q->bindValue(4, a.status);
    q->bindValue(5, sql::date(a.dueOn));
    q->bindValue(6, a.createdAt);
    q->bindValue(7, sql::text(a.closedAt));
    q->bindValue(8, sql::text(a.resolution));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add action"), error))
        return false;
    a.id = q->lastInsertId().toLongLong();
    a.rowVersion = 1;
    return true;
}

QString ActionRepository::refusal(const Action& a, const Action* seen)
{
    return staleMessage(Text::tr("the follow-up “%1”").arg(seen ? seen->title : a.title), byId(a.id), seen, &differences);
}

bool ActionRepository::write(Action& a, const QString& statement, const QVariantList& values, const char* what,
                             QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(statement);
    const QString now = changeTimestamp();
    int i = 0;
    for (const QVariant& v : values)
        q.bindValue(i++, v);
    q.bindValue(i++, now);
    q.bindValue(i++, a.id);
    q.bindValue(i++, a.rowVersion);
    if (!execExpecting(q, what, error, [&] { return refusal(a, &a); }))
        return false;
    ++a.rowVersion;
    a.updatedAt = now;
    return true;
}

bool ActionRepository::markDone(Action& a, const QString& resolution, const QString& closedAt, QString* error)
{
    if (!write(a, QStringLiteral("UPDATE actions SET status = 'done', closed_at = ?, resolution = ?, "
                                 "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"),
               {closedAt, sql::text(resolution)}, QT_TRANSLATE_NOOP("cx::Text", "cannot close action"), error))
        return false;
    a.status = QStringLiteral("done");
    a.closedAt = closedAt;
    a.resolution = resolution;
    return true;
}

bool ActionRepository::reopen(Action& a, QString* error)
{
    if (!write(a, QStringLiteral("UPDATE actions SET status = 'open', closed_at = NULL, resolution = NULL, "
                                 "row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = ?"),
               {}, QT_TRANSLATE_NOOP("cx::Text", "cannot reopen action"), error))
        return false;
    a.status = QStringLiteral("open");
    a.closedAt.clear();
    a.resolution.clear();
    return true;
}

bool ActionRepository::remove(const Action& a, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM actions WHERE id = ? AND row_version = ?"));
    q.bindValue(0, a.id);
    q.bindValue(1, a.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete action"), error, [&] { return refusal(a, &a); });
}

QStringList ActionRepository::differences(const Action& a, const Action& b)
{
    QStringList out;
    if (a.title != b.title)
        out << Text::tr("title");
    if (a.status != b.status)
        out << (b.status == QLatin1String("done") ? Text::tr("marked done") : Text::tr("reopened"));
    if (a.dueOn != b.dueOn)
        out << Text::tr("due date");
    if (a.resolution != b.resolution && a.status == b.status)
        out << Text::tr("what was done");
    if (a.customerId != b.customerId)
        out << Text::tr("customer");
    return out;
}

QVector<Action> ActionRepository::forResponse(qint64 responseId)
{
    QVector<Action> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE response_id = ? ORDER BY id").arg(QLatin1String(kActionColumns)));
    q.bindValue(0, responseId);
    if (q.exec())
        while (q.next())
            out << actionFromRow(q);
    return out;
}

QVector<qint64> ActionRepository::idsForInteraction(qint64 interactionId)
{
    QVector<qint64> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id FROM actions WHERE interaction_id = ? ORDER BY id"));
    q.bindValue(0, interactionId);
    if (q.exec())
        while (q.next())
            out << q.value(0).toLongLong();
    return out;
}

bool ActionRepository::relink(const QVector<qint64>& actionIds, qint64 interactionId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE actions SET interaction_id = ? WHERE id = ?"));
    for (const qint64 id : actionIds) {
        q.bindValue(0, interactionId);
        q.bindValue(1, id);
        if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot link the follow-up again"), error))
            return false;
    }
    return true;
}

std::optional<Action> ActionRepository::byId(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM actions WHERE id = ?").arg(QLatin1String(kActionColumns)));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return actionFromRow(q);
}

namespace {
Action actionFromRow(const QSqlQuery& q)
{
    Action a;
    a.id = q.value(0).toLongLong();
    a.customerId = q.value(1).toLongLong();
    a.responseId = q.value(2).toLongLong();
    a.interactionId = q.value(3).toLongLong();
    a.title = q.value(4).toString();
    a.status = q.value(5).toString();
    a.dueOn = sql::toDate(q.value(6));
    a.createdAt = q.value(7).toString();
    a.closedAt = q.value(8).toString();
    a.resolution = q.value(9).toString();
    a.rowVersion = q.value(10).toInt();
    a.updatedAt = q.value(11).toString();
    return a;
}
} // namespace

qint64 ActionRepository::openCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open'")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

qint64 ActionRepository::overdueCount(const QDate& today)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM actions WHERE status = 'open' AND due_on < ?"));
    q.bindValue(0, today.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace cx
