#include "ui/actions/stafftab.h"

#include "core/actions/staff.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

StaffTab::StaffTab(Database& db, QWidget* parent) : SettingsTab(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("The people follow-ups are given to and notes are signed with, in "
                                "the order the lists show them. Renaming someone here does not "
                                "change the follow-ups they already own."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* row = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Staff"));
    row->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    auto* add = new QPushButton(tr("&Add…"), this);
    auto* rename = new QPushButton(tr("Re&name…"), this);
    auto* remove = new QPushButton(tr("&Remove"), this);
    auto* up = new QPushButton(tr("Move &up"), this);
    auto* down = new QPushButton(tr("Move &down"), this);
    for (QPushButton* b : {add, rename, remove, up, down}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    row->addLayout(buttons);
    layout->addLayout(row, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Add a person"), tr("Name:"),
                                                   QLineEdit::Normal, {}, &ok);
        if (ok && addName(name))
            m_list->setCurrentRow(m_list->count() - 1);
    });
    auto renameCurrent = [this] {
        const int r = m_list->currentRow();
        if (r < 0)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename"), tr("Name:"),
                                                   QLineEdit::Normal, m_list->item(r)->text(), &ok);
        if (ok)
            renameAt(r, name);
    };
    connect(rename, &QPushButton::clicked, this, renameCurrent);
    connect(m_list, &QListWidget::itemDoubleClicked, this, renameCurrent);
    connect(remove, &QPushButton::clicked, this, [this] { removeAt(m_list->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this] {
        const int r = m_list->currentRow();
        if (moveBy(r, -1))
            m_list->setCurrentRow(r - 1);
    });
    connect(down, &QPushButton::clicked, this, [this] {
        const int r = m_list->currentRow();
        if (moveBy(r, 1))
            m_list->setCurrentRow(r + 1);
    });
    reload();
}

QStringList StaffTab::names() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

bool StaffTab::taken(const QString& name, int except) const
{
    for (int i = 0; i < m_list->count(); ++i)
        if (i != except && m_list->item(i)->text().compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

bool StaffTab::addName(const QString& name)
{
    const QString n = name.simplified();
    if (n.isEmpty() || taken(n, -1))
        return false;
    m_list->addItem(n);
    return true;
}

bool StaffTab::renameAt(int row, const QString& name)
{
    const QString n = name.simplified();
    if (row < 0 || row >= m_list->count() || n.isEmpty() || taken(n, row))
        return false;
    m_list->item(row)->setText(n);
    return true;
}

bool StaffTab::removeAt(int row)
{
    if (row < 0 || row >= m_list->count())
        return false;
    delete m_list->takeItem(row);
    return true;
}

bool StaffTab::moveBy(int row, int offset)
{
    const int to = row + offset;
    if (row < 0 || row >= m_list->count() || to < 0 || to >= m_list->count())
        return false;
    m_list->insertItem(to, m_list->takeItem(row));
    return true;
}

QStringList StaffTab::changedElsewhere()
{
    const Setting stored = SettingsRepository(m_db.sql()).get(settingkeys::Staff);
    if (names() == m_shown || stored.rowVersion == m_seen.rowVersion)
        return {};
    return {cx::changedElsewhere(tr("the staff list"), {}, stored.updatedAt)};
}

void StaffTab::reload()
{
    m_seen = SettingsRepository(m_db.sql()).get(settingkeys::Staff);
    m_shown = parseStaffNames(m_seen.value);
    m_list->clear();
    m_list->addItems(m_shown);
}

void StaffTab::rebase()
{
    m_seen = SettingsRepository(m_db.sql()).get(settingkeys::Staff);
}

bool StaffTab::save(QString* error)
{
    if (names() == m_shown)
        return true;
    return setStaffNames(m_db.sql(), names(), error, &m_seen);
}

void StaffTab::saved()
{
    m_seen = SettingsRepository(m_db.sql()).get(settingkeys::Staff);
    m_shown = names();
}

} // namespace cx
