#include "core/contact/mailmerge.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/io/csv.h"
#include "core/storage/settings.h"
#include "core/storage/sqlutil.h"

#include <QSqlQuery>

namespace cx {

QString mergeGroupName(MergeGroup group)
{
    switch (group) {
    case MergeGroup::Promoters:
        return QStringLiteral("promoters");
    case MergeGroup::Passives:
        return QStringLiteral("passives");
    case MergeGroup::Detractors:
        return QStringLiteral("detractors");
    case MergeGroup::Everyone:
        return QStringLiteral("all");
    case MergeGroup::Chosen:
        break;
    }
    return {};
}

std::optional<MergeGroup> mergeGroupFromName(const QString& name)
{
    for (MergeGroup g : {MergeGroup::Promoters, MergeGroup::Passives, MergeGroup::Detractors,
                         MergeGroup::Everyone})
        if (mergeGroupName(g) == name)
            return g;
    return std::nullopt;
}

MergeGroup defaultMergeGroup(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Apology:
        return MergeGroup::Detractors;
    case MessageKind::ThankYou:
        return MergeGroup::Promoters;
    case MessageKind::Invitation:
        break;
    }
    return MergeGroup::Everyone;
}

bool mailMerge(QSqlDatabase& db, const MailMergeRequest& request, MailMerge* out, QString* error)
{
    *out = MailMerge();
    const MessageTemplate t = messageTemplate(db, request.kind);
    MessageValues values;
    values.business = businessName(db);
    auto add = [&](qint64 id, const QString& name, const QString& email,
                   const QString& touchpoint) {
        if (email.trimmed().isEmpty()) {
            ++out->withoutEmail;
            return;
        }
        values.name = name;
        values.touchpoint = touchpoint;
        const Message m = composeMessage(t, values);
        out->rows << MailMergeRow{id, name, email.trimmed(), m.body, m.subject};
    };
    if (request.group == MergeGroup::Chosen) {
        for (qint64 id : request.customerIds) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT name, email FROM customers WHERE id = ?"));
            q.addBindValue(id);
            if (!sql::runLookup(q, error))
                return false;
            if (!q.next())
                continue; // removed meanwhile: nobody to write to
            const QString name = q.value(0).toString(), email = q.value(1).toString();
            q.finish();
            MessageValues one;
            if (!messageValuesFor(db, id, 0, &one, error))
                return false;
            add(id, name, email, one.touchpoint);
        }
        std::sort(out->rows.begin(), out->rows.end(),
                  [](const MailMergeRow& a, const MailMergeRow& b) {
                      return QString::localeAwareCompare(a.name, b.name) < 0;
                  });
        return true;
    }
    // Each customer's last NPS answer in the period, with its touchpoint
    // (the response's, or its survey's); the group is picked from that score.
    QString sqlText = QStringLiteral(
        "SELECT c.id, c.name, c.email, tp.name FROM ("
        " SELECT r.customer_id AS customer_id, a.value_num AS score, "
        "  coalesce(r.touchpoint_id, s.touchpoint_id) AS touchpoint_id, "
        "  row_number() OVER (PARTITION BY r.customer_id "
        "   ORDER BY r.submitted_at DESC, r.id DESC) AS latest "
        " FROM responses r JOIN answers a ON a.response_id = r.id "
        " JOIN questions q ON q.id = a.question_id JOIN surveys s ON s.id = r.survey_id "
        " WHERE q.kind = 'nps' AND a.value_num IS NOT NULL AND r.customer_id IS NOT NULL "
        "  AND r.submitted_at >= ? AND r.submitted_at < ? AND (? = 0 OR r.survey_id = ?)"
        ") x JOIN customers c ON c.id = x.customer_id "
        "LEFT JOIN touchpoints tp ON tp.id = x.touchpoint_id WHERE x.latest = 1");
    switch (request.group) {
    case MergeGroup::Promoters:
        sqlText += QStringLiteral(" AND x.score >= 9");
        break;
    case MergeGroup::Passives:
        sqlText += QStringLiteral(" AND x.score >= 7 AND x.score < 9");
        break;
    case MergeGroup::Detractors:
        sqlText += QStringLiteral(" AND x.score <= 6");
        break;
    case MergeGroup::Everyone:
    case MergeGroup::Chosen:
        break;
    }
    sqlText += QStringLiteral(" ORDER BY c.sort_key, c.name, c.id");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sqlText);
    const QDate to = request.to.isValid() ? request.to : clock::today();
    // The date of a timestamp is its first ten characters: text comparison keeps the index.
    q.addBindValue(request.from.isValid() ? request.from.toString(Qt::ISODate)
                                          : QStringLiteral("0000-00-00"));
    q.addBindValue(to.addDays(1).toString(Qt::ISODate));
    q.addBindValue(request.surveyId);
    q.addBindValue(request.surveyId);
    if (!sql::runLookup(q, error))
        return false;
    struct Found
    {
        qint64 id;
        QString name, email, touchpoint;
    };
    QVector<Found> found;
    while (q.next())
        found << Found{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       q.value(3).toString()};
    q.finish(); // read in full before the touchpoints below are looked up
    for (const Found& f : std::as_const(found)) {
        QString touchpoint = f.touchpoint;
        // An answer tied to no touchpoint (a general NPS survey): the customer's last visit.
        if (touchpoint.isEmpty() && !f.email.trimmed().isEmpty()) {
            MessageValues one;
            if (!messageValuesFor(db, f.id, 0, &one, error))
                return false;
            touchpoint = one.touchpoint;
        }
        add(f.id, f.name, f.email, touchpoint);
    }
    return true;
}

bool writeMailMerge(const MailMerge& merge, QIODevice* device, QString* error)
{
    CsvWriter csv(device);
    bool ok = csv.write({QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("message"),
                         QStringLiteral("subject")});
    for (const MailMergeRow& r : merge.rows)
        ok = ok && csv.write({r.name, r.email, r.message, r.subject});
    if (!ok)
        *error = Text::tr("cannot write the mail merge: %1").arg(device->errorString());
    return ok;
}

} // namespace cx
