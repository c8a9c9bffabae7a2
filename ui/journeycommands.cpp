#include "journeycommands.h"

#include "database.h"

namespace cx {

MapCommand::MapCommand(Database& db, const QString& text, Step redo, Step undo, std::function<void()> changed)
    : m_db(db), m_redo(std::move(redo)), m_undo(std::move(undo)), m_changed(std::move(changed))
{
    setText(text);
}

void MapCommand::redo()
{
    run(m_redo);
}

void MapCommand::undo()
{
    run(m_undo);
}

void MapCommand::run(const Step& step)
{
    QString error;
    Transaction tx(m_db.sql());
    if (!tx.isActive())
        m_error = tx.error();
    else if (!step(m_db.sql(), &error) || !tx.commit(&error))
        m_error = error;
    else
        m_error.clear();
    m_changed();
}

MapCommand* MapCommand::adding(Database& db, const QString& text, Create create, std::function<void()> changed)
{
    auto made = std::make_shared<MapSnapshot>();
    auto redo = [made, create](QSqlDatabase& sql, QString* error) {
        return made->isEmpty() ? create(sql, made.get(), error) : restoreSnapshot(sql, *made, error);
    };
    auto undo = [made](QSqlDatabase& sql, QString* error) { return removeSnapshot(sql, *made, error); };
    return new MapCommand(db, text, redo, undo, std::move(changed));
}

MapCommand* MapCommand::removing(Database& db, const QString& text, const MapSnapshot& snapshot, std::function<void()> changed)
{
    auto redo = [snapshot](QSqlDatabase& sql, QString* error) { return removeSnapshot(sql, snapshot, error); };
    auto undo = [snapshot](QSqlDatabase& sql, QString* error) { return restoreSnapshot(sql, snapshot, error); };
    return new MapCommand(db, text, redo, undo, std::move(changed));
}

} // namespace cx
