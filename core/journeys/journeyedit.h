#pragma once

// Building and changing journeys: templates to start from, and snapshots of
// a part of the map (a journey, a stage or a touchpoint with everything under
// it and every record that names its touchpoints), so that a delete can be
// undone exactly, ids and links included.

#include "core/journeys/journeyrepository.h"

#include <QHash>

namespace cx {

struct JourneyTemplate
{
    QString key;
    QString name;
    QString persona;
    QString description;
};

// Shop visit, online order and delivery, service or repair appointment, restaurant visit.
QVector<JourneyTemplate> journeyTemplates();

// Adds a journey named `name`: with the stages and touchpoints of the template
// `templateKey`, or with none when it is empty. One savepoint: all or nothing.
[[nodiscard]] bool createJourney(QSqlDatabase& db, const QString& templateKey, const QString& name,
                                 qint64* journeyId, QString* error);

struct MapSnapshot
{
    QVector<Journey> journeys;
    QVector<Stage> stages;
    QVector<Touchpoint> touchpoints;
    QHash<qint64, JourneyRepository::Links> links; // by touchpoint
    bool isEmpty() const { return journeys.isEmpty() && stages.isEmpty() && touchpoints.isEmpty(); }
};

// What a delete of this journey, stage or touchpoint would remove.
MapSnapshot snapshotJourney(QSqlDatabase& db, qint64 journeyId);
MapSnapshot snapshotStage(QSqlDatabase& db, qint64 stageId);
MapSnapshot snapshotTouchpoint(QSqlDatabase& db, qint64 touchpointId);
// Puts a snapshot back as it was (same ids, records linked again), at
// versions after the ones deleted; the snapshot takes the new versions.
[[nodiscard]] bool restoreSnapshot(QSqlDatabase& db, MapSnapshot& snapshot, QString* error);
// Removes what the snapshot holds (its top level; the rest goes by cascade),
// unless one of its records no longer holds what the snapshot holds.
[[nodiscard]] bool removeSnapshot(QSqlDatabase& db, const MapSnapshot& snapshot, QString* error);

} // namespace cx
