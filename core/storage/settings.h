#pragma once

// The business's settings, kept in the database so every window and program
// on it shares them: the name and logo printed on forms and reports, when
// follow-ups fall due, and the kiosk PIN. Each carries a row version like
// any record a person edits, so a Settings dialog never writes over a value
// someone else saved after it opened.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace cx {

namespace settingkeys {
inline const char* const BusinessName = "business_name";
inline const char* const BusinessLogo = "business_logo";
inline const char* const FollowUpDays = "follow_up_days";
inline const char* const KioskPin = "kiosk_pin";
// The language the customers' sort keys follow (see core/customers/customerkeys.h).
inline const char* const NameOrder = "name_order";
// The messages of core/contact/messagetemplates.h; empty or absent: the default text.
inline const char* const MessageApologySubject = "message_apology_subject";
inline const char* const MessageApologyBody = "message_apology_body";
inline const char* const MessageThankYouSubject = "message_thankyou_subject";
inline const char* const MessageThankYouBody = "message_thankyou_body";
inline const char* const MessageInvitationSubject = "message_invitation_subject";
inline const char* const MessageInvitationBody = "message_invitation_body";
// The staff names follow-ups are given to, one a line (see core/actions/staff.h).
inline const char* const Staff = "staff";
} // namespace settingkeys

struct Setting
{
    QString value;
    int rowVersion = 0; // 0: not stored yet
    QString updatedAt;
};

class SettingsRepository
{
public:
    explicit SettingsRepository(QSqlDatabase& db);

    Setting get(const char* key);
    // Stores the value. With `seen`, only while the stored setting is still
    // as it was read (the same version, or still absent); otherwise nothing
    // changes and *error says that `label` was changed elsewhere, and when.
    [[nodiscard]] bool set(const char* key, const QString& value, QString* error,
                           const Setting* seen = nullptr, const QString& label = QString());

private:
    QSqlDatabase& m_db;
};

// The business's name as forms and reports print it ("Our business" until
// the owner gives one).
QString businessName(QSqlDatabase& db);
[[nodiscard]] bool setBusinessName(QSqlDatabase& db, const QString& name, QString* error,
                                   const Setting* seen = nullptr);
// The business's logo as image file bytes (PNG or JPEG), for reports; empty: none.
QByteArray businessLogo(QSqlDatabase& db);
[[nodiscard]] bool setBusinessLogo(QSqlDatabase& db, const QByteArray& image, QString* error,
                                   const Setting* seen = nullptr);

} // namespace cx
