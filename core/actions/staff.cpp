#include "core/actions/staff.h"

#include "core/common/text.h"

namespace cx {

QStringList parseStaffNames(const QString& stored)
{
    QStringList out;
    for (const QString& line : stored.split(QLatin1Char('\n'))) {
        const QString name = line.simplified();
        if (!name.isEmpty() && !out.contains(name, Qt::CaseInsensitive))
            out << name;
    }
    return out;
}

QStringList staffNames(QSqlDatabase& db)
{
    return parseStaffNames(SettingsRepository(db).get(settingkeys::Staff).value);
}

bool setStaffNames(QSqlDatabase& db, const QStringList& names, QString* error, const Setting* seen)
{
    return SettingsRepository(db).set(
        settingkeys::Staff, parseStaffNames(names.join(QLatin1Char('\n'))).join(QLatin1Char('\n')),
        error, seen, Text::tr("the staff list"));
}

} // namespace cx
