#include "ui/server/connectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cx {

QVector<QPair<QString, QString>> ConnectDialog::tlsModes()
{
    return {
        {QStringLiteral("disable"), tr("Off (never encrypted)")},
        {QStringLiteral("allow"), tr("Allow (encrypted only if the server insists)")},
        {QStringLiteral("prefer"), tr("Prefer (encrypted when the server offers it)")},
        {QStringLiteral("require"), tr("Require (encrypted)")},
        {QStringLiteral("verify-ca"), tr("Verify certificate (encrypted, trusted certificate)")},
        {QStringLiteral("verify-full"),
         tr("Verify certificate and name (encrypted, trusted certificate of this host)")}};
}

ConnectDialog::ConnectDialog(const QVector<ServerProfile>& saved, Mode mode, QWidget* parent,
                             const QString& fileName)
    : QDialog(parent), m_profiles(saved)
{
    setWindowTitle(mode == Mode::Move ? tr("Move this database to a server")
                                      : tr("Connect to a server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        mode == Mode::Move
            ? tr("The data of %1 is copied into a database on a PostgreSQL server, where the "
                 "whole team can work on it. The file itself stays as it is.")
                  .arg(fileName)
            : tr("Work on a CX Desk database on a PostgreSQL server, shared by the team. The "
                 "password comes from the system keychain or ~/.pgpass; CX Desk asks for it when "
                 "the server wants one."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addSpacing(8);

    if (!m_profiles.isEmpty()) {
        layout->addWidget(new QLabel(tr("Saved connections"), this));
        auto* row = new QHBoxLayout;
        m_saved = new QListWidget(this);
        m_saved->setObjectName(QStringLiteral("savedConnections"));
        for (const ServerProfile& p : std::as_const(m_profiles))
            m_saved->addItem(p.displayName());
        m_saved->setMaximumHeight(110);
        row->addWidget(m_saved, 1);
        m_forget = new QPushButton(tr("Forget"), this);
        m_forget->setToolTip(tr("Removes the saved connection (the database stays on the server)"));
        auto* side = new QVBoxLayout;
        side->addWidget(m_forget);
        side->addStretch(1);
        row->addLayout(side);
        layout->addLayout(row);
        layout->addSpacing(8);
        connect(m_saved, &QListWidget::currentRowChanged, this, &ConnectDialog::pick);
        connect(m_forget, &QPushButton::clicked, this, &ConnectDialog::forget);
    }

    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("for example: Shop server"));
    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(tr("empty: this computer"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // five digits, not a line
    m_database = new QLineEdit(this);
    m_database->setPlaceholderText(QStringLiteral("cxdesk"));
    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("empty: your login name"));
    m_tls = new QComboBox(this);
    for (const auto& [sslMode, words] : tlsModes())
        m_tls->addItem(words, sslMode);
    m_tls->setCurrentIndex(m_tls->findData(QStringLiteral("prefer")));
    form->addRow(tr("Connection name"), m_name);
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Database"), m_database);
    form->addRow(tr("User"), m_user);
    form->addRow(tr("Encryption (TLS)"), m_tls);
    layout->addLayout(form);
    layout->addSpacing(4);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(mode == Mode::Move ? tr("Move…") : tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateButtons);
    if (m_saved)
        m_saved->setCurrentRow(0);
    updateButtons();
    setMinimumWidth(520);
}

ServerProfile ConnectDialog::profile() const
{
    ServerProfile p;
    p.name = m_name->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_tls->currentData().toString();
    return p;
}

void ConnectDialog::setProfile(const ServerProfile& p)
{
    m_name->setText(p.name);
    m_host->setText(p.host);
    m_port->setValue(p.port);
    m_database->setText(p.database);
    m_user->setText(p.user);
    const int tls = m_tls->findData(p.sslMode.isEmpty() ? QStringLiteral("prefer") : p.sslMode);
    m_tls->setCurrentIndex(std::max(0, tls));
}

void ConnectDialog::pick(int row)
{
    if (row >= 0 && row < m_profiles.size())
        setProfile(m_profiles[row]);
    updateButtons();
}

void ConnectDialog::forget()
{
    const int row = m_saved->currentRow();
    if (row < 0 || row >= m_profiles.size())
        return;
    forgetServerProfile(m_profiles[row].key());
    m_profiles.removeAt(row);
    delete m_saved->takeItem(row);
    updateButtons();
}

void ConnectDialog::updateButtons()
{
    m_ok->setEnabled(!m_database->text().trimmed().isEmpty());
    if (m_forget)
        m_forget->setEnabled(m_saved->currentRow() >= 0);
}

} // namespace cx
