#include "core/sentiment/lexicon.h"

#include "core/sentiment/language.h"
#include "core/sentiment/stemmer.h"

#include <QFile>
#include <algorithm>
#include <cmath>

namespace cx::lexicon {

namespace {

// Pattern's polarities run from -1 to 1, VADER's and CX Desk's from -4 to 4.
// Below a tenth of that range a word says too little to count ("long" -0.1).
constexpr double kPatternScale = 3.0;
constexpr double kPatternFloor = 0.15;
// ElhPolar says only positive or negative.
constexpr double kElhPolarValue = 1.6;

struct Entry
{
    QString term;
    QString value;
};

QVector<Entry> readTable(const QString& path)
{
    QVector<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        if (raw.isEmpty() || (raw.startsWith('#') && (raw.size() == 1 || raw.at(1) == ' ' ||
                                                      raw.at(1) == '#' || raw.at(1) == '\r')))
            continue;
        const QString line = QString::fromUtf8(raw);
        const int tab = int(line.indexOf(QLatin1Char('\t')));
        if (tab <= 0)
            continue;
        out.push_back({line.left(tab).trimmed(),
                       line.mid(tab + 1).section(QLatin1Char('\t'), 0, 0).trimmed()});
    }
    return out;
}

struct Builder
{
    Language& lang;
    QHash<QString, double> ownStems, sourceStems;
    QHash<QString, int> ownStemSigns, sourceStemSigns; // 1, -1, or 0 once both were seen
    QHash<QString, int> ownStemCounts, sourceStemCounts;
    QSet<QString> neutral; // said to mean nothing, also by stem

    QStringList words(const QString& term) const
    {
        QStringList out;
        for (const Token& t : tokenize(term, lang))
            if (!t.word.isEmpty())
                out << t.word;
        return out;
    }

    void add(const QString& term, double value, bool own)
    {
        const QStringList w = words(term);
        if (w.isEmpty() || !std::isfinite(value))
            return;
        // Only CX Desk's own list says that something means nothing: a word of
        // another lexicon that says nothing in feedback ("chicken", "thick"), or
        // a phrase whose words must not count ("hätte gern").
        if (value == 0 && !own)
            return;
        if (value == 0 && w.size() == 1) {
            lang.values.remove(w.first());
            lang.folded.remove(fold(w.first()));
            neutral.insert(w.first());
            return;
        }
        if (w.size() > 1) {
            QStringList folded;
            for (const QString& word : w)
                folded << fold(word);
            QVector<Phrase>& list = lang.phrases[folded.first()];
            const auto same = std::find_if(list.begin(), list.end(),
                                           [&](const Phrase& p) { return p.words == folded; });
            Phrase p{folded, {}, value, false};
            for (const QString& word : w) {
                p.negated = p.negated || (lang.rules.value(word) & Negate);
                p.stems << lang.phraseStem(fold(word));
            }
            if (same != list.end())
                *same = p;
            else
                list.push_back(p);
            return;
        }
        const QString& word = w.first();
        lang.values.insert(word, value);
        const QString f = fold(word);
        if (f != word && (own || !lang.folded.contains(f)))
            lang.folded.insert(f, value);
        const QString stem = fold(wordStem(word, lang.index));
        if (stem.size() < 3 || !lang.stemLookup || (!own && !lang.sourceStems))
            return;
        const int shortest = lang.stemLength.value(stem, int(word.size()));
        lang.stemLength.insert(stem, std::min<int>(shortest, int(word.size())));
        auto& stems = own ? ownStems : sourceStems;
        auto& signs = own ? ownStemSigns : sourceStemSigns;
        auto& counts = own ? ownStemCounts : sourceStemCounts;
        const int sign = value > 0 ? 1 : -1;
        const auto it = signs.find(stem);
        if (it == signs.end()) {
            signs.insert(stem, sign);
            stems.insert(stem, value);
            counts.insert(stem, 1);
        } else if (*it == sign) {
            stems[stem] += value;
            ++counts[stem];
        } else {
            *it = 0; // forms of one stem pull both ways: the stem tells nothing
        }
    }

    void finish()
    {
        for (auto it = sourceStems.constBegin(); it != sourceStems.constEnd(); ++it)
            if (sourceStemSigns.value(it.key()))
                lang.stems.insert(it.key(), it.value() / sourceStemCounts.value(it.key()));
        for (auto it = ownStems.constBegin(); it != ownStems.constEnd(); ++it) {
            if (ownStemSigns.value(it.key()))
                lang.stems.insert(it.key(), it.value() / ownStemCounts.value(it.key()));
            else
                lang.stems.remove(it.key());
        }
        for (const QString& word : std::as_const(neutral))
            lang.stems.remove(fold(wordStem(word, lang.index)));
        auto longestFirst = [](const Phrase& a, const Phrase& b) {
            return a.words.size() > b.words.size();
        };
        for (QVector<Phrase>& list : lang.phrases) {
            std::stable_sort(list.begin(), list.end(), longestFirst);
            if (lang.stemLookup)
                for (const Phrase& p : std::as_const(list))
                    lang.phraseStems[p.stems.first()].push_back(p);
        }
        for (QVector<Phrase>& list : lang.phraseStems)
            std::stable_sort(list.begin(), list.end(), longestFirst);
    }
};

int readRules(Language& lang, const QString& path)
{
    static const QHash<QString, unsigned> kinds{{QStringLiteral("negate"), Negate},
                                                {QStringLiteral("boost"), Boost},
                                                {QStringLiteral("soften"), Soften},
                                                {QStringLiteral("contrast"), Contrast},
                                                {QStringLiteral("too"), Too},
                                                {QStringLiteral("toojudge"), TooJudge},
                                                {QStringLiteral("stop"), Stop},
                                                {QStringLiteral("connect"), Connect},
                                                {QStringLiteral("without"), Negate | Without},
                                                {QStringLiteral("negateafter"), NegateAfter},
                                                {QStringLiteral("clause"), ClauseWord},
                                                {QStringLiteral("concede"), ClauseWord | Concede},
                                                {QStringLiteral("never"), Negate | Never},
                                                {QStringLiteral("compare"), Compare}};
    int n = 0;
    for (const Entry& e : readTable(path)) {
        const unsigned kind = kinds.value(e.term);
        if (!kind)
            continue;
        QStringList w;
        for (const Token& t : tokenize(e.value, lang))
            if (!t.word.isEmpty())
                w << t.word;
        if (w.isEmpty())
            continue;
        ++n;
        if (w.size() == 1) {
            lang.rules[w.first()] |= kind;
        } else {
            auto& list = lang.ruleSequences[w.first()];
            const auto same =
                std::find_if(list.begin(), list.end(), [&](const auto& s) { return s.first == w; });
            if (same != list.end())
                same->second |= kind;
            else
                list.push_back({w, kind});
        }
    }
    for (auto& list : lang.ruleSequences)
        std::stable_sort(list.begin(), list.end(), [](const auto& a, const auto& b) {
            return a.first.size() > b.first.size();
        });
    return n;
}

Lexicons* build()
{
    auto* lex = new Lexicons;
    const QString base = QStringLiteral(":/sentiment/");
    // The emoji first: the tokenizer needs them.
    for (const Entry& e : readTable(base + QStringLiteral("emoji.tsv"))) {
        QString key = e.term;
        key.remove(QChar(0xFE0F));
        lex->emoji.insert(key, e.value.toDouble());
        if (key.at(0).unicode() < 0x80)
            lex->emoticons << key;
    }
    std::sort(lex->emoticons.begin(), lex->emoticons.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    lex->sources.push_back({QString(), QStringLiteral("CX Desk emoji list"), QString(),
                            QStringLiteral("GPL-3.0-or-later"), int(lex->emoji.size())});

    const QString own = QStringLiteral("CX Desk word list");
    for (int l = 0; l < 4; ++l) {
        Language& lang = lex->languages[l];
        lang.owner = lex;
        lang.index = l;
        const QString code = commentLanguages().at(l);
        lang.splitElisions = code == QLatin1String("fr");
        // English lexicons list each form; a stem would join "used" to "useful".
        lang.stemLookup = code != QLatin1String("en");
        lang.sourceStems = code != QLatin1String("es");
        lang.degreeForms = code == QLatin1String("es");
        // "ne" opens a French negation that may close words later: "ne sont plus aussi bonnes".
        lang.negationReach = code == QLatin1String("fr") || code == QLatin1String("es") ? 4 : 3;
        lang.contractions = code == QLatin1String("en");
        const QString dir = base + code + QLatin1Char('/');
        readRules(lang, dir + QStringLiteral("rules.tsv"));
        Builder b{lang, {}, {}, {}, {}, {}, {}, {}};
        auto source = [&](const QString& name, const QString& version, const QString& licence,
                          const QVector<Entry>& entries, auto valueOf, bool isOwn) {
            int n = 0;
            for (const Entry& e : entries) {
                const double v = valueOf(e);
                if (v != 0 || isOwn) {
                    b.add(e.term, v, isOwn);
                    ++n;
                }
            }
            lex->sources.push_back({code, name, version, licence, n});
        };
        const auto plain = [](const Entry& e) { return e.value.toDouble(); };
        if (code == QLatin1String("en") || code == QLatin1String("fr"))
            source(
                QStringLiteral("Pattern"), QStringLiteral("2.6"), QStringLiteral("PDDL-1.0"),
                readTable(dir + QStringLiteral("pattern.tsv")),
                [](const Entry& e) {
                    const double p = e.value.toDouble();
                    return std::abs(p) < kPatternFloor ? 0.0 : p * kPatternScale;
                },
                false);
        if (code == QLatin1String("en"))
            source(QStringLiteral("VADER"), QStringLiteral("3.3"), QStringLiteral("MIT"),
                   readTable(dir + QStringLiteral("vader.tsv")), plain, false);
        if (code == QLatin1String("es"))
            source(
                QStringLiteral("ElhPolar"), QStringLiteral("1.0"), QStringLiteral("LGPLLR"),
                readTable(dir + QStringLiteral("elhpolar.txt")),
                [](const Entry& e) {
                    return e.value == QLatin1String("positive")   ? kElhPolarValue
                           : e.value == QLatin1String("negative") ? -kElhPolarValue
                                                                  : 0.0;
                },
                false);
        source(own, QString(), QStringLiteral("GPL-3.0-or-later"),
               readTable(dir + QStringLiteral("words.tsv")), plain, true);
        b.finish();
    }
    return lex;
}

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == 0x2019 || c == 0x2018 || c == U'`' || c == 0x00B4;
}

bool endsClause(char32_t c)
{
    return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' ||
           c == U'\n' || c == 0x2026 || c == 0x00A1 || c == 0x00BF;
}

} // namespace

const Lexicons& lexicons()
{
    static const Lexicons* instance = build(); // thread-safe initialisation, kept to the end
    return *instance;
}

QString fold(const QString& word)
{
    bool plain = true;
    for (const QChar c : word)
        if (c.unicode() >= 0x80) {
            plain = false;
            break;
        }
    if (plain)
        return word;
    const QString d = word.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(d.size());
    for (const QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out;
}

QString Language::phraseStem(const QString& word) const
{
    return stemLookup && word.size() >= 4 ? fold(wordStem(word, index)) : word;
}

double Language::value(const QString& word) const
{
    thread_local QHash<QString, double> cache[4];
    QHash<QString, double>& mine = cache[index];
    const auto known = mine.constFind(word);
    if (known != mine.constEnd())
        return *known;
    const double v = lookUp(word);
    if (mine.size() >= 200000)
        mine.clear();
    mine.insert(word, v);
    return v;
}

double Language::lookUp(const QString& word) const
{
    auto it = values.constFind(word);
    if (it != values.constEnd())
        return *it;
    // Stop words are taken as written: "schon" is not "schön".
    if (rules.value(word) & Stop)
        return 0;
    const QString f = fold(word);
    it = folded.constFind(f);
    if (it != folded.constEnd())
        return *it;
    if (word.size() < 4)
        return 0;
    // As long as the stem's shortest entry or up to three letters longer:
    // "Preise" finds "Preis", but "precio" does not find "precioso", "attente"
    // not "attentif", "réparation" not "réparé".
    const QString stem = fold(wordStem(word, index));
    it = stems.constFind(stem);
    if (it != stems.constEnd()) {
        const int shortest = stemLength.value(stem);
        if (word.size() >= shortest && word.size() <= shortest + 3 && *it != 0)
            return *it;
    }
    return degreeForms ? degreeValue(f) : 0;
}

// Spanish makes superlatives and diminutives of any adjective: "amabilísimos"
// is "amable" at its strongest, "rapidito" is "rápido". When a word is not
// known as written, its base form is looked up instead.
double Language::degreeValue(const QString& plain) const
{
    struct Ending
    {
        const char* suffix;
        double factor;
        const char* gender; // the base form's ending: "amabilísimas" is "amable", "rica"
    };
    static const Ending endings[] = {
        {"isimos", 1.3, "o"}, {"isimas", 1.3, "a"}, {"isimo", 1.3, "o"}, {"isima", 1.3, "a"},
        {"itos", 1.0, "o"},   {"itas", 1.0, "a"},   {"ito", 1.0, "o"},   {"ita", 1.0, "a"}};
    for (const auto& e : endings) {
        const QLatin1String suffix(e.suffix);
        if (!plain.endsWith(suffix) || plain.size() < suffix.size() + 3)
            continue;
        const QString base = plain.left(plain.size() - suffix.size());
        const QLatin1String gender(e.gender);
        // Spelling changes before the ending: riquísimo, larguísimo,
        // amabilísimo; then the base with its own endings (sucísimo: sucio).
        QStringList candidates;
        if (base.endsWith(QLatin1String("qu")))
            candidates << base.left(base.size() - 2) + QLatin1String("co");
        else if (base.endsWith(QLatin1String("gu")))
            candidates << base.left(base.size() - 1) + QLatin1String("o");
        else if (base.endsWith(QLatin1String("bil")))
            candidates << base.left(base.size() - 3) + QLatin1String("ble");
        candidates << base + gender << base + QLatin1String("o") << base + QLatin1String("e")
                   << base + QLatin1String("i") + gender << base;
        for (const QString& c : std::as_const(candidates)) {
            const auto hit = values.constFind(c);
            const double v = hit != values.constEnd() ? *hit : folded.value(c);
            if (v != 0)
                return std::clamp(v * e.factor, -4.0, 4.0);
        }
        return 0;
    }
    return 0;
}

QVector<unsigned> Language::rulesOf(const QVector<Token>& tokens) const
{
    const int n = int(tokens.size());
    QVector<unsigned> out(n, 0);
    for (int i = 0; i < n; ++i)
        if (!tokens[i].word.isEmpty())
            out[i] |= rules.value(tokens[i].word);
    for (int i = 0; i < n; ++i) {
        if (tokens[i].word.isEmpty())
            continue;
        const auto first = ruleSequences.constFind(tokens[i].word);
        if (first == ruleSequences.constEnd())
            continue;
        for (const auto& seq : *first) {
            const int len = int(seq.first.size());
            if (i + len > n)
                continue;
            bool match = true;
            for (int k = 0; k < len && match; ++k)
                match = tokens[i + k].word == seq.first[k];
            if (!match)
                continue;
            // The sequence's rule replaces its words' own: "un poco" softens,
            // though "poco" alone negates.
            for (int k = 0; k < len - 1; ++k)
                out[i + k] = Part | (out[i + k] & Stop);
            out[i + len - 1] = seq.second | (out[i + len - 1] & Stop);
            i += len - 1;
            break;
        }
    }
    return out;
}

QVector<Token> tokenize(const QString& text, const Language& language)
{
    const Lexicons* lex = language.owner;
    QVector<Token> out;
    Token current;
    bool hasLower = false, letters = false;
    auto flush = [&] {
        if (!current.word.isEmpty()) {
            current.capitals = letters && !hasLower && current.word.size() > 1;
            current.folded = fold(current.word);
            out.push_back(current);
        }
        current = Token();
        hasLower = letters = false;
    };
    auto boundary = [&](int at) {
        flush();
        if (!out.isEmpty() && !out.last().word.isEmpty()) {
            Token end;
            end.start = end.end = at;
            out.push_back(end);
        }
    };
    const int n = int(text.size());
    for (int i = 0; i < n;) {
        const int at = i;
        char32_t c = text.at(i).unicode();
        int width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        i += width;
        if (QChar::isLetterOrNumber(c) || (QChar::isMark(c) && !current.word.isEmpty())) {
            if (current.word.isEmpty())
                current.start = at;
            if (QChar::isLetter(c)) {
                letters = true;
                hasLower = hasLower || !QChar::isUpper(c);
            }
            if (width == 2)
                current.word += QString::fromUcs4(&c, 1).toLower();
            else
                current.word += QChar::toLower(c) == c ? text.at(at) : QChar(QChar::toLower(c));
            current.end = i;
            continue;
        }
        if (isApostrophe(c)) {
            if (language.splitElisions) {
                flush();
            } else if (language.contractions && !current.word.isEmpty()) {
                // "I'll", "we're", "they've": two words ("don't" stays "dont").
                int end = i;
                while (end < n && text.at(end).isLetter())
                    ++end;
                static const QHash<QString, QString> endings{
                    {QStringLiteral("ll"), QStringLiteral("will")},
                    {QStringLiteral("re"), QStringLiteral("are")},
                    {QStringLiteral("ve"), QStringLiteral("have")},
                    {QStringLiteral("m"), QStringLiteral("am")},
                    {QStringLiteral("d"), QStringLiteral("would")},
                    {QStringLiteral("s"), QString()}};
                const auto ending = endings.constFind(text.mid(i, end - i).toLower());
                if (ending != endings.constEnd()) {
                    flush();
                    if (!ending->isEmpty()) {
                        Token t;
                        t.word = t.folded = *ending;
                        t.start = i;
                        t.end = end;
                        out.push_back(t);
                    }
                    i = end;
                }
            }
            continue; // "don't" is "dont"
        }
        if (c == U'-' || c == 0x2013 || c == 0x2014) {
            // A dash between spaces ends a clause; a hyphen only parts the words.
            const bool spaced = at > 0 && text.at(at - 1).isSpace();
            spaced ? boundary(at) : flush();
            continue;
        }
        if (c == U':' || c == U';' || c == U'<' || c == U'=') {
            bool matched = false;
            for (const QString& e : lex ? lex->emoticons : QStringList()) {
                const int after = at + int(e.size());
                if (QStringView(text).mid(at).startsWith(e) &&
                    (after >= n ||
                     (!text.at(after).isLetterOrNumber() && text.at(after) != QLatin1Char('/')))) {
                    flush();
                    Token t;
                    t.word = t.folded = e;
                    t.start = at;
                    t.end = at + int(e.size());
                    t.emoji = true;
                    out.push_back(t);
                    i = t.end;
                    matched = true;
                    break;
                }
            }
            if (matched)
                continue;
        }
        if (endsClause(c)) {
            boundary(at);
            continue;
        }
        if (c >= 0x2190 && !QChar::isSpace(c)) {
            // Emoji and other symbols; skin tones and variation selectors are left out.
            if (c == 0xFE0F || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF))
                continue;
            const QString e = QString::fromUcs4(&c, 1);
            if (lex && lex->emoji.contains(e)) {
                flush();
                Token t;
                t.word = t.folded = e;
                t.start = at;
                t.end = i;
                t.emoji = true;
                out.push_back(t);
                continue;
            }
        }
        flush();
    }
    flush();
    return out;
}

} // namespace cx::lexicon
