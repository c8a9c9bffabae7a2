#include "ui/surveys/paper/paperprintdialog.h"

#include "core/common/format.h"
#include "core/storage/database.h"
#include "core/surveys/surveyentry.h"
#include "ui/reports/reportwriter.h"
#include "ui/theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cx {

namespace {

constexpr int kMaxNumber = 999999999;

QString printedOn(const PrintedForms& p)
{
    return format::longDate(QDate::fromString(p.printedAt.left(10), Qt::ISODate));
}

} // namespace

PaperPrintDialog::PaperPrintDialog(Database& db, const Survey& survey, Output output,
                                   QWidget* parent)
    : QDialog(parent), m_db(db), m_survey(survey)
{
    setWindowTitle(tr("Paper forms — %1").arg(survey.title));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Every form gets a number of its own, so each returned card is "
                                "entered once. A new batch starts after the last number printed."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_next = std::min<qint64>(nextFormNumber(db.sql(), survey.id), kMaxNumber);
    m_first = new QSpinBox(this);
    m_first->setRange(1, kMaxNumber);
    m_first->setValue(int(m_next));
    m_first->setAccessibleName(tr("First form number"));
    form->addRow(tr("&First number"), m_first);
    m_count = new QSpinBox(this);
    m_count->setRange(1, 500);
    m_count->setValue(20);
    m_count->setAccessibleName(tr("Number of forms"));
    form->addRow(tr("How &many forms"), m_count);
    m_size = new QComboBox(this);
    m_size->addItem(tr("A4"), int(QPageSize::A4));
    m_size->addItem(tr("Letter"), int(QPageSize::Letter));
    setPageSize(defaultPageSize(QLocale()));
    form->addRow(tr("Paper &size"), m_size);
    layout->addLayout(form);
    m_range = new QLabel(this);
    m_range->setWordWrap(true);
    layout->addWidget(m_range);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: %1").arg(theme::bad().name()));
    layout->addWidget(m_warning);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)
        ->setText(output == Output::Pdf ? tr("&Save as PDF…") : tr("&Preview and print…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PaperPrintDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_first, &QSpinBox::valueChanged, this, &PaperPrintDialog::refresh);
    connect(m_count, &QSpinBox::valueChanged, this, &PaperPrintDialog::refresh);
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question,
                                     QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    resize(560, sizeHint().height());
    refresh();
    m_count->setFocus();
    m_count->selectAll();
}

QPageSize PaperPrintDialog::pageSize() const
{
    return QPageSize(QPageSize::PageSizeId(m_size->currentData().toInt()));
}

void PaperPrintDialog::setPageSize(const QPageSize& size)
{
    const int i = m_size->findData(int(size.id()));
    m_size->setCurrentIndex(i >= 0 ? i : 0);
}

QString PaperPrintDialog::rangeText() const
{
    return m_range->text();
}

QString PaperPrintDialog::warningText() const
{
    return m_warning->text();
}

void PaperPrintDialog::refresh()
{
    const qint64 first = m_first->value();
    const qint64 last = first + m_count->value() - 1;
    QString range = tr("Forms %1 to %2.").arg(first).arg(last);
    if (first != m_next)
        range += QLatin1Char(' ') + tr("The next number not yet printed is %1.").arg(m_next);
    m_range->setText(range);
    QString error;
    if (!printedOverlapping(m_db.sql(), m_survey.id, first, last, &m_overlapping, &error)) {
        m_warning->setText(tr("The printed forms could not be read: %1.").arg(error));
        m_warning->show();
        return;
    }
    if (m_overlapping.isEmpty()) {
        m_warning->clear();
        m_warning->hide();
        return;
    }
    qint64 repeated = 0;
    QStringList lines;
    for (const PrintedForms& p : std::as_const(m_overlapping)) {
        const qint64 from = std::max(first, p.first), to = std::min(last, p.last);
        repeated += to - from + 1;
        lines << tr("forms %1 to %2, printed on %3 (batch %4 to %5)")
                     .arg(from)
                     .arg(to)
                     .arg(printedOn(p))
                     .arg(p.first)
                     .arg(p.last);
    }
    m_warning->setText(tr("%n of these numbers were already printed for this survey: %1. Cards "
                          "with the same number cannot both be entered.",
                          nullptr, int(std::min<qint64>(repeated, kMaxNumber)))
                           .arg(lines.join(QStringLiteral("; "))));
    m_warning->show();
}

void PaperPrintDialog::accept()
{
    refresh();
    if (!m_overlapping.isEmpty() &&
        !m_confirm(warningText() + QStringLiteral("\n\n") + tr("Print these numbers again?")))
        return;
    QDialog::accept();
}

} // namespace cx
