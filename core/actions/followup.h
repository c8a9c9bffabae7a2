#pragma once

// Closing the loop: a detractor answer (NPS 0-6), a CSAT of 1-2 or a
// complaint opens a follow-up action linked to the customer and to the
// response or interaction, due a configurable number of days later.

#include "core/interactions/interaction.h"
#include "core/storage/settings.h"
#include "core/surveys/survey.h"

#include <QSqlDatabase>

namespace cx {

class FollowUp
{
public:
    explicit FollowUp(QSqlDatabase& db);

    int dueDays();
    // With `seen`, only while the setting is still as it was read (settings.h).
    [[nodiscard]] bool setDueDays(int days, QString* error, const Setting* seen = nullptr);

    // Why this needs a follow-up, or empty when it does not.
    QString reasonFor(const Interaction& interaction);
    QString reasonFor(const Response& response);

    // Opens the action when the rule says so; *actionId is 0 when none was needed.
    [[nodiscard]] bool afterInteraction(const Interaction& interaction, qint64* actionId,
                                        QString* error);
    [[nodiscard]] bool afterResponse(const Response& response, qint64* actionId, QString* error);

private:
    [[nodiscard]] bool open(qint64 customerId, qint64 responseId, qint64 interactionId,
                            const QString& title, const QString& at, qint64* actionId,
                            QString* error);
    QString customerName(qint64 id);

    QSqlDatabase& m_db;
};

} // namespace cx
