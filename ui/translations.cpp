#include "ui/translations.h"

#include "core/common/plurals.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace cx {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString systemLanguageName()
{
    QString code = QLocale::system().name().left(2);
    if (!availableLanguages().contains(code))
        code = QStringLiteral("en");
    return languageName(code);
}

QString languageName(const QString& code)
{
    // Qt names some only with a country ("American English", "español de España").
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("es"))
        return QStringLiteral("Español");
    const QString name = QLocale(code).nativeLanguageName();
    return name.left(1).toUpper() + name.mid(1);
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
    // First, so that the language's own forms are asked before the source's.
    installSourcePlurals();
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
