#include "core/storage/settings.h"

#include "core/common/text.h"
#include "core/storage/rowversion.h"
#include "core/storage/sqlutil.h"

namespace cx {

SettingsRepository::SettingsRepository(QSqlDatabase& db) : m_db(db) {}

Setting SettingsRepository::get(const char* key)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value, row_version, updated_at FROM settings WHERE key = ?"));
    q.addBindValue(QLatin1String(key));
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toInt(), q.value(2).toString()};
}

bool SettingsRepository::set(const char* key, const QString& value, QString* error,
                             const Setting* seen, const QString& label)
{
    QSqlQuery q(m_db);
    const QString now = changeTimestamp();
    if (!seen) {
        q.prepare(
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (key) DO UPDATE "
                           "SET value = excluded.value, row_version = settings.row_version + 1, "
                           "updated_at = excluded.updated_at"));
        q.addBindValue(QLatin1String(key));
        q.addBindValue(value);
        q.addBindValue(now);
        return sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save the setting"), error);
    }
    if (seen->rowVersion == 0) {
        // Not there when it was read: it is added unless someone added it meanwhile.
        q.prepare(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (key) DO NOTHING"));
        q.addBindValue(QLatin1String(key));
        q.addBindValue(value);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral(
            "UPDATE settings SET value = ?, row_version = row_version + 1, updated_at = ? "
            "WHERE key = ? AND row_version = ?"));
        q.addBindValue(value);
        q.addBindValue(now);
        q.addBindValue(QLatin1String(key));
        q.addBindValue(seen->rowVersion);
    }
    if (!sql::exec(q, QT_TRANSLATE_NOOP("cx::Text", "cannot save the setting"), error))
        return false;
    if (q.numRowsAffected() == 0) {
        const Setting stored = get(key);
        const QString what =
            label.isEmpty() ? Text::tr("the setting “%1”").arg(QLatin1String(key)) : label;
        *error = stored.rowVersion ? changedElsewhere(what, {}, stored.updatedAt)
                                   : deletedElsewhere(what);
        return false;
    }
    return true;
}

QString businessName(QSqlDatabase& db)
{
    const QString name = SettingsRepository(db).get(settingkeys::BusinessName).value;
    return name.isEmpty() ? Text::tr("Our business") : name;
}

bool setBusinessName(QSqlDatabase& db, const QString& name, QString* error, const Setting* seen)
{
    return SettingsRepository(db).set(settingkeys::BusinessName, name.trimmed(), error, seen,
                                      Text::tr("the business name"));
}

QByteArray businessLogo(QSqlDatabase& db)
{
    return QByteArray::fromBase64(
        SettingsRepository(db).get(settingkeys::BusinessLogo).value.toLatin1());
}

bool setBusinessLogo(QSqlDatabase& db, const QByteArray& image, QString* error, const Setting* seen)
{
    if (image.size() > 2 * 1024 * 1024) {
        *error = Text::tr("the logo is larger than 2 MB; use a smaller picture");
        return false;
    }
    return SettingsRepository(db).set(settingkeys::BusinessLogo,
                                      QString::fromLatin1(image.toBase64()), error, seen,
                                      Text::tr("the logo"));
}

} // namespace cx
