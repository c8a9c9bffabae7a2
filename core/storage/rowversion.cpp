#include "core/storage/rowversion.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/common/timeutil.h"
#include "core/storage/sqlutil.h"

#include <QDateTime>
#include <QLocale>

namespace cx {

QString describeWhen(const QString& updatedAt)
{
    QDateTime at = QDateTime::fromString(updatedAt, Qt::ISODateWithMs);
    if (!at.isValid())
        return {};
    at = at.toLocalTime();
    // Minutes are enough to recognise a change; some locales' short form keeps seconds.
    const QLocale l;
    QString time = l.timeFormat(QLocale::ShortFormat);
    time.remove(QStringLiteral(":ss"));
    if (at.date() == clock::today())
        return l.toString(at.time(), time);
    return l.toString(at.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           l.toString(at.time(), time);
}

QString changedElsewhere(const QString& what, const QStringList& fields, const QString& updatedAt,
                         const QString& changedBy)
{
    const QString when = describeWhen(updatedAt);
    const QString changes = fields.join(QStringLiteral(", "));
    if (!changedBy.isEmpty()) {
        // A team: the other person's name, and when.
        if (when.isEmpty())
            return changes.isEmpty()
                       ? Text::tr("%1 was changed by %2").arg(what, changedBy)
                       : Text::tr("%1 was changed by %2 (%3)").arg(what, changedBy, changes);
        return changes.isEmpty() ? Text::tr("%1 was changed by %2 at %3").arg(what, changedBy, when)
                                 : Text::tr("%1 was changed by %2 at %3 (%4)")
                                       .arg(what, changedBy, when, changes);
    }
    if (when.isEmpty())
        return changes.isEmpty() ? Text::tr("%1 was changed in another window or program").arg(what)
                                 : Text::tr("%1 was changed in another window or program (%2)")
                                       .arg(what, changes);
    return changes.isEmpty()
               ? Text::tr("%1 was changed in another window or program at %2").arg(what, when)
               : Text::tr("%1 was changed in another window or program at %2 (%3)")
                     .arg(what, when, changes);
}

QString deletedElsewhere(const QString& what)
{
    return Text::tr("%1 was deleted in another window or program").arg(what);
}

bool execExpecting(QSqlQuery& q, const char* what, QString* error,
                   const std::function<QString()>& refusal)
{
    if (!sql::exec(q, what, error))
        return false;
    if (q.numRowsAffected() > 0)
        return true;
    *error = refusal();
    return false;
}

QString changeTimestamp()
{
    return formatTimestamp(clock::now());
}

} // namespace cx
