#include "ui/surveys/paper/paperentry.h"

#include "core/storage/database.h"
#include "core/surveys/displaylogic.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cx {

namespace {

QString hintFor(const Question& q)
{
    int min = 0, max = 0;
    switch (q.kind) {
    case QuestionKind::YesNo:
        return PaperEntryDialog::tr("y or n");
    case QuestionKind::Single:
        return PaperEntryDialog::tr("the number of the ticked box, 1 to %1").arg(q.options.size());
    case QuestionKind::Multi:
        return PaperEntryDialog::tr("the numbers of the ticked boxes, e.g. 1 3");
    case QuestionKind::Text:
        return PaperEntryDialog::tr("what is written");
    default:
        questionKindScale(q.kind, &min, &max);
        return PaperEntryDialog::tr("%1 to %2").arg(min).arg(max);
    }
}

} // namespace

PaperEntryDialog::PaperEntryDialog(Database& db, const Survey& survey, QWidget* parent)
    : QDialog(parent), m_db(db), m_survey(survey)
{
    setWindowTitle(tr("Enter paper forms — %1").arg(survey.title));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Type each card as it is written. Tab or Enter moves on; <b>Ctrl+Enter</b> "
                      "saves the card "
                      "and opens a blank one. Leave a field empty when nothing is ticked."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_number = new QSpinBox(this);
    m_number->setRange(1, 999999999);
    m_number->setValue(int(nextFormNumber(db.sql(), survey.id)));
    m_number->setAccessibleName(tr("Form number"));
    m_number->installEventFilter(this);
    form->addRow(tr("Form &number"), m_number);
    for (int i = 0; i < survey.questions.size(); ++i) {
        const Question& q = survey.questions[i];
        auto* edit = new QLineEdit(this);
        edit->setPlaceholderText(hintFor(q));
        edit->setObjectName(q.code);
        int min = 0, max = 0;
        if (q.kind == QuestionKind::YesNo)
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[yYnN10]?")), edit));
        else if (q.kind == QuestionKind::Single ||
                 (q.kind != QuestionKind::Multi && q.kind != QuestionKind::Text &&
                  questionKindScale(q.kind, &min, &max)))
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("\\d{0,2}")), edit));
        else if (q.kind == QuestionKind::Multi)
            edit->setValidator(new QRegularExpressionValidator(
                QRegularExpression(QStringLiteral("[\\d ,;]*")), edit));
        edit->installEventFilter(this);
        connect(edit, &QLineEdit::textChanged, this, &PaperEntryDialog::refresh);
        // Plain text with a buddy reads "&" as a shortcut mark: doubled, it shows as itself.
        QString text = QStringLiteral("%1. %2%3")
                           .arg(i + 1)
                           .arg(q.text, q.required ? QStringLiteral(" *") : QString());
        text.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto* label = new QLabel(text, this);
        label->setWordWrap(true);
        label->setBuddy(edit);
        QString tip;
        if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi) {
            QStringList numbered;
            for (int o = 0; o < q.options.size(); ++o)
                numbered << QStringLiteral("%1 %2").arg(o + 1).arg(q.options[o]);
            tip = numbered.join(QStringLiteral(" · "));
            edit->setToolTip(tip);
            edit->setPlaceholderText(tip);
        }
        form->addRow(label, edit);
        m_fields << edit;
        m_labels << label;
    }
    auto* holder = new QWidget(this);
    holder->setLayout(form);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(this);
    auto* saveButton =
        buttons->addButton(tr("Save and next card (Ctrl+Enter)"), QDialogButtonBox::AcceptRole);
    saveButton->setAutoDefault(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 640);
    refresh();
    m_number->setFocus();
    m_number->selectAll();
}

QLineEdit* PaperEntryDialog::field(const QString& code) const
{
    for (QLineEdit* e : m_fields)
        if (e->objectName() == code)
            return e;
    return nullptr;
}

QString PaperEntryDialog::message() const
{
    return m_message->text();
}

AnswerMap PaperEntryDialog::answers() const
{
    AnswerMap out;
    for (int i = 0; i < m_survey.questions.size(); ++i) {
        const Question& q = m_survey.questions[i];
        const QString text = m_fields[i]->text().trimmed();
        if (text.isEmpty())
            continue;
        int min = 0, max = 0;
        if (q.kind == QuestionKind::YesNo) {
            out.insert(q.code, text.compare(QLatin1String("y"), Qt::CaseInsensitive) == 0 ||
                                       text == QLatin1String("1")
                                   ? 1
                                   : 0);
        } else if (q.kind == QuestionKind::Single) {
            out.insert(q.code, q.options.value(text.toInt() - 1, text));
        } else if (q.kind == QuestionKind::Multi) {
            QStringList picked;
            for (const QString& n :
                 text.split(QRegularExpression(QStringLiteral("[ ,;]+")), Qt::SkipEmptyParts))
                picked << q.options.value(n.toInt() - 1, n);
            picked.removeDuplicates();
            out.insert(q.code, picked.join(QLatin1Char(';')));
        } else if (q.kind == QuestionKind::Text) {
            out.insert(q.code, text);
        } else if (questionKindScale(q.kind, &min, &max)) {
            out.insert(q.code, text.toInt());
        }
    }
    return out;
}

// Choices typed by number must name a box that is on the card.
QString PaperEntryDialog::readProblem() const
{
    for (int i = 0; i < m_survey.questions.size(); ++i) {
        const Question& q = m_survey.questions[i];
        if (q.kind != QuestionKind::Single && q.kind != QuestionKind::Multi)
            continue;
        for (const QString& n : m_fields[i]->text().split(
                 QRegularExpression(QStringLiteral("[ ,;]+")), Qt::SkipEmptyParts))
            if (n.toInt() < 1 || n.toInt() > q.options.size())
                return tr("question %1 '%2': there is no box %3 (1 to %4)")
                    .arg(i + 1)
                    .arg(q.code, n)
                    .arg(q.options.size());
    }
    return {};
}

void PaperEntryDialog::refresh()
{
    const AnswerMap typed = answers();
    for (int i = 0; i < m_survey.questions.size(); ++i) {
        const bool shown = isShown(m_survey.questions[i], typed);
        m_fields[i]->setEnabled(shown);
        m_labels[i]->setEnabled(shown);
    }
}

bool PaperEntryDialog::save()
{
    QString problem = readProblem();
    Submitted out;
    if (problem.isEmpty()) {
        Submission how;
        how.source = ResponseSource::Paper;
        how.formNumber = m_number->value();
        if (submitResponse(m_db.sql(), m_survey, answers(), how, &out, &problem))
            problem.clear();
        else if (problem.isEmpty())
            problem = tr("the card could not be saved");
    }
    if (!problem.isEmpty()) {
        m_message->setStyleSheet(QStringLiteral("color: %1").arg(theme::bad().name()));
        m_message->setText(tr("Not saved: %1.").arg(problem));
        return false;
    }
    ++m_saved;
    emit responseSaved();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("Card %1 saved%2. %3 saved in this session.")
                           .arg(m_number->value())
                           .arg(out.actionId ? tr(" — a follow-up was opened") : QString())
                           .arg(m_saved));
    for (QLineEdit* e : m_fields)
        e->clear();
    m_number->setValue(m_number->value() + 1);
    m_number->setFocus();
    m_number->selectAll();
    return true;
}

bool PaperEntryDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            save();
            return true;
        }
        if (enter) {
            // Enter moves on like Tab, past the questions that are skipped.
            focusNextChild();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void PaperEntryDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        save();
        return;
    }
    if (enter)
        return; // never closes the dialog by accident
    QDialog::keyPressEvent(event);
}

} // namespace cx
