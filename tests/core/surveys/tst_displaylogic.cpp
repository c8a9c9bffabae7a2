// Display logic: when a question is asked, evaluated the same way by every
// part of CX Desk.

#include "core/io/importer.h"
#include "core/surveys/displaylogic.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestDisplayLogic : public QObject
{
    Q_OBJECT

private slots:
    void conditions_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QVariant>("answer");
        QTest::addColumn<bool>("shown");
        const QString detractor = QStringLiteral(R"({"code":"nps","op":"<=","value":6})");
        QTest::newRow("detractor 6") << detractor << QVariant(6) << true;
        QTest::newRow("detractor 0") << detractor << QVariant(0) << true;
        QTest::newRow("passive 7") << detractor << QVariant(7) << false;
        QTest::newRow("as text") << detractor << QVariant(QStringLiteral("3")) << true;
        QTest::newRow("unanswered") << detractor << QVariant() << false;
        QTest::newRow("blank") << detractor << QVariant(QStringLiteral(" ")) << false;
        QTest::newRow("=") << QStringLiteral(R"({"code":"x","op":"=","value":5})") << QVariant(5.0)
                           << true;
        QTest::newRow("!=") << QStringLiteral(R"({"code":"x","op":"!=","value":5})") << QVariant(5)
                            << false;
        QTest::newRow("<") << QStringLiteral(R"({"code":"x","op":"<","value":3})") << QVariant(3)
                           << false;
        QTest::newRow(">") << QStringLiteral(R"({"code":"x","op":">","value":3})") << QVariant(4)
                           << true;
        QTest::newRow(">=") << QStringLiteral(R"({"code":"x","op":">=","value":3})") << QVariant(3)
                            << true;
        QTest::newRow("yes as 1") << QStringLiteral(R"({"code":"x","op":"=","value":1})")
                                  << QVariant(QStringLiteral("Yes")) << true;
        QTest::newRow("value yes")
            << QStringLiteral(R"({"code":"x","op":"=","value":"yes"})") << QVariant(1) << true;
        QTest::newRow("choice, any case")
            << QStringLiteral(R"({"code":"x","op":"=","value":"Cakes"})")
            << QVariant(QStringLiteral("cakes")) << true;
        QTest::newRow("one of several")
            << QStringLiteral(R"({"code":"x","op":"=","value":"Music"})")
            << QVariant(QStringLiteral("Coffee;Music")) << true;
        QTest::newRow("none of several")
            << QStringLiteral(R"({"code":"x","op":"!=","value":"Music"})")
            << QVariant(QStringLiteral("Coffee;Music")) << false;
        QTest::newRow("texts have no order")
            << QStringLiteral(R"({"code":"x","op":"<","value":"b"})")
            << QVariant(QStringLiteral("a")) << false;
    }
    void conditions()
    {
        QFETCH(QString, condition);
        QFETCH(QVariant, answer);
        QFETCH(bool, shown);
        Question q =
            makeQuestion(QStringLiteral("why"), QuestionKind::Text, QStringLiteral("Why?"));
        q.showIf = condition;
        QHash<QString, QVariant> answers;
        if (answer.isValid())
            answers.insert(QJsonDocument::fromJson(condition.toUtf8())
                               .object()
                               .value(QStringLiteral("code"))
                               .toString(),
                           answer);
        QCOMPARE(isShown(q, answers), shown);
    }

    void badConditions()
    {
        QString error;
        QVERIFY(!parseCondition(QStringLiteral("nps < 6"), &error));
        QVERIFY(!parseCondition(QStringLiteral(R"({"op":"<","value":6})"), &error));
        QVERIFY(error.contains(QLatin1String("names no question")));
        QVERIFY(!parseCondition(QStringLiteral(R"({"code":"nps","op":"=<","value":6})"), &error));
        QVERIFY(error.contains(QLatin1String("'=<'")));
        QVERIFY(!parseCondition(QStringLiteral(R"({"code":"nps","op":"<"})"), &error));
        Question always =
            makeQuestion(QStringLiteral("q"), QuestionKind::Text, QStringLiteral("Q"));
        QVERIFY(isShown(always, {}));
    }

    // The import asks a required question only where the logic shows it.
    void importRequiresOnlyWhatWasAsked()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(
            QStringLiteral("INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Visit');\n"
                           "INSERT INTO questions (id, survey_id, position, code, kind, text, "
                           "required, show_if) VALUES "
                           "(1, 1, 0, 'nps', 'nps', 'Recommend?', 1, NULL), "
                           "(2, 1, 1, 'why', 'text', 'What went wrong?', 1, "
                           "'{\"code\":\"nps\",\"op\":\"<=\",\"value\":6}')")));
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("r.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("submitted_at,nps,why\n"
                "2026-03-01T10:00:00+01:00,10,\n" // a promoter is not asked why
                "2026-03-01T11:00:00+01:00,3,Cold food\n"
                "2026-03-01T12:00:00+01:00,2,\n"); // a detractor is, and must answer
        f.close();
        ImportOptions o;
        o.kind = RecordKind::Responses;
        o.surveyId = 1;
        o.path = f.fileName();
        o.skipInvalid = true;
        ImportReport r;
        QString error;
        QVERIFY2(Importer(t.sql()).run(o, &r, &error), qPrintable(error));
        QCOMPARE(r.added, 2);
        QCOMPARE(r.rejected, 1);
        QCOMPARE(
            r.problems,
            (QStringList{f.fileName() +
                         QStringLiteral(":4: column 'why': is empty; the question is required")}));
    }
};

QTEST_GUILESS_MAIN(TestDisplayLogic)
#include "tst_displaylogic.moc"
