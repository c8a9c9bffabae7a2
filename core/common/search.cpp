#include "core/common/search.h"

#include <QStringList>

namespace cx {

QString foldForSearch(const QString& text)
{
    // Compatibility decomposition splits "é" into "e" and its accent, and
    // "ﬁ" into "fi"; the accents are then dropped and the rest case folded.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool space = false;
    for (const QChar ch : decomposed) {
        if (ch.isMark())
            continue;
        if (ch.isSpace()) {
            space = !out.isEmpty();
            continue;
        }
        if (space) {
            out += QLatin1Char(' ');
            space = false;
        }
        // Letters that are not a base letter with an accent in Unicode.
        switch (ch.unicode()) {
        case 0x00DF: // ß
        case 0x1E9E: // ẞ
            out += QLatin1String("ss");
            continue;
        case 0x00D8: // Ø
        case 0x00F8: // ø
            out += QLatin1Char('o');
            continue;
        case 0x0141: // Ł
        case 0x0142: // ł
            out += QLatin1Char('l');
            continue;
        case 0x0110: // Đ
        case 0x0111: // đ
            out += QLatin1Char('d');
            continue;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            out += QLatin1String("ae");
            continue;
        case 0x0152: // Œ
        case 0x0153: // œ
            out += QLatin1String("oe");
            continue;
        case 0x2019: // ’ as in O’Brien
            out += QLatin1Char('\'');
            continue;
        default:
            break;
        }
        out += QString(ch).toCaseFolded();
    }
    return out;
}

QString phoneDigits(const QString& text)
{
    QString out;
    for (const QChar ch : text)
        if (ch.isDigit())
            out += QChar(QLatin1Char(char('0' + ch.digitValue())));
    return out;
}

bool looksLikePhone(const QString& text)
{
    int digits = 0;
    for (const QChar ch : text) {
        if (ch.isDigit())
            ++digits;
        else if (!ch.isSpace() && !QStringLiteral("+-()/.").contains(ch))
            return false;
    }
    return digits >= 3;
}

} // namespace cx
