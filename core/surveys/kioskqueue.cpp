#include "core/surveys/kioskqueue.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/io/privatefile.h"
#include "core/storage/sqlutil.h"
#include "core/storage/team.h"
#include "core/surveys/surveyrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>

namespace cx {

namespace {

QJsonObject toJson(const QueuedResponse& r)
{
    QJsonObject answers;
    for (auto it = r.answers.constBegin(); it != r.answers.constEnd(); ++it)
        answers.insert(it.key(), QJsonValue::fromVariant(it.value()));
    return QJsonObject{{QStringLiteral("uuid"), r.uuid},
                       {QStringLiteral("survey_id"), r.surveyId},
                       {QStringLiteral("at"), r.at.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("contact"), r.contact},
                       {QStringLiteral("answers"), answers}};
}

bool fromJson(const QJsonObject& o, QueuedResponse* r)
{
    r->uuid = o.value(QStringLiteral("uuid")).toString();
    r->surveyId = o.value(QStringLiteral("survey_id")).toInteger();
    r->at = QDateTime::fromString(o.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    r->contact = o.value(QStringLiteral("contact")).toString();
    const QJsonObject answers = o.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
        r->answers.insert(it.key(), it.value().toVariant());
    return !r->uuid.isEmpty() && r->surveyId > 0 && r->at.isValid();
}

// Whether the server still answers (a refusal for content says it does).
bool answers(QSqlDatabase& db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

} // namespace

KioskQueue::KioskQueue(const QString& path) : m_path(path)
{
    QFile f(path);
    if (!f.exists())
        return;
    if (!f.open(QIODevice::ReadOnly)) {
        m_problem = Text::tr("cannot read the kiosk's queue '%1': %2").arg(path, f.errorString());
        return;
    }
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parse);
    f.close();
    if (parse.error != QJsonParseError::NoError || !doc.isArray()) {
        m_problem = Text::tr("the kiosk's queue '%1' is damaged (%2); it is kept as %1.damaged")
                        .arg(path, parse.errorString());
        QFile::remove(path + QStringLiteral(".damaged"));
        QFile::rename(path, path + QStringLiteral(".damaged"));
        return;
    }
    for (const QJsonValue& v : doc.array()) {
        QueuedResponse r;
        if (fromJson(v.toObject(), &r))
            m_items << r;
    }
}

QString KioskQueue::pathFor(const QString& databaseLocation)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QByteArray key =
        QCryptographicHash::hash(databaseLocation.toUtf8(), QCryptographicHash::Sha1).toHex();
    return dir + QStringLiteral("/kiosk-queue-") + QString::fromLatin1(key.left(16)) +
           QStringLiteral(".json");
}

QDateTime KioskQueue::oldest() const
{
    QDateTime first;
    for (const QueuedResponse& r : m_items)
        if (!first.isValid() || r.at < first)
            first = r.at;
    return first;
}

bool KioskQueue::save(QString* error)
{
    if (m_items.isEmpty()) {
        QFile::remove(m_path);
        return true;
    }
    QJsonArray all;
    for (const QueuedResponse& r : m_items)
        all.append(toJson(r));
    return writePrivateFile(m_path, QJsonDocument(all).toJson(QJsonDocument::Compact), error);
}

bool KioskQueue::add(const QueuedResponse& r, QString* error)
{
    m_items << r;
    if (save(error))
        return true;
    m_items.removeLast();
    return false;
}

bool KioskQueue::send(QSqlDatabase& db, bool handOver, int* sent, QString* error, int limit)
{
    *sent = 0;
    QHash<qint64, Survey> surveys;
    for (int done = 0; !m_items.isEmpty() && (limit < 0 || done < limit); ++done) {
        const QueuedResponse r = m_items.first();
        auto it = surveys.find(r.surveyId);
        if (it == surveys.end()) {
            QString why;
            std::optional<Survey> s = SurveyRepository(db).byId(r.surveyId, &why);
            if (!s && (!why.isEmpty() || !answers(db))) {
                *error = why.isEmpty() ? Text::tr("the server does not answer") : why;
                return false;
            }
            it = surveys.insert(r.surveyId, s.value_or(Survey()));
        }
        Submission how;
        how.source = ResponseSource::Kiosk;
        how.contact = r.contact;
        how.at = r.at;
        how.uuid = r.uuid;
        how.handOver = handOver;
        Submitted out;
        QString why;
        const bool ok = it->id > 0 && submitResponse(db, *it, r.answers, how, &out, &why);
        if (!ok) {
            if (it->id > 0 && !answers(db)) {
                *error = why;
                return false;
            }
            // The server answers but will not take it: kept aside for the owner.
            QFile aside(m_path + QStringLiteral(".refused"));
            if (aside.open(QIODevice::Append)) {
                aside.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
                QJsonObject o = toJson(r);
                o.insert(QStringLiteral("reason"),
                         it->id > 0 ? why : Text::tr("the survey is no longer active"));
                aside.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
            }
        } else if (!out.before)
            ++*sent;
        m_items.removeFirst();
        if (!save(error))
            return false;
    }
    return true;
}

KioskOutcome takeKioskResponse(QSqlDatabase& db, KioskQueue* queue, const Survey& survey,
                               const AnswerMap& given, const QString& contact, bool handOver,
                               int* sentFromQueue, QString* error)
{
    *sentFromQueue = 0;
    const QString problem = checkAnswers(survey, given);
    if (!problem.isEmpty()) {
        *error = problem;
        return KioskOutcome::Refused;
    }
    const bool server = isServerConnection(db);
    QueuedResponse r;
    r.uuid = sql::newUuid();
    r.surveyId = survey.id;
    r.at = clock::now();
    r.contact = contact;
    r.answers = given;
    Submission how;
    how.source = ResponseSource::Kiosk;
    how.contact = contact;
    how.at = r.at;
    how.uuid = r.uuid;
    how.handOver = handOver;
    Submitted out;
    if (submitResponse(db, survey, given, how, &out, error)) {
        // The server is back: a few of those that waited go along.
        if (server && queue && !queue->isEmpty()) {
            QString why;
            if (queue->send(db, handOver, sentFromQueue, &why, kSendAlong) && *sentFromQueue > 0)
                reportKioskQueue(db, *queue, *sentFromQueue);
        }
        return KioskOutcome::Saved;
    }
    if (!server || !queue || answers(db))
        return KioskOutcome::Refused;
    QString why;
    if (!queue->add(r, &why)) {
        *error = why;
        return KioskOutcome::Refused;
    }
    error->clear();
    return KioskOutcome::Queued;
}

void reportKioskQueue(QSqlDatabase& db, const KioskQueue& queue, int sent)
{
    if (!isServerConnection(db))
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT cx_kiosk_report(CAST(? AS text), CAST(? AS bigint), "
                             "CAST(? AS text), CAST(? AS bigint))"));
    q.addBindValue(QSysInfo::machineHostName());
    q.addBindValue(queue.size());
    const QDateTime oldest = queue.oldest();
    q.addBindValue(oldest.isValid() ? QVariant(formatTimestamp(oldest))
                                    : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(sent);
    q.exec(); // a report that does not arrive is sent with the next one
}

bool kioskReports(QSqlDatabase& db, QVector<KioskReport>* out, QString* error)
{
    out->clear();
    QSqlQuery q(db);
    if (!sql::runLookup(q,
                        QStringLiteral("SELECT login, host, queued, oldest_at, sent, reported_at "
                                       "FROM kiosks ORDER BY login"),
                        error))
        return false;
    while (q.next())
        out->append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toString()});
    return true;
}

} // namespace cx
