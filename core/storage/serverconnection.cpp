#include "core/storage/serverconnection.h"

#include "core/common/text.h"

#include <QSqlError>
#include <QStringList>

namespace cx {

QString serverProblem(const QString& driverText, const DatabaseLocation& location)
{
    QString words = driverText;
    if (!location.password.isEmpty())
        words.replace(location.password, QStringLiteral("***"));
    const QString where = location.displayText();
    const auto has = [&words](const char* s) {
        return words.contains(QLatin1String(s), Qt::CaseInsensitive);
    };
    if (isPasswordRefusal(words))
        return Text::tr("the server %1 refused the password of \"%2\": check the user name and "
                        "password (from the keychain or ~/.pgpass)")
            .arg(where, location.user);
    if (has("does not exist") && has("database"))
        return Text::tr("the server %1 has no database \"%2\": create it first (see the team "
                        "set-up guide)")
            .arg(where, location.database);
    if (has("role") && has("does not exist"))
        return Text::tr("the server %1 has no account \"%2\"").arg(where, location.user);
    if (has("server does not support SSL") || has("SSL is not enabled"))
        return Text::tr("the server %1 offers no TLS, but the connection requires it (sslmode "
                        "%2)")
            .arg(where, location.sslMode);
    if (has("no pg_hba.conf entry"))
        return Text::tr("the server %1 does not let \"%2\" in from this computer (its "
                        "pg_hba.conf has no line for it)")
            .arg(where, location.user);
    if (has("could not connect") || has("Connection refused") || has("could not translate") ||
        has("No such file or directory") || has("timeout expired") || has("Network is unreachable"))
        return Text::tr("the server %1 cannot be reached: check that it is running and that the "
                        "address is right")
            .arg(where);
    if (has("server closed the connection") || has("terminating connection") ||
        has("no connection to the server"))
        return Text::tr("the connection to the server %1 was lost").arg(where);
    return Text::tr("the server %1 said: %2").arg(where, words.trimmed());
}

bool isPasswordRefusal(const QString& driverText)
{
    for (const char* s : {"password authentication failed", "no password supplied", "fe_sendauth"})
        if (driverText.contains(QLatin1String(s), Qt::CaseInsensitive))
            return true;
    return false;
}

bool openServerConnection(QSqlDatabase& db, const DatabaseLocation& location, QString* error)
{
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(location.password);
    // A server that goes away without a word (powered off, the network
    // down) is noticed within seconds, not after minutes of a frozen window:
    // TCP keepalives and a bound on unanswered sends.
    QStringList options{QStringLiteral("connect_timeout=%1").arg(location.connectTimeout),
                        QStringLiteral("application_name='CX Desk'"),
                        QStringLiteral("keepalives=1"),
                        QStringLiteral("keepalives_idle=5"),
                        QStringLiteral("keepalives_interval=2"),
                        QStringLiteral("keepalives_count=2"),
                        QStringLiteral("tcp_user_timeout=8000")};
    if (!location.sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(location.sslMode);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open())
        return true;
    *error = serverProblem(db.lastError().text(), location);
    return false;
}

} // namespace cx
