#include "ui/customers/mergedialog.h"

#include "core/storage/database.h"
#include "ui/commands/customercommands.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace cx {

namespace {
QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

// A field as the dialog compares and shows it.
QString valueOf(const Customer& c, MergeDialog::Field field)
{
    switch (field) {
    case MergeDialog::Name:
        return c.name;
    case MergeDialog::Number:
        return c.externalId;
    case MergeDialog::Email:
        return c.email;
    case MergeDialog::Phone:
        return c.phone;
    case MergeDialog::Segment:
        return c.segment;
    case MergeDialog::FirstContact:
        return dateText(c.firstContactOn);
    case MergeDialog::Converted:
        return dateText(c.convertedOn);
    case MergeDialog::Churned:
        return dateText(c.churnedOn);
    case MergeDialog::Notes:
    case MergeDialog::FieldCount:
        break;
    }
    return c.notes;
}

void copyField(Customer& to, const Customer& from, MergeDialog::Field field)
{
    switch (field) {
    case MergeDialog::Name:
        to.name = from.name;
        break;
    case MergeDialog::Number:
        to.externalId = from.externalId;
        break;
    case MergeDialog::Email:
        to.email = from.email;
        break;
    case MergeDialog::Phone:
        to.phone = from.phone;
        break;
    case MergeDialog::Segment:
        to.segment = from.segment;
        break;
    case MergeDialog::FirstContact:
        to.firstContactOn = from.firstContactOn;
        break;
    case MergeDialog::Converted:
        to.convertedOn = from.convertedOn;
        break;
    case MergeDialog::Churned:
        to.churnedOn = from.churnedOn;
        break;
    case MergeDialog::Notes:
    case MergeDialog::FieldCount:
        to.notes = from.notes;
        break;
    }
}
} // namespace

MergeDialog::MergeDialog(Database& db, EditStack* undo, const Customer& left, const Customer& right,
                         std::function<void()> changed, QWidget* parent)
    : QDialog(parent), m_db(db), m_undo(undo),
      m_changed(std::move(changed)), m_customers{left, right}
{
    setWindowTitle(tr("Merge customers"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Pick the value that stays for each field. Everything recorded for the other "
           "customer moves to the one kept, and the other record is deleted; Edit → Undo "
           "brings it back."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    for (int side = Left; side <= Right; ++side) {
        const Customer& c = m_customers[side];
        auto* head = new QLabel(
            QStringLiteral("<b>%1</b>")
                .arg((c.externalId.isEmpty() ? c.name
                                             : QStringLiteral("%1 (%2)").arg(c.name, c.externalId))
                         .toHtmlEscaped()),
            this);
        head->setWordWrap(true);
        grid->addWidget(head, 0, 1 + side);
    }
    const QString labels[FieldCount] = {
        tr("Name"),          tr("Customer no."),   tr("Email"),   tr("Phone"), tr("Segment"),
        tr("First contact"), tr("Customer since"), tr("Left on"), tr("Notes")};
    for (int f = 0; f < FieldCount; ++f) {
        grid->addWidget(new QLabel(labels[f], this), 1 + f, 0);
        m_choices[f] = new QButtonGroup(this);
        const bool same = valueOf(left, Field(f)).trimmed() == valueOf(right, Field(f)).trimmed();
        for (int side = Left; side <= Right; ++side) {
            const QString value = valueOf(m_customers[side], Field(f)).simplified();
            auto* radio = new QRadioButton(
                value.isEmpty()
                    ? tr("(empty)")
                    : (value.size() > 60 ? value.left(58) + QStringLiteral("…") : value),
                this);
            radio->setToolTip(valueOf(m_customers[side], Field(f)));
            radio->setEnabled(!same);
            m_choices[f]->addButton(radio, side);
            grid->addWidget(radio, 1 + f, 1 + side);
        }
    }
    // What each has linked, and which record stays.
    const int countsRow = 1 + FieldCount;
    grid->addWidget(new QLabel(tr("Recorded"), this), countsRow, 0, Qt::AlignTop);
    m_kept = new QButtonGroup(this);
    grid->addWidget(new QLabel(tr("Record kept"), this), countsRow + 1, 0);
    for (int side = Left; side <= Right; ++side) {
        LinkedCounts n;
        QString error;
        m_counts[side] = new QLabel(this);
        m_counts[side]->setWordWrap(true);
        m_counts[side]->setText(countLinked(m_db.sql(), m_customers[side].id, &n, &error)
                                    ? tr("Interactions: %1 · Responses: %2 · Follow-ups: %3")
                                          .arg(n.interactions)
                                          .arg(n.responses)
                                          .arg(n.actions)
                                    : tr("Could not be counted: %1").arg(error));
        grid->addWidget(m_counts[side], countsRow, 1 + side);
        auto* radio = new QRadioButton(tr("Keep this record"), this);
        m_kept->addButton(radio, side);
        grid->addWidget(radio, countsRow + 1, 1 + side);
    }
    layout->addLayout(grid);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* mergeButton = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    mergeButton->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(mergeButton, &QPushButton::clicked, this, &MergeDialog::merge);

    // The proposal: the older record stays, and each field keeps the value
    // that is there (the older one's when both are).
    const MergePlan proposed = proposeMerge(left, right);
    const Side keptSide = proposed.kept.id == left.id ? Left : Right;
    keep(keptSide);
    for (int f = 0; f < FieldCount; ++f)
        choose(Field(f),
               valueOf(proposed.result, Field(f)) == valueOf(m_customers[keptSide], Field(f))
                   ? keptSide
                   : Side(1 - keptSide));
    setMinimumWidth(720);
}

MergeDialog::Side MergeDialog::choice(Field field) const
{
    return Side(std::max(0, m_choices[field]->checkedId()));
}

void MergeDialog::choose(Field field, Side side)
{
    m_choices[field]->button(side)->setChecked(true);
}

MergeDialog::Side MergeDialog::kept() const
{
    return Side(std::max(0, m_kept->checkedId()));
}

void MergeDialog::keep(Side side)
{
    m_kept->button(side)->setChecked(true);
}

MergePlan MergeDialog::plan() const
{
    const Side k = kept();
    MergePlan p{m_customers[k], m_customers[1 - k], m_customers[k]};
    for (int f = 0; f < FieldCount; ++f)
        copyField(p.result, m_customers[choice(Field(f))], Field(f));
    return p;
}

QString MergeDialog::countsText(Side side) const
{
    return m_counts[side]->text();
}

QString MergeDialog::problem() const
{
    return m_message->text();
}

bool MergeDialog::merge()
{
    QString error;
    if (!m_undo->run(edits::mergeCustomers(plan(), m_changed), &error)) {
        m_message->setText(tr("The customers were not merged: %1.").arg(error));
        return false;
    }
    accept();
    return true;
}

} // namespace cx
