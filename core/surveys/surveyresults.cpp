#include "core/surveys/surveyresults.h"

#include "core/common/text.h"
#include "core/storage/sqlutil.h"
#include "core/surveys/surveyrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <cmath>

namespace cx {

bool loadSurveyResults(QSqlDatabase& db, qint64 surveyId, const QDate& from, const QDate& to,
                       SurveyResults* results, QString* error)
{
    MetricsFilter filter;
    filter.surveyId = surveyId;
    filter.from = from;
    filter.to = to;
    return loadSurveyResults(db, filter, results, error);
}

namespace {

// The channel and segment of the filter, on responses r.
QString responseFilter(const MetricsFilter& filter)
{
    QString where;
    if (filter.channelId > 0)
        where += QStringLiteral(" AND r.channel_id = :channel");
    if (!filter.segment.isEmpty())
        where += QStringLiteral(
            " AND r.customer_id IN (SELECT id FROM customers WHERE segment = :segment)");
    return where;
}

void bindResponseFilter(QSqlQuery& q, const MetricsFilter& filter)
{
    if (filter.channelId > 0)
        q.bindValue(QStringLiteral(":channel"), filter.channelId);
    if (!filter.segment.isEmpty())
        q.bindValue(QStringLiteral(":segment"), filter.segment);
}

} // namespace

bool loadSurveyResults(QSqlDatabase& db, const MetricsFilter& filter, SurveyResults* results,
                       QString* error)
{
    const qint64 surveyId = filter.surveyId;
    const QDate& from = filter.from;
    const QDate& to = filter.to;
    *results = SurveyResults();
    const auto survey = SurveyRepository(db).byId(surveyId);
    if (!survey) {
        *error = Text::tr("there is no survey %1").arg(surveyId);
        return false;
    }
    results->survey = *survey;
    const QString first =
        from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00");
    const QString after =
        to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999-12-32");

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT substr(r.submitted_at, 1, 7), count(*) FROM responses r "
                             "WHERE r.survey_id = :survey AND r.submitted_at >= :first AND "
                             "r.submitted_at < :after%1 GROUP BY 1 ORDER BY 1")
                  .arg(responseFilter(filter)));
    q.bindValue(QStringLiteral(":survey"), surveyId);
    q.bindValue(QStringLiteral(":first"), first);
    q.bindValue(QStringLiteral(":after"), after);
    bindResponseFilter(q, filter);
    if (!q.exec()) {
        *error = Text::tr("cannot read the responses: %1").arg(sql::errorText(q));
        return false;
    }
    while (q.next()) {
        results->months << q.value(0).toString();
        results->perMonth << q.value(1).toLongLong();
        results->responses += q.value(1).toLongLong();
    }

    QHash<qint64, int> index;
    for (const Question& question : survey->questions) {
        if (question.kind == QuestionKind::Text)
            continue;
        QuestionResult r;
        r.question = question;
        int min = 0, max = 0;
        if (question.kind == QuestionKind::YesNo) {
            r.categories = QStringList{QStringLiteral("No"), QStringLiteral("Yes")};
        } else if (questionKindScale(question.kind, &min, &max)) {
            for (int v = min; v <= max; ++v)
                r.categories << QString::number(v);
        } else {
            r.categories = question.options;
        }
        r.counts.fill(0, r.categories.size());
        index.insert(question.id, int(results->questions.size()));
        results->questions << r;
    }
    // NPS, CSAT, CES, rating and yes/no answers are already counted by day and value in
    // daily_answers: where the survey asks one question of such a kind, its
    // spread is a sum over the period's days. Every other question is
    // counted from the answers themselves, in one pass. The daily sums know
    // the channel but not the customer, so a segment counts every answer.
    const bool summable = filter.segment.isEmpty();
    QHash<QuestionKind, int> perKind;
    for (const Question& question : survey->questions)
        ++perKind[question.kind];
    bool fromSums = false, fromAnswers = false;
    QHash<QString, qint64> questionOfKind;
    for (const QuestionResult& r : std::as_const(results->questions)) {
        const QuestionKind k = r.question.kind;
        if ((k == QuestionKind::Nps || k == QuestionKind::Csat || k == QuestionKind::Ces ||
             k == QuestionKind::Rating || k == QuestionKind::YesNo) &&
            perKind.value(k) == 1 && summable) {
            fromSums = true;
            questionOfKind.insert(questionKindName(k), r.question.id);
        } else {
            fromAnswers = true;
        }
    }
    struct Row
    {
        qint64 question;
        double value;
        QString text;
        qint64 n;
    };
    QVector<Row> rows;
    // The same choice in SQL: kinds with daily sums that the survey asks once.
    const QString summedKinds =
        summable
            ? QStringLiteral("SELECT kind FROM questions WHERE survey_id = :survey AND kind IN "
                             "('nps', 'csat', 'ces', 'rating', 'yesno') "
                             "GROUP BY kind HAVING count(*) = 1")
            : QStringLiteral(
                  "SELECT CAST(NULL AS TEXT) WHERE 1 = 0"); // none (a server wants a boolean)
    if (fromSums) {
        q.prepare(QStringLiteral("SELECT kind, value, sum(n) FROM daily_answers WHERE day >= "
                                 ":first AND day < :after "
                                 "AND survey_id = :survey AND kind IN (%1)%2 GROUP BY kind, value")
                      .arg(summedKinds, filter.channelId > 0
                                            ? QStringLiteral(" AND channel_id = :channel")
                                            : QString()));
        q.bindValue(QStringLiteral(":first"), first.left(10));
        q.bindValue(QStringLiteral(":after"), after.left(10));
        q.bindValue(QStringLiteral(":survey"), surveyId);
        if (filter.channelId > 0)
            q.bindValue(QStringLiteral(":channel"), filter.channelId);
        if (!q.exec()) {
            *error = Text::tr("cannot read the answers: %1").arg(sql::errorText(q));
            return false;
        }
        while (q.next())
            rows.push_back({questionOfKind.value(q.value(0).toString()), q.value(1).toDouble(),
                            QString(), q.value(2).toLongLong()});
    }
    if (fromAnswers) {
        q.prepare(QStringLiteral(
                      "SELECT a.question_id, a.value_num, a.value_text, count(*) FROM responses r "
                      "JOIN answers a ON a.response_id = r.id "
                      "WHERE r.survey_id = :survey AND r.submitted_at >= :first AND r.submitted_at "
                      "< :after "
                      "AND a.question_id IN (SELECT id FROM questions WHERE survey_id = :survey "
                      "AND kind <> 'text' "
                      "AND kind NOT IN (%1))%2 GROUP BY a.question_id, a.value_num, a.value_text")
                      .arg(summedKinds, responseFilter(filter)));
        q.bindValue(QStringLiteral(":survey"), surveyId);
        q.bindValue(QStringLiteral(":first"), first);
        q.bindValue(QStringLiteral(":after"), after);
        bindResponseFilter(q, filter);
        if (!q.exec()) {
            *error = Text::tr("cannot read the answers: %1").arg(sql::errorText(q));
            return false;
        }
        while (q.next())
            rows.push_back({q.value(0).toLongLong(), q.value(1).toDouble(), q.value(2).toString(),
                            q.value(3).toLongLong()});
    }
    QVector<double> sums(results->questions.size(), 0.0);
    for (const Row& row : std::as_const(rows)) {
        const auto it = index.constFind(row.question);
        if (it == index.constEnd())
            continue;
        QuestionResult& r = results->questions[*it];
        const qint64 n = row.n;
        r.answers += n;
        int min = 0, max = 0;
        if (r.question.kind == QuestionKind::YesNo ||
            questionKindScale(r.question.kind, &min, &max)) {
            const double v = row.value;
            const int slot = r.question.kind == QuestionKind::YesNo ? (v >= 1 ? 1 : 0)
                                                                    : int(std::lround(v)) - min;
            if (slot >= 0 && slot < r.counts.size())
                r.counts[slot] += n;
            sums[*it] += v * double(n);
        } else {
            // Choices: several options of one answer count each.
            for (const QString& label : row.text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const int slot = int(r.categories.indexOf(label.trimmed()));
                if (slot >= 0)
                    r.counts[slot] += n;
            }
        }
    }
    for (int i = 0; i < results->questions.size(); ++i) {
        QuestionResult& r = results->questions[i];
        if (r.answers == 0)
            continue;
        int min = 0, max = 0;
        if (r.question.kind != QuestionKind::YesNo &&
            questionKindScale(r.question.kind, &min, &max))
            r.mean = sums[i] / double(r.answers);
        if (r.question.kind == QuestionKind::Nps) {
            qint64 promoters = 0, detractors = 0;
            for (int v = 0; v <= 10; ++v) {
                if (v >= 9)
                    promoters += r.counts[v];
                else if (v <= 6)
                    detractors += r.counts[v];
            }
            const double p = double(promoters) / double(r.answers),
                         d = double(detractors) / double(r.answers);
            r.nps = 100.0 * (p - d);
            r.npsMargin = 196.0 * std::sqrt(((p + d) - (p - d) * (p - d)) / double(r.answers));
        } else if (r.question.kind == QuestionKind::Csat) {
            r.csat = 100.0 * double(r.counts[3] + r.counts[4]) / double(r.answers);
        }
    }
    return true;
}

bool surveyOverviews(QSqlDatabase& db, const MetricsFilter& filter, const QDate& today,
                     QVector<SurveyOverview>* out, QString* error)
{
    out->clear();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.id, s.uuid, s.title, s.status, t.name, "
        "(SELECT count(*) FROM responses r WHERE r.survey_id = s.id AND r.submitted_at >= ? AND "
        "r.submitted_at < ? "
        " AND (? = 0 OR r.channel_id = ?)"
        " AND (? = '' OR r.customer_id IN (SELECT id FROM customers WHERE segment = ?))) "
        "FROM surveys s LEFT JOIN touchpoints t ON t.id = s.touchpoint_id ORDER BY s.title, s.id"));
    q.addBindValue(filter.from.isValid() ? filter.from.toString(Qt::ISODate)
                                         : QStringLiteral("0000-00-00"));
    q.addBindValue((filter.to.isValid() ? filter.to : today).addDays(1).toString(Qt::ISODate));
    q.addBindValue(filter.channelId);
    q.addBindValue(filter.channelId);
    q.addBindValue(filter.segment.isNull() ? QStringLiteral("") : filter.segment);
    q.addBindValue(filter.segment.isNull() ? QStringLiteral("") : filter.segment);
    if (!q.exec()) {
        *error = Text::tr("cannot read the surveys: %1").arg(sql::errorText(q));
        return false;
    }
    while (q.next()) {
        SurveyOverview o;
        o.survey.id = q.value(0).toLongLong();
        o.survey.uuid = q.value(1).toString();
        o.survey.title = q.value(2).toString();
        o.survey.status = surveyStatusFromName(q.value(3).toString()).value_or(SurveyStatus::Draft);
        o.touchpoint = q.value(4).toString();
        o.responses = q.value(5).toLongLong();
        out->push_back(o);
    }
    q.finish();
    // Every survey's answers in one pass, not the whole metrics once a survey.
    QHash<qint64, MetricValues> answers;
    MetricsFilter f = filter;
    f.surveyId = 0;
    if (!MetricsEngine(db).answersBySurvey(f, &answers, error))
        return false;
    for (SurveyOverview& o : *out) {
        const MetricValues v = answers.value(o.survey.id);
        o.nps = v.nps;
        o.npsMargin = v.npsMargin;
        o.csat = v.csat;
    }
    return true;
}

PagedQuery touchpointAnswersQuery(qint64 touchpointId, const QDate& from, const QDate& to,
                                  const QDate& today)
{
    return PagedQuery({QStringLiteral("r.id"), QStringLiteral("substr(r.submitted_at, 1, 10)"),
                       QStringLiteral("q.text"),
                       // A whole number without its ".0", as both engines write it.
                       QStringLiteral("coalesce(a.value_text, CASE WHEN a.value_num = "
                                      "CAST(a.value_num AS INTEGER) THEN CAST(CAST(a.value_num AS "
                                      "INTEGER) AS TEXT) ELSE CAST(a.value_num AS TEXT) END)")},
                      QStringLiteral("responses r JOIN answers a ON a.response_id = r.id JOIN "
                                     "questions q ON q.id = a.question_id"),
                      {QStringLiteral("r.touchpoint_id = ?"), QStringLiteral("r.submitted_at >= ?"),
                       QStringLiteral("r.submitted_at < ?")},
                      {touchpointId,
                       from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"),
                       (to.isValid() ? to : today).addDays(1).toString(Qt::ISODate)},
                      {{QStringLiteral("r.submitted_at"), true, false},
                       {QStringLiteral("r.id"), true, false},
                       {QStringLiteral("q.position"), false, false},
                       {QStringLiteral("a.question_id"), false, false}});
}

} // namespace cx
