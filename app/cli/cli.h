#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace cx::cli {

enum ExitCode
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// What comes before the command: global options and the command's words.
struct Invocation
{
    QString db;       // --db, else CXDESK_DB, else the default path
    QString lang;     // --lang
    QString command;  // empty: open the window
    QStringList args; // the command's own arguments
    bool help = false;
    bool version = false;
};

bool parseInvocation(const QStringList& arguments, Invocation* out, QString* error);

// Options of one command: `--name value`, `--name=value`, flags, repeats.
struct OptionSpec
{
    const char* name;
    bool takesValue;
};

struct ParsedOptions
{
    QHash<QString, QStringList> values; // flags map to an empty string
    QStringList positional;
    bool has(const QString& name) const { return values.contains(name); }
    QString value(const QString& name) const { return values.value(name).value(0); }
};

bool parseOptions(const QStringList& args, const QVector<OptionSpec>& specs, ParsedOptions* out,
                  QString* error);

// The database path the invocation names, falling back to CXDESK_DB and the default.
QString databasePath(const Invocation& inv);

} // namespace cx::cli
