#include "core/surveys/surveyentry.h"

#include "core/actions/followup.h"
#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/sqlutil.h"
#include "core/storage/team.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/responserepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>

namespace cx {

bool isAnswered(const Question& q, const AnswerMap& answers)
{
    const QVariant v = answers.value(q.code);
    if (!v.isValid() || v.isNull())
        return false;
    if (v.typeId() == QMetaType::QString)
        return !v.toString().trimmed().isEmpty();
    return true;
}

QVector<Question> shownQuestions(const Survey& survey, const AnswerMap& answers)
{
    QVector<Question> out;
    for (const Question& q : survey.questions)
        if (isShown(q, answers))
            out << q;
    return out;
}

QString checkAnswers(const Survey& survey, const AnswerMap& answers)
{
    for (int i = 0; i < survey.questions.size(); ++i) {
        const Question& q = survey.questions[i];
        if (!isShown(q, answers) || !isAnswered(q, answers))
            continue;
        const QVariant v = answers.value(q.code);
        int min = 0, max = 0;
        if (questionKindScale(q.kind, &min, &max)) {
            bool ok = false;
            const double x = v.toDouble(&ok);
            if (!ok || x != std::floor(x) || x < min || x > max)
                return Text::tr("question %1 '%2': %3 is not a whole number from %4 to %5")
                    .arg(i + 1)
                    .arg(q.code, v.toString())
                    .arg(min)
                    .arg(max);
        }
    }
    for (int i = 0; i < survey.questions.size(); ++i) {
        const Question& q = survey.questions[i];
        if (q.required && isShown(q, answers) && !isAnswered(q, answers))
            return Text::tr("question %1 '%2' needs an answer").arg(i + 1).arg(q.code);
    }
    return {};
}

qint64 customerByContact(QSqlDatabase& db, const QString& contact)
{
    const QString c = contact.trimmed();
    if (c.isEmpty())
        return 0;
    CustomerRepository customers(db);
    const QVector<Customer> found =
        c.contains(QLatin1Char('@')) ? customers.withEmail(c, 1) : customers.withPhone(c, 1);
    return found.isEmpty() ? 0 : found.first().id;
}

QString formNumberUsed(QSqlDatabase& db, qint64 surveyId, qint64 formNumber)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT submitted_at FROM responses WHERE survey_id = ? AND form_number = ?"));
    q.addBindValue(surveyId);
    q.addBindValue(formNumber);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 nextFormNumber(QSqlDatabase& db, qint64 surveyId)
{
    QSqlQuery q(db);
    // After the highest number printed, and after any entered: cards printed
    // before printed batches were recorded have only their entries.
    // (The larger of the two is taken here: the engines name that function differently.)
    q.prepare(QStringLiteral(
        "SELECT coalesce((SELECT max(form_number) FROM responses WHERE survey_id = ?), 0), "
        "coalesce((SELECT max(last_number) FROM printed_forms WHERE survey_id = ?), 0)"));
    q.addBindValue(surveyId);
    q.addBindValue(surveyId);
    return q.exec() && q.next() ? std::max(q.value(0).toLongLong(), q.value(1).toLongLong()) + 1
                                : 1;
}

namespace {

// The customer with this contact, or a new one from this response.
bool linkContact(QSqlDatabase& db, const QString& given, const QDateTime& at, ResponseSource source,
                 qint64* customerId, bool* added, QString* error)
{
    const QString contact = given.trimmed();
    if (contact.isEmpty())
        return true;
    *customerId = customerByContact(db, contact);
    if (*customerId)
        return true;
    // Someone new who wants to hear back: a customer record from today.
    Customer c;
    if (contact.contains(QLatin1Char('@')))
        c.email = contact;
    else
        c.phone = contact;
    c.name = contact;
    c.firstContactOn = at.date();
    c.notes = Text::tr("Gave their contact in a %1 survey response").arg(sourceName(source));
    if (!CustomerRepository(db).insert(c, error))
        return false;
    *customerId = c.id;
    *added = true;
    return true;
}

// A counter's response, through the one function its login may call
// (resources/migrations-pg/008_team.sql): the server checks the survey is
// active and hands the contact and follow-up over to the desk.
bool handOver(QSqlDatabase& db, Response& r, const Submission& how, Submitted* out, QString* error)
{
    if (r.uuid.isEmpty())
        r.uuid = sql::newUuid();
    const QString invalid = ResponseRepository(db).validate(r);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QJsonArray answers;
    for (const Answer& a : r.answers)
        answers.append(QJsonObject{
            {QStringLiteral("q"), a.questionId},
            {QStringLiteral("n"), a.valueNum ? QJsonValue(*a.valueNum) : QJsonValue()},
            {QStringLiteral("t"), a.valueText.isEmpty() ? QJsonValue() : QJsonValue(a.valueText)}});
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cx_counter_submit(CAST(? AS text), CAST(? AS bigint), "
                             "CAST(? AS text), CAST(? AS jsonb), CAST(? AS text), "
                             "CAST(? AS text))"));
    q.addBindValue(r.uuid);
    q.addBindValue(r.surveyId);
    q.addBindValue(r.submittedAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(answers).toJson(QJsonDocument::Compact)));
    q.addBindValue(how.contact.trimmed());
    q.addBindValue(formatTimestamp(clock::now()));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add response"), error) || !q.next())
        return false;
    out->before = !q.value(0).toBool();
    return true;
}

} // namespace

bool submitResponse(QSqlDatabase& db, const Survey& survey, const AnswerMap& answers,
                    const Submission& how, Submitted* out, QString* error)
{
    *out = Submitted();
    const QString problem = checkAnswers(survey, answers);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = tx.error();
        return false;
    }
    if (how.formNumber > 0) {
        const QString used = formNumberUsed(db, survey.id, how.formNumber);
        if (!used.isEmpty()) {
            *error = Text::tr("form %1 of this survey was already entered (response of %2)")
                         .arg(how.formNumber)
                         .arg(used.left(10));
            return false;
        }
    }
    Response r;
    r.surveyId = survey.id;
    r.source = how.source;
    r.formNumber = how.formNumber;
    r.submittedAt = formatTimestamp(how.at.isValid() ? how.at : clock::now());
    r.touchpointId = survey.touchpointId;
    r.channelId = survey.channelId;
    // (A counter reads no touchpoint: the server fills the channel in for it.)
    if (!r.channelId && survey.touchpointId && !how.handOver) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT channel_id FROM touchpoints WHERE id = ?"));
        q.addBindValue(survey.touchpointId);
        if (q.exec() && q.next())
            r.channelId = q.value(0).toLongLong();
    }
    r.customerId = how.customerId;
    const QDateTime at = how.at.isValid() ? how.at : clock::now();
    if (!how.handOver && !r.customerId &&
        !linkContact(db, how.contact, at, how.source, &r.customerId, &out->newCustomer, error))
        return false;
    for (const Question& q : survey.questions) {
        if (!isShown(q, answers) || !isAnswered(q, answers))
            continue;
        const QVariant v = answers.value(q.code);
        Answer a;
        a.questionId = q.id;
        int min = 0, max = 0;
        if (q.kind == QuestionKind::YesNo || questionKindScale(q.kind, &min, &max))
            a.valueNum = v.toDouble();
        else
            a.valueText = v.toString().trimmed();
        r.answers << a;
    }
    r.uuid = how.uuid;
    r.createdBy =
        how.source == ResponseSource::Kiosk && !isServerConnection(db) ? QString() : personOf(db);
    if (how.handOver)
        return handOver(db, r, how, out, error) && tx.commit(error);
    bool inserted = false;
    if (!ResponseRepository(db).insertOnce(r, &inserted, error))
        return false;
    if (!inserted) {
        out->before = true;
        return tx.commit(error);
    }
    if (!FollowUp(db).afterResponse(r, &out->actionId, error))
        return false;
    if (!tx.commit(error))
        return false;
    out->responseId = r.id;
    out->customerId = r.customerId;
    return true;
}

QString thankYouText(const Survey& survey)
{
    return survey.thankYou.trimmed().isEmpty()
               ? Text::tr("Thank you! Your answers help us do better.")
               : survey.thankYou.trimmed();
}

} // namespace cx

namespace cx {

bool takeHandovers(QSqlDatabase& db, int limit, int* taken, QString* error)
{
    *taken = 0;
    for (int i = 0; i < limit; ++i) {
        Transaction tx(db);
        if (!tx.isActive()) {
            *error = tx.error();
            return false;
        }
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT response_id, contact FROM counter_handover ORDER BY "
                                 "response_id LIMIT 1") +
                  (isServerConnection(db) ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString()));
        if (!sql::runLookup(q, error))
            return false;
        if (!q.next())
            return tx.commit(error);
        const qint64 responseId = q.value(0).toLongLong();
        const QString contact = q.value(1).toString();
        q.finish();
        std::optional<Response> r = ResponseRepository(db).byId(responseId, error);
        if (!r)
            return false;
        bool added = false;
        if (!r->customerId) {
            qint64 when = 0;
            const QDateTime at = parseTimestamp(r->submittedAt, &when)
                                     ? QDateTime::fromMSecsSinceEpoch(when)
                                     : clock::now();
            if (!linkContact(db, contact, at, r->source, &r->customerId, &added, error))
                return false;
            if (r->customerId) {
                QSqlQuery u(db);
                u.prepare(QStringLiteral("UPDATE responses SET customer_id = ? WHERE id = ?"));
                u.addBindValue(r->customerId);
                u.addBindValue(responseId);
                if (!sql::exec(u, QT_TRANSLATE_NOOP("cx::Text", "cannot link the response"), error))
                    return false;
            }
        }
        qint64 actionId = 0;
        if (!FollowUp(db).afterResponse(*r, &actionId, error))
            return false;
        QSqlQuery d(db);
        d.prepare(QStringLiteral("DELETE FROM counter_handover WHERE response_id = ?"));
        d.addBindValue(responseId);
        if (!sql::exec(d, QT_TRANSLATE_NOOP("cx::Text", "cannot finish the handover"), error) ||
            !tx.commit(error))
            return false;
        ++*taken;
    }
    return true;
}

} // namespace cx
