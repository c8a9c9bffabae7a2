#include "core/surveys/responserepository.h"

#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/rowversion.h"

#include <cmath>
#include <optional>

namespace cx {

namespace {
const QLatin1Char kOptionSeparator(';');
} // namespace

ResponseRepository::ResponseRepository(QSqlDatabase& db)
    : m_db(db),
      m_insert(
          db, QStringLiteral(
                  "INSERT INTO responses (uuid, survey_id, customer_id, channel_id, touchpoint_id, "
                  "submitted_at, source, form_number, created_by) VALUES (:uuid, :survey_id, "
                  ":customer_id, :channel_id, :touchpoint_id, :submitted_at, :source, "
                  ":form_number, :created_by)")),
      m_insertOnce(
          db, QStringLiteral(
                  "INSERT INTO responses (uuid, survey_id, customer_id, channel_id, touchpoint_id, "
                  "submitted_at, source, form_number, created_by) VALUES (:uuid, :survey_id, "
                  ":customer_id, :channel_id, :touchpoint_id, :submitted_at, :source, "
                  ":form_number, :created_by) ON CONFLICT (uuid) DO NOTHING")),
      m_insertAnswer(
          db,
          QStringLiteral("INSERT INTO answers (response_id, question_id, value_num, value_text) "
                         "VALUES (:response_id, :question_id, :value_num, :value_text)"))
{
}

const ResponseRepository::QuestionInfo* ResponseRepository::question(qint64 id)
{
    auto it = m_questions.constFind(id);
    if (it == m_questions.constEnd()) {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT survey_id, kind, code, options FROM questions WHERE id = ?"));
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
        return Text::tr("submitted_at '%1' is not a timestamp like 2026-03-01T14:05:00+01:00")
            .arg(r.submittedAt);
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
                return Text::tr("answer to '%1' is %2, outside %3-%4")
                    .arg(info->code)
                    .arg(v)
                    .arg(min)
                    .arg(max);
        } else if (info->kind == QuestionKind::Single || info->kind == QuestionKind::Multi) {
            if (a.valueText.isEmpty() || info->options.isEmpty())
                continue;
            const QStringList picked = info->kind == QuestionKind::Multi
                                           ? a.valueText.split(kOptionSeparator)
                                           : QStringList{a.valueText};
            for (const QString& label : picked)
                if (!info->options.contains(label.trimmed()))
                    return Text::tr("answer to '%1' is '%2', not one of its options")
                        .arg(info->code, label);
        }
    }
    return {};
}

bool ResponseRepository::insert(Response& r, QString* error)
{
    bool inserted = false;
    return write(r, false, &inserted, error);
}

bool ResponseRepository::insertOnce(Response& r, bool* inserted, QString* error)
{
    return write(r, true, inserted, error);
}

bool ResponseRepository::write(Response& r, bool once, bool* inserted, QString* error)
{
    *inserted = false;
    const QString invalid = validate(r);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery* q = (once ? m_insertOnce : m_insert).get(error);
    QSqlQuery* qa = q ? m_insertAnswer.get(error) : nullptr;
    if (!qa)
        return false;
    std::optional<sql::Savepoint> sp;
    if (!m_allOrNothing)
        sp.emplace(m_db);
    if (r.uuid.isEmpty())
        r.uuid = sql::newUuid();
    q->bindValue(QStringLiteral(":uuid"), r.uuid);
    q->bindValue(QStringLiteral(":survey_id"), r.surveyId);
    q->bindValue(QStringLiteral(":customer_id"), sql::id(r.customerId));
    q->bindValue(QStringLiteral(":channel_id"), sql::id(r.channelId));
    q->bindValue(QStringLiteral(":touchpoint_id"), sql::id(r.touchpointId));
    q->bindValue(QStringLiteral(":submitted_at"), r.submittedAt);
    q->bindValue(QStringLiteral(":source"), sourceName(r.source));
    q->bindValue(QStringLiteral(":form_number"), sql::id(r.formNumber));
    q->bindValue(QStringLiteral(":created_by"), sql::text(r.createdBy));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add response"), error))
        return false;
    if (once && q->numRowsAffected() == 0)
        return !sp || sp->release(error); // stored before
    *inserted = true;
    r.id = q->lastInsertId().toLongLong();
    for (const Answer& a : r.answers) {
        qa->bindValue(QStringLiteral(":response_id"), r.id);
        qa->bindValue(QStringLiteral(":question_id"), a.questionId);
        qa->bindValue(QStringLiteral(":value_num"),
                      a.valueNum ? QVariant(*a.valueNum) : QVariant(QMetaType::fromType<double>()));
        qa->bindValue(QStringLiteral(":value_text"), sql::text(a.valueText));
        if (!sql::exec(*qa, QT_TRANSLATE_NOOP("cx::Text", "cannot add answer"), error))
            return false;
    }
    return !sp || sp->release(error);
}

bool ResponseRepository::remove(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM responses WHERE id = ?"));
    q.bindValue(0, id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete response"), error);
}

std::optional<Response> ResponseRepository::byId(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, uuid, survey_id, customer_id, channel_id, touchpoint_id, submitted_at, source, "
        "form_number FROM responses WHERE id = ?"));
    q.bindValue(0, id);
    if (!sql::runLookup(q, error) || !q.next())
        return std::nullopt;
    Response r;
    r.id = q.value(0).toLongLong();
    r.uuid = q.value(1).toString();
    r.surveyId = q.value(2).toLongLong();
    r.customerId = q.value(3).toLongLong();
    r.channelId = q.value(4).toLongLong();
    r.touchpointId = q.value(5).toLongLong();
    r.submittedAt = q.value(6).toString();
    r.source = responseSourceFromName(q.value(7).toString()).value_or(ResponseSource::Manual);
    r.formNumber = q.value(8).toLongLong();
    QSqlQuery qa(m_db);
    qa.prepare(QStringLiteral(
        "SELECT a.question_id, a.value_num, a.value_text FROM answers a "
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

qint64 ResponseRepository::count(QString* error)
{
    QSqlQuery q(m_db);
    return sql::runLookup(q, QStringLiteral("SELECT count(*) FROM responses"), error) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace cx
