#pragma once

// Edits that never silently overwrite someone else's. Every record a person
// edits has a row_version that each update raises; an update names the
// version it was based on and changes nothing when the stored one differs
// (another window or program changed the record meanwhile). These are the
// words of such a refusal.

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>

namespace cx {

// When a record was last changed, as people read it: the time alone today,
// otherwise the date and time. Empty when it is not known.
QString describeWhen(const QString& updatedAt);

// "the customer “Anna Smith” was changed in another window or program at
// 14:02 (email, notes)": `what` names the record, `fields` what changed in it
// (none named when empty), `updatedAt` when.
// With `changedBy` (a team, or the person at the desk): "the customer
// “Anna Smith” was changed by sam at 14:02 (email)".
QString changedElsewhere(const QString& what, const QStringList& fields, const QString& updatedAt,
                         const QString& changedBy = QString());
QString deletedElsewhere(const QString& what);

// The timestamp a change made now is stored with.
QString changeTimestamp();

// For "save mine" over a version saved elsewhere: `out` starts as theirs,
// and each field the user changed from what they read (`base`) takes theirs' place.
template <typename T> void takeChange(T& out, const T& base, const T& mine)
{
    if (!(mine == base))
        out = mine;
}

// Runs an update or delete that names the row version it expects
// ("... AND row_version = ?"). False with *error when it failed, or when it
// matched no row: then *error = refusal(), which says why (changed or gone).
[[nodiscard]] bool execExpecting(QSqlQuery& q, const char* what, QString* error,
                                 const std::function<QString()>& refusal);

// Whether a record keeps who changed it last (changedBy).
template <typename R, typename = void> struct HasChangedBy : std::false_type
{
};
template <typename R>
struct HasChangedBy<R, std::void_t<decltype(std::declval<R>().changedBy)>> : std::true_type
{
};

// The record as stored, for a refusal said to `me`: another person's name
// is told, one's own (another window of the same login) is not.
template <typename Record>
std::optional<Record> seenBy(std::optional<Record> stored, const QString& me)
{
    if (stored && !me.isEmpty() && stored->changedBy == me)
        stored->changedBy.clear();
    return stored;
}

// The refusal for a record named `what`: gone when nothing is stored, else
// changed, naming the fields that differ from `seen` when it is given.
template <typename Record, typename Differences>
QString staleMessage(const QString& what, const std::optional<Record>& stored, const Record* seen,
                     Differences differences)
{
    if (!stored)
        return deletedElsewhere(what);
    QString by;
    if constexpr (HasChangedBy<Record>::value)
        by = stored->changedBy;
    return changedElsewhere(what, seen ? differences(*seen, *stored) : QStringList(),
                            stored->updatedAt, by);
}

} // namespace cx
