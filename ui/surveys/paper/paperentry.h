#pragma once

// Entering the pile of returned paper cards, by keyboard alone: the card's
// form number, then one field per question (digits for scores, y/n, the
// number of a choice or several, text) and the contact the customer wrote,
// Tab or Enter to move on, Ctrl+Enter to save and start a blank form.
// Questions that display logic skips for the answers typed so far are greyed
// out. The date the cards were filled in stays from one card to the next, as
// a pile is usually of one day. The number is checked against the printed
// batches as it is typed. Responses are marked "paper".

#include "core/surveys/survey.h"
#include "core/surveys/surveyentry.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cx {

class Database;

class PaperEntryDialog : public QDialog
{
    Q_OBJECT

public:
    PaperEntryDialog(Database& db, const Survey& survey, QWidget* parent = nullptr);

    QSpinBox* formNumber() const { return m_number; }
    QDateEdit* filledIn() const { return m_date; }
    QLineEdit* contact() const { return m_contact; }
    QLineEdit* field(const QString& code) const;
    QString message() const;
    // What is known about the form number on screen: printed, entered, unknown.
    QString numberStatus() const;
    int saved() const { return m_saved; }
    // The answers as typed so far, read as the survey understands them.
    AnswerMap answers() const;

    // Saves the form on screen; true when it was saved and a blank one is ready.
    bool save();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

signals:
    // A card was saved (each one is written at once).
    void responseSaved();

private:
    void refresh();
    void checkNumber();
    QString readProblem() const;

    Database& m_db;
    Survey m_survey;
    QSpinBox* m_number;
    QLabel* m_numberStatus;
    QDateEdit* m_date;
    QLineEdit* m_contact;
    QVector<QLineEdit*> m_fields;
    QVector<QLabel*> m_labels;
    QLabel* m_message;
    int m_saved = 0;
};

} // namespace cx
