#pragma once

// Edits of the database as undoable steps. Every step runs in one
// transaction through core's repositories; a step that fails leaves the
// database as it was, says why, and leaves the history: nothing stays on the
// undo stack as if it had been done.

#include <QSqlDatabase>
#include <QUndoCommand>
#include <QUndoStack>
#include <functional>
#include <memory>

namespace cx {

class Database;
class EditStack;

class DbCommand : public QUndoCommand
{
public:
    // Writes one direction of the edit; false with *error filled when it cannot.
    using Step = std::function<bool(QSqlDatabase&, QString*)>;
    // `changed` runs after every step, done or refused, so what is shown
    // follows the database.
    DbCommand(const QString& text, Step redo, Step undo, std::function<void()> changed = {});
    void redo() override;
    void undo() override;

private:
    friend class EditStack;
    void run(const Step& step, bool undoing);

    Step m_redo;
    Step m_undo;
    std::function<void()> m_changed;
    EditStack* m_stack = nullptr;
    bool m_first = true;
    struct Outcome
    {
        bool refused = false;
        QString error;
    };
    std::shared_ptr<Outcome>
        m_outcome; // of the first step, read by EditStack::run after the command may be gone
};

// The window's edit history: it runs database commands and reports the steps
// that fail when the user undoes or redoes them.
class EditStack : public QUndoStack
{
    Q_OBJECT
public:
    using Warn = std::function<void(const QString& title, const QString& message)>;

    explicit EditStack(Database& db, QObject* parent = nullptr);
    Database& database() { return m_db; }

    // Does the command's first step and keeps it in the history when it was
    // done. False, with *error saying why, when it was not: nothing changed
    // and the command is gone (the caller reports it, or keeps the user's input).
    bool run(DbCommand* command, QString* error = nullptr);

    // Says why an undo or redo was refused; the default shows a warning on
    // the active window. Tests record it instead.
    void setWarn(Warn warn) { m_warn = std::move(warn); }
    void warn(const QString& title, const QString& message) const;

private:
    Database& m_db;
    Warn m_warn;
};

} // namespace cx
