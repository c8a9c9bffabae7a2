#include "core/surveys/surveyrepository.h"

#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/rowversion.h"

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
    s.status = surveyStatusFromName(q.value(4).toString()).value_or(SurveyStatus::Draft);
    s.description = q.value(5).toString();
    s.language = q.value(6).toString();
    s.thankYou = q.value(7).toString();
    s.channelId = q.value(8).toLongLong();
    s.rowVersion = q.value(9).toInt();
    s.updatedAt = q.value(10).toString();
    return s;
}
const char* const kSurveyColumns =
    "id, uuid, title, touchpoint_id, status, description, language, thank_you, channel_id, "
    "row_version, updated_at";
} // namespace

SurveyRepository::SurveyRepository(QSqlDatabase& db) : m_db(db) {}

bool SurveyRepository::insert(Survey& survey, QString* error)
{
    if (survey.title.trimmed().isEmpty()) {
        *error = Text::tr("a survey needs a title");
        return false;
    }
    sql::Savepoint sp(m_db);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO surveys (uuid, title, touchpoint_id, status, description, language, "
        "thank_you, channel_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    if (survey.uuid.isEmpty())
        survey.uuid = sql::newUuid();
    q.bindValue(0, survey.uuid);
    q.bindValue(1, survey.title);
    q.bindValue(2, sql::id(survey.touchpointId));
    q.bindValue(3, statusName(survey.status));
    q.bindValue(4, sql::text(survey.description));
    q.bindValue(5, sql::text(survey.language));
    q.bindValue(6, sql::text(survey.thankYou));
    q.bindValue(7, sql::id(survey.channelId));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add survey"), error))
        return false;
    survey.id = q.lastInsertId().toLongLong();
    survey.rowVersion = 1;

    QSqlQuery qq(m_db);
    qq.prepare(QStringLiteral(
        "INSERT INTO questions (survey_id, position, code, kind, text, required, options, "
        "label_min, label_max, show_if, option_codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
        qq.bindValue(10, sql::text(question.optionCodes.join(kOptionSeparator)));
        if (!qq.exec()) {
            *error =
                Text::tr("cannot add question '%1': %2").arg(question.code, sql::errorText(qq));
            return false;
        }
        question.id = qq.lastInsertId().toLongLong();
        question.rowVersion = 1;
    }
    return sp.release(error);
}

std::optional<Survey> SurveyRepository::byUuid(const QString& uuid, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM surveys WHERE lower(uuid) = lower(?)")
                  .arg(QLatin1String(kSurveyColumns)));
    q.bindValue(0, uuid.trimmed());
    if (!sql::runLookup(q, error) || !q.next())
        return std::nullopt;
    Survey s = surveyFromRow(q);
    s.questions = questions(s.id);
    return s;
}

std::optional<Survey> SurveyRepository::byId(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM surveys WHERE id = ?").arg(QLatin1String(kSurveyColumns)));
    q.bindValue(0, id);
    if (!sql::runLookup(q, error) || !q.next())
        return std::nullopt;
    Survey s = surveyFromRow(q);
    s.questions = questions(s.id);
    return s;
}

QVector<Survey> SurveyRepository::list(QString* error)
{
    QVector<Survey> out;
    QSqlQuery q(m_db);
    if (!sql::runLookup(q,
                        QStringLiteral("SELECT %1 FROM surveys ORDER BY title, id")
                            .arg(QLatin1String(kSurveyColumns)),
                        error))
        return {};
    while (q.next())
        out.push_back(surveyFromRow(q));
    return out;
}

QVector<Question> SurveyRepository::questions(qint64 surveyId, QString* error)
{
    QVector<Question> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT id, survey_id, position, code, kind, text, required, options, label_min, "
        "label_max, show_if, row_version, updated_at, option_codes FROM questions WHERE survey_id "
        "= ? "
        "ORDER BY "
        "position, id"));
    q.bindValue(0, surveyId);
    if (!sql::runLookup(q, error))
        return {};
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
        const QString codes = q.value(13).toString();
        x.optionCodes = codes.isEmpty() ? QStringList() : codes.split(kOptionSeparator);
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
        return staleMessage(Text::tr("the survey “%1”").arg(survey.title), byId(survey.id), &survey,
                            &differences);
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
        questions = x.id != y.id || x.code != y.code || x.kind != y.kind || x.text != y.text ||
                    x.required != y.required || x.options != y.options ||
                    x.optionCodes != y.optionCodes || x.labelMin != y.labelMin ||
                    x.labelMax != y.labelMax || x.showIf != y.showIf;
    }
    if (questions)
        out << Text::tr("questions");
    return out;
}

qint64 SurveyRepository::responseCount(qint64 surveyId, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM responses WHERE survey_id = ?"));
    q.bindValue(0, surveyId);
    return sql::runLookup(q, error) && q.next() ? q.value(0).toLongLong() : 0;
}

std::optional<Survey> SurveyRepository::fullest()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral(
            "SELECT s.id FROM surveys s JOIN questions q ON q.survey_id = s.id "
            "GROUP BY s.id ORDER BY max(CASE WHEN q.kind = 'nps' THEN 1 ELSE 0 END) DESC, count(*) "
            "DESC, s.id LIMIT 1")) ||
        !q.next())
        return std::nullopt;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return byId(id);
}

} // namespace cx
