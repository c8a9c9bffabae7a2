#pragma once

// Mark done…: closes one follow-up with a note of what was done. It names the
// follow-up it closes (what, for whom, when due) so the wrong row in the list
// is noticed before it is closed. Ctrl+Enter confirms from the note.

#include "core/actions/action.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace cx {

class Database;

class MarkDoneDialog : public QDialog
{
    Q_OBJECT
public:
    MarkDoneDialog(Database& db, const Action& action, QWidget* parent = nullptr);

    // What the dialog asks, with the reason in front when a first try failed.
    void setPrompt(const QString& prompt);
    void setNote(const QString& note);
    QString note() const;

    QLabel* summary() const { return m_summary; }
    QLabel* prompt() const { return m_prompt; }
    QPlainTextEdit* noteField() const { return m_note; }
    QPushButton* doneButton() const { return m_done; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* m_summary = nullptr;
    QLabel* m_prompt = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace cx
