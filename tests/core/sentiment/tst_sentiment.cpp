// Sentiment by the rules in sentiment.h, in the four languages. Values are
// taken from the lexicons themselves ("good" alone), so each check is about a
// rule: what "very", "not", "but", "too", "!" or a clause end do to them.

#include "core/sentiment/language.h"
#include "core/sentiment/sentiment.h"
#include "tests/common/testdb.h"

#include <QDirIterator>
#include <QtTest>
#include <cmath>

using namespace cx;

namespace {

double sum(const char* text, const char* language = "en")
{
    return scoreSentiment(QString::fromUtf8(text), QString::fromLatin1(language)).sum;
}

QString verdict(const char* text, const char* language)
{
    return sentimentName(
        scoreSentiment(QString::fromUtf8(text), QString::fromLatin1(language)).sentiment);
}

QStringList texts(const QVector<ThemeTerm>& terms)
{
    QStringList out;
    for (const ThemeTerm& t : terms)
        out << t.text;
    return out;
}

} // namespace

class TestSentiment : public QObject
{
    Q_OBJECT

private slots:
    void wordsAndTheirStrength()
    {
        const double good = sum("good");
        QVERIFY(good > 0);
        QVERIFY(sum("bad") < 0);
        QCOMPARE(sum("We ordered a birthday cake."), 0.0);
        QCOMPARE(scoreSentiment(QStringLiteral("We ordered a birthday cake."), QStringLiteral("en"))
                     .sentiment,
                 Sentiment::Neutral);
        // The score is s / sqrt(s² + 15) and approaches, never reaches, 1.
        QCOMPARE(scoreSentiment(QStringLiteral("good"), QStringLiteral("en")).score,
                 good / std::sqrt(good * good + 15.0));
        const double strong =
            scoreSentiment(QStringLiteral("amazing wonderful excellent perfect superb"),
                           QStringLiteral("en"))
                .score;
        QVERIFY(strong > 0.95 && strong < 1.0);
        QCOMPARE(sum("Good coffee, good cake"), 2 * good);
    }

    void modifiers()
    {
        const double good = sum("good");
        QCOMPARE(sum("very good"), good + 0.293);
        QCOMPARE(sum("really very good"), good + 0.293 + 0.293 * 0.95);
        QCOMPARE(sum("a bit slow"), sum("slow") + 0.293);
        QCOMPARE(sum("not good"), good * -0.74);
        QCOMPARE(sum("not at all good"), good * -0.74);    // three words reach
        QCOMPARE(sum("not that it was good"), good - 0.6); // four do not: a bare "not"
        QCOMPARE(sum("not today, good"), good);            // the comma ends the clause
        // "but": what came before counts half, what follows one and a half times.
        QCOMPARE(sum("good coffee but rude staff"), good * 0.5 + sum("rude") * 1.5);
        // Capitals stand out, unless all is in capitals.
        QCOMPARE(sum("a GOOD coffee"), good + 0.733);
        QCOMPARE(sum("GOOD COFFEE"), good);
        // Exclamation marks, up to four.
        QCOMPARE(sum("good!"), good + 0.292);
        QCOMPARE(sum("good!!!!!!!"), good + 4 * 0.292);
        QCOMPARE(sum("!!!"), 0.0);
        // Apostrophes of either kind.
        QCOMPARE(sum("I don\u2019t like it"), sum("I don't like it"));
        QVERIFY(sum("I don't like it") < 0);
        // English endings are words of their own: "I'll" is not "ill", "he'll" not "hell".
        QCOMPARE(sum("I'll be there, he'll too"), 0.0);
        QVERIFY(sum("ill") < 0);
        // A question asks more than it judges; a negation that turns nothing is a complaint.
        QCOMPARE(sum("Is the cake good?"), good * 0.25);
        QCOMPARE(sum("The technician did not come"), -0.6);
        QCOMPARE(sum("No."), 0.0);
        QCOMPARE(sum("Kaffee ohne Zucker", "de"), 0.0);
    }

    void tooIsAFault()
    {
        QVERIFY(sum("long") == 0.0);
        QVERIFY(sum("too long") < 0);                     // neutral alone, a fault after "too"
        QVERIFY(sum("too sweet") < 0);                    // a pleasant word becomes a fault
        QVERIFY(sum("too expensive") < sum("expensive")); // a fault grows
        QVERIFY(sum("zu lange gewartet", "de") < 0);
        QVERIFY(sum("trop cher", "fr") < sum("cher", "fr"));
        QVERIFY(sum("demasiado caro", "es") < sum("caro", "es"));
        // "Too" that ends its clause is the fault itself.
        QCOMPARE(sum("Tres semanas para unas gafas", "es"), 0.0);
        QVERIFY(sum("Tres semanas para unas gafas, demasiado.", "es") < 0);
    }

    void negationInEachLanguagesWordOrder()
    {
        // German: before the word, or clause-final after it.
        const double lecker = sum("Der Kuchen war lecker", "de");
        QVERIFY(lecker > 0);
        QCOMPARE(sum("Der Kuchen war nicht lecker", "de"), lecker * -0.74);
        const double mag = sum("Den Kuchen mag ich", "de");
        QVERIFY(mag > 0);
        QCOMPARE(sum("Den Kuchen mag ich nicht", "de"), mag * -0.74);
        QCOMPARE(sum("Den Kuchen mag ich, nicht", "de"), mag); // another clause
        // French "ne ... pas", with elisions split.
        const double aime = sum("J'ai aimé le gâteau", "fr");
        QVERIFY(aime > 0);
        QCOMPARE(sum("Je n'ai pas aimé le gâteau", "fr"), aime * -0.74);
        // Spanish "no".
        const double rico = sum("El café estaba rico", "es");
        QVERIFY(rico > 0);
        QCOMPARE(sum("El café no estaba rico", "es"), rico * -0.74);
        QCOMPARE(verdict("No me gustó", "es"), QStringLiteral("negative"));
        // Idioms are phrases of their own, not turned around.
        QCOMPARE(verdict("Nicht schlecht!", "de"), QStringLiteral("positive"));
        QCOMPARE(verdict("C'est pas mal du tout", "fr"), QStringLiteral("positive"));
        QCOMPARE(verdict("No está mal", "es"), QStringLiteral("positive"));
        // "un poco" softens; "poco" alone negates.
        QVERIFY(sum("un poco caro", "es") < 0);
        QVERIFY(sum("un poco caro", "es") > sum("caro", "es"));
        // "nadie" after "sin" repeats the negation; alone it is a complaint.
        QCOMPARE(sum("Subí al tren sin ver a nadie", "es"), 0.0);
        QVERIFY(sum("Subí al tren y no vi a nadie", "es") < 0);
        // After "aunque" a negation states a circumstance.
        QVERIFY(sum("No tenía cita", "es") < 0);
        QCOMPARE(sum("Aunque no tenía cita", "es"), 0.0);
        QVERIFY(verdict("null Stress", "de") == QStringLiteral("positive"));
        QVERIFY(verdict("cero problemas", "es") == QStringLiteral("positive"));
        // "Never ... so": the best yet, not turned; "not so" still turns.
        QCOMPARE(verdict("Je n'ai jamais mangé un aussi bon tiramisu", "fr"),
                 QStringLiteral("positive"));
        QCOMPARE(verdict("Ce n'est pas aussi bon", "fr"), QStringLiteral("negative"));
        QCOMPARE(verdict("I have never been treated so rudely", "en"), QStringLiteral("negative"));
        // A phrase that opens a clause is out of reach of a negation before it.
        QVERIFY(sum("Me pusieron lo que no pedí y encima me lo cobraron", "es") < 0);
        // A sentence that opens with a concession weighs the clause after it.
        QCOMPARE(verdict("El camarero fue muy amable, la sopa estaba fría.", "es"),
                 QStringLiteral("positive"));
        QCOMPARE(verdict("Aunque el camarero fue muy amable, la sopa estaba fría.", "es"),
                 QStringLiteral("negative"));
        QCOMPARE(verdict("I can't complain", "en"), QStringLiteral("positive"));
    }

    void wordFormsAccentsAndEmoji()
    {
        // Stems join inflected forms to their lemma.
        QCOMPARE(sum("freundlichen", "de"), sum("freundlich", "de"));
        QVERIFY(sum("freundlichen", "de") > 0);
        // Accents typed or not.
        QCOMPARE(sum("hoflich", "de"), sum("höflich", "de"));
        QCOMPARE(sum("delicieux", "fr"), sum("délicieux", "fr"));
        QVERIFY(sum("rapido", "es") != 0 && sum("rapido", "es") == sum("rápido", "es"));
        // Spanish superlatives and diminutives by their base form.
        QVERIFY(sum("amable", "es") > 0);
        QVERIFY(sum("amabilísimos", "es") > sum("amable", "es"));
        QCOMPARE(sum("rapidito", "es"), sum("rápido", "es"));
        QVERIFY(sum("sucísimos", "es") < sum("sucio", "es") && sum("sucio", "es") < 0);
        // Emoji and emoticons in any language, skin tones and variation selectors aside.
        QVERIFY(sum("\U0001F44D", "de") > 0);
        QCOMPARE(sum("\U0001F44D\U0001F3FD", "de"), sum("\U0001F44D", "de"));
        QVERIFY(sum("\U0001F621", "fr") < 0);
        QVERIFY(sum("Kaffee :(", "de") < 0);
        QVERIFY(sum("merci :-)", "fr") > sum("merci", "fr"));
        QCOMPARE(sum("see https://example.org"), 0.0); // no ":/" in an address
    }

    void languageOfAComment_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("preferred");
        QTest::addColumn<QString>("language");
        QTest::newRow("survey's language") << "Great coffee"
                                           << "en"
                                           << "en";
        QTest::newRow("too short to tell") << "Super!"
                                           << "fr"
                                           << "fr";
        QTest::newRow("German in an English survey")
            << "Der Kaffee war kalt und die Bedienung unfreundlich."
            << "en"
            << "de";
        QTest::newRow("French in a German survey")
            << "Le café était très bon, merci pour l'accueil."
            << "de"
            << "fr";
        QTest::newRow("Spanish in a French survey")
            << "¡La atención fue muy buena y el café estaba rico!"
            << "fr"
            << "es";
        QTest::newRow("English in a Spanish survey")
            << "The staff were friendly and the cake was really good."
            << "es"
            << "en";
        QTest::newRow("a German word in English")
            << "The Kaffee and the cake were lovely, thank you."
            << "en"
            << "en";
        QTest::newRow("regional code") << "Sehr lecker, danke!"
                                       << "de-AT"
                                       << "de";
        QTest::newRow("no survey language") << "Muy rico todo, gracias."
                                            << ""
                                            << "es";
        QTest::newRow("a language not analysed") << "Grazie mille"
                                                 << "it"
                                                 << "en";
    }
    void languageOfAComment()
    {
        QFETCH(QString, text);
        QFETCH(QString, preferred);
        QFETCH(QString, language);
        QCOMPARE(detectCommentLanguage(text, preferred), language);
    }

    void themesInEachLanguage()
    {
        // Stop words and modifiers drop out; phrases are two words side by side.
        QCOMPARE(texts(themeTerms(QStringLiteral("The home delivery was very late again."),
                                  QStringLiteral("en"))),
                 (QStringList{"home", "home delivery", "delivery", "late"}));
        QCOMPARE(
            texts(themeTerms(QStringLiteral("Wir haben zu lange gewartet."), QStringLiteral("de"))),
            (QStringList{"zu lange", "zu lange gewartet", "lange", "lange gewartet", "gewartet"}));
        QVERIFY(texts(themeTerms(QStringLiteral("Le temps d'attente était trop long"),
                                 QStringLiteral("fr")))
                    .contains(QStringLiteral("temps d'attente")));
        QVERIFY(
            texts(themeTerms(QStringLiteral("El tiempo de espera fue largo"), QStringLiteral("es")))
                .contains(QStringLiteral("tiempo de espera")));
        for (const QString& w :
             texts(themeTerms(QStringLiteral("Die Wartezeit war mir leider viel zu lang"),
                              QStringLiteral("de"))))
            QVERIFY2(w != QLatin1String("die") && w != QLatin1String("war") &&
                         w != QLatin1String("mir"),
                     qPrintable(w));
        // Singular and plural are one theme, shown as written most often.
        ThemeCounter counter;
        counter.add(QStringLiteral("Les croissants étaient secs"), QStringLiteral("fr"));
        counter.add(QStringLiteral("Un croissant sec"), QStringLiteral("fr"));
        counter.add(QStringLiteral("Croissants froids"), QStringLiteral("fr"));
        const QVector<Theme> top = counter.top(5);
        QVERIFY(!top.isEmpty());
        QCOMPARE(top[0].term, QStringLiteral("croissants"));
        QCOMPARE(top[0].count, 3);
        ThemeCounter german;
        german.add(QStringLiteral("Die Preise sind hoch"), QStringLiteral("de"));
        german.add(QStringLiteral("Der Preis ist zu hoch"), QStringLiteral("de"));
        QCOMPARE(german.top(1).value(0).count, 2);
        // A term counts once per comment, and once is not a theme.
        ThemeCounter once;
        once.add(QStringLiteral("late, late, late"), QStringLiteral("en"));
        once.add(QStringLiteral("cold coffee"), QStringLiteral("en"));
        QVERIFY(once.top(10).isEmpty());
    }

    // Every lexicon and rule file is read whole: two fields a line, values in
    // range, no term twice in CX Desk's own lists, known kinds of rule.
    void lexiconFilesAreWellFormed()
    {
        const QStringList kinds{"negate",   "without", "negateafter", "boost",  "soften",
                                "contrast", "too",     "toojudge",    "stop",   "connect",
                                "clause",   "concede", "never",       "compare"};
        int files = 0;
        QDirIterator it(QStringLiteral(":/sentiment"), QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.endsWith(QLatin1String(".tsv")))
                continue;
            ++files;
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            const bool rules = path.endsWith(QLatin1String("rules.tsv"));
            const double limit = path.endsWith(QLatin1String("pattern.tsv")) ? 1.0 : 4.0;
            QSet<QString> seen;
            int line = 0, entries = 0;
            for (const QByteArray& raw : f.readAll().split('\n')) {
                ++line;
                if (raw.isEmpty() || raw.startsWith("# ") || raw == "#")
                    continue;
                const QStringList fields = QString::fromUtf8(raw).split(QLatin1Char('\t'));
                const QString where = QStringLiteral("%1:%2").arg(path).arg(line);
                QVERIFY2(fields.size() == 2, qPrintable(where));
                ++entries;
                if (rules) {
                    QVERIFY2(kinds.contains(fields[0]), qPrintable(where));
                    QVERIFY2(!seen.contains(raw), qPrintable(where));
                    seen.insert(QString::fromUtf8(raw));
                    continue;
                }
                bool ok = false;
                const double v = fields[1].toDouble(&ok);
                QVERIFY2(ok && v >= -limit && v <= limit, qPrintable(where));
                // (VADER lists a few emoticons twice; its file is kept as published.)
                QVERIFY2(!seen.contains(fields[0]) || path.endsWith(QLatin1String("vader.tsv")),
                         qPrintable(where + QLatin1Char(' ') + fields[0]));
                seen.insert(fields[0]);
            }
            QVERIFY2(entries > 0, qPrintable(path));
        }
        QCOMPARE(files, 12); // emoji, words and rules of four languages, VADER, two Pattern
        // Every language has its own lexicon and rules.
        for (const QString& code : commentLanguages()) {
            int own = 0;
            for (const SentimentSource& s : sentimentSources())
                if (s.language == code && s.licence == QLatin1String("GPL-3.0-or-later"))
                    own = s.entries;
            QVERIFY2(own >= 300, qPrintable(code));
        }
    }

    void commentsOfASurvey()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Visit'), (2, 's2', 'Other');\n"
            "INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES "
            "(1, 1, 0, 'nps', 'nps', 'Recommend?'), (2, 1, 1, 'why', 'text', 'Why?'), (3, 2, 0, "
            "'note', 'text', 'Note');\n"
            "INSERT INTO responses (id, uuid, survey_id, submitted_at) VALUES "
            "(1, 'r1', 1, '2026-03-01T10:00:00+01:00'), (2, 'r2', 1, '2026-03-02T10:00:00+01:00'), "
            "(3, 'r3', 1, '2026-03-03T10:00:00+01:00'), (4, 'r4', 1, '2026-03-04T10:00:00+01:00'), "
            "(5, 'r5', 2, '2026-03-05T10:00:00+01:00');\n"
            "INSERT INTO answers (response_id, question_id, value_num, value_text) VALUES "
            "(1, 1, 10, NULL), (1, 2, NULL, 'Lovely cakes, friendly staff'), "
            "(2, 1, 9, NULL), (2, 2, NULL, 'Friendly staff every time'), "
            "(3, 1, 2, NULL), (3, 2, NULL, 'Home delivery was late'), "
            "(4, 1, 3, NULL), (4, 2, NULL, 'Late home delivery and cold food'), "
            "(5, 3, NULL, '  ')")));
        CommentsReport r;
        QString error;
        QVERIFY2(loadComments(t.sql(), 1, QDate(), QDate(), &r, &error), qPrintable(error));
        QCOMPARE(r.comments.size(), 4);
        QCOMPARE(r.comments.first().responseUuid, QStringLiteral("r4")); // newest first
        QCOMPARE(r.comments.first().questionCode, QStringLiteral("why"));
        QCOMPARE(r.comments.first().standing, Comment::Standing::Detractor);
        QCOMPARE(
            r.comments.first().sentiment.sum,
            scoreSentiment(QStringLiteral("Late home delivery and cold food"), QStringLiteral("en"))
                .sum);
        QVERIFY(r.comments.first().sentiment.sum < 0);
        QCOMPARE(r.comments.first().language, QStringLiteral("en"));
        QCOMPARE(r.comments.last().standing, Comment::Standing::Promoter);
        QCOMPARE(r.promoterThemes.size(), 3); // friendly, friendly staff, staff: twice each
        QCOMPARE(r.promoterThemes[0].term, QStringLiteral("friendly"));
        QCOMPARE(r.detractorThemes[0].count, 2);
        QStringList detractorTerms;
        for (const Theme& th : r.detractorThemes)
            detractorTerms << th.term;
        QCOMPARE(detractorTerms, (QStringList{"delivery", "home", "home delivery", "late"}));
        // The period, and the other survey (its blank answer is no comment).
        QVERIFY(loadComments(t.sql(), 1, QDate(2026, 3, 2), QDate(2026, 3, 3), &r, &error));
        QCOMPARE(r.comments.size(), 2);
        QVERIFY(loadComments(t.sql(), 2, QDate(), QDate(), &r, &error));
        QCOMPARE(r.comments.size(), 0);

        // Comments are read in their survey's language, or in the one they are clearly in.
        QVERIFY(t.exec(QStringLiteral(
            "UPDATE surveys SET language = 'de' WHERE id = 2;\n"
            "INSERT INTO responses (id, uuid, survey_id, submitted_at) VALUES "
            "(6, 'r6', 2, '2026-03-06T10:00:00+01:00'), (7, 'r7', 2, '2026-03-07T10:00:00+01:00'), "
            "(8, 'r8', 2, '2026-03-08T10:00:00+01:00');\n"
            "INSERT INTO answers (response_id, question_id, value_num, value_text) VALUES "
            "(6, 3, NULL, 'Sehr freundliche Bedienung, danke!'), "
            "(7, 3, NULL, 'Le café était froid et le service très lent.'), "
            "(8, 3, NULL, 'Super!')")));
        for (const qint64 survey : {qint64(2), qint64(0)}) {
            QVERIFY2(loadComments(t.sql(), survey, QDate(2026, 3, 6), QDate(), &r, &error),
                     qPrintable(error));
            QCOMPARE(r.comments.size(), 3);
            QCOMPARE(r.comments[0].text, QStringLiteral("Super!"));
            QCOMPARE(r.comments[0].language, QStringLiteral("de")); // too short to be another
            QCOMPARE(r.comments[1].language, QStringLiteral("fr"));
            QCOMPARE(r.comments[1].sentiment.sentiment, Sentiment::Negative);
            QCOMPARE(r.comments[2].language, QStringLiteral("de"));
            QCOMPARE(r.comments[2].sentiment.sentiment, Sentiment::Positive);
        }
    }
};

QTEST_GUILESS_MAIN(TestSentiment)
#include "tst_sentiment.moc"
