#pragma once

// The kiosk's answers while its server is away. A kiosk on a server never
// shows the customer an error for a connection: what cannot be saved waits
// in a file of the kiosk's computer (readable by its user only, rewritten
// whole and moved into place, so a crash leaves the old or the new queue)
// and is sent when the server answers again. Each response carries its uuid
// from the moment it was taken, so one the server took before the connection
// broke is never stored twice.

#include "core/surveys/surveyentry.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cx {

struct QueuedResponse
{
    QString uuid;
    qint64 surveyId = 0;
    QDateTime at; // when the customer finished
    QString contact;
    AnswerMap answers;
};

class KioskQueue
{
public:
    // The queue kept in `path`; what is there is read now.
    explicit KioskQueue(const QString& path);
    // The queue file of a kiosk on this database (the application-data folder).
    static QString pathFor(const QString& databaseLocation);

    QString path() const { return m_path; }
    // A file that could not be read (damaged): its problem, else empty. Such
    // a file is kept beside as .damaged and the queue starts empty.
    QString problem() const { return m_problem; }
    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.isEmpty(); }
    // When the oldest waiting answer was taken; invalid when none wait.
    QDateTime oldest() const;
    const QVector<QueuedResponse>& items() const { return m_items; }

    [[nodiscard]] bool add(const QueuedResponse& r, QString* error);
    // Sends what waits, oldest first, each in its own transaction; stops at
    // the first that fails (the rest waits). *sent: the ones the server did
    // not have yet. A response the server refuses for its content (a survey
    // deleted meanwhile) is set aside in the .refused file, never dropped.
    // At most `limit` are sent when it is given (a kiosk sends a few between
    // customers, so nobody waits for the whole queue).
    [[nodiscard]] bool send(QSqlDatabase& db, bool handOver, int* sent, QString* error,
                            int limit = -1);

private:
    [[nodiscard]] bool save(QString* error);
    QString m_path;
    QString m_problem;
    QVector<QueuedResponse> m_items;
};

enum class KioskOutcome
{
    Saved,
    Queued,
    Refused
};
inline constexpr int kSendAlong = 5;

// Takes a response at the kiosk: saved at once when the server answers
// (then up to kSendAlong of those that waited follow it), else queued. Refused only for its
// content, with *error; a kiosk on a file saves at once or is refused.
KioskOutcome takeKioskResponse(QSqlDatabase& db, KioskQueue* queue, const Survey& survey,
                               const AnswerMap& answers, const QString& contact, bool handOver,
                               int* sentFromQueue, QString* error);

// A kiosk tells the server how many answers it holds and how many it has
// just sent (the kiosks table); on a file, nothing.
void reportKioskQueue(QSqlDatabase& db, const KioskQueue& queue, int sent);

// What each kiosk last reported, by login (a server's; none on a file).
struct KioskReport
{
    QString login;
    QString host;
    qint64 queued = 0;
    QString oldestAt;
    qint64 sent = 0;
    QString reportedAt;
};
[[nodiscard]] bool kioskReports(QSqlDatabase& db, QVector<KioskReport>* out, QString* error);

} // namespace cx
