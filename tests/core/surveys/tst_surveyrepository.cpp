// The survey and response repositories: a survey with its questions in and
// out, and responses whose answers are checked against those questions.

#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestSurveyRepository : public QObject
{
    Q_OBJECT

private slots:
    void surveyAndResponses()
    {
        cxtest::TestDb t;
        SurveyRepository surveys(t.sql());
        Survey s;
        s.title = QStringLiteral("After your visit");
        Question nps = makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                    QStringLiteral("Recommend?"), true);
        nps.labelMin = QStringLiteral("Not at all likely");
        Question pick = makeQuestion(QStringLiteral("best"), QuestionKind::Single,
                                     QStringLiteral("Best part?"), false);
        pick.options = {QStringLiteral("Coffee"), QStringLiteral("Cakes")};
        Question many = makeQuestion(QStringLiteral("tags"), QuestionKind::Multi,
                                     QStringLiteral("Tags?"), false);
        many.options = {QStringLiteral("Quiet"), QStringLiteral("Clean"), QStringLiteral("Warm")};
        s.questions = {nps, pick, many};
        QString error;
        QVERIFY2(surveys.insert(s, &error), qPrintable(error));
        const auto back = surveys.byUuid(s.uuid.toUpper()); // uuids compare case-insensitively
        QVERIFY(back);
        QCOMPARE(back->questions.size(), 3);
        QCOMPARE(back->questions[0].labelMin, QStringLiteral("Not at all likely"));
        QCOMPARE(back->questions[1].options, pick.options);
        QCOMPARE(back->questions[2].position, 2);

        ResponseRepository responses(t.sql());
        Response r;
        r.surveyId = s.id;
        r.submittedAt = QStringLiteral("2026-03-01T10:00:00+01:00");
        r.answers = {{back->questions[0].id, 9.0, {}},
                     {back->questions[1].id, std::nullopt, QStringLiteral("Cakes")},
                     {back->questions[2].id, std::nullopt, QStringLiteral("Quiet;Warm")}};
        QVERIFY2(responses.insert(r, &error), qPrintable(error));
        QCOMPARE(responses.byId(r.id)->answers.size(), 3);

        struct Bad
        {
            Answer answer;
            const char* problem;
        } bad[] = {{{back->questions[0].id, 11.0, {}}, "outside 0-10"},
                   {{back->questions[0].id, 7.5, {}}, "outside 0-10"},
                   {{back->questions[1].id, std::nullopt, QStringLiteral("Bread")},
                    "not one of its options"},
                   {{back->questions[2].id, std::nullopt, QStringLiteral("Quiet;Loud")},
                    "not one of its options"},
                   {{999, 1.0, {}}, "does not belong"}};
        for (const Bad& b : bad) {
            Response x;
            x.surveyId = s.id;
            x.submittedAt = r.submittedAt;
            x.answers = {b.answer};
            QVERIFY(!responses.insert(x, &error));
            QVERIFY2(error.contains(QLatin1String(b.problem)), qPrintable(error));
        }
        Response late;
        late.surveyId = s.id;
        late.submittedAt = QStringLiteral("yesterday");
        QVERIFY(!responses.insert(late, &error));
        QCOMPARE(responses.count(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM answers")).toInt(),
                 3); // nothing half-written
    }

    // The survey the screenshots and previews show: one with an NPS question
    // before any without, then the one with most questions.
    void fullestPrefersAnNpsQuestionThenMostQuestions()
    {
        cxtest::TestDb t;
        SurveyRepository surveys(t.sql());
        QVERIFY(!surveys.fullest());
        const auto add = [&](const char* title, QVector<QuestionKind> kinds) {
            Survey s;
            s.title = QLatin1String(title);
            for (int i = 0; i < kinds.size(); ++i)
                s.questions.push_back(makeQuestion(QStringLiteral("q%1").arg(i), kinds[i],
                                                   QStringLiteral("Question %1?").arg(i), false));
            QString error;
            if (!surveys.insert(s, &error))
                qWarning() << error;
            return s.id;
        };
        add("Long, no NPS",
            {QuestionKind::Text, QuestionKind::Text, QuestionKind::Text, QuestionKind::Text});
        const qint64 shortNps = add("Short NPS", {QuestionKind::Nps});
        QCOMPARE(surveys.fullest()->id, shortNps);
        const qint64 longerNps = add("Longer NPS", {QuestionKind::Text, QuestionKind::Nps});
        QVERIFY(longerNps > 0);
        const auto pick = surveys.fullest();
        QVERIFY(pick);
        QCOMPARE(pick->id, longerNps);
        QCOMPARE(pick->questions.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSurveyRepository)
#include "tst_surveyrepository.moc"
