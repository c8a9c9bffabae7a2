#include "core/sentiment/sentiment.h"

#include "core/common/text.h"
#include "core/sentiment/language.h"
#include "core/sentiment/lexicon.h"
#include "core/sentiment/stemmer.h"
#include "core/storage/sqlutil.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>

namespace cx {

namespace {

using lexicon::Token;

constexpr double kModifier = 0.293;    // what an intensifier adds, a softener takes
constexpr double kCapitals = 0.733;    // a word in capitals
constexpr double kNegate = -0.74;      // a negated word
constexpr double kTooFault = -1.5;     // "too long": neutral alone, a fault after "too"
constexpr double kTooPositive = -0.8;  // "too sweet": a pleasant word becomes a fault
constexpr double kTooNegative = 1.25;  // "too expensive": a fault grows
constexpr double kBefore = 0.5;        // before "but"
constexpr double kAfter = 1.5;         // after "but"
constexpr double kExclamation = 0.292; // each "!", up to four
constexpr double kQuestion = 0.25;     // the words of a question ask more than they judge
constexpr double kBareNegation = -0.6; // "the order was not complete": a complaint of its own
constexpr int kReach = 3;              // words a modifier or negation reaches
constexpr double kAlpha = 15.0;        // how fast the score approaches ±1
constexpr double kThreshold = 0.05;

const lexicon::Language& languageOf(const QString& code, const QString& text)
{
    int index = commentLanguageIndex(code);
    if (index < 0)
        index = commentLanguageIndex(detectCommentLanguage(text, QString()));
    return lexicon::lexicons().languages[index];
}

struct Unit
{
    int first = 0, last = 0;
    double value = 0;
    bool negated = false;
    bool fault = false; // made by "too"
};

double sign(double v)
{
    return v < 0 ? -1.0 : 1.0;
}

// The phrase of the lexicon that starts at token i, longest first: by the
// words as written (accents aside), else by their stems ("se rompieron"
// finds "se rompió").
const lexicon::Phrase* phraseAt(const lexicon::Language& lang, const QVector<Token>& t, int i)
{
    const auto it = lang.phrases.constFind(t[i].folded);
    if (it != lang.phrases.constEnd()) {
        for (const lexicon::Phrase& p : *it) {
            const int len = int(p.words.size());
            if (i + len > t.size())
                continue;
            bool match = true;
            for (int k = 1; k < len && match; ++k)
                match = t[i + k].folded == p.words[k];
            if (match)
                return &p;
        }
    }
    if (lang.phraseStems.isEmpty() || t[i].word.isEmpty())
        return nullptr;
    const auto byStem = lang.phraseStems.constFind(lang.phraseStem(t[i].folded));
    if (byStem == lang.phraseStems.constEnd())
        return nullptr;
    for (const lexicon::Phrase& p : *byStem) {
        const int len = int(p.words.size());
        if (i + len > t.size())
            continue;
        bool match = true;
        for (int k = 1; k < len && match; ++k)
            match = !t[i + k].word.isEmpty() && lang.phraseStem(t[i + k].folded) == p.stems[k];
        if (match)
            return &p;
    }
    return nullptr;
}

} // namespace

QString sentimentName(Sentiment s)
{
    switch (s) {
    case Sentiment::Negative:
        return QStringLiteral("negative");
    case Sentiment::Positive:
        return QStringLiteral("positive");
    case Sentiment::Neutral:
        break;
    }
    return QStringLiteral("neutral");
}

QVector<SentimentSource> sentimentSources()
{
    QVector<SentimentSource> out;
    for (const lexicon::Source& s : lexicon::lexicons().sources)
        out.push_back({s.language, s.name, s.version, s.licence, s.entries});
    return out;
}

namespace {

SentimentScore scoreTokens(const QString& text, const lexicon::Language& lang,
                           const QVector<lexicon::Token>& t, const QVector<unsigned>& rules)
{
    using namespace lexicon;
    const int n = int(t.size());
    SentimentScore out;
    out.language = commentLanguages().at(lang.index);

    bool shouting = true; // the whole text in capitals: no word stands out
    for (const Token& token : t)
        if (!token.word.isEmpty() && !token.emoji && !token.capitals && token.word.at(0).isLetter())
            shouting = false;

    QVector<Unit> units;
    QVector<bool> usedNegation(n, false); // turned a word, or stands in a phrase
    for (int i = 0; i < n;) {
        const Token& token = t[i];
        if (token.word.isEmpty()) {
            ++i;
            continue;
        }
        if (token.emoji) {
            units.push_back({i, i, lang.owner->emoji.value(token.word), false, false});
            ++i;
            continue;
        }
        if (const Phrase* p = phraseAt(lang, t, i)) {
            const int len = int(p->words.size());
            if (p->value != 0)
                units.push_back({i, i + len - 1, p->value, p->negated, false});
            for (int k = i; k < i + len; ++k)
                usedNegation[k] = true;
            i += len;
            continue;
        }
        const unsigned r = rules[i];
        // "Tres semanas para unas gafas, demasiado.": "too" at the end of its
        // clause is the fault itself.
        if ((r & Too) && !(r & Part) && (i + 1 >= n || t[i + 1].word.isEmpty())) {
            if (const double fault = lang.value(token.word); fault < 0) {
                units.push_back({i, i, fault, false, true});
                ++i;
                continue;
            }
        }
        if (r & (Part | Negate | Soften | Contrast | Too)) {
            ++i;
            continue;
        }
        double v = lang.value(token.word);
        if ((r & Boost) && v != 0 && i + 1 < n && !t[i + 1].word.isEmpty() &&
            (lang.value(t[i + 1].word) != 0 || phraseAt(lang, t, i + 1)))
            v = 0; // "super friendly": the intensifier of the next word, not a word of its own
        else if (r & Boost && v == 0) {
            ++i;
            continue;
        }
        bool fault = false;
        if ((r & TooJudge) && v == 0 && i > 0 && (rules[i - 1] & Too)) {
            v = kTooFault;
            fault = true;
        }
        if (v != 0)
            units.push_back({i, i, v, false, fault});
        ++i;
    }

    int contrast = -1;
    for (int i = 0; i < n; ++i)
        if ((rules[i] & Contrast) && !(rules[i] & Part))
            contrast = i;
    // "Aunque el chico fue amable, me devolvieron el coche peor": a sentence
    // that opens with a concession weighs the clause after it, as after "but".
    int opening = 0; // past the inner words of "a pesar de que", "even though"
    while (opening < n && (rules[opening] & Part) && !t[opening].word.isEmpty())
        ++opening;
    if (contrast < 0 && opening < n && (rules[opening] & Concede))
        for (int i = opening + 1; i < n && contrast < 0; ++i)
            if (t[i].word.isEmpty())
                contrast = i;
    // Contrast words of several words mark their last word; the rest are parts.
    for (Unit& u : units) {
        double& v = u.value;
        if (t[u.first].emoji)
            continue; // an emoji says what it says: "no estaba nada fresca 😕"
        if (!shouting && t[u.first].capitals && !t[u.first].emoji)
            v += sign(v) * kCapitals;
        static const double decay[kReach] = {1.0, 0.95, 0.9};
        for (int k = 1; k <= kReach; ++k) {
            const int j = u.first - k;
            if (j < 0 || t[j].word.isEmpty())
                break;
            if (rules[j] & Boost && !(rules[j] & Part))
                v += sign(v) * kModifier * decay[k - 1];
            else if (rules[j] & Soften && !(rules[j] & Part))
                v = std::abs(v) > kModifier ? v - sign(v) * kModifier * decay[k - 1] : v / 2;
        }
        if (!u.fault && u.first > 0 && (rules[u.first - 1] & Too))
            v = v > 0 ? v * kTooPositive : v * kTooNegative;
        // A phrase that opens a clause ("y encima") is beyond the reach of a
        // negation before it.
        if (!u.negated && !(rules[u.first] & (ClauseWord | Contrast))) {
            bool near = true; // no word but small ones since the unit, for "without"
            for (int k = 1; k <= lang.negationReach; ++k) {
                const int j = u.first - k;
                if (j < 0 || t[j].word.isEmpty() || j == contrast || (rules[j] & ClauseWord))
                    break;
                if (rules[j] & Negate && !(rules[j] & Part) && (near || !(rules[j] & Without))) {
                    // "Never been so well advised", "nunca me habían atendido
                    // tan bien": the word is the best yet, not turned.
                    bool compared = false;
                    for (int c = j + 1; c < u.first && (rules[j] & Never) && !compared; ++c)
                        compared = rules[c] & Compare;
                    if (compared) {
                        v += sign(v) * kModifier;
                        u.negated = true;
                        usedNegation[j] = true;
                        break;
                    }
                    v *= kNegate;
                    u.negated = true;
                    usedNegation[j] = true;
                    break;
                }
                near = near && (rules[j] & (Stop | Negate | Boost | Soften | Part));
            }
        }
    }
    {
        // "Der Kuchen schmeckte mir nicht": a clause-final negation with no
        // sentiment word after it in its clause turns the nearest one before it.
        for (int j = 0; j < n; ++j) {
            if (!(rules[j] & NegateAfter) || (rules[j] & Part))
                continue;
            bool after = false;
            for (const Unit& u : std::as_const(units))
                if (u.first > j && u.first <= j + kReach) {
                    bool sameClause = true;
                    for (int k = j + 1; k < u.first; ++k)
                        sameClause = sameClause && !t[k].word.isEmpty();
                    after = after || sameClause;
                }
            if (after)
                continue;
            for (int x = int(units.size()) - 1; x >= 0; --x) {
                Unit& u = units[x];
                if (u.last >= j)
                    continue;
                bool sameClause = true;
                for (int k = u.last + 1; k < j; ++k)
                    sameClause = sameClause && !t[k].word.isEmpty() && k != contrast;
                if (sameClause && !u.negated) {
                    u.value *= kNegate;
                    u.negated = true;
                    usedNegation[j] = true;
                }
                break;
            }
        }
    }
    for (const Unit& u : std::as_const(units)) {
        double v = u.value;
        if (contrast >= 0)
            v *= u.last < contrast ? kBefore : kAfter;
        // In a question ("¿Cuánto cuesta...?", "Is the cake fresh?") words count less.
        for (int c = t[u.last].end; c < text.size(); ++c) {
            const QChar ch = text.at(c);
            if (ch == QLatin1Char('?'))
                v *= kQuestion;
            if (ch == QLatin1Char('.') || ch == QLatin1Char('!') || ch == QLatin1Char('?') ||
                ch == QLatin1Char('\n'))
                break;
        }
        out.sum += v;
    }
    // A negation that turned nothing, in a clause of three words or more, is
    // a complaint in feedback ("Der Techniker kam nicht", "pas de cuillère");
    // "ohne" and "sans" are not ("Kaffee ohne Zucker"), nor a lone "No.".
    int bare = 0;
    for (int j = 0; j < n && bare < 2; ++j) {
        if (!(rules[j] & Negate) || (rules[j] & (Part | Without)) || usedNegation[j])
            continue;
        // The clause of the negation: its words, and whether another negation
        // of it turned a word ("ne ... pas" is one negation).
        int first = j, last = j;
        while (first > 0 && !t[first - 1].word.isEmpty())
            --first;
        while (last + 1 < n && !t[last + 1].word.isEmpty())
            ++last;
        // "sin mandar a nadie", "ohne jeden Aufpreis": a negative word after
        // "without" repeats it and is no complaint of its own.
        bool used = false;
        for (int k = first; k <= last; ++k)
            used = used || (usedNegation[k] && (rules[k] & Negate));
        for (int k = j - 1; k >= first && !(rules[k] & (ClauseWord | Contrast)) && !used; --k)
            used = rules[k] & Without;
        // "aunque no tenía cita", "obwohl ich keinen Termin hatte": a
        // circumstance, not a complaint.
        for (int k = j - 1; k >= first && !used; --k)
            used = rules[k] & Concede;
        if (!used && last - first + 1 >= 3)
            ++bare;
        j = last; // one per clause
    }
    out.sum += bare * kBareNegation;
    if (out.sum != 0) {
        const int marks = std::min<int>(4, int(text.count(QLatin1Char('!'))));
        out.sum += sign(out.sum) * kExclamation * marks;
    }
    out.score = out.sum / std::sqrt(out.sum * out.sum + kAlpha);
    out.sentiment = out.score >= kThreshold    ? Sentiment::Positive
                    : out.score <= -kThreshold ? Sentiment::Negative
                                               : Sentiment::Neutral;
    return out;
}

QVector<ThemeTerm> themesOfTokens(const QString& text, const lexicon::Language& lang,
                                  const QVector<lexicon::Token>& t, const QVector<unsigned>& rules)
{
    using namespace lexicon;
    const int n = int(t.size());
    constexpr unsigned kNotTheme = Stop | Negate | Boost | Soften | Contrast | Too | Connect | Part;
    QVector<bool> meaningful(n);
    QVector<QString> keys(n);
    for (int i = 0; i < n; ++i) {
        const QString& w = t[i].word;
        meaningful[i] =
            w.size() >= 3 && !t[i].emoji && !(rules[i] & kNotTheme) && !w.at(0).isDigit();
        if (meaningful[i])
            keys[i] = fold(wordStem(w, lang.index));
    }
    auto slice = [&](int a, int b) {
        return text.mid(t[a].start, t[b].end - t[a].start).simplified().toLower();
    };
    QVector<ThemeTerm> out;
    QSet<QString> seen;
    auto add = [&](const QString& key, const QString& form) {
        if (!seen.contains(key)) {
            seen.insert(key);
            out.push_back({key, form});
        }
    };
    for (int i = 0; i < n; ++i) {
        if (meaningful[i]) {
            add(keys[i], t[i].word);
            if (i + 1 < n && meaningful[i + 1])
                add(keys[i] + QLatin1Char(' ') + keys[i + 1], slice(i, i + 1));
            else if (i + 2 < n && (rules[i + 1] & Connect) && meaningful[i + 2])
                add(keys[i] + QLatin1Char(' ') + keys[i + 2], slice(i, i + 2));
        } else if ((rules[i] & Too) && i + 1 < n && meaningful[i + 1]) {
            add(QLatin1Char('>') + keys[i + 1], slice(i, i + 1));
            if (i + 2 < n && meaningful[i + 2])
                add(QLatin1Char('>') + keys[i + 1] + QLatin1Char(' ') + keys[i + 2],
                    slice(i, i + 2));
        }
    }
    return out;
}

} // namespace

SentimentScore scoreSentiment(const QString& text, const QString& language)
{
    const lexicon::Language& lang = languageOf(language, text);
    const QVector<lexicon::Token> t = lexicon::tokenize(text, lang);
    return scoreTokens(text, lang, t, lang.rulesOf(t));
}

QVector<ThemeTerm> themeTerms(const QString& text, const QString& language)
{
    const lexicon::Language& lang = languageOf(language, text);
    const QVector<lexicon::Token> t = lexicon::tokenize(text, lang);
    return themesOfTokens(text, lang, t, lang.rulesOf(t));
}

CommentAnalysis analyseComment(const QString& text, const QString& language)
{
    const lexicon::Language& lang = languageOf(language, text);
    const QVector<lexicon::Token> t = lexicon::tokenize(text, lang);
    const QVector<unsigned> rules = lang.rulesOf(t);
    return {scoreTokens(text, lang, t, rules), themesOfTokens(text, lang, t, rules)};
}

int CommentsReport::count(Sentiment sentiment) const
{
    return int(std::count_if(comments.begin(), comments.end(), [sentiment](const Comment& c) {
        return c.sentiment.sentiment == sentiment;
    }));
}

void ThemeCounter::add(const QString& text, const QString& language)
{
    addTerms(themeTerms(text, language));
}

void ThemeCounter::addTerms(const QVector<ThemeTerm>& distinctTerms)
{
    ++m_comments;
    for (const ThemeTerm& t : distinctTerms) {
        ++m_counts[t.key];
        ++m_forms[t.key][t.text];
    }
}

QVector<Theme> ThemeCounter::top(int limit) const
{
    QVector<Theme> all;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        if (it.value() >= 2) {
            // The form written most often; then the shorter, then A-Z.
            const QHash<QString, int>& forms = m_forms[it.key()];
            QString best;
            int bestCount = 0;
            for (auto f = forms.constBegin(); f != forms.constEnd(); ++f)
                if (f.value() > bestCount ||
                    (f.value() == bestCount &&
                     (f.key().size() < best.size() ||
                      (f.key().size() == best.size() && f.key() < best)))) {
                    best = f.key();
                    bestCount = f.value();
                }
            all.push_back({best, it.value()});
        }
    std::sort(all.begin(), all.end(), [](const Theme& a, const Theme& b) {
        return a.count != b.count ? a.count > b.count : a.term < b.term;
    });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

bool loadComments(QSqlDatabase& db, qint64 surveyId, const QDate& from, const QDate& to,
                  CommentsReport* report, QString* error, bool withUuids)
{
    *report = CommentsReport();
    const QString uuid = withUuids ? QStringLiteral(", r.uuid") : QString();
    QString select;
    qint64 npsQuestion = 0, csatQuestion = 0;
    QString surveyLanguage;
    if (surveyId) {
        QSqlQuery lang(db);
        lang.prepare(QStringLiteral("SELECT language FROM surveys WHERE id = ?"));
        lang.addBindValue(surveyId);
        if (lang.exec() && lang.next())
            surveyLanguage = lang.value(0).toString();
        // One survey: its standing questions are known, and its index (survey,
        // submitted_at) gives the rows in date order without reading them.
        QSqlQuery first(db);
        first.prepare(QStringLiteral(
            "SELECT kind, id FROM questions WHERE survey_id = ? AND kind IN ('nps', 'csat') "
            "ORDER BY position DESC"));
        first.addBindValue(surveyId);
        first.exec();
        while (first.next())
            (first.value(0).toString() == QLatin1String("nps") ? npsQuestion : csatQuestion) =
                first.value(1).toLongLong();
        // Only the standing questions the survey has are joined; every value is bound.
        select =
            QStringLiteral(
                "SELECT r.id, q.code, r.submitted_at, a.value_text, %2, %3, q.position, NULL%1 "
                "FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id "
                "= a.question_id "
                "%4%5"
                "WHERE r.survey_id = :survey AND r.submitted_at >= :from AND r.submitted_at < "
                ":after "
                "AND a.question_id IN (SELECT id FROM questions WHERE survey_id = :survey AND kind "
                "= 'text') "
                "AND a.value_text <> '' ")
                .arg(uuid, npsQuestion ? QStringLiteral("n.value_num") : QStringLiteral("NULL"),
                     csatQuestion ? QStringLiteral("c.value_num") : QStringLiteral("NULL"),
                     npsQuestion ? QStringLiteral("LEFT JOIN answers n ON n.response_id = r.id AND "
                                                  "n.question_id = :nps ")
                                 : QString(),
                     csatQuestion ? QStringLiteral("LEFT JOIN answers c ON c.response_id = r.id "
                                                   "AND c.question_id = :csat ")
                                  : QString());
    } else {
        select =
            QStringLiteral(
                "SELECT r.id, q.code, r.submitted_at, a.value_text, "
                "(SELECT a2.value_num FROM answers a2 JOIN questions q2 ON q2.id = a2.question_id "
                " WHERE a2.response_id = r.id AND q2.kind = 'nps' AND a2.value_num IS NOT NULL "
                "LIMIT 1), "
                "(SELECT a2.value_num FROM answers a2 JOIN questions q2 ON q2.id = a2.question_id "
                " WHERE a2.response_id = r.id AND q2.kind = 'csat' AND a2.value_num IS NOT NULL "
                "LIMIT 1), q.position, (SELECT s.language FROM surveys s WHERE s.id = "
                "r.survey_id)%1 "
                "FROM responses r JOIN answers a ON a.response_id = r.id JOIN questions q ON q.id "
                "= a.question_id "
                "WHERE r.submitted_at >= :from AND r.submitted_at < :after AND q.kind = 'text' AND "
                "a.value_text <> '' ")
                .arg(uuid);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Newest first. For one survey the index gives that order, and ties (same
    // time) come in any order the plan likes: they are put right below, which
    // costs far less than a sort of every row by SQLite.
    q.prepare(select +
              (surveyId ? QStringLiteral("ORDER BY r.submitted_at DESC")
                        : QStringLiteral("ORDER BY r.submitted_at DESC, r.id DESC, q.position")));
    q.bindValue(QStringLiteral(":from"),
                from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    q.bindValue(QStringLiteral(":after"),
                to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999-12-32"));
    if (surveyId) {
        q.bindValue(QStringLiteral(":survey"), surveyId);
        if (npsQuestion)
            q.bindValue(QStringLiteral(":nps"), npsQuestion);
        if (csatQuestion)
            q.bindValue(QStringLiteral(":csat"), csatQuestion);
    }
    if (!q.exec()) {
        *error = Text::tr("cannot read the comments: %1").arg(sql::errorText(q));
        return false;
    }
    QVector<int> positions;
    while (q.next()) {
        Comment c;
        c.text = q.value(3).toString().trimmed();
        if (c.text.isEmpty())
            continue;
        c.responseId = q.value(0).toLongLong();
        if (withUuids)
            c.responseUuid = q.value(8).toString();
        c.language = surveyId ? surveyLanguage : q.value(7).toString();
        c.questionCode = q.value(1).toString();
        c.submittedAt = q.value(2).toString();
        if (!q.value(4).isNull()) {
            const double nps = q.value(4).toDouble();
            c.standing = nps >= 9   ? Comment::Standing::Promoter
                         : nps <= 6 ? Comment::Standing::Detractor
                                    : Comment::Standing::Other;
        } else if (!q.value(5).isNull()) {
            const double csat = q.value(5).toDouble();
            c.standing = csat >= 4   ? Comment::Standing::Promoter
                         : csat <= 2 ? Comment::Standing::Detractor
                                     : Comment::Standing::Other;
        }
        positions.push_back(q.value(6).toInt());
        report->comments.push_back(std::move(c));
    }
    // Newest first, then the response's latest, then the questions in order.
    QVector<int> order(report->comments.size());
    std::iota(order.begin(), order.end(), 0);
    auto before = [&](int a, int b) {
        const Comment &x = report->comments[a], &y = report->comments[b];
        if (x.submittedAt != y.submittedAt)
            return x.submittedAt > y.submittedAt;
        if (x.responseId != y.responseId)
            return x.responseId > y.responseId;
        return positions[a] < positions[b];
    };
    if (!std::is_sorted(order.begin(), order.end(), before)) {
        std::stable_sort(order.begin(), order.end(), before);
        QVector<Comment> sorted;
        sorted.reserve(order.size());
        for (const int i : std::as_const(order))
            sorted.push_back(std::move(report->comments[i]));
        report->comments = std::move(sorted);
    }
    // Comments repeat ("Great coffee"): each distinct text (in its survey's
    // language) is analysed once.
    QHash<QString, int> seen;
    QStringList distinct, preferred;
    QVector<int> textOf;
    textOf.reserve(report->comments.size());
    for (const Comment& c : std::as_const(report->comments)) {
        const QString key = c.language + QChar(0x1F) + c.text;
        const auto it = seen.constFind(key);
        if (it != seen.constEnd()) {
            textOf.push_back(*it);
        } else {
            seen.insert(key, int(distinct.size()));
            textOf.push_back(int(distinct.size()));
            distinct << c.text;
            preferred << c.language;
        }
    }
    // The analysis runs on two threads when there is enough of it.
    QVector<SentimentScore> scores(distinct.size());
    QVector<QVector<ThemeTerm>> terms(distinct.size());
    auto analyse = [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            CommentAnalysis a =
                analyseComment(distinct[i], detectCommentLanguage(distinct[i], preferred[i]));
            scores[i] = a.sentiment;
            terms[i] = std::move(a.themes);
        }
    };
    const int n = int(distinct.size());
    if (n >= 4000) {
        std::thread other(analyse, n / 2, n);
        analyse(0, n / 2);
        other.join();
    } else {
        analyse(0, n);
    }
    ThemeCounter promoters, detractors;
    for (int i = 0; i < report->comments.size(); ++i) {
        Comment& c = report->comments[i];
        c.sentiment = scores[textOf[i]];
        c.language = c.sentiment.language;
        if (c.standing == Comment::Standing::Promoter)
            promoters.addTerms(terms[textOf[i]]);
        else if (c.standing == Comment::Standing::Detractor)
            detractors.addTerms(terms[textOf[i]]);
    }
    report->promoterThemes = promoters.top(10);
    report->detractorThemes = detractors.top(10);
    return true;
}

} // namespace cx
