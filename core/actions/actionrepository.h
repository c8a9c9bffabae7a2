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
    qint64 overdueCount(const QDate& today, QString* error = nullptr);

private:
    QString refusal(const Action& a, const Action* seen);
    [[nodiscard]] bool write(Action& a, const QString& statement, const QVariantList& values,
                             const char* what, QString* error);

    QSqlDatabase& m_db;
    sql::Statement m_insert;
};

} // namespace cx
