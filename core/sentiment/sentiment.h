#pragma once

// What written answers say, offline: a sentiment score for each comment from
// CX Desk's own word list (resources/sentiment/), and the themes (words and
// two-word phrases) that come up most often among promoters and detractors.
//
// Scoring: every listed word adds its value (-5 to +5). A word right after
// "very", "really"... counts 1.5 times, after "slightly", "a bit"... half.
// A word within three words after "not", "never", "no"... (in the same
// clause: commas, semicolons, "but" and sentence ends close a clause) counts
// -0.5 times: "not good" is mildly negative, "not bad" mildly positive. The
// sum s becomes the score s / sqrt(s² + 15), in -1...1; 0.05 and above is
// positive, -0.05 and below negative, the rest neutral.

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
    double sum = 0;   // of the words' values
    double score = 0; // normalised, -1...1
    Sentiment sentiment = Sentiment::Neutral;
};

// How many words the sentiment word list scores.
int sentimentWordCount();

// The analysis of one text (thread-safe; the word list is read once).
SentimentScore scoreSentiment(const QString& text);

// The words of a text as themes see them: lower case, without stop words.
// Two-word phrases are pairs of such words that stand side by side.
QStringList themeTerms(const QString& text);

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
    void add(const QString& text);
    // One comment's terms, each once (as themeTerms() and removeDuplicates() give them).
    void addTerms(const QStringList& distinctTerms);
    QVector<Theme> top(int limit) const;
    int comments() const { return m_comments; }

private:
    QHash<QString, int> m_counts;
    int m_comments = 0;
};

struct Comment
{
    qint64 responseId = 0;
    QString responseUuid; // empty unless asked for
    QString questionCode;
    QString submittedAt;
    QString text;
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
[[nodiscard]] bool loadComments(QSqlDatabase& db, qint64 surveyId, const QDate& from,
                                const QDate& to, CommentsReport* report, QString* error,
                                bool withUuids = true);

} // namespace cx
