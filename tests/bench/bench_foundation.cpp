// Times the foundation's promises on this machine, as whole cxdesk processes:
//   demo --customers 100000 --interactions 1000000 --responses 200000   (target < 30 s)
//   metrics --json, all time                                            (target < 1 s)
//   metrics --json, one month                                           (target < 0.2 s)
//   comments --json: sentiment and themes of every written answer       (target < 2 s for 100 000)
//   export interactions to CSV                                          (target < 10 s)
//   import those customers (target < 2 s) and interactions (target < 15 s, < 200 MB)
// Usage: bench_foundation [--customers N] [--interactions N] [--responses N] [--runs N] [--keep
// FILE]

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <sys/resource.h>

namespace {

double timed(const QStringList& args, bool* ok)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral(CXDESK_BINARY), args);
    p.waitForFinished(-1);
    const double seconds = t.nsecsElapsed() / 1e9;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << "cxdesk " << args.join(QLatin1Char(' ')) << " failed:\n"
                            << p.readAllStandardError();
        *ok = false;
    }
    return seconds;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    // "--peak-of ARGS...": run cxdesk ARGS as the only child and print its peak memory in KB.
    if (argc > 1 && qstrcmp(argv[1], "--peak-of") == 0) {
        QCoreApplication app(argc, argv);
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(CXDESK_BINARY), app.arguments().mid(2));
        p.waitForFinished(-1);
        struct rusage usage;
        getrusage(RUSAGE_CHILDREN, &usage);
        QTextStream(stdout) << usage.ru_maxrss << "\n";
        return p.exitCode();
    }
    QCoreApplication app(argc, argv);
    QString customers = QStringLiteral("100000"), interactions = QStringLiteral("1000000"),
            responses = QStringLiteral("200000"), keep;
    int runs = 5;
    const QStringList a = app.arguments();
    for (int i = 1; i + 1 < a.size(); i += 2) {
        if (a[i] == QLatin1String("--customers"))
            customers = a[i + 1];
        else if (a[i] == QLatin1String("--interactions"))
            interactions = a[i + 1];
        else if (a[i] == QLatin1String("--responses"))
            responses = a[i + 1];
        else if (a[i] == QLatin1String("--runs"))
            runs = std::max(1, a[i + 1].toInt());
        else if (a[i] == QLatin1String("--keep"))
            keep = a[i + 1];
    }
    QTemporaryDir dir;
    const QString db = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : keep;
    QFile::remove(db);
    QTextStream out(stdout);
    bool ok = true;

    const double demo = timed(
        {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--customers"),
         customers, QStringLiteral("--interactions"), interactions, QStringLiteral("--responses"),
         responses, QStringLiteral("--end"), QStringLiteral("2026-11-20")},
        &ok);
    out << QStringLiteral(
               "demo %1 customers, %2 interactions, %3 responses: %4 s (target < 30 s)\n")
               .arg(customers, interactions, responses)
               .arg(demo, 0, 'f', 2);

    QVector<double> all, month;
    timed({QStringLiteral("--db"), db, QStringLiteral("metrics"), QStringLiteral("--json")},
          &ok); // warm the page cache
    for (int i = 0; i < runs; ++i) {
        all << timed(
            {QStringLiteral("--db"), db, QStringLiteral("metrics"), QStringLiteral("--json")}, &ok);
        month << timed({QStringLiteral("--db"), db, QStringLiteral("metrics"),
                        QStringLiteral("--json"), QStringLiteral("--from"),
                        QStringLiteral("2026-10-01"), QStringLiteral("--to"),
                        QStringLiteral("2026-10-31")},
                       &ok);
    }
    out << QStringLiteral("metrics --json, all time: median %1 s of %2 runs (target < 1 s)\n")
               .arg(median(all), 0, 'f', 3)
               .arg(runs);
    out << QStringLiteral("metrics --json, one month: median %1 s of %2 runs (target < 0.2 s)\n")
               .arg(median(month), 0, 'f', 3)
               .arg(runs);
    // Sentiment and themes of every written answer; the count comes from the output itself.
    {
        QProcess p;
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(CXDESK_BINARY),
                {QStringLiteral("--db"), db, QStringLiteral("comments"), QStringLiteral("--json")});
        p.waitForFinished(-1);
        const double seconds = t.nsecsElapsed() / 1e9;
        const QByteArray json = p.readAllStandardOutput();
        ok = ok && p.exitCode() == 0;
        out << QStringLiteral("comments --json, sentiment and themes of %1 written answers: %2 s "
                              "(target < 2 s for 100000)\n")
                   .arg(json.count("\"response_uuid\""))
                   .arg(seconds, 0, 'f', 2);
    }
    const double exported =
        timed({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("interactions"),
               QStringLiteral("--out"), dir.filePath(QStringLiteral("interactions.csv"))},
              &ok);
    out << QStringLiteral("export %1 interactions to CSV: %2 s (target < 10 s)\n")
               .arg(interactions)
               .arg(exported, 0, 'f', 2);

    // Import what was exported into a new database.
    const QString customersCsv = dir.filePath(QStringLiteral("customers.csv"));
    timed({QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("customers"),
           QStringLiteral("--out"), customersCsv},
          &ok);
    const QString copy = dir.filePath(QStringLiteral("copy.sqlite"));
    const double importedCustomers = timed({QStringLiteral("--db"), copy, QStringLiteral("import"),
                                            QStringLiteral("customers"), customersCsv},
                                           &ok);
    QProcess measured;
    QElapsedTimer clock;
    clock.start();
    measured.start(QCoreApplication::applicationFilePath(),
                   {QStringLiteral("--peak-of"), QStringLiteral("--db"), copy,
                    QStringLiteral("import"), QStringLiteral("interactions"),
                    dir.filePath(QStringLiteral("interactions.csv")),
                    QStringLiteral("--create-missing")});
    measured.waitForFinished(-1);
    const double importedInteractions = clock.nsecsElapsed() / 1e9;
    ok = ok && measured.exitCode() == 0;
    const double peakMb = measured.readAllStandardOutput().trimmed().toDouble() / 1024.0;
    out << QStringLiteral("import %1 customers: %2 s (target < 2 s)\n")
               .arg(customers)
               .arg(importedCustomers, 0, 'f', 2);
    out << QStringLiteral("import %1 interactions: %2 s (target < 15 s), peak memory %3 MB (target "
                          "< 200 MB)\n")
               .arg(interactions)
               .arg(importedInteractions, 0, 'f', 2)
               .arg(peakMb, 0, 'f', 0);
    return ok ? 0 : 1;
}
