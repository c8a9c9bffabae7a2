#pragma once
#include "core/common/format.h"

// What every command shares: where it prints, how its errors read, how it
// opens the database, and the forms its options and numbers take.

#include "app/cli/cli.h"
#include "core/storage/database.h"
#include "core/surveys/survey.h"

#include <QDate>
#include <QJsonDocument>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>

class QDir;

namespace cx {
struct Report;
}

namespace cx::cli {

// What the commands that draw get from the window layer, which the command
// line does not link: the executable supplies them (app/painters.h).
struct Painters
{
    // Draws a report into a PDF file: true with the number of pages, or false with a message.
    std::function<bool(const Report& report, Database& db, const QString& file, int* pages,
                       QString* error)>
        reportPdf;
    // Renders the window's pages into the folder, printing the name of each file it writes.
    std::function<bool(Database& db, const QDir& dir, QTextStream& out, QString* error)>
        screenshots;
};

// What a command runs with.
struct Context
{
    const Invocation& inv;
    QTextStream& out;
    QTextStream& err;
    const Painters& painters;

    // "cxdesk: COMMAND: message (see cxdesk COMMAND --help)"; returns Usage.
    int usage(const QString& message) const;
    // "cxdesk: COMMAND: message"; returns Failed.
    int fail(const QString& message) const;
    // Commands that only read pass Database::OpenMode::MustExist: a mistyped
    // path is then an error, never a new empty database.
    bool openDatabase(Database* db, int* status,
                      Database::OpenMode mode = Database::OpenMode::CreateIfMissing) const;
};

// Exactly `count` positional arguments; `missing` says what to name when there are fewer.
bool expectPositional(const Context& c, const ParsedOptions& p, int count, const QString& missing,
                      int* status);
// The survey an option names by uuid; a usage error naming it when there is none.
std::optional<Survey> surveyByUuid(const Context& c, Database& db, const QString& uuid,
                                   int* status);

// --NAME as a whole number from min to max, when given.
bool parseCount(const ParsedOptions& p, const char* name, qint64 min, qint64 max, qint64* target,
                QString* error);
// --NAME as a YYYY-MM-DD date, when given.
bool parseDateOption(const ParsedOptions& p, const char* name, QDate* target, QString* error);
// --from and --to, each optional; a usage error when one is not a date or they are the wrong way
// round.
bool parsePeriod(const Context& c, const ParsedOptions& p, QDate* from, QDate* to, int* status);

// Figures as the command line prints them: plainly (see core/common/format.h),
// and a dash for a value that has no denominator.
inline QString fixed(double v, int decimals)
{
    return format::plain(v, decimals);
}
inline QString signedFixed(double v, int decimals)
{
    return format::plainSigned(v, decimals);
}
inline QString count(qint64 n)
{
    return format::plainCount(n);
}
QString orDash(const std::optional<double>& v, const std::function<QString(double)>& f);

// A JSON document on standard output, indented.
void printJson(QTextStream& out, const QJsonDocument& doc);

} // namespace cx::cli
