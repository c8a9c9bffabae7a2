#include "core/common/plurals.h"

#include <QCoreApplication>
#include <cstring>

namespace cx {

QString sourcePluralForm(const QString& sourceText, int n)
{
    QString text = sourceText;
    return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

QString SourcePlurals::translate(const char* /*context*/, const char* sourceText,
                                 const char* /*disambiguation*/, int n) const
{
    if (n < 0 || !sourceText || !std::strstr(sourceText, "(s)"))
        return {}; // not a count's text: the source as it is
    return sourcePluralForm(QString::fromUtf8(sourceText), n);
}

void installSourcePlurals()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app || app->findChild<SourcePlurals*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    QCoreApplication::installTranslator(new SourcePlurals(app));
}

} // namespace cx
