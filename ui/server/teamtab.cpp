#include "ui/server/teamtab.h"

#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/storage/team.h"
#include "core/surveys/kioskqueue.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cx {

namespace {

const TeamRole kRoles[] = {TeamRole::Staff, TeamRole::Counter, TeamRole::Owner};

QString roleHelp(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return TeamTab::tr("everything, accounts and settings included");
    case TeamRole::Staff:
        return TeamTab::tr("customers, interactions, follow-ups, surveys and reports");
    case TeamRole::Counter:
        return TeamTab::tr("a kiosk: takes survey answers, reads nothing else");
    }
    return {};
}

QTableWidget* table(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

} // namespace

TeamTab::TeamTab(Database& db, QWidget* parent) : SettingsTab(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("Each person logs in to the server with their own account. The server itself "
                      "allows each account only what its role may do."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_members = table({tr("Account"), tr("Role"), tr("May")}, this);
    m_members->setObjectName(QStringLiteral("teamMembers"));
    layout->addWidget(m_members, 2);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #9a3412;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    auto* kioskTitle = new QLabel(tr("<b>Kiosks</b> — answers taken while the server was away "
                                     "wait on the kiosk until it is back"),
                                  this);
    kioskTitle->setWordWrap(true);
    layout->addWidget(kioskTitle);
    m_kiosks = table({tr("Kiosk"), tr("Computer"), tr("Waiting"), tr("Since"),
                      tr("Sent after outages"), tr("Last report")},
                     this);
    m_kiosks->setObjectName(QStringLiteral("teamKiosks"));
    layout->addWidget(m_kiosks, 1);
    connect(add, &QPushButton::clicked, this, &TeamTab::addChosen);
    connect(m_remove, &QPushButton::clicked, this, &TeamTab::removeChosen);
    connect(m_members, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_members->selectedItems().isEmpty()); });
    reload();
}

void TeamTab::reload()
{
    QString error;
    QVector<TeamMember> members;
    const bool ok = teamMembers(m_db.sql(), &members, &error);
    m_members->setRowCount(0);
    for (const TeamMember& m : members) {
        const int row = m_members->rowCount();
        m_members->insertRow(row);
        m_members->setItem(row, 0, new QTableWidgetItem(m.name));
        m_members->setItem(row, 1, new QTableWidgetItem(teamRoleTitle(m.role)));
        m_members->setItem(row, 2, new QTableWidgetItem(roleHelp(m.role)));
    }
    m_members->resizeColumnsToContents();
    m_problem->setVisible(!ok);
    m_problem->setText(ok ? QString() : error);

    m_kiosks->setRowCount(0);
    QVector<KioskReport> kiosks;
    if (kioskReports(m_db.sql(), &kiosks, &error))
        for (const KioskReport& k : kiosks) {
            const int row = m_kiosks->rowCount();
            m_kiosks->insertRow(row);
            m_kiosks->setItem(row, 0, new QTableWidgetItem(k.login));
            m_kiosks->setItem(row, 1, new QTableWidgetItem(k.host));
            auto* waiting = new QTableWidgetItem(QString::number(k.queued));
            waiting->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_kiosks->setItem(row, 2, waiting);
            m_kiosks->setItem(row, 3, new QTableWidgetItem(describeWhen(k.oldestAt)));
            auto* sent = new QTableWidgetItem(QString::number(k.sent));
            sent->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_kiosks->setItem(row, 4, sent);
            m_kiosks->setItem(row, 5, new QTableWidgetItem(describeWhen(k.reportedAt)));
        }
    m_kiosks->resizeColumnsToContents();
}

bool TeamTab::addAccount(const QString& name, int roleIndex, const QString& password,
                         QString* error)
{
    if (roleIndex < 0 || roleIndex >= int(std::size(kRoles))) {
        *error = tr("choose a role");
        return false;
    }
    if (!addTeamMember(m_db.sql(), name.trimmed(), kRoles[roleIndex], password, error))
        return false;
    reload();
    return true;
}

void TeamTab::addChosen()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add an account"));
    auto* form = new QFormLayout(&dialog);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("e.g. ben or kiosk1"));
    auto* role = new QComboBox(&dialog);
    for (TeamRole r : kRoles)
        role->addItem(QStringLiteral("%1 — %2").arg(teamRoleTitle(r), roleHelp(r)));
    auto* password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    auto* again = new QLineEdit(&dialog);
    again->setEchoMode(QLineEdit::Password);
    auto* problem = new QLabel(&dialog);
    problem->setWordWrap(true);
    problem->setStyleSheet(QStringLiteral("color: #9a3412;"));
    form->addRow(tr("&Account name"), name);
    form->addRow(tr("&Role"), role);
    form->addRow(tr("&Password"), password);
    form->addRow(tr("The same &again"), again);
    form->addRow(problem);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    box->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        if (password->text() != again->text()) {
            problem->setText(tr("The two passwords differ."));
            return;
        }
        QString error;
        if (!addAccount(name->text(), role->currentIndex(), password->text(), &error)) {
            // What was typed stays, to be corrected.
            problem->setText(error.left(1).toUpper() + error.mid(1) + QLatin1Char('.'));
            return;
        }
        dialog.accept();
    });
    dialog.exec();
}

void TeamTab::removeChosen()
{
    const int row = m_members->currentRow();
    if (row < 0)
        return;
    const QString name = m_members->item(row, 0)->text();
    if (QMessageBox::question(this, tr("Remove an account"),
                              tr("Remove the account “%1”? They can no longer log in. What they "
                                 "entered stays, with their name on it.")
                                  .arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    QString error;
    if (!removeTeamMember(m_db.sql(), name, &error)) {
        QMessageBox::warning(this, tr("Remove an account"),
                             error.left(1).toUpper() + error.mid(1) + QLatin1Char('.'));
        return;
    }
    reload();
}

} // namespace cx
