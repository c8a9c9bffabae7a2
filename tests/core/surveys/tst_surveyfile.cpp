// Survey definitions as JSON: export then import gives the same definition,
// an existing uuid is updated without losing answers, and bad files are named.

#include "core/demo/demo.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "core/surveys/surveytemplates.h"
#include "tests/common/testdb.h"

#include <QJsonDocument>
#include <QtTest>

using namespace cx;

namespace {
QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
const char* const kDefinition =
    R"({"uuid":"0c2f3c1e-9a3b-4f51-8d2e-5a6b7c8d9e0f","title":"After your repair",
 "description":"Sent a day after collection","language":"en","questions":[
 {"code":"nps","kind":"nps","text":"Recommend us?","required":true,"options":[],
  "labels":{"min":"Not at all likely","max":"Extremely likely"}},
 {"code":"why","kind":"text","text":"What disappointed you most?","required":false,"options":[],
  "show_if":{"code":"nps","op":"<=","value":6}},
 {"code":"parts","kind":"multi","text":"Which parts were replaced?","required":false,"options":["Screen","Battery"]}]})";
} // namespace

class TestSurveyFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        cxtest::TestDb a, b;
        Survey s;
        QString error;
        QVERIFY2(surveyFromJson(parse(kDefinition), &s, &error), qPrintable(error));
        bool created = false;
        QVERIFY(importSurvey(a.sql(), s, &created, &error));
        QVERIFY(created);
        const QJsonObject exported = surveyToJson(*SurveyRepository(a.sql()).byUuid(s.uuid));
        QCOMPARE(exported, parse(kDefinition)); // the same definition, labels and logic included
        Survey again;
        QVERIFY(surveyFromJson(exported, &again, &error));
        QVERIFY(importSurvey(b.sql(), again, &created, &error));
        QCOMPARE(surveyToJson(*SurveyRepository(b.sql()).byUuid(s.uuid)), exported);
    }

    void updateKeepsAnswers()
    {
        cxtest::TestDb t;
        DemoOptions o;
        o.customers = 100;
        o.interactions = 100;
        o.responses = 300;
        o.end = QDate(2026, 6, 30);
        QString error;
        QVERIFY(DemoGenerator(t.sql()).generate(o, nullptr, &error));
        const QString uuid =
            t.scalar(QStringLiteral("SELECT uuid FROM surveys WHERE title LIKE 'How likely%'"))
                .toString();
        const int answers = t.scalar(QStringLiteral("SELECT count(*) FROM answers")).toInt();
        QJsonObject def = surveyToJson(*SurveyRepository(t.sql()).byUuid(uuid));
        def.insert(QStringLiteral("title"), QStringLiteral("Would you recommend us?"));
        QJsonArray questions = def.value(QStringLiteral("questions")).toArray();
        QJsonObject first = questions[0].toObject();
        first.insert(QStringLiteral("text"), QStringLiteral("How likely are you to recommend us?"));
        questions[0] = first;
        questions.append(QJsonObject{{"code", "visit"},
                                     {"kind", "yesno"},
                                     {"text", "First visit?"},
                                     {"required", false},
                                     {"options", QJsonArray()}});
        def.insert(QStringLiteral("questions"), questions);
        Survey s;
        QVERIFY(surveyFromJson(def, &s, &error));
        bool created = true;
        QVERIFY2(importSurvey(t.sql(), s, &created, &error), qPrintable(error));
        QVERIFY(!created);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM answers")).toInt(),
                 answers); // nothing lost
        QCOMPARE(surveyToJson(*SurveyRepository(t.sql()).byUuid(uuid)), surveyToJson(s));

        // Leaving out a question that has answers is refused, and changes nothing.
        questions.removeAt(1); // "reason": written answers from the sample
        def.insert(QStringLiteral("questions"), questions);
        QVERIFY2(surveyFromJson(def, &s, &error), qPrintable(error));
        QVERIFY(!importSurvey(t.sql(), s, &created, &error));
        QVERIFY2(error.startsWith(QLatin1String("question 'reason' has ")), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT title FROM surveys WHERE uuid = '%1'").arg(uuid))
                     .toString(),
                 QStringLiteral("Would you recommend us?"));
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QByteArray(
                                         R"({"questions":[{"code":"a","kind":"text","text":"x"}]})")
                                  << "the survey needs a title";
        QTest::newRow("no questions")
            << QByteArray(R"({"title":"T","questions":[]})") << "the survey has no questions";
        QTest::newRow("bad kind")
            << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"stars","text":"x"}]})")
            << "question 1 'a': kind 'stars' is not one of";
        QTest::newRow("twice")
            << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"text","text":"x"},)"
                          R"({"code":"a","kind":"text","text":"y"}]})")
            << "question 2 'a': code is used twice";
        QTest::newRow("no options")
            << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"single","text":"x"}]})")
            << "question 1 'a': a single question needs options";
        QTest::newRow("later condition")
            << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"text","text":"x",)"
                          R"("show_if":{"code":"b","op":"=","value":1}},)"
                          R"({"code":"b","kind":"nps","text":"y"}]})")
            << "show_if refers to 'b', which is not an earlier question";
        QTest::newRow("bad op")
            << QByteArray(
                   R"({"title":"T","questions":[{"code":"b","kind":"nps","text":"y"},)"
                   R"({"code":"a","kind":"text","text":"x","show_if":{"code":"b","op":"~","value":1}}]})")
            << "show_if op '~' is not one of";
    }
    void badDefinitions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Survey s;
        QString error;
        QVERIFY(!surveyFromJson(QJsonDocument::fromJson(json).object(), &s, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    // The builder saves by question id: a renamed, reordered question keeps its
    // answers; an answered question cannot be dropped; settings are saved.
    void builderSaves()
    {
        cxtest::TestDb t;
        Survey s;
        QString error;
        QVERIFY(surveyFromJson(parse(kDefinition), &s, &error));
        s.thankYou = QStringLiteral("Thanks, see you soon!");
        QVERIFY2(saveSurvey(t.sql(), s, &error), qPrintable(error));
        QVERIFY(s.id > 0);
        const qint64 npsId = s.questions[0].id;
        QVERIFY(t.exec(
            QStringLiteral(
                "INSERT INTO responses (id, uuid, survey_id, submitted_at) VALUES (1, 'r1', %1, "
                "'2026-03-01T10:00:00Z');\n"
                "INSERT INTO answers (response_id, question_id, value_num) VALUES (1, %2, 3)")
                .arg(s.id)
                .arg(npsId)));
        Survey edited = *SurveyRepository(t.sql()).byId(s.id);
        QCOMPARE(edited.thankYou, QStringLiteral("Thanks, see you soon!"));
        std::swap(edited.questions[0], edited.questions[2]); // parts, why, nps
        edited.questions[2].code = QStringLiteral("recommend");
        edited.questions[1].showIf = QStringLiteral(R"({"code":"recommend","op":"<=","value":6})");
        // "why" now refers to a later question: refused, named.
        QVERIFY(!saveSurvey(t.sql(), edited, &error));
        QCOMPARE(error, QStringLiteral("question 2 'why': its condition refers to 'recommend', "
                                       "which is not an earlier question"));
        std::swap(edited.questions[1], edited.questions[2]); // parts, recommend, why
        edited.status = SurveyStatus::Closed;
        QVERIFY2(saveSurvey(t.sql(), edited, &error), qPrintable(error));
        const Survey saved = *SurveyRepository(t.sql()).byId(s.id);
        QCOMPARE(saved.status, SurveyStatus::Closed);
        QCOMPARE(saved.questions[1].code, QStringLiteral("recommend"));
        QCOMPARE(saved.questions[1].id, npsId); // the same question, its answer kept
        QCOMPARE(t.scalar(QStringLiteral("SELECT question_id FROM answers")).toLongLong(), npsId);
        QCOMPARE(saved.questions[0].code, QStringLiteral("parts"));
        // Dropping the answered question is refused and changes nothing.
        Survey dropped = saved;
        dropped.questions.removeAt(1);
        dropped.questions[1].showIf.clear();
        QVERIFY(!saveSurvey(t.sql(), dropped, &error));
        QVERIFY2(error.startsWith(QStringLiteral("question 'recommend' has 1 answers")),
                 qPrintable(error));
        QCOMPARE(SurveyRepository(t.sql()).byId(s.id)->questions.size(), 3);
        // The thank-you message travels in the JSON only when set.
        const QJsonObject json = surveyToJson(saved);
        QCOMPARE(json.value(QStringLiteral("thank_you")).toString(),
                 QStringLiteral("Thanks, see you soon!"));
        Survey back;
        QVERIFY(surveyFromJson(json, &back, &error));
        QCOMPARE(back.thankYou, saved.thankYou);
        Survey plain = saved;
        plain.thankYou.clear();
        QVERIFY(!surveyToJson(plain).contains(QStringLiteral("thank_you")));
    }

    // Every template is a valid definition that saves and round-trips through JSON.
    void templatesAreValid()
    {
        const QVector<SurveyTemplate> all = surveyTemplates();
        QCOMPARE(all.size(), 4);
        cxtest::TestDb t;
        for (SurveyTemplate tpl : all) {
            QVERIFY2(surveyProblem(tpl.survey).isEmpty(),
                     qPrintable(tpl.name + ": " + surveyProblem(tpl.survey)));
            QString error;
            QVERIFY2(saveSurvey(t.sql(), tpl.survey, &error), qPrintable(error));
            const QJsonObject json = surveyToJson(*SurveyRepository(t.sql()).byId(tpl.survey.id));
            Survey back;
            QVERIFY(surveyFromJson(json, &back, &error));
            QCOMPARE(surveyToJson(back).value(QStringLiteral("questions")),
                     json.value(QStringLiteral("questions")));
        }
        QVERIFY(surveyProblem(blankSurvey()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSurveyFile)
#include "tst_surveyfile.moc"
