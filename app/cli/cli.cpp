#include "app/cli/cli.h"

#include "core/storage/database.h"

#include <QDir>
#include <QFileInfo>
#include <QProcessEnvironment>

namespace cx::cli {

bool parseInvocation(const QStringList& arguments, Invocation* out, QString* error)
{
    *out = Invocation();
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (!out->command.isEmpty()) {
            out->args << a;
            continue;
        }
        auto takeValue = [&](const QString& name, QString* target) {
            const QString prefix = name + QLatin1Char('=');
            if (a.startsWith(prefix)) {
                *target = a.mid(prefix.size());
            } else if (i + 1 < arguments.size()) {
                *target = arguments.at(++i);
            } else {
                *error = QStringLiteral("option '%1' needs a value").arg(name);
                return false;
            }
            if (target->isEmpty()) {
                *error = QStringLiteral("option '%1' needs a value").arg(name);
                return false;
            }
            return true;
        };
        if (a == QLatin1String("--db") || a.startsWith(QLatin1String("--db="))) {
            if (!takeValue(QStringLiteral("--db"), &out->db))
                return false;
        } else if (a == QLatin1String("--lang") || a.startsWith(QLatin1String("--lang="))) {
            if (!takeValue(QStringLiteral("--lang"), &out->lang))
                return false;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out->help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out->version = true;
        } else if (a == QLatin1String("help")) {
            // `cxdesk help` and `cxdesk help COMMAND`, as people type them.
            out->help = true;
        } else if (a.startsWith(QLatin1Char('-')) && a.size() > 1) {
            *error = QStringLiteral("unknown option '%1' (see cxdesk --help)").arg(a);
            return false;
        } else {
            out->command = a;
        }
    }
    return true;
}

bool parseOptions(const QStringList& args, const QVector<OptionSpec>& specs, ParsedOptions* out,
                  QString* error)
{
    *out = ParsedOptions();
    bool onlyPositional = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (onlyPositional || !a.startsWith(QLatin1String("--"))) {
            out->positional << a;
            continue;
        }
        if (a == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        const int eq = a.indexOf(QLatin1Char('='));
        const QString name = a.mid(2, eq < 0 ? -1 : eq - 2);
        const OptionSpec* spec = nullptr;
        for (const OptionSpec& s : specs)
            if (name == QLatin1String(s.name))
                spec = &s;
        if (!spec) {
            *error = QStringLiteral("unknown option '--%1'").arg(name);
            return false;
        }
        if (!spec->takesValue) {
            if (eq >= 0) {
                *error = QStringLiteral("option '--%1' takes no value").arg(name);
                return false;
            }
            out->values[name] << QString();
            continue;
        }
        QString value;
        if (eq >= 0)
            value = a.mid(eq + 1);
        else if (i + 1 < args.size())
            value = args.at(++i);
        else {
            *error = QStringLiteral("option '--%1' needs a value").arg(name);
            return false;
        }
        out->values[name] << value;
    }
    return true;
}

QString databasePath(const Invocation& inv)
{
    if (!inv.db.isEmpty())
        return inv.db;
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CXDESK_DB"));
    if (!env.isEmpty())
        return env;
    const QString path = Database::defaultPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    return path;
}

} // namespace cx::cli
