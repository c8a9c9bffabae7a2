// The team on a server: the owner's, staff's and counter's rights are the
// server's, so each forbidden read and write is refused by PostgreSQL itself
// (as it would be from psql), and each allowed one works. Also the accounts
// (cxdesk team and its functions) and who is named on what each one saves.

#include "core/actions/actionrepository.h"
#include "core/customers/customerrepository.h"
#include "core/customers/privacy.h"
#include "core/demo/demo.h"
#include "core/interactions/interactionrepository.h"
#include "core/storage/database.h"
#include "core/storage/location.h"
#include "core/storage/sqlutil.h"
#include "core/storage/team.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

namespace {

// Runs one statement; "ok", "refused" (insufficient privilege, SQLSTATE
// 42501) or the other error's text.
QString attempt(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return QStringLiteral("ok");
    return q.lastError().nativeErrorCode() == QLatin1String("42501") ? QStringLiteral("refused")
                                                                     : q.lastError().text();
}

qint64 scalar(QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestTeam : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    // The owner who made the schema (a login with CREATEROLE, no superuser).
    Database m_olga;

    QString uri(const QString& user) const { return m_server.uri(QStringLiteral("shop"), user); }

    int cli(const QStringList& args, QString* out, QString* err)
    {
        QProcess p;
        p.start(qEnvironmentVariable("CXDESK_CLI"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            return -1;
        *out = QString::fromUtf8(p.readAllStandardOutput());
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitCode();
    }

    // Runs statements as the server's administrator: "ok" or the first error.
    QString admin(const QStringList& statements)
    {
        QString result = QStringLiteral("ok");
        {
            QSqlDatabase boot =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
            DatabaseLocation l;
            QString error;
            if (!DatabaseLocation::parse(m_server.uri(QStringLiteral("postgres")), &l, &error))
                return error;
            boot.setHostName(l.host);
            boot.setPort(l.port);
            boot.setUserName(QStringLiteral("postgres"));
            boot.setDatabaseName(QStringLiteral("postgres"));
            if (!boot.open())
                result = boot.lastError().text();
            for (const QString& statement : statements)
                if (result == QLatin1String("ok"))
                    result = attempt(boot, statement);
            boot.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("admin"));
        return result;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // As a small business sets it up: the administrator makes the first
        // account and its database, and CX Desk the rest.
        QCOMPARE(admin({QStringLiteral("CREATE ROLE olga LOGIN CREATEROLE"),
                        QStringLiteral("CREATE DATABASE shop OWNER olga"),
                        QStringLiteral("CREATE ROLE stranger LOGIN")}),
                 QStringLiteral("ok"));
        QVERIFY2(m_olga.open(uri(QStringLiteral("olga")), &error), qPrintable(error));
        DemoOptions sample;
        sample.customers = 30;
        sample.interactions = 120;
        sample.responses = 40;
        QVERIFY2(DemoGenerator(m_olga.sql()).generate(sample, nullptr, &error), qPrintable(error));
        // A survey still being written, which no kiosk may see.
        QCOMPARE(attempt(m_olga.sql(),
                         QStringLiteral("INSERT INTO surveys (uuid, title, status) VALUES ('%1', "
                                        "'Menu ideas (draft)', 'draft')")
                             .arg(sql::newUuid())),
                 QStringLiteral("ok"));
    }

    // The rights are set up by an account that may create roles; another
    // one is told so, and nothing of version 8 is left half made.
    void anAccountThatMayNotCreateRolesCannotSetUpTheTeam()
    {
        QCOMPARE(admin({QStringLiteral("CREATE ROLE plain LOGIN"),
                        QStringLiteral("CREATE DATABASE corner OWNER plain")}),
                 QStringLiteral("ok"));
        Database db;
        QString error;
        QVERIFY(!db.open(m_server.uri(QStringLiteral("corner"), QStringLiteral("plain")), &error));
        QVERIFY2(error.contains(QStringLiteral("by an account that may create roles")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("CONTEXT")), qPrintable(error));
        QVERIFY2(db.open(m_server.uri(QStringLiteral("corner")), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::SchemaVersion);
        // Set up by the administrator: the database's owner owns the business.
        Database owner;
        QVERIFY2(
            owner.open(m_server.uri(QStringLiteral("corner"), QStringLiteral("plain")), &error),
            qPrintable(error));
        QCOMPARE(teamRole(owner.sql(), &error), std::optional<TeamRole>(TeamRole::Owner));
    }

    void theFirstAccountOwnsTheBusiness()
    {
        QString error;
        QCOMPARE(teamRole(m_olga.sql(), &error), std::optional<TeamRole>(TeamRole::Owner));
        QCOMPARE(personOf(m_olga.sql()), QStringLiteral("olga"));
        QVector<TeamMember> members;
        QVERIFY2(teamMembers(m_olga.sql(), &members, &error), qPrintable(error));
        QCOMPARE(members.size(), 1);
        QCOMPARE(members[0].name, QStringLiteral("olga"));
        QCOMPARE(members[0].role, TeamRole::Owner);
    }

    void theOwnerAddsAccounts()
    {
        QString error;
        QVERIFY2(addTeamMember(m_olga.sql(), QStringLiteral("sam"), TeamRole::Staff,
                               QStringLiteral("counter-top-7"), &error),
                 qPrintable(error));
        QVERIFY2(addTeamMember(m_olga.sql(), QStringLiteral("kiosk1"), TeamRole::Counter,
                               QStringLiteral("kiosk-pass-1"), &error),
                 qPrintable(error));
        QVERIFY2(addTeamMember(m_olga.sql(), QStringLiteral("otto"), TeamRole::Owner,
                               QStringLiteral("second-owner"), &error),
                 qPrintable(error));
        // Refused, each with its reason, and nothing made.
        QVERIFY(!addTeamMember(m_olga.sql(), QStringLiteral("sam"), TeamRole::Staff,
                               QStringLiteral("another-one"), &error));
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QVERIFY(!addTeamMember(m_olga.sql(), QStringLiteral("pat"), TeamRole::Staff,
                               QStringLiteral("short"), &error));
        QVERIFY2(error.contains(QStringLiteral("8 characters")), qPrintable(error));
        QVERIFY(!addTeamMember(m_olga.sql(), QStringLiteral("Robert'); DROP"), TeamRole::Staff,
                               QStringLiteral("long-enough"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot be an account name")), qPrintable(error));
        QVector<TeamMember> members;
        QVERIFY2(teamMembers(m_olga.sql(), &members, &error), qPrintable(error));
        QStringList listed;
        for (const TeamMember& m : members)
            listed << m.name + QLatin1Char(':') + teamRoleName(m.role);
        QCOMPARE(listed,
                 (QStringList{QStringLiteral("kiosk1:counter"), QStringLiteral("olga:owner"),
                              QStringLiteral("otto:owner"), QStringLiteral("sam:staff")}));
        // The password is stored as the server keeps them, never in clear.
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE "
                                                     "rolname = 'sam' AND rolcanlogin")),
                 1);
    }

    void aCounterTakesAnswersAndReadsNothing()
    {
        QString error;
        Database kiosk;
        QVERIFY2(kiosk.open(uri(QStringLiteral("kiosk1")), &error), qPrintable(error));
        QSqlDatabase& k = kiosk.sql();
        QCOMPARE(teamRole(k, &error), std::optional<TeamRole>(TeamRole::Counter));
        // No customer, no answer given, no follow-up, no interaction.
        for (const char* read :
             {"SELECT name FROM customers LIMIT 1", "SELECT value_num FROM answers LIMIT 1",
              "SELECT customer_id FROM responses LIMIT 1", "SELECT title FROM actions LIMIT 1",
              "SELECT notes FROM interactions LIMIT 1", "SELECT * FROM daily_answers LIMIT 1",
              "SELECT contact FROM counter_handover LIMIT 1", "SELECT * FROM kiosks",
              "SELECT name FROM journeys LIMIT 1"})
            QCOMPARE(attempt(k, QLatin1String(read)), QStringLiteral("refused"));
        for (const char* write :
             {"INSERT INTO customers (uuid, name) VALUES ('x', 'Mallory')",
              "UPDATE surveys SET title = 'x'", "DELETE FROM responses",
              "UPDATE settings SET value = '1'", "DELETE FROM answers",
              "INSERT INTO actions (title, status, created_at) VALUES ('x', 'open', 'y')",
              "CREATE TABLE mine (x int)",
              // Responses only through cx_counter_submit: never a customer's,
              // never answers to another response, never a handover of its own.
              "INSERT INTO responses (uuid, survey_id, customer_id, submitted_at, source) "
              "VALUES ('forged', 1, 1, '2026-12-04T10:00:00Z', 'kiosk')",
              "INSERT INTO answers (response_id, question_id, value_num) VALUES (1, 1, 0)",
              "INSERT INTO counter_handover (response_id, contact, taken_at) VALUES (1, "
              "'x@example.org', '2026-12-04T10:00:00Z')",
              "SELECT nextval('customers_id_seq')", "CREATE TEMP TABLE mine (x int)",
              "SELECT customers_keys_outside()"})
            QCOMPARE(attempt(k, QLatin1String(write)), QStringLiteral("refused"));
        // Only the active surveys, and of the settings only what the kiosk shows.
        QCOMPARE(scalar(k, QStringLiteral("SELECT count(*) FROM surveys")),
                 scalar(m_olga.sql(),
                        QStringLiteral("SELECT count(*) FROM surveys WHERE status = 'active'")));
        QVERIFY(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM surveys WHERE status "
                                                    "<> 'active'")) > 0);
        QCOMPARE(scalar(k, QStringLiteral("SELECT count(*) FROM settings WHERE key = "
                                          "'follow_up_days'")),
                 0);
        QCOMPARE(scalar(k, QStringLiteral("SELECT count(*) FROM questions WHERE survey_id IN "
                                          "(SELECT id FROM surveys)")),
                 scalar(k, QStringLiteral("SELECT count(*) FROM questions")));

        // A detractor who leaves an email: taken, handed over to the desk.
        const qint64 surveyId = scalar(k, QStringLiteral("SELECT min(id) FROM surveys"));
        auto survey = SurveyRepository(k).byId(surveyId, &error);
        QVERIFY2(survey, qPrintable(error));
        QString npsCode;
        for (const Question& q : survey->questions)
            if (q.kind == QuestionKind::Nps)
                npsCode = q.code;
        QVERIFY(!npsCode.isEmpty());
        const AnswerMap answers = cxtest::validAnswers(*survey, 2, QStringLiteral("cold coffee"));
        Submission how;
        how.source = ResponseSource::Kiosk;
        how.contact = QStringLiteral("newcomer@example.org");
        how.uuid = sql::newUuid();
        how.handOver = true;
        const qint64 responsesBefore =
            scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM responses"));
        const qint64 actionsBefore =
            scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM actions"));
        Submitted out;
        QVERIFY2(submitResponse(k, *survey, answers, how, &out, &error), qPrintable(error));
        QVERIFY(!out.before);
        // Sent again (the kiosk did not hear the answer): stored once.
        Submitted again;
        QVERIFY2(submitResponse(k, *survey, answers, how, &again, &error), qPrintable(error));
        QVERIFY(again.before);
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM responses")),
                 responsesBefore + 1);
        QCOMPARE(scalar(m_olga.sql(),
                        QStringLiteral("SELECT count(*) FROM responses WHERE uuid = '%1' AND "
                                       "created_by = 'kiosk1' AND customer_id IS NULL")
                            .arg(how.uuid)),
                 1);
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM counter_handover")), 1);
        // Not to a survey that is not active, whatever the kiosk sends.
        QSqlQuery draft(k);
        const qint64 draftId = scalar(
            m_olga.sql(), QStringLiteral("SELECT min(id) FROM surveys WHERE status = 'draft'"));
        QVERIFY(draftId > 0);
        QVERIFY(!draft.exec(QStringLiteral("SELECT cx_counter_submit('draft-try', %1, "
                                           "'2026-12-04T10:00:00Z', '[]'::jsonb, '', "
                                           "'2026-12-04T10:00:00Z')")
                                .arg(draftId)));
        QVERIFY2(draft.lastError().text().contains(QStringLiteral("not active")),
                 qPrintable(draft.lastError().text()));
        draft.finish();
        // The kiosk reports its queue; the row is its own.
        QCOMPARE(attempt(k, QStringLiteral("SELECT cx_kiosk_report('till', 3, "
                                           "'2026-12-04T10:00:00Z', 0)")),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT queued FROM kiosks WHERE login = "
                                                     "'kiosk1'")),
                 3);

        // The desk (staff) links the contact and opens the follow-up.
        Database desk;
        QVERIFY2(desk.open(uri(QStringLiteral("sam")), &error), qPrintable(error));
        int taken = 0;
        QVERIFY2(takeHandovers(desk.sql(), 50, &taken, &error), qPrintable(error));
        QCOMPARE(taken, 1);
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM counter_handover")), 0);
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM actions")),
                 actionsBefore + 1);
        QCOMPARE(scalar(m_olga.sql(),
                        QStringLiteral("SELECT count(*) FROM responses r JOIN customers c ON "
                                       "c.id = r.customer_id WHERE r.uuid = '%1' AND c.email = "
                                       "'newcomer@example.org'")
                            .arg(how.uuid)),
                 1);
    }

    void staffDoTheDailyWorkAndNoMore()
    {
        QString error;
        Database staff;
        QVERIFY2(staff.open(uri(QStringLiteral("sam")), &error), qPrintable(error));
        QSqlDatabase& s = staff.sql();
        QCOMPARE(teamRole(s, &error), std::optional<TeamRole>(TeamRole::Staff));
        // Allowed: customers, interactions, follow-ups, surveys and results.
        CustomerRepository customers(s);
        Customer c;
        c.name = QStringLiteral("Greta Lindqvist");
        c.email = QStringLiteral("greta@example.org");
        QVERIFY2(customers.insert(c, &error), qPrintable(error));
        c.phone = QStringLiteral("0170 5550123");
        QVERIFY2(customers.update(c, &error), qPrintable(error));
        QCOMPARE(c.changedBy, QStringLiteral("sam"));
        // The owner changes the same customer meanwhile: sam's next save is
        // refused, naming her and the time.
        {
            CustomerRepository theirs(m_olga.sql());
            std::optional<Customer> stored = theirs.byId(c.id);
            QVERIFY(stored);
            stored->email = QStringLiteral("greta.lindqvist@example.org");
            QVERIFY2(theirs.update(*stored, &error), qPrintable(error));
            Customer mine = c;
            mine.notes = QStringLiteral("Prefers the window table");
            QVERIFY(!customers.update(mine, &error, &c));
            QVERIFY2(error.startsWith(QStringLiteral("the customer “Greta Lindqvist” was changed "
                                                     "by olga at ")) &&
                         error.endsWith(QStringLiteral("(email)")),
                     qPrintable(error));
            // Read again and saved: now it is sam's change.
            c = *customers.byId(c.id);
            QCOMPARE(c.changedBy, QStringLiteral("olga"));
            c.notes = mine.notes;
            QVERIFY2(customers.update(c, &error), qPrintable(error));
        }
        Interaction i;
        i.customerId = c.id;
        i.occurredAt = QStringLiteral("2026-12-04T09:30:00+01:00");
        i.kind = QStringLiteral("visit");
        i.createdBy = personOf(s);
        QVERIFY2(InteractionRepository(s).insert(i, &error), qPrintable(error));
        QCOMPARE(scalar(m_olga.sql(),
                        QStringLiteral("SELECT count(*) FROM interactions WHERE id = %1 AND "
                                       "created_by = 'sam'")
                            .arg(i.id)),
                 1);
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 "
                                                     "AND changed_by = 'sam'")
                                          .arg(c.id)),
                 1);
        for (const char* allowed :
             {"SELECT count(*) FROM answers", "SELECT count(*) FROM customers",
              "UPDATE surveys SET title = title", "SELECT count(*) FROM daily_interactions",
              "UPDATE actions SET owner = owner"})
            QCOMPARE(attempt(s, QLatin1String(allowed)), QStringLiteral("ok"));
        // Nobody signs with another's name, not even from psql.
        QCOMPARE(attempt(s, QStringLiteral("INSERT INTO interactions (uuid, occurred_at, kind, "
                                           "created_by) VALUES ('forged-1', "
                                           "'2026-12-04T10:00:00+01:00', 'visit', 'olga')")),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM interactions WHERE "
                                                     "uuid = 'forged-1' AND created_by = 'sam'")),
                 1);
        QCOMPARE(attempt(s, QStringLiteral("UPDATE customers SET notes = 'x', changed_by = "
                                           "'olga' WHERE id = %1")
                                .arg(c.id)),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM customers WHERE id = %1 "
                                                     "AND changed_by = 'sam'")
                                          .arg(c.id)),
                 1);
        // A trigger function that acts with the owner group's rights cannot be
        // hung on a table of one's own.
        QCOMPARE(attempt(s, QStringLiteral("CREATE TEMP TABLE scratch (id bigint, row_version "
                                           "bigint)")),
                 QStringLiteral("ok"));
        QCOMPARE(attempt(s, QStringLiteral("CREATE TRIGGER scratch_keys AFTER INSERT ON scratch "
                                           "FOR EACH ROW EXECUTE FUNCTION "
                                           "customers_keys_outside()")),
                 QStringLiteral("refused"));
        // Refused: erase, settings, the journey map, accounts, the schema.
        for (const char* write :
             {"DELETE FROM customers", "UPDATE settings SET value = value",
              "INSERT INTO journeys (name) VALUES ('x')", "DELETE FROM touchpoints",
              "UPDATE daily_answers SET n = n + 1", "ALTER TABLE customers DISABLE TRIGGER USER",
              "CREATE TABLE mine (x int)", "DROP ROLE kiosk1", "TRUNCATE interactions"})
            QCOMPARE(attempt(s, QLatin1String(write)), QStringLiteral("refused"));
        const QString someone =
            QString::number(scalar(s, QStringLiteral("SELECT min(id) FROM customers")));
        QSqlQuery ext(s);
        QVERIFY(ext.exec(QStringLiteral("SELECT external_id FROM customers WHERE external_id IS "
                                        "NOT NULL LIMIT 1")) &&
                ext.next());
        const QString number = ext.value(0).toString();
        ext.finish();
        EraseReport erased;
        QVERIFY(!eraseCustomer(s, number, false, &erased, &error));
        QVERIFY2(error.contains(QStringLiteral("does not allow your account")), qPrintable(error));
        QVERIFY(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM customers WHERE "
                                                    "external_id = '%1'")
                                         .arg(number)) == 1);
        QVERIFY(!someone.isEmpty());
        QVERIFY(!addTeamMember(s, QStringLiteral("pat"), TeamRole::Staff,
                               QStringLiteral("long-enough"), &error));
        QVERIFY2(error.contains(QStringLiteral("only the owner")), qPrintable(error));
    }

    void aSecondOwnerMayDoEverything()
    {
        QString error;
        Database owner;
        QVERIFY2(owner.open(uri(QStringLiteral("otto")), &error), qPrintable(error));
        QSqlDatabase& o = owner.sql();
        QCOMPARE(teamRole(o, &error), std::optional<TeamRole>(TeamRole::Owner));
        for (const char* allowed :
             {"UPDATE settings SET value = value", "ALTER TABLE customers DISABLE TRIGGER USER",
              "ALTER TABLE customers ENABLE TRIGGER USER", "UPDATE journeys SET name = name",
              "SELECT count(*) FROM kiosks"})
            QCOMPARE(attempt(o, QLatin1String(allowed)), QStringLiteral("ok"));
        QVERIFY2(addTeamMember(o, QStringLiteral("pat"), TeamRole::Staff,
                               QStringLiteral("long-enough"), &error),
                 qPrintable(error));
        QVERIFY2(removeTeamMember(o, QStringLiteral("pat"), &error), qPrintable(error));
        QVERIFY(!removeTeamMember(o, QStringLiteral("otto"), &error));
        QVERIFY2(error.contains(QStringLiteral("your own account")), qPrintable(error));
        QVERIFY(!removeTeamMember(o, QStringLiteral("postgres"), &error));
        QVERIFY2(error.contains(QStringLiteral("not an account of this business")),
                 qPrintable(error));
    }

    void aLoginOutsideTheTeamIsTurnedAway()
    {
        QString error;
        Database db;
        const bool opened = db.open(uri(QStringLiteral("stranger")), &error);
        QVERIFY2(!opened || !teamRole(db.sql(), &error), "a stranger got a role");
        QVERIFY2(!error.isEmpty(), "no reason given");
    }

    void theCommandLine()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("pw"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("till-two-secret\n");
        }
        const QString db = uri(QStringLiteral("olga"));
        QString out, err;
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("add"),
                      QStringLiteral("kiosk2"), QStringLiteral("--role"), QStringLiteral("counter"),
                      QStringLiteral("--password-file"), file},
                     &out, &err),
                 0);
        QVERIFY2(out.contains(QStringLiteral("Added kiosk2 as counter")), qPrintable(out + err));
        QVERIFY2(!out.contains(QStringLiteral("till-two-secret")) &&
                     !err.contains(QStringLiteral("till-two-secret")),
                 "the password was printed");
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("list"),
                      QStringLiteral("--json")},
                     &out, &err),
                 0);
        const QJsonArray members = QJsonDocument::fromJson(out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("members"))
                                       .toArray();
        QStringList listed;
        for (const QJsonValue& v : members)
            listed << v[QStringLiteral("name")].toString() + QLatin1Char(':') +
                          v[QStringLiteral("role")].toString();
        QVERIFY2(listed.contains(QStringLiteral("kiosk2:counter")) &&
                     listed.contains(QStringLiteral("sam:staff")),
                 qPrintable(out));
        // Without --password-file the password is asked for (here on standard input).
        {
            QProcess p;
            p.start(qEnvironmentVariable("CXDESK_CLI"),
                    {QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("add"),
                     QStringLiteral("kiosk3"), QStringLiteral("--role"),
                     QStringLiteral("counter")});
            QVERIFY(p.waitForStarted());
            p.write("typed-at-the-prompt\n");
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY(!p.readAll().contains("typed-at-the-prompt"));
            QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE "
                                                         "rolname = 'kiosk3'")),
                     1);
        }
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("remove"),
                      QStringLiteral("kiosk2")},
                     &out, &err),
                 0);
        QCOMPARE(scalar(m_olga.sql(), QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname "
                                                     "= 'kiosk2'")),
                 0);
        // Mistakes: a usage error (2) or a failure (1), each with one clear line.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("team"), QStringLiteral("add"),
                      QStringLiteral("pat"), QStringLiteral("--role"), QStringLiteral("boss")},
                     &out, &err),
                 2);
        QVERIFY2(err.contains(QStringLiteral("not owner, staff or counter")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("--db"), uri(QStringLiteral("sam")), QStringLiteral("team"),
                      QStringLiteral("remove"), QStringLiteral("kiosk1")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("only the owner")), qPrintable(err));
        const QString lite = dir.filePath(QStringLiteral("shop.sqlite"));
        QCOMPARE(cli({QStringLiteral("--db"), lite, QStringLiteral("demo"),
                      QStringLiteral("--customers"), QStringLiteral("5"),
                      QStringLiteral("--interactions"), QStringLiteral("5"),
                      QStringLiteral("--responses"), QStringLiteral("5")},
                     &out, &err),
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), lite, QStringLiteral("team"), QStringLiteral("list")},
                     &out, &err),
                 1);
        QVERIFY2(err.contains(QStringLiteral("is a file")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
