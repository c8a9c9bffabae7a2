// A kiosk on a server keeps taking answers while the server is away: they
// wait in a private file, survive a restart of the kiosk, and reach the
// server once it is back, each exactly once (by its uuid), with nothing shown
// to the customer in between. On a file the kiosk simply saves.

#include "core/demo/demo.h"
#include "core/storage/database.h"
#include "core/storage/team.h"
#include "core/surveys/kioskqueue.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

namespace {

qint64 scalar(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

AnswerMap answersFor(const Survey& survey, int score)
{
    return cxtest::validAnswers(survey, score);
}

} // namespace

class TestKioskQueue : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createDatabase(QStringLiteral("shop"), &error), qPrintable(error));
        Database owner;
        QVERIFY2(owner.open(m_server.uri(QStringLiteral("shop")), &error), qPrintable(error));
        DemoOptions sample;
        sample.customers = 20;
        sample.interactions = 50;
        sample.responses = 20;
        QVERIFY2(DemoGenerator(owner.sql()).generate(sample, nullptr, &error), qPrintable(error));
        QVERIFY2(addTeamMember(owner.sql(), QStringLiteral("till"), TeamRole::Counter,
                               QStringLiteral("till-secret"), &error),
                 qPrintable(error));
    }

    void answersWaitWhileTheServerIsAway()
    {
        QString error;
        const QString uri = m_server.uri(QStringLiteral("shop"), QStringLiteral("till"));
        Database kiosk;
        QVERIFY2(kiosk.open(uri, &error), qPrintable(error));
        const qint64 surveyId = scalar(kiosk.sql(), QStringLiteral("SELECT min(id) FROM surveys"));
        std::optional<Survey> survey = SurveyRepository(kiosk.sql()).byId(surveyId, &error);
        QVERIFY2(survey, qPrintable(error));
        const QString path = m_dir.filePath(QStringLiteral("queue.json"));
        auto queue = std::make_unique<KioskQueue>(path);
        QVERIFY(queue->isEmpty());
        int sent = 0;
        QCOMPARE(takeKioskResponse(kiosk.sql(), queue.get(), *survey, answersFor(*survey, 9),
                                   QString(), true, &sent, &error),
                 KioskOutcome::Saved);
        // Every active survey takes answers, those whose channel comes from
        // their touchpoint too (the counter reads no touchpoint).
        QSqlQuery others(kiosk.sql());
        QVERIFY(others.exec(QStringLiteral("SELECT id FROM surveys WHERE id > %1").arg(surveyId)));
        QList<qint64> ids;
        while (others.next())
            ids << others.value(0).toLongLong();
        others.finish();
        QVERIFY(!ids.isEmpty());
        for (qint64 id : ids) {
            std::optional<Survey> other = SurveyRepository(kiosk.sql()).byId(id, &error);
            QVERIFY2(other, qPrintable(error));
            QCOMPARE(takeKioskResponse(kiosk.sql(), queue.get(), *other, answersFor(*other, 7),
                                       QString(), true, &sent, &error),
                     KioskOutcome::Saved);
        }
        const int extra = int(ids.size());
        {
            Database look;
            QVERIFY2(look.open(m_server.uri(QStringLiteral("shop")), &error), qPrintable(error));
            QCOMPARE(scalar(look.sql(), QStringLiteral("SELECT count(*) FROM responses WHERE "
                                                       "created_by = 'till'")),
                     1 + extra);
        }

        QVERIFY2(m_server.stopImmediately(&error), qPrintable(error));
        // Three customers while it is away: nothing refused, all kept.
        for (int score : {10, 3, 8})
            QCOMPARE(
                takeKioskResponse(kiosk.sql(), queue.get(), *survey, answersFor(*survey, score),
                                  score == 3 ? QStringLiteral("unhappy@example.org") : QString(),
                                  true, &sent, &error),
                KioskOutcome::Queued);
        QCOMPARE(queue->size(), 3);
        QVERIFY(queue->oldest().isValid());
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther),
                 QFile::Permissions());
        // A bad answer is still refused for its content, even offline.
        AnswerMap wrong = answersFor(*survey, 9);
        for (const Question& q : survey->questions)
            if (q.required)
                wrong.remove(q.code);
        if (wrong.size() < answersFor(*survey, 9).size())
            QCOMPARE(takeKioskResponse(kiosk.sql(), queue.get(), *survey, wrong, QString(), true,
                                       &sent, &error),
                     KioskOutcome::Refused);
        QCOMPARE(queue->size(), 3);

        // The kiosk is started again: the queue is still there.
        queue = std::make_unique<KioskQueue>(path);
        QCOMPARE(queue->size(), 3);
        QVERIFY(queue->problem().isEmpty());
        const QString lastUuid = queue->items().last().uuid;

        QVERIFY2(m_server.restart(&error), qPrintable(error));
        QVERIFY2(kiosk.reconnect(&error), qPrintable(error));
        QVERIFY2(queue->send(kiosk.sql(), true, &sent, &error), qPrintable(error));
        QCOMPARE(sent, 3);
        QVERIFY(queue->isEmpty());
        QVERIFY(!QFile::exists(path));
        reportKioskQueue(kiosk.sql(), *queue, sent);

        Database owner;
        QVERIFY2(owner.open(m_server.uri(QStringLiteral("shop")), &error), qPrintable(error));
        const QString mine = QStringLiteral("SELECT count(*) FROM responses WHERE created_by = "
                                            "'till'");
        QCOMPARE(scalar(owner.sql(), mine), 4 + extra);
        QCOMPARE(scalar(owner.sql(), QStringLiteral("SELECT count(*) FROM counter_handover")),
                 4 + extra);
        QCOMPARE(scalar(owner.sql(), QStringLiteral("SELECT sent FROM kiosks WHERE login = "
                                                    "'till'")),
                 3);
        QCOMPARE(scalar(owner.sql(), QStringLiteral("SELECT queued FROM kiosks WHERE login = "
                                                    "'till'")),
                 0);

        // Sent again (as after a crash between the server's commit and the
        // file's rewrite): the server keeps the one it has.
        QueuedResponse again;
        again.uuid = lastUuid;
        again.surveyId = survey->id;
        again.at = QDateTime::currentDateTime();
        again.answers = answersFor(*survey, 8);
        QVERIFY2(queue->add(again, &error), qPrintable(error));
        QVERIFY2(queue->send(kiosk.sql(), true, &sent, &error), qPrintable(error));
        QCOMPARE(sent, 0);
        QVERIFY(queue->isEmpty());
        QCOMPARE(scalar(owner.sql(), mine), 4 + extra);

        // The desk deals with the handed-over answers: the contact becomes a
        // customer, the detractor a follow-up.
        int taken = 0;
        QVERIFY2(takeHandovers(owner.sql(), 100, &taken, &error), qPrintable(error));
        QCOMPARE(taken, 4 + extra);
        QCOMPARE(scalar(owner.sql(), QStringLiteral("SELECT count(*) FROM customers WHERE email "
                                                    "= 'unhappy@example.org'")),
                 1);
    }

    void aDamagedQueueIsKeptAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("[{\"uuid\": \"x\", ");
        }
        KioskQueue queue(path);
        QVERIFY(queue.isEmpty());
        QVERIFY2(queue.problem().contains(QStringLiteral("damaged")), qPrintable(queue.problem()));
        QVERIFY(QFile::exists(path + QStringLiteral(".damaged")));
        QVERIFY(!QFile::exists(path));
    }

    void onAFileTheKioskSavesAtOnce()
    {
        cxtest::TestDb db(cxtest::TestDb::Where::File);
        QVERIFY2(db.isOpen(), qPrintable(db.error()));
        QString error;
        DemoOptions sample;
        sample.customers = 10;
        sample.interactions = 10;
        sample.responses = 5;
        QVERIFY2(DemoGenerator(db.sql()).generate(sample, nullptr, &error), qPrintable(error));
        const qint64 surveyId = scalar(db.sql(), QStringLiteral("SELECT min(id) FROM surveys"));
        std::optional<Survey> survey = SurveyRepository(db.sql()).byId(surveyId, &error);
        QVERIFY(survey);
        const qint64 before = scalar(db.sql(), QStringLiteral("SELECT count(*) FROM responses"));
        int sent = 0;
        QCOMPARE(takeKioskResponse(db.sql(), nullptr, *survey, answersFor(*survey, 2),
                                   QStringLiteral("walk-in@example.org"), false, &sent, &error),
                 KioskOutcome::Saved);
        QCOMPARE(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM responses")), before + 1);
        // The contact and the follow-up at once, as before: nothing handed over.
        QCOMPARE(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM counter_handover")), 0);
        QCOMPARE(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM customers WHERE email = "
                                                 "'walk-in@example.org'")),
                 1);
        QCOMPARE(scalar(db.sql(), QStringLiteral("SELECT count(*) FROM responses WHERE "
                                                 "created_by IS NOT NULL AND source = 'kiosk'")),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestKioskQueue)
#include "tst_kioskqueue.moc"
