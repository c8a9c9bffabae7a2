#pragma once

// Everything that happened with one customer, across every channel, newest
// first: interactions, survey responses (scores and comments) and follow-up
// actions, and each time they were emailed or phoned. Plain data for the customer page and the
// customer report.

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cx {

struct TimelineEntry
{
    enum Kind
    {
        Interaction,
        Response,
        Action,
        Contact // the mail program opened with a message, or a number dialled
    };
    Kind kind = Interaction;
    qint64 id = 0;
    QString at;     // timestamp (or date) it happened
    QString title;  // what, in a few words
    QString detail; // ratings, scores, comments, status
};

struct ScorePoint
{
    QString at;
    QString kind; // nps or csat
    double value = 0;
};

QVector<TimelineEntry> customerTimeline(QSqlDatabase& db, qint64 customerId, int limit = 500);
QVector<ScorePoint> customerScores(QSqlDatabase& db, qint64 customerId);

} // namespace cx
