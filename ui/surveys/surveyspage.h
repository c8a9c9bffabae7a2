#pragma once

#include "core/surveys/survey.h"
#include "ui/page.h"

#include <optional>

class QLabel;
class QTreeWidget;
class QPushButton;

namespace cx {

class SurveyResultsView;

// Surveys with their status, questions and results in the period.
class SurveysPage : public Page
{
    Q_OBJECT
public:
    explicit SurveysPage(Database& db, QWidget* parent = nullptr);
    void setFilter(const MetricsFilter& filter) override;
    void refresh() override { setFilter(m_filter); }
    QTreeWidget* tree() const { return m_tree; }
    SurveyResultsView* results() const { return m_results; }

    qint64 selectedSurvey() const;
    // Reads a survey file of any kind CX Desk knows and shows what it holds
    // before importing it (the Import survey… action, after its file dialog).
    void importSurveyFile(const QString& path);

private:
    void showResults();
    std::optional<Survey> chosenSurvey();
    void openResponse(qint64 responseId);
    void newSurvey();
    void importSurvey();
    void editSurvey();
    void deleteSurvey();
    void selectAfterReload(qint64 surveyId);
    void startKiosk();
    void printForms(bool pdf);
    void enterForms();

    MetricsFilter m_filter;
    QTreeWidget* m_tree = nullptr;
    SurveyResultsView* m_results = nullptr;
};

} // namespace cx
