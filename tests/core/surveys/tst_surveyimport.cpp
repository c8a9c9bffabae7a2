// Surveys made in LimeSurvey, Qualtrics and XLSForm/ODK: real files written
// by those tools' own projects, and hand-made ones that each show one thing
// the import must handle (tests/data/surveyimport/README.md).

#include "core/common/timeutil.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/import/readers.h"
#include "core/surveys/import/sourcetext.h"
#include "core/surveys/import/surveyimport.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

using namespace cx;

namespace {

QString data(const QString& name)
{
    return qEnvironmentVariable("CXDESK_TEST_DATA") + QStringLiteral("/surveyimport/") + name;
}

SourceSurvey read(const QString& name, const QString& language = QString())
{
    SourceSurvey s;
    QString error;
    if (!readSurveyFile(data(name), language, &s, &error))
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    return s;
}

const PlannedQuestion* planned(const ImportPlan& plan, const QString& code)
{
    for (const PlannedQuestion& p : plan.questions)
        if (p.source.code == code)
            return &p;
    return nullptr;
}

const Question* question(const Survey& s, const QString& code)
{
    for (const Question& q : s.questions)
        if (q.code == code)
            return &q;
    return nullptr;
}

QString kindOf(const ImportPlan& plan, const QString& code)
{
    const PlannedQuestion* p = planned(plan, code);
    return !p        ? QStringLiteral("(missing)")
           : p->kind ? questionKindName(*p->kind)
                     : QStringLiteral("left out");
}

QJsonObject showIf(const Survey& s, const QString& code)
{
    const Question* q = question(s, code);
    return q ? QJsonDocument::fromJson(q->showIf.toUtf8()).object() : QJsonObject();
}

qint64 utcOf(const QString& timestamp)
{
    qint64 ms = 0;
    return parseTimestamp(timestamp, &ms) ? ms : -1;
}

// The answers of the stored response with that uuid suffix, by question code.
QHash<QString, QVariant> answersOf(cxtest::TestDb& t, qint64 responseId)
{
    QHash<QString, QVariant> out;
    QSqlQuery q(t.sql());
    q.prepare(QStringLiteral("SELECT q.code, a.value_num, a.value_text FROM answers a JOIN "
                             "questions q ON q.id = a.question_id WHERE a.response_id = ?"));
    q.addBindValue(responseId);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).isNull() ? q.value(2) : q.value(1));
    return out;
}

} // namespace

class TestSurveyImport : public QObject
{
    Q_OBJECT

    int cli(const QStringList& args, QString* out, QString* err)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CXDESK_CLI"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void detectsTheFormatByContent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::newRow("lss 2") << "real/ls2_group_relevance.lss"
                               << int(SurveyFileFormat::LimeSurvey);
        QTest::newRow("lss 6") << "real/survey-one-question-two-languages.lss"
                               << int(SurveyFileFormat::LimeSurvey);
        QTest::newRow("lsa") << "made/repair_shop.lsa" << int(SurveyFileFormat::LimeSurveyArchive);
        QTest::newRow("lsr") << "made/repair_shop_responses.lsr"
                             << int(SurveyFileFormat::LimeSurveyResponses);
        QTest::newRow("qsf") << "real/sq_example.qsf" << int(SurveyFileFormat::Qualtrics);
        QTest::newRow("qualtrics csv")
            << "real/sample.csv" << int(SurveyFileFormat::QualtricsResponses);
        QTest::newRow("xlsx") << "real/flat_xlsform_test.xlsx" << int(SurveyFileFormat::XlsForm);
        QTest::newRow("xform") << "real/flat_xlsform_test.xml" << int(SurveyFileFormat::XForm);
        QTest::newRow("latin-1 xform") << "made/latin1.xml" << int(SurveyFileFormat::XForm);
        QTest::newRow("text") << "made/not_a_survey.txt" << int(SurveyFileFormat::Unknown);
    }
    void detectsTheFormatByContent()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFile f(data(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(int(detectSurveyFormat(f.peek(8192))), format);
        // A file renamed to something else is read all the same.
        if (format != int(SurveyFileFormat::Unknown) &&
            format != int(SurveyFileFormat::LimeSurveyResponses)) {
            QTemporaryDir dir;
            const QString copy = dir.filePath(QStringLiteral("renamed.dat"));
            QVERIFY(QFile::copy(data(file), copy));
            SourceSurvey s;
            QString error;
            QVERIFY2(readSurveyFile(copy, QString(), &s, &error), qPrintable(error));
            QVERIFY(!s.questions.isEmpty());
        }
    }

    void simpleConditions_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("expected"); // "code op value", or "" when not one comparison
        QTest::newRow("limesurvey") << "((q1.NAOK == \"Y\"))"
                                    << "q1 = Y";
        QTest::newRow("limesurvey number") << "nps.NAOK <= 6"
                                           << "nps <= 6";
        QTest::newRow("limesurvey words") << "age gt 5"
                                          << "age > 5";
        QTest::newRow("reversed") << "5 < age"
                                  << "age > 5";
        QTest::newRow("xlsform") << "${x} = 'v'"
                                 << "x = v";
        QTest::newRow("xlsform typographic") << "${leader_name} = ‘other’"
                                             << "leader_name = other";
        QTest::newRow("selected") << "selected(${topics}, 'vaccine')"
                                  << "topics = vaccine";
        QTest::newRow("not selected") << "not(selected(${skip}, 'yes'))"
                                      << "skip != yes";
        QTest::newRow("xform path") << " /data/grp/taste  = 'bad'"
                                    << "taste = bad";
        QTest::newRow("and") << "${a} = 'x' and ${b} = 'y'"
                             << "";
        QTest::newRow("or in limesurvey") << "q1 == 'A' || q2 == 'B'"
                                          << "";
        QTest::newRow("function") << "!is_empty(p2_sex)"
                                  << "";
        QTest::newRow("count") << "count(that.Multiple.NAOK) > 2"
                               << "";
        QTest::newRow("quoted and") << "${a} = 'salt and pepper'"
                                    << "a = salt and pepper";
    }
    void simpleConditions()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        QString problem;
        const auto c = simpleCondition(expression, &problem);
        if (expected.isEmpty()) {
            QVERIFY(!c);
            QVERIFY(!problem.isEmpty());
        } else {
            QVERIFY2(c, qPrintable(problem));
            QCOMPARE(QStringLiteral("%1 %2 %3").arg(c->code, c->op, c->value), expected);
        }
    }

    // Real files from the tools' own projects: what each question becomes.
    void realFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("imported");
        QTest::addColumn<int>("leftOut");
        QTest::addColumn<int>("conditions");
        // code=kind pairs that must hold, and one question's text
        QTest::addColumn<QStringList>("kinds");
        QTest::addColumn<QString>("sampleCode");
        QTest::addColumn<QString>("sampleText");
        QTest::newRow("LimeSurvey 2.0")
            << "real/ls2_group_relevance.lss"
            << ""
            << "LimeSurvey 2 or 3"
            << "Sample Census" << 21 << 9 << 1
            << QStringList{"gender=single", "cohabs=text", "p1_rel=single", "s_you=left out"}
            << "name"
            << "What is your name?";
        QTest::newRow("LimeSurvey 2.05")
            << "real/ls205_em_tailoring.lss"
            << ""
            << "LimeSurvey 2 or 3"
            << "Tailoring Examples" << 18 << 13 << 8
            << QStringList{"married=yesno", "ranking=left out", "opinions=left out", "BMI=left out",
                           "weightunits=single"}
            << "married"
            << "Are you married?";
        QTest::newRow("LimeSurvey 2.05, French")
            << "real/ls205_randomization_group_test.lss"
            << "fr"
            << "LimeSurvey 2 or 3"
            << "Enquête test groupe de randomisation" << 6 << 9 << 0
            << QStringList{"Q4=single", "Q7=left out", "g1q1=left out"} << "Q1"
            << "1 Texte Q1";
        QTest::newRow("LimeSurvey 2.6")
            << "real/a_rather_interesting_questionnaire_for_testing.lss"
            << ""
            << "LimeSurvey 2 or 3"
            << "A Rather Interesting Questionnaire for Testing" << 3 << 0 << 0
            << QStringList{"cob=text", "yob=text", "fcol=single"} << "fcol"
            << "What is your favourite colour?";
        QTest::newRow("LimeSurvey 4")
            << "real/limesurvey_survey_demo.lss"
            << ""
            << "LimeSurvey 4 or later"
            << "demoAddEmFunction demo survey" << 3 << 1 << 0
            << QStringList{"Multiple=multi", "You=text", "ShowOtherPage=left out"} << "You"
            << "What is your name ?";
        QTest::newRow("LimeSurvey 5, Dutch")
            << "real/limesurvey_survey_expressionAnswerOptionsTest.lss"
            << "nl"
            << "LimeSurvey 4 or later"
            << "" << 1 << 1 << 0 << QStringList{"Simple=single", "Array=left out"} << ""
            << "";
        QTest::newRow("LimeSurvey 6")
            << "real/survey_fixMovedQuestionConditionsNew.lss"
            << ""
            << "LimeSurvey 4 or later"
            << "Test" << 5 << 0 << 2 << QStringList{"G01Q03=single", "G01Q04=text", "Q00=single"}
            << "G01Q05"
            << "Question three";
        QTest::newRow("LimeSurvey 6, two languages")
            << "real/survey-one-question-two-languages.lss"
            << "et"
            << "LimeSurvey 4 or later"
            << "" << 1 << 0 << 0 << QStringList{"Q1=text"} << ""
            << "";
        QTest::newRow("Qualtrics, Spanish")
            << "real/Test_API_Activation.qsf"
            << "es"
            << "Qualtrics"
            << "Test API Activation" << 1 << 0 << 0 << QStringList{"Q1=single"} << ""
            << "";
        QTest::newRow("Qualtrics, German") << "real/sq_example.qsf"
                                           << "de"
                                           << "Qualtrics"
                                           << "Rqsf: First Questionnaire" << 2 << 0 << 0
                                           << QStringList{"Q1=single", "Q2=yesno"} << "Q1"
                                           << "Was ist ihr Geschlecht?";
        QTest::newRow("Qualtrics NPS") << "real/custom-choices-background-hover-select.qsf"
                                       << ""
                                       << "Qualtrics"
                                       << "Custom Choices Background, Hover and Select" << 3 << 0
                                       << 0 << QStringList{"Q1=nps", "Q2=csat", "Q3=csat"} << "Q2"
                                       << "How satisfied are you with our services?";
        QTest::newRow("XLSForm") << "real/flat_xlsform_test.xlsx"
                                 << ""
                                 << "XLSForm"
                                 << "Flat test" << 21 << 27 << 19
                                 << QStringList{"skip_to_end=yesno", "select_multiple_test=multi",
                                                "a_integer=text", "email_note=left out",
                                                "geopoint_test=left out"}
                                 << "my_name"
                                 << "Enter your name";
        QTest::newRow("XLSForm, English of two")
            << "real/UCL_Biomass_Plot_Form.xlsx"
            << "en"
            << "XLSForm"
            << "UCL_Biomass_Plot_Form" << 13 << 52 << 1
            << QStringList{"monumented=yesno", "region_id=left out", "tag=left out",
                           "disturbance=multi"}
            << "leader_name"
            << "Your Name";
        QTest::newRow("XForm") << "real/flat_xlsform_test.xml"
                               << "en"
                               << "XForm"
                               << "Flat test" << 22 << 19 << 20
                               << QStringList{"skip_to_end=yesno", "email_note=left out",
                                              "image_test=left out"}
                               << "address"
                               << "Enter an address";
    }
    void realFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, language);
        QFETCH(QString, format);
        QFETCH(QString, title);
        QFETCH(int, imported);
        QFETCH(int, leftOut);
        QFETCH(int, conditions);
        QFETCH(QStringList, kinds);
        QFETCH(QString, sampleCode);
        QFETCH(QString, sampleText);
        SourceSurvey s;
        QString error;
        QVERIFY2(readSurveyFile(data(file), language, &s, &error), qPrintable(error));
        QVERIFY2(s.format.contains(format), qPrintable(s.format));
        if (!language.isEmpty())
            QCOMPARE(s.language, language);
        const ImportPlan plan = planImport(s, {}, QFileInfo(file).completeBaseName());
        if (file.contains("Test_API_Activation")) // its quota is said to be left out
            QVERIFY2(plan.notes.join(' ').contains("Quotas are left out, so every response is "
                                                   "taken: New Quota."),
                     qPrintable(plan.notes.join(' ')));
        if (!title.isEmpty())
            QCOMPARE(plan.survey.title, title);
        QVERIFY(!plan.survey.title.isEmpty());
        int kept = 0, left = 0, shown = 0;
        for (const PlannedQuestion& p : plan.questions) {
            (p.kind ? kept : left) += 1;
            shown += !p.condition.isEmpty();
            if (!p.kind)
                QVERIFY2(!p.note.isEmpty(), qPrintable(p.code)); // never left out silently
            if (!p.source.conditionText.isEmpty() && p.kind)
                QVERIFY2(!p.condition.isEmpty() || !p.conditionDropped.isEmpty(),
                         qPrintable(p.code));
        }
        QCOMPARE(kept, imported);
        QCOMPARE(left, leftOut);
        QCOMPARE(shown, conditions);
        QCOMPARE(plan.survey.questions.size(), imported);
        for (const QString& pair : kinds)
            QCOMPARE(pair.section('=', 0, 0) + '=' + kindOf(plan, pair.section('=', 0, 0)), pair);
        if (!sampleCode.isEmpty())
            QCOMPARE(planned(plan, sampleCode)->source.text, sampleText);
        // What is written is a valid CX Desk survey, and every kept condition works.
        Survey survey = plan.survey;
        QCOMPARE(surveyProblem(survey), QString());
        for (const Question& q : survey.questions)
            if (!q.showIf.isEmpty())
                QVERIFY2(parseCondition(q.showIf, &error), qPrintable(error));
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        ImportOutcome done;
        QVERIFY2(applyImport(t.sql(), plan, &done, &error), qPrintable(error));
        QVERIFY(done.created);
        const auto stored = SurveyRepository(t.sql()).byId(done.surveyId);
        QVERIFY(stored);
        QCOMPARE(stored->questions.size(), imported);
        QCOMPARE(stored->language, languageCode(s.language));
    }

    // A responses export from Qualtrics' own project, into a survey with its codes.
    void realQualtricsExport()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        Survey survey;
        QString error;
        QVERIFY2(surveyFromJson(
                     QJsonDocument::fromJson(R"({"uuid":"1d3e4c55-0000-4000-8000-000000000001",
            "title":"Qualtrics sample","questions":[
            {"code":"Q1","kind":"single","text":"This is a multiple choice question.",
             "options":["Click to write Choice 1","Click to write Choice 2"],"option_codes":["1","2"]},
            {"code":"Q2","kind":"text","text":"This is a free text question."}]})")
                         .object(),
                     &survey, &error),
                 qPrintable(error));
        bool created = false;
        QVERIFY2(importSurvey(t.sql(), survey, &created, &error), qPrintable(error));
        const SourceSurvey csv = read("real/sample.csv");
        QVERIFY(csv.responsesOnly);
        QCOMPARE(csv.responses.size(), 1);
        ImportPlan plan;
        QVERIFY2(planResponses(t.sql(), csv, QString(), &plan, &error), qPrintable(error));
        QCOMPARE(plan.survey.uuid, survey.uuid);
        QVERIFY(checkImport(t.sql(), &plan, &error));
        QVERIFY2(importReport(plan).join('\n').contains("Q2 - Topics"),
                 qPrintable(importReport(plan).join('\n')));
        ImportOutcome done;
        QVERIFY2(applyImport(t.sql(), plan, &done, &error), qPrintable(error));
        QCOMPARE(done.responsesAdded, 1);
        QSqlQuery q(t.sql());
        QVERIFY(q.exec("SELECT id, submitted_at FROM responses"));
        QVERIFY(q.next());
        QCOMPARE(utcOf(q.value(1).toString()),
                 QDateTime(QDate(2017, 7, 18), QTime(8, 28, 48)).toMSecsSinceEpoch());
        const auto answers = answersOf(t, q.value(0).toLongLong());
        QCOMPARE(answers.value("Q1").toString(), QString("Click to write Choice 2")); // by its code
        QCOMPARE(answers.value("Q2").toString(), QString("Hello World!"));
        // The export of the JSON survey keeps the codes.
        const QJsonObject exported = surveyToJson(*SurveyRepository(t.sql()).byUuid(survey.uuid));
        QCOMPARE(exported.value("questions")
                     .toArray()
                     .at(0)
                     .toObject()
                     .value("option_codes")
                     .toArray()
                     .size(),
                 2);
    }

    // Qualtrics: blocks in the order of the flow, the trash left out, the
    // kinds by type and wording, display logic on one choice kept.
    void qualtricsSurvey()
    {
        const SourceSurvey s = read(QStringLiteral("made/cafe_feedback.qsf"));
        const ImportPlan plan = planImport(s);
        QStringList codes;
        for (const PlannedQuestion& p : plan.questions)
            codes << p.source.code;
        QCOMPARE(codes, QStringList({"visit", "nps", "why_low", "satisfied", "ordering", "items",
                                     "grid", "cake_good", "both", "upload"}));
        QCOMPARE(kindOf(plan, "visit"), QString("yesno"));
        QCOMPARE(kindOf(plan, "nps"), QString("nps"));
        QCOMPARE(kindOf(plan, "satisfied"), QString("csat"));
        QCOMPARE(kindOf(plan, "ordering"), QString("ces"));
        QCOMPARE(kindOf(plan, "items"), QString("multi"));
        QCOMPARE(kindOf(plan, "grid"), QString("left out"));
        QCOMPARE(kindOf(plan, "upload"), QString("left out"));
        QVERIFY(planned(plan, "grid")->note.contains("matrix"));
        const Question* items = question(plan.survey, "items");
        QCOMPARE(items->options, QStringList({"Coffee", "Cake", "Sandwich"}));
        QCOMPARE(items->optionCodes, QStringList({"10", "20", "30"})); // the recode values
        const Question* satisfied = question(plan.survey, "satisfied");
        QVERIFY(satisfied->required);
        QCOMPARE(satisfied->labelMin, QString("Very dissatisfied"));
        QCOMPARE(satisfied->labelMax, QString("Very satisfied"));
        QCOMPARE(question(plan.survey, "visit")->text, QString("Was this your first visit?"));
        QCOMPARE(showIf(plan.survey, "why_low"),
                 QJsonObject({{"code", "nps"}, {"op", "="}, {"value", 3}}));
        QCOMPARE(showIf(plan.survey, "cake_good"),
                 QJsonObject({{"code", "items"}, {"op", "="}, {"value", "Cake"}}));
        QVERIFY(question(plan.survey, "both")->showIf.isEmpty());
        QVERIFY(planned(plan, "both")->conditionDropped.contains("several"));
        QVERIFY(plan.notes.join(' ').contains("Branches"));
        QVERIFY(plan.notes.join(' ').contains("“About you” loops"));
        // The German texts, where the file has them; the others stay English.
        const ImportPlan de = planImport(read(QStringLiteral("made/cafe_feedback.qsf"), "de"));
        QCOMPARE(de.survey.language, QString("de"));
        QCOMPARE(question(de.survey, "satisfied")->text,
                 QString("Wie zufrieden waren Sie insgesamt?"));
        QCOMPARE(question(de.survey, "satisfied")->labelMin, QString("Sehr unzufrieden"));
        QCOMPARE(question(de.survey, "visit")->text, QString("Was this your first visit?"));
        QCOMPARE(de.survey.uuid, plan.survey.uuid); // the same survey in another language
        SourceSurvey none;
        QString error;
        QVERIFY(!readSurveyFile(data("made/cafe_feedback.qsf"), "fr", &none, &error));
        QVERIFY2(error.contains("en, de"), qPrintable(error));
    }

    // A Qualtrics responses export joins the survey imported before: finished
    // responses only, at their recorded time, by label or code; twice adds nothing.
    void qualtricsResponses()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        QString error;
        ImportOutcome done;
        QVERIFY2(applyImport(t.sql(), planImport(read("made/cafe_feedback.qsf")), &done, &error),
                 qPrintable(error));
        const SourceSurvey csv = read("made/cafe_feedback_responses.csv");
        QVERIFY(csv.responsesOnly);
        QCOMPARE(csv.incompleteResponses, 1);
        ImportPlan plan;
        QVERIFY2(planResponses(t.sql(), csv, QString(), &plan, &error), qPrintable(error));
        QCOMPARE(plan.survey.id, done.surveyId);
        QVERIFY(checkImport(t.sql(), &plan, &error));
        QCOMPARE(plan.newResponses, 2);
        QVERIFY(importReport(plan).join('\n').contains("Preview responses"));
        QVERIFY(importReport(plan).join('\n').contains("Q_extra"));
        ImportOutcome added;
        QVERIFY2(applyImport(t.sql(), plan, &added, &error), qPrintable(error));
        QCOMPARE(added.responsesAdded, 2);
        QSqlQuery q(t.sql());
        QVERIFY(q.exec("SELECT id, submitted_at, source FROM responses ORDER BY submitted_at"));
        QVERIFY(q.next());
        // 09:12:31 in Berlin in March is 08:12:31 UTC.
        QCOMPARE(
            utcOf(q.value(1).toString()),
            QDateTime(QDate(2026, 3, 2), QTime(8, 12, 31), QTimeZone::utc()).toMSecsSinceEpoch());
        QCOMPARE(q.value(2).toString(), QString("import"));
        const auto first = answersOf(t, q.value(0).toLongLong());
        QCOMPARE(first.value("visit").toDouble(), 1.0);
        QCOMPARE(first.value("nps").toDouble(), 3.0);
        QCOMPARE(first.value("satisfied").toDouble(), 2.0); // "Dissatisfied"
        QCOMPARE(first.value("ordering").toDouble(), 6.0);  // "Easy"
        QCOMPARE(first.value("items").toString(), QString("Coffee;Cake"));
        QCOMPARE(first.value("cake_good").toDouble(), 0.0);
        QCOMPARE(first.value("why_low").toString(), QString("Quicker service, please"));
        QVERIFY(q.next());
        const auto second = answersOf(t, q.value(0).toLongLong());
        QCOMPARE(second.value("nps").toDouble(), 10.0);
        QCOMPARE(second.value("satisfied").toDouble(), 5.0);
        QVERIFY(!second.contains("cake_good"));
        // Again: nothing new.
        QVERIFY(checkImport(t.sql(), &plan, &error));
        QCOMPARE(plan.newResponses, 0);
        QCOMPARE(plan.knownResponses, 2);
        QVERIFY(applyImport(t.sql(), plan, &added, &error));
        QCOMPARE(added.responsesAdded, 0);
        QCOMPARE(t.scalar("SELECT count(*) FROM responses").toInt(), 2);
        // Re-importing the survey keeps its answers.
        const ImportPlan again = planImport(read("made/cafe_feedback.qsf"));
        QVERIFY(checkImport(t.sql(), const_cast<ImportPlan*>(&again), &error));
        QVERIFY(again.updates);
        QVERIFY2(applyImport(t.sql(), again, &added, &error), qPrintable(error));
        QVERIFY(!added.created);
        QCOMPARE(t.scalar("SELECT count(*) FROM answers").toInt(), 13);
    }

    // A LimeSurvey archive: the structure and its submitted responses.
    void limeSurveyArchive()
    {
        const SourceSurvey s = read("made/repair_shop.lsa");
        QVERIFY(s.format.contains(".lsa"));
        QCOMPARE(s.responses.size(), 3);
        QCOMPARE(s.incompleteResponses, 1);
        const ImportPlan plan = planImport(s);
        QCOMPARE(plan.survey.title, QString("Fix&Go repair survey"));
        QVERIFY(plan.notes.join(' ').contains("every response is taken: 1 quota."));
        QCOMPARE(plan.survey.description, QString("Two minutes about your repair."));
        QCOMPARE(plan.survey.thankYou, QString("Thank you! See you soon."));
        QCOMPARE(question(plan.survey, "recommend")->text,
                 QString("How likely are you to recommend Fix&Go?"));
        QCOMPARE(kindOf(plan, "fixed"), QString("yesno"));
        QCOMPARE(kindOf(plan, "recommend"), QString("nps"));
        QCOMPARE(kindOf(plan, "friendly"),
                 QString("rating")); // five points, no word of satisfaction
        QCOMPARE(kindOf(plan, "devices"), QString("multi"));
        QCOMPARE(kindOf(plan, "grid"), QString("left out"));
        QVERIFY(question(plan.survey, "fixed")->required);
        QCOMPARE(question(plan.survey, "waited")->optionCodes, QStringList({"W1", "W2", "W3"}));
        QCOMPARE(showIf(plan.survey, "improve"),
                 QJsonObject({{"code", "recommend"}, {"op", "<="}, {"value", 6}}));
        QCOMPARE(showIf(plan.survey, "friendly"),
                 QJsonObject({{"code", "fixed"}, {"op", "="}, {"value", 1}}));
        QCOMPARE(showIf(plan.survey, "laptop_note"),
                 QJsonObject({{"code", "devices"}, {"op", "="}, {"value", "Laptop"}}));
        QVERIFY(planned(plan, "waited")->conditionDropped.contains("several"));
        QVERIFY(planned(plan, "early")->conditionDropped.contains("later"));
        // The kept conditions work as the kiosk asks them.
        const Question* improve = question(plan.survey, "improve");
        QVERIFY(isShown(*improve, {{"recommend", 4}}));
        QVERIFY(!isShown(*improve, {{"recommend", 9}}));

        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        QString error;
        ImportPlan checked = plan;
        QVERIFY(checkImport(t.sql(), &checked, &error));
        QCOMPARE(checked.newResponses, 3);
        QCOMPARE(checked.answersLeftOut, 1); // response 4 rated the staff 9 on a 1-5 scale
        QVERIFY(importReport(checked).join('\n').contains("so left out: 1 answer"));
        ImportOutcome done;
        QVERIFY2(applyImport(t.sql(), checked, &done, &error), qPrintable(error));
        QCOMPARE(done.responsesAdded, 3);
        QSqlQuery q(t.sql());
        QVERIFY(q.exec("SELECT id, submitted_at FROM responses ORDER BY submitted_at"));
        QVERIFY(q.next());
        QCOMPARE(
            utcOf(q.value(1).toString()),
            QDateTime(QDate(2026, 2, 10), QTime(16, 45, 12)).toMSecsSinceEpoch()); // local time
        const auto first = answersOf(t, q.value(0).toLongLong());
        QCOMPARE(first.value("fixed").toDouble(), 1.0);
        QCOMPARE(first.value("recommend").toDouble(), 9.0);
        QCOMPARE(first.value("friendly").toDouble(), 5.0);
        QCOMPARE(first.value("devices").toString(), QString("Phone"));
        QCOMPARE(first.value("later").toString(), QString("Surely"));
        QVERIFY(q.next());
        const auto second = answersOf(t, q.value(0).toLongLong());
        QCOMPARE(second.value("fixed").toDouble(), 0.0);
        QCOMPARE(second.value("devices").toString(), QString("Laptop"));
        QCOMPARE(second.value("laptop_note").toString(), QString("Battery"));
        QCOMPARE(second.value("waited").toString(), QString("Longer"));
        // The same archive again adds nothing.
        QVERIFY(checkImport(t.sql(), &checked, &error));
        QCOMPARE(checked.newResponses, 0);
        QVERIFY(applyImport(t.sql(), checked, &done, &error));
        QCOMPARE(done.responsesAdded, 0);
        QCOMPARE(done.responsesKnown, 3);
        QCOMPARE(t.scalar("SELECT count(*) FROM responses").toInt(), 3);
        QCOMPARE(t.scalar("SELECT count(*) FROM surveys").toInt(), 1);
    }

    // Many responses at once (on a server sent with COPY): all of them, their
    // answers, the daily sums; a second time nothing.
    void manyResponses()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        QString error;
        ImportOutcome done;
        QVERIFY(applyImport(t.sql(), planImport(read("made/cafe_feedback.qsf")), &done, &error));
        QFile f(data("made/cafe_feedback_responses.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QTemporaryDir dir;
        QFile many(dir.filePath("many.csv"));
        QVERIFY(many.open(QIODevice::WriteOnly));
        many.write(lines[0] + '\n' + lines[1] + '\n' + lines[2] + '\n');
        for (int i = 0; i < 600; ++i)
            many.write(
                QStringLiteral("2026-03-02 09:10:00,2026-03-02 09:12:30,IP Address,100,150,True,"
                               "2026-03-%1 09:12:31,R_%2,Yes,%3,,Satisfied,Easy,Coffee,,,\n")
                    .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                    .arg(i)
                    .arg(i % 11)
                    .toUtf8());
        // Twice in the file: taken once.
        many.write("2026-03-02 09:10:00,2026-03-02 09:12:30,IP Address,100,150,True,2026-03-09 "
                   "09:12:31,R_7,Yes,7,,Satisfied,Easy,Coffee,,,\n");
        many.close();
        SourceSurvey csv;
        QVERIFY2(readSurveyFile(many.fileName(), QString(), &csv, &error), qPrintable(error));
        ImportPlan plan;
        QVERIFY2(planResponses(t.sql(), csv, QString(), &plan, &error), qPrintable(error));
        QVERIFY(checkImport(t.sql(), &plan, &error));
        QCOMPARE(plan.newResponses, 600);
        QCOMPARE(plan.repeatedResponses, 1);
        QVERIFY2(applyImport(t.sql(), plan, &done, &error), qPrintable(error));
        QCOMPARE(done.responsesAdded, 600);
        QCOMPARE(done.responsesRepeated, 1);
        QCOMPARE(t.scalar("SELECT count(*) FROM responses").toInt(), 600);
        QCOMPARE(t.scalar("SELECT count(*) FROM answers").toInt(), 600 * 5);
        // The daily sums count every NPS answer, as the metrics read them.
        QCOMPARE(t.scalar("SELECT sum(n) FROM daily_answers WHERE kind = 'nps'").toInt(), 600);
        QCOMPARE(
            t.scalar("SELECT sum(n) FROM daily_answers WHERE kind = 'nps' AND value = 10").toInt(),
            54);
        QVERIFY(checkImport(t.sql(), &plan, &error));
        QVERIFY(applyImport(t.sql(), plan, &done, &error));
        QCOMPARE(done.responsesAdded, 0);
        QCOMPARE(done.responsesKnown, 600);
        QCOMPARE(t.scalar("SELECT count(*) FROM answers").toInt(), 600 * 5);
    }

    // The person changes what a question becomes: conditions follow.
    void kindsChosenByThePerson()
    {
        const SourceSurvey s = read("made/repair_shop.lsa");
        ImportPlan plan = planImport(s, {{"recommend", QuestionKind::Single},
                                         {"fixed", std::nullopt},
                                         {"friendly", QuestionKind::Ces},
                                         {"devices", QuestionKind::Text}});
        QCOMPARE(kindOf(plan, "recommend"), QString("single"));
        QCOMPARE(question(plan.survey, "recommend")->options.size(), 11);
        QCOMPARE(kindOf(plan, "fixed"), QString("left out"));
        QCOMPARE(kindOf(plan, "friendly"),
                 QString("ces")); // a 5-point ease scale, as the person says
        QCOMPARE(kindOf(plan, "devices"), QString("multi")); // not one it may become: unchanged
        QVERIFY(planned(plan, "improve")->conditionDropped.contains("more or less"));
        QVERIFY(planned(plan, "friendly")->conditionDropped.contains("left out"));
        QVERIFY(!question(plan.survey, "fixed"));
        QVERIFY(planned(plan, "recommend")->kinds.contains(QuestionKind::Nps));
    }

    // Options edited in the builder keep their source codes; a new one is its own code.
    void editedOptionsKeepTheirCodes()
    {
        Question q = *question(planImport(read("made/repair_shop.lsa")).survey, "waited");
        replaceOptions(&q, {"Longer", "Under 10 minutes", "About an hour"});
        QCOMPARE(q.optionCodes, QStringList({"W3", "W1", "About an hour"}));
        Survey s;
        s.title = "Waiting";
        s.questions = {q};
        QCOMPARE(surveyProblem(s), QString());
        Question plain = makeQuestion("drink", QuestionKind::Single, "Which drink?");
        replaceOptions(&plain, {"Tea", "Coffee"});
        QVERIFY(plain.optionCodes.isEmpty());
    }

    void xlsForm()
    {
        const ImportPlan plan = planImport(read("made/clinic_followup.xlsx"));
        QCOMPARE(plan.survey.title, QString("Clinic follow-up"));
        QCOMPARE(plan.survey.language, QString("en"));
        QCOMPARE(plan.source.languages, QStringList({"en", "de"}));
        QCOMPARE(kindOf(plan, "start"), QString("left out"));
        QCOMPARE(kindOf(plan, "seen_on_time"), QString("yesno"));
        QCOMPARE(kindOf(plan, "recommend"), QString("nps"));
        QCOMPARE(kindOf(plan, "reception"), QString("csat"));
        QCOMPARE(kindOf(plan, "topics"), QString("multi"));
        QCOMPARE(kindOf(plan, "child_name"), QString("left out"));
        QVERIFY(planned(plan, "child_name")->note.contains("repeat"));
        QCOMPARE(kindOf(plan, "where"), QString("left out"));
        QVERIFY(question(plan.survey, "recommend")->required);
        QCOMPARE(question(plan.survey, "topics")->optionCodes,
                 QStringList({"checkup", "vaccine", "other"}));
        QCOMPARE(showIf(plan.survey, "wait_reason"),
                 QJsonObject({{"code", "seen_on_time"}, {"op", "="}, {"value", 0}}));
        QCOMPARE(showIf(plan.survey, "vaccine_note"),
                 QJsonObject({{"code", "topics"}, {"op", "="}, {"value", "Vaccination"}}));
        QCOMPARE(showIf(plan.survey, "reception"),
                 QJsonObject({{"code", "recommend"}, {"op", "<="}, {"value", 6}}));
        QVERIFY(planned(plan, "both")->conditionDropped.contains("several"));
        QVERIFY(planned(plan, "early")->conditionDropped.contains("later"));
        const ImportPlan de = planImport(read("made/clinic_followup.xlsx", "de"));
        QCOMPARE(de.survey.language, QString("de"));
        QCOMPARE(question(de.survey, "seen_on_time")->text,
                 QString("Wurden Sie pünktlich aufgerufen?"));
        QCOMPARE(question(de.survey, "topics")->options,
                 QStringList({"Vorsorge", "Impfung", "Etwas anderes"}));
        QCOMPARE(showIf(de.survey, "vaccine_note").value("value").toString(), QString("Impfung"));
    }

    // Hand-made edge cases: each gives the expected survey or a clear message.
    void edgeCases()
    {
        // A declaration that is not UTF-8.
        const ImportPlan latin = planImport(read("made/latin1.xml"));
        QCOMPARE(latin.survey.title, QString("Café crème"));
        QCOMPARE(question(latin.survey, "taste")->options,
                 QStringList({"Très bon", "Pas terrible"}));
        QCOMPARE(showIf(latin.survey, "comment").value("value").toString(),
                 QString("Pas terrible"));
        // No title: the file's name, and the report says so.
        const ImportPlan untitled = planImport(read("made/empty_title.xml"), {}, "empty_title");
        QCOMPARE(untitled.survey.title, QString("empty_title"));
        QVERIFY(importReport(untitled).join('\n').contains("no title"));
        // The same code twice: the second is renamed, conditions mean the first.
        const ImportPlan dup = planImport(read("made/duplicate_codes.lss"));
        QVERIFY(question(dup.survey, "recommend"));
        QVERIFY(question(dup.survey, "recommend_2"));
        QCOMPARE(question(dup.survey, "recommend")->kind, QuestionKind::Nps);
        QVERIFY(dup.questions[2].note.contains("recommend_2"));
        QCOMPARE(showIf(dup.survey, "recommend_2").value("code").toString(), QString("recommend"));
        QCOMPARE(surveyProblem(dup.survey), QString());
        // Files that are no survey, or damaged ones: a message naming the problem.
        const QList<QPair<QString, QString>> bad = {
            {"made/corrupt.lsa", "ZIP"},
            {"made/corrupt.xlsx", "damaged"},
            {"made/not_a_survey.txt", "not a survey file"},
            {"made/repair_shop_responses.lsr", "survey archive"},
            {"made/missing.lss", "no such file"}};
        for (const auto& [file, words] : bad) {
            SourceSurvey s;
            QString error;
            QVERIFY2(!readSurveyFile(data(file), QString(), &s, &error), qPrintable(file));
            QVERIFY2(error.contains(words, Qt::CaseInsensitive), qPrintable(file + ": " + error));
        }
    }

    // XML that is not well formed, nested too deep, or an entity bomb: refused.
    void hostileXml()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        const QByteArray bomb =
            "<?xml version=\"1.0\"?><!DOCTYPE document [<!ENTITY a \"aaaaaaaaaaaaaaaaaaaa\">"
            "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
            "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
            "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e "
            "\"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
            "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g "
            "\"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]>"
            "<document><LimeSurveyDocType>Survey</LimeSurveyDocType><surveys><rows><row><sid>1</"
            "sid>"
            "<language>en</language></row></rows></surveys><questions><rows><row><qid>1</"
            "qid><title>q1"
            "</title><type>T</type><question>&g;&g;&g;&g;&g;</question><language>en</language></"
            "row>"
            "</rows></questions></document>";
        SourceSurvey s;
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!readSurveyFile(write("bomb.lss", bomb), QString(), &s, &error));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY2(error.contains("line"), qPrintable(error));
        const QByteArray broken = "<?xml version=\"1.0\"?><document><LimeSurveyDocType>Survey"
                                  "</LimeSurveyDocType><questions><rows><row><qid>1</qid></rows>";
        QVERIFY(!readSurveyFile(write("broken.lss", broken), QString(), &s, &error));
        QVERIFY2(error.contains("line 1"), qPrintable(error));
        QByteArray deep = "<h:html xmlns:h=\"http://www.w3.org/1999/xhtml\" "
                          "xmlns=\"http://www.w3.org/2002/xforms\">";
        for (int i = 0; i < 200; ++i)
            deep += "<group>";
        QVERIFY(!readSurveyFile(write("deep.xml", deep), QString(), &s, &error));
        QVERIFY2(error.contains("deep"), qPrintable(error));
        // A responses file with a cell too many quotes: the CSV reader names the line.
        QVERIFY(!readSurveyFile(write("short.csv", "StartDate,ResponseId\n\"ImportId\"\n"),
                                QString(), &s, &error));
        QVERIFY(!error.isEmpty());
    }

    // A 50 MB survey file (pictures embedded in the question texts, as
    // LimeSurvey keeps them) is read, and its text stays readable; one past
    // the limit is refused before it is read.
    void largeFiles()
    {
        QTemporaryDir dir;
        const QString big = dir.filePath("big.lss");
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<document><LimeSurveyDocType>Survey"
                "</LimeSurveyDocType><DBVersion>366</DBVersion><surveys><rows><row><sid>9</sid>"
                "<language>en</language></row></rows></"
                "surveys><surveys_languagesettings><rows><row>"
                "<surveyls_survey_id>9</surveyls_survey_id><surveyls_language>en</"
                "surveyls_language>"
                "<surveyls_title>Big</surveyls_title></row></rows></surveys_languagesettings>"
                "<questions><rows>");
            const QByteArray picture(5 * 1024 * 1024, 'A');
            for (int i = 0; i < 10; ++i)
                f.write(QByteArray("<row><qid>") + QByteArray::number(i + 1) +
                        "</qid><gid>1</gid><type>T</type><title>q" + QByteArray::number(i + 1) +
                        "</title><question><![CDATA[<p>How was visit " + QByteArray::number(i + 1) +
                        "?</p><img src=\"data:image/png;base64," + picture +
                        "\"/>]]></question><language>en</language><question_order>" +
                        QByteArray::number(i) + "</question_order></row>");
            f.write("</rows></questions></document>\n");
        }
        QVERIFY(QFileInfo(big).size() > 50LL * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        SourceSurvey s;
        QString error;
        QVERIFY2(readSurveyFile(big, QString(), &s, &error), qPrintable(error));
        qInfo("50 MB LimeSurvey file read in %lld ms", timer.elapsed());
        QCOMPARE(s.questions.size(), 10);
        QCOMPARE(s.questions[3].text, QString("How was visit 4?"));
        const QString huge = dir.filePath("huge.lss");
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(300LL * 1024 * 1024)); // sparse: nothing is written
        f.close();
        QVERIFY(!readSurveyFile(huge, QString(), &s, &error));
        QVERIFY2(error.contains("256 MB"), qPrintable(error));
    }

    // A second import of a survey keeps the kinds and language the first gave it.
    void reimportKeepsTheFirstChoices()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const SourceSurvey s = read("made/repair_shop.lsa");
        QString error;
        ImportOutcome done;
        QVERIFY(applyImport(t.sql(), planImport(s, {{"recommend", QuestionKind::Single}}), &done,
                            &error));
        const auto before = importedBefore(t.sql(), s);
        QVERIFY(before);
        const ImportPlan again = planImport(s, {}, QString(), &*before);
        QCOMPARE(kindOf(again, "recommend"), QString("single"));
        QCOMPARE(planned(again, "recommend")->note, QString("kept as it was imported before"));
        QCOMPARE(kindOf(again, "friendly"), QString("rating"));
        // On the command line too, and the language chosen the first time stays.
        QString out, err;
        QCOMPARE(cli({"--db", t.path(), "survey", "import", data("made/clinic_followup.xlsx"),
                      "--language", "de"},
                     &out, &err),
                 0);
        QCOMPARE(cli({"--db", t.path(), "survey", "import", data("made/clinic_followup.xlsx")},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("Language: de"), qPrintable(out));
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/repair_shop.lsa")}, &out, &err),
            0);
        QVERIFY2(out.contains("recommend [L] -> single"), qPrintable(out));
    }

    // What a review of hostile and odd files found, each held.
    void oddFiles()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(bytes);
            return f.fileName();
        };
        SourceSurvey s;
        QString error;
        // Ranges at the edge of what a number holds: left out, quickly.
        const QByteArray xform =
            "<h:html xmlns=\"http://www.w3.org/2002/xforms\" "
            "xmlns:h=\"http://www.w3.org/1999/xhtml\">"
            "<h:head><h:title>Edges</h:title><model><instance><data "
            "id=\"edges\"><a/><b/><c/></data>"
            "</instance><bind nodeset=\"/data/a\" type=\"int\"/></model></h:head><h:body>"
            "<range ref=\"/data/a\" start=\"-2147483648\" end=\"0\" "
            "step=\"1\"><label>A</label></range>"
            "<range ref=\"/data/b\" start=\"2147483640\" end=\"2147483647\" "
            "step=\"1\"><label>B</label></range>"
            "<range ref=\"/data/c\" start=\"10\" end=\"0\" step=\"1\"><label>C</label></range>"
            "</h:body></h:html>";
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(readSurveyFile(write("edges.xml", xform), QString(), &s, &error),
                 qPrintable(error));
        const ImportPlan edges = planImport(s);
        QVERIFY(timer.elapsed() < 2000);
        for (const char* code : {"a", "b", "c"})
            QCOMPARE(kindOf(edges, code), QString("left out"));
        QVERIFY(planned(edges, "a")->note.contains("range from -2147483648 to 0"));
        // UTF-16 with its byte order mark, as some editors save XML.
        QFile latin(data("made/empty_title.xml"));
        QVERIFY(latin.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(latin.readAll());
        text.replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        QByteArray utf16("\xFF\xFE", 2);
        utf16 += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        QVERIFY2(readSurveyFile(write("utf16.xml", utf16), QString(), &s, &error),
                 qPrintable(error));
        QCOMPARE(s.questions.size(), 2);
        // Two LimeSurvey questions with one code keep their own answers.
        const ImportPlan dup = planImport(read("made/duplicate_codes.lss"));
        SourceSurvey withAnswers = dup.source;
        SourceResponse r;
        r.id = "1";
        r.submittedAt = "2026-02-10T16:45:12+00:00";
        r.answers.insert(withAnswers.questions[1].key, {"A9"});
        r.answers.insert(withAnswers.questions[2].key, {"Too slow"});
        withAnswers.responses = {r};
        withAnswers.hasResponses = true;
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        ImportOutcome done;
        QVERIFY2(applyImport(t.sql(), planImport(withAnswers), &done, &error), qPrintable(error));
        QSqlQuery q(t.sql());
        QVERIFY(q.exec("SELECT id FROM responses"));
        QVERIFY(q.next());
        const auto answers = answersOf(t, q.value(0).toLongLong());
        QCOMPARE(answers.value("recommend").toDouble(), 9.0);
        QCOMPARE(answers.value("recommend_2").toString(), QString("Too slow"));
        // Responses for a survey none of whose questions the export has: refused.
        ImportPlan plan;
        QVERIFY(!planResponses(t.sql(), read("made/cafe_feedback_responses.csv"),
                               done.surveyId ? SurveyRepository(t.sql()).byId(done.surveyId)->uuid
                                             : QString(),
                               &plan, &error));
        QVERIFY2(error.contains("none of the export's columns"), qPrintable(error));
    }

    // The command line: the report before anything is written, --dry-run
    // writing nothing, a second import adding nothing, a damaged file
    // changing nothing.
    void commandLine()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const auto before = cxtest::checksums(t.db());
        QString out, err;
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/repair_shop.lsa"), "--dry-run"},
                &out, &err),
            0);
        QVERIFY2(out.contains("grid [F] left out: an array"), qPrintable(out));
        QVERIFY(out.contains("shown if recommend <= 6"));
        QVERIFY(out.contains("condition dropped, it refers to 'later', which comes later"));
        QVERIFY(out.contains("Responses: 3 new, 0 imported before"));
        QVERIFY(out.contains("Nothing was written"));
        QVERIFY(cxtest::sameTables(before, cxtest::checksums(t.db())));
        for (const QString& damaged :
             QStringList{"made/corrupt.lsa", "made/corrupt.xlsx", "made/not_a_survey.txt"}) {
            QCOMPARE(cli({"--db", t.path(), "survey", "import", data(damaged)}, &out, &err), 1);
            QVERIFY2(err.startsWith("cxdesk: survey: " + data(damaged) + ": "), qPrintable(err));
            QCOMPARE(err.count('\n'), 1);
        }
        QString difference;
        QVERIFY2(cxtest::sameTables(before, cxtest::checksums(t.db()), &difference),
                 qPrintable(difference));
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/repair_shop.lsa")}, &out, &err),
            0);
        QVERIFY2(
            out.contains(
                "Added the survey \"Fix&Go repair survey\" with 9 questions; 3 responses added, 0 "
                "imported before"),
            qPrintable(out + err));
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/repair_shop.lsa")}, &out, &err),
            0);
        QVERIFY2(out.contains("Updated the survey \"Fix&Go repair survey\" with 9 questions; 0 "
                              "responses added, 3 "
                              "imported before"),
                 qPrintable(out));
        // A renamed file is read by its content; a language it does not have is named.
        QTemporaryDir dir;
        QVERIFY(QFile::copy(data("made/clinic_followup.xlsx"), dir.filePath("clinic.bin")));
        QCOMPARE(cli({"--db", t.path(), "survey", "import", dir.filePath("clinic.bin"),
                      "--language", "de"},
                     &out, &err),
                 0);
        QVERIFY2(out.contains("Language: de"), qPrintable(out + err));
        QCOMPARE(cli({"--db", t.path(), "survey", "import", data("made/clinic_followup.xlsx"),
                      "--language", "fr"},
                     &out, &err),
                 1);
        QVERIFY2(err.contains("not in 'fr'; it is in en, de"), qPrintable(err));
        // Qualtrics responses find their survey by its question codes.
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/cafe_feedback_responses.csv")},
                &out, &err),
            1);
        QVERIFY2(err.contains("import the survey (.qsf) first"), qPrintable(err));
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/cafe_feedback.qsf")}, &out, &err),
            0);
        QCOMPARE(
            cli({"--db", t.path(), "survey", "import", data("made/cafe_feedback_responses.csv")},
                &out, &err),
            0);
        QVERIFY2(out.contains("2 responses added"), qPrintable(out + err));
        QCOMPARE(t.scalar("SELECT count(*) FROM responses").toInt(), 5);
    }

    void plainTextFromHtml()
    {
        QCOMPARE(plainText(
                     QStringLiteral("<p>How likely are you to recommend <em>Fix&amp;Go</em>?</p>")),
                 QStringLiteral("How likely are you to recommend Fix&Go?"));
        QCOMPARE(plainText(QStringLiteral(
                     "Line one<br/>line&nbsp;two <script>alert(1)</script>&#233;t&#xE9;")),
                 QStringLiteral("Line one\nline two été"));
        QCOMPARE(plainText(QStringLiteral("Fish &chips; &unknown;")),
                 QStringLiteral("Fish &chips; &unknown;"));
    }
};

QTEST_GUILESS_MAIN(TestSurveyImport)
#include "tst_surveyimport.moc"
