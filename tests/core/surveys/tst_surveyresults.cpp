// A survey's results against answers counted by hand.

#include "core/demo/demo.h"
#include "core/metrics/metrics.h"
#include "core/surveys/surveyresults.h"
#include "tests/common/testdb.h"

#include <QtTest>
#include <cmath>

using namespace cx;

class TestSurveyResults : public QObject
{
    Q_OBJECT

private slots:
    void distributionsAndScores()
    {
        cxtest::TestDb t;
        // Five responses in March, one in April. NPS 10, 9, 7, 3, 0 (March): 2 promoters, 2
        // detractors of 5. CSAT 5, 4, 2 (March). Yes/no: yes, yes, no. Multi: Coffee;Cakes, Cakes,
        // Music.
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Visit');\n"
            "INSERT INTO questions (id, survey_id, position, code, kind, text, options) VALUES "
            "(1, 1, 0, 'nps', 'nps', 'Recommend?', NULL), (2, 1, 1, 'csat', 'csat', 'Happy?', "
            "NULL), "
            "(3, 1, 2, 'back', 'yesno', 'Back?', NULL), (4, 1, 3, 'liked', 'multi', 'Liked?', "
            "'Coffee;Cakes;Music'), "
            "(5, 1, 4, 'why', 'text', 'Why?', NULL);\n"
            "INSERT INTO responses (id, uuid, survey_id, submitted_at) VALUES "
            "(1, 'r1', 1, '2026-03-01T10:00:00+01:00'), (2, 'r2', 1, '2026-03-02T10:00:00+01:00'), "
            "(3, 'r3', 1, '2026-03-03T10:00:00+01:00'), (4, 'r4', 1, '2026-03-04T10:00:00+01:00'), "
            "(5, 'r5', 1, '2026-03-05T10:00:00+01:00'), (6, 'r6', 1, "
            "'2026-04-01T10:00:00+01:00');\n"
            "INSERT INTO answers (response_id, question_id, value_num, value_text) VALUES "
            "(1, 1, 10, NULL), (2, 1, 9, NULL), (3, 1, 7, NULL), (4, 1, 3, NULL), (5, 1, 0, NULL), "
            "(6, 1, 10, NULL), "
            "(1, 2, 5, NULL), (2, 2, 4, NULL), (3, 2, 2, NULL), "
            "(1, 3, 1, NULL), (2, 3, 1, NULL), (3, 3, 0, NULL), "
            "(1, 4, NULL, 'Coffee;Cakes'), (2, 4, NULL, 'Cakes'), (3, 4, NULL, 'Music'), (1, 5, "
            "NULL, 'Nice')")));
        SurveyResults r;
        QString error;
        QVERIFY2(loadSurveyResults(t.sql(), 1, QDate(2026, 3, 1), QDate(2026, 3, 31), &r, &error),
                 qPrintable(error));
        QCOMPARE(r.responses, qint64(5));
        QCOMPARE(r.months, QStringList{"2026-03"});
        QCOMPARE(r.questions.size(), 4); // the text question is left out
        const QuestionResult& nps = r.questions[0];
        QCOMPARE(nps.answers, qint64(5));
        QCOMPARE(nps.counts, (QVector<qint64>{1, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1}));
        QCOMPARE(*nps.nps, 0.0);
        // p = d = 0.4: 196 x sqrt((0.8 - 0) / 5)
        QCOMPARE(*nps.npsMargin, 196.0 * std::sqrt(0.8 / 5.0));
        QCOMPARE(*nps.mean, 29.0 / 5.0);
        const QuestionResult& csat = r.questions[1];
        QCOMPARE(csat.categories, (QStringList{"1", "2", "3", "4", "5"}));
        QCOMPARE(csat.counts, (QVector<qint64>{0, 1, 0, 1, 1}));
        QCOMPARE(*csat.csat, 200.0 / 3.0);
        QCOMPARE(r.questions[2].counts, (QVector<qint64>{1, 2}));
        QCOMPARE(r.questions[2].categories, (QStringList{"No", "Yes"}));
        QVERIFY(!r.questions[2].mean);
        QCOMPARE(r.questions[3].counts, (QVector<qint64>{1, 2, 1}));
        QCOMPARE(r.questions[3].answers, qint64(3));

        // The metrics engine agrees on NPS and CSAT for the same period and survey.
        MetricsFilter f;
        f.from = QDate(2026, 3, 1);
        f.to = QDate(2026, 3, 31);
        f.surveyId = 1;
        MetricValues v;
        QVERIFY(MetricsEngine(t.sql()).compute(f, &v, &error));
        QCOMPARE(*v.nps, *nps.nps);
        QCOMPARE(*v.csat, *csat.csat);

        // All time: April's 10 joins.
        QVERIFY(loadSurveyResults(t.sql(), 1, QDate(), QDate(), &r, &error));
        QCOMPARE(r.responses, qint64(6));
        QCOMPARE(r.perMonth, (QVector<qint64>{5, 1}));
        QCOMPARE(*r.questions[0].nps, 100.0 * (3.0 - 2.0) / 6.0);
        QVERIFY(!loadSurveyResults(t.sql(), 42, QDate(), QDate(), &r, &error));
    }

    // A kind asked once per survey is counted from the daily sums, a kind asked
    // twice from the answers themselves: both ways give each question its own.
    // The survey list's NPS and CSAT, read for all surveys at once, equal
    // each survey's metrics computed alone, whatever the filter.
    void overviewsAgreeWithEachSurveyAlone()
    {
        cxtest::TestDb t;
        DemoOptions o;
        o.seed = 3;
        o.customers = 200;
        o.interactions = 1500;
        o.responses = 600;
        o.end = QDate(2026, 6, 30);
        QString error;
        QVERIFY2(DemoGenerator(t.sql()).generate(o, nullptr, &error), qPrintable(error));
        const qint64 store =
            t.scalar(QStringLiteral("SELECT id FROM channels WHERE name = 'Store'")).toLongLong();
        QVERIFY(store > 0);
        struct Case
        {
            QDate from, to;
            qint64 channel;
            QString segment;
        } cases[] = {{{}, {}, 0, {}},
                     {QDate(2026, 1, 1), QDate(2026, 3, 31), store, {}},
                     {QDate(2025, 7, 1), QDate(2026, 6, 30), 0, QStringLiteral("Family")}};
        int withNps = 0;
        for (const Case& c : cases) {
            MetricsFilter f;
            f.from = c.from;
            f.to = c.to;
            f.channelId = c.channel;
            f.segment = c.segment;
            QVector<SurveyOverview> overviews;
            QVERIFY2(surveyOverviews(t.sql(), f, QDate(2026, 7, 1), &overviews, &error),
                     qPrintable(error));
            QCOMPARE(overviews.size(), 3);
            for (const SurveyOverview& ov : std::as_const(overviews)) {
                MetricsFilter alone = f;
                alone.surveyId = ov.survey.id;
                MetricValues v;
                QVERIFY2(MetricsEngine(t.sql()).compute(alone, &v, &error), qPrintable(error));
                QCOMPARE(ov.nps.has_value(), v.nps.has_value());
                QCOMPARE(ov.csat.has_value(), v.csat.has_value());
                if (v.nps) {
                    QVERIFY(std::abs(*ov.nps - *v.nps) < 1e-9);
                    QVERIFY(std::abs(*ov.npsMargin - *v.npsMargin) < 1e-9);
                    ++withNps;
                }
                if (v.csat)
                    QVERIFY(std::abs(*ov.csat - *v.csat) < 1e-9);
            }
        }
        QVERIFY(withNps >= 3);
    }

    void sameKindTwice()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Two CSATs'), (2, 's2', 'One "
            "CSAT');\n"
            "INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES "
            "(1, 1, 0, 'food', 'csat', 'Food?'), (2, 1, 1, 'staff', 'csat', 'Staff?'), (3, 2, 0, "
            "'csat', 'csat', 'Happy?');\n"
            "INSERT INTO responses (id, uuid, survey_id, submitted_at) VALUES "
            "(1, 'r1', 1, '2026-03-01T10:00:00Z'), (2, 'r2', 1, '2026-03-02T10:00:00Z'), (3, 'r3', "
            "2, '2026-03-02T11:00:00Z');\n"
            "INSERT INTO answers (response_id, question_id, value_num) VALUES (1, 1, 5), (1, 2, "
            "1), (2, 1, 4), (2, 2, 2), (3, 3, 3)")));
        SurveyResults r;
        QString error;
        QVERIFY2(loadSurveyResults(t.sql(), 1, QDate(), QDate(), &r, &error), qPrintable(error));
        QCOMPARE(r.questions[0].counts, (QVector<qint64>{0, 0, 0, 1, 1}));
        QCOMPARE(r.questions[1].counts, (QVector<qint64>{1, 1, 0, 0, 0}));
        QCOMPARE(*r.questions[0].csat, 100.0);
        QCOMPARE(*r.questions[1].csat, 0.0);
        QVERIFY(loadSurveyResults(t.sql(), 2, QDate(), QDate(), &r, &error));
        QCOMPARE(r.questions[0].counts, (QVector<qint64>{0, 0, 1, 0, 0}));
        // Out of the period: nothing counted from either source.
        QVERIFY(loadSurveyResults(t.sql(), 1, QDate(2026, 4, 1), QDate(2026, 4, 30), &r, &error));
        QCOMPARE(r.questions[0].answers, qint64(0));
        QVERIFY(loadSurveyResults(t.sql(), 2, QDate(2026, 3, 2), QDate(2026, 3, 2), &r, &error));
        QCOMPARE(r.questions[0].answers, qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSurveyResults)
#include "tst_surveyresults.moc"
