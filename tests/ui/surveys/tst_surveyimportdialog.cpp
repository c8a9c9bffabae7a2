// Surveys → Import survey…: the report of what each question becomes, the
// person's changes to it, and the import it ends with.

#include "core/surveys/import/surveyimport.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"
#include "ui/surveys/import/surveyimportdialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace cx;

namespace {

QString data(const QString& name)
{
    return qEnvironmentVariable("CXDESK_TEST_DATA") + QStringLiteral("/surveyimport/") + name;
}

SourceSurvey read(const QString& name)
{
    SourceSurvey s;
    QString error;
    if (!readSurveyFile(data(name), QString(), &s, &error))
        qWarning("%s: %s", qPrintable(name), qPrintable(error));
    return s;
}

int rowOf(QTableWidget* table, const QString& code)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, SurveyImportDialog::Code)->text() == code)
            return r;
    return -1;
}

QString cell(QTableWidget* table, const QString& code, int column)
{
    const int row = rowOf(table, code);
    return row >= 0 && table->item(row, column) ? table->item(row, column)->text() : QString();
}

// Chooses an entry of a question's list as a person does.
void choose(QComboBox* box, const QString& text)
{
    const int at = box->findText(text);
    QVERIFY2(at >= 0, qPrintable(text));
    box->setCurrentIndex(at);
    emit box->activated(at);
    QCoreApplication::processEvents(); // the table is filled anew after the signal
}

} // namespace

class TestSurveyImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void showsEveryQuestionAndImports()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        SurveyImportDialog dialog(t.sql(), data("made/repair_shop.lsa"),
                                  read("made/repair_shop.lsa"));
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 10);
        QVERIFY(cell(table, "grid", SurveyImportDialog::Becomes).startsWith("Left out: an array"));
        QVERIFY(!dialog.kindBox(rowOf(table, "grid")));
        QCOMPARE(dialog.kindBox(rowOf(table, "recommend"))->currentText(), QString("NPS (0–10)"));
        QCOMPARE(cell(table, "improve", SurveyImportDialog::ShownIf), QString("recommend <= 6"));
        QVERIFY(cell(table, "early", SurveyImportDialog::ShownIf).contains("comes later"));
        QVERIFY(cell(table, "friendly", SurveyImportDialog::ShownIf).startsWith("fixed = 1"));
        QVERIFY2(dialog.summary().contains("9 questions to import, 1 left out"),
                 qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains("Responses: 3 new, 0 imported before."));
        // Response 4 rated the staff 9 on a 1–5 scale.
        QVERIFY2(dialog.summary().contains("Fitting no option or scale, so left out: 1 answer."),
                 qPrintable(dialog.summary()));
        QVERIFY(dialog.summary().contains("Never submitted, so left out: 1 response."));
        QVERIFY(!dialog.languageBox()->isEnabled()); // one language only

        // Leaving out "fixed" drops the condition that asks it; "recommend" as one choice
        // drops the comparison by order.
        choose(dialog.kindBox(rowOf(table, "fixed")), "Leave out");
        QVERIFY(cell(table, "friendly", SurveyImportDialog::ShownIf).contains("left out"));
        choose(dialog.kindBox(rowOf(table, "recommend")), "One choice");
        QVERIFY(cell(table, "improve", SurveyImportDialog::ShownIf).contains("more or less"));
        QVERIFY2(dialog.summary().contains("8 questions to import, 2 left out"),
                 qPrintable(dialog.summary()));
        QCOMPARE(dialog.kindBox(rowOf(table, "fixed"))->currentText(), QString("Leave out"));

        dialog.importButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.outcome().responsesAdded, 3);
        const auto stored = SurveyRepository(t.sql()).byId(dialog.outcome().surveyId);
        QVERIFY(stored);
        QCOMPARE(stored->questions.size(), 8);
        for (const Question& q : stored->questions) {
            QVERIFY(q.code != "fixed");
            if (q.code == "recommend")
                QCOMPARE(q.kind, QuestionKind::Single);
        }
        QCOMPARE(t.scalar("SELECT count(*) FROM responses").toInt(), 3);

        // Opened again on the same file: it updates that survey and adds no response twice.
        SurveyImportDialog again(t.sql(), data("made/repair_shop.lsa"),
                                 read("made/repair_shop.lsa"));
        QVERIFY(again.summary().contains("Responses: 0 new, 3 imported before."));
        // ... with the kinds chosen the first time, so the answers keep their meaning.
        QCOMPARE(again.kindBox(rowOf(again.table(), "recommend"))->currentText(),
                 QString("One choice"));
        QCOMPARE(cell(again.table(), "recommend", SurveyImportDialog::Note),
                 QString("kept as it was imported before"));
        again.importButton()->click();
        QCOMPARE(again.outcome().responsesAdded, 0);
        QVERIFY(!again.outcome().created);
        QCOMPARE(t.scalar("SELECT count(*) FROM surveys").toInt(), 1);
    }

    void anotherLanguage()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        SurveyImportDialog dialog(t.sql(), data("made/clinic_followup.xlsx"),
                                  read("made/clinic_followup.xlsx"));
        QVERIFY(dialog.languageBox()->isEnabled());
        QCOMPARE(dialog.languageBox()->count(), 2);
        QCOMPARE(cell(dialog.table(), "seen_on_time", SurveyImportDialog::Text),
                 QString("Were you seen on time?"));
        // A kind chosen before the language changes stays chosen.
        choose(dialog.kindBox(rowOf(dialog.table(), "reception")), "Rating (1–5)");
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData("de"));
        QCOMPARE(cell(dialog.table(), "seen_on_time", SurveyImportDialog::Text),
                 QString("Wurden Sie pünktlich aufgerufen?"));
        QCOMPARE(dialog.kindBox(rowOf(dialog.table(), "reception"))->currentText(),
                 QString("Rating (1–5)"));
        QCOMPARE(dialog.plan().survey.language, QString("de"));
        dialog.importButton()->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Imported again: German, as chosen the first time.
        SurveyImportDialog again(t.sql(), data("made/clinic_followup.xlsx"),
                                 read("made/clinic_followup.xlsx"));
        QCOMPARE(again.languageBox()->currentData().toString(), QString("de"));
        QCOMPARE(cell(again.table(), "seen_on_time", SurveyImportDialog::Text),
                 QString("Wurden Sie pünktlich aufgerufen?"));
        QCOMPARE(again.kindBox(rowOf(again.table(), "reception"))->currentText(),
                 QString("Rating (1–5)"));
    }

    // The keyboard: Tab leaves the table, arrows move between questions without
    // changing one, F2 opens the question's list.
    void keyboard()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        SurveyImportDialog dialog(t.sql(), data("made/repair_shop.lsa"),
                                  read("made/repair_shop.lsa"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTableWidget* table = dialog.table();
        table->setFocus();
        table->setCurrentCell(0, SurveyImportDialog::Becomes);
        const QString before = dialog.kindBox(0)->currentText();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 1);
        QCOMPARE(dialog.kindBox(0)->currentText(), before);
        QTest::keyClick(table, Qt::Key_F2);
        QVERIFY(dialog.kindBox(1)->view()->isVisible());
        dialog.kindBox(1)->hidePopup();
        QVERIFY(!table->tabKeyNavigation());
        QVERIFY(dialog.importButton()->isDefault());
    }

    void responsesNeedTheirSurvey()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        const SourceSurvey csv = read("made/cafe_feedback_responses.csv");
        {
            SurveyImportDialog dialog(t.sql(), data("made/cafe_feedback_responses.csv"), csv);
            QVERIFY(!dialog.importButton()->isEnabled());
            QVERIFY2(dialog.summary().contains("import the survey (.qsf) first"),
                     qPrintable(dialog.summary()));
        }
        ImportOutcome done;
        QString error;
        QVERIFY(applyImport(t.sql(), planImport(read("made/cafe_feedback.qsf")), &done, &error));
        SurveyImportDialog dialog(t.sql(), data("made/cafe_feedback_responses.csv"), csv);
        QVERIFY(dialog.surveyBox()->isVisibleTo(&dialog));
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.summary().contains("Responses: 2 new"));
        dialog.importButton()->click();
        QCOMPARE(dialog.outcome().responsesAdded, 2);
        QCOMPARE(t.scalar("SELECT count(*) FROM responses").toInt(), 2);
    }
};

QTEST_MAIN(TestSurveyImportDialog)
#include "tst_surveyimportdialog.moc"
