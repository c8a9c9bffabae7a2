#include "ui/commands/journeycommands.h"

namespace cx::mapedits {

DbCommand* adding(const QString& text, Create create, std::function<void()> changed)
{
    auto made = std::make_shared<MapSnapshot>();
    auto redo = [made, create](QSqlDatabase& sql, QString* error) {
        return made->isEmpty() ? create(sql, made.get(), error)
                               : restoreSnapshot(sql, *made, error);
    };
    auto undo = [made](QSqlDatabase& sql, QString* error) {
        return removeSnapshot(sql, *made, error);
    };
    return new DbCommand(text, redo, undo, std::move(changed));
}

DbCommand* removing(const QString& text, const MapSnapshot& snapshot, std::function<void()> changed)
{
    // One snapshot for both directions: a restore raises its versions, and
    // the next delete expects those.
    auto shared = std::make_shared<MapSnapshot>(snapshot);
    auto redo = [shared](QSqlDatabase& sql, QString* error) {
        return removeSnapshot(sql, *shared, error);
    };
    auto undo = [shared](QSqlDatabase& sql, QString* error) {
        return restoreSnapshot(sql, *shared, error);
    };
    return new DbCommand(text, redo, undo, std::move(changed));
}

} // namespace cx::mapedits
