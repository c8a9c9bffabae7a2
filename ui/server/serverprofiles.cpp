#include "ui/server/serverprofiles.h"

#include "core/storage/location.h"

#include <QSettings>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace cx {

namespace {
const QString kGroup = QStringLiteral("servers");
const QString kLast = QStringLiteral("window/lastServer");
constexpr int kMaxSaved = 20;

void writeAll(const QVector<ServerProfile>& profiles)
{
    QSettings settings;
    settings.remove(kGroup);
    settings.beginWriteArray(kGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ServerProfile& p = profiles[i];
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("name"), p.name);
        settings.setValue(QStringLiteral("host"), p.host);
        settings.setValue(QStringLiteral("port"), p.port);
        settings.setValue(QStringLiteral("database"), p.database);
        settings.setValue(QStringLiteral("user"), p.user);
        settings.setValue(QStringLiteral("sslmode"), p.sslMode);
    }
    settings.endArray();
}
} // namespace

QString ServerProfile::serverText() const
{
    const QString server =
        host.isEmpty() || host.startsWith(QLatin1Char('/'))
            ? tr("this computer")
            : (port == 5432 ? host : QStringLiteral("%1:%2").arg(host).arg(port));
    return tr("%1 on %2").arg(database, server);
}

QString ServerProfile::displayName() const
{
    return name.trimmed().isEmpty() ? serverText()
                                    : tr("%1 (%2)").arg(name.trimmed(), serverText());
}

QString ServerProfile::address(const QString& password) const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(password);
    QUrlQuery query;
    if (host.startsWith(QLatin1Char('/'))) {
        // A socket folder goes in the query, as libpq reads it (host=/path).
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    } else {
        url.setHost(host);
        if (port != 5432)
            url.setPort(port);
    }
    url.setPath(QLatin1Char('/') + database);
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString ServerProfile::key() const
{
    DatabaseLocation location;
    QString ignored;
    return DatabaseLocation::parse(address(), &location, &ignored) ? location.displayText()
                                                                   : address();
}

ServerProfile ServerProfile::fromLocation(const DatabaseLocation& location)
{
    ServerProfile p;
    p.host = location.host;
    p.port = location.port;
    p.database = location.database;
    p.user = location.user;
    p.sslMode = location.sslMode;
    return p;
}

QVector<ServerProfile> savedServerProfiles()
{
    QSettings settings;
    QVector<ServerProfile> out;
    const int n = settings.beginReadArray(kGroup);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        ServerProfile p;
        p.name = settings.value(QStringLiteral("name")).toString();
        p.host = settings.value(QStringLiteral("host")).toString();
        p.port = settings.value(QStringLiteral("port"), 5432).toInt();
        p.database = settings.value(QStringLiteral("database")).toString();
        p.user = settings.value(QStringLiteral("user")).toString();
        p.sslMode = settings.value(QStringLiteral("sslmode")).toString();
        if (!p.database.isEmpty())
            out << p;
    }
    settings.endArray();
    return out;
}

std::optional<ServerProfile> savedServerProfile(const QString& key)
{
    for (const ServerProfile& p : savedServerProfiles())
        if (p.key() == key)
            return p;
    return std::nullopt;
}

void saveServerProfile(const ServerProfile& profile)
{
    QVector<ServerProfile> all = savedServerProfiles();
    const QString key = profile.key();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&key](const ServerProfile& p) { return p.key() == key; }),
              all.end());
    all.prepend(profile);
    while (all.size() > kMaxSaved)
        all.removeLast();
    writeAll(all);
}

void forgetServerProfile(const QString& key)
{
    QVector<ServerProfile> all = savedServerProfiles();
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&key](const ServerProfile& p) { return p.key() == key; }),
              all.end());
    writeAll(all);
}

QString lastServer()
{
    return QSettings().value(kLast).toString();
}

void setLastServer(const QString& key)
{
    QSettings settings;
    if (key.isEmpty())
        settings.remove(kLast);
    else
        settings.setValue(kLast, key);
}

} // namespace cx
