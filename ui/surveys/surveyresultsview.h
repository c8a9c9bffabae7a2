#pragma once

// One survey's results for the period: responses by month, a chart per
// question (NPS in promoter, passive and detractor colours with its score
// and margin), and the written answers with their sentiment, searchable.

#include "core/sentiment/sentiment.h"
#include "core/surveys/surveyresults.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QTableView;

namespace cx {

class Database;
namespace charts {
class ChartPanel;
}
class CommentsModel;

class SurveyResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyResultsView(Database& db, QWidget* parent = nullptr);
    ~SurveyResultsView() override;
    void showSurvey(qint64 surveyId, const MetricsFilter& filter);

    const SurveyResults& results() const { return m_results; }
    QLineEdit* search() const { return m_search; }
    // Comments that the search keeps.
    int shownComments() const;
    QList<charts::ChartPanel*> charts() const { return m_charts; }

    // The response behind the row of the comment list (0: none).
    qint64 responseAt(int row) const;

signals:
    // A comment was opened (double-click or Enter): show its whole response.
    void responseRequested(qint64 responseId);

private:
    Database& m_db;
    SurveyResults m_results;
    QLabel* m_heading;
    QGridLayout* m_grid;
    QList<charts::ChartPanel*> m_charts;
    QLineEdit* m_search;
    QLabel* m_commentSummary;
    CommentsModel* m_comments;
    QTableView* m_commentView;
};

} // namespace cx
