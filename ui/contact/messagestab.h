#pragma once

// Settings → Messages: the apology, thank-you and survey invitation that
// "Write…" puts in the mail program, each a subject and a text with
// placeholders, previewed for a sample customer as it will read.

#include "core/contact/messagetemplates.h"
#include "core/storage/settings.h"
#include "ui/settingstab.h"

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace cx {

class Database;

class MessagesTab : public SettingsTab
{
    Q_OBJECT
public:
    explicit MessagesTab(Database& db, QWidget* parent = nullptr);

    QStringList changedElsewhere() override;
    void reload() override;
    void rebase() override;
    [[nodiscard]] bool save(QString* error) override;
    void saved() override;

    // Shows that message's subject and text for editing.
    void setKind(MessageKind kind);
    MessageKind kind() const;
    // Puts the current message's default text back in the fields (saved with the rest).
    void resetToDefault();
    // Types the placeholder where the cursor was last, in the subject or the text.
    void insertPlaceholder(const QString& token);

    QComboBox* kindChoice() const { return m_kind; }
    QLineEdit* subjectField() const { return m_subject; }
    QPlainTextEdit* bodyField() const { return m_body; }
    QListWidget* placeholders() const { return m_placeholders; }
    QPlainTextEdit* preview() const { return m_preview; }
    QLabel* warning() const { return m_warning; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // A subject or a text of one message: as stored when read, as the
    // fields showed it then, and as edited.
    struct Part
    {
        Setting seen;
        QString shown;
        QString edit;
    };
    Part& part(MessageKind kind, bool body) { return m_parts[size_t(kind)][body ? 1 : 0]; }
    QString label(MessageKind kind, bool body) const;
    void read(bool keepEdits);
    void showFields();
    void takeFields();
    void updatePreview();

    Database& m_db;
    std::array<std::array<Part, 2>, 3> m_parts;
    MessageKind m_current = MessageKind::Apology;
    bool m_filling = false;
    QWidget* m_lastField = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_warning = nullptr;
};

} // namespace cx
