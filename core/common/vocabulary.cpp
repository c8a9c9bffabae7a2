#include "core/common/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <iterator>

namespace cx {

namespace {
// Interaction kinds, then outcomes, then lifecycle phases, then question
// codes; a word in two lists ("order", "support") reads the same in both.
const char* const kWords[] = {
    QT_TRANSLATE_NOOP("cx::Vocabulary", "purchase"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "order"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "visit"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "enquiry"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "delivery"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "support"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "complaint"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "feedback"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "interaction"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "open"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "apology and voucher"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "refunded"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "late"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "delivered"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "answered"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "completed"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "discover"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "fulfil"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "pay"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "advocate"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "again"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "buy_again"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "comment"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "improve"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "reason"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "resolved"),
    QT_TRANSLATE_NOOP("cx::Vocabulary", "staff"),
};

QString translated(const char* word)
{
    return QCoreApplication::translate("cx::Vocabulary", word);
}
} // namespace

QStringList interactionKinds()
{
    return {QStringLiteral("purchase"),  QStringLiteral("order"),    QStringLiteral("visit"),
            QStringLiteral("enquiry"),   QStringLiteral("delivery"), QStringLiteral("support"),
            QStringLiteral("complaint"), QStringLiteral("feedback")};
}

QStringList lifecyclePhases()
{
    return {QStringLiteral("discover"), QStringLiteral("order"),   QStringLiteral("fulfil"),
            QStringLiteral("pay"),      QStringLiteral("support"), QStringLiteral("advocate")};
}

QString wordLabel(const QString& code)
{
    for (const char* word : kWords)
        if (code == QLatin1String(word))
            return translated(word);
    return code;
}

QString wordCode(const QString& label)
{
    const QString typed = label.trimmed();
    for (const char* word : kWords)
        if (typed.compare(translated(word), Qt::CaseInsensitive) == 0 ||
            typed.compare(QLatin1String(word), Qt::CaseInsensitive) == 0)
            return QLatin1String(word);
    return typed;
}

QString answerCodesLabel(const QString& answers)
{
    static const QRegularExpression coded(QStringLiteral("^([A-Z_]+) (-?\\d+)$"));
    const QString separator = QStringLiteral(" · ");
    QStringList parts = answers.split(separator);
    for (QString& part : parts) {
        const QRegularExpressionMatch m = coded.match(part);
        if (!m.hasMatch())
            continue;
        const QString code = m.captured(1).toLower();
        if (std::none_of(std::begin(kWords), std::end(kWords),
                         [&](const char* word) { return code == QLatin1String(word); }))
            continue; // a metric's name (NPS) or the owner's own code
        const QString label = wordLabel(code);
        part = label.left(1).toUpper() + label.mid(1) + QLatin1Char(' ') + m.captured(2);
    }
    return parts.join(separator);
}

} // namespace cx
