#include "core/storage/team.h"

#include "core/common/text.h"
#include "core/storage/sqlutil.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>

namespace cx {

namespace {

QMutex g_lock;
QString g_desk;
// The login and role of each server connection, by connection name, asked
// once (a connection made again keeps its name and its login).
QHash<QString, QString> g_logins;
QHash<QString, TeamRole> g_roles;

QString groupOf(TeamRole role)
{
    return QStringLiteral("_") + teamRoleName(role);
}

// False, with *error, unless the person connected is an owner; `refusal`
// says what they may not do then.
bool mustBeOwner(QSqlDatabase& db, const QString& refusal, QString* error)
{
    const auto mine = teamRole(db, error);
    if (!mine)
        return false;
    if (*mine != TeamRole::Owner) {
        *error = refusal;
        return false;
    }
    return true;
}

// Runs a statement about roles, which takes no bound values: the server
// writes it with format() from `values`, quoting each as the format says.
// On failure *reason is the server's, never the statement (it may hold a
// password).
bool runFormatted(QSqlDatabase& db, const QString& format, const QVariantList& values,
                  QString* reason)
{
    QSqlQuery q(db);
    QString placeholders;
    for (qsizetype i = 0; i < values.size(); ++i)
        placeholders += QStringLiteral(", CAST(? AS text)");
    q.prepare(QStringLiteral("SELECT format(CAST(? AS text)%1)").arg(placeholders));
    q.addBindValue(format);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!sql::runLookup(q, reason) || !q.next())
        return false;
    const QString statement = q.value(0).toString();
    q.finish();
    QSqlQuery run(db);
    if (run.exec(statement))
        return true;
    *reason = sql::errorText(run);
    return false;
}

} // namespace

QString teamRoleName(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return QStringLiteral("owner");
    case TeamRole::Staff:
        return QStringLiteral("staff");
    case TeamRole::Counter:
        return QStringLiteral("counter");
    }
    return {};
}

std::optional<TeamRole> teamRoleFromName(const QString& name)
{
    for (TeamRole r : {TeamRole::Owner, TeamRole::Staff, TeamRole::Counter})
        if (name.trimmed().compare(teamRoleName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

QString teamRoleTitle(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return Text::tr("Owner");
    case TeamRole::Staff:
        return Text::tr("Staff");
    case TeamRole::Counter:
        return Text::tr("Counter (kiosk)");
    }
    return {};
}

bool isServerConnection(const QSqlDatabase& db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

std::optional<TeamRole> teamRole(QSqlDatabase& db, QString* error)
{
    if (!isServerConnection(db))
        return TeamRole::Owner;
    {
        QMutexLocker lock(&g_lock);
        if (auto it = g_roles.constFind(db.connectionName()); it != g_roles.constEnd())
            return *it;
    }
    QSqlQuery q(db);
    // The strongest group the login is in; a superuser is an owner anywhere.
    q.prepare(QStringLiteral(
        "SELECT CASE WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 0 "
        "WHEN pg_has_role(session_user, current_database() || '_owner', 'USAGE') THEN 0 "
        "WHEN pg_has_role(session_user, current_database() || '_staff', 'USAGE') THEN 1 "
        "WHEN pg_has_role(session_user, current_database() || '_counter', 'USAGE') THEN 2 "
        "ELSE -1 END"));
    if (!sql::runLookup(q, error) || !q.next()) {
        if (error->isEmpty())
            *error = Text::tr("cannot tell what this account may do");
        return std::nullopt;
    }
    const int found = q.value(0).toInt();
    if (found >= 0 && found <= 2) {
        const TeamRole role = found == 0   ? TeamRole::Owner
                              : found == 1 ? TeamRole::Staff
                                           : TeamRole::Counter;
        QMutexLocker lock(&g_lock);
        g_roles.insert(db.connectionName(), role);
        return role;
    }
    switch (found) {
    default:
        *error = Text::tr("the account '%1' is not in this business's team (owner, staff or "
                          "counter); the owner can add it with: cxdesk team add")
                     .arg(personOf(db));
        return std::nullopt;
    }
}

QString personOf(QSqlDatabase& db)
{
    if (!isServerConnection(db))
        return deskPerson();
    QMutexLocker lock(&g_lock);
    auto it = g_logins.constFind(db.connectionName());
    if (it != g_logins.constEnd())
        return *it;
    lock.unlock();
    QSqlQuery q(db);
    QString login;
    QString ignored; // no login known: nothing is signed
    if (sql::runLookup(q, QStringLiteral("SELECT session_user"), &ignored) && q.next())
        login = q.value(0).toString();
    lock.relock();
    if (!login.isEmpty())
        g_logins.insert(db.connectionName(), login);
    return login;
}

void forgetConnectionPerson(const QString& connectionName)
{
    QMutexLocker lock(&g_lock);
    g_logins.remove(connectionName);
    g_roles.remove(connectionName);
}

void setDeskPerson(const QString& name)
{
    QMutexLocker lock(&g_lock);
    g_desk = name.trimmed();
}

QString deskPerson()
{
    QMutexLocker lock(&g_lock);
    return g_desk;
}

bool teamMembers(QSqlDatabase& db, QVector<TeamMember>* members, QString* error)
{
    members->clear();
    if (!isServerConnection(db)) {
        *error = Text::tr("accounts are a server's: this database is a file");
        return false;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT m.rolname, substr(g.rolname, length(current_database()) + 2) FROM "
        "pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = "
        "a.member WHERE g.rolname IN (current_database() || '_owner', current_database() || "
        "'_staff', current_database() || '_counter') AND m.rolcanlogin ORDER BY m.rolname, 2"));
    if (!sql::runLookup(q, error))
        return false;
    while (q.next()) {
        const auto role = teamRoleFromName(q.value(1).toString());
        if (!role)
            continue;
        // In two groups: the stronger one counts (owner before staff before counter).
        if (!members->isEmpty() && members->last().name == q.value(0).toString()) {
            if (int(*role) < int(members->last().role))
                members->last().role = *role;
            continue;
        }
        members->append({q.value(0).toString(), *role});
    }
    return true;
}

QString teamNameProblem(const QString& name)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z][A-Za-z0-9_.@-]{0,62}$"));
    if (name.isEmpty())
        return Text::tr("give the account a name");
    if (!allowed.match(name).hasMatch())
        return Text::tr("'%1' cannot be an account name: use up to 63 letters, digits and _ . @ "
                        "-, starting with a letter")
            .arg(name);
    if (name.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive))
        return Text::tr("'%1' cannot be an account name: names starting with pg_ are the "
                        "server's own")
            .arg(name);
    return {};
}

bool addTeamMember(QSqlDatabase& db, const QString& name, TeamRole role, const QString& password,
                   QString* error)
{
    if (!isServerConnection(db)) {
        *error = Text::tr("accounts are a server's: this database is a file, where whoever sits "
                          "at the desk says who they are");
        return false;
    }
    if (const QString problem = teamNameProblem(name); !problem.isEmpty()) {
        *error = problem;
        return false;
    }
    if (password.size() < 8) {
        *error = Text::tr("the password must have at least 8 characters");
        return false;
    }
    if (!mustBeOwner(db, Text::tr("only the owner of the business can add accounts"), error))
        return false;
    QSqlQuery exists(db);
    exists.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = CAST(? AS text)"));
    exists.addBindValue(name);
    if (!sql::runLookup(exists, error))
        return false;
    if (exists.next()) {
        *error = Text::tr("there is already an account called '%1' on this server").arg(name);
        return false;
    }
    // A password cannot be a bound value in CREATE ROLE. An owner may add and
    // remove accounts.
    QString why;
    if (!runFormatted(db, QStringLiteral("CREATE ROLE %I LOGIN %s PASSWORD %L IN ROLE %I"),
                      {name,
                       role == TeamRole::Owner ? QStringLiteral("CREATEROLE")
                                               : QStringLiteral("NOCREATEROLE"),
                       password, db.databaseName() + groupOf(role)},
                      &why)) {
        *error = Text::tr("cannot add the account '%1': %2").arg(name, why);
        return false;
    }
    return true;
}

bool removeTeamMember(QSqlDatabase& db, const QString& name, QString* error)
{
    QVector<TeamMember> members;
    if (!teamMembers(db, &members, error))
        return false;
    if (!mustBeOwner(db, Text::tr("only the owner of the business can remove accounts"), error))
        return false;
    bool known = false;
    for (const TeamMember& m : members)
        known = known || m.name == name;
    if (!known) {
        *error =
            Text::tr("'%1' is not an account of this business (see: cxdesk team list)").arg(name);
        return false;
    }
    if (name == personOf(db)) {
        *error = Text::tr("you cannot remove your own account while you use it; log in as "
                          "another owner to remove '%1'")
                     .arg(name);
        return false;
    }
    QString why;
    if (!runFormatted(db, QStringLiteral("DROP ROLE %I"), {name}, &why)) {
        *error = Text::tr("cannot remove the account '%1': %2").arg(name, why);
        return false;
    }
    return true;
}

} // namespace cx
