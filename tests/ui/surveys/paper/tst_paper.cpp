// Paper forms: entered by keyboard from the filled-in cards, refused with the
// reason when a card cannot be right, and printed numbered, one card a page.

#include "tests/common/surveyfixture.h"
#include "ui/surveys/paper/paperentry.h"
#include "ui/surveys/paper/paperform.h"

#include <QApplication>
#include <QLineEdit>
#include <QPdfWriter>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

class TestPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void paperEntryByKeyboard()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        PaperEntryDialog dialog(t.db(), s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.formNumber()->value(), 1);
        // Form number, Enter; NPS 3, Enter; the detractor's "why" is now open.
        QVERIFY(!dialog.field(QStringLiteral("why"))->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("41"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("nps")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
        QVERIFY(dialog.field(QStringLiteral("why"))->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Cold coffee"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1 2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("n"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.saved(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT form_number || ' ' || source FROM responses"))
                     .toString(),
                 QStringLiteral("41 paper"));
        QCOMPARE(
            t
                .scalar(QStringLiteral(
                    "SELECT value_text FROM answers a JOIN questions q ON q.id = a.question_id "
                    "WHERE q.code = 'liked'"))
                .toString(),
            QStringLiteral("Coffee;Cakes"));
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT value_num FROM answers a JOIN questions q ON q.id = a.question_id "
                         "WHERE q.code = 'back'"))
                .toInt(),
            0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(),
                 1); // the detractor's follow-up
        // A blank form with the next number, focus back on the number.
        QCOMPARE(dialog.formNumber()->value(), 42);
        QVERIFY(dialog.field(QStringLiteral("nps"))->text().isEmpty());
        QVERIFY(dialog.formNumber()->hasFocus() ||
                dialog.formNumber()->isAncestorOf(QApplication::focusWidget()));

        // The same card twice: refused with its number, nothing written.
        dialog.formNumber()->setValue(41);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("9"));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        QVERIFY(!dialog.save());
        QVERIFY2(
            dialog.message().contains(QStringLiteral("form 41 of this survey was already entered")),
            qPrintable(dialog.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 1);
        // A box that is not on the card.
        dialog.formNumber()->setValue(43);
        dialog.field(QStringLiteral("liked"))->setText(QStringLiteral("4"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(QStringLiteral("there is no box 4")),
                 qPrintable(dialog.message()));
        // A missing required answer names the question.
        dialog.field(QStringLiteral("liked"))->clear();
        dialog.field(QStringLiteral("back"))->clear();
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(QStringLiteral("question 4 'back' needs an answer")),
                 qPrintable(dialog.message()));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        QVERIFY(dialog.save());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE source = 'paper'"))
                     .toInt(),
                 2);
    }

    void paperFormsPrintNumbered()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        QCOMPARE(paperCondition(s, s.questions[1]),
                 QStringLiteral("Answer only if your answer to question 1 is 6 or less."));
        QVERIFY(paperCondition(s, s.questions[0]).isEmpty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("forms.pdf"));
        {
            QPdfWriter pdf(file);
            pdf.setPageSize(QPageSize(QPageSize::A5));
            pdf.setResolution(300);
            QVERIFY(printPaperForms(&pdf, s, QStringLiteral("Crumb & Co."), 7, 3));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                     bytes.count("/Type /Page "),
                 3);
    }
};

QTEST_MAIN(TestPaper)
#include "tst_paper.moc"
