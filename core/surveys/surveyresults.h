#pragma once

// A survey's results over a period: responses month by month and, for every
// question that is not free text, how its answers spread (with NPS, CSAT and
// the mean where they apply). Written answers are in sentiment.h.

#include "core/metrics/metrics.h"
#include "core/storage/pagedquery.h"
#include "core/surveys/survey.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>

namespace cx {

struct QuestionResult
{
    Question question;
    qint64 answers = 0;
    QStringList categories;     // scale points, No/Yes, or the options
    QVector<qint64> counts;     // one per category
    std::optional<double> mean; // scale questions
    // NPS questions: 100 x (promoters - detractors) / answers, and its 95% margin.
    std::optional<double> nps;
    std::optional<double> npsMargin;
    // CSAT questions: the share of 4 and 5, in percent.
    std::optional<double> csat;
};

struct SurveyResults
{
    Survey survey;
    qint64 responses = 0;
    QStringList months; // YYYY-MM with responses
    QVector<qint64> perMonth;
    QVector<QuestionResult> questions; // in order, free-text questions left out
};

[[nodiscard]] bool loadSurveyResults(QSqlDatabase& db, qint64 surveyId, const QDate& from,
                                     const QDate& to, SurveyResults* results, QString* error);
// The same under the whole filter bar: filter.surveyId's responses in the
// period, channel and customer segment of the filter, as the survey list and
// the metrics count them.
[[nodiscard]] bool loadSurveyResults(QSqlDatabase& db, const MetricsFilter& filter,
                                     SurveyResults* results, QString* error);

// One line of the survey list: the survey, where it is asked, and its
// responses and headline scores in the period and channel of the filter.
struct SurveyOverview
{
    Survey survey; // without its questions
    QString touchpoint;
    qint64 responses = 0;
    std::optional<double> nps;
    std::optional<double> npsMargin;
    std::optional<double> csat;
};
[[nodiscard]] bool surveyOverviews(QSqlDatabase& db, const MetricsFilter& filter,
                                   const QDate& today, QVector<SurveyOverview>* out,
                                   QString* error);

// The survey answers given at one touchpoint in the period, newest first:
// the day, the question and the answer as text.
PagedQuery touchpointAnswersQuery(qint64 touchpointId, const QDate& from, const QDate& to,
                                  const QDate& today);

} // namespace cx
