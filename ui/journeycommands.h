#pragma once

// Changes to the journey map as undoable steps. Each step writes in one
// transaction; a failed one leaves the database as it was and says why.

#include "journeyedit.h"

#include <QUndoCommand>

#include <functional>
#include <memory>

namespace cx {

class Database;

class MapCommand : public QUndoCommand
{
public:
    using Step = std::function<bool(QSqlDatabase&, QString*)>;
    MapCommand(Database& db, const QString& text, Step redo, Step undo, std::function<void()> changed);
    void redo() override;
    void undo() override;
    QString error() const { return m_error; }

    // Adds what `create` makes the first time, and the same again (same ids) on every redo.
    using Create = std::function<bool(QSqlDatabase&, MapSnapshot*, QString*)>;
    static MapCommand* adding(Database& db, const QString& text, Create create, std::function<void()> changed);
    // Removes what the snapshot holds; undo puts it back, links included.
    static MapCommand* removing(Database& db, const QString& text, const MapSnapshot& snapshot, std::function<void()> changed);

private:
    void run(const Step& step);

    Database& m_db;
    Step m_redo;
    Step m_undo;
    std::function<void()> m_changed;
    QString m_error;
};

} // namespace cx
