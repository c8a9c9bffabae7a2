#pragma once

// Settings → Team, on a server and for an owner: the accounts of the
// business with their roles (added and removed at once, on the server), and
// what each kiosk reported of the answers it holds after an outage.

#include "ui/settingstab.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace cx {

class Database;

class TeamTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit TeamTab(Database& db, QWidget* parent = nullptr);

    // Accounts are written when added or removed, not with the dialog.
    QStringList changedElsewhere() override { return {}; }
    void reload() override;
    void rebase() override {}
    [[nodiscard]] bool save(QString*) override { return true; }

    QTableWidget* members() const { return m_members; }
    QTableWidget* kiosks() const { return m_kiosks; }
    // Adds an account as the Add… dialog does; false with the message shown.
    bool addAccount(const QString& name, int roleIndex, const QString& password, QString* error);

private:
    void addChosen();
    void removeChosen();
    Database& m_db;
    QTableWidget* m_members;
    QTableWidget* m_kiosks;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace cx
