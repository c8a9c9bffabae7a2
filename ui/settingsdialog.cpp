#include "ui/settingsdialog.h"

#include "core/actions/followup.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/storage/settings.h"
#include "core/storage/team.h"
#include "core/surveys/kioskpin.h"
#include "ui/actions/stafftab.h"
#include "ui/contact/messagestab.h"
#include "ui/customers/customerfieldstab.h"
#include "ui/server/teamtab.h"
#include "ui/settingstab.h"
#include "ui/surveys/kiosk/kioskpindialog.h"
#include "ui/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cx {

SettingsDialog::SettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message);
    };
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    auto* business = new QWidget(m_tabs);
    m_tabs->addTab(business, tr("&Business"));
    auto* form = new QFormLayout(business);
    m_business = new QLineEdit(this);
    m_business->setMaxLength(80);
    form->addRow(tr("&Business name"), m_business);
    form->addRow(
        new QLabel(tr("Shown on the kiosk and printed on paper forms and reports."), this));
    // The logo printed at the top of every report page, kept in the database.
    auto* logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(this);
    m_logoPreview->setFixedSize(96, 48);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    m_logoPreview->setFrameShape(QFrame::StyledPanel);
    auto* chooseLogo = new QPushButton(tr("Choose…"), this);
    auto* removeLogo = new QPushButton(tr("Remove"), this);
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch();
    form->addRow(tr("Logo on reports"), logoRow);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Choose a logo"), QDir::homePath(), tr("Pictures (*.png *.jpg *.jpeg)"));
        if (file.isEmpty())
            return;
        QFile f(file);
        const QByteArray bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        if (QImage::fromData(bytes).isNull()) {
            QMessageBox::warning(
                this, tr("Logo"),
                tr("'%1' is not a PNG or JPEG picture.").arg(QDir::toNativeSeparators(file)));
            return;
        }
        setLogo(bytes);
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] { setLogo(QByteArray()); });
    m_days = new QSpinBox(this);
    m_days->setRange(0, 365);
    m_days->setSuffix(tr(" days"));
    form->addRow(tr("&Follow-up actions are due after"), m_days);
    auto* hint = new QLabel(
        tr("A detractor (NPS 0–6), a CSAT of 1–2 or a complaint opens a follow-up action "
           "due this many days later."),
        this);
    hint->setWordWrap(true);
    form->addRow(hint);
    m_language = new QComboBox(this);
    m_language->addItem(tr("As the system (%1)").arg(systemLanguageName()), QString());
    for (const QString& code : availableLanguages())
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(savedLanguage())));
    form->addRow(tr("&Language"), m_language);
    form->addRow(new QLabel(tr("The language applies from the next start of CX Desk."), this));
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,8}")), m_pin));
    form->addRow(tr("New &kiosk PIN"), m_pin);
    // Typed twice: a slip of the finger would lock staff out of the kiosk.
    m_pinAgain = new QLineEdit(this);
    m_pinAgain->setEchoMode(QLineEdit::Password);
    m_pinAgain->setMaxLength(8);
    m_pinAgain->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,8}")), m_pinAgain));
    form->addRow(tr("&Repeat the PIN"), m_pinAgain);
    form->addRow(new QLabel(tr("4 to 8 digits; staff enter it to leave the counter kiosk."), this));
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load(true);
    addTab(new StaffTab(m_db), tr("&Staff"));
    addTab(new CustomerFieldsTab(m_db, this), tr("Customer &fields"));
    addTab(new MessagesTab(db, this), tr("&Messages"));
    if (QString ignored; db.isServer() && teamRole(db.sql(), &ignored) == TeamRole::Owner)
        addTab(new TeamTab(db, this), tr("&Team"));
}

void SettingsDialog::addTab(SettingsTab* tab, const QString& title)
{
    tab->setParent(m_tabs);
    m_tabs->addTab(tab, title);
    m_extraTabs << tab;
}

void SettingsDialog::load(bool all)
{
    SettingsRepository settings(m_db.sql());
    m_seenName = settings.get(settingkeys::BusinessName);
    m_seenLogo = settings.get(settingkeys::BusinessLogo);
    m_seenDays = settings.get(settingkeys::FollowUpDays);
    m_seenPin = settings.get(settingkeys::KioskPin);
    if (!all)
        return;
    m_shownName = cx::businessName(m_db.sql());
    m_shownDays = FollowUp(m_db.sql()).dueDays();
    m_business->setText(m_shownName);
    m_logo = businessLogo(m_db.sql());
    m_logoChanged = false;
    showLogo();
    m_days->setValue(m_shownDays);
    m_pin->clear();
    m_pinAgain->clear();
    m_pin->setPlaceholderText(
        m_seenPin.value.isEmpty() ? tr("Not set yet") : tr("Leave empty to keep the current PIN"));
}

void SettingsDialog::setLogo(const QByteArray& image)
{
    m_logo = image;
    m_logoChanged = true;
    showLogo();
}

void SettingsDialog::showLogo()
{
    const QImage image = QImage::fromData(m_logo);
    if (image.isNull())
        m_logoPreview->setText(tr("none"));
    else
        m_logoPreview->setPixmap(QPixmap::fromImage(image.scaled(
            m_logoPreview->size() - QSize(4, 4), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

bool SettingsDialog::save()
{
    const QString name = m_business->text().trimmed();
    // Only what was changed here is written.
    const bool nameChanged = !name.isEmpty() && name != m_shownName;
    const bool daysChanged = m_days->value() != m_shownDays;
    const bool pinChanged = !m_pin->text().isEmpty() || !m_pinAgain->text().isEmpty();
    if (pinChanged && m_pin->text() != m_pinAgain->text()) {
        m_problem->setText(KioskPinDialog::differ());
        m_pinAgain->clear();
        m_pinAgain->setFocus();
        return false;
    }
    // What this dialog would write over: a setting it changes that was saved elsewhere since it
    // opened.
    SettingsRepository settings(m_db.sql());
    struct Check
    {
        bool changed;
        const char* key;
        Setting* seen;
        QString label;
    };
    const Check checks[] = {
        {nameChanged, settingkeys::BusinessName, &m_seenName, tr("the business name")},
        {m_logoChanged, settingkeys::BusinessLogo, &m_seenLogo, tr("the logo")},
        {daysChanged, settingkeys::FollowUpDays, &m_seenDays, tr("when follow-ups are due")},
        {pinChanged, settingkeys::KioskPin, &m_seenPin, tr("the kiosk PIN")}};
    QStringList elsewhere;
    for (const Check& c : checks) {
        const Setting stored = settings.get(c.key);
        if (c.changed && stored.rowVersion != c.seen->rowVersion)
            elsewhere << changedElsewhere(c.label, {}, stored.updatedAt);
    }
    for (SettingsTab* tab : std::as_const(m_extraTabs))
        elsewhere << tab->changedElsewhere();
    if (!elsewhere.isEmpty()) {
        const QString message = elsewhere.join(QStringLiteral("; "));
        switch (m_conflict(tr("Settings"), message)) {
        case ConflictChoice::Reload:
            load(true);
            for (SettingsTab* tab : std::as_const(m_extraTabs))
                tab->reload();
            m_problem->setText(
                tr("Reloaded: these are the settings as they were saved elsewhere."));
            return false;
        case ConflictChoice::KeepEditing:
            m_problem->setText(tr("Not saved yet: %1.").arg(message));
            return false;
        case ConflictChoice::SaveMine:
            load(false); // over their values: what is stored now is what this save expects
            for (SettingsTab* tab : std::as_const(m_extraTabs))
                tab->rebase();
            break;
        }
    }
    QString error;
    Transaction tx(m_db.sql());
    const auto tabsSaved = [&] {
        for (SettingsTab* tab : std::as_const(m_extraTabs))
            if (!tab->save(&error)) {
                m_tabs->setCurrentWidget(tab);
                return false;
            }
        return true;
    };
    const bool ok =
        tx.isActive() && (!nameChanged || setBusinessName(m_db.sql(), name, &error, &m_seenName)) &&
        (!m_logoChanged || setBusinessLogo(m_db.sql(), m_logo, &error, &m_seenLogo)) &&
        (!daysChanged || FollowUp(m_db.sql()).setDueDays(m_days->value(), &error, &m_seenDays)) &&
        (!pinChanged || setKioskPin(m_db.sql(), m_pin->text(), &error, &m_seenPin)) &&
        tabsSaved() && tx.commit(&error);
    if (!ok) {
        m_problem->setText(tr("Nothing was saved: %1.").arg(error.isEmpty() ? tx.error() : error));
        return false;
    }
    if (m_language->currentData().toString() != savedLanguage()) {
        saveLanguage(m_language->currentData().toString());
        m_languageChanged = true;
    }
    load(false);
    for (SettingsTab* tab : std::as_const(m_extraTabs))
        tab->saved();
    m_shownName = name.isEmpty() ? m_shownName : name;
    m_shownDays = m_days->value();
    m_logoChanged = false;
    m_pin->clear();
    m_problem->clear();
    return true;
}

void SettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace cx
