#pragma once

// Ready-made surveys to start from: the questions that the common customer
// experience measures are usually asked with, with their scale labels and
// the follow-up question shown only to unhappy customers.

#include "core/surveys/survey.h"

namespace cx {

struct SurveyTemplate
{
    QString name;
    QString purpose; // one line on when to use it
    Survey survey;   // a draft without ids or uuid
};

// Relationship NPS, post-visit CSAT, support CES, product feedback.
QVector<SurveyTemplate> surveyTemplates();

// An empty draft with one NPS question, for "start from scratch".
Survey blankSurvey();

} // namespace cx
