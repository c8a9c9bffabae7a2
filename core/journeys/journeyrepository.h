#pragma once

#include "core/journeys/journey.h"
#include "core/storage/sqlutil.h"

namespace cx {

// The map of how customers meet the business: channels, journeys, their
// stages and the touchpoints of each stage.
class JourneyRepository
{
public:
    explicit JourneyRepository(QSqlDatabase& db);

    QVector<Channel> channels(QString* error = nullptr);
    [[nodiscard]] std::optional<Channel> channel(qint64 id, QString* error = nullptr);
    // Case-insensitive match on the channel's name.
    [[nodiscard]] std::optional<Channel> channelByName(const QString& name,
                                                       QString* error = nullptr);
    [[nodiscard]] bool addChannel(Channel& channel, QString* error);

    // The add functions keep an id given (an undone delete comes back as it
    // was, at a version after the one deleted), else write the new id back.
    // The update and remove functions change the record only if the stored
    // row is still at its rowVersion (an update raises both); otherwise they
    // change nothing and say what changed since `seen`.
    [[nodiscard]] bool addJourney(Journey& journey, QString* error);
    QVector<Journey> journeys(QString* error = nullptr);
    [[nodiscard]] std::optional<Journey> journey(qint64 id);
    [[nodiscard]] bool updateJourney(Journey& journey, QString* error,
                                     const Journey* seen = nullptr);
    [[nodiscard]] bool removeJourney(const Journey& journey, QString* error);

    [[nodiscard]] bool addStage(Stage& stage, QString* error);
    QVector<Stage> stages(qint64 journeyId, QString* error = nullptr);
    [[nodiscard]] std::optional<Stage> stage(qint64 id, QString* error = nullptr);
    [[nodiscard]] bool updateStage(Stage& stage, QString* error, const Stage* seen = nullptr);
    [[nodiscard]] bool removeStage(const Stage& stage,
                                   QString* error); // its touchpoints go with it

    [[nodiscard]] bool addTouchpoint(Touchpoint& touchpoint, QString* error);
    // Touchpoints of one journey in map order, or of all journeys when journeyId is 0.
    QVector<Touchpoint> touchpoints(qint64 journeyId = 0, QString* error = nullptr);
    [[nodiscard]] std::optional<Touchpoint> touchpoint(qint64 id, QString* error = nullptr);
    [[nodiscard]] std::optional<Touchpoint> touchpointByName(const QString& name,
                                                             QString* error = nullptr);
    // Every touchpoint in map order, with the names of its stage and journey
    // (for choosing one from a list).
    struct TouchpointChoice
    {
        Touchpoint touchpoint;
        QString stage;
        QString journey;
    };
    QVector<TouchpointChoice> touchpointChoices(QString* error = nullptr);
    [[nodiscard]] bool updateTouchpoint(Touchpoint& touchpoint, QString* error,
                                        const Touchpoint* seen = nullptr);
    [[nodiscard]] bool removeTouchpoint(const Touchpoint& touchpoint, QString* error);

    static QStringList differences(const Journey& a, const Journey& b);
    static QStringList differences(const Stage& a, const Stage& b);
    static QStringList differences(const Touchpoint& a, const Touchpoint& b);
    // Their version with the fields changed in `mine` from `base` on top.
    static Journey merged(const Journey& base, const Journey& mine, const Journey& theirs);
    static Stage merged(const Stage& base, const Stage& mine, const Stage& theirs);
    static Touchpoint merged(const Touchpoint& base, const Touchpoint& mine,
                             const Touchpoint& theirs);

    // What names a touchpoint. Deleting it keeps these records without one;
    // relink() gives it back to them (undoing the delete).
    struct Links
    {
        QVector<qint64> interactions;
        QVector<qint64> responses;
        QVector<qint64> surveys;
        bool isEmpty() const
        {
            return interactions.isEmpty() && responses.isEmpty() && surveys.isEmpty();
        }
    };
    Links linksOf(qint64 touchpointId);
    [[nodiscard]] bool relink(qint64 touchpointId, const Links& links, QString* error);

private:
    QSqlDatabase& m_db;
    sql::Statement m_insertTouchpoint;
};

} // namespace cx
