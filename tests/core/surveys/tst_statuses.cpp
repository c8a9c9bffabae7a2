// Statuses are types inside CX Desk and names in the database and files:
// each converts both ways at the storage edge, and a name that is none of
// them is told apart.

#include "core/actions/actionrepository.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestStatuses : public QObject
{
    Q_OBJECT

private slots:
    void namesRoundTrip()
    {
        for (SurveyStatus s : {SurveyStatus::Draft, SurveyStatus::Active, SurveyStatus::Closed})
            QCOMPARE(surveyStatusFromName(statusName(s)), s);
        for (ResponseSource s : {ResponseSource::Manual, ResponseSource::Kiosk,
                                 ResponseSource::Paper, ResponseSource::Import})
            QCOMPARE(responseSourceFromName(sourceName(s)), s);
        for (ActionStatus s : {ActionStatus::Open, ActionStatus::Done})
            QCOMPARE(actionStatusFromName(statusName(s)), s);
        QCOMPARE(statusName(SurveyStatus::Closed), QStringLiteral("closed"));
        QCOMPARE(sourceName(ResponseSource::Paper), QStringLiteral("paper"));
        QCOMPARE(statusName(ActionStatus::Done), QStringLiteral("done"));
        // Files and spreadsheets may shout; the names are read in any case.
        QCOMPARE(responseSourceFromName(QStringLiteral("KIOSK")), ResponseSource::Kiosk);
        QVERIFY(!surveyStatusFromName(QStringLiteral("archived")));
        QVERIFY(!responseSourceFromName(QStringLiteral("email")));
        QVERIFY(!actionStatusFromName(QString()));
    }

    void storedAsTheDocumentedNames()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        QString error;
        Survey s;
        s.title = QStringLiteral("After the visit");
        s.status = SurveyStatus::Closed;
        s.questions = {makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                    QStringLiteral("Recommend us?"))};
        QVERIFY2(SurveyRepository(t.sql()).insert(s, &error), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM surveys")).toString(),
                 QStringLiteral("closed"));
        QCOMPARE(SurveyRepository(t.sql()).byId(s.id)->status, SurveyStatus::Closed);

        Response r;
        r.surveyId = s.id;
        r.submittedAt = QStringLiteral("2026-03-01T14:05:00+01:00");
        r.source = ResponseSource::Paper;
        r.formNumber = 17;
        r.answers = {{s.questions[0].id, 9.0, {}}};
        QVERIFY2(ResponseRepository(t.sql()).insert(r, &error), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT source FROM responses")).toString(),
                 QStringLiteral("paper"));
        QCOMPARE(ResponseRepository(t.sql()).byId(r.id)->source, ResponseSource::Paper);

        Action a;
        a.title = QStringLiteral("Call back about the cold coffee");
        a.responseId = r.id;
        a.dueOn = QDate(2026, 3, 3);
        a.createdAt = QStringLiteral("2026-03-01T14:06:00+01:00");
        ActionRepository actions(t.sql());
        QVERIFY2(actions.insert(a, &error), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM actions")).toString(),
                 QStringLiteral("open"));
        QVERIFY2(actions.markDone(a, QStringLiteral("Apologised"),
                                  QStringLiteral("2026-03-02T10:00:00+01:00"), &error),
                 qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT status FROM actions")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(actions.byId(a.id)->status, ActionStatus::Done);
    }
};

QTEST_GUILESS_MAIN(TestStatuses)
#include "tst_statuses.moc"
