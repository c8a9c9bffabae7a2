#pragma once

// Surveys on paper: a clean printed form with the business's name, boxes to
// tick for scales and choices, lines for comments and a form number on every
// sheet, so each returned card is entered once.

#include "core/surveys/survey.h"

#include <QPageLayout>
#include <QPageSize>
#include <QRectF>

class QPagedPaintDevice;

namespace cx {

class Database;

// The margins every paper form keeps, in millimetres: printers cannot print
// to the edge of a sheet, and a card is held by its edges.
constexpr double kPaperFormMargin = 12.0;

// A portrait page of this size with those margins.
QPageLayout paperFormLayout(const QPageSize& size);

// Draws `count` forms numbered from firstNumber onto the device (a printer
// or a PDF writer), each starting on a new page. Margins narrower than
// kPaperFormMargin are widened first. *drawn (when given) is the box that
// holds everything painted, in millimetres from the top left of the page's
// printable area. False when it cannot paint.
bool printPaperForms(QPagedPaintDevice* device, const Survey& survey, const QString& business,
                     qint64 firstNumber, int count, QRectF* drawn = nullptr);

// Writes the forms as a PDF file readable by its owner only, complete or not
// at all; false with the reason in *error.
[[nodiscard]] bool writePaperFormsPdf(const QString& file, const Survey& survey,
                                      const QString& business, qint64 firstNumber, int count,
                                      const QPageSize& size, QString* error);

// Writes the forms with the business's name as that PDF and, only once the
// file is complete, keeps their numbers as printed (core/surveys/printedforms.h).
[[nodiscard]] bool savePaperForms(Database& db, const QString& file, const Survey& survey,
                                  qint64 firstNumber, int count, const QPageSize& size,
                                  QString* error);

// How a display condition reads on paper: "Answer only if your answer to
// question 1 is 6 or less."
QString paperCondition(const Survey& survey, const Question& q);

} // namespace cx
