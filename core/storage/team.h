#pragma once

// The people who work on one database, and what each may do. On a file there
// is one desk: whoever sits at it may do everything, and says who they are
// (setDeskPerson) so that what they enter carries their name. On a server
// each person logs in as their own PostgreSQL role, a member of one of three
// groups named after the database (resources/migrations-pg/008_team.sql);
// the server enforces the rights, and this is how CX Desk learns them, to
// show only what the login may do, and how an owner manages the accounts.

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace cx {

enum class TeamRole
{
    Owner,
    Staff,
    Counter
};

// "owner", "staff", "counter".
QString teamRoleName(TeamRole role);
std::optional<TeamRole> teamRoleFromName(const QString& name);
// The role in the user's language ("Owner", "Staff", "Counter (kiosk)").
QString teamRoleTitle(TeamRole role);

// Whether `db` is a connection to a server rather than a file.
bool isServerConnection(const QSqlDatabase& db);

// What the person connected through `db` may do: Owner on a file, and for a
// superuser or the database's owner group; else the group the login is in.
// Empty, with *error, when the login is in no group of this database.
std::optional<TeamRole> teamRole(QSqlDatabase& db, QString* error);

// The name what this connection writes is signed with (created_by,
// changed_by): the login on a server, the person at the desk on a file
// (empty when nobody said).
QString personOf(QSqlDatabase& db);
void setDeskPerson(const QString& name);
// Forgets what was learnt of a connection (it is about to connect anew).
void forgetConnectionPerson(const QString& connectionName);
QString deskPerson();

struct TeamMember
{
    QString name;
    TeamRole role = TeamRole::Staff;
};

// The logins of this database's groups, by name. Server only.
[[nodiscard]] bool teamMembers(QSqlDatabase& db, QVector<TeamMember>* members, QString* error);
// Why `name` cannot be a login ("…"), or empty when it can.
QString teamNameProblem(const QString& name);
// A new login in the group of `role`, with this password (at least 8
// characters); an owner may manage accounts too. Owner only, server only.
[[nodiscard]] bool addTeamMember(QSqlDatabase& db, const QString& name, TeamRole role,
                                 const QString& password, QString* error);
// Removes a login of this database's groups (never the one connected).
// What the person entered stays, with their name on it.
[[nodiscard]] bool removeTeamMember(QSqlDatabase& db, const QString& name, QString* error);

} // namespace cx
