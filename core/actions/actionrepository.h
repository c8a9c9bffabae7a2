#pragma once

#include "core/actions/action.h"
#include "core/storage/sqlutil.h"

namespace cx {

// Follow-up actions: the loop closed on a detractor or a complaint.
class ActionRepository
{
public:
    explicit ActionRepository(QSqlDatabase& db);

    [[nodiscard]] bool insert(Action& action, QString* error);
    // Each change below is made only if the stored row is still at the
    // action's rowVersion, and raises it; otherwise it changes nothing and
    // says what changed meanwhile.
    [[nodiscard]] bool markDone(Action& action, const QString& resolution, const QString& closedAt,
                                QString* error);
    [[nodiscard]] bool reopen(Action& action, QString* error);
    [[nodiscard]] bool remove(const Action& action, QString* error);
    // Writes every field a person edits (title, customer, due date, owner,
    // status, what was done, when it was closed). `seen` (the action as the
    // edit read it) names what changed elsewhere in a refusal.
    [[nodiscard]] bool update(Action& action, QString* error, const Action* seen = nullptr);

    // The notes of a follow-up, oldest first.
    QVector<ActionNote> notes(qint64 actionId, QString* error = nullptr);
    // Adds the note (with its id when it has one, so an undone note comes back
    // the same); note.id takes the id stored.
    [[nodiscard]] bool addNote(ActionNote& note, QString* error);
    [[nodiscard]] bool removeNote(qint64 noteId, QString* error);
    // The response or interaction that opened it (kind None when neither, or it is gone).
    ActionOrigin origin(const Action& action, QString* error = nullptr);

    static QStringList differences(const Action& a, const Action& b);
    [[nodiscard]] std::optional<Action> byId(qint64 id, QString* error = nullptr);
    // The follow-ups a response opened, oldest first.
    QVector<Action> forResponse(qint64 responseId, QString* error = nullptr);
    // The ids of the follow-ups that point at an interaction.
    QVector<qint64> idsForInteraction(qint64 interactionId, QString* error = nullptr);
    // Points these follow-ups at the interaction (again, after it was restored).
    [[nodiscard]] bool relink(const QVector<qint64>& actionIds, qint64 interactionId,
                              QString* error);
    qint64 openCount(QString* error = nullptr);
    // An open follow-up with an owner, a response behind it and the most
    // notes (0: none): the one a picture of the dialog shows.
    qint64 fullest(QString* error = nullptr);
    qint64 overdueCount(const QDate& today, QString* error = nullptr);
    // Open follow-ups due today or before: what the morning reminder counts.
    qint64 dueByCount(const QDate& today, QString* error = nullptr);
    // The open follow-ups due before today, by id.
    QVector<Action> overdue(const QDate& today, QString* error = nullptr);

private:
    QString refusal(const Action& a, const Action* seen);
    [[nodiscard]] bool write(Action& a, const QString& statement, const QVariantList& values,
                             const char* what, QString* error);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
};

} // namespace cx
