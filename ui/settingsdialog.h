#pragma once

// Edit → Settings: the business's name and logo, when follow-ups fall due,
// the language and a new kiosk PIN, and a tab for each further group of
// settings (ui/settingstab.h). The business settings live in the
// database, shared by every window and program on it; a save that would
// write over one changed elsewhere since the dialog opened asks first, and
// nothing typed is lost by a refused save: the dialog stays open.

#include "core/storage/settings.h"
#include "ui/widgets/conflictprompt.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QSpinBox;
class QComboBox;
class QTabWidget;

namespace cx {

class Database;
class SettingsTab;

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Database& db, QWidget* parent = nullptr);

    // Writes what changed, all of it or nothing; false (with the reason in
    // the dialog) when it was refused. OK calls it and closes only on success.
    bool save();
    void accept() override;
    // Whether the language chosen differs from the one in use before.
    bool languageChanged() const { return m_languageChanged; }

    // Asked what to do when a setting changed here was saved elsewhere
    // meanwhile (title, message); the default asks in a dialog.
    void setConflictChoice(std::function<ConflictChoice(const QString&, const QString&)> choose)
    {
        m_conflict = std::move(choose);
    }

    QLineEdit* businessName() const { return m_business; }
    QSpinBox* followUpDays() const { return m_days; }
    QLineEdit* kioskPin() const { return m_pin; }
    QLineEdit* kioskPinAgain() const { return m_pinAgain; }
    QLabel* problem() const { return m_problem; }
    QTabWidget* tabs() const { return m_tabs; }
    // Adds a tab, saved with the rest.
    void addTab(SettingsTab* tab, const QString& title);
    void setLogo(const QByteArray& image); // as Choose… does

private:
    void load(bool all);
    void showLogo();

    Database& m_db;
    // The business settings as read when the dialog opened (or reloaded).
    Setting m_seenName, m_seenLogo, m_seenDays, m_seenPin;
    QString m_shownName; // what the fields showed when they were filled
    int m_shownDays = 0;
    QByteArray m_logo;
    bool m_logoChanged = false;
    bool m_languageChanged = false;
    std::function<ConflictChoice(const QString&, const QString&)> m_conflict;
    QLineEdit* m_business = nullptr;
    QLabel* m_logoPreview = nullptr;
    QSpinBox* m_days = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_pin = nullptr;
    QLineEdit* m_pinAgain = nullptr;
    QLabel* m_problem = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<SettingsTab*> m_extraTabs;
};

} // namespace cx
