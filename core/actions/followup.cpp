#include "core/actions/followup.h"

#include "core/actions/actionrepository.h"
#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/settings.h"

#include <QSqlQuery>

namespace cx {

FollowUp::FollowUp(QSqlDatabase& db) : m_db(db) {}

int FollowUp::dueDays()
{
    bool ok = false;
    const int days = SettingsRepository(m_db).get(settingkeys::FollowUpDays).value.toInt(&ok);
    return ok && days >= 0 ? days : 3;
}

bool FollowUp::setDueDays(int days, QString* error, const Setting* seen)
{
    if (days < 0 || days > 365) {
        *error = Text::tr("follow-up actions must be due within 0 to 365 days, not %1").arg(days);
        return false;
    }
    return SettingsRepository(m_db).set(settingkeys::FollowUpDays, QString::number(days), error,
                                        seen, Text::tr("when follow-ups are due"));
}

QString FollowUp::customerName(qint64 id)
{
    if (id <= 0)
        return {};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name FROM customers WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString FollowUp::reasonFor(const Interaction& i)
{
    if (i.kind.compare(QLatin1String("complaint"), Qt::CaseInsensitive) != 0)
        return {};
    QString where;
    if (i.touchpointId > 0) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT name FROM touchpoints WHERE id = ?"));
        q.addBindValue(i.touchpointId);
        if (q.exec() && q.next())
            where = q.value(0).toString();
    }
    const QString who = customerName(i.customerId);
    if (who.isEmpty())
        return where.isEmpty() ? Text::tr("Follow up a complaint")
                               : Text::tr("Follow up a complaint about %1").arg(where);
    return where.isEmpty() ? Text::tr("Follow up %1's complaint").arg(who)
                           : Text::tr("Follow up %1's complaint about %2").arg(who, where);
}

QString FollowUp::reasonFor(const Response& r)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT kind FROM questions WHERE id = ?"));
    for (const Answer& a : r.answers) {
        if (!a.valueNum)
            continue;
        q.bindValue(0, a.questionId);
        if (!q.exec() || !q.next())
            continue;
        const QString kind = q.value(0).toString();
        const double v = *a.valueNum;
        const bool detractor = kind == QLatin1String("nps") && v <= 6;
        const bool unhappy = kind == QLatin1String("csat") && v <= 2;
        if (!detractor && !unhappy)
            continue;
        const QString metric = detractor ? QStringLiteral("NPS") : QStringLiteral("CSAT");
        const QString who = customerName(r.customerId);
        return who.isEmpty()
                   ? Text::tr("Look into an anonymous %1 of %2").arg(metric).arg(v)
                   : Text::tr("Call %1 back about their %2 of %3").arg(who, metric).arg(v);
    }
    return {};
}

bool FollowUp::open(qint64 customerId, qint64 responseId, qint64 interactionId,
                    const QString& title, const QString& at, qint64* actionId, QString* error)
{
    Action a;
    a.customerId = customerId;
    a.responseId = responseId;
    a.interactionId = interactionId;
    a.title = title;
    a.createdAt = formatTimestamp(clock::now());
    qint64 when = 0;
    const QDate base = parseTimestamp(at, &when) ? parseDate(at.left(10)) : clock::today();
    a.dueOn = std::max(base, clock::today()).addDays(dueDays());
    ActionRepository repo(m_db);
    if (!repo.insert(a, error))
        return false;
    *actionId = a.id;
    return true;
}

bool FollowUp::afterInteraction(const Interaction& i, qint64* actionId, QString* error)
{
    *actionId = 0;
    const QString title = reasonFor(i);
    return title.isEmpty() || open(i.customerId, 0, i.id, title, i.occurredAt, actionId, error);
}

bool FollowUp::afterResponse(const Response& r, qint64* actionId, QString* error)
{
    *actionId = 0;
    const QString title = reasonFor(r);
    return title.isEmpty() || open(r.customerId, r.id, 0, title, r.submittedAt, actionId, error);
}

} // namespace cx
