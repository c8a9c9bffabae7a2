#pragma once

// The map of how customers meet the business: channels, journeys, their
// stages and the touchpoints of each stage.
// Ids are 0 when the record is not stored yet or a link is null. A record a
// person edits carries the row version it was read at (0: not read from the
// database) and when it was last changed: a save refuses to write over a
// version it has not seen (see core/storage/rowversion.h). The tables are
// described in docs/database.md.

#include <QString>
#include <optional>

namespace cx {

struct Channel
{
    qint64 id = 0;
    QString name;
};

struct Journey
{
    qint64 id = 0;
    QString name;
    QString persona; // the persona's name
    QString description;
    QString personaAbout;
    QString personaGoals;
    QString personaFrustrations;
    int rowVersion = 0;
    QString updatedAt;
};

struct Stage
{
    qint64 id = 0;
    qint64 journeyId = 0;
    QString name;
    int position = 0;
    QString lifecyclePhase;
    std::optional<double> expectedEmotion; // the owner's "to-be" feeling, -2 to +2
    int rowVersion = 0;
    QString updatedAt;
};

struct Touchpoint
{
    qint64 id = 0;
    qint64 stageId = 0;
    qint64 channelId = 0;
    QString name;
    int position = 0;
    std::optional<double> target; // the customer score aimed for, 1-5
    QString owner;
    int rowVersion = 0;
    QString updatedAt;
};

} // namespace cx
