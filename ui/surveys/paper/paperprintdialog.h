#pragma once

// Choosing a batch of paper forms to print: the first number (the next one
// not yet printed, unless the owner picks another), how many, and the paper
// size. Numbers that were already printed for the survey are named before
// anything is printed, as two cards with one number cannot both be entered.

#include "core/surveys/printedforms.h"
#include "core/surveys/survey.h"

#include <QDialog>
#include <QPageSize>
#include <functional>

class QComboBox;
class QLabel;
class QSpinBox;

namespace cx {

class Database;

class PaperPrintDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Output
    {
        Pdf,
        Printer
    };
    PaperPrintDialog(Database& db, const Survey& survey, Output output, QWidget* parent = nullptr);

    QSpinBox* firstNumber() const { return m_first; }
    QSpinBox* count() const { return m_count; }
    QPageSize pageSize() const;
    void setPageSize(const QPageSize& size);
    // The printed batches the chosen numbers share a number with.
    const QVector<PrintedForms>& overlapping() const { return m_overlapping; }
    // What the dialog says about the chosen numbers.
    QString rangeText() const;
    QString warningText() const;

    // Asked before numbers that were printed already are printed again;
    // tests answer it themselves.
    void setConfirm(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

    void accept() override;

private:
    void refresh();

    Database& m_db;
    Survey m_survey;
    qint64 m_next = 1;
    QSpinBox* m_first;
    QSpinBox* m_count;
    QComboBox* m_size;
    QLabel* m_range;
    QLabel* m_warning;
    QVector<PrintedForms> m_overlapping;
    std::function<bool(const QString&)> m_confirm;
};

} // namespace cx
