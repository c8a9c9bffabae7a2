// Times the window on a large database, offscreen:
//   window shown with the dashboard filled, from process start   (target < 1.5 s)
//   customers page opened                                         (target < 0.3 s)
//   one search keystroke                                          (target < 0.1 s)
//   dashboard refreshed after a period change                     (target < 0.25 s)
//   peak memory                                                   (target < 300 MB)
// Usage: bench_window [--db FILE] [--customers N --interactions N --responses N]
// Without an existing --db it first builds the sample database of that size.

#include "database.h"
#include "demo.h"
#include "filterbar.h"
#include "listpages.h"
#include "mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

namespace {

// Seconds since this process was started by the kernel.
double secondsSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double started = fields.value(19).toDouble() / double(sysconf(_SC_CLK_TCK));
    return uptime.readAll().split(' ').value(0).toDouble() - started;
}

qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double timed(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    QCoreApplication::processEvents();
    return t.nsecsElapsed() / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cxdesk-bench"));
    QTextStream out(stdout);
    QString path;
    cx::DemoOptions demo;
    demo.customers = 100000;
    demo.interactions = 1000000;
    demo.responses = 200000;
    const QStringList a = app.arguments();
    for (int i = 1; i + 1 < a.size(); i += 2) {
        if (a[i] == QLatin1String("--db"))
            path = a[i + 1];
        else if (a[i] == QLatin1String("--customers"))
            demo.customers = a[i + 1].toInt();
        else if (a[i] == QLatin1String("--interactions"))
            demo.interactions = a[i + 1].toInt();
        else if (a[i] == QLatin1String("--responses"))
            demo.responses = a[i + 1].toInt();
    }
    QTemporaryDir dir;
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    if (!QFileInfo::exists(path)) {
        // Built in a child step so the figures below are not skewed by it.
        cx::Database db;
        QString error;
        if (!db.open(path, &error) || !cx::DemoGenerator(db.sql()).generate(demo, nullptr, &error)) {
            QTextStream(stderr) << error << "\n";
            return 1;
        }
        out << "built " << path << " (run again with --db " << path << " for a fresh process)\n";
    }

    cx::Database db;
    QString error;
    if (!db.open(path, &error)) {
        QTextStream(stderr) << error << "\n";
        return 1;
    }
    cx::MainWindow window(db);
    window.resize(1280, 800);
    window.showPage(QStringLiteral("dashboard"));
    window.show();
    QCoreApplication::processEvents();
    out << QStringLiteral("window shown, dashboard filled: %1 s from process start (target < 1.5 s)\n")
               .arg(secondsSinceProcessStart(), 0, 'f', 2);

    window.filterBar()->setPreset(cx::FilterBar::AllTime);
    const double customers = timed([&] { window.showPage(QStringLiteral("customers")); });
    auto* page = qobject_cast<cx::CustomersPage*>(window.page(QStringLiteral("customers")));
    out << QStringLiteral("customers page opened (%1 customers in the database): %2 s (target < 0.3 s)\n")
               .arg(demo.customers)
               .arg(customers, 0, 'f', 3);
    double worstKey = 0;
    QString typed;
    for (QChar c : QStringLiteral("olivia smith")) {
        typed += c;
        const double t = timed([&] { page->setSearch(typed); });
        if (qEnvironmentVariableIsSet("BENCH_DETAIL"))
            out << "  '" << typed << "': " << t << " s\n";
        worstKey = std::max(worstKey, t);
    }
    worstKey = std::max(worstKey, timed([&] { page->setSearch(QStringLiteral("C0999")); }));
    out << QStringLiteral("search, slowest keystroke of 13: %1 s (target < 0.1 s)\n").arg(worstKey, 0, 'f', 3);

    window.showPage(QStringLiteral("dashboard"));
    double worstPeriod = 0;
    for (cx::FilterBar::Preset p : {cx::FilterBar::ThisMonth, cx::FilterBar::ThisQuarter, cx::FilterBar::Last30Days,
                                    cx::FilterBar::ThisYear})
    {
        const double t = timed([&] { window.filterBar()->setPreset(p); });
        if (qEnvironmentVariableIsSet("BENCH_DETAIL"))
            out << "  preset " << int(p) << ": " << t << " s\n";
        worstPeriod = std::max(worstPeriod, t);
    }
    out << QStringLiteral("dashboard after a period change (month, quarter, 30 days, year), slowest: %1 s "
                          "(target < 0.25 s)\n")
               .arg(worstPeriod, 0, 'f', 3);
    out << QStringLiteral("peak memory: %1 MB (target < 300 MB)\n").arg(peakKilobytes() / 1024.0, 0, 'f', 0);
    return 0;
}
