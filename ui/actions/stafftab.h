#pragma once

// Settings → Staff: the names follow-ups are given to and notes are signed
// with, in the order the lists offer them (core/actions/staff.h).

#include "core/storage/settings.h"
#include "ui/settingstab.h"

class QListWidget;

namespace cx {

class Database;

class StaffTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit StaffTab(Database& db, QWidget* parent = nullptr);

    QStringList names() const;
    // What the buttons do, for the keyboard and for tests. Each returns false
    // (and changes nothing) when the name is empty, already there or the row
    // does not exist.
    bool addName(const QString& name);
    bool renameAt(int row, const QString& name);
    bool removeAt(int row);
    bool moveBy(int row, int offset);
    QListWidget* list() const { return m_list; }

    QStringList changedElsewhere() override;
    void reload() override;
    void rebase() override;
    [[nodiscard]] bool save(QString* error) override;
    void saved() override;

private:
    bool taken(const QString& name, int except) const;

    Database& m_db;
    Setting m_seen;
    QStringList m_shown; // what the list showed when it was filled
    QListWidget* m_list = nullptr;
};

} // namespace cx
