#include "core/sentiment/language.h"

#include <QHash>
#include <array>

namespace cx {

namespace {

// Short words common in one language's comments and rare in the others'
// (words shared by two languages, such as "la" or "de", are left out).
const char* const kSignatures[4] = {
    // English
    "the and was were is are very not with but my it this that to for of you we our they "
    "i me had have has been will would good great staff service food they're it's don't didn't "
    "wasn't too so just really nice friendly",
    // German
    "der die das und ist war waren sehr nicht mit aber ich wir mir uns ein eine einen dem den "
    "des zu auch noch schon immer wieder hat habe hatte wurde gut super lecker kein keine "
    "leider danke freundlich nett viel",
    // French
    "le les et est était très pas je nous mais un une avec du des au aux pour c j n qu il "
    "elle on sont été ai avons bon bien merci trop peu accueil ce cette vraiment rien jamais",
    // Spanish
    "el los las y es era fue muy pero con un una del al por para que lo me nos está estaba "
    "bueno buena gracias mucho poco nada nunca todo también hay son han he hemos atención "
    "rico"};

struct Signatures
{
    QHash<QString, int> words; // word -> bit mask of the languages it belongs to

    Signatures()
    {
        for (int l = 0; l < 4; ++l)
            for (const QString& w :
                 QString::fromUtf8(kSignatures[l]).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                words[w] |= 1 << l;
    }
};

const Signatures& signatures()
{
    static const Signatures instance;
    return instance;
}

} // namespace

const QStringList& commentLanguages()
{
    static const QStringList codes{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                   QStringLiteral("es")};
    return codes;
}

int commentLanguageIndex(const QString& code)
{
    const QString base = code.left(2).toLower();
    if (code.size() > 2 && code.at(2) != QLatin1Char('-') && code.at(2) != QLatin1Char('_'))
        return -1;
    return int(commentLanguages().indexOf(base));
}

QString detectCommentLanguage(const QString& text, const QString& preferred)
{
    const Signatures& sig = signatures();
    std::array<int, 4> score{};
    QString word;
    auto flush = [&] {
        if (word.isEmpty())
            return;
        const auto it = sig.words.constFind(word);
        if (it != sig.words.constEnd())
            for (int l = 0; l < 4; ++l)
                if (*it & (1 << l))
                    score[l] += 2;
        word.clear();
    };
    for (const QChar c : text) {
        if (c.isLetter()) {
            word += c.toLower();
            switch (c.toLower().unicode()) {
            case 0x00DF: // ß
            case 0x00E4: // ä
            case 0x00F6: // ö
            case 0x00FC: // ü
                score[1] += 2;
                break;
            case 0x00F1: // ñ
            case 0x00E1: // á
            case 0x00ED: // í
            case 0x00F3: // ó
            case 0x00FA: // ú
                score[3] += 2;
                break;
            case 0x00E7: // ç
            case 0x0153: // œ
            case 0x00E8: // è
            case 0x00EA: // ê
            case 0x00E0: // à
            case 0x00E2: // â
            case 0x00F9: // ù
            case 0x00FB: // û
            case 0x00EE: // î
            case 0x00EB: // ë
                score[2] += 2;
                break;
            default:
                break;
            }
        } else {
            flush();
            if (c == QChar(0x00BF) || c == QChar(0x00A1)) // ¿ ¡
                score[3] += 3;
        }
    }
    flush();
    int best = 0;
    for (int l = 1; l < 4; ++l)
        if (score[l] > score[best])
            best = l;
    const int home = commentLanguageIndex(preferred);
    if (home < 0)
        return commentLanguages().at(score[best] > 0 ? best : 0);
    // Clearly another language: at least two telling words or letters more,
    // and twice the preferred language's count.
    if (best != home && score[best] >= score[home] + 4 && score[best] >= 2 * score[home])
        return commentLanguages().at(best);
    return commentLanguages().at(home);
}

} // namespace cx
