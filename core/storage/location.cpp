#include "core/storage/location.h"

#include "core/common/text.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace cx {

namespace {
const QStringList& sslModes()
{
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}
} // namespace

bool DatabaseLocation::looksLikeServer(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

bool DatabaseLocation::parse(const QString& text, DatabaseLocation* out, QString* error)
{
    DatabaseLocation l;
    if (!looksLikeServer(text)) {
        l.kind = Kind::File;
        l.file = text;
        *out = l;
        return true;
    }
    l.kind = Kind::Server;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        *error = Text::tr("the server address is not a valid URI: %1")
                     .arg(url.errorString().replace(url.password(), QStringLiteral("***")));
        return false;
    }
    l.host = url.host(QUrl::FullyDecoded);
    l.user = url.userName(QUrl::FullyDecoded);
    l.password = url.password(QUrl::FullyDecoded);
    if (url.port() > 0)
        l.port = url.port();
    l.database = url.path(QUrl::FullyDecoded).mid(1);
    if (l.database.contains(QLatin1Char('/'))) {
        *error = Text::tr("the server address names the database \"%1\"; a database name has no "
                          "\"/\"")
                     .arg(l.database);
        return false;
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            l.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok || l.port <= 0 || l.port > 65535) {
                *error = Text::tr("the port \"%1\" in the server address is not a number from 1 "
                                  "to 65535")
                             .arg(value);
                return false;
            }
        } else if (key == QLatin1String("dbname")) {
            l.database = value;
        } else if (key == QLatin1String("user")) {
            l.user = value;
        } else if (key == QLatin1String("sslmode")) {
            if (!sslModes().contains(value)) {
                *error = Text::tr("the TLS mode \"%1\" in the server address is not one of %2")
                             .arg(value, sslModes().join(QStringLiteral(", ")));
                return false;
            }
            l.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            l.connectTimeout = value.toInt(&ok);
            if (!ok || l.connectTimeout < 1) {
                *error = Text::tr("the connect_timeout \"%1\" in the server address is not a "
                                  "number of seconds")
                             .arg(value);
                return false;
            }
        } else if (key == QLatin1String("password")) {
            l.password = value;
        } else {
            *error = Text::tr("the server address has a setting CX Desk does not know: \"%1\" "
                              "(known: host, port, dbname, user, sslmode, connect_timeout)")
                         .arg(key);
            return false;
        }
    }
    if (l.database.isEmpty()) {
        *error = Text::tr("the server address names no database: add it after the host, as in "
                          "postgresql://user@host/cxdesk");
        return false;
    }
    *out = l;
    return true;
}

QString DatabaseLocation::displayText() const
{
    if (!isServer())
        return file;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        url.setHost(host.isEmpty() ? QString() : host);
    if (!socket && port != 5432)
        url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), host);
        if (port != 5432)
            query.addQueryItem(QStringLiteral("port"), QString::number(port));
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString(QUrl::RemovePassword);
}

} // namespace cx
