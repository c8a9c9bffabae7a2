// Printed batches of paper forms: a new batch starts after the last number
// printed (not the last entered), overlaps are found, and a returned card's
// number is told apart as printed, printed for another survey, unknown or
// already entered.

#include "core/common/clock.h"
#include "core/surveys/printedforms.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

namespace {

Survey makeSurvey(cxtest::TestDb& t, const QString& title)
{
    Survey s;
    s.title = title;
    s.status = SurveyStatus::Active;
    s.questions = {makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                QStringLiteral("Recommend us?"), true)};
    QString error;
    if (!SurveyRepository(t.sql()).insert(s, &error))
        qFatal("the survey could not be stored: %s", qPrintable(error));
    return s;
}

bool enter(cxtest::TestDb& t, const Survey& s, qint64 number)
{
    Submission how;
    how.source = ResponseSource::Paper;
    how.formNumber = number;
    Submitted out;
    QString error;
    const bool ok = submitResponse(t.sql(), s, {{QStringLiteral("nps"), 9}}, how, &out, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return ok;
}

} // namespace

class TestPrintedForms : public QObject
{
    Q_OBJECT

private slots:
    void nextBatchStartsAfterTheLastPrinted()
    {
        cxtest::TestDb t;
        const clock::Pinned at(
            QDateTime::fromString(QStringLiteral("2026-11-03T10:00:00+01:00"), Qt::ISODate));
        const Survey s = makeSurvey(t, QStringLiteral("Visit"));
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(1));
        QString error;
        PrintedForms batch;
        QVERIFY2(recordPrintedForms(t.sql(), s.id, 1, 20, &batch, &error), qPrintable(error));
        QCOMPARE(batch.first, qint64(1));
        QCOMPARE(batch.last, qint64(20));
        QVERIFY(batch.id > 0);
        QCOMPARE(batch.printedAt.left(10), QStringLiteral("2026-11-03"));
        // Twenty cards are out; three came back. The next batch must not
        // print 4 to 23 again, only what was never printed.
        QVERIFY(enter(t, s, 1));
        QVERIFY(enter(t, s, 2));
        QVERIFY(enter(t, s, 3));
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(21));
        // A card entered beyond what was printed (forms of before printed
        // batches were kept) counts as well.
        QVERIFY(enter(t, s, 30));
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(31));
        QVERIFY(recordPrintedForms(t.sql(), s.id, 31, 10, nullptr, &error));
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(41));
        // Another survey numbers its own forms.
        const Survey other = makeSurvey(t, QStringLiteral("Table card"));
        QCOMPARE(nextFormNumber(t.sql(), other.id), qint64(1));
        // Numbers start at 1.
        QVERIFY(!recordPrintedForms(t.sql(), s.id, 0, 5, nullptr, &error));
        QVERIFY2(error.contains(QLatin1String("numbers start at 1")), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM printed_forms")).toInt(), 2);
    }

    void overlapsAreFound()
    {
        cxtest::TestDb t;
        const Survey s = makeSurvey(t, QStringLiteral("Visit"));
        const Survey other = makeSurvey(t, QStringLiteral("Table card"));
        QString error;
        QVERIFY(recordPrintedForms(t.sql(), s.id, 1, 20, nullptr, &error));
        QVERIFY(recordPrintedForms(t.sql(), s.id, 21, 20, nullptr, &error));
        QVERIFY(recordPrintedForms(t.sql(), other.id, 1, 100, nullptr, &error));
        QVector<PrintedForms> found;
        QVERIFY(printedOverlapping(t.sql(), s.id, 15, 25, &found, &error));
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[0].first, qint64(1));
        QCOMPARE(found[1].first, qint64(21));
        QCOMPARE(found[1].surveyTitle, QStringLiteral("Visit"));
        // Touching the ends counts; the other survey's batch does not.
        QVERIFY(printedOverlapping(t.sql(), s.id, 40, 45, &found, &error));
        QCOMPARE(found.size(), 1);
        QVERIFY(printedOverlapping(t.sql(), s.id, 41, 60, &found, &error));
        QVERIFY(found.isEmpty());
        QVERIFY(error.isEmpty());
    }

    void aCardNumberIsChecked()
    {
        cxtest::TestDb t;
        const Survey s = makeSurvey(t, QStringLiteral("Visit"));
        const Survey other = makeSurvey(t, QStringLiteral("Table card"));
        FormNumberCheck check;
        QString error;
        // Nothing printed yet: nothing to check against.
        QVERIFY(checkFormNumber(t.sql(), s.id, 5, &check, &error));
        QVERIFY(!check.surveyPrinted);
        QVERIFY(!check.printed);
        QVERIFY(check.enteredAt.isEmpty());
        QVERIFY(recordPrintedForms(t.sql(), s.id, 1, 20, nullptr, &error));
        QVERIFY(recordPrintedForms(t.sql(), other.id, 21, 10, nullptr, &error));
        // Printed for this survey.
        QVERIFY(checkFormNumber(t.sql(), s.id, 5, &check, &error));
        QVERIFY(check.surveyPrinted);
        QVERIFY(check.printed);
        QCOMPARE(check.printed->first, qint64(1));
        QCOMPARE(check.printed->last, qint64(20));
        QVERIFY(check.elsewhere.isEmpty());
        // Printed for the other survey only: a card in the wrong pile.
        QVERIFY(checkFormNumber(t.sql(), s.id, 25, &check, &error));
        QVERIFY(check.surveyPrinted);
        QVERIFY(!check.printed);
        QCOMPARE(check.elsewhere.size(), 1);
        QCOMPARE(check.elsewhere[0].surveyTitle, QStringLiteral("Table card"));
        // Never printed at all.
        QVERIFY(checkFormNumber(t.sql(), s.id, 99, &check, &error));
        QVERIFY(check.surveyPrinted);
        QVERIFY(!check.printed);
        QVERIFY(check.elsewhere.isEmpty());
        // Entered already.
        QVERIFY(enter(t, s, 5));
        QVERIFY(checkFormNumber(t.sql(), s.id, 5, &check, &error));
        QVERIFY(!check.enteredAt.isEmpty());
        QVERIFY(check.printed);
        QVERIFY(error.isEmpty());
        QVERIFY2(cxtest::openStatements(t.sql()).isEmpty(),
                 qPrintable(cxtest::openStatements(t.sql()).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestPrintedForms)
#include "tst_printedforms.moc"
