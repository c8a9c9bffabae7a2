#include "ui/customers/customerdetail.h"

#include "core/actions/followup.h"
#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertags.h"
#include "core/customers/customertimeline.h"
#include "core/customers/privacy.h"
#include "core/io/privatefile.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/storage/team.h"
#include "ui/commands/dbcommand.h"
#include "ui/commands/editcommands.h"
#include "ui/commands/profilecommands.h"
#include "ui/contact/contactlinks.h"
#include "ui/customers/customfieldseditor.h"
#include "ui/customers/tageditor.h"
#include "ui/theme.h"
#include "ui/widgets/charts/charts.h"
#include "ui/widgets/conflictprompt.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace cx {

namespace {
QDateEdit* dateEdit(QWidget* parent)
{
    auto* e = new QDateEdit(parent);
    e->setCalendarPopup(true);
    e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    e->setDate(clock::today());
    return e;
}
} // namespace

CustomerDetail::CustomerDetail(Database& db, EditStack* undo, QWidget* parent)
    : QWidget(parent), m_db(db), m_undo(undo)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* backButton = new QPushButton(tr("← All customers"), this);
    backButton->setShortcut(QKeySequence::Back);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    auto* log = new QPushButton(tr("Log interaction"), this);
    auto* action = new QPushButton(tr("Add action…"), this);
    auto* exportButton = new QPushButton(tr("Export data…"), this);
    auto* eraseButton = new QPushButton(tr("Erase…"), this);
    m_erase = eraseButton;
    header->addWidget(backButton);
    header->addSpacing(12);
    header->addWidget(m_title, 1);
    header->addWidget(log);
    header->addWidget(action);
    header->addSpacing(12);
    header->addWidget(exportButton);
    header->addWidget(eraseButton);
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
    m_confirm = [this](const QString& question) {
        return QMessageBox::warning(this, tr("Erase customer"), question,
                                    QMessageBox::Yes | QMessageBox::Cancel,
                                    QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export data"),
            QDir::home().filePath(m_customer.externalId.isEmpty()
                                      ? QStringLiteral("customer.json")
                                      : m_customer.externalId + QStringLiteral(".json")),
            tr("JSON files (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportData(path, &error))
            QMessageBox::warning(this, tr("Export data"), error);
    });
    connect(eraseButton, &QPushButton::clicked, this, [this] {
        QString error;
        if (!erase(false, &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Erase customer"), error);
    });
    layout->addLayout(header);

    auto* body = new QHBoxLayout;
    auto* profile = new QFormLayout;
    profile->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_externalId = new QLineEdit(this);
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_segment = new QComboBox(this);
    m_segment->setEditable(true);
    m_firstContact = dateEdit(this);
    m_isCustomer = new QCheckBox(tr("Customer since"), this);
    m_converted = dateEdit(this);
    m_hasChurned = new QCheckBox(tr("Left on"), this);
    m_churned = dateEdit(this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setMaximumHeight(90);
    m_tags = new TagEditor(this);
    m_fieldsBox = new QGroupBox(tr("More about this customer"), this);
    m_fields = new CustomFieldsEditor(m_fieldsBox);
    (new QVBoxLayout(m_fieldsBox))->addWidget(m_fields);
    auto* save = new QPushButton(tr("Save profile"), this);
    save->setShortcut(QKeySequence::Save);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    profile->addRow(tr("Name"), m_name);
    profile->addRow(tr("Customer no."), m_externalId);
    // Contact in one click, from what is saved: the mail program with a message, or a call.
    auto contactRow = [this](QLineEdit* field, const QString& text, const QString& how) {
        auto* row = new QHBoxLayout;
        auto* link = new QPushButton(text, this);
        link->setCursor(Qt::PointingHandCursor);
        // Reads as a link beside the field, not as one more big button.
        link->setStyleSheet(QStringLiteral("QPushButton { border: none; padding: 0 4px; color: "
                                           "palette(link); text-decoration: underline; }"));
        row->addWidget(field, 1);
        row->addWidget(link);
        connect(link, &QPushButton::clicked, this, [this, how] {
            if (contactCustomer(this, m_db, m_customer.id, 0, how))
                reload();
        });
        return row;
    };
    profile->addRow(tr("Email"), contactRow(m_email, tr("Write…"), QStringLiteral("email")));
    profile->addRow(tr("Phone"), contactRow(m_phone, tr("Call"), QStringLiteral("phone")));
    profile->addRow(tr("Segment"), m_segment);
    profile->addRow(tr("First contact"), m_firstContact);
    profile->addRow(m_isCustomer, m_converted);
    profile->addRow(m_hasChurned, m_churned);
    profile->addRow(tr("Tags"), m_tags);
    profile->addRow(tr("Notes"), m_notes);
    profile->addRow(m_fieldsBox);
    profile->addRow(QString(), save);
    profile->addRow(QString(), m_message);
    auto* profileBox = new QWidget(this);
    profileBox->setLayout(profile);
    profileBox->setFixedWidth(400);
    body->addWidget(profileBox, 0, Qt::AlignTop);

    auto* right = new QVBoxLayout;
    m_scores = new charts::ChartPanel(this);
    m_scores->setMinimumHeight(200);
    m_scores->setMaximumHeight(240);
    m_timeline = new QTreeWidget(this);
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(true);
    m_timeline->header()->setStretchLastSection(true);
    m_timeline->setColumnWidth(0, 130);
    m_timeline->setColumnWidth(1, 300);
    right->addWidget(m_scores);
    right->addWidget(m_timeline, 1);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    connect(m_isCustomer, &QCheckBox::toggled, m_converted, &QWidget::setEnabled);
    connect(m_hasChurned, &QCheckBox::toggled, m_churned, &QWidget::setEnabled);
    connect(backButton, &QPushButton::clicked, this, &CustomerDetail::back);
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        if (!saveProfile(&error))
            m_message->setText(error);
    });
    connect(log, &QPushButton::clicked, this, [this] {
        emit logInteraction(m_customer.externalId.isEmpty()
                                ? m_customer.name
                                : m_customer.name + QStringLiteral(" — ") + m_customer.externalId);
    });
    connect(action, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString title = QInputDialog::getText(
            this, tr("Add action"), tr("What should be done for %1?").arg(m_customer.name),
            QLineEdit::Normal, QString(), &ok);
        QString error;
        if (ok && !title.trimmed().isEmpty() && !addAction(title.trimmed(), &error))
            QMessageBox::warning(this, tr("Add action"), error);
    });
}

bool CustomerDetail::exportData(const QString& path, QString* error)
{
    if (m_customer.externalId.isEmpty()) {
        *error = tr("This customer has no customer number; give them one in the profile first.");
        return false;
    }
    QJsonObject o;
    if (!exportCustomer(m_db.sql(), m_customer.externalId, &o, error))
        return false;
    return writePrivateFile(path, QJsonDocument(o).toJson(QJsonDocument::Indented), error);
}

bool CustomerDetail::erase(bool purge, QString* error)
{
    if (m_customer.externalId.isEmpty()) {
        *error = tr("This customer has no customer number; give them one in the profile first.");
        return false;
    }
    const QString question = tr("Erase %1?\n\nRemoved for good: the profile, the notes of their "
                                "interactions, their written survey "
                                "answers and their follow-up actions.\nKept without a name: their "
                                "scores and interactions, so the "
                                "figures keep their history.\n\nThis cannot be undone.")
                                 .arg(m_customer.name);
    if (!m_confirm(question))
        return false;
    EraseReport report;
    if (!eraseCustomer(m_db.sql(), m_customer.externalId, purge, &report, error))
        return false;
    m_undo->clear(); // nothing may bring the erased data back
    emit changed();
    emit erased();
    emit back();
    return true;
}

void CustomerDetail::show(qint64 customerId)
{
    const auto c = CustomerRepository(m_db.sql()).byId(customerId);
    if (!c)
        return;
    m_segment->clear();
    m_segment->addItems(CustomerRepository(m_db.sql()).segments());
    fill(*c);
    m_message->clear();
    reload();
}

void CustomerDetail::fill(const Customer& c)
{
    m_customer = c;
    m_name->setText(c.name);
    m_externalId->setText(c.externalId);
    m_email->setText(c.email);
    m_phone->setText(c.phone);
    m_segment->setCurrentText(c.segment);
    m_firstContact->setDate(c.firstContactOn.isValid() ? c.firstContactOn : clock::today());
    m_isCustomer->setChecked(c.convertedOn.isValid());
    m_converted->setEnabled(c.convertedOn.isValid());
    m_converted->setDate(c.convertedOn.isValid() ? c.convertedOn : clock::today());
    m_hasChurned->setChecked(c.churnedOn.isValid());
    m_churned->setEnabled(c.churnedOn.isValid());
    m_churned->setDate(c.churnedOn.isValid() ? c.churnedOn : clock::today());
    m_notes->setPlainText(c.notes);
    fillTagsAndFields(c.id);
    // What the fields show of the record, to tell an edit from a date the form filled in.
    m_shown = fromFields();
}

Customer CustomerDetail::fromFields() const
{
    Customer after = m_customer;
    after.name = m_name->text().trimmed();
    after.externalId = m_externalId->text().trimmed();
    after.email = m_email->text().trimmed();
    after.phone = m_phone->text().trimmed();
    after.segment = m_segment->currentText().trimmed();
    after.firstContactOn = m_firstContact->date();
    after.convertedOn = m_isCustomer->isChecked() ? m_converted->date() : QDate();
    after.churnedOn = m_hasChurned->isChecked() ? m_churned->date() : QDate();
    after.notes = m_notes->toPlainText().trimmed();
    return after;
}

void CustomerDetail::fillTagsAndFields(qint64 customerId)
{
    CustomerTags tags(m_db.sql());
    CustomerFields fields(m_db.sql());
    QStringList known;
    for (const TagCount& t : tags.all())
        known << t.tag;
    m_tags->setKnownTags(known);
    m_shownTags = tags.of(customerId);
    m_tags->setTags(m_shownTags);
    m_fields->setFields(fields.list());
    m_fieldsBox->setVisible(!m_fields->fields().isEmpty());
    // New editors change the profile's height; its form may have measured
    // the box before, while the profile was hidden behind the list.
    m_fieldsBox->layout()->invalidate();
    m_fieldsBox->parentWidget()->layout()->invalidate();
    m_fields->setValues(fields.values(customerId));
    m_shownValues = m_fields->values(); // of the fields that exist now
}

bool CustomerDetail::isModified() const
{
    return !CustomerRepository::differences(m_shown, fromFields()).isEmpty() ||
           !CustomerTags::same(m_shownTags, m_tags->tags()) || m_shownValues != m_fields->values();
}

void CustomerDetail::reload()
{
    const auto stored = CustomerRepository(m_db.sql()).byId(m_customer.id);
    // The profile follows the database (an undo, another window's save)
    // unless it holds edits not saved yet: those stay, and saving them then
    // asks about the other change.
    auto sentence = [](const QString& text) { return text.left(1).toUpper() + text.mid(1); };
    if (!stored)
        m_message->setText(sentence(deletedElsewhere(tr("this customer"))) + QLatin1Char('.'));
    else if (stored->rowVersion != m_customer.rowVersion) {
        if (!isModified())
            fill(*stored);
        else
            m_message->setText(
                sentence(changedElsewhere(
                    tr("this customer"), CustomerRepository::differences(m_customer, *stored),
                    stored->updatedAt,
                    stored->changedBy == personOf(m_db.sql()) ? QString() : stored->changedBy)) +
                tr(" — your changes here are not saved yet."));
    }
    // Fields added, renamed or removed in Settings show once nothing here is unsaved.
    if (stored && stored->rowVersion == m_customer.rowVersion && !isModified() &&
        CustomerFields(m_db.sql()).list() != m_fields->fields())
        fill(*stored);
    const Customer& c = stored ? *stored : m_customer;
    m_title->setText(c.name);
    // Who changed the record last, when someone did.
    m_title->setToolTip(
        c.changedBy.isEmpty()
            ? QString()
            : tr("Last changed by %1 at %2").arg(c.changedBy, describeWhen(c.updatedAt)));
    m_timeline->clear();
    for (const TimelineEntry& e : customerTimeline(m_db.sql(), m_customer.id)) {
        auto* item = new QTreeWidgetItem(
            m_timeline, {e.at.left(10) + QLatin1Char(' ') + e.at.mid(11, 5), e.title, e.detail});
        item->setToolTip(2, e.detail);
        if (e.kind == TimelineEntry::Action && e.detail.startsWith(QLatin1String("open")))
            item->setForeground(1, theme::bad());
    }
    if (m_timeline->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_timeline, {QString(), tr("Nothing recorded yet for this customer.")});

    charts::ChartSpec spec;
    spec.title = tr("%1's own scores").arg(c.name);
    spec.kind = charts::Kind::Line;
    // Each answer on its own scale: NPS 0–10 on the left, CSAT 1–5 on the
    // right, so a 4 of 5 does not look like a poor 4 of 10.
    spec.valueTitle = tr("NPS answer (0–10)");
    spec.min = 0;
    spec.max = 10;
    spec.second.title = tr("CSAT answer (1–5)");
    spec.second.min = 1;
    spec.second.max = 5;
    spec.emptyText = tr("%1 has not answered an NPS or CSAT question yet.").arg(c.name);
    charts::Series nps{tr("NPS (0–10)"), theme::accent(), {}},
        csat{tr("CSAT (1–5)"), theme::good(), {}};
    csat.secondScale = true;
    for (const ScorePoint& p : customerScores(m_db.sql(), m_customer.id)) {
        spec.categories << p.at.left(10);
        nps.values << (p.kind == QLatin1String("nps") ? p.value : std::nan(""));
        csat.values << (p.kind == QLatin1String("csat") ? p.value : std::nan(""));
    }
    spec.series.clear();
    for (const charts::Series& s : {nps, csat})
        if (std::any_of(s.values.begin(), s.values.end(), [](double v) { return !std::isnan(v); }))
            spec.series << s;
    // Only CSAT answers: their scale is the only one, on the left.
    if (spec.series.size() == 1 && spec.series[0].secondScale) {
        spec.series[0].secondScale = false;
        spec.valueTitle = spec.second.title;
        spec.min = spec.second.min;
        spec.max = spec.second.max;
    }
    m_scores->setChart(spec);
}

bool CustomerDetail::saveProfile(QString* error)
{
    m_tags->addTyped(); // a tag typed without Enter is saved too
    Customer after = fromFields();
    if (after.name.isEmpty()) {
        *error = tr("A customer needs a name.");
        return false;
    }
    if (after.churnedOn.isValid() &&
        (!after.convertedOn.isValid() || after.churnedOn < after.convertedOn)) {
        *error = tr("A customer can only leave after becoming a customer: check the two dates.");
        return false;
    }
    if (after.convertedOn.isValid() && after.firstContactOn.isValid() &&
        after.convertedOn < after.firstContactOn) {
        *error = tr("The customer became one before the first contact: check the two dates.");
        return false;
    }
    // Saved elsewhere since the profile was read? Ask before writing over it.
    Customer before = m_customer;
    edits::CustomerProfile beforeProfile{m_customer, m_shownTags, m_shownValues};
    edits::CustomerProfile afterProfile{after, m_tags->tags(), m_fields->values()};
    const auto stored = CustomerRepository(m_db.sql()).byId(m_customer.id);
    if (!stored) {
        *error = tr("The profile was not saved: %1.")
                     .arg(deletedElsewhere(tr("the customer “%1”").arg(m_customer.name)));
        return false;
    }
    if (stored->rowVersion != m_customer.rowVersion) {
        const QString message = changedElsewhere(
            tr("the customer “%1”").arg(m_customer.name),
            CustomerRepository::differences(m_customer, *stored), stored->updatedAt);
        switch (m_conflict(tr("Save profile"), message)) {
        case ConflictChoice::Reload:
            fill(*stored);
            reload();
            *error = tr("Reloaded: this is the profile as it was saved elsewhere.");
            return false;
        case ConflictChoice::KeepEditing:
            *error = tr("Not saved yet: %1.").arg(message);
            return false;
        case ConflictChoice::SaveMine: {
            // What was changed here goes on top of their version; the rest stays theirs.
            before = *stored; // undo brings their version back
            after = CustomerRepository::merged(m_shown, after, *stored);
            const QStringList theirTags = CustomerTags(m_db.sql()).of(m_customer.id);
            const FieldValues theirValues = CustomerFields(m_db.sql()).values(m_customer.id);
            beforeProfile = {before, theirTags, theirValues};
            afterProfile.customer = after;
            if (CustomerTags::same(m_shownTags, afterProfile.tags))
                afterProfile.tags = theirTags;
            // Each field changed here goes on top of theirs.
            FieldValues values = theirValues;
            for (const CustomerField& f : m_fields->fields()) {
                const QString mine = afterProfile.values.value(f.id);
                if (mine == m_shownValues.value(f.id))
                    continue;
                if (mine.isEmpty())
                    values.remove(f.id);
                else
                    values.insert(f.id, mine);
            }
            afterProfile.values = values;
            break;
        }
        }
    }
    QString why;
    if (!m_undo->run(edits::changeCustomerProfile(beforeProfile, afterProfile,
                                                  [this] {
                                                      reload();
                                                      emit changed();
                                                  }),
                     &why)) {
        *error = tr("The profile was not saved: %1.").arg(why);
        return false;
    }
    after.rowVersion = before.rowVersion + 1;
    fill(after);
    m_message->setText(tr("Saved."));
    return true;
}

bool CustomerDetail::addAction(const QString& title, QString* error)
{
    Action a;
    a.customerId = m_customer.id;
    a.title = title;
    a.createdAt = formatTimestamp(clock::now());
    a.dueOn = clock::today().addDays(FollowUp(m_db.sql()).dueDays());
    return m_undo->run(edits::addAction(a,
                                        [this] {
                                            reload();
                                            emit changed();
                                        }),
                       error);
}

void CustomerDetail::setEraseAllowed(bool allowed)
{
    m_erase->setVisible(allowed);
}

} // namespace cx
