#include "ui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace cx {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString savedLanguage()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void saveLanguage(const QString& code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

QLocale chooseLocale(const QString& requested)
{
    if (!requested.isEmpty())
        return QLocale(requested);
    const QString saved = savedLanguage();
    if (!saved.isEmpty()) {
        // The saved language with the system's country when they go together (de with de_AT stays
        // Austrian).
        const QLocale system = QLocale::system();
        return system.name().startsWith(saved) ? system : QLocale(saved);
    }
    return QLocale::system();
}

void useLocale(const QLocale& locale)
{
    QLocale::setDefault(locale);
    const QString language = locale.name().left(2);
    if (language == QLatin1String("en") || !availableLanguages().contains(language))
        return; // English is the source
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/cxdesk_%1.qm").arg(language)))
        QCoreApplication::installTranslator(own);
    // Qt's own words (OK, Cancel, the print dialogs), when the system has them.
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace cx
