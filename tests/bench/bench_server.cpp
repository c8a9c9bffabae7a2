// Times CX Desk on a PostgreSQL server against the server's own client, on
// one throwaway local server, with the sample business of 1 000 000
// interactions:
//   copy --from FILE --to SERVER (the move to a server)                  (figure only)
//   metrics --json, all time: cxdesk against psql running the very statements
//   cxdesk sent (taken from the server's statement log)                  (target < 1.5x psql)
//   metrics --json, one month                                            (target < 0.2 s)
//   import of 1 000 000 interactions (CSV) against psql's \copy into a
//   staging table and one INSERT ... SELECT resolving the same names     (target < 2x psql)
//   the window on the server (bench_window --db SERVER)                  (its own targets)
// Usage: bench_server [--customers N] [--interactions N] [--responses N] [--runs N] [--no-window]

#include "tests/common/pgserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Run
{
    double seconds = 0;
    bool ok = false;
    QByteArray output;
};

Run timed(const QString& program, const QStringList& args, const QByteArray& input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(-1);
    Run r;
    r.seconds = t.nsecsElapsed() / 1e9;
    r.output = p.readAll();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        err << QFileInfo(program).fileName() << " " << args.join(QLatin1Char(' ')) << " failed:\n"
            << r.output << "\n";
    return r;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

class Bench
{
public:
    cxtest::PgServer server;
    QString uri, cxdesk = QStringLiteral(CXDESK_BINARY), psql;
    bool ok = true;

    Run cx(const QStringList& args)
    {
        Run r = timed(cxdesk, QStringList{QStringLiteral("--db"), uri} + args);
        ok = ok && r.ok;
        return r;
    }

    // psql on the bench database, reading `script`.
    Run sql(const QByteArray& script)
    {
        Run r = timed(psql,
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-o"),
                       QStringLiteral("/dev/null"), QStringLiteral("-h"), server.socketDir(),
                       QStringLiteral("-p"), QString::number(server.port()), QStringLiteral("-U"),
                       QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("bench")},
                      script);
        ok = ok && r.ok;
        return r;
    }

    QString logPath() const { return server.socketDir() + QStringLiteral("/server.log"); }

    // The statements the server logged after `from` bytes of its log, as a
    // script psql runs in one session (prepared statements included).
    QByteArray statementsSince(qint64 from) const
    {
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly) || !log.seek(from))
            return {};
        const QString text = QString::fromUtf8(log.readAll());
        // Each entry starts with the time stamp of the default log_line_prefix.
        static const QRegularExpression entry(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"),
            QRegularExpression::MultilineOption);
        QByteArray script;
        qsizetype at = 0;
        while (at < text.size()) {
            const QRegularExpressionMatch next = entry.match(text, at + 1);
            const qsizetype end = next.hasMatch() ? next.capturedStart() : text.size();
            const QString one = text.mid(at, end - at);
            const qsizetype said = one.indexOf(QLatin1String("LOG:  statement: "));
            if (said >= 0)
                script += one.mid(said + 17).trimmed().toUtf8() + ";\n";
            at = end;
        }
        return script;
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QString customers = QStringLiteral("100000"), interactions = QStringLiteral("1000000"),
            responses = QStringLiteral("200000");
    int runs = 5;
    bool window = true;
    const QStringList a = app.arguments();
    for (int i = 1; i < a.size(); ++i) {
        const QString next = a.value(i + 1);
        if (a[i] == QLatin1String("--customers"))
            customers = next, ++i;
        else if (a[i] == QLatin1String("--interactions"))
            interactions = next, ++i;
        else if (a[i] == QLatin1String("--responses"))
            responses = next, ++i;
        else if (a[i] == QLatin1String("--runs"))
            runs = std::max(1, next.toInt()), ++i;
        else if (a[i] == QLatin1String("--no-window"))
            window = false;
    }

    Bench b;
    QString error;
    b.psql = cxtest::PgServer::binDir() + QStringLiteral("/psql");
    if (!b.server.start(&error) || !b.server.createDatabase(QStringLiteral("bench"), &error)) {
        err << error << "\n";
        return 1;
    }
    b.uri = b.server.uri(QStringLiteral("bench"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("sample.sqlite"));
    const QString csv = dir.filePath(QStringLiteral("interactions.csv"));
    out << "sample business: " << customers << " customers, " << interactions << " interactions, "
        << responses << " responses; PostgreSQL on a local socket\n";
    out.flush();

    const Run demo =
        timed(b.cxdesk, {QStringLiteral("--db"), file, QStringLiteral("demo"),
                         QStringLiteral("--customers"), customers, QStringLiteral("--interactions"),
                         interactions, QStringLiteral("--responses"), responses});
    const Run exported =
        timed(b.cxdesk, {QStringLiteral("--db"), file, QStringLiteral("export"),
                         QStringLiteral("interactions"), QStringLiteral("--out"), csv});
    if (!demo.ok || !exported.ok)
        return 1;
    const Run copy = b.cx(
        {QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), b.uri});
    out << QStringLiteral("copy of the file to the server, verified: %1 s\n")
               .arg(copy.seconds, 0, 'f', 2);
    b.sql("VACUUM ANALYZE;\n");

    // metrics: cxdesk, then psql running what cxdesk sent.
    for (const bool month : {false, true}) {
        QStringList args{QStringLiteral("metrics"), QStringLiteral("--json")};
        if (month)
            args << QStringLiteral("--from") << QStringLiteral("2026-06-01")
                 << QStringLiteral("--to") << QStringLiteral("2026-06-30");
        b.cx(args); // warm
        QVector<double> ours;
        for (int r = 0; r < runs; ++r)
            ours << b.cx(args).seconds;
        b.sql("ALTER DATABASE bench SET log_statement = 'all';\n");
        const qint64 from = QFileInfo(b.logPath()).size();
        b.cx(args);
        b.sql("ALTER DATABASE bench RESET log_statement;\n");
        const QByteArray script = b.statementsSince(from);
        QVector<double> theirs;
        for (int r = 0; r < runs; ++r)
            theirs << b.sql(script).seconds;
        const double mine = median(ours), psql = median(theirs);
        out << QStringLiteral(
                   "metrics --json, %1: %2 s; psql running the same %3 statements: %4 s; "
                   "ratio %5 (target < 1.5)%6\n")
                   .arg(month ? QStringLiteral("one month") : QStringLiteral("all time"))
                   .arg(mine, 0, 'f', 3)
                   .arg(script.count(";\n"))
                   .arg(psql, 0, 'f', 3)
                   .arg(psql > 0 ? mine / psql : 0, 0, 'f', 2)
                   .arg(month ? QStringLiteral(" (one month target < 0.2 s)") : QString());
        out.flush();
    }

    // Import: the same file through cxdesk, and through psql's \copy and an
    // INSERT ... SELECT that resolves the same names.
    const QByteArray empty = "TRUNCATE interactions, daily_interactions CASCADE;\n";
    const QByteArray staged =
        "CREATE TEMP TABLE staging (uuid text, occurred_at text, customer_external_id text, "
        "channel text, touchpoint text, kind text, outcome text, staff_rating bigint, "
        "customer_rating bigint, resolved_at text, notes text);\n"
        "\\copy staging FROM '" +
        csv.toUtf8() +
        "' WITH (FORMAT csv, HEADER true)\n"
        "BEGIN;\n"
        "INSERT INTO interactions (uuid, customer_id, touchpoint_id, channel_id, occurred_at, "
        "kind, outcome, staff_rating, customer_rating, resolved_at, notes) "
        "SELECT s.uuid, c.id, t.id, ch.id, s.occurred_at, nullif(s.kind, ''), "
        "nullif(s.outcome, ''), s.staff_rating, s.customer_rating, nullif(s.resolved_at, ''), "
        "nullif(s.notes, '') FROM staging s "
        "LEFT JOIN customers c ON c.external_id = s.customer_external_id "
        "LEFT JOIN LATERAL (SELECT id FROM channels WHERE lower(name) = lower(s.channel) "
        "LIMIT 1) ch ON true "
        "LEFT JOIN LATERAL (SELECT id FROM touchpoints WHERE lower(name) = lower(s.touchpoint) "
        "LIMIT 1) t ON true ORDER BY s.occurred_at;\n"
        "COMMIT;\n";
    QVector<double> ours, theirs;
    QByteArray said;
    for (int r = 0; r < std::min(runs, 3); ++r) {
        b.sql(empty);
        const Run mine = b.cx({QStringLiteral("import"), QStringLiteral("interactions"), csv});
        said = mine.output.trimmed();
        ours << mine.seconds;
        b.sql(empty);
        theirs << b.sql(staged).seconds;
    }
    const double mine = median(ours), psql = median(theirs);
    out << said << "\n"
        << QStringLiteral("import of %1 interactions: %2 s; psql \\copy + INSERT ... SELECT: %3 s; "
                          "ratio %4 (target < 2)\n")
               .arg(interactions)
               .arg(mine, 0, 'f', 2)
               .arg(psql, 0, 'f', 2)
               .arg(psql > 0 ? mine / psql : 0, 0, 'f', 2);
    out.flush();
    // Back to the sample business for the window.
    b.sql(empty);
    b.cx({QStringLiteral("import"), QStringLiteral("interactions"), csv});
    const Run check = b.cx({QStringLiteral("check")});
    out << "check after the imports: " << check.output.trimmed().split('\n').value(0) << "\n";

    if (window) {
        const Run w = timed(QStringLiteral(CXDESK_BENCH_WINDOW),
                            {QStringLiteral("--db"), b.uri, QStringLiteral("--survey-responses"),
                             QStringLiteral("0")});
        b.ok = b.ok && w.ok;
        out << "the window on the server:\n" << w.output;
    }
    out.flush();
    return b.ok ? 0 : 1;
}
