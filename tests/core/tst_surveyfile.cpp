// Survey definitions as JSON: export then import gives the same definition,
// an existing uuid is updated without losing answers, and bad files are named.

#include "demo.h"
#include "surveyfile.h"
#include "surveyrepository.h"
#include "testdb.h"

#include <QJsonDocument>
#include <QtTest>

using namespace cx;

namespace {
QJsonObject parse(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}
const char* const kDefinition = R"({"uuid":"0c2f3c1e-9a3b-4f51-8d2e-5a6b7c8d9e0f","title":"After your repair",
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
        const QString uuid = t.scalar(QStringLiteral("SELECT uuid FROM surveys WHERE title LIKE 'How likely%'")).toString();
        const int answers = t.scalar(QStringLiteral("SELECT count(*) FROM answers")).toInt();
        QJsonObject def = surveyToJson(*SurveyRepository(t.sql()).byUuid(uuid));
        def.insert(QStringLiteral("title"), QStringLiteral("Would you recommend us?"));
        QJsonArray questions = def.value(QStringLiteral("questions")).toArray();
        QJsonObject first = questions[0].toObject();
        first.insert(QStringLiteral("text"), QStringLiteral("How likely are you to recommend us?"));
        questions[0] = first;
        questions.append(QJsonObject{{"code", "visit"}, {"kind", "yesno"}, {"text", "First visit?"}, {"required", false},
                                     {"options", QJsonArray()}});
        def.insert(QStringLiteral("questions"), questions);
        Survey s;
        QVERIFY(surveyFromJson(def, &s, &error));
        bool created = true;
        QVERIFY2(importSurvey(t.sql(), s, &created, &error), qPrintable(error));
        QVERIFY(!created);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM answers")).toInt(), answers); // nothing lost
        QCOMPARE(surveyToJson(*SurveyRepository(t.sql()).byUuid(uuid)), surveyToJson(s));

        // Leaving out a question that has answers is refused, and changes nothing.
        questions.removeAt(1); // "reason": written answers from the sample
        def.insert(QStringLiteral("questions"), questions);
        QVERIFY2(surveyFromJson(def, &s, &error), qPrintable(error));
        QVERIFY(!importSurvey(t.sql(), s, &created, &error));
        QVERIFY2(error.startsWith(QLatin1String("question 'reason' has ")), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT title FROM surveys WHERE uuid = '%1'").arg(uuid)).toString(),
                 QStringLiteral("Would you recommend us?"));
    }

    void badDefinitions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("no title") << QByteArray(R"({"questions":[{"code":"a","kind":"text","text":"x"}]})")
                                  << "the survey needs a title";
        QTest::newRow("no questions") << QByteArray(R"({"title":"T","questions":[]})") << "the survey has no questions";
        QTest::newRow("bad kind") << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"stars","text":"x"}]})")
                                  << "question 1 'a': kind 'stars' is not one of";
        QTest::newRow("twice") << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"text","text":"x"},)"
                                             R"({"code":"a","kind":"text","text":"y"}]})")
                               << "question 2 'a': code is used twice";
        QTest::newRow("no options") << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"single","text":"x"}]})")
                                    << "question 1 'a': a single question needs options";
        QTest::newRow("later condition") << QByteArray(R"({"title":"T","questions":[{"code":"a","kind":"text","text":"x",)"
                                                       R"("show_if":{"code":"b","op":"=","value":1}},)"
                                                       R"({"code":"b","kind":"nps","text":"y"}]})")
                                         << "show_if refers to 'b', which is not an earlier question";
        QTest::newRow("bad op") << QByteArray(R"({"title":"T","questions":[{"code":"b","kind":"nps","text":"y"},)"
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
};

QTEST_GUILESS_MAIN(TestSurveyFile)
#include "tst_surveyfile.moc"
