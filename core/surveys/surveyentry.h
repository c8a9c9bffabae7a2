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
    QString uuid;          // given: the response is written once (a kiosk's queue)
    // A kiosk logged in as a counter (team.h), which may read no customer:
    // the contact and the follow-up are handed over to the desk
    // (takeHandovers) instead of being dealt with here.
    bool handOver = false;
};

struct Submitted
{
    qint64 responseId = 0;
    qint64 customerId = 0; // 0: anonymous
    bool newCustomer = false;
    qint64 actionId = 0; // the follow-up opened, 0: none needed
    bool before = false; // stored before under its uuid: nothing was written
};

// Saves a response with its answers, linked to the survey's touchpoint and
// channel, and opens its follow-up, all in one transaction.
[[nodiscard]] bool submitResponse(QSqlDatabase& db, const Survey& survey, const AnswerMap& answers,
                                  const Submission& how, Submitted* out, QString* error);

// Deals with what counters handed over (oldest first, at most `limit`):
// links each contact to its customer (or adds one, as the kiosk on a file
// does) and opens the follow-up the answers call for, each response in a
// transaction of its own. Two desks never take the same one. *taken counts
// those done.
[[nodiscard]] bool takeHandovers(QSqlDatabase& db, int limit, int* taken, QString* error);

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
