// The surveys page: results, builder, counter kiosk and paper entry, driven
// with key and mouse events as a user would.

#include "catalogpages.h"
#include "demo.h"
#include "surveyrepository.h"
#include "surveyresultsview.h"
#include "testdb.h"

#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>

using namespace cx;

namespace {
bool fill(cxtest::TestDb& t)
{
    DemoOptions o;
    o.customers = 300;
    o.interactions = 2000;
    o.responses = 900;
    o.end = QDate::currentDate();
    QString error;
    return DemoGenerator(t.sql()).generate(o, nullptr, &error);
}

MetricsFilter allTime()
{
    MetricsFilter f;
    f.to = QDate::currentDate();
    return f;
}
} // namespace

class TestSurveys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("cxdesk-tests"));
        QSettings().clear();
    }

    void resultsFollowTheSelectionAndSearch()
    {
        cxtest::TestDb t;
        QVERIFY(fill(t));
        SurveysPage page(t.db());
        page.resize(1200, 900);
        page.show();
        page.setFilter(allTime());
        QTreeWidget* list = page.tree();
        QCOMPARE(list->topLevelItemCount(), t.scalar(QStringLiteral("SELECT count(*) FROM surveys")).toInt());
        // Pick the survey with written answers and an NPS question.
        const qint64 npsSurvey = t.scalar(QStringLiteral("SELECT survey_id FROM questions WHERE kind = 'nps' LIMIT 1")).toLongLong();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == npsSurvey)
                list->setCurrentItem(list->topLevelItem(i));
        SurveyResultsView* results = page.results();
        QCOMPARE(results->results().survey.id, npsSurvey);
        const qint64 responses = t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE survey_id = %1").arg(npsSurvey)).toLongLong();
        QCOMPARE(results->results().responses, responses);
        const int charted = t.scalar(QStringLiteral("SELECT count(*) FROM questions WHERE survey_id = %1 AND kind <> 'text'")
                                         .arg(npsSurvey))
                                .toInt();
        QCOMPARE(results->charts().size(), 1 + charted); // responses by month, then each question

        const int comments = t.scalar(QStringLiteral("SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
                                                     "JOIN questions q ON q.id = a.question_id WHERE r.survey_id = %1 "
                                                     "AND q.kind = 'text' AND trim(a.value_text) <> ''")
                                          .arg(npsSurvey))
                                 .toInt();
        QVERIFY(comments > 0);
        QCOMPARE(results->shownComments(), comments);
        // Typing narrows the list to the comments that contain the words, in any case.
        QSqlQuery q(t.sql());
        q.exec(QStringLiteral("SELECT a.value_text FROM answers a JOIN responses r ON r.id = a.response_id "
                              "JOIN questions q ON q.id = a.question_id WHERE r.survey_id = %1 AND q.kind = 'text' "
                              "AND trim(a.value_text) <> '' LIMIT 1")
                   .arg(npsSurvey));
        QVERIFY(q.next());
        const QString word = q.value(0).toString().section(QLatin1Char(' '), 0, 0).toUpper();
        const int matching = t.scalar(QStringLiteral("SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
                                                     "JOIN questions q ON q.id = a.question_id WHERE r.survey_id = %1 "
                                                     "AND q.kind = 'text' AND trim(a.value_text) <> '' "
                                                     "AND instr(lower(a.value_text), lower('%2')) > 0")
                                          .arg(npsSurvey)
                                          .arg(word))
                                 .toInt();
        QTest::keyClicks(results->search(), word);
        QCOMPARE(results->shownComments(), matching);
        QVERIFY(matching < comments || word.size() < 2);
        results->search()->clear();
        QCOMPARE(results->shownComments(), comments);
        QTest::keyClicks(results->search(), QStringLiteral("zzqxnothing"));
        QCOMPARE(results->shownComments(), 0);
    }
};

QTEST_MAIN(TestSurveys)
#include "tst_surveys.moc"
