// Edits never silently overwrite someone else's: for every kind of record a
// person edits, two connections to one file (as two windows or a window and
// the command line have) read the same version; the first save wins, the
// second is refused with what changed and when, and writes nothing.

#include "core/actions/actionrepository.h"
#include "core/actions/followup.h"
#include "core/customers/customerrepository.h"
#include "core/interactions/interactionrepository.h"
#include "core/journeys/journeyedit.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/changewatcher.h"
#include "core/storage/database.h"
#include "core/storage/editguard.h"
#include "core/storage/settings.h"
#include "core/surveys/kioskpin.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QSignalSpy>
#include <QtTest>

using namespace cx;

namespace {
const char* const kBusiness = R"(
INSERT INTO customers (id, uuid, external_id, name, email) VALUES (1, 'c1', 'C1', 'Anna Smith', 'anna@example.org');
INSERT INTO journeys (id, name) VALUES (1, 'Shop visit');
INSERT INTO stages (id, journey_id, name, position) VALUES (10, 1, 'Visit', 0), (11, 1, 'Pay', 1);
INSERT INTO touchpoints (id, stage_id, name, position) VALUES (100, 10, 'Counter', 0);
INSERT INTO interactions (id, uuid, customer_id, touchpoint_id, occurred_at, kind) VALUES (1, 'i1', 1, 100, '2026-03-01T10:00:00+01:00', 'complaint');
INSERT INTO actions (id, customer_id, interaction_id, title, due_on, created_at) VALUES (1, 1, 1, 'Call Anna back', '2026-03-04', '2026-03-01T10:05:00+01:00')
)";

// "at 14:02" or a date and time: the refusal says when.
bool saysWhen(const QString& message)
{
    return message.contains(QRegularExpression(QStringLiteral(" at [^(]*\\d")));
}
} // namespace

class TestRowVersion : public QObject
{
    Q_OBJECT

private:
    cxtest::TestDb* m_t = nullptr;
    Database* m_other = nullptr; // the second window or program
    QSqlDatabase& mine() { return m_t->sql(); }
    QSqlDatabase& theirs() { return m_other->sql(); }

private slots:
    void init()
    {
        m_t = new cxtest::TestDb;
        QVERIFY(m_t->exec(QLatin1String(kBusiness)));
        m_other = new Database;
        QString error;
        QVERIFY2(m_other->open(m_t->path(), &error), qPrintable(error));
    }
    void cleanup()
    {
        delete m_other;
        delete m_t;
    }

    void customer()
    {
        const Customer read = *CustomerRepository(mine()).byId(1);
        QCOMPARE(read.rowVersion, 1);
        Customer theirEdit = *CustomerRepository(theirs()).byId(1);
        theirEdit.email = QStringLiteral("anna.smith@example.org");
        QString error;
        QVERIFY2(CustomerRepository(theirs()).update(theirEdit, &error), qPrintable(error));
        QCOMPARE(theirEdit.rowVersion, 2);

        Customer mineEdit = read;
        mineEdit.notes = QStringLiteral("Prefers a call in the morning");
        QVERIFY(!CustomerRepository(mine()).update(mineEdit, &error, &read));
        QVERIFY2(error.startsWith(QStringLiteral(
                     "the customer “Anna Smith” was changed in another window or program at ")),
                 qPrintable(error));
        QVERIFY2(error.endsWith(QLatin1String("(email)")) && saysWhen(error), qPrintable(error));
        const Customer stored = *CustomerRepository(mine()).byId(1);
        QCOMPARE(stored.email, QStringLiteral("anna.smith@example.org"));
        QCOMPARE(stored.notes, QString());
        QCOMPARE(stored.rowVersion, 2);
        QCOMPARE(mineEdit.rowVersion, 1); // nothing moved on this side either

        // Saving mine knowingly: what was changed here on top of their version.
        Customer merged = CustomerRepository::merged(read, mineEdit, stored);
        QCOMPARE(merged.email, QStringLiteral("anna.smith@example.org"));
        QCOMPARE(merged.notes, QStringLiteral("Prefers a call in the morning"));
        QCOMPARE(merged.rowVersion, stored.rowVersion);
        QVERIFY2(CustomerRepository(mine()).update(merged, &error, &stored), qPrintable(error));
        QCOMPARE(CustomerRepository(theirs()).byId(1)->notes,
                 QStringLiteral("Prefers a call in the morning"));
        QCOMPARE(CustomerRepository(theirs()).byId(1)->email,
                 QStringLiteral("anna.smith@example.org"));
        QCOMPARE(merged.rowVersion, 3);
    }

    void interaction()
    {
        const Interaction read = *InteractionRepository(mine()).byId(1);
        Interaction theirEdit = *InteractionRepository(theirs()).byId(1);
        theirEdit.resolvedAt = QStringLiteral("2026-03-01T12:00:00+01:00");
        theirEdit.outcome = QStringLiteral("refund");
        QString error;
        QVERIFY(InteractionRepository(theirs()).update(theirEdit, &error));
        Interaction mineEdit = read;
        mineEdit.notes = QStringLiteral("Cold coffee");
        QVERIFY(!InteractionRepository(mine()).update(mineEdit, &error, &read));
        QVERIFY2(error.startsWith(QStringLiteral("the complaint of 2026-03-01 10:00 was changed in "
                                                 "another window or program at ")) &&
                     error.endsWith(QLatin1String("(outcome, resolved)")),
                 qPrintable(error));
        QCOMPARE(InteractionRepository(mine()).byId(1)->notes, QString());
        // A delete based on the old version is refused too, and the record stays.
        QVERIFY(!InteractionRepository(mine()).remove(read, &error));
        QVERIFY(InteractionRepository(mine()).byId(1));
        // Gone meanwhile: said so.
        QVERIFY(execSql(theirs(), QStringLiteral("DELETE FROM interactions WHERE id = 1"), &error));
        QVERIFY(!InteractionRepository(mine()).update(mineEdit, &error, &read));
        QCOMPARE(error,
                 QStringLiteral(
                     "the complaint of 2026-03-01 10:00 was deleted in another window or program"));
    }

    void action()
    {
        Action read = *ActionRepository(mine()).byId(1);
        Action theirs_ = *ActionRepository(theirs()).byId(1);
        QString error;
        QVERIFY(ActionRepository(theirs()).markDone(theirs_, QStringLiteral("Voucher sent"),
                                                    QStringLiteral("2026-03-02T09:00:00+01:00"),
                                                    &error));
        QVERIFY(!ActionRepository(mine()).markDone(read, QStringLiteral("Called, apologised"),
                                                   QStringLiteral("2026-03-02T10:00:00+01:00"),
                                                   &error));
        QVERIFY2(error.startsWith(QStringLiteral(
                     "the follow-up “Call Anna back” was changed in another window or program")) &&
                     error.endsWith(QLatin1String("(marked done)")),
                 qPrintable(error));
        QCOMPARE(ActionRepository(mine()).byId(1)->resolution, QStringLiteral("Voucher sent"));
        QCOMPARE(read.rowVersion, 1);
        QVERIFY(!ActionRepository(mine()).reopen(read, &error));
        QVERIFY(!ActionRepository(mine()).remove(read, &error));
        QCOMPARE(ActionRepository(mine()).byId(1)->status, ActionStatus::Done);
    }

    void journeyStageAndTouchpoint()
    {
        JourneyRepository here(mine()), there(theirs());
        QString error;
        const Journey journey = *here.journey(1);
        Journey theirJourney = *there.journey(1);
        theirJourney.persona = QStringLiteral("A regular");
        QVERIFY(there.updateJourney(theirJourney, &error));
        Journey myJourney = journey;
        myJourney.name = QStringLiteral("Shop visit (weekday)");
        QVERIFY(!here.updateJourney(myJourney, &error, &journey));
        QVERIFY2(error.startsWith(QStringLiteral("the journey “Shop visit” was changed")) &&
                     error.endsWith(QLatin1String("(persona)")),
                 qPrintable(error));
        QCOMPARE(here.journey(1)->name, QStringLiteral("Shop visit"));

        const Stage stage = *here.stage(10);
        Stage theirStage = *there.stage(10);
        theirStage.expectedEmotion = 1;
        QVERIFY(there.updateStage(theirStage, &error));
        Stage myStage = stage;
        myStage.name = QStringLiteral("In the shop");
        QVERIFY(!here.updateStage(myStage, &error, &stage));
        QVERIFY2(error.endsWith(QLatin1String("(expected feeling)")), qPrintable(error));
        QVERIFY(!here.removeStage(stage, &error));
        QCOMPARE(here.stage(10)->name, QStringLiteral("Visit"));

        const Touchpoint touchpoint = *here.touchpoint(100);
        Touchpoint theirCard = *there.touchpoint(100);
        theirCard.owner = QStringLiteral("Sam");
        theirCard.target = 4;
        QVERIFY(there.updateTouchpoint(theirCard, &error));
        Touchpoint myCard = touchpoint;
        myCard.name = QStringLiteral("Till");
        QVERIFY(!here.updateTouchpoint(myCard, &error, &touchpoint));
        QVERIFY2(error.endsWith(QLatin1String("(target, owner)")), qPrintable(error));
        QVERIFY(!here.removeTouchpoint(touchpoint, &error));
        QCOMPARE(here.touchpoint(100)->name, QStringLiteral("Counter"));

        // A delete of a whole stage checks what goes with it: its touchpoint changed after the
        // snapshot.
        const MapSnapshot snapshot = snapshotStage(mine(), 10);
        theirCard.name = QStringLiteral("Counter and till");
        QVERIFY(there.updateTouchpoint(theirCard, &error));
        QVERIFY(!removeSnapshot(mine(), snapshot, &error));
        QVERIFY2(error.contains(QStringLiteral("the touchpoint “Counter” was changed")),
                 qPrintable(error));
        QVERIFY(here.stage(10));
    }

    void survey()
    {
        Survey s;
        s.title = QStringLiteral("After the visit");
        s.questions = {makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                    QStringLiteral("Recommend us?"))};
        QString error;
        QVERIFY(saveSurvey(mine(), s, &error));
        const Survey read = *SurveyRepository(mine()).byId(s.id);
        Survey theirEdit = *SurveyRepository(theirs()).byId(s.id);
        theirEdit.questions.first().text = QStringLiteral("Would you recommend us to a friend?");
        QVERIFY2(saveSurvey(theirs(), theirEdit, &error, &theirEdit), qPrintable(error));
        Survey mineEdit = read;
        mineEdit.title = QStringLiteral("After your visit");
        QVERIFY(!saveSurvey(mine(), mineEdit, &error, &read));
        QVERIFY2(error.startsWith(QStringLiteral("the survey “After the visit” was changed")) &&
                     error.endsWith(QLatin1String("(questions)")),
                 qPrintable(error));
        QCOMPARE(SurveyRepository(mine()).byId(s.id)->title, QStringLiteral("After the visit"));
        // A question changed by another tool alone is seen too.
        const Survey again = *SurveyRepository(mine()).byId(s.id);
        QVERIFY(execSql(theirs(), QStringLiteral("UPDATE questions SET required = 1"), &error));
        Survey mine2 = again;
        mine2.title = QStringLiteral("After your visit");
        QVERIFY(!saveSurvey(mine(), mine2, &error, &again));
        // A definition from a file (no version named) replaces it, as survey import does.
        Survey fromFile = *SurveyRepository(mine()).byId(s.id);
        fromFile.rowVersion = 0;
        fromFile.title = QStringLiteral("From the file");
        QVERIFY2(saveSurvey(mine(), fromFile, &error), qPrintable(error));
        QVERIFY(SurveyRepository(theirs()).byId(s.id)->rowVersion > again.rowVersion);
        // And a delete based on an old version is refused.
        QVERIFY(!SurveyRepository(mine()).remove(read, &error));
        QVERIFY(SurveyRepository(mine()).byId(s.id));
    }

    void settings()
    {
        const Setting name = SettingsRepository(mine()).get(settingkeys::BusinessName);
        QCOMPARE(name.rowVersion, 0); // not set yet
        const Setting days = SettingsRepository(mine()).get(settingkeys::FollowUpDays);
        QCOMPARE(days.value, QStringLiteral("3"));
        QString error;
        QVERIFY(setBusinessName(theirs(), QStringLiteral("Crumb & Co."), &error));
        QVERIFY(FollowUp(theirs()).setDueDays(5, &error));
        QVERIFY(!setBusinessName(mine(), QStringLiteral("Crumb and Company"), &error, &name));
        QVERIFY2(error.startsWith(QStringLiteral(
                     "the business name was changed in another window or program at ")),
                 qPrintable(error));
        QVERIFY(!FollowUp(mine()).setDueDays(7, &error, &days));
        QVERIFY2(error.startsWith(QStringLiteral("when follow-ups are due was changed")),
                 qPrintable(error));
        QCOMPARE(businessName(mine()), QStringLiteral("Crumb & Co."));
        QCOMPARE(FollowUp(mine()).dueDays(), 5);
        const Setting pin = SettingsRepository(mine()).get(settingkeys::KioskPin);
        QVERIFY(setKioskPin(theirs(), QStringLiteral("2468"), &error));
        QVERIFY(!setKioskPin(mine(), QStringLiteral("1357"), &error, &pin));
        QVERIFY(checkKioskPin(mine(), QStringLiteral("2468")));
    }

    // Undo and redo: the record must hold what the step left, whatever its
    // version (steps undone in between raised it too).
    void unchangedSinceComparesWhatTheRecordHolds()
    {
        Customer left = *CustomerRepository(mine()).byId(1);
        QString error;
        // Two changes and their undo here: the values are as before, the version is not.
        for (const QString& email :
             {QStringLiteral("a@example.org"), QStringLiteral("anna@example.org")}) {
            Customer c = *CustomerRepository(mine()).byId(1);
            c.email = email;
            QVERIFY(CustomerRepository(mine()).update(c, &error));
        }
        int version = 0;
        QVERIFY2(unchangedSince(mine(), left, &version, &error), qPrintable(error));
        QCOMPARE(version, 3);
        Customer theirEdit = *CustomerRepository(theirs()).byId(1);
        theirEdit.phone = QStringLiteral("07700 900123");
        QVERIFY(CustomerRepository(theirs()).update(theirEdit, &error));
        QVERIFY(!unchangedSince(mine(), left, &version, &error));
        QVERIFY2(error.endsWith(QLatin1String("(phone)")), qPrintable(error));
    }

    void anotherToolsUpdateRaisesTheVersion()
    {
        QString error;
        QVERIFY(execSql(theirs(),
                        QStringLiteral("UPDATE customers SET segment = 'Retail' WHERE id = 1"),
                        &error));
        const Customer c = *CustomerRepository(mine()).byId(1);
        QCOMPARE(c.rowVersion, 2);
        QVERIFY(!c.updatedAt.isEmpty());
        // A cascade is a change too: deleting the touchpoint clears the interaction's link.
        QVERIFY(
            execSql(theirs(), QStringLiteral("DELETE FROM touchpoints WHERE id = 100"), &error));
        QCOMPARE(InteractionRepository(mine()).byId(1)->rowVersion, 2);
    }

    // On a file the watcher sees another connection's commit at its next look
    // (data_version); on a server the commit's notice comes on its own, and
    // the watcher looks shortly after. Either way: once per commit of
    // another connection, never for its own, and not while paused.
    void theWatcherSeesCommitsOfOthersOnly()
    {
        ChangeWatcher watcher(m_t->db(), 60000);
        QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);
        QVERIFY(!watcher.poll());
        // Looks until the watcher has told `times` changes in all (at most
        // 5 s), or for half a second when no more are expected; then a little
        // longer, so that a second telling of the same commit would show.
        const auto looksFor = [&](int times, bool expected = true) {
            QDeadlineTimer deadline(expected ? 5000 : 500);
            while (spy.count() < times && !deadline.hasExpired()) {
                QTest::qWait(20);
                watcher.poll();
            }
            QTest::qWait(200);
            watcher.poll();
            return spy.count();
        };
        // Numbered by hand, like the business above (a server's numbering
        // does not move for rows that bring their own ids).
        QString error;
        QVERIFY(execSql(
            mine(), QStringLiteral("INSERT INTO journeys (id, name) VALUES (11, 'Mine')"), &error));
        QCOMPARE(looksFor(1, false), 0); // this connection's own write
        QVERIFY(execSql(theirs(),
                        QStringLiteral("INSERT INTO journeys (id, name) VALUES (12, 'Theirs')"),
                        &error));
        QCOMPARE(looksFor(1), 1);
        // A transaction of many statements is one change.
        QVERIFY(execSql(theirs(), QStringLiteral("BEGIN"), &error));
        for (int i = 0; i < 5; ++i)
            QVERIFY(execSql(
                theirs(),
                QStringLiteral("UPDATE journeys SET name = 'Theirs %1' WHERE id = 12").arg(i),
                &error));
        QCOMPARE(looksFor(2, false), 1); // not before it commits
        QVERIFY(execSql(theirs(), QStringLiteral("COMMIT"), &error));
        QCOMPARE(looksFor(2), 2);
        watcher.setPaused(true);
        QVERIFY(execSql(
            theirs(), QStringLiteral("INSERT INTO journeys (id, name) VALUES (13, 'While paused')"),
            &error));
        QCOMPARE(looksFor(3, false), 2);
        watcher.setPaused(false); // looks at once, or as soon as the notice is in
        QTRY_COMPARE(spy.count(), 3);
        QCOMPARE(cxtest::openStatements(mine()), QStringList());
    }

    // After the connection was made anew (the server came back), the watcher
    // listens on the new one once it is told to look again from there.
    void theWatcherListensAgainAfterAReconnect()
    {
        ChangeWatcher watcher(m_t->db(), 100);
        QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);
        QString error;
        if (m_t->db().isServer())
            QVERIFY2(m_t->db().reconnect(&error), qPrintable(error));
        else
            QVERIFY2(m_t->db().open(m_t->path(), &error), qPrintable(error));
        watcher.rebase();
        QVERIFY(execSql(theirs(),
                        QStringLiteral("INSERT INTO journeys (id, name) VALUES (14, 'Later')"),
                        &error));
        QTRY_COMPARE(spy.count(), 1);
        QTest::qWait(300);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRowVersion)
#include "tst_rowversion.moc"
