#pragma once

// File → Connect to a server… and File → Move this database to a server…:
// the connection's host, port, database, user and TLS mode, and the
// connections saved before, to pick one again.

#include "ui/server/serverprofiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace cx {

class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Connect, // open a database on a server
        Move     // copy the open file's data into one (`fileName` names the file)
    };
    ConnectDialog(const QVector<ServerProfile>& saved, Mode mode, QWidget* parent = nullptr,
                  const QString& fileName = {});

    ServerProfile profile() const;
    void setProfile(const ServerProfile& profile);
    QListWidget* savedList() const { return m_saved; }
    QLineEdit* hostField() const { return m_host; }
    QLineEdit* databaseField() const { return m_database; }
    QLineEdit* userField() const { return m_user; }
    QComboBox* tlsField() const { return m_tls; }
    QSpinBox* portField() const { return m_port; }
    QPushButton* okButton() const { return m_ok; }

    // The libpq sslmodes in plain words, in the order the list shows them.
    static QVector<QPair<QString, QString>> tlsModes();

private:
    void pick(int row);
    void forget();
    void updateButtons();

    QVector<ServerProfile> m_profiles;
    QListWidget* m_saved = nullptr;
    QPushButton* m_forget = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_tls = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace cx
