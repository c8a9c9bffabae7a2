#pragma once

// One message to many customers at once (a thank-you to the month's
// promoters, an invitation to everyone who answered): rows of name, email,
// the filled-in message and its subject, for a mail-merge in the owner's
// mail program. Customers without an email are left out and counted.

#include "core/contact/messagetemplates.h"

#include <QDate>
#include <QIODevice>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace cx {

enum class MergeGroup
{
    Promoters,  // whose last NPS answer in the period was 9–10
    Passives,   // 7–8
    Detractors, // 0–6
    Everyone,   // everyone who answered an NPS question in the period
    Chosen      // the customers named in customerIds
};

// promoters, passives, detractors, all; Chosen has no name.
QString mergeGroupName(MergeGroup group);
[[nodiscard]] std::optional<MergeGroup> mergeGroupFromName(const QString& name);
// The group a message suits when none is named: thank the promoters,
// apologise to the detractors, invite everyone.
MergeGroup defaultMergeGroup(MessageKind kind);

struct MailMergeRequest
{
    MessageKind kind = MessageKind::ThankYou;
    MergeGroup group = MergeGroup::Promoters;
    QDate from;                  // invalid: from the first answer
    QDate to;                    // invalid: today
    qint64 surveyId = 0;         // 0: every survey
    QVector<qint64> customerIds; // for Chosen
};

struct MailMergeRow
{
    qint64 customerId = 0;
    QString name;
    QString email;
    QString message; // the filled-in body
    QString subject;
};

struct MailMerge
{
    QVector<MailMergeRow> rows; // by name
    qint64 withoutEmail = 0;    // in the group, left out for want of an email
};

// A customer in an NPS group belongs to it by their last NPS answer in the
// period, so each gets one message; the touchpoint is that answer's.
[[nodiscard]] bool mailMerge(QSqlDatabase& db, const MailMergeRequest& request, MailMerge* out,
                             QString* error);

// name,email,message,subject with a header row, as CSV (core/io/csv.h).
[[nodiscard]] bool writeMailMerge(const MailMerge& merge, QIODevice* device, QString* error);

} // namespace cx
