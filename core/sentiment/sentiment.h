#pragma once

// What written answers say, offline: a sentiment score for each comment in
// its own language (English, German, French or Spanish), and the themes
// (words and short phrases) that come up most often among promoters and
// detractors. The lexicons and rules of each language are in
// resources/sentiment/ (its README names every source and licence).
//
// Scoring, in the manner of VADER: every sentiment word or phrase adds its
// value (-4 to +4), found by its form, its form without accents, or its
// stem (Snowball; not in English, whose lexicons list each form). Phrases
// are matched first and count as a whole ("not bad", "pas mal"). Intensifiers
// before a word ("very", "sehr", "très", "muy") add 0.293 to its strength,
// softeners ("a bit", "etwas", "un peu", "un poco") take as much away; a
// word in capitals adds 0.733. Within three words after a negation in the
// same clause (four in French and Spanish: "ne sont plus aussi bonnes", "nunca
// he tenido una mala experiencia"; "and", "und", "et", "y" end its reach) a
// value counts -0.74 times; "without" words ("ohne", "sans", "sin") reach the
// next word only, and a negation after them repeats them ("sin avisar a
// nadie"). Spanish superlatives and diminutives count as their base form
// ("amabilísimos", "rapidito"). In German a clause-final "nicht" turns the
// word before it ("schmeckte mir nicht"). A negation that turns no word, in a
// clause of three words or more, is a complaint of -0.6 ("the technician did
// not come"), but not after a concession ("aunque no tenía cita"); a sentence
// that opens with one ("Obwohl...", "Aunque...") weighs the clause after it as
// after "but". "Too" with an adjective ("zu lange", "trop cher", "demasiado
// caro") is a fault. After the last "but" (aber, mais, pero) the words count
// 1.5 times, before it half; in a question a quarter.
// Exclamation marks (up to four) add 0.292 each in the direction of the sum;
// emoji count as words and are never turned. The sum s becomes the score
// s / sqrt(s² + 15), in -1...1; 0.05 and above is positive, -0.05 and below
// negative, the rest neutral.

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cx {

enum class Sentiment
{
    Negative,
    Neutral,
    Positive
};
QString sentimentName(Sentiment s);

struct SentimentScore
{
    QString language; // the language the text was scored in
    double sum = 0;   // of the words' values
    double score = 0; // normalised, -1...1
    Sentiment sentiment = Sentiment::Neutral;
};

// The lexicons comments are scored with, for the About box.
struct SentimentSource
{
    QString language; // "en", "de", "fr", "es"; empty for all
    QString name;     // "VADER", "CX Desk word list"...
    QString version;
    QString licence; // SPDX identifier
    int entries = 0;
};
QVector<SentimentSource> sentimentSources();

// The analysis of one text in a language ("en", "de", "fr", "es"; empty:
// the language the text looks like). Thread-safe; the lexicons are read once.
SentimentScore scoreSentiment(const QString& text, const QString& language = QString());

// A theme a text mentions: `key` joins the forms of one term (its stems:
// "Preis" and "Preise", "croissant" and "croissants"), `text` is how this
// text writes it (lower case).
struct ThemeTerm
{
    QString key;
    QString text;
};

// The themes of a text, each once: its words without the language's stop
// words, two such words side by side ("home delivery"), two joined by a
// linking word ("temps d'attente", "tiempo de espera") and "too" with the
// one or two words after it ("zu lange", "zu lange gewartet").
QVector<ThemeTerm> themeTerms(const QString& text, const QString& language = QString());

// Both at once, for a comment read once.
struct CommentAnalysis
{
    SentimentScore sentiment;
    QVector<ThemeTerm> themes;
};
CommentAnalysis analyseComment(const QString& text, const QString& language);

struct Theme
{
    QString term;
    int count = 0; // comments that mention it
};

// Counts terms over comments (each comment counts a term once) and gives the
// `limit` most frequent that come up at least twice, most frequent first, then A-Z.
class ThemeCounter
{
public:
    void add(const QString& text, const QString& language = QString());
    // One comment's terms, each once (as themeTerms() gives them).
    void addTerms(const QVector<ThemeTerm>& distinctTerms);
    // A term is shown as its comments write it most often.
    QVector<Theme> top(int limit) const;
    int comments() const { return m_comments; }

private:
    QHash<QString, int> m_counts;                // by key
    QHash<QString, QHash<QString, int>> m_forms; // by key: how it is written, how often
    int m_comments = 0;
};

struct Comment
{
    qint64 responseId = 0;
    QString responseUuid; // empty unless asked for
    QString questionCode;
    QString submittedAt;
    QString text;
    QString language; // the comment's language ("en", "de", "fr", "es")
    SentimentScore sentiment;
    // The response's standing: its NPS answer (9-10 promoter, 0-6 detractor),
    // or without one its CSAT (4-5 promoter, 1-2 detractor).
    enum class Standing
    {
        Other,
        Promoter,
        Detractor
    } standing = Standing::Other;
};

struct CommentsReport
{
    QVector<Comment> comments; // newest first
    QVector<Theme> promoterThemes;
    QVector<Theme> detractorThemes;

    // How many comments have this sentiment.
    int count(Sentiment sentiment) const;
};

// The written answers (questions of kind text) of one survey (0: all) over
// [from, to] (invalid: open), scored, with the ten leading themes of each side.
// Each is read in its survey's language unless it is clearly written in another.
[[nodiscard]] bool loadComments(QSqlDatabase& db, qint64 surveyId, const QDate& from,
                                const QDate& to, CommentsReport* report, QString* error,
                                bool withUuids = true);

} // namespace cx
