#include "ui/contact/mailmergedialog.h"

#include "core/common/clock.h"
#include "core/io/privatefile.h"
#include "core/storage/database.h"
#include "core/surveys/surveyrepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

namespace {
// The date edits show "the beginning" at their lowest date: no lower bound.
const QDate kOpenStart(2000, 1, 1);
} // namespace

MailMergeDialog::MailMergeDialog(Database& db, const MetricsFilter& filter,
                                 const QVector<qint64>& selected, QWidget* parent)
    : QDialog(parent), m_db(db), m_selected(selected)
{
    m_chooseFile = [this](const QString& suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export mail merge"), suggested,
                                            tr("CSV files (*.csv)"));
    };
    setWindowTitle(tr("Export mail merge"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("One message to many customers at once: the file holds each "
                                "customer's name, email and message, for the mail merge of "
                                "your mail program. CX Desk sends nothing itself."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    for (MessageKind k : messageKinds())
        m_kind->addItem(messageKindLabel(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(MessageKind::ThankYou)));
    form->addRow(tr("&Message"), m_kind);
    m_group = new QComboBox(this);
    m_group->addItem(tr("Promoters (NPS 9–10)"), int(MergeGroup::Promoters));
    m_group->addItem(tr("Passives (NPS 7–8)"), int(MergeGroup::Passives));
    m_group->addItem(tr("Detractors (NPS 0–6)"), int(MergeGroup::Detractors));
    m_group->addItem(tr("Everyone who answered an NPS question"), int(MergeGroup::Everyone));
    if (!m_selected.isEmpty())
        m_group->addItem(tr("The customers selected in the list (%1)").arg(m_selected.size()),
                         int(MergeGroup::Chosen));
    m_group->setCurrentIndex(m_group->findData(int(defaultMergeGroup(MessageKind::ThankYou))));
    form->addRow(tr("&To"), m_group);
    auto* period = new QHBoxLayout;
    auto dateEdit = [this](const QDate& date) {
        auto* e = new QDateEdit(this);
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setMinimumDate(kOpenStart);
        e->setDate(date);
        e->setMinimumWidth(130);
        return e;
    };
    m_from = dateEdit(filter.from.isValid() ? filter.from : kOpenStart);
    m_from->setSpecialValueText(tr("the beginning"));
    m_to = dateEdit(filter.to.isValid() ? filter.to : clock::today());
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addStretch();
    auto* fromLabel = new QLabel(tr("Who answered &from"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, period);
    m_survey = new QComboBox(this);
    m_survey->addItem(tr("Any survey"), qint64(0));
    for (const Survey& s : SurveyRepository(m_db.sql()).list())
        m_survey->addItem(s.title, s.id);
    if (filter.surveyId > 0)
        m_survey->setCurrentIndex(std::max(0, m_survey->findData(filter.surveyId)));
    form->addRow(tr("In &survey"), m_survey);
    layout->addLayout(form);
    m_count = new QLabel(this);
    m_count->setWordWrap(true);
    layout->addWidget(m_count);
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setMinimumHeight(180);
    layout->addWidget(m_preview, 1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        // Each message has its natural readers; a chosen list stays chosen.
        if (MergeGroup(m_group->currentData().toInt()) != MergeGroup::Chosen)
            m_group->setCurrentIndex(m_group->findData(
                int(defaultMergeGroup(MessageKind(m_kind->currentData().toInt())))));
        update();
    });
    connect(m_group, &QComboBox::currentIndexChanged, this, &MailMergeDialog::update);
    connect(m_survey, &QComboBox::currentIndexChanged, this, &MailMergeDialog::update);
    connect(m_from, &QDateEdit::dateChanged, this, &MailMergeDialog::update);
    connect(m_to, &QDateEdit::dateChanged, this, &MailMergeDialog::update);
    resize(620, 560);
    update();
}

MailMergeRequest MailMergeDialog::request() const
{
    MailMergeRequest r;
    r.kind = MessageKind(m_kind->currentData().toInt());
    r.group = MergeGroup(m_group->currentData().toInt());
    r.from = m_from->date() == kOpenStart ? QDate() : m_from->date();
    r.to = m_to->date();
    r.surveyId = m_survey->currentData().toLongLong();
    if (r.group == MergeGroup::Chosen)
        r.customerIds = m_selected;
    return r;
}

void MailMergeDialog::update()
{
    const MailMergeRequest r = request();
    const bool byAnswers = r.group != MergeGroup::Chosen;
    m_from->setEnabled(byAnswers);
    m_to->setEnabled(byAnswers);
    m_survey->setEnabled(byAnswers);
    QString error;
    if (!mailMerge(m_db.sql(), r, &m_merge, &error)) {
        m_count->setText(tr("The customers could not be read: %1.").arg(error));
        m_preview->clear();
        return;
    }
    QString text = tr("Customers who will get this message: %1.").arg(m_merge.rows.size());
    if (m_merge.withoutEmail > 0)
        text += QLatin1Char(' ') +
                tr("Left out for want of an email address: %1.").arg(m_merge.withoutEmail);
    m_count->setText(text);
    if (m_merge.rows.isEmpty()) {
        m_preview->setPlainText(tr("Nobody to write to: choose another group or period."));
        return;
    }
    const MailMergeRow& first = m_merge.rows.first();
    m_preview->setPlainText(
        tr("To: %1 <%2>\nSubject: %3").arg(first.name, first.email, first.subject) +
        QStringLiteral("\n\n") + first.message);
}

bool MailMergeDialog::exportTo(const QString& path, QString* error)
{
    PrivateFile file(path);
    if (!file.open(error))
        return false;
    if (!writeMailMerge(m_merge, file.device(), error)) {
        file.cancel();
        return false;
    }
    return file.commit(error);
}

void MailMergeDialog::accept()
{
    if (m_merge.rows.isEmpty()) {
        m_problem->setText(tr("Nobody to write to: choose another group or period."));
        return;
    }
    const QString suggested =
        QDir::home().filePath(tr("mail-merge-%1.csv").arg(messageKindName(request().kind)));
    const QString path = m_chooseFile(suggested);
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error)) {
        m_problem->setText(tr("The file was not written: %1.").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace cx
