// The one clock: pinned, every "now" and "today" in CX Desk follows it, and
// it goes back to the system clock afterwards.

#include "core/actions/actionrepository.h"
#include "core/actions/followup.h"
#include "core/common/clock.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestClock : public QObject
{
    Q_OBJECT

private slots:
    void pinnedAndPutBack()
    {
        const QDateTime at =
            QDateTime::fromString(QStringLiteral("2026-03-15T10:00:00+01:00"), Qt::ISODate);
        QVERIFY(at.isValid());
        {
            clock::Pinned pinned(at);
            QCOMPARE(clock::now(), at);
            QCOMPARE(clock::today(), QDate(2026, 3, 15));
            {
                clock::Pinned later(at.addDays(40));
                QCOMPARE(clock::today(), QDate(2026, 4, 24));
            }
            QCOMPARE(clock::today(), QDate(2026, 3, 15));
        }
        // Back on the system clock.
        QVERIFY(qAbs(clock::now().secsTo(QDateTime::currentDateTime())) < 5);
    }

    void recordsTakeTheirTimeFromIt()
    {
        cxtest::TestDb t;
        QVERIFY2(t.isOpen(), qPrintable(t.error()));
        Survey s;
        s.title = QStringLiteral("After the visit");
        s.status = SurveyStatus::Active;
        s.questions = {makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                    QStringLiteral("Recommend us?"), true)};
        QString error;
        QVERIFY2(SurveyRepository(t.sql()).insert(s, &error), qPrintable(error));

        clock::Pinned pinned(
            QDateTime::fromString(QStringLiteral("2026-03-15T10:00:00+01:00"), Qt::ISODate));
        Submission how;
        how.source = ResponseSource::Kiosk;
        Submitted done;
        QVERIFY2(submitResponse(t.sql(), s, {{QStringLiteral("nps"), 2}}, how, &done, &error),
                 qPrintable(error));
        QCOMPARE(ResponseRepository(t.sql()).byId(done.responseId)->submittedAt,
                 QStringLiteral("2026-03-15T10:00:00+01:00"));
        // A detractor's follow-up falls due the set number of days after the pinned day.
        QVERIFY(done.actionId > 0);
        const auto action = ActionRepository(t.sql()).byId(done.actionId);
        QVERIFY(action);
        QCOMPARE(action->dueOn, QDate(2026, 3, 15).addDays(FollowUp(t.sql()).dueDays()));
        QCOMPARE(action->createdAt, QStringLiteral("2026-03-15T10:00:00+01:00"));
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
