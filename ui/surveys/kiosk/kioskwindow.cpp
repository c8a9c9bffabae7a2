#include "ui/surveys/kiosk/kioskwindow.h"

#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/storage/team.h"
#include "core/surveys/kioskpin.h"
#include "core/surveys/kioskqueue.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

namespace {

const char* const kStyle = R"(
cx--KioskWindow, QStackedWidget > QWidget { background: #f6f4ef; }
QLabel { color: #22313a; }
QLabel#title { font-size: 34px; font-weight: 600; }
QLabel#question { font-size: 30px; font-weight: 600; }
QLabel#progress, QLabel#hint, QLabel#scaleLabel { font-size: 17px; color: #5b6770; }
QPushButton { font-size: 22px; padding: 14px 28px; border-radius: 12px; border: 2px solid #c9d3d6; background: white; color: #22313a; }
QPushButton:checked { background: #1f6f78; color: white; border-color: #1f6f78; }
QPushButton:disabled { color: #9aa5ab; background: #eef0f0; }
QPushButton#primary { background: #1f6f78; color: white; border-color: #1f6f78; min-width: 180px; }
QPushButton#primary:disabled { background: #9bbfc2; border-color: #9bbfc2; }
QPushButton#score { font-size: 28px; font-weight: 600; min-width: 64px; min-height: 84px; padding: 0; }
QPushButton#choice { text-align: left; padding: 18px 24px; }
QPushButton#link { border: none; background: transparent; color: #5b6770; font-size: 17px; }
QPushButton#secondary { min-width: 140px; min-height: 40px; }
QPushButton#pinKey, QPushButton#pinWord, QPushButton#pinOk { min-width: 110px; min-height: 84px; padding: 0 10px; }
QPushButton#pinKey { font-size: 28px; font-weight: 600; }
QPushButton#pinOk { background: #1f6f78; color: white; border-color: #1f6f78; }
QProgressBar { border: none; background: #e3e7e8; border-radius: 4px; max-height: 8px; }
QProgressBar::chunk { background: #1f6f78; border-radius: 4px; }
QLineEdit, QPlainTextEdit { font-size: 24px; padding: 12px; border: 2px solid #c9d3d6; border-radius: 12px; background: white; }
)";

// A face from frowning (1) to beaming (5), for CSAT.
class FaceButton : public QPushButton
{
public:
    FaceButton(int value, QWidget* parent) : QPushButton(parent), m_value(value)
    {
        setCheckable(true);
        setFixedSize(132, 150);
        setObjectName(QStringLiteral("face"));
        setAccessibleName(KioskWindow::tr("%1 of 5").arg(value));
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        static const QColor colours[] = {QColor(0xc0, 0x39, 0x2b), QColor(0xe6, 0x7e, 0x22),
                                         QColor(0xd4, 0xac, 0x0d), QColor(0x7d, 0xb3, 0x3c),
                                         QColor(0x27, 0x9a, 0x4f)};
        const QColor c = colours[m_value - 1];
        const QRectF face(16, 10, width() - 32, width() - 32);
        p.setPen(QPen(isChecked() ? theme::accent() : c.darker(110), isChecked() ? 6 : 3));
        p.setBrush(isChecked() ? c : c.lighter(165));
        p.drawEllipse(face);
        p.setBrush(QColor(0x22, 0x31, 0x3a));
        p.setPen(Qt::NoPen);
        const double eye = face.width() * 0.08;
        p.drawEllipse(
            QPointF(face.center().x() - face.width() * 0.18, face.top() + face.height() * 0.38),
            eye, eye);
        p.drawEllipse(
            QPointF(face.center().x() + face.width() * 0.18, face.top() + face.height() * 0.38),
            eye, eye);
        // The mouth bends from down (1) to up (5).
        const double bend = (m_value - 3) * face.height() * 0.09;
        const double y = face.top() + face.height() * 0.68 - bend / 2;
        QPainterPath mouth(QPointF(face.left() + face.width() * 0.28, y));
        mouth.quadTo(QPointF(face.center().x(), y + bend * 2),
                     QPointF(face.right() - face.width() * 0.28, y));
        p.setPen(QPen(QColor(0x22, 0x31, 0x3a), 5, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(mouth);
        p.setPen(QColor(0x22, 0x31, 0x3a));
        QFont f = font();
        f.setPixelSize(20);
        f.setBold(isChecked());
        p.setFont(f);
        p.drawText(QRectF(0, face.bottom() + 2, width(), height() - face.bottom() - 2),
                   Qt::AlignCenter, QString::number(m_value));
    }

private:
    int m_value;
};

QLabel* label(const QString& text, const char* name, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setAlignment(Qt::AlignCenter);
    return l;
}

QPushButton* button(const QString& text, const char* name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setFocusPolicy(Qt::NoFocus); // keys go to the kiosk itself
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

} // namespace

KioskWindow::KioskWindow(Database& db, const Survey& survey, QWidget* parent, Mode mode)
    : QWidget(parent, mode == Mode::Live ? Qt::Window | Qt::WindowStaysOnTopHint : Qt::Widget),
      m_db(db), m_survey(survey), m_mode(mode)
{
    setWindowTitle(tr("%1 — CX Desk kiosk").arg(survey.title));
    if (mode == Mode::Live && db.isServer()) {
        // Answers that cannot reach the server wait on this computer.
        m_queue = std::make_unique<KioskQueue>(KioskQueue::pathFor(db.path()));
        QString ignored;
        m_handOver = teamRole(db.sql(), &ignored) == TeamRole::Counter;
    }
    if (mode == Mode::Live)
        setWindowModality(Qt::ApplicationModal); // nothing else of the application while it runs
    setStyleSheet(QLatin1String(kStyle));
    setFocusPolicy(Qt::StrongFocus);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    // Welcome: the business, the survey, one big button.
    m_welcome = new QWidget(m_stack);
    {
        auto* l = new QVBoxLayout(m_welcome);
        l->setContentsMargins(80, 60, 80, 40);
        l->addStretch(2);
        l->addWidget(label(businessName(db.sql()), "progress", m_welcome));
        l->addWidget(label(survey.title, "title", m_welcome));
        if (!survey.description.isEmpty())
            l->addWidget(label(survey.description, "hint", m_welcome));
        l->addSpacing(30);
        auto* go = button(tr("Start"), "primary", m_welcome);
        go->setMinimumHeight(80);
        connect(go, &QPushButton::clicked, this, &KioskWindow::start);
        l->addWidget(go, 0, Qt::AlignCenter);
        l->addWidget(label(tr("It takes less than a minute. Touch Start or press Enter."), "hint",
                           m_welcome));
        l->addStretch(3);
    }
    m_stack->addWidget(m_welcome);

    // One question: progress, text, its controls, back and next.
    m_questionPage = new QWidget(m_stack);
    {
        auto* l = new QVBoxLayout(m_questionPage);
        l->setContentsMargins(80, 40, 80, 40);
        m_progress = label(QString(), "progress", m_questionPage);
        l->addWidget(m_progress);
        // How far through the survey, by its questions in order: a question a
        // condition opens or skips moves the bar on, never back.
        m_progressBar = new QProgressBar(m_questionPage);
        m_progressBar->setTextVisible(false);
        m_progressBar->setFixedHeight(8);
        m_progressBar->setRange(0, std::max<int>(1, m_survey.questions.size()));
        m_progressBar->setAccessibleName(tr("Progress"));
        l->addSpacing(6);
        l->addWidget(m_progressBar);
        l->addStretch(1);
        m_questionText = label(QString(), "question", m_questionPage);
        l->addWidget(m_questionText);
        l->addSpacing(24);
        // m_questionBody is inserted here (index 7).
        l->addSpacing(12);
        m_hint = label(QString(), "hint", m_questionPage);
        l->addWidget(m_hint);
        l->addStretch(2);
        auto* nav = new QHBoxLayout;
        // Back and Skip are touch targets as large as Next, not small print.
        m_back = button(tr("Back"), "secondary", m_questionPage);
        m_back->setMinimumHeight(70);
        connect(m_back, &QPushButton::clicked, this, &KioskWindow::goBack);
        m_next = button(tr("Next"), "primary", m_questionPage);
        m_next->setMinimumHeight(70);
        connect(m_next, &QPushButton::clicked, this, &KioskWindow::goNext);
        nav->addWidget(m_back);
        nav->addStretch();
        nav->addWidget(m_next);
        l->addLayout(nav);
    }
    m_stack->addWidget(m_questionPage);

    // Optional contact, to be called back.
    m_contact = new QWidget(m_stack);
    {
        auto* l = new QVBoxLayout(m_contact);
        l->setContentsMargins(120, 60, 120, 40);
        l->addStretch(1);
        l->addWidget(label(tr("Would you like us to get back to you?"), "question", m_contact));
        l->addWidget(label(tr("Leave your email or phone number so we can reply to you about "
                              "your visit. We will not use it for anything else. Skip to stay "
                              "anonymous."),
                           "hint", m_contact));
        l->addSpacing(20);
        m_contactEdit = new QLineEdit(m_contact);
        m_contactEdit->setPlaceholderText(tr("Email or phone (optional)"));
        m_contactEdit->setMaxLength(120);
        m_contactEdit->installEventFilter(this);
        l->addWidget(m_contactEdit);
        l->addStretch(2);
        auto* nav = new QHBoxLayout;
        auto* skip = button(tr("Skip"), "secondary", m_contact);
        skip->setMinimumHeight(70);
        connect(skip, &QPushButton::clicked, this, [this] {
            m_contactEdit->clear();
            finish();
        });
        auto* send = button(tr("Send my answers"), "primary", m_contact);
        send->setMinimumHeight(70);
        connect(send, &QPushButton::clicked, this, &KioskWindow::finish);
        nav->addWidget(skip);
        nav->addStretch();
        nav->addWidget(send);
        l->addLayout(nav);
    }
    m_stack->addWidget(m_contact);

    m_thanks = new QWidget(m_stack);
    {
        auto* l = new QVBoxLayout(m_thanks);
        l->setContentsMargins(80, 60, 80, 60);
        l->addStretch();
        l->addWidget(label(thankYouText(survey), "title", m_thanks));
        l->addWidget(label(businessName(db.sql()), "progress", m_thanks));
        l->addStretch();
    }
    m_stack->addWidget(m_thanks);

    // The owner's PIN, to leave.
    m_pin = new QWidget(m_stack);
    {
        auto* l = new QVBoxLayout(m_pin);
        l->setContentsMargins(80, 40, 80, 40);
        l->addStretch();
        l->addWidget(label(tr("Staff only: enter the PIN to leave the kiosk"), "question", m_pin));
        m_pinEdit = new QLineEdit(m_pin);
        m_pinEdit->setEchoMode(QLineEdit::Password);
        m_pinEdit->setMaxLength(8);
        m_pinEdit->setAlignment(Qt::AlignCenter);
        m_pinEdit->setFixedWidth(320);
        m_pinEdit->installEventFilter(this);
        l->addWidget(m_pinEdit, 0, Qt::AlignCenter);
        m_pinMessage = label(QString(), "hint", m_pin);
        l->addWidget(m_pinMessage);
        auto* pad = new QGridLayout;
        for (int d = 1; d <= 12; ++d) {
            const QString text = d <= 9    ? QString::number(d)
                                 : d == 10 ? tr("Cancel")
                                 : d == 11 ? QStringLiteral("0")
                                           : tr("OK");
            auto* b = button(text,
                             d <= 9 || d == 11 ? "pinKey"
                             : d == 12         ? "pinOk"
                                               : "pinWord",
                             m_pin);
            connect(b, &QPushButton::clicked, this, [this, d, text] {
                if (d == 10) {
                    setScreen(m_beforePin);
                } else if (d == 12) {
                    checkPin();
                } else {
                    m_pinEdit->insert(text);
                }
            });
            pad->addWidget(b, (d - 1) / 3, (d - 1) % 3);
        }
        l->addLayout(pad);
        l->setAlignment(pad, Qt::AlignCenter);
        l->addStretch();
    }
    m_stack->addWidget(m_pin);

    // Saving failed: the answers are kept, to try again.
    m_problem = new QWidget(m_stack);
    {
        auto* l = new QVBoxLayout(m_problem);
        l->setContentsMargins(80, 60, 80, 60);
        l->addStretch();
        l->addWidget(label(tr("Your answers could not be saved yet"), "question", m_problem));
        m_problemText = label(QString(), "hint", m_problem);
        l->addWidget(m_problemText);
        auto* retry = button(tr("Try again"), "primary", m_problem);
        connect(retry, &QPushButton::clicked, this, &KioskWindow::finish);
        l->addWidget(retry, 0, Qt::AlignCenter);
        l->addStretch();
    }
    m_stack->addWidget(m_problem);

    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    m_idle->setInterval(60000);
    connect(m_idle, &QTimer::timeout, this, [this] {
        // Someone walked away mid-form: discard it for the next customer.
        if (m_screen == Screen::Question || m_screen == Screen::Contact || m_screen == Screen::Pin)
            reset();
    });
    m_thanksTimer = new QTimer(this);
    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(6000);
    connect(m_thanksTimer, &QTimer::timeout, this, &KioskWindow::reset);
    m_advance = new QTimer(this);
    m_advance->setSingleShot(true);
    m_advance->setInterval(350);
    connect(m_advance, &QTimer::timeout, this, &KioskWindow::goNext);

    // Any touch, click or key anywhere in the kiosk counts as activity.
    for (QWidget* w : findChildren<QWidget*>())
        w->installEventFilter(this);
    reset();
}

void KioskWindow::setIdleTimeout(int ms)
{
    m_idle->setInterval(ms);
}

void KioskWindow::setThanksTimeout(int ms)
{
    m_thanksTimer->setInterval(ms);
}

QString KioskWindow::currentCode() const
{
    return m_screen == Screen::Question && m_index < m_shown.size() ? m_shown[m_index].code
                                                                    : QString();
}

QString KioskWindow::progressText() const
{
    return m_progress->text();
}

int KioskWindow::progressValue() const
{
    return m_progressBar->value();
}

int KioskWindow::progressMaximum() const
{
    return m_progressBar->maximum();
}

void KioskWindow::setScreen(Screen s)
{
    m_screen = s;
    QWidget* page = s == Screen::Welcome    ? m_welcome
                    : s == Screen::Question ? m_questionPage
                    : s == Screen::Contact  ? m_contact
                    : s == Screen::Thanks   ? m_thanks
                    : s == Screen::Pin      ? m_pin
                                            : m_problem;
    m_stack->setCurrentWidget(page);
    if (s == Screen::Contact)
        m_contactEdit->setFocus();
    else if (s == Screen::Pin)
        m_pinEdit->setFocus();
    else if (s == Screen::Question && m_text)
        m_text->setFocus();
    else
        setFocus();
    if (s == Screen::Question || s == Screen::Contact || s == Screen::Pin)
        m_idle->start();
    else
        m_idle->stop();
}

void KioskWindow::reset()
{
    m_answers.clear();
    m_index = 0;
    m_contactEdit->clear();
    m_pinEdit->clear();
    m_advance->stop();
    m_thanksTimer->stop();
    setScreen(Screen::Welcome);
}

void KioskWindow::start()
{
    m_answers.clear();
    m_shown = shownQuestions(m_survey, m_answers);
    if (m_shown.isEmpty())
        return;
    showQuestion(0);
}

void KioskWindow::showScreenForPreview(Screen screen)
{
    if (screen == Screen::Pin)
        askPin();
    else
        setScreen(screen);
}

void KioskWindow::showQuestionForPreview(int index, const AnswerMap& answers)
{
    m_answers = answers;
    m_shown = shownQuestions(m_survey, m_answers);
    showQuestion(std::min(index, int(m_shown.size()) - 1));
}

QWidget* KioskWindow::buildQuestion(const Question& q)
{
    auto* body = new QWidget(m_questionPage);
    auto* l = new QVBoxLayout(body);
    l->setContentsMargins(0, 0, 0, 0);
    m_choices = new QButtonGroup(body);
    m_text = nullptr;
    const QVariant current = m_answers.value(q.code);
    int min = 0, max = 0;
    if (q.kind == QuestionKind::Csat) {
        auto* row = new QHBoxLayout;
        row->addStretch();
        for (int v = 1; v <= 5; ++v) {
            auto* face = new FaceButton(v, body);
            face->setFocusPolicy(Qt::NoFocus);
            m_choices->addButton(face, v);
            face->setChecked(current.isValid() && current.toInt() == v);
            row->addWidget(face);
        }
        row->addStretch();
        l->addLayout(row);
    } else if (q.kind == QuestionKind::YesNo) {
        auto* row = new QHBoxLayout;
        row->addStretch();
        for (int v : {1, 0}) {
            auto* b = button(v ? tr("Yes") : tr("No"), "score", body);
            b->setCheckable(true);
            b->setMinimumWidth(220);
            b->setChecked(current.isValid() && current.toInt() == v);
            m_choices->addButton(b, v);
            row->addWidget(b);
        }
        row->addStretch();
        l->addLayout(row);
    } else if (questionKindScale(q.kind, &min, &max)) {
        auto* row = new QHBoxLayout;
        row->setSpacing(8);
        for (int v = min; v <= max; ++v) {
            auto* b = button(QString::number(v), "score", body);
            b->setCheckable(true);
            b->setChecked(current.isValid() && current.toInt() == v);
            if (q.kind == QuestionKind::Nps) // the promoter, passive and detractor bands, gently
                b->setStyleSheet(
                    QStringLiteral("QPushButton:!checked { border-bottom: 6px solid %1; }")
                        .arg(v <= 6   ? theme::bad().name()
                             : v <= 8 ? theme::neutral().name()
                                      : theme::good().name()));
            m_choices->addButton(b, v);
            row->addWidget(b, 1);
        }
        l->addLayout(row);
    } else if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) {
        const QStringList picked = current.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts);
        auto* grid = new QGridLayout;
        grid->setSpacing(10);
        for (int i = 0; i < q.options.size(); ++i) {
            auto* b =
                button(QStringLiteral("%1   %2").arg(i + 1).arg(q.options[i]), "choice", body);
            b->setCheckable(true);
            b->setChecked(picked.contains(q.options[i]));
            m_choices->addButton(b, i);
            grid->addWidget(b, i / 2, i % 2);
        }
        m_choices->setExclusive(q.kind == QuestionKind::Single);
        l->addLayout(grid);
    } else {
        m_text = new QPlainTextEdit(body);
        m_text->setPlaceholderText(tr("Type here (optional unless marked)"));
        m_text->setPlainText(current.toString());
        m_text->setMinimumHeight(180);
        m_text->installEventFilter(this);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this, code = q.code] {
            m_answers.insert(code, m_text->toPlainText());
            updateNext();
        });
        l->addWidget(m_text);
    }
    if (!q.labelMin.isEmpty() || !q.labelMax.isEmpty()) {
        auto* ends = new QHBoxLayout;
        auto* lo = label(q.labelMin, "scaleLabel", body);
        lo->setAlignment(Qt::AlignLeft);
        auto* hi = label(q.labelMax, "scaleLabel", body);
        hi->setAlignment(Qt::AlignRight);
        ends->addWidget(lo);
        ends->addWidget(hi);
        l->addLayout(ends);
    }
    connect(m_choices, &QButtonGroup::idClicked, this, [this, q](int id) {
        if (q.kind == QuestionKind::Multi) {
            QStringList picked;
            for (int i = 0; i < q.options.size(); ++i)
                if (m_choices->button(i)->isChecked())
                    picked << q.options[i];
            choose(picked.isEmpty() ? QVariant() : QVariant(picked.join(QLatin1Char(';'))), false);
        } else if (q.kind == QuestionKind::Single) {
            choose(q.options.value(id), true);
        } else {
            choose(id, true);
        }
    });
    for (QWidget* w : body->findChildren<QWidget*>())
        w->installEventFilter(this);
    return body;
}

void KioskWindow::showQuestion(int index)
{
    m_index = index;
    const Question& q = m_shown[index];
    // No "of N": the number of questions shown changes as conditions open or
    // skip them, and a total that grows or shrinks reads as a mistake. The
    // questions before this one are settled (a condition looks only at
    // earlier answers), so the number only ever counts up going forward.
    m_progress->setText(tr("Question %1").arg(index + 1));
    int position = 0;
    while (position < m_survey.questions.size() && m_survey.questions[position].code != q.code)
        ++position;
    m_progressBar->setValue(position + 1);
    m_questionText->setText(q.text + (q.required ? QString() : tr(" (optional)")));
    auto* layout = static_cast<QVBoxLayout*>(m_questionPage->layout());
    if (m_questionBody) {
        layout->removeWidget(m_questionBody);
        m_questionBody->hide();
        m_questionBody->deleteLater();
    }
    m_questionBody = buildQuestion(q);
    layout->insertWidget(7, m_questionBody);
    m_questionBody->show();
    m_back->setVisible(index > 0);
    m_lastDigit = -1;
    setScreen(Screen::Question);
    updateNext();
}

void KioskWindow::updateNext()
{
    if (m_screen != Screen::Question || m_index >= m_shown.size())
        return;
    const Question& q = m_shown[m_index];
    const bool answered = isAnswered(q, m_answers);
    m_next->setEnabled(answered || !q.required);
    m_next->setText(answered || q.required ? tr("Next") : tr("Skip"));
    QString keys;
    if (q.kind == QuestionKind::YesNo)
        keys = tr("Touch an answer, or press Y or N.");
    else if (q.kind == QuestionKind::Text)
        keys = tr("Ctrl+Enter goes on.");
    else if (q.kind == QuestionKind::Multi)
        keys = tr("Choose all that apply, then Next.");
    else
        keys = tr("Touch an answer, or type its number.");
    m_hint->setText(keys);
}

void KioskWindow::choose(const QVariant& value, bool advanceSoon)
{
    const Question& q = m_shown[m_index];
    if (value.isValid())
        m_answers.insert(q.code, value);
    else
        m_answers.remove(q.code);
    // The buttons show the choice, however it was made.
    if (q.kind != QuestionKind::Multi && q.kind != QuestionKind::Text) {
        const int id = q.kind == QuestionKind::Single ? int(q.options.indexOf(value.toString()))
                                                      : value.toInt();
        if (QAbstractButton* b = m_choices->button(id))
            b->setChecked(true);
    }
    updateNext();
    if (advanceSoon)
        m_advance->start(); // a moment to see the choice before the next question
}

void KioskWindow::goNext()
{
    m_advance->stop();
    if (m_screen != Screen::Question)
        return;
    const Question& q = m_shown[m_index];
    if (q.required && !isAnswered(q, m_answers))
        return;
    // Answers so far may show or hide later questions.
    const QString code = q.code;
    m_shown = shownQuestions(m_survey, m_answers);
    int at = 0;
    while (at < m_shown.size() && m_shown[at].code != code)
        ++at;
    if (at + 1 < m_shown.size())
        showQuestion(at + 1);
    else
        setScreen(Screen::Contact);
}

void KioskWindow::goBack()
{
    m_advance->stop();
    if (m_screen == Screen::Contact && !m_shown.isEmpty())
        showQuestion(int(m_shown.size()) - 1);
    else if (m_screen == Screen::Question && m_index > 0)
        showQuestion(m_index - 1);
}

void KioskWindow::finish()
{
    if (m_mode == Mode::Preview) {
        setScreen(Screen::Thanks);
        m_thanksTimer->start();
        return;
    }
    QString error;
    int sent = 0;
    const KioskOutcome outcome =
        takeKioskResponse(m_db.sql(), m_queue.get(), m_survey, m_answers,
                          m_contactEdit->text().trimmed(), m_handOver, &sent, &error);
    if (outcome == KioskOutcome::Refused) {
        m_problemText->setText(tr("Please ask a member of staff. (%1)").arg(error));
        setScreen(Screen::Problem);
        return;
    }
    if (sent > 0)
        emit queueSent(sent);
    ++m_saved;
    emit responseSaved();
    m_answers.clear();
    setScreen(Screen::Thanks);
    m_thanksTimer->start();
}

KioskWindow::~KioskWindow() = default;

int KioskWindow::queued() const
{
    return m_queue ? m_queue->size() : 0;
}

void KioskWindow::setConnectionKeeper(ConnectionKeeper* keeper)
{
    if (!keeper || !m_queue)
        return;
    connect(keeper, &ConnectionKeeper::restored, this, &KioskWindow::sendQueue);
    connect(keeper, &ConnectionKeeper::lost, this,
            [this] { reportKioskQueue(m_db.sql(), *m_queue, 0); });
}

void KioskWindow::sendQueue()
{
    if (!m_queue)
        return;
    if (m_queue->isEmpty())
        return;
    // Told first how many wait, so the owner's window shows the queue at once;
    // then sent a few at a time, so a customer at the kiosk never waits long.
    reportKioskQueue(m_db.sql(), *m_queue, 0);
    int sent = 0;
    QString error;
    const bool ok = m_queue->send(m_db.sql(), m_handOver, &sent, &error, 20);
    reportKioskQueue(m_db.sql(), *m_queue, sent);
    if (sent > 0)
        emit queueSent(sent);
    if (ok && !m_queue->isEmpty())
        QTimer::singleShot(50, this, &KioskWindow::sendQueue);
}

void KioskWindow::askPin()
{
    if (m_screen != Screen::Pin)
        m_beforePin = m_screen;
    m_pinEdit->clear();
    m_pinMessage->setText(QString());
    setScreen(Screen::Pin);
}

void KioskWindow::checkPin()
{
    if (checkKioskPin(m_db.sql(), m_pinEdit->text())) {
        m_idle->stop();
        m_thanksTimer->stop();
        m_unlocked = true;
        emit unlocked();
        close();
        return;
    }
    m_pinEdit->clear();
    m_pinMessage->setText(tr("That PIN is not right."));
}

bool KioskWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (m_idle->isActive())
            m_idle->start(); // still there
        break;
    default:
        break;
    }
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (watched == m_text && enter && (key->modifiers() & Qt::ControlModifier)) {
            goNext();
            return true;
        }
        if (watched == m_contactEdit && enter) {
            finish();
            return true;
        }
        if (watched == m_pinEdit && enter) {
            checkPin();
            return true;
        }
        if (key->matches(QKeySequence::Quit) ||
            (key->key() == Qt::Key_Q && (key->modifiers() & Qt::ControlModifier))) {
            askPin();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void KioskWindow::keyPressEvent(QKeyEvent* event)
{
    if (m_idle->isActive())
        m_idle->start();
    const int key = event->key();
    if ((event->modifiers() & Qt::ControlModifier) && key == Qt::Key_Q) {
        askPin();
        return;
    }
    const bool enter = key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space;
    switch (m_screen) {
    case Screen::Welcome:
        if (enter)
            start();
        return;
    case Screen::Thanks:
        if (enter)
            reset();
        return;
    case Screen::Pin:
        if (key == Qt::Key_Escape)
            setScreen(m_beforePin);
        return;
    case Screen::Problem:
        if (enter)
            finish();
        return;
    case Screen::Contact:
        return;
    case Screen::Question:
        break;
    }
    const Question& q = m_shown[m_index];
    if (enter) {
        goNext();
        return;
    }
    if (key == Qt::Key_Backspace || key == Qt::Key_Left) {
        goBack();
        return;
    }
    if (q.kind == QuestionKind::YesNo && (key == Qt::Key_Y || key == Qt::Key_N)) {
        choose(key == Qt::Key_Y ? 1 : 0, true);
        return;
    }
    if (key < Qt::Key_0 || key > Qt::Key_9)
        return;
    const int digit = key - Qt::Key_0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int min = 0, max = 0;
    if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) {
        const int i = digit - 1;
        if (i < 0 || i >= q.options.size())
            return;
        if (q.kind == QuestionKind::Single) {
            choose(q.options[i], true);
        } else {
            m_choices->button(i)->click();
        }
    } else if (questionKindScale(q.kind, &min, &max)) {
        int value = digit;
        // "1" then "0" within a second is 10.
        if (max >= 10 && digit == 0 && m_lastDigit == 1 && now - m_lastDigitAt < 1000)
            value = 10;
        if (value < min || value > max)
            return;
        // A 1 on a 0-10 scale may be the start of 10: wait a moment before going on.
        choose(value, !(max >= 10 && value == 1));
    }
    m_lastDigit = digit;
    m_lastDigitAt = now;
}

void KioskWindow::closeEvent(QCloseEvent* event)
{
    // Alt+F4 and the like: only the PIN ends the kiosk.
    if (!m_unlocked && m_mode == Mode::Live) {
        event->ignore();
        askPin();
        return;
    }
    QWidget::closeEvent(event);
}

} // namespace cx
