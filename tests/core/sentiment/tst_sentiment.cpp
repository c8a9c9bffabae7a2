// Sentiment against sentences scored by hand with the rules in sentiment.h:
// values from resources/sentiment/words.txt, x1.5 after a booster, x0.5
// after a softener, x-0.5 within three words after a negator in the same
// clause; score = sum / sqrt(sum^2 + 15).

#include "core/sentiment/sentiment.h"
#include "tests/common/testdb.h"

#include <QtTest>
#include <cmath>

using namespace cx;

class TestSentiment : public QObject
{
    Q_OBJECT

private slots:
    void handScored_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("sum");
        QTest::addColumn<QString>("sentiment");
        // excellent 4 + best 3
        QTest::newRow("two praises")
            << "Excellent pastries, the best in town." << 7.0 << "positive";
        QTest::newRow("one mild complaint") << "The coffee was cold." << -1.0 << "negative";
        // good 2 x -0.5
        QTest::newRow("negated praise") << "Not good at all." << -1.0 << "negative";
        // bad -3 x -0.5
        QTest::newRow("negated complaint") << "Not bad" << 1.5 << "positive";
        // friendly 2 x 1.5
        QTest::newRow("booster") << "Very friendly staff" << 3.0 << "positive";
        // slow -2 x 0.5
        QTest::newRow("softener") << "A bit slow" << -1.0 << "negative";
        QTest::newRow("nothing said") << "We ordered a birthday cake." << 0.0 << "neutral";
        // rude -3 x -0.5 + late -2 x -0.5 (never, within the new clause)
        QTest::newRow("two negations")
            << "The staff were not rude, never late" << 2.5 << "positive";
        // the comma ends the negated clause: delicious 3 stands
        QTest::newRow("clause ends negation")
            << "Not the cheapest, but delicious" << 3.0 << "positive";
        // good 2 x 1.5 (so) x -0.5 (not)
        QTest::newRow("negated booster") << "It was not so good" << -1.5 << "negative";
        // don't -> dont; like 1 x -0.5; apostrophes of either kind
        QTest::newRow("contraction")
            << QStringLiteral("I don\u2019t like it") << -0.5 << "negative";
        // love 3 + rude -3
        QTest::newRow("mixed evens out") << "Love the cakes, rude cashier" << 0.0 << "neutral";
        QTest::newRow("upper case") << "TERRIBLE" << -4.0 << "negative";
    }
    void handScored()
    {
        QFETCH(QString, text);
        QFETCH(double, sum);
        QFETCH(QString, sentiment);
        const SentimentScore s = scoreSentiment(text);
        QCOMPARE(s.sum, sum);
        QCOMPARE(s.score, sum / std::sqrt(sum * sum + 15.0));
        QCOMPARE(sentimentName(s.sentiment), sentiment);
        QVERIFY(s.score >= -1 && s.score <= 1);
    }

    void scoresApproachButNeverReachOne()
    {
        QCOMPARE(scoreSentiment(QStringLiteral("good")).score, 2.0 / std::sqrt(19.0));
        const double strong =
            scoreSentiment(QStringLiteral("amazing wonderful excellent perfect superb")).score;
        QVERIFY(strong > 0.97 && strong < 1.0);
    }

    void themesAreWordsAndPhrases()
    {
        // Stop words and modifiers drop out; a phrase is two such words side by side.
        QCOMPARE(themeTerms(QStringLiteral("The home delivery was very late again.")),
                 (QStringList{"home", "delivery", "home delivery", "late"}));
        ThemeCounter counter;
        counter.add(QStringLiteral("Home delivery late"));
        counter.add(
            QStringLiteral("home delivery was late, late, late")); // a term counts once per comment
        counter.add(QStringLiteral("Cold coffee"));
        const QVector<Theme> top = counter.top(3);
        QCOMPARE(top.size(), 3);
        QCOMPARE(top[0].term, QStringLiteral("delivery")); // 2 each, then A-Z
        QCOMPARE(top[0].count, 2);
        QCOMPARE(top[1].term, QStringLiteral("home"));
        QCOMPARE(top[2].term, QStringLiteral("home delivery"));
        for (const Theme& t : counter.top(50))
            QVERIFY(t.term != QLatin1String("coffee")); // once is not a theme
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
        // late -2 + cold -1
        QCOMPARE(r.comments.first().sentiment.sum, -3.0);
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
    }
};

QTEST_GUILESS_MAIN(TestSentiment)
#include "tst_sentiment.moc"
