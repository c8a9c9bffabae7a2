#pragma once

// The survey builder: the survey's settings (title, status, touchpoint,
// channel, thank-you message), its questions of every kind with their
// options, scale labels and display condition, reordered by drag or
// Alt+Up/Down, duplicated with Ctrl+D and deleted with Delete — every change
// undoable — and a live preview of the selected question as the kiosk
// shows it.

#include "core/surveys/survey.h"
#include "ui/widgets/conflictprompt.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QUndoStack;
class QTimer;

namespace cx {

class Database;

// A question kind as the window names it ("NPS (0–10)", "Written answer").
QString questionKindLabel(QuestionKind kind);

class SurveyBuilder : public QDialog
{
    Q_OBJECT

public:
    SurveyBuilder(Database& db, const Survey& survey, QWidget* parent = nullptr);

    const Survey& survey() const { return m_survey; }
    int currentQuestion() const { return m_current; }
    QUndoStack* undoStack() const { return m_undo; }
    QListWidget* questionList() const { return m_list; }
    QLabel* preview() const { return m_preview; }
    QLabel* problem() const { return m_problem; }

    void addQuestion(QuestionKind kind);
    void duplicateQuestion();
    void deleteQuestion();
    void moveQuestion(int from, int to);
    void selectQuestion(int index);
    // Saves to the database; false (with the problem shown) when it cannot.
    // When the survey was saved elsewhere since it was opened, asks first
    // whether to reload theirs, save this one over it or keep editing.
    bool save();
    // Asked what to do in that case (title, message); the default asks in a
    // dialog. Tests answer it themselves.
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }

    // The editor's fields, for keyboard-driven tests.
    QLineEdit* titleEdit() const { return m_title; }
    QComboBox* kindCombo() const { return m_kind; }
    QPlainTextEdit* textEdit() const { return m_text; }
    QPlainTextEdit* optionsEdit() const { return m_options; }
    QComboBox* conditionQuestion() const { return m_ifCode; }
    QComboBox* conditionOp() const { return m_ifOp; }
    QLineEdit* conditionValue() const { return m_ifValue; }

    // Applies a change to the working copy as one undoable step; steps with
    // the same non-zero mergeId in a row (typing in one field) become one.
    void change(const QString& what, const std::function<void(Survey&)>& edit, int mergeId = 0);
    // Puts a state back (undo and redo).
    void restore(const Survey& state, int current);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    // A change of the questions' list as one undoable step.
    void step(const QString& what, const std::function<void()>& edit);
    void refreshAll();
    void refreshList();
    void refreshEditor();
    void refreshPreview();
    void scheduleProblemCheck();
    QString freeCode(const QString& base) const;

    Database& m_db;
    Survey m_survey;
    Survey m_read; // as it was read, at the version the next save expects
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    int m_current = 0;
    bool m_refreshing = false;
    QUndoStack* m_undo;

    QLineEdit* m_title;
    QLineEdit* m_description;
    QComboBox* m_status;
    QComboBox* m_touchpoint;
    QComboBox* m_channel;
    QLineEdit* m_thanks;
    QListWidget* m_list;
    QLineEdit* m_code;
    QComboBox* m_kind;
    QPlainTextEdit* m_text;
    QCheckBox* m_required;
    QPlainTextEdit* m_options;
    QLabel* m_optionsLabel;
    QLineEdit* m_labelMin;
    QLineEdit* m_labelMax;
    QLabel* m_labelsLabel;
    QComboBox* m_ifCode;
    QComboBox* m_ifOp;
    QLineEdit* m_ifValue;
    QLabel* m_preview;
    QLabel* m_previewNote;
    QLabel* m_problem;
    QTimer* m_previewTimer;
};

// Asks which template to start a new survey from; nullopt when cancelled.
std::optional<Survey> chooseSurveyTemplate(QWidget* parent);

} // namespace cx
