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
    std::optional<Channel> channel(qint64 id);
    // Case-insensitive match on the channel's name.
    std::optional<Channel> channelByName(const QString& name);
    bool addChannel(Channel& channel, QString* error);

    // The add functions keep an id given (an undone delete comes back as it
    // was), else write the new id back.
    bool addJourney(Journey& journey, QString* error);
    QVector<Journey> journeys();
    std::optional<Journey> journey(qint64 id);
    bool updateJourney(const Journey& journey, QString* error);
    bool removeJourney(qint64 id, QString* error);

    bool addStage(Stage& stage, QString* error);
    QVector<Stage> stages(qint64 journeyId);
    std::optional<Stage> stage(qint64 id);
    bool updateStage(const Stage& stage, QString* error);
    bool removeStage(qint64 id, QString* error); // its touchpoints go with it

    bool addTouchpoint(Touchpoint& touchpoint, QString* error);
    // Touchpoints of one journey in map order, or of all journeys when journeyId is 0.
    QVector<Touchpoint> touchpoints(qint64 journeyId = 0);
    std::optional<Touchpoint> touchpoint(qint64 id);
    std::optional<Touchpoint> touchpointByName(const QString& name);
    // Every touchpoint in map order, with the names of its stage and journey
    // (for choosing one from a list).
    struct TouchpointChoice
    {
        Touchpoint touchpoint;
        QString stage;
        QString journey;
    };
    QVector<TouchpointChoice> touchpointChoices();
    bool updateTouchpoint(const Touchpoint& touchpoint, QString* error);
    bool removeTouchpoint(qint64 id, QString* error);

    // What names a touchpoint. Deleting it keeps these records without one;
    // relink() gives it back to them (undoing the delete).
    struct Links
    {
        QVector<qint64> interactions;
        QVector<qint64> responses;
        QVector<qint64> surveys;
        bool isEmpty() const { return interactions.isEmpty() && responses.isEmpty() && surveys.isEmpty(); }
    };
    Links linksOf(qint64 touchpointId);
    bool relink(qint64 touchpointId, const Links& links, QString* error);

private:
    QSqlDatabase& m_db;
    sql::Statement m_insertTouchpoint;
};

} // namespace cx
