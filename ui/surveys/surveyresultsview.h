#pragma once

// One survey's results for the period: responses by month, a chart per
// question (NPS in promoter, passive and detractor colours with its score
// and margin), and the written answers with their sentiment, searchable.

#include "core/sentiment/sentiment.h"
#include "core/surveys/surveyresults.h"

#include <QWidget>
#include <memory>

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
template <typename Result> class BackgroundRead;

// A survey's results as read on a thread of its own.
struct SurveyRead
{
    MetricsFilter filter; // the survey's, as read
    bool loaded = false;
    SurveyResults results;
    QString error;
    bool commentsLoaded = false;
    CommentsReport comments;
    QString commentsError;
};

class SurveyResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit SurveyResultsView(Database& db, QWidget* parent = nullptr);
    ~SurveyResultsView() override;
    // Reads the survey's results for the period on a thread of its own, and
    // shows them when they are in.
    void showSurvey(qint64 surveyId, const MetricsFilter& filter);
    // Waits for the results being read, and shows them.
    void settle();

    // What is shown, once the newest results are in.
    const SurveyResults& results()
    {
        settle();
        return m_results;
    }
    QLineEdit* search() const { return m_search; }
    // Comments that the search keeps.
    int shownComments();
    QList<charts::ChartPanel*> charts()
    {
        settle();
        return m_charts;
    }

    // The response behind the row of the comment list (0: none).
    qint64 responseAt(int row);

signals:
    // A comment was opened (double-click or Enter): show its whole response.
    void responseRequested(qint64 responseId);

private:
    void show(const SurveyRead& read);

    Database& m_db;
    std::unique_ptr<BackgroundRead<SurveyRead>> m_read;
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
