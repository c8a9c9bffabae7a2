#pragma once

#include "domain.h"
#include "sqlutil.h"

namespace cx {

// The map of how customers meet the business: channels, journeys, their
// stages and the touchpoints of each stage.
class CatalogRepository
{
public:
    explicit CatalogRepository(QSqlDatabase& db);

    QVector<Channel> channels();
    // Case-insensitive match on the channel's name.
    std::optional<Channel> channelByName(const QString& name);
    bool addChannel(Channel& channel, QString* error);

    bool addJourney(Journey& journey, QString* error);
    QVector<Journey> journeys();
    bool removeJourney(qint64 id, QString* error);

    bool addStage(Stage& stage, QString* error);
    QVector<Stage> stages(qint64 journeyId);

    bool addTouchpoint(Touchpoint& touchpoint, QString* error);
    // Touchpoints of one journey in map order, or of all journeys when journeyId is 0.
    QVector<Touchpoint> touchpoints(qint64 journeyId = 0);
    std::optional<Touchpoint> touchpointByName(const QString& name);

private:
    QSqlDatabase& m_db;
    sql::Statement m_insertTouchpoint;
};

} // namespace cx
