#include "core/surveys/printedforms.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/sqlutil.h"

#include <QSqlQuery>

namespace cx {

namespace {

const char* const kColumns = "p.id, p.survey_id, s.title, p.first_number, p.last_number, "
                             "p.printed_at FROM printed_forms p JOIN surveys s ON s.id = "
                             "p.survey_id ";

PrintedForms read(const QSqlQuery& q)
{
    PrintedForms p;
    p.id = q.value(0).toLongLong();
    p.surveyId = q.value(1).toLongLong();
    p.surveyTitle = q.value(2).toString();
    p.first = q.value(3).toLongLong();
    p.last = q.value(4).toLongLong();
    p.printedAt = q.value(5).toString();
    return p;
}

} // namespace

bool recordPrintedForms(QSqlDatabase& db, qint64 surveyId, qint64 first, int count,
                        PrintedForms* out, QString* error)
{
    if (first < 1 || count < 1) {
        *error = Text::tr("forms %1 to %2 cannot be numbered: numbers start at 1")
                     .arg(first)
                     .arg(first + count - 1);
        return false;
    }
    PrintedForms p;
    p.surveyId = surveyId;
    p.first = first;
    p.last = first + count - 1;
    p.printedAt = formatTimestamp(clock::now());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO printed_forms (survey_id, first_number, last_number, "
                             "printed_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(surveyId);
    q.addBindValue(p.first);
    q.addBindValue(p.last);
    q.addBindValue(p.printedAt);
    if (!sql::exec(q, "printed forms", error))
        return false;
    p.id = q.lastInsertId().toLongLong();
    if (out)
        *out = p;
    return true;
}

bool printedOverlapping(QSqlDatabase& db, qint64 surveyId, qint64 first, qint64 last,
                        QVector<PrintedForms>* out, QString* error)
{
    out->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 WHERE p.survey_id = ? AND p.last_number >= ? AND "
                             "p.first_number <= ? ORDER BY p.printed_at, p.id")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(surveyId);
    q.addBindValue(first);
    q.addBindValue(last);
    if (!sql::runLookup(q, error))
        return false;
    while (q.next())
        *out << read(q);
    return true;
}

bool checkFormNumber(QSqlDatabase& db, qint64 surveyId, qint64 number, FormNumberCheck* out,
                     QString* error)
{
    *out = FormNumberCheck();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT submitted_at FROM responses WHERE survey_id = ? AND form_number = ?"));
    q.addBindValue(surveyId);
    q.addBindValue(number);
    if (!sql::runLookup(q, error))
        return false;
    if (q.next())
        out->enteredAt = q.value(0).toString();
    q.finish();
    // The batches of every survey that hold the number: a card of another
    // survey typed into the wrong pile shows up here.
    q.prepare(QStringLiteral("SELECT %1 WHERE p.first_number <= ? AND p.last_number >= ? "
                             "ORDER BY p.printed_at DESC, p.id DESC")
                  .arg(QLatin1String(kColumns)));
    q.addBindValue(number);
    q.addBindValue(number);
    if (!sql::runLookup(q, error))
        return false;
    while (q.next()) {
        const PrintedForms p = read(q);
        if (p.surveyId != surveyId)
            out->elsewhere << p;
        else if (!out->printed)
            out->printed = p;
    }
    q.finish();
    if (out->printed) {
        out->surveyPrinted = true;
        return true;
    }
    q.prepare(QStringLiteral("SELECT 1 FROM printed_forms WHERE survey_id = ? LIMIT 1"));
    q.addBindValue(surveyId);
    if (!sql::runLookup(q, error))
        return false;
    out->surveyPrinted = q.next();
    return true;
}

} // namespace cx
