#include "ui/perdatabase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace cx {

QString perDatabaseKey(const QString& databasePath, const QString& key)
{
    // A path holds slashes, which QSettings reads as groups: a short hash names it instead.
    const QString where = databasePath.contains(QLatin1String("://"))
                              ? databasePath
                              : QFileInfo(databasePath).absoluteFilePath();
    const QByteArray id =
        QCryptographicHash::hash(where.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("databases/%1/%2").arg(QLatin1String(id), key);
}

QVariant perDatabaseValue(const QString& databasePath, const QString& key)
{
    QSettings settings;
    const QString own = perDatabaseKey(databasePath, key);
    return settings.contains(own) ? settings.value(own) : settings.value(key);
}

void setPerDatabaseValue(const QString& databasePath, const QString& key, const QVariant& value)
{
    QSettings().setValue(perDatabaseKey(databasePath, key), value);
}

} // namespace cx
