#include "core/sentiment/sentiment.h"

#include "core/common/text.h"
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
            if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char(';') ||
                c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':') ||
                c == QLatin1Char('\n'))
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

int sentimentWordCount()
{
    return int(lexicon().values.size());
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
    out.sentiment = out.score >= 0.05    ? Sentiment::Positive
                    : out.score <= -0.05 ? Sentiment::Negative
                                         : Sentiment::Neutral;
    return out;
}

QStringList themeTerms(const QString& text)
{
    const Lexicon& lex = lexicon();
    const QStringList w = words(text);
    QStringList out;
    QString previous; // the word before, when it may start a phrase
    for (const QString& word : w) {
        const bool meaningful = word.size() >= 3 && !lex.stopWords.contains(word) &&
                                !lex.negators.contains(word) && !lex.boosters.contains(word) &&
                                !lex.softeners.contains(word) && !word.at(0).isDigit();
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

int CommentsReport::count(Sentiment sentiment) const
{
    return int(std::count_if(comments.begin(), comments.end(), [sentiment](const Comment& c) {
        return c.sentiment.sentiment == sentiment;
    }));
}

void ThemeCounter::add(const QString& text)
{
    QStringList terms = themeTerms(text);
    terms.removeDuplicates();
    addTerms(terms);
}

void ThemeCounter::addTerms(const QStringList& distinctTerms)
{
    ++m_comments;
    for (const QString& t : distinctTerms)
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

bool loadComments(QSqlDatabase& db, qint64 surveyId, const QDate& from, const QDate& to,
                  CommentsReport* report, QString* error, bool withUuids)
{
    *report = CommentsReport();
    const QString uuid = withUuids ? QStringLiteral(", r.uuid") : QString();
    QString select;
    qint64 npsQuestion = 0, csatQuestion = 0;
    if (surveyId) {
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
                "SELECT r.id, q.code, r.submitted_at, a.value_text, %2, %3, q.position%1 "
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
                "LIMIT 1), q.position%1 "
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
            c.responseUuid = q.value(7).toString();
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
    // Comments repeat ("Great coffee"): each distinct text is analysed once.
    QHash<QString, int> seen;
    QStringList distinct;
    QVector<int> textOf;
    textOf.reserve(report->comments.size());
    for (const Comment& c : std::as_const(report->comments)) {
        const auto it = seen.constFind(c.text);
        if (it != seen.constEnd()) {
            textOf.push_back(*it);
        } else {
            seen.insert(c.text, int(distinct.size()));
            textOf.push_back(int(distinct.size()));
            distinct << c.text;
        }
    }
    // The analysis runs on two threads when there is enough of it.
    QVector<SentimentScore> scores(distinct.size());
    QVector<QStringList> terms(distinct.size());
    auto analyse = [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            scores[i] = scoreSentiment(distinct[i]);
            terms[i] = themeTerms(distinct[i]);
            terms[i].removeDuplicates();
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
