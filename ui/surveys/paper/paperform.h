#pragma once

// Surveys on paper: a clean printed form with the business's name, boxes to
// tick for scales and choices, lines for comments and a form number on every
// sheet, so each returned card is entered once.

#include "core/surveys/survey.h"

class QPagedPaintDevice;

namespace cx {

// Draws `count` forms numbered from firstNumber onto the device (a printer
// or a PDF writer), each starting on a new page. False when it cannot paint.
bool printPaperForms(QPagedPaintDevice* device, const Survey& survey, const QString& business,
                     qint64 firstNumber, int count);

// How a display condition reads on paper: "Answer only if your answer to
// question 1 is 6 or less."
QString paperCondition(const Survey& survey, const Question& q);

} // namespace cx
