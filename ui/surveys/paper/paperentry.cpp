#include "ui/surveys/paper/paperentry.h"

#include "core/common/clock.h"
#include "core/common/format.h"
#include "core/common/search.h"
#include "core/storage/database.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/printedforms.h"
#include "ui/theme.h"

#include <QDateEdit>
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

// A contact the customer wrote: an email address or a phone number.
bool isContact(const QString& text)
{
    if (text.contains(QLatin1Char('@')))
        return QRegularExpression(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"))
            .match(text)
            .hasMatch();
    return looksLikePhone(text) && phoneDigits(text).size() >= 5;
}

QString dateOf(const QString& timestamp)
{
    return format::longDate(QDate::fromString(timestamp.left(10), Qt::ISODate));
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
    // The card's date and number, labels beside their fields.
    auto* card = new QFormLayout;
    card->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_date = new QDateEdit(clock::today(), this);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(clock::today());
    // The year in full, so that no locale's short form leaves it in doubt.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_date->setDisplayFormat(dateFormat);
    m_date->setAccessibleName(tr("Date the card was filled in"));
    m_date->installEventFilter(this);
    auto* dateLabel = new QLabel(tr("Filled in &on"), this);
    dateLabel->setBuddy(m_date);
    card->addRow(dateLabel, m_date);
    m_number = new QSpinBox(this);
    m_number->setRange(1, 999999999);
    m_number->setValue(int(std::min<qint64>(nextFormNumber(db.sql(), survey.id), 999999999)));
    m_number->setAccessibleName(tr("Form number"));
    m_number->installEventFilter(this);
    connect(m_number, &QSpinBox::valueChanged, this, &PaperEntryDialog::checkNumber);
    auto* numberLabel = new QLabel(tr("Form &number"), this);
    numberLabel->setBuddy(m_number);
    card->addRow(numberLabel, m_number);
    layout->addLayout(card);
    // Under the number, across the whole width: what is known about it.
    m_numberStatus = new QLabel(this);
    m_numberStatus->setWordWrap(true);
    layout->addWidget(m_numberStatus);
    // Each question's text above its field, so that long texts (and long
    // translations) wrap over the whole width instead of being cut.
    auto* form = new QVBoxLayout;
    form->setContentsMargins(0, 8, 6, 0); // in line with the card's fields above
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
        form->addWidget(label);
        form->addWidget(edit);
        form->addSpacing(6);
        m_fields << edit;
        m_labels << label;
    }
    // What the customer wrote to be contacted by; a detractor's follow-up
    // can then reach them, as from the kiosk.
    m_contact = new QLineEdit(this);
    m_contact->setMaxLength(120);
    m_contact->setPlaceholderText(tr("Email or phone, if the customer wrote one"));
    m_contact->setAccessibleName(tr("Contact"));
    m_contact->installEventFilter(this);
    auto* contactLabel = new QLabel(tr("&Contact (optional)"), this);
    contactLabel->setBuddy(m_contact);
    form->addWidget(contactLabel);
    form->addWidget(m_contact);
    form->addStretch(1);
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
    resize(760, 640);
    refresh();
    checkNumber();
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

QString PaperEntryDialog::numberStatus() const
{
    return m_numberStatus->text();
}

void PaperEntryDialog::checkNumber()
{
    const qint64 number = m_number->value();
    FormNumberCheck check;
    QString error;
    QString text;
    bool warn = true;
    if (!checkFormNumber(m_db.sql(), m_survey.id, number, &check, &error)) {
        text = tr("The printed forms could not be read: %1.").arg(error);
    } else if (!check.enteredAt.isEmpty()) {
        text = tr("Form %1 was already entered on %2.").arg(number).arg(dateOf(check.enteredAt));
    } else if (check.printed) {
        warn = false;
        text = tr("Printed on %1 (forms %2 to %3).")
                   .arg(dateOf(check.printed->printedAt))
                   .arg(check.printed->first)
                   .arg(check.printed->last);
    } else if (!check.elsewhere.isEmpty()) {
        text = tr("Form %1 was not printed for this survey, but for “%2” on %3: is the card "
                  "in the right pile?")
                   .arg(number)
                   .arg(check.elsewhere.first().surveyTitle,
                        dateOf(check.elsewhere.first().printedAt));
    } else if (check.surveyPrinted) {
        text = tr("Form %1 was never printed for this survey: check the number.").arg(number);
    } else {
        // Forms printed before batches were recorded: nothing to check against.
        warn = false;
        text = tr("No printed forms are recorded for this survey.");
    }
    m_numberStatus->setText(text);
    m_numberStatus->setStyleSheet(
        warn ? QStringLiteral("color: %1").arg(theme::bad().name())
             : QStringLiteral("color: %1").arg(palette().color(QPalette::PlaceholderText).name()));
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
    const QString contact = m_contact->text().trimmed();
    const QDate today = clock::today();
    m_date->setMaximumDate(today); // the dialog may have been open since yesterday
    if (problem.isEmpty() && !contact.isEmpty() && !isContact(contact))
        problem =
            tr("the contact '%1' is neither an email address nor a phone number").arg(contact);
    if (problem.isEmpty() && m_date->date() > today)
        problem = tr("the card cannot have been filled in on %1, after today")
                      .arg(format::longDate(m_date->date()));
    Submitted out;
    if (problem.isEmpty()) {
        Submission how;
        how.source = ResponseSource::Paper;
        how.formNumber = m_number->value();
        how.contact = contact;
        // A card of an earlier day has no time on it: midday keeps it on its
        // date in every time zone's reading.
        if (m_date->date() != today)
            how.at = QDateTime(m_date->date(), QTime(12, 0));
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
    m_contact->clear();
    // The date stays: the next card of the pile is most likely of the same day.
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
