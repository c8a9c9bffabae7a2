#pragma once

// The batches of numbered paper forms that were printed. The next batch
// starts after the highest number printed (or entered), so the numbers of
// cards still in customers' hands are not printed a second time, and a
// returned card's number can be checked against what was printed.

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <optional>

namespace cx {

struct PrintedForms
{
    qint64 id = 0;
    qint64 surveyId = 0;
    QString surveyTitle;
    qint64 first = 0; // the first and last number of the batch, both included
    qint64 last = 0;
    QString printedAt; // a timestamp
};

// Records that forms first to first + count - 1 of a survey were printed or
// saved as a PDF.
[[nodiscard]] bool recordPrintedForms(QSqlDatabase& db, qint64 surveyId, qint64 first, int count,
                                      PrintedForms* out, QString* error);

// The batches of this survey that hold any number from first to last,
// oldest first.
[[nodiscard]] bool printedOverlapping(QSqlDatabase& db, qint64 surveyId, qint64 first, qint64 last,
                                      QVector<PrintedForms>* out, QString* error);

// What is known about one form number of a survey.
struct FormNumberCheck
{
    QString enteredAt;                   // when a card with it was entered; empty: not yet
    std::optional<PrintedForms> printed; // this survey's batch that holds it
    QVector<PrintedForms> elsewhere;     // other surveys' batches that hold it
    bool surveyPrinted = false;          // whether any batch of this survey was recorded
};
[[nodiscard]] bool checkFormNumber(QSqlDatabase& db, qint64 surveyId, qint64 number,
                                   FormNumberCheck* out, QString* error);

} // namespace cx
