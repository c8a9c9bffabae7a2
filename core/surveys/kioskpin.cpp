#include "core/surveys/kioskpin.h"

#include "core/common/text.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <algorithm>

namespace cx {

namespace {

QString storedPin(QSqlDatabase& db)
{
    return SettingsRepository(db).get(settingkeys::KioskPin).value;
}

QString pinHash(const QString& salt, const QString& pin)
{
    return QString::fromLatin1(QCryptographicHash::hash((salt + QLatin1Char(':') + pin).toUtf8(),
                                                        QCryptographicHash::Sha256)
                                   .toHex());
}

} // namespace

bool hasKioskPin(QSqlDatabase& db)
{
    return !storedPin(db).isEmpty();
}

bool setKioskPin(QSqlDatabase& db, const QString& pin, QString* error, const Setting* seen)
{
    if (pin.size() < 4 || pin.size() > 8 ||
        std::any_of(pin.begin(), pin.end(), [](QChar c) { return !c.isDigit(); })) {
        *error = Text::tr("the PIN must be 4 to 8 digits");
        return false;
    }
    const QString salt = QString::number(QRandomGenerator::system()->generate64(), 16);
    return SettingsRepository(db).set(settingkeys::KioskPin,
                                      salt + QLatin1Char('$') + pinHash(salt, pin), error, seen,
                                      Text::tr("the kiosk PIN"));
}

bool checkKioskPin(QSqlDatabase& db, const QString& pin)
{
    const QString stored = storedPin(db);
    const QString salt = stored.section(QLatin1Char('$'), 0, 0);
    return !stored.isEmpty() && stored.section(QLatin1Char('$'), 1) == pinHash(salt, pin);
}

} // namespace cx
