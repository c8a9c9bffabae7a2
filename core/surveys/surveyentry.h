#pragma once

// Taking a response as the kiosk, the paper entry and the owner do: only the
// questions that display logic shows, each required one answered, the whole
// response (and the follow-up it calls for) written in one transaction.

#include "core/surveys/survey.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVariant>

namespace cx {

// Answers by question code: a number for scales and yes/no (1 yes, 0 no), the
// chosen label(s) for choices ("a;b" for several), the text for text questions.
using AnswerMap = QHash<QString, QVariant>;

// The questions shown for these answers, in order.
QVector<Question> shownQuestions(const Survey& survey, const AnswerMap& answers);

// Whether this question has an answer in the map.
bool isAnswered(const Question& q, const AnswerMap& answers);

// The first problem with the answers ("question 2 'why' needs an answer"),
// or empty when they can be saved.
QString checkAnswers(const Survey& survey, const AnswerMap& answers);

struct Submission
{
    ResponseSource source = ResponseSource::Manual; // kiosk, paper or manual
    qint64 customerId = 0;                          // known customer; 0: see contact
    QString contact;       // an email or phone given at the counter; empty: anonymous
    qint64 formNumber = 0; // paper: the number printed on the card
    QDateTime at;          // invalid: now
};

struct Submitted
{
    qint64 responseId = 0;
    qint64 customerId = 0; // 0: anonymous
    bool newCustomer = false;
    qint64 actionId = 0; // the follow-up opened, 0: none needed
};

// Saves a response with its answers, linked to the survey's touchpoint and
// channel, and opens its follow-up, all in one transaction.
[[nodiscard]] bool submitResponse(QSqlDatabase& db, const Survey& survey, const AnswerMap& answers,
                                  const Submission& how, Submitted* out, QString* error);

// The date a paper form number was entered for this survey, or empty.
QString formNumberUsed(QSqlDatabase& db, qint64 surveyId, qint64 formNumber);
// The next form number to print for a survey: one more than any printed
// (core/surveys/printedforms.h) or entered.
qint64 nextFormNumber(QSqlDatabase& db, qint64 surveyId);

// The customer with this email (any case) or phone (spaces, dashes, dots
// and brackets ignored); 0 when there is none.
qint64 customerByContact(QSqlDatabase& db, const QString& contact);

// The message after the last question: the survey's own, or a friendly default.
QString thankYouText(const Survey& survey);

} // namespace cx
