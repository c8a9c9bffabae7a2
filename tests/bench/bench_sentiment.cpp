// Times comment analysis in the four languages: 100 000 different comments
// (a quarter each in English, German, French and Spanish, every text
// different so nothing is shared), each given its language, scored and
// counted into themes on one thread (target < 2 s), and the same with the
// language left to be told from the text.
// Usage: bench_sentiment [--comments N] [--runs N]

#include "core/sentiment/language.h"
#include "core/sentiment/sentiment.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <algorithm>

namespace {

struct Parts
{
    const char* language;
    QStringList openings, verdicts, tails;
};

QVector<Parts> parts()
{
    auto list = [](const char* s) { return QString::fromUtf8(s).split(QLatin1Char('|')); };
    return {
        {"en",
         list("The coffee was|Staff were|Delivery was|The cake was|Waiting time was|The "
              "app was|Our table was|The repair was"),
         list("great|not good|really slow|very friendly|a bit cold|excellent|terrible|fine|never "
              "on time|too expensive"),
         list("but the queue was long|and we will come back|so I left|thanks to Sam|not bad at "
              "all|as usual")},
        {"de",
         list("Der Kaffee war|Die Bedienung war|Die Lieferung kam|Der Kuchen war|Die "
              "Wartezeit war|Die App war|Unser Tisch war|Die Reparatur war"),
         list("super|nicht gut|sehr langsam|total freundlich|etwas kalt|ausgezeichnet|"
              "furchtbar|in Ordnung|viel zu spät|zu teuer"),
         list("aber die Schlange war lang|und wir kommen gerne wieder|also bin ich gegangen|"
              "danke an Sam|gar nicht schlecht|wie immer")},
        {"fr",
         list("Le café était|Le personnel était|La livraison était|Le gâteau était|"
              "L'attente était|L'appli était|Notre table était|La réparation était"),
         list("génial|pas bon|vraiment lent|très aimable|un peu froid|excellent|horrible|"
              "correct|jamais à l'heure|trop cher"),
         list("mais la queue était longue|et nous reviendrons|alors je suis parti|merci à Sam|"
              "pas mal du tout|comme d'habitude")},
        {"es",
         list("El café estaba|El personal fue|La entrega fue|La tarta estaba|La espera "
              "fue|La aplicación era|Nuestra mesa estaba|La reparación fue"),
         list("genial|nada bueno|muy lenta|muy amable|un poco frío|excelente|horrible|"
              "correcto|nunca a tiempo|demasiado caro"),
         list("pero la cola era larga|y volveremos|así que me fui|gracias a Sam|no está nada "
              "mal|como siempre")},
    };
}

double timed(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const char* name, int fallback) {
        const int i = int(args.indexOf(QLatin1String(name)));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int count = option("--comments", 100000);
    const int runs = std::max(1, option("--runs", 3));
    QTextStream out(stdout);

    const QVector<Parts> all = parts();
    QStringList texts, languages;
    texts.reserve(count);
    for (int i = 0; i < count; ++i) {
        const Parts& p = all[i % 4];
        const int k = i / 4;
        texts << QStringLiteral("%1 %2, %3 (%4)")
                     .arg(p.openings[k % 8], p.verdicts[(k / 8) % 10], p.tails[(k / 80) % 6])
                     .arg(i);
        languages << QString::fromLatin1(p.language);
    }
    // The lexicons are read once, before the clock starts.
    (void)cx::scoreSentiment(QStringLiteral("good"), QStringLiteral("en"));

    for (const bool told : {true, false}) {
        QVector<double> times;
        int negative = 0, right = 0;
        for (int run = 0; run < runs; ++run) {
            negative = right = 0;
            cx::ThemeCounter promoters, detractors;
            times << timed([&] {
                for (int i = 0; i < texts.size(); ++i) {
                    const QString language =
                        told ? languages[i] : cx::detectCommentLanguage(texts[i], QString());
                    right += language == languages[i];
                    const cx::CommentAnalysis a = cx::analyseComment(texts[i], language);
                    negative += a.sentiment.sentiment == cx::Sentiment::Negative;
                    (a.sentiment.score >= 0 ? promoters : detractors).addTerms(a.themes);
                }
                promoters.top(10);
                detractors.top(10);
            });
        }
        std::sort(times.begin(), times.end());
        out << QStringLiteral("sentiment and themes of %1 different comments in four languages, "
                              "%2 (%3 negative%4): %5 s, median of %6 (target < 2 s)\n")
                   .arg(texts.size())
                   .arg(told ? QStringLiteral("language given")
                             : QStringLiteral("language told from the text"))
                   .arg(negative)
                   .arg(told ? QString()
                             : QStringLiteral(", %1 % of languages right")
                                   .arg(100.0 * right / texts.size(), 0, 'f', 1))
                   .arg(times.at(times.size() / 2), 0, 'f', 3)
                   .arg(runs);
        out.flush();
    }
    return 0;
}
