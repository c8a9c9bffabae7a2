// A small business's team on one PostgreSQL server at once, each person on
// their own login and connection, while the server goes away in the middle:
//   4 kiosks (counter logins) take survey responses, each with its own
//   offline queue; 4 staff log interactions and edit customers; 2 owners
//   refresh the dashboard (last 30 days, this year) and print the summary
//   report every 10 s.
// --down-at seconds after the start the server is stopped as a crash would
// (pg_ctl stop -m immediate) and started again --down-for seconds later;
// everyone carries on and connects again by themselves: the kiosks queue,
// the staff try the same entry again, the owners' refreshes wait. After
// --seconds the kiosks send what waited, the four desks take what the
// counters handed over, and the rows on the server are checked: every
// response and interaction stored exactly once, no handover left and none
// followed up twice, the daily sums equal to the raw rows (check), every
// queue empty.
// Prints throughput, the kiosk's submission time while the server is up
// (target p95 < 0.1 s) and that of the first customer after the outage,
// whose submission takes a few that waited along, the dashboard refresh (target
// p95 < 0.5 s), what was queued and how soon the queues emptied,
// row-version conflicts and the time each client was without the server.
// Exits 1 when a check fails.
// Usage: bench_team [--seconds N] [--down-at N] [--down-for N]

#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/customers/customerrepository.h"
#include "core/demo/demo.h"
#include "core/interactions/interactionrepository.h"
#include "core/metrics/dashboard.h"
#include "core/reports/report.h"
#include "core/storage/database.h"
#include "core/storage/location.h"
#include "core/storage/maintenance.h"
#include "core/storage/sqlutil.h"
#include "core/storage/team.h"
#include "core/surveys/kioskqueue.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/pgserver.h"
#include "ui/reports/reportwriter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <memory>

using namespace cx;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

// The run's clock and the server's state, shared by every client. Times are
// seconds since the clients started; -1 until it happened.
struct Timeline
{
    QElapsedTimer since;
    std::atomic<double> downAt{-1};      // the server was stopped
    std::atomic<double> restartedAt{-1}; // its restart began
    std::atomic<double> upAt{-1};        // it accepts connections again
    std::atomic<bool> stop{false};       // the clients finish what they do and end
    std::atomic<bool> abandoned{false};  // the server did not come back: nobody waits for it

    double now() const { return since.nsecsElapsed() / 1e9; }
    // Whether [from, to] lies wholly in a time the server was running.
    bool upThroughout(double from, double to) const
    {
        const double down = downAt, up = upAt;
        if (down < 0)
            return true;
        return to < down || (up >= 0 && from > up);
    }
};

struct Sample
{
    double at = 0;      // when it began
    double seconds = 0; // how long it took
};

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype rank = qsizetype(std::ceil(p * double(v.size()))) - 1;
    return v[std::clamp<qsizetype>(rank, 0, v.size() - 1)];
}

QString ms(double seconds)
{
    return QStringLiteral("%1 ms").arg(seconds * 1000, 0, 'f', 1);
}

QString secs(double seconds, int decimals = 2)
{
    return QStringLiteral("%1 s").arg(seconds, 0, 'f', decimals);
}

QString perSecond(double n, double seconds)
{
    return QStringLiteral("%1/s").arg(seconds > 0 ? n / seconds : 0, 0, 'f', 1);
}

// A client's own connection, made on its thread, that comes back by itself:
// after a failed statement it asks whether the server still answers, and
// while it does not, connects again every 200 ms.
class Connection
{
public:
    Connection(const DatabaseLocation& where, const Timeline& timeline)
        : m_where(where), m_timeline(timeline)
    {
    }

    [[nodiscard]] bool open(QString* error) { return m_db.open(m_where, error); }
    QSqlDatabase& sql() { return m_db.sql(); }
    bool isLost() const { return m_lostAt >= 0; }

    // After a failed statement: whether the server is away (the failure was
    // the connection's, not the work's). A lost connection stays lost until
    // renewed.
    bool lost()
    {
        if (isLost())
            return true;
        if (m_db.reachable())
            return false;
        m_lostAt = m_timeline.now();
        ++m_outages;
        return true;
    }

    // One try at a new connection, at most every 200 ms; true once connected.
    bool tryAgain()
    {
        if (!isLost())
            return true;
        const double now = m_timeline.now();
        if (m_lastTry >= 0 && now - m_lastTry < 0.2)
            return false;
        m_lastTry = now;
        QString why;
        if (!m_db.reconnect(&why))
            return false;
        const double away = m_timeline.now() - m_lostAt;
        m_offline += away;
        m_longest = std::max(m_longest, away);
        m_lostAt = -1;
        return true;
    }

    // Waits until the server answers again; false only when the run gave it up.
    bool waitForServer()
    {
        while (!tryAgain()) {
            if (m_timeline.abandoned)
                return false;
            QThread::msleep(20);
        }
        return true;
    }

    double offlineSeconds() const { return m_offline; }
    double longestOutage() const { return m_longest; }
    int outages() const { return m_outages; }

private:
    DatabaseLocation m_where;
    const Timeline& m_timeline;
    Database m_db;
    double m_lostAt = -1;
    double m_lastTry = -1;
    double m_offline = 0;
    double m_longest = 0;
    int m_outages = 0;
};

// What every client reports when it ends.
struct ClientResult
{
    QString login;
    QString role;
    QString problem; // why it could not work at all; empty: it ran
    double offline = 0, longest = 0;
    int outages = 0;
    int done = 0; // responses taken, interactions accepted, refreshes
};

struct KioskResult : ClientResult
{
    int saved = 0, queued = 0, refused = 0;
    QStringList refusals;
    int sentFromQueue = 0;
    int queuedAfterUp = 0;   // the server was back, the kiosk not connected yet
    QVector<Sample> latency; // saved at once, nothing waiting before it
    QVector<Sample> catchUp; // saved after first sending what waited
    double emptiedAt = -1;   // when the queue was empty again after the outage
    QString queuePath;
    QString finalProblem; // what stopped the last sending
};

struct StaffResult : ClientResult
{
    int accepted = 0;
    int savedOnRetry = 0; // saved once the server was back
    int foundStored = 0;  // a retry found it stored by the try that lost its answer
    int failed = 0;
    QStringList failures;
    int edits = 0, conflicts = 0, editFailures = 0;
    int handovers = 0; // taken at the day's end
};

struct OwnerResult : ClientResult
{
    QVector<Sample> refresh;
    int refreshFailures = 0;
    QStringList failures;
    int reportsBuilt = 0;
};

void finish(ClientResult& r, const Connection& c)
{
    r.offline = c.offlineSeconds();
    r.longest = c.longestOutage();
    r.outages = c.outages();
}

// A value a person could give to this question.
QVariant answerFor(const Question& q, QRandomGenerator& rng)
{
    int min = 0, max = 0;
    switch (q.kind) {
    case QuestionKind::Nps: {
        // About a quarter detractors, so the follow-ups have work.
        const int roll = int(rng.bounded(100));
        return roll < 25   ? int(rng.bounded(7))
               : roll < 50 ? 7 + int(rng.bounded(2))
                           : 9 + int(rng.bounded(2));
    }
    case QuestionKind::YesNo:
        return int(rng.bounded(2));
    case QuestionKind::Single:
        return q.options.isEmpty() ? QStringLiteral("Other")
                                   : q.options[rng.bounded(int(q.options.size()))];
    case QuestionKind::Multi: {
        if (q.options.isEmpty())
            return QStringLiteral("Other");
        QStringList chosen{q.options[rng.bounded(int(q.options.size()))]};
        const QString second = q.options[rng.bounded(int(q.options.size()))];
        if (!chosen.contains(second))
            chosen << second;
        return chosen.join(QLatin1Char(';'));
    }
    case QuestionKind::Text: {
        static const QStringList said{
            QStringLiteral("Quick and friendly, thank you"),
            QStringLiteral("Had to wait too long at the till"),
            QStringLiteral("The coffee was cold"),
            QStringLiteral("Lovely staff, will come back"),
        };
        return said[rng.bounded(int(said.size()))];
    }
    default:
        if (questionKindScale(q.kind, &min, &max))
            return min + int(rng.bounded(max - min + 1));
        return QStringLiteral("ok");
    }
}

// One customer's answers: every required question shown, the NPS question,
// and about half of the optional ones; asked again until what is shown
// settles (an answer can show a follow-up question).
AnswerMap answersFor(const Survey& survey, QRandomGenerator& rng)
{
    AnswerMap answers;
    QSet<QString> skipped;
    for (int pass = 0; pass < 4; ++pass) {
        bool added = false;
        for (const Question& q : shownQuestions(survey, answers)) {
            if (answers.contains(q.code) || skipped.contains(q.code))
                continue;
            if (!q.required && q.kind != QuestionKind::Nps && rng.bounded(2) == 0) {
                skipped.insert(q.code);
                continue;
            }
            answers.insert(q.code, answerFor(q, rng));
            added = true;
        }
        if (!added)
            break;
    }
    return answers;
}

void pause(QRandomGenerator& rng, int fromMs, int toMs)
{
    QThread::msleep(fromMs + rng.bounded(toMs - fromMs + 1));
}

// A kiosk at the counter: one customer after another, until the run ends;
// then what still waits is sent and the kiosk tells the server how it stands.
void runKiosk(const DatabaseLocation& where, const QString& queuePath, int index,
              Timeline& timeline, KioskResult* r)
{
    Connection c(where, timeline);
    QString error;
    r->queuePath = queuePath;
    if (!c.open(&error)) {
        r->problem = error;
        return;
    }
    personOf(c.sql()); // the login its responses are signed with, asked once
    // The active surveys, as the kiosk shows them (a counter reads no other).
    QVector<Survey> surveys;
    SurveyRepository repository(c.sql());
    for (const Survey& s : repository.list(&error))
        if (s.status == SurveyStatus::Active)
            if (std::optional<Survey> full = repository.byId(s.id, &error);
                full && !full->questions.isEmpty())
                surveys << *full;
    if (surveys.isEmpty()) {
        r->problem = QStringLiteral("no active survey to answer: %1").arg(error);
        return;
    }
    KioskQueue queue(queuePath);
    QRandomGenerator rng(1000 + index);
    bool waited = false; // the queue held answers since the outage
    int n = 0;
    while (!timeline.stop) {
        c.tryAgain();
        const Survey& survey = surveys[rng.bounded(int(surveys.size()))];
        const AnswerMap answers = answersFor(survey, rng);
        // About one in four leaves an email to hear back.
        const QString contact =
            rng.bounded(4) == 0 ? QStringLiteral("guest%1.%2@example.com").arg(index + 1).arg(++n)
                                : QString();
        int sent = 0;
        const double at = timeline.now();
        QElapsedTimer t;
        t.start();
        const KioskOutcome outcome =
            takeKioskResponse(c.sql(), &queue, survey, answers, contact, true, &sent, &error);
        const Sample sample{at, t.nsecsElapsed() / 1e9};
        r->sentFromQueue += sent;
        switch (outcome) {
        case KioskOutcome::Saved:
            ++r->saved;
            if (sent > 0)
                r->catchUp << sample;
            else if (timeline.upThroughout(sample.at, sample.at + sample.seconds))
                r->latency << sample;
            break;
        case KioskOutcome::Queued:
            ++r->queued;
            if (timeline.upAt >= 0)
                ++r->queuedAfterUp;
            waited = true;
            c.lost(); // the server is away: connect again before the next customer
            break;
        case KioskOutcome::Refused:
            ++r->refused;
            if (r->refusals.size() < 5)
                r->refusals << error;
            break;
        }
        if (waited && queue.isEmpty()) {
            waited = false;
            r->emptiedAt = timeline.now();
        }
        pause(rng, 20, 50);
    }
    // The day's end: whatever still waits goes now.
    QElapsedTimer patience;
    patience.start();
    int lastSent = 0;
    while (!queue.isEmpty() && patience.elapsed() < 30000) {
        if (!c.waitForServer())
            break;
        int sent = 0;
        if (!queue.send(c.sql(), true, &sent, &error)) {
            r->finalProblem = error;
            c.lost();
        }
        r->sentFromQueue += sent;
        lastSent += sent;
    }
    if (waited && queue.isEmpty())
        r->emptiedAt = timeline.now();
    reportKioskQueue(c.sql(), queue, lastSent);
    r->done = r->saved + r->queued;
    finish(*r, c);
}

// Someone at the desk: logs what happened with a customer, one interaction
// after another, and now and then edits a customer that others edit too.
void runStaff(const DatabaseLocation& where, int index, Timeline& timeline, StaffResult* r)
{
    Connection c(where, timeline);
    QString error;
    if (!c.open(&error)) {
        r->problem = error;
        return;
    }
    const QString me = personOf(c.sql());
    QVector<qint64> customers;
    QVector<std::pair<qint64, qint64>> touchpoints; // id, channel
    {
        QSqlQuery q(c.sql());
        if (q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id LIMIT 200")))
            while (q.next())
                customers << q.value(0).toLongLong();
        if (q.exec(QStringLiteral("SELECT id, channel_id FROM touchpoints ORDER BY id")))
            while (q.next())
                touchpoints.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    if (customers.size() < 4 || touchpoints.isEmpty()) {
        r->problem = QStringLiteral("the sample has no customers or touchpoints to work with");
        return;
    }
    // The few regulars everyone at the desk edits: where versions collide.
    const QVector<qint64> regulars = customers.mid(0, 4);
    static const QStringList kinds{QStringLiteral("visit"), QStringLiteral("purchase"),
                                   QStringLiteral("call"), QStringLiteral("complaint")};
    InteractionRepository interactions(c.sql());
    CustomerRepository customerRepository(c.sql());
    QRandomGenerator rng(2000 + index);

    // Saves one interaction, the same one (its uuid) again until the server
    // has it. A retry that the server refuses after an uncertain try is
    // looked up by its uuid: the try that lost its answer may have saved it.
    auto save = [&](const Interaction& entered) {
        bool retried = false;
        for (;;) {
            Interaction attempt = entered;
            if (interactions.insert(attempt, &error)) {
                ++r->accepted;
                r->savedOnRetry += retried;
                return;
            }
            if (c.lost()) {
                if (!c.waitForServer())
                    break;
                retried = true;
                continue;
            }
            if (retried && interactions.byUuid(entered.uuid)) {
                ++r->accepted;
                ++r->foundStored;
                return;
            }
            break;
        }
        ++r->failed;
        if (r->failures.size() < 5)
            r->failures << error;
    };

    // Reads a regular, changes the notes, saves; a version saved by another
    // meanwhile is read again and the change made on it.
    auto edit = [&](int round) {
        const qint64 id = regulars[rng.bounded(int(regulars.size()))];
        for (int attempt = 0; attempt < 20; ++attempt) {
            const std::optional<Customer> seen = customerRepository.byId(id, &error);
            if (!seen) {
                if (c.lost() && c.waitForServer())
                    continue;
                break;
            }
            Customer mine = *seen;
            mine.notes =
                QStringLiteral("Asked about the loyalty card (%1, round %2)").arg(me).arg(round);
            pause(rng, 5, 25); // typing it: another may save first
            if (customerRepository.update(mine, &error, &*seen)) {
                ++r->edits;
                return;
            }
            if (c.lost()) {
                if (!c.waitForServer())
                    break;
                continue; // uncertain: read again
            }
            ++r->conflicts;
        }
        ++r->editFailures;
        if (r->failures.size() < 5)
            r->failures << error;
    };

    for (int round = 1; !timeline.stop; ++round) {
        Interaction i;
        i.uuid = sql::newUuid();
        i.createdBy = me;
        i.customerId = customers[rng.bounded(int(customers.size()))];
        const auto& tp = touchpoints[rng.bounded(int(touchpoints.size()))];
        i.touchpointId = tp.first;
        i.channelId = tp.second;
        i.occurredAt = formatTimestamp(clock::now());
        i.kind = kinds[rng.bounded(int(kinds.size()))];
        i.staffRating = 1 + int(rng.bounded(5));
        i.notes = QStringLiteral("Logged at the desk by %1").arg(me);
        save(i);
        if (round % 5 == 0)
            edit(round);
        pause(rng, 20, 50);
    }
    // The day's end: what the counters handed over, taken by every desk at
    // once (two never take the same one).
    for (int taken = 1; taken > 0;) {
        const bool ok = takeHandovers(c.sql(), 50, &taken, &error);
        r->handovers += taken;
        if (ok)
            continue;
        if (c.lost() && c.waitForServer())
            continue;
        if (r->failures.size() < 5)
            r->failures << error;
        break;
    }
    r->done = r->accepted;
    finish(*r, c);
}

// What the owners hand to the window's thread: a report to print as a PDF.
using PrintRequest = std::function<void(const Report&, const QString&)>;

// An owner: the dashboard again and again, the last 30 days and this year
// in turn, as a period change on the Dashboard page computes it; every 10 s
// the summary report, printed on the window's thread.
void runOwner(const DatabaseLocation& where, int index, const QString& folder, Timeline& timeline,
              const PrintRequest& print, OwnerResult* r)
{
    Connection c(where, timeline);
    QString error;
    if (!c.open(&error)) {
        r->problem = error;
        return;
    }
    QRandomGenerator rng(3000 + index);
    double nextReport = 5.0 + 5.0 * index;
    for (int n = 0; !timeline.stop; ++n) {
        const QDate today = clock::today();
        MetricsFilter f;
        f.to = today;
        f.from = n % 2 == 0 ? today.addDays(-29) : QDate(today.year(), 1, 1);
        DashboardData data;
        const double at = timeline.now();
        QElapsedTimer t;
        t.start();
        // The page fills from loadDashboard and asks for the first date to
        // say whether there is an earlier period.
        bool ok = loadDashboard(c.sql(), f, &data, &error);
        if (ok)
            ok = MetricsEngine(c.sql()).earliestDate().isValid();
        const double took = t.nsecsElapsed() / 1e9;
        if (ok) {
            r->refresh << Sample{at, took};
        } else if (c.lost()) {
            c.waitForServer();
            continue;
        } else {
            ++r->refreshFailures;
            if (r->failures.size() < 5)
                r->failures << error;
        }
        if (timeline.now() >= nextReport) {
            MetricsFilter month;
            month.to = today;
            month.from = today.addDays(-29);
            Report report;
            if (summaryReport(c.sql(), month, today, &report, &error)) {
                ++r->reportsBuilt;
                print(report, QStringLiteral("%1/summary-%2-%3.pdf")
                                  .arg(folder, r->login)
                                  .arg(r->reportsBuilt));
                nextReport += 10.0;
            } else if (c.lost()) {
                c.waitForServer(); // and the report again
            } else {
                if (r->failures.size() < 5)
                    r->failures << error;
                nextReport += 10.0;
            }
        }
        pause(rng, 80, 120);
    }
    r->done = int(r->refresh.size());
    finish(*r, c);
}

// Qt's warnings that only say the server is away (a statement on a closed
// connection, a statement of the old session freed in the new one) come by
// the thousand during the outage: counted, not shown.
std::atomic<int> g_quietWarnings{0};
QtMessageHandler g_previousHandler = nullptr;

void quietOutage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    for (const char* known : {"database not open", "Unable to free statement"})
        if (message.contains(QLatin1String(known))) {
            ++g_quietWarnings;
            return;
        }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// One number a statement gives; -1 when it cannot be read.
qint64 scalar(QSqlDatabase& db, const QString& statement, const QString& bound = QString())
{
    QSqlQuery q(db);
    q.prepare(statement);
    if (!bound.isNull())
        q.addBindValue(bound);
    if (!q.exec() || !q.next()) {
        err << statement << ": " << q.lastError().text() << "\n";
        return -1;
    }
    return q.value(0).toLongLong();
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The report's colours come from the application's palette.
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cxdesk-bench"));
    double seconds = 50, downAt = 20, downFor = 10;
    const QStringList a = app.arguments();
    for (int i = 1; i + 1 < a.size(); i += 2) {
        if (a[i] == QLatin1String("--seconds"))
            seconds = a[i + 1].toDouble();
        else if (a[i] == QLatin1String("--down-at"))
            downAt = a[i + 1].toDouble();
        else if (a[i] == QLatin1String("--down-for"))
            downFor = a[i + 1].toDouble();
    }
    g_previousHandler = qInstallMessageHandler(quietOutage);
    QElapsedTimer whole;
    whole.start();
    QTemporaryDir folder;
    cxtest::PgServer server; // stopped and removed when it goes
    QString error;
    if (!folder.isValid() || !server.start(&error)) {
        err << "cannot start the server: " << error << "\n";
        return 1;
    }
    const QString database = QStringLiteral("shop");
    // As a small business sets it up: the administrator makes the first
    // account and its database, and CX Desk the rest.
    {
        QSqlDatabase boot =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-team-boot"));
        DatabaseLocation l;
        if (!DatabaseLocation::parse(server.uri(QStringLiteral("postgres")), &l, &error)) {
            err << error << "\n";
            return 1;
        }
        boot.setHostName(l.host);
        boot.setPort(l.port);
        boot.setUserName(QStringLiteral("postgres"));
        boot.setDatabaseName(QStringLiteral("postgres"));
        if (!boot.open()) {
            err << boot.lastError().text() << "\n";
            return 1;
        }
        // The throwaway server commits without waiting for its log to be
        // written (synchronous_commit = off), and a crash loses the last such
        // commits: saves the clients were told had worked. This database
        // waits, as a business's server does, so every row counted is there.
        for (const QString& statement :
             {QStringLiteral("CREATE ROLE olga LOGIN CREATEROLE"),
              QStringLiteral("CREATE DATABASE shop OWNER olga"),
              QStringLiteral("ALTER DATABASE shop SET synchronous_commit = on")}) {
            QSqlQuery q(boot);
            if (!q.exec(statement)) {
                err << statement << ": " << q.lastError().text() << "\n";
                return 1;
            }
        }
        boot.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-team-boot"));

    const QString password = QStringLiteral("team-bench-1");
    const QStringList kiosks{QStringLiteral("kiosk1"), QStringLiteral("kiosk2"),
                             QStringLiteral("kiosk3"), QStringLiteral("kiosk4")};
    const QStringList staff{QStringLiteral("staff1"), QStringLiteral("staff2"),
                            QStringLiteral("staff3"), QStringLiteral("staff4")};
    const QStringList owners{QStringLiteral("olga"), QStringLiteral("owner2")};
    DemoOptions sample;
    sample.customers = 300;
    sample.interactions = 3000;
    sample.responses = 500;
    {
        // The first owner opens it (which sets up the schema), fills the
        // sample business and adds the team.
        Database olga;
        if (!olga.open(server.uri(database, QStringLiteral("olga")), &error) ||
            !DemoGenerator(olga.sql()).generate(sample, nullptr, &error)) {
            err << error << "\n";
            return 1;
        }
        for (const QString& name : kiosks)
            if (!addTeamMember(olga.sql(), name, TeamRole::Counter, password, &error)) {
                err << error << "\n";
                return 1;
            }
        for (const QString& name : staff)
            if (!addTeamMember(olga.sql(), name, TeamRole::Staff, password, &error)) {
                err << error << "\n";
                return 1;
            }
        if (!addTeamMember(olga.sql(), QStringLiteral("owner2"), TeamRole::Owner, password,
                           &error)) {
            err << error << "\n";
            return 1;
        }
    }
    auto where = [&](const QString& login) {
        DatabaseLocation l;
        if (!DatabaseLocation::parse(server.uri(database, login), &l, &error))
            err << error << "\n";
        return l;
    };
    const double setup = whole.nsecsElapsed() / 1e9;
    out << QStringLiteral("team of 10 on one server (4 kiosks, 4 staff, 2 owners); sample of %1 "
                          "customers, %2 interactions, %3 responses; set up in %4\n")
               .arg(sample.customers)
               .arg(sample.interactions)
               .arg(sample.responses)
               .arg(secs(setup, 1));
    out.flush();

    // Reports are printed on this thread, one after the other, as the window does.
    int printed = 0;
    QVector<double> printTimes;
    QStringList printFailures;
    Database noDatabase; // a summary draws no journey map: nothing is read
    const PrintRequest print = [&](const Report& report, const QString& file) {
        QMetaObject::invokeMethod(
            &app,
            [&, report, file] {
                QElapsedTimer t;
                t.start();
                int pages = 0;
                QString why;
                if (writeReportPdf(report, noDatabase, file, defaultPageSize(QLocale()),
                                   defaultOrientation(report), &pages, &why) &&
                    QFile(file).size() > 0) {
                    ++printed;
                    printTimes << t.nsecsElapsed() / 1e9;
                } else {
                    printFailures << why;
                }
            },
            Qt::QueuedConnection);
    };

    Timeline timeline;
    QVector<KioskResult> kioskResults(kiosks.size());
    QVector<StaffResult> staffResults(staff.size());
    QVector<OwnerResult> ownerResults(owners.size());
    std::vector<std::unique_ptr<QThread>> threads;
    timeline.since.start();
    for (int i = 0; i < kiosks.size(); ++i) {
        kioskResults[i].login = kiosks[i];
        kioskResults[i].role = QStringLiteral("counter");
        const QString queuePath = folder.filePath(QStringLiteral("queue-%1.json").arg(kiosks[i]));
        threads.emplace_back(QThread::create(runKiosk, where(kiosks[i]), queuePath, i,
                                             std::ref(timeline), &kioskResults[i]));
    }
    for (int i = 0; i < staff.size(); ++i) {
        staffResults[i].login = staff[i];
        staffResults[i].role = QStringLiteral("staff");
        threads.emplace_back(
            QThread::create(runStaff, where(staff[i]), i, std::ref(timeline), &staffResults[i]));
    }
    for (int i = 0; i < owners.size(); ++i) {
        ownerResults[i].login = owners[i];
        ownerResults[i].role = QStringLiteral("owner");
        threads.emplace_back(QThread::create(runOwner, where(owners[i]), i, folder.path(),
                                             std::ref(timeline), std::cref(print),
                                             &ownerResults[i]));
    }
    for (auto& t : threads)
        t->start();

    // The server goes away as in a crash, and comes back.
    bool serverOk = true;
    while (timeline.now() < seconds) {
        QCoreApplication::processEvents();
        const double now = timeline.now();
        if (timeline.downAt < 0 && now >= downAt) {
            if (!server.stopImmediately(&error)) {
                err << "cannot stop the server: " << error << "\n";
                serverOk = false;
                break;
            }
            timeline.downAt = timeline.now();
        } else if (timeline.downAt >= 0 && timeline.upAt < 0 && now >= timeline.downAt + downFor) {
            timeline.restartedAt = timeline.now();
            if (!server.restart(&error)) {
                err << "cannot start the server again: " << error << "\n";
                timeline.abandoned = true;
                serverOk = false;
                break;
            }
            timeline.upAt = timeline.now();
        }
        QThread::msleep(10);
    }
    const double runLength = timeline.now();
    timeline.stop = true;
    for (auto& t : threads) {
        while (!t->wait(50))
            QCoreApplication::processEvents(); // the reports asked for meanwhile
    }
    QCoreApplication::processEvents();

    // What the counters handed over after the desks ended, taken at the
    // first desk until none is left.
    int handedOver = 0;
    for (const StaffResult& s : staffResults)
        handedOver += s.handovers;
    {
        Database desk;
        if (!desk.open(where(staff.first()), &error)) {
            err << error << "\n";
            serverOk = false;
        } else {
            for (int taken = 1; taken > 0;) {
                if (!takeHandovers(desk.sql(), 200, &taken, &error)) {
                    err << "cannot take the handovers: " << error << "\n";
                    break;
                }
                handedOver += taken;
            }
        }
    }
    const double wound = timeline.now() - runLength;

    // The figures.
    int saved = 0, queued = 0, refused = 0, queuedAfterUp = 0, sentFromQueue = 0;
    QVector<double> latency, catchUp;
    double emptiedLast = -1;
    for (const KioskResult& k : kioskResults) {
        saved += k.saved;
        queued += k.queued;
        refused += k.refused;
        queuedAfterUp += k.queuedAfterUp;
        sentFromQueue += k.sentFromQueue;
        for (const Sample& s : k.latency)
            latency << s.seconds;
        for (const Sample& s : k.catchUp)
            catchUp << s.seconds;
        emptiedLast = std::max(emptiedLast, k.emptiedAt);
    }
    int accepted = 0, savedOnRetry = 0, foundStored = 0, failed = 0, edits = 0, conflicts = 0,
        editFailures = 0;
    for (const StaffResult& s : staffResults) {
        accepted += s.accepted;
        savedOnRetry += s.savedOnRetry;
        foundStored += s.foundStored;
        failed += s.failed;
        edits += s.edits;
        conflicts += s.conflicts;
        editFailures += s.editFailures;
    }
    QVector<double> refresh;
    int refreshFailures = 0, reportsBuilt = 0;
    for (const OwnerResult& o : ownerResults) {
        for (const Sample& s : o.refresh)
            refresh << s.seconds;
        refreshFailures += o.refreshFailures;
        reportsBuilt += o.reportsBuilt;
    }
    const double down = timeline.downAt, up = timeline.upAt;
    out << QStringLiteral("run: %1 of work, then %2 to send the last queues and take the "
                          "handovers; server stopped at %3, accepting again at %4 (its restart "
                          "took %5): %6 without it\n")
               .arg(secs(runLength, 1), secs(wound, 1), secs(down, 1), secs(up, 1),
                    secs(up - timeline.restartedAt, 1), secs(up - down, 1));
    out << QStringLiteral("kiosk responses: %1 (%2): %3 saved at once, %4 queued, %5 refused; "
                          "%6 sent from the queues\n")
               .arg(saved + queued)
               .arg(perSecond(saved + queued, runLength))
               .arg(saved)
               .arg(queued)
               .arg(refused)
               .arg(sentFromQueue);
    out << QStringLiteral("interactions logged: %1 (%2), %3 saved on a retry after the outage "
                          "(%4 of them found already stored), %5 not saved\n")
               .arg(accepted)
               .arg(perSecond(accepted, runLength))
               .arg(savedOnRetry)
               .arg(foundStored)
               .arg(failed);
    out << QStringLiteral("customer edits: %1, row-version conflicts: %2 (read again and saved), "
                          "%3 given up\n")
               .arg(edits)
               .arg(conflicts)
               .arg(editFailures);
    out << QStringLiteral("dashboard refreshes: %1 (%2), %3 failed other than by the outage; "
                          "summary reports: %4 built, %5 printed (PDF p50 %6)\n")
               .arg(refresh.size())
               .arg(perSecond(refresh.size(), runLength))
               .arg(refreshFailures)
               .arg(reportsBuilt)
               .arg(printed)
               .arg(secs(percentile(printTimes, 0.5)));
    out << QStringLiteral("kiosk submission while the server was up: p50 %1, p95 %2 (target < "
                          "100 ms), max %3 over %4; %5 that first sent the queue: slowest %6\n")
               .arg(ms(percentile(latency, 0.5)), ms(percentile(latency, 0.95)),
                    ms(percentile(latency, 1.0)))
               .arg(latency.size())
               .arg(catchUp.size())
               .arg(ms(percentile(catchUp, 1.0)));
    out << QStringLiteral("dashboard refresh: p50 %1, p95 %2 (target < 0.5 s), max %3\n")
               .arg(secs(percentile(refresh, 0.5), 3), secs(percentile(refresh, 0.95), 3),
                    secs(percentile(refresh, 1.0), 3));
    {
        QStringList each;
        for (const KioskResult& k : kioskResults)
            each << QStringLiteral("%1 %2").arg(k.login).arg(k.queued);
        out << QStringLiteral("queued while the server was away: %1 (%2; %3 of them after it was "
                              "back, before the kiosk had connected again); queues empty %4 "
                              "after the restart began\n")
                   .arg(queued)
                   .arg(each.join(QStringLiteral(", ")))
                   .arg(queuedAfterUp)
                   .arg(emptiedLast >= 0 ? secs(emptiedLast - timeline.restartedAt)
                                         : QStringLiteral("–"));
    }
    out << QStringLiteral("handovers taken by the desks at the end: %1\n").arg(handedOver);
    if (g_quietWarnings > 0)
        out << QStringLiteral("Qt's warnings of a connection without its server: %1 (not shown)\n")
                   .arg(g_quietWarnings.load());
    {
        // Each client: what it did, and how long it was without the server.
        QVector<const ClientResult*> clients;
        for (const KioskResult& k : kioskResults)
            clients << &k;
        for (const StaffResult& s : staffResults)
            clients << &s;
        for (const OwnerResult& o : ownerResults)
            clients << &o;
        double worst = 0;
        out << QStringLiteral("without the server, per client (connecting again every 0.2 s):\n");
        for (const ClientResult* c : clients) {
            out << QStringLiteral("  %1 (%2): %3 done, %4 without the server in %5 outage(s)%6\n")
                       .arg(c->login, -7)
                       .arg(c->role)
                       .arg(c->done)
                       .arg(secs(c->offline))
                       .arg(c->outages)
                       .arg(c->problem.isEmpty() ? QString() : QStringLiteral(": ") + c->problem);
            worst = std::max(worst, c->longest);
        }
        out << QStringLiteral("  longest: %1 (the server was away %2)\n")
                   .arg(secs(worst), secs(up - down));
    }

    // The checks, on a connection of the first owner's made now.
    bool allOk = serverOk && refused == 0;
    auto check = [&](bool ok, const QString& what) {
        out << "  " << (ok ? "ok      " : "FAILED  ") << what << "\n";
        allOk = allOk && ok;
    };
    out << "checks:\n";
    check(serverOk, QStringLiteral("the server stopped and came back"));
    check(refused == 0, QStringLiteral("no kiosk response refused (%1)").arg(refused));
    for (const KioskResult& k : kioskResults)
        for (const QString& why : k.refusals)
            err << k.login << " refused: " << why << "\n";
    Database owner;
    if (!owner.open(where(owners.first()), &error)) {
        check(false, QStringLiteral("the rows can be read: %1").arg(error));
        return 1;
    }
    for (const KioskResult& k : kioskResults) {
        const qint64 stored =
            scalar(owner.sql(),
                   QStringLiteral("SELECT count(*) FROM responses WHERE created_by = ?"), k.login);
        check(k.problem.isEmpty() && stored == k.saved + k.queued,
              QStringLiteral("%1: %2 responses on the server for %3 saved + %4 queued")
                  .arg(k.login)
                  .arg(stored)
                  .arg(k.saved)
                  .arg(k.queued));
    }
    for (const StaffResult& s : staffResults) {
        const qint64 stored = scalar(
            owner.sql(), QStringLiteral("SELECT count(*) FROM interactions WHERE created_by = ?"),
            s.login);
        check(s.problem.isEmpty() && stored == s.accepted,
              QStringLiteral("%1: %2 interactions on the server for %3 accepted")
                  .arg(s.login)
                  .arg(stored)
                  .arg(s.accepted));
        for (const QString& why : s.failures)
            err << s.login << ": " << why << "\n";
    }
    for (const OwnerResult& o : ownerResults) {
        check(o.problem.isEmpty() && !o.refresh.isEmpty(),
              QStringLiteral("%1: the dashboard refreshed %2 times")
                  .arg(o.login)
                  .arg(o.refresh.size()));
        for (const QString& why : o.failures)
            err << o.login << ": " << why << "\n";
    }
    check(printed > 0 && printFailures.isEmpty(),
          QStringLiteral("%1 summary reports printed, %2 failed")
              .arg(printed)
              .arg(printFailures.size()));
    for (const QString& why : printFailures)
        err << "report: " << why << "\n";
    const qint64 waiting =
        scalar(owner.sql(), QStringLiteral("SELECT count(*) FROM counter_handover"));
    check(waiting == 0, QStringLiteral("no handover left (%1)").arg(waiting));
    const qint64 reportedWaiting =
        scalar(owner.sql(), QStringLiteral("SELECT coalesce(sum(queued), -1) FROM kiosks"));
    check(reportedWaiting == 0,
          QStringLiteral("the kiosks report nothing waiting (%1)").arg(reportedWaiting));
    const qint64 twice =
        scalar(owner.sql(), QStringLiteral("SELECT count(*) FROM (SELECT response_id FROM "
                                           "actions WHERE response_id IS NOT NULL GROUP BY "
                                           "response_id HAVING count(*) > 1) t"));
    check(twice == 0, QStringLiteral("no response followed up twice (%1)").arg(twice));
    const QStringList problems = checkDatabase(owner.sql());
    check(problems.isEmpty(), QStringLiteral("check: %1")
                                  .arg(problems.isEmpty() ? QStringLiteral("no problem")
                                                          : problems.join(QStringLiteral("; "))));
    for (const KioskResult& k : kioskResults) {
        const KioskQueue left(k.queuePath);
        const bool asideNone = !QFile::exists(k.queuePath + QStringLiteral(".refused"));
        check(
            left.isEmpty() && left.problem().isEmpty() && asideNone,
            QStringLiteral("%1: queue %2 (%3 waiting%4)%5")
                .arg(k.login, QFile::exists(k.queuePath) ? QStringLiteral("file left")
                                                         : QStringLiteral("file gone"))
                .arg(left.size())
                .arg(asideNone ? QString() : QStringLiteral(", some set aside as refused"))
                .arg(k.finalProblem.isEmpty() ? QString() : QStringLiteral(": ") + k.finalProblem));
    }
    out << (allOk ? "all checks hold\n" : "SOME CHECKS FAILED\n");
    out << QStringLiteral("in all: %1\n").arg(secs(whole.nsecsElapsed() / 1e9, 1));
    return allOk ? 0 : 1;
}
