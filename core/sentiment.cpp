#include "sentiment.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace cx {

namespace {

constexpr double kBoost = 1.5;
constexpr double kSoften = 0.5;
constexpr double kNegate = -0.5;
constexpr int kNegationReach = 3;
constexpr double kAlpha = 15.0; // how fast the score approaches ±1

struct Lexicon
{
    QHash<QString, int> values;
    QSet<QString> negators;
    QSet<QString> boosters;
    QSet<QString> softeners;
    QSet<QString> stopWords;

    Lexicon()
    {
        for (const QString& line : lines(QStringLiteral(":/sentiment/words.txt"))) {
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() == 2)
                values.insert(parts[0], parts[1].toInt());
        }
        for (const QString& line : lines(QStringLiteral(":/sentiment/modifiers.txt"))) {
            const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (parts.size() != 2)
                continue;
            if (parts[0] == QLatin1String("negate"))
                negators.insert(parts[1]);
            else if (parts[0] == QLatin1String("boost"))
                boosters.insert(parts[1]);
            else if (parts[0] == QLatin1String("soften"))
                softeners.insert(parts[1]);
        }
        for (const QString& line : lines(QStringLiteral(":/sentiment/stopwords.txt")))
            for (const QString& w : line.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                stopWords.insert(w);
    }

    static QStringList lines(const QString& path)
    {
        QFile f(path);
        QStringList out;
        if (!f.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray& raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                out << line;
        }
        return out;
    }
};

const Lexicon& lexicon()
{
    static const Lexicon instance; // thread-safe initialisation
    return instance;
}

// A text's words in order, lower case, apostrophes dropped ("don't" is
// "dont"); an empty entry marks the end of a clause.
QStringList words(const QString& text)
{
    QStringList out;
    QString word;
    auto flush = [&] {
        if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    };
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue;
        } else {
            flush();
            if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('!')
                || c == QLatin1Char('?') || c == QLatin1Char(':') || c == QLatin1Char('\n'))
                out << QString();
        }
    }
    flush();
    return out;
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

SentimentScore scoreSentiment(const QString& text)
{
    const Lexicon& lex = lexicon();
    const QStringList w = words(text);
    SentimentScore out;
    for (int i = 0; i < w.size(); ++i) {
        const auto it = lex.values.constFind(w[i]);
        if (it == lex.values.constEnd())
            continue;
        double value = *it;
        if (i > 0 && lex.boosters.contains(w[i - 1]))
            value *= kBoost;
        else if (i > 0 && lex.softeners.contains(w[i - 1]))
            value *= kSoften;
        for (int k = i - 1; k >= 0 && k >= i - kNegationReach; --k) {
            if (w[k].isEmpty() || w[k] == QLatin1String("but"))
                break; // the clause ends
            if (lex.negators.contains(w[k])) {
                value *= kNegate;
                break;
            }
        }
        out.sum += value;
    }
    out.score = out.sum / std::sqrt(out.sum * out.sum + kAlpha);
    out.sentiment = out.score >= 0.05 ? Sentiment::Positive : out.score <= -0.05 ? Sentiment::Negative : Sentiment::Neutral;
    return out;
}

QStringList themeTerms(const QString& text)
{
    const Lexicon& lex = lexicon();
    const QStringList w = words(text);
    QStringList out;
    QString previous; // the word before, when it may start a phrase
    for (const QString& word : w) {
        const bool meaningful = word.size() >= 3 && !lex.stopWords.contains(word) && !lex.negators.contains(word)
                                && !lex.boosters.contains(word) && !lex.softeners.contains(word) && !word.at(0).isDigit();
        if (!meaningful) {
            previous.clear();
            continue;
        }
        out << word;
        if (!previous.isEmpty())
            out << previous + QLatin1Char(' ') + word;
        previous = word;
    }
    return out;
}

void ThemeCounter::add(const QString& text)
{
    ++m_comments;
    QStringList terms = themeTerms(text);
    terms.removeDuplicates();
    for (const QString& t : std::as_const(terms))
        ++m_counts[t];
}

QVector<Theme> ThemeCounter::top(int limit) const
{
    QVector<Theme> all;
    for (auto it = m_counts.constBegin(); it != m_counts.constEnd(); ++it)
        if (it.value() >= 2)
            all.push_back({it.key(), it.value()});
    std::sort(all.begin(), all.end(), [](const Theme& a, const Theme& b) {
        return a.count != b.count ? a.count > b.count : a.term < b.term;
    });
    if (all.size() > limit)
        all.resize(limit);
    return all;
}

bool loadComments(QSqlDatabase& db, qint64 surveyId, const QDate& from, const QDate& to, CommentsReport* report,
                  QString* error)
{
    *report = CommentsReport();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT r.uuid, q.code, r.submitted_at, a.value_text, "
        "(SELECT a2.value_num FROM answers a2 JOIN questions q2 ON q2.id = a2.question_id "
        " WHERE a2.response_id = r.id AND q2.kind = 'nps' AND a2.value_num IS NOT NULL LIMIT 1), "
        "(SELECT a2.value_num FROM answers a2 JOIN questions q2 ON q2.id = a2.question_id "
        " WHERE a2.response_id = r.id AND q2.kind = 'csat' AND a2.value_num IS NOT NULL LIMIT 1) "
        "FROM answers a JOIN questions q ON q.id = a.question_id JOIN responses r ON r.id = a.response_id "
        "WHERE q.kind = 'text' AND a.value_text IS NOT NULL AND trim(a.value_text) <> '' "
        "AND r.submitted_at >= :from AND r.submitted_at < :after AND (:survey = 0 OR r.survey_id = :survey) "
        "ORDER BY r.submitted_at DESC, r.id DESC, q.position"));
    q.bindValue(QStringLiteral(":from"), from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-00-00"));
    q.bindValue(QStringLiteral(":after"), to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999-12-32"));
    q.bindValue(QStringLiteral(":survey"), surveyId);
    if (!q.exec()) {
        *error = QStringLiteral("cannot read the comments: %1").arg(q.lastError().text());
        return false;
    }
    ThemeCounter promoters, detractors;
    while (q.next()) {
        Comment c;
        c.responseUuid = q.value(0).toString();
        c.questionCode = q.value(1).toString();
        c.submittedAt = q.value(2).toString();
        c.text = q.value(3).toString().trimmed();
        c.sentiment = scoreSentiment(c.text);
        if (!q.value(4).isNull()) {
            const double nps = q.value(4).toDouble();
            c.standing = nps >= 9 ? Comment::Standing::Promoter : nps <= 6 ? Comment::Standing::Detractor : Comment::Standing::Other;
        } else if (!q.value(5).isNull()) {
            const double csat = q.value(5).toDouble();
            c.standing = csat >= 4 ? Comment::Standing::Promoter : csat <= 2 ? Comment::Standing::Detractor : Comment::Standing::Other;
        }
        if (c.standing == Comment::Standing::Promoter)
            promoters.add(c.text);
        else if (c.standing == Comment::Standing::Detractor)
            detractors.add(c.text);
        report->comments.push_back(std::move(c));
    }
    report->promoterThemes = promoters.top(10);
    report->detractorThemes = detractors.top(10);
    return true;
}

} // namespace cx
