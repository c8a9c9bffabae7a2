#pragma once

// Surveys → Import survey…: a survey made in LimeSurvey, Qualtrics or an
// XLSForm, shown question by question before anything is written — what
// each becomes or why it is left out, every condition kept or dropped, the
// responses that come along — with the kind of each question open to change
// and, for a multilingual survey, the language to import.

#include "core/surveys/import/surveyimport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace cx {

class SurveyImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `source` as readSurveyFile() read `path`; the dialog reads the file
    // again when another language is chosen.
    SurveyImportDialog(QSqlDatabase& db, const QString& path, const SourceSurvey& source,
                       QWidget* parent = nullptr);

    const ImportPlan& plan() const { return m_plan; }
    // What the last import did (after the dialog was accepted).
    const ImportOutcome& outcome() const { return m_outcome; }

    // For tests: the table of questions (column Becomes holds a combo box
    // for each question that can be imported), the language and survey
    // choices, and the import button.
    QTableWidget* table() const { return m_table; }
    QComboBox* kindBox(int row) const;
    QComboBox* languageBox() const { return m_language; }
    QComboBox* surveyBox() const { return m_survey; }
    QPushButton* importButton() const { return m_import; }
    QString summary() const;

    enum Column
    {
        Number,
        Code,
        InFile,
        Text,
        Becomes,
        ShownIf,
        Note,
        Columns
    };

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void replan();
    void fill();
    void readAgain();
    void runImport();

    QSqlDatabase& m_db;
    QString m_path;
    SourceSurvey m_source;
    ImportPlan m_plan;
    ImportOutcome m_outcome;
    std::optional<Survey> m_before; // the survey as an earlier import of this source left it
    QHash<QString, std::optional<QuestionKind>> m_kinds; // the person's choices by source code
    QLabel* m_format = nullptr;
    QLabel* m_target = nullptr;
    QComboBox* m_language = nullptr;
    QComboBox* m_survey = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_import = nullptr;
    QString m_problem; // why the plan cannot be imported; empty: it can
};

} // namespace cx
