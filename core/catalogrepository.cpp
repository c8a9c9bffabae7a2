#include "catalogrepository.h"

namespace cx {

namespace {
std::optional<double> optionalNumber(const QVariant& v);
QVariant number(const std::optional<double>& v);

Touchpoint touchpointFromRow(const QSqlQuery& q)
{
    Touchpoint t;
    t.id = q.value(0).toLongLong();
    t.stageId = q.value(1).toLongLong();
    t.channelId = q.value(2).toLongLong();
    t.name = q.value(3).toString();
    t.position = q.value(4).toInt();
    t.target = optionalNumber(q.value(5));
    t.owner = q.value(6).toString();
    return t;
}

std::optional<double> optionalNumber(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant number(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}
} // namespace

CatalogRepository::CatalogRepository(QSqlDatabase& db)
    : m_db(db)
    , m_insertTouchpoint(db, QStringLiteral("INSERT INTO touchpoints (stage_id, channel_id, name, position, target, owner) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"))
{
}

QVector<Channel> CatalogRepository::channels()
{
    QVector<Channel> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name FROM channels ORDER BY id"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<Channel> CatalogRepository::channelByName(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM channels WHERE name = ? COLLATE NOCASE"));
    q.bindValue(0, name.trimmed());
    if (q.exec() && q.next())
        return Channel{q.value(0).toLongLong(), q.value(1).toString()};
    return std::nullopt;
}

bool CatalogRepository::addChannel(Channel& channel, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO channels (name) VALUES (?)"));
    q.bindValue(0, channel.name.trimmed());
    if (!sql::exec(q, "cannot add channel", error))
        return false;
    channel.id = q.lastInsertId().toLongLong();
    return true;
}

bool CatalogRepository::addJourney(Journey& journey, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO journeys (name, persona, description, persona_about, persona_goals, "
                             "persona_frustrations) VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, journey.name);
    q.bindValue(1, sql::text(journey.persona));
    q.bindValue(2, sql::text(journey.description));
    q.bindValue(3, sql::text(journey.personaAbout));
    q.bindValue(4, sql::text(journey.personaGoals));
    q.bindValue(5, sql::text(journey.personaFrustrations));
    if (!sql::exec(q, "cannot add journey", error))
        return false;
    journey.id = q.lastInsertId().toLongLong();
    return true;
}

QVector<Journey> CatalogRepository::journeys()
{
    QVector<Journey> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, name, persona, description, persona_about, persona_goals, persona_frustrations "
                          "FROM journeys ORDER BY id"));
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    return out;
}

bool CatalogRepository::removeJourney(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM journeys WHERE id = ?"));
    q.bindValue(0, id);
    return sql::exec(q, "cannot delete journey", error);
}

bool CatalogRepository::addStage(Stage& stage, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO stages (journey_id, name, position, lifecycle_phase, expected_emotion) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.bindValue(0, stage.journeyId);
    q.bindValue(1, stage.name);
    q.bindValue(2, stage.position);
    q.bindValue(3, sql::text(stage.lifecyclePhase));
    q.bindValue(4, number(stage.expectedEmotion));
    if (!sql::exec(q, "cannot add stage", error))
        return false;
    stage.id = q.lastInsertId().toLongLong();
    return true;
}

QVector<Stage> CatalogRepository::stages(qint64 journeyId)
{
    QVector<Stage> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, journey_id, name, position, lifecycle_phase, expected_emotion FROM stages "
                             "WHERE journey_id = ? ORDER BY position, id"));
    q.bindValue(0, journeyId);
    q.exec();
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toInt(),
                       q.value(4).toString(), optionalNumber(q.value(5))});
    return out;
}

bool CatalogRepository::addTouchpoint(Touchpoint& touchpoint, QString* error)
{
    QSqlQuery* q = m_insertTouchpoint.get(error);
    if (!q)
        return false;
    q->bindValue(0, touchpoint.stageId);
    q->bindValue(1, sql::id(touchpoint.channelId));
    q->bindValue(2, touchpoint.name);
    q->bindValue(3, touchpoint.position);
    q->bindValue(4, number(touchpoint.target));
    q->bindValue(5, sql::text(touchpoint.owner));
    if (!sql::exec(*q, "cannot add touchpoint", error))
        return false;
    touchpoint.id = q->lastInsertId().toLongLong();
    return true;
}

QVector<Touchpoint> CatalogRepository::touchpoints(qint64 journeyId)
{
    QVector<Touchpoint> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.stage_id, t.channel_id, t.name, t.position, t.target, t.owner FROM touchpoints t "
                             "JOIN stages s ON s.id = t.stage_id WHERE ? = 0 OR s.journey_id = ? "
                             "ORDER BY s.journey_id, s.position, t.position, t.id"));
    q.bindValue(0, journeyId);
    q.bindValue(1, journeyId);
    q.exec();
    while (q.next())
        out.push_back(touchpointFromRow(q));
    return out;
}

std::optional<Touchpoint> CatalogRepository::touchpointByName(const QString& name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, stage_id, channel_id, name, position, target, owner FROM touchpoints "
                             "WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1"));
    q.bindValue(0, name.trimmed());
    if (q.exec() && q.next())
        return touchpointFromRow(q);
    return std::nullopt;
}

} // namespace cx
