#include "ui/commands/dbcommand.h"

#include "core/storage/database.h"

#include <QApplication>
#include <QMessageBox>

namespace cx {

DbCommand::DbCommand(const QString& text, Step redo, Step undo, std::function<void()> changed)
    : m_redo(std::move(redo)), m_undo(std::move(undo)), m_changed(std::move(changed)),
      m_outcome(std::make_shared<Outcome>())
{
    setText(text);
}

void DbCommand::redo()
{
    run(m_redo, false);
}

void DbCommand::undo()
{
    run(m_undo, true);
}

void DbCommand::run(const Step& step, bool undoing)
{
    QString error;
    bool done = false;
    if (!m_stack) {
        error = QCoreApplication::translate("cx::EditStack",
                                            "the change was not made through the edit history");
    } else {
        QSqlDatabase& db = m_stack->database().sql();
        Transaction tx(db);
        if (!tx.isActive())
            error = tx.error();
        else
            done = step(db, &error) && tx.commit(&error);
    }
    const bool first = m_first;
    m_first = false;
    if (!done) {
        // Refused: it was not done, so it leaves the history (QUndoStack
        // deletes an obsolete command once this step returns).
        setObsolete(true);
        if (first)
            *m_outcome = {true, error.isEmpty() ? QCoreApplication::translate(
                                                      "cx::EditStack", "the change was not made")
                                                : error};
        else if (m_stack)
            m_stack->warn(
                undoing ? QCoreApplication::translate("cx::EditStack", "Undo %1").arg(text())
                        : QCoreApplication::translate("cx::EditStack", "Redo %1").arg(text()),
                undoing
                    ? QCoreApplication::translate("cx::EditStack", "“%1” could not be undone: %2.")
                          .arg(text(), error)
                    : QCoreApplication::translate("cx::EditStack", "“%1” could not be redone: %2.")
                          .arg(text(), error));
    }
    if (m_changed)
        m_changed();
}

EditStack::EditStack(Database& db, QObject* parent) : QUndoStack(parent), m_db(db) {}

bool EditStack::run(DbCommand* command, QString* error)
{
    command->m_stack = this;
    const std::shared_ptr<DbCommand::Outcome> outcome = command->m_outcome;
    push(command); // runs the first step; a refused one is deleted here
    if (outcome->refused && error)
        *error = outcome->error;
    return !outcome->refused;
}

void EditStack::warn(const QString& title, const QString& message) const
{
    if (m_warn)
        m_warn(title, message);
    else
        QMessageBox::warning(QApplication::activeWindow(), title, message);
}

} // namespace cx
