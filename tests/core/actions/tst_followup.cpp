// The follow-up rule: detractors, unhappy CSAT answers and complaints open an
// action due after the configured number of days; everything else does not.

#include "core/actions/actionrepository.h"
#include "core/actions/followup.h"
#include "core/interactions/interactionrepository.h"
#include "core/surveys/responserepository.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestFollowUp : public QObject
{
    Q_OBJECT

private:
    qint64 m_nps = 0, m_csat = 0, m_survey = 0;

    void setUpSurvey(cxtest::TestDb& t)
    {
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO customers (id, uuid, name) VALUES (1, 'u1', 'Ann Baker')")));
        Survey s;
        s.title = QStringLiteral("Visit");
        s.questions = {
            makeQuestion(QStringLiteral("nps"), QuestionKind::Nps, QStringLiteral("Recommend?")),
            makeQuestion(QStringLiteral("csat"), QuestionKind::Csat, QStringLiteral("Happy?"))};
        QString error;
        QVERIFY(SurveyRepository(t.sql()).insert(s, &error));
        m_survey = s.id;
        m_nps = s.questions[0].id;
        m_csat = s.questions[1].id;
    }

private slots:
    void responses_data()
    {
        QTest::addColumn<double>("nps");
        QTest::addColumn<double>("csat");
        QTest::addColumn<qint64>("customer");
        QTest::addColumn<QString>("title");
        QTest::newRow("promoter, happy") << 9.0 << 5.0 << qint64(1) << "";
        QTest::newRow("passive, neutral") << 7.0 << 3.0 << qint64(1) << "";
        QTest::newRow("detractor 6")
            << 6.0 << 4.0 << qint64(1) << "Call Ann Baker back about their NPS of 6";
        QTest::newRow("detractor 0")
            << 0.0 << 4.0 << qint64(1) << "Call Ann Baker back about their NPS of 0";
        QTest::newRow("csat 2") << 8.0 << 2.0 << qint64(1)
                                << "Call Ann Baker back about their CSAT of 2";
        QTest::newRow("anonymous csat 1")
            << 8.0 << 1.0 << qint64(0) << "Look into an anonymous CSAT of 1";
    }
    void responses()
    {
        QFETCH(double, nps);
        QFETCH(double, csat);
        QFETCH(qint64, customer);
        QFETCH(QString, title);
        cxtest::TestDb t;
        setUpSurvey(t);
        Response r;
        r.surveyId = m_survey;
        r.customerId = customer;
        r.submittedAt =
            QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("T10:00:00+01:00");
        r.answers = {{m_nps, nps, {}}, {m_csat, csat, {}}};
        QString error;
        QVERIFY(ResponseRepository(t.sql()).insert(r, &error));
        qint64 action = -1;
        QVERIFY(FollowUp(t.sql()).afterResponse(r, &action, &error));
        QCOMPARE(action > 0, !title.isEmpty());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(),
                 title.isEmpty() ? 0 : 1);
        if (!title.isEmpty()) {
            const auto a = ActionRepository(t.sql()).byId(action);
            QCOMPARE(a->title, title);
            QCOMPARE(a->responseId, r.id);
            QCOMPARE(a->customerId, customer);
            QCOMPARE(a->status, ActionStatus::Open);
            QCOMPARE(a->dueOn, QDate::currentDate().addDays(3)); // the default
        }
    }

    void complaintsAndConfigurableDueDays()
    {
        cxtest::TestDb t;
        setUpSurvey(t);
        FollowUp rule(t.sql());
        QString error;
        QCOMPARE(rule.dueDays(), 3);
        QVERIFY(rule.setDueDays(7, &error));
        QCOMPARE(rule.dueDays(), 7);
        QVERIFY(!rule.setDueDays(-1, &error));
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO journeys (id, name) VALUES (1, 'Shop');\n"
            "INSERT INTO stages (id, journey_id, name) VALUES (1, 1, 'Pay');\n"
            "INSERT INTO touchpoints (id, stage_id, channel_id, name) VALUES (1, 1, 3, 'Till')")));
        Interaction visit;
        visit.customerId = 1;
        visit.touchpointId = 1;
        visit.kind = QStringLiteral("purchase");
        visit.occurredAt =
            QDate::currentDate().toString(Qt::ISODate) + QStringLiteral("T09:00:00Z");
        InteractionRepository repo(t.sql());
        QVERIFY(repo.insert(visit, &error));
        qint64 action = -1;
        QVERIFY(rule.afterInteraction(visit, &action, &error));
        QCOMPARE(action, 0);
        Interaction complaint = visit;
        complaint.id = 0;
        complaint.uuid.clear();
        complaint.kind = QStringLiteral("Complaint");
        QVERIFY(repo.insert(complaint, &error));
        QVERIFY(rule.afterInteraction(complaint, &action, &error));
        const auto a = ActionRepository(t.sql()).byId(action);
        QVERIFY(a);
        QCOMPARE(a->title, QStringLiteral("Follow up Ann Baker's complaint about Till"));
        QCOMPARE(a->interactionId, complaint.id);
        QCOMPARE(a->dueOn, QDate::currentDate().addDays(7));
    }
};

QTEST_GUILESS_MAIN(TestFollowUp)
#include "tst_followup.moc"
