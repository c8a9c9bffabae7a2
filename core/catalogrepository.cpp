#include "catalogrepository.h"
#include "text.h"

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
    , m_insertTouchpoint(db, QStringLiteral("INSERT INTO touchpoints (id, stage_id, channel_id, name, position, target, "
                                            "owner) VALUES (?, ?, ?, ?, ?, ?, ?)"))
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

std::optional<Channel> CatalogRepository::channel(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM channels WHERE id = ?"));
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return Channel{q.value(0).toLongLong(), q.value(1).toString()};
    return std::nullopt;
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
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add channel"), error))
        return false;
    channel.id = q.lastInsertId().toLongLong();
    return true;
}

bool CatalogRepository::addJourney(Journey& journey, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO journeys (id, name, persona, description, persona_about, persona_goals, "
                             "persona_frustrations) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, sql::id(journey.id));
    q.bindValue(1, journey.name);
    q.bindValue(2, sql::text(journey.persona));
    q.bindValue(3, sql::text(journey.description));
    q.bindValue(4, sql::text(journey.personaAbout));
    q.bindValue(5, sql::text(journey.personaGoals));
    q.bindValue(6, sql::text(journey.personaFrustrations));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add journey"), error))
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
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete journey"), error);
}

bool CatalogRepository::addStage(Stage& stage, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO stages (id, journey_id, name, position, lifecycle_phase, expected_emotion) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, sql::id(stage.id));
    q.bindValue(1, stage.journeyId);
    q.bindValue(2, stage.name);
    q.bindValue(3, stage.position);
    q.bindValue(4, sql::text(stage.lifecyclePhase));
    q.bindValue(5, number(stage.expectedEmotion));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add stage"), error))
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
    q->bindValue(0, sql::id(touchpoint.id));
    q->bindValue(1, touchpoint.stageId);
    q->bindValue(2, sql::id(touchpoint.channelId));
    q->bindValue(3, touchpoint.name);
    q->bindValue(4, touchpoint.position);
    q->bindValue(5, number(touchpoint.target));
    q->bindValue(6, sql::text(touchpoint.owner));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add touchpoint"), error))
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

QVector<CatalogRepository::TouchpointChoice> CatalogRepository::touchpointChoices()
{
    QVector<TouchpointChoice> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT t.id, t.stage_id, t.channel_id, t.name, t.position, t.target, t.owner, s.name, j.name "
                          "FROM touchpoints t JOIN stages s ON s.id = t.stage_id JOIN journeys j ON j.id = s.journey_id "
                          "ORDER BY s.journey_id, s.position, t.position, t.id"));
    while (q.next())
        out.push_back({touchpointFromRow(q), q.value(7).toString(), q.value(8).toString()});
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

std::optional<Journey> CatalogRepository::journey(qint64 id)
{
    for (const Journey& j : journeys())
        if (j.id == id)
            return j;
    return std::nullopt;
}

bool CatalogRepository::updateJourney(const Journey& j, QString* error)
{
    if (j.name.trimmed().isEmpty()) {
        *error = Text::tr("a journey needs a name");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE journeys SET name = ?, persona = ?, description = ?, persona_about = ?, "
                             "persona_goals = ?, persona_frustrations = ? WHERE id = ?"));
    q.bindValue(0, j.name.trimmed());
    q.bindValue(1, sql::text(j.persona));
    q.bindValue(2, sql::text(j.description));
    q.bindValue(3, sql::text(j.personaAbout));
    q.bindValue(4, sql::text(j.personaGoals));
    q.bindValue(5, sql::text(j.personaFrustrations));
    q.bindValue(6, j.id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save journey"), error);
}

std::optional<Stage> CatalogRepository::stage(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT journey_id FROM stages WHERE id = ?"));
    q.bindValue(0, id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Stage& s : stages(q.value(0).toLongLong()))
        if (s.id == id)
            return s;
    return std::nullopt;
}

bool CatalogRepository::updateStage(const Stage& s, QString* error)
{
    if (s.name.trimmed().isEmpty()) {
        *error = Text::tr("a stage needs a name");
        return false;
    }
    if (s.expectedEmotion && (*s.expectedEmotion < -2 || *s.expectedEmotion > 2)) {
        *error = Text::tr("the expected feeling %1 is outside -2 to +2").arg(*s.expectedEmotion);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE stages SET journey_id = ?, name = ?, position = ?, lifecycle_phase = ?, "
                             "expected_emotion = ? WHERE id = ?"));
    q.bindValue(0, s.journeyId);
    q.bindValue(1, s.name.trimmed());
    q.bindValue(2, s.position);
    q.bindValue(3, sql::text(s.lifecyclePhase));
    q.bindValue(4, number(s.expectedEmotion));
    q.bindValue(5, s.id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save stage"), error);
}

bool CatalogRepository::removeStage(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM stages WHERE id = ?"));
    q.bindValue(0, id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete stage"), error);
}

std::optional<Touchpoint> CatalogRepository::touchpoint(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, stage_id, channel_id, name, position, target, owner FROM touchpoints WHERE id = ?"));
    q.bindValue(0, id);
    if (q.exec() && q.next())
        return touchpointFromRow(q);
    return std::nullopt;
}

bool CatalogRepository::updateTouchpoint(const Touchpoint& t, QString* error)
{
    if (t.name.trimmed().isEmpty()) {
        *error = Text::tr("a touchpoint needs a name");
        return false;
    }
    if (t.target && (*t.target < 1 || *t.target > 5)) {
        *error = Text::tr("the target %1 is outside the 1-5 scale").arg(*t.target);
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE touchpoints SET stage_id = ?, channel_id = ?, name = ?, position = ?, target = ?, "
                             "owner = ? WHERE id = ?"));
    q.bindValue(0, t.stageId);
    q.bindValue(1, sql::id(t.channelId));
    q.bindValue(2, t.name.trimmed());
    q.bindValue(3, t.position);
    q.bindValue(4, number(t.target));
    q.bindValue(5, sql::text(t.owner));
    q.bindValue(6, t.id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save touchpoint"), error);
}

bool CatalogRepository::removeTouchpoint(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM touchpoints WHERE id = ?"));
    q.bindValue(0, id);
    return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete touchpoint"), error);
}

CatalogRepository::Links CatalogRepository::linksOf(qint64 touchpointId)
{
    Links links;
    QSqlQuery q(m_db);
    const struct
    {
        const char* sql;
        QVector<qint64>* ids;
    } lists[] = {{"SELECT id FROM interactions WHERE touchpoint_id = ?", &links.interactions},
                 {"SELECT id FROM responses WHERE touchpoint_id = ?", &links.responses},
                 {"SELECT id FROM surveys WHERE touchpoint_id = ?", &links.surveys}};
    for (const auto& list : lists) {
        q.prepare(QLatin1String(list.sql));
        q.bindValue(0, touchpointId);
        q.exec();
        while (q.next())
            *list.ids << q.value(0).toLongLong();
    }
    return links;
}

bool CatalogRepository::relink(qint64 touchpointId, const Links& links, QString* error)
{
    const struct
    {
        const char* sql;
        const QVector<qint64>* ids;
    } lists[] = {{"UPDATE interactions SET touchpoint_id = ? WHERE id = ?", &links.interactions},
                 {"UPDATE responses SET touchpoint_id = ? WHERE id = ?", &links.responses},
                 {"UPDATE surveys SET touchpoint_id = ? WHERE id = ?", &links.surveys}};
    QSqlQuery q(m_db);
    for (const auto& list : lists) {
        q.prepare(QLatin1String(list.sql));
        for (const qint64 id : *list.ids) {
            q.bindValue(0, touchpointId);
            q.bindValue(1, id);
            if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot link the touchpoint again"), error))
                return false;
        }
    }
    return true;
}

} // namespace cx
