#pragma once

// The counter kiosk: a survey full screen, one question per screen, with
// large controls for touch, mouse or keyboard. After the thank-you screen,
// or when a half-filled form is left alone, it starts over for the next
// customer. Only the owner's PIN ends it.
//
// Keys: digits pick a score (1 then 0 quickly gives 10) or the n-th choice,
// Y/N answer yes/no, Enter goes on, Backspace goes back, Ctrl+Q asks for
// the PIN.

#include "core/surveys/survey.h"
#include "core/surveys/surveyentry.h"

#include <QWidget>
#include <memory>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace cx {

class ConnectionKeeper;
class Database;
class KioskQueue;

class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Screen
    {
        Welcome,
        Question,
        Contact,
        Thanks,
        Pin,
        Problem
    };

    // Live: a window of its own, modal, saving responses. Preview: a plain
    // widget for the builder that saves nothing.
    enum class Mode
    {
        Live,
        Preview
    };
    KioskWindow(Database& db, const Survey& survey, QWidget* parent = nullptr,
                Mode mode = Mode::Live);
    ~KioskWindow() override;

    Screen screen() const { return m_screen; }
    QString currentCode() const;
    const AnswerMap& answers() const { return m_answers; }
    int saved() const { return m_saved; }
    // On a server: answers taken while it was away, waiting to be sent.
    int queued() const;
    KioskQueue* queue() const { return m_queue.get(); }
    // Watches the server (one the window already has, or its own).
    void setConnectionKeeper(ConnectionKeeper* keeper);
    // Milliseconds without a touch or key before a half-filled form is discarded.
    void setIdleTimeout(int ms);
    // Milliseconds the thank-you screen stays.
    void setThanksTimeout(int ms);
    QPushButton* nextButton() const { return m_next; }

    // Jumps to the n-th question (from 0) with these answers; for screenshots.
    void showQuestionForPreview(int index, const AnswerMap& answers);
    // Shows the contact step, the PIN pad or another screen; for screenshots.
    void showScreenForPreview(Screen screen);
    // "Question 3" and how far through the survey the bar shows (of its maximum).
    QString progressText() const;
    int progressValue() const;
    int progressMaximum() const;

signals:
    // What waited while the server was away has been sent (`sent` new ones).
    void queueSent(int sent);
    // The owner entered the PIN: the kiosk closes (and deletes itself if
    // Qt::WA_DeleteOnClose is set).
    void unlocked();
    // A customer's response was saved (each one is written at once).
    void responseSaved();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void start();
    void reset();
    void showQuestion(int index);
    void choose(const QVariant& value, bool advanceSoon);
    void goNext();
    void goBack();
    void finish();
    void askPin();
    void checkPin();
    void updateNext();
    void sendQueue();
    QWidget* buildQuestion(const Question& q);
    void setScreen(Screen s);

    Database& m_db;
    std::unique_ptr<KioskQueue> m_queue; // a server's kiosk only
    bool m_handOver = false;             // logged in as a counter
    Survey m_survey;
    AnswerMap m_answers;
    QVector<Question> m_shown;
    int m_index = 0;
    int m_saved = 0;
    bool m_unlocked = false;
    Mode m_mode = Mode::Live;
    Screen m_screen = Screen::Welcome;
    Screen m_beforePin = Screen::Welcome;
    int m_lastDigit = -1;
    qint64 m_lastDigitAt = 0;

    QStackedWidget* m_stack;
    QWidget* m_welcome;
    QWidget* m_questionPage;
    QWidget* m_questionBody = nullptr;
    QLabel* m_progress;
    QProgressBar* m_progressBar;
    QLabel* m_questionText;
    QLabel* m_hint;
    QPushButton* m_back;
    QPushButton* m_next;
    QButtonGroup* m_choices = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QWidget* m_contact;
    QLineEdit* m_contactEdit;
    QWidget* m_thanks;
    QWidget* m_pin;
    QLineEdit* m_pinEdit;
    QLabel* m_pinMessage;
    QWidget* m_problem;
    QLabel* m_problemText;
    QTimer* m_idle;
    QTimer* m_thanksTimer;
    QTimer* m_advance;
};

} // namespace cx
