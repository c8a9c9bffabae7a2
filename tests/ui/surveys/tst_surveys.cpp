// The surveys page: results, builder and a response opened from its comment,
// driven with key and mouse events as a user would.

#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "core/surveys/surveytemplates.h"
#include "tests/common/surveyfixture.h"
#include "tests/common/windowfixture.h"
#include "ui/surveys/responsedialog.h"
#include "ui/surveys/surveybuilder.h"
#include "ui/surveys/surveyresultsview.h"
#include "ui/surveys/surveyspage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace cx;

namespace {
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
    void initTestCase() { cxtest::isolateSettings(); }

    void resultsFollowTheSelectionAndSearch()
    {
        cxtest::TestDb t;
        cxtest::SampleData data;
        data.customers = 300;
        data.interactions = 2000;
        data.responses = 900;
        QVERIFY(cxtest::fillWithSampleData(t, data));
        SurveysPage page(t.db());
        page.resize(1200, 900);
        page.show();
        page.setFilter(allTime());
        QTreeWidget* list = page.tree();
        QCOMPARE(list->topLevelItemCount(),
                 t.scalar(QStringLiteral("SELECT count(*) FROM surveys")).toInt());
        // Pick the survey with written answers and an NPS question.
        const qint64 npsSurvey =
            t.scalar(QStringLiteral("SELECT survey_id FROM questions WHERE kind = 'nps' LIMIT 1"))
                .toLongLong();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == npsSurvey)
                list->setCurrentItem(list->topLevelItem(i));
        SurveyResultsView* results = page.results();
        QCOMPARE(results->results().survey.id, npsSurvey);
        const qint64 responses =
            t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE survey_id = %1")
                         .arg(npsSurvey))
                .toLongLong();
        QCOMPARE(results->results().responses, responses);
        const int charted =
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM questions WHERE survey_id = %1 AND kind <> 'text'")
                         .arg(npsSurvey))
                .toInt();
        QCOMPARE(results->charts().size(), 1 + charted); // responses by month, then each question

        const int comments =
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
                         "JOIN questions q ON q.id = a.question_id WHERE r.survey_id = %1 "
                         "AND q.kind = 'text' AND trim(a.value_text) <> ''")
                         .arg(npsSurvey))
                .toInt();
        QVERIFY(comments > 0);
        QCOMPARE(results->shownComments(), comments);
        // Typing narrows the list to the comments that contain the words, in any case.
        QSqlQuery q(t.sql());
        q.exec(QStringLiteral(
                   "SELECT a.value_text FROM answers a JOIN responses r ON r.id = a.response_id "
                   "JOIN questions q ON q.id = a.question_id WHERE r.survey_id = %1 AND q.kind = "
                   "'text' "
                   "AND trim(a.value_text) <> '' LIMIT 1")
                   .arg(npsSurvey));
        QVERIFY(q.next());
        const QString word = q.value(0).toString().section(QLatin1Char(' '), 0, 0).toUpper();
        const int matching =
            t.scalar(QStringLiteral(
                         "SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id "
                         "JOIN questions q ON q.id = a.question_id WHERE r.survey_id = %1 "
                         "AND q.kind = 'text' AND trim(a.value_text) <> '' "
                         "AND cx_fold(a.value_text) LIKE '%' || cx_fold('%2') || '%'")
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
        results->search()->clear();
        // Accents and case do not matter: "CAFE" finds "café", "crème" "creme".
        QVERIFY(
            t.exec(QStringLiteral("UPDATE answers SET value_text = 'Le café était froid' WHERE "
                                  "(response_id, question_id) "
                                  "= (SELECT a.response_id, a.question_id FROM answers a JOIN "
                                  "responses r ON r.id = a.response_id JOIN questions q ON q.id = "
                                  "a.question_id WHERE r.survey_id = %1 AND q.kind = 'text' AND "
                                  "trim(a.value_text) <> "
                                  "'' LIMIT 1)")
                       .arg(npsSurvey)));
        page.refresh();
        const int cafes =
            t.scalar(QStringLiteral("SELECT count(*) FROM answers a JOIN responses r ON r.id = "
                                    "a.response_id WHERE r.survey_id = %1 AND cx_fold("
                                    "a.value_text) LIKE '%cafe%'")
                         .arg(npsSurvey))
                .toInt();
        QVERIFY(cafes >= 1);
        QTest::keyClicks(results->search(), QStringLiteral("CAFE ETAIT"));
        QCOMPARE(results->shownComments(), 1);
        results->search()->clear();
        results->search()->setText(QStringLiteral("Café"));
        QCOMPARE(results->shownComments(), cafes);
    }

    // At 1280×800 the scale labels and the condition are wide enough to read,
    // with German labels beside them as long as the field.
    void builderFieldsAreWideEnoughToRead()
    {
        cxtest::TestDb t;
        SurveyBuilder builder(t.db(), surveyTemplates().at(0).survey);
        builder.resize(1280, 800);
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        builder.selectQuestion(0);
        QLineEdit* low = nullptr;
        QLineEdit* value = nullptr;
        for (QLineEdit* e : builder.findChildren<QLineEdit*>()) {
            if (e->placeholderText() == QLatin1String("Lowest, e.g. Not at all likely"))
                low = e;
            if (e->placeholderText() == QLatin1String("value"))
                value = e;
        }
        QVERIFY(low && value);
        QVERIFY(low->isVisible());
        const QString german = QStringLiteral("Überhaupt nicht wahrscheinlich");
        low->setText(german);
        QVERIFY2(low->width() >= low->fontMetrics().horizontalAdvance(german) + 12,
                 qPrintable(QString::number(low->width())));

        builder.addQuestion(QuestionKind::Single);
        QComboBox* ifCode = nullptr;
        for (QComboBox* c : builder.findChildren<QComboBox*>())
            if (c->count() > 0 && c->itemText(0) == QLatin1String("Always ask"))
                ifCode = c;
        QVERIFY(ifCode && ifCode->isVisible());
        int longest = 0;
        for (int i = 0; i < ifCode->count(); ++i)
            longest =
                std::max(longest, ifCode->fontMetrics().horizontalAdvance(ifCode->itemText(i)));
        QVERIFY2(ifCode->width() >= longest + 30, qPrintable(QString::number(ifCode->width())));
        const QString choice = QStringLiteral("Bestellung per Telefon oder App");
        QVERIFY2(value->width() >= value->fontMetrics().horizontalAdvance(choice) + 12,
                 qPrintable(QString::number(value->width())));
    }

    void builderEditsAreUndoable()
    {
        cxtest::TestDb t;
        SurveyBuilder builder(t.db(), surveyTemplates().at(1).survey); // post-visit CSAT
        builder.show();
        QVERIFY(QTest::qWaitForWindowExposed(&builder));
        const int start = int(builder.survey().questions.size());
        QCOMPARE(builder.questionList()->count(), start);
        QVERIFY(!builder.preview()->pixmap().isNull()); // the kiosk's own drawing of question 1

        // Add a choice question after the first, word it by typing: one undo step for the typing.
        builder.selectQuestion(0);
        builder.addQuestion(QuestionKind::Single);
        QCOMPARE(builder.currentQuestion(), 1);
        QCOMPARE(builder.survey().questions[1].kind, QuestionKind::Single);
        QCOMPARE(builder.survey().questions[1].code, QStringLiteral("single"));
        builder.textEdit()->selectAll();
        QTest::keyClicks(builder.textEdit(), QStringLiteral("How did you hear of us?"));
        QCOMPARE(builder.survey().questions[1].text, QStringLiteral("How did you hear of us?"));
        builder.optionsEdit()->setPlainText(QStringLiteral("Friends\nWalking by\n\nSocial media"));
        QCOMPARE(builder.survey().questions[1].options,
                 (QStringList{QStringLiteral("Friends"), QStringLiteral("Walking by"),
                              QStringLiteral("Social media")}));
        const int steps = builder.undoStack()->count();
        // Ask it only of the dissatisfied: condition on the CSAT (question 1).
        builder.conditionQuestion()->setCurrentIndex(1);
        emit builder.conditionQuestion()->activated(1);
        builder.conditionOp()->setCurrentIndex(
            builder.conditionOp()->findText(QStringLiteral("<=")));
        emit builder.conditionOp()->activated(builder.conditionOp()->currentIndex());
        QTest::keyClicks(builder.conditionValue(), QStringLiteral("2"));
        QCOMPARE(builder.survey().questions[1].showIf,
                 QStringLiteral(R"({"code":"csat","op":"<=","value":2})"));
        QVERIFY(builder.undoStack()->count() > steps);

        // Duplicate with Ctrl+D, move with Alt+Down, delete with Delete in the list.
        builder.questionList()->setFocus();
        QTest::keyClick(&builder, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(builder.survey().questions.size(), start + 2);
        QCOMPARE(builder.survey().questions[2].code, QStringLiteral("single2"));
        QCOMPARE(builder.survey().questions[2].text, QStringLiteral("How did you hear of us?"));
        QTest::keyClick(&builder, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(builder.currentQuestion(), 3);
        QCOMPARE(builder.survey().questions[3].code, QStringLiteral("single2"));
        QTest::keyClick(builder.questionList(), Qt::Key_Delete);
        QCOMPARE(builder.survey().questions.size(), start + 1);
        QVERIFY(std::none_of(builder.survey().questions.begin(), builder.survey().questions.end(),
                             [](const Question& q) { return q.code == QLatin1String("single2"); }));

        // A drag in the list reorders too: "single" to the end.
        QVERIFY(
            builder.questionList()->model()->moveRow({}, 1, {}, builder.questionList()->count()));
        QTRY_COMPARE(builder.survey().questions.last().code, QStringLiteral("single"));

        // Undo all the way: the template again; redo all the way: the edits again.
        const Survey edited = builder.survey();
        while (builder.undoStack()->canUndo())
            builder.undoStack()->undo();
        QCOMPARE(surveyToJson(builder.survey()), surveyToJson(surveyTemplates().at(1).survey));
        QCOMPARE(builder.questionList()->count(), start);
        while (builder.undoStack()->canRedo())
            builder.undoStack()->redo();
        QCOMPARE(surveyToJson(builder.survey()), surveyToJson(edited));

        // Saved as it reads; the condition now refers to an earlier question.
        QVERIFY2(builder.save(), qPrintable(builder.problem()->text()));
        const Survey saved = *SurveyRepository(t.sql()).byId(builder.survey().id);
        QCOMPARE(surveyToJson(saved).value(QStringLiteral("questions")),
                 surveyToJson(edited).value(QStringLiteral("questions")));
        QCOMPARE(saved.thankYou, surveyTemplates().at(1).survey.thankYou);
    }

    void builderNamesWhatKeepsItFromSaving()
    {
        cxtest::TestDb t;
        SurveyBuilder builder(t.db(), blankSurvey());
        builder.show();
        builder.titleEdit()->selectAll();
        QTest::keyClick(builder.titleEdit(), Qt::Key_Delete);
        QCOMPARE(builder.survey().title, QString());
        QVERIFY(!builder.save());
        QVERIFY2(builder.problem()->text().contains(QStringLiteral("the survey needs a title")),
                 qPrintable(builder.problem()->text()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM surveys")).toInt(), 0);
        QTest::keyClicks(builder.titleEdit(), QStringLiteral("Counter check"));
        builder.addQuestion(QuestionKind::Multi);
        builder.optionsEdit()->clear();
        QVERIFY(!builder.save());
        QVERIFY2(builder.problem()->text().contains(
                     QStringLiteral("question 2 'multi': a multi question needs options")),
                 qPrintable(builder.problem()->text()));
        builder.undoStack()->undo(); // the options come back
        QVERIFY(builder.save());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM questions")).toInt(), 2);
    }

    void openAResponseFromItsComment()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO customers (id, uuid, name, email, segment, first_contact_on) VALUES "
            "(5, 'c5', 'Jo Baker', 'jo@example.com', 'Regulars', '2026-01-01')")));
        Submission how;
        how.source = ResponseSource::Paper;
        how.formNumber = 12;
        how.contact = QStringLiteral("jo@example.com");
        Submitted out;
        QString error;
        QVERIFY(submitResponse(t.sql(), s,
                               {{QStringLiteral("nps"), 4},
                                {QStringLiteral("why"), QStringLiteral("Slow <service>")},
                                {QStringLiteral("back"), 0}},
                               how, &out, &error));
        SurveysPage page(t.db());
        page.setFilter(allTime());
        SurveyResultsView* results = page.results();
        QCOMPARE(results->shownComments(), 1);
        QCOMPARE(results->responseAt(0), out.responseId);
        QSignalSpy opened(results, &SurveyResultsView::responseRequested);
        auto* view = results->findChild<QTableView*>();
        QVERIFY(view);
        emit view->activated(view->model()->index(0, 3));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toLongLong(), out.responseId);
        // The page opens the response beside the results.
        auto* shown = page.findChild<ResponseDialog*>();
        QVERIFY(shown);
        QCOMPARE(shown->customerId(), qint64(5));
        QSignalSpy toCustomers(&page, &Page::openList);
        emit shown->openCustomer(5);
        QCOMPARE(toCustomers.count(), 1);
        QCOMPARE(toCustomers.first().at(1).toMap().value(QStringLiteral("customer")).toLongLong(),
                 qint64(5));
        shown->close();

        ResponseDialog dialog(t.db(), out.responseId);
        QCOMPARE(dialog.customerId(), qint64(5));
        const QString html = dialog.html();
        for (const char* expected : {"Jo Baker", "jo@example.com", "Regulars", "on paper form 12",
                                     "detractor", "Slow &lt;service&gt;", "Will you come back?",
                                     "not asked or not answered", "Follow-up"})
            QVERIFY2(html.contains(QLatin1String(expected)), expected);
        QSignalSpy customer(&dialog, &ResponseDialog::openCustomer);
        QPushButton* open = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Open customer"))
                open = b;
        QVERIFY(open);
        open->click();
        QCOMPARE(customer.count(), 1);
        QCOMPARE(customer.first().first().toLongLong(), qint64(5));
    }
};

QTEST_MAIN(TestSurveys)
#include "tst_surveys.moc"
