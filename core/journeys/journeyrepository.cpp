#include "core/journeys/journeyrepository.h"

#include "core/common/text.h"
#include "core/storage/editedfields.h"
#include "core/storage/rowversion.h"

namespace cx {

namespace {
std::optional<double> optionalNumber(const QVariant& v);
QVariant number(const std::optional<double>& v);
Stage stageFromRow(const QSqlQuery& q);

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
    t.rowVersion = q.value(7).toInt();
    t.updatedAt = q.value(8).toString();
    return t;
}

const char* const kTouchpointColumns =
    "id, stage_id, channel_id, name, position, target, owner, row_version, updated_at";

Journey journeyFromRow(const QSqlQuery& q)
{
    Journey j;
    j.id = q.value(0).toLongLong();
    j.name = q.value(1).toString();
    j.persona = q.value(2).toString();
    j.description = q.value(3).toString();
    j.personaAbout = q.value(4).toString();
    j.personaGoals = q.value(5).toString();
    j.personaFrustrations = q.value(6).toString();
    j.rowVersion = q.value(7).toInt();
    j.updatedAt = q.value(8).toString();
    return j;
}

// The version a record is written with: the next one when it comes back
// after a delete (so an edit still based on the deleted one is refused).
int insertedVersion(qint64 id, int rowVersion)
{
    return id > 0 ? rowVersion + 1 : 1;
}

// A record that comes back was changed now; a new one has not been changed yet.
QVariant restoredAt(qint64 id)
{
    return id > 0 ? QVariant(changeTimestamp()) : QVariant(QMetaType::fromType<QString>());
}

std::optional<double> optionalNumber(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant number(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

Stage stageFromRow(const QSqlQuery& q)
{
    Stage s;
    s.id = q.value(0).toLongLong();
    s.journeyId = q.value(1).toLongLong();
    s.name = q.value(2).toString();
    s.position = q.value(3).toInt();
    s.lifecyclePhase = q.value(4).toString();
    s.expectedEmotion = optionalNumber(q.value(5));
    s.rowVersion = q.value(6).toInt();
    s.updatedAt = q.value(7).toString();
    return s;
}
} // namespace

JourneyRepository::JourneyRepository(QSqlDatabase& db)
    : m_db(db),
      m_insertTouchpoint(
          db, QStringLiteral(
                  "INSERT INTO touchpoints (id, stage_id, channel_id, name, position, target, "
                  "owner, row_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
{
}

QVector<Channel> JourneyRepository::channels(QString* error)
{
    QVector<Channel> out;
    QSqlQuery q(m_db);
    if (!sql::runLookup(q, QStringLiteral("SELECT id, name FROM channels ORDER BY id"), error))
        return {};
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

std::optional<Channel> JourneyRepository::channel(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM channels WHERE id = ?"));
    q.bindValue(0, id);
    if (sql::runLookup(q, error) && q.next())
        return Channel{q.value(0).toLongLong(), q.value(1).toString()};
    return std::nullopt;
}

std::optional<Channel> JourneyRepository::channelByName(const QString& name, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name FROM channels WHERE lower(name) = lower(?)"));
    q.bindValue(0, name.trimmed());
    if (sql::runLookup(q, error) && q.next())
        return Channel{q.value(0).toLongLong(), q.value(1).toString()};
    return std::nullopt;
}

bool JourneyRepository::addChannel(Channel& channel, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO channels (name) VALUES (?)"));
    q.bindValue(0, channel.name.trimmed());
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add channel"), error))
        return false;
    channel.id = q.lastInsertId().toLongLong();
    return true;
}

bool JourneyRepository::addJourney(Journey& journey, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO journeys (id, name, persona, description, persona_about, persona_goals, "
        "persona_frustrations, row_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, sql::id(journey.id));
    q.bindValue(1, journey.name);
    q.bindValue(2, sql::text(journey.persona));
    q.bindValue(3, sql::text(journey.description));
    q.bindValue(4, sql::text(journey.personaAbout));
    q.bindValue(5, sql::text(journey.personaGoals));
    q.bindValue(6, sql::text(journey.personaFrustrations));
    q.bindValue(7, insertedVersion(journey.id, journey.rowVersion));
    q.bindValue(8, restoredAt(journey.id));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add journey"), error))
        return false;
    journey.rowVersion = insertedVersion(journey.id, journey.rowVersion);
    journey.id = sql::insertedId(q, journey.id);
    return true;
}

QVector<Journey> JourneyRepository::journeys(QString* error)
{
    QVector<Journey> out;
    QSqlQuery q(m_db);
    if (!sql::runLookup(
            q,
            QStringLiteral("SELECT id, name, persona, description, persona_about, persona_goals, "
                           "persona_frustrations, "
                           "row_version, updated_at FROM journeys ORDER BY id"),
            error))
        return {};
    while (q.next())
        out.push_back(journeyFromRow(q));
    return out;
}

bool JourneyRepository::removeJourney(const Journey& journey, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM journeys WHERE id = ? AND row_version = ?"));
    q.bindValue(0, journey.id);
    q.bindValue(1, journey.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete journey"), error, [&] {
        return staleMessage(Text::tr("the journey “%1”").arg(journey.name),
                            this->journey(journey.id), &journey,
                            [](const Journey& a, const Journey& b) { return differences(a, b); });
    });
}

bool JourneyRepository::addStage(Stage& stage, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO stages (id, journey_id, name, position, lifecycle_phase, expected_emotion, "
        "row_version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.bindValue(0, sql::id(stage.id));
    q.bindValue(1, stage.journeyId);
    q.bindValue(2, stage.name);
    q.bindValue(3, stage.position);
    q.bindValue(4, sql::text(stage.lifecyclePhase));
    q.bindValue(5, number(stage.expectedEmotion));
    q.bindValue(6, insertedVersion(stage.id, stage.rowVersion));
    q.bindValue(7, restoredAt(stage.id));
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot add stage"), error))
        return false;
    stage.rowVersion = insertedVersion(stage.id, stage.rowVersion);
    stage.id = sql::insertedId(q, stage.id);
    return true;
}

QVector<Stage> JourneyRepository::stages(qint64 journeyId, QString* error)
{
    QVector<Stage> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, journey_id, name, position, lifecycle_phase, "
                             "expected_emotion, row_version, updated_at "
                             "FROM stages WHERE journey_id = ? ORDER BY position, id"));
    q.bindValue(0, journeyId);
    if (!sql::runLookup(q, error))
        return {};
    while (q.next())
        out.push_back(stageFromRow(q));
    return out;
}

bool JourneyRepository::addTouchpoint(Touchpoint& touchpoint, QString* error)
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
    q->bindValue(7, insertedVersion(touchpoint.id, touchpoint.rowVersion));
    q->bindValue(8, restoredAt(touchpoint.id));
    if (!sql::exec(*q, QT_TRANSLATE_NOOP("cx::Text", "cannot add touchpoint"), error))
        return false;
    touchpoint.rowVersion = insertedVersion(touchpoint.id, touchpoint.rowVersion);
    touchpoint.id = sql::insertedId(*q, touchpoint.id);
    return true;
}

QVector<Touchpoint> JourneyRepository::touchpoints(qint64 journeyId, QString* error)
{
    QVector<Touchpoint> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.id, t.stage_id, t.channel_id, t.name, t.position, t.target, "
                             "t.owner, t.row_version, "
                             "t.updated_at FROM touchpoints t JOIN stages s ON s.id = t.stage_id "
                             "WHERE ? = 0 OR s.journey_id = ? "
                             "ORDER BY s.journey_id, s.position, t.position, t.id"));
    q.bindValue(0, journeyId);
    q.bindValue(1, journeyId);
    if (!sql::runLookup(q, error))
        return {};
    while (q.next())
        out.push_back(touchpointFromRow(q));
    return out;
}

QVector<JourneyRepository::TouchpointChoice> JourneyRepository::touchpointChoices(QString* error)
{
    QVector<TouchpointChoice> out;
    QSqlQuery q(m_db);
    if (!sql::runLookup(
            q,
            QStringLiteral(
                "SELECT t.id, t.stage_id, t.channel_id, t.name, t.position, t.target, t.owner, "
                "t.row_version, "
                "t.updated_at, s.name, j.name FROM touchpoints t JOIN stages s ON s.id = "
                "t.stage_id "
                "JOIN journeys j ON j.id = s.journey_id ORDER BY s.journey_id, s.position, "
                "t.position, "
                "t.id"),
            error))
        return {};
    while (q.next())
        out.push_back({touchpointFromRow(q), q.value(9).toString(), q.value(10).toString()});
    return out;
}

std::optional<Touchpoint> JourneyRepository::touchpointByName(const QString& name, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1 FROM touchpoints WHERE lower(name) = lower(?) ORDER BY id LIMIT 1")
                  .arg(QLatin1String(kTouchpointColumns)));
    q.bindValue(0, name.trimmed());
    if (sql::runLookup(q, error) && q.next())
        return touchpointFromRow(q);
    return std::nullopt;
}

std::optional<Journey> JourneyRepository::journey(qint64 id)
{
    for (const Journey& j : journeys())
        if (j.id == id)
            return j;
    return std::nullopt;
}

bool JourneyRepository::updateJourney(Journey& j, QString* error, const Journey* seen)
{
    if (j.name.trimmed().isEmpty()) {
        *error = Text::tr("a journey needs a name");
        return false;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "UPDATE journeys SET name = ?, persona = ?, description = ?, persona_about = ?, "
        "persona_goals = ?, persona_frustrations = ?, row_version = row_version + 1, updated_at = "
        "? "
        "WHERE id = ? AND row_version = ?"));
    q.bindValue(0, j.name.trimmed());
    q.bindValue(1, sql::text(j.persona));
    q.bindValue(2, sql::text(j.description));
    q.bindValue(3, sql::text(j.personaAbout));
    q.bindValue(4, sql::text(j.personaGoals));
    q.bindValue(5, sql::text(j.personaFrustrations));
    const QString now = changeTimestamp();
    q.bindValue(6, now);
    q.bindValue(7, j.id);
    q.bindValue(8, j.rowVersion);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save journey"), error, [&] {
            return staleMessage(
                Text::tr("the journey “%1”").arg(seen ? seen->name : j.name), journey(j.id), seen,
                [](const Journey& a, const Journey& b) { return differences(a, b); });
        }))
        return false;
    ++j.rowVersion;
    j.updatedAt = now;
    return true;
}

std::optional<Stage> JourneyRepository::stage(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, journey_id, name, position, lifecycle_phase, "
                             "expected_emotion, row_version, updated_at "
                             "FROM stages WHERE id = ?"));
    q.bindValue(0, id);
    if (!sql::runLookup(q, error) || !q.next())
        return std::nullopt;
    return stageFromRow(q);
}

bool JourneyRepository::updateStage(Stage& s, QString* error, const Stage* seen)
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
    q.prepare(QStringLiteral(
        "UPDATE stages SET journey_id = ?, name = ?, position = ?, lifecycle_phase = ?, "
        "expected_emotion = ?, row_version = row_version + 1, updated_at = ? WHERE id = ? AND "
        "row_version = ?"));
    q.bindValue(0, s.journeyId);
    q.bindValue(1, s.name.trimmed());
    q.bindValue(2, s.position);
    q.bindValue(3, sql::text(s.lifecyclePhase));
    q.bindValue(4, number(s.expectedEmotion));
    const QString now = changeTimestamp();
    q.bindValue(5, now);
    q.bindValue(6, s.id);
    q.bindValue(7, s.rowVersion);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save stage"), error, [&] {
            return staleMessage(Text::tr("the stage “%1”").arg(seen ? seen->name : s.name),
                                stage(s.id), seen,
                                [](const Stage& a, const Stage& b) { return differences(a, b); });
        }))
        return false;
    ++s.rowVersion;
    s.updatedAt = now;
    return true;
}

bool JourneyRepository::removeStage(const Stage& s, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM stages WHERE id = ? AND row_version = ?"));
    q.bindValue(0, s.id);
    q.bindValue(1, s.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete stage"), error, [&] {
        return staleMessage(Text::tr("the stage “%1”").arg(s.name), stage(s.id), &s,
                            [](const Stage& a, const Stage& b) { return differences(a, b); });
    });
}

std::optional<Touchpoint> JourneyRepository::touchpoint(qint64 id, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM touchpoints WHERE id = ?")
                  .arg(QLatin1String(kTouchpointColumns)));
    q.bindValue(0, id);
    if (sql::runLookup(q, error) && q.next())
        return touchpointFromRow(q);
    return std::nullopt;
}

bool JourneyRepository::updateTouchpoint(Touchpoint& t, QString* error, const Touchpoint* seen)
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
    q.prepare(QStringLiteral(
        "UPDATE touchpoints SET stage_id = ?, channel_id = ?, name = ?, position = ?, target = ?, "
        "owner = ?, row_version = row_version + 1, updated_at = ? WHERE id = ? AND row_version = "
        "?"));
    q.bindValue(0, t.stageId);
    q.bindValue(1, sql::id(t.channelId));
    q.bindValue(2, t.name.trimmed());
    q.bindValue(3, t.position);
    q.bindValue(4, number(t.target));
    q.bindValue(5, sql::text(t.owner));
    const QString now = changeTimestamp();
    q.bindValue(6, now);
    q.bindValue(7, t.id);
    q.bindValue(8, t.rowVersion);
    if (!execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save touchpoint"), error, [&] {
            return staleMessage(
                Text::tr("the touchpoint “%1”").arg(seen ? seen->name : t.name), touchpoint(t.id),
                seen, [](const Touchpoint& a, const Touchpoint& b) { return differences(a, b); });
        }))
        return false;
    ++t.rowVersion;
    t.updatedAt = now;
    return true;
}

bool JourneyRepository::removeTouchpoint(const Touchpoint& t, QString* error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM touchpoints WHERE id = ? AND row_version = ?"));
    q.bindValue(0, t.id);
    q.bindValue(1, t.rowVersion);
    return execExpecting(q, QT_TRANSLATE_NOOP("cx::Text", "cannot delete touchpoint"), error, [&] {
        return staleMessage(
            Text::tr("the touchpoint “%1”").arg(t.name), touchpoint(t.id), &t,
            [](const Touchpoint& a, const Touchpoint& b) { return differences(a, b); });
    });
}

namespace {
const EditedFields<Journey>& journeyFields()
{
    static const EditedFields<Journey> fields =
        EditedFields<Journey>()
            .add(&Journey::name, QT_TRANSLATE_NOOP("cx::Text", "name"))
            .add(&Journey::description, QT_TRANSLATE_NOOP("cx::Text", "description"))
            .add(&Journey::persona, QT_TRANSLATE_NOOP("cx::Text", "persona"))
            .add(&Journey::personaAbout, QT_TRANSLATE_NOOP("cx::Text", "the persona's story"))
            .add(&Journey::personaGoals, QT_TRANSLATE_NOOP("cx::Text", "the persona's story"))
            .add(&Journey::personaFrustrations,
                 QT_TRANSLATE_NOOP("cx::Text", "the persona's story"));
    return fields;
}
const EditedFields<Stage>& stageFields()
{
    static const EditedFields<Stage> fields =
        EditedFields<Stage>()
            .add(&Stage::name, QT_TRANSLATE_NOOP("cx::Text", "name"))
            .compared(&Stage::position, QT_TRANSLATE_NOOP("cx::Text", "place on the map"))
            .compared(&Stage::journeyId, QT_TRANSLATE_NOOP("cx::Text", "place on the map"))
            .add(&Stage::lifecyclePhase, QT_TRANSLATE_NOOP("cx::Text", "lifecycle phase"))
            .add(&Stage::expectedEmotion, QT_TRANSLATE_NOOP("cx::Text", "expected feeling"));
    return fields;
}
const EditedFields<Touchpoint>& touchpointFields()
{
    static const EditedFields<Touchpoint> fields =
        EditedFields<Touchpoint>()
            .add(&Touchpoint::name, QT_TRANSLATE_NOOP("cx::Text", "name"))
            .add(&Touchpoint::stageId, QT_TRANSLATE_NOOP("cx::Text", "place on the map"))
            .add(&Touchpoint::position, QT_TRANSLATE_NOOP("cx::Text", "place on the map"))
            .add(&Touchpoint::channelId, QT_TRANSLATE_NOOP("cx::Text", "channel"))
            .add(&Touchpoint::target, QT_TRANSLATE_NOOP("cx::Text", "target"))
            .add(&Touchpoint::owner, QT_TRANSLATE_NOOP("cx::Text", "owner"));
    return fields;
}
} // namespace

Journey JourneyRepository::merged(const Journey& base, const Journey& mine, const Journey& theirs)
{
    return journeyFields().merged(base, mine, theirs);
}

Stage JourneyRepository::merged(const Stage& base, const Stage& mine, const Stage& theirs)
{
    return stageFields().merged(base, mine, theirs);
}

Touchpoint JourneyRepository::merged(const Touchpoint& base, const Touchpoint& mine,
                                     const Touchpoint& theirs)
{
    return touchpointFields().merged(base, mine, theirs);
}

QStringList JourneyRepository::differences(const Journey& a, const Journey& b)
{
    return journeyFields().differences(a, b);
}

QStringList JourneyRepository::differences(const Stage& a, const Stage& b)
{
    return stageFields().differences(a, b);
}

QStringList JourneyRepository::differences(const Touchpoint& a, const Touchpoint& b)
{
    return touchpointFields().differences(a, b);
}

JourneyRepository::Links JourneyRepository::linksOf(qint64 touchpointId)
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

bool JourneyRepository::relink(qint64 touchpointId, const Links& links, QString* error)
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
            if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot link the touchpoint again"),
                           error))
                return false;
        }
    }
    return true;
}

} // namespace cx
