#include "app/cli/common.h"

#include "core/common/format.h"
#include "core/common/timeutil.h"
#include "core/surveys/surveyrepository.h"

#include <QLocale>

namespace cx::cli {

int Context::usage(const QString& message) const
{
    err << "cxdesk: " << inv.command << ": " << message << " (see cxdesk " << inv.command
        << " --help)\n";
    return Usage;
}

int Context::fail(const QString& message) const
{
    err << "cxdesk: " << inv.command << ": " << message << "\n";
    return Failed;
}

bool Context::openDatabase(Database* db, int* status, Database::OpenMode mode) const
{
    QString error;
    if (!db->open(databasePath(inv), &error, mode)) {
        *status = fail(error);
        return false;
    }
    return true;
}

bool expectPositional(const Context& c, const ParsedOptions& p, int count, const QString& missing,
                      int* status)
{
    if (p.positional.size() < count) {
        *status = c.usage(missing);
        return false;
    }
    if (p.positional.size() > count) {
        *status = c.usage(QStringLiteral("unexpected argument '%1'").arg(p.positional.at(count)));
        return false;
    }
    return true;
}

std::optional<Survey> surveyByUuid(const Context& c, Database& db, const QString& uuid, int* status)
{
    auto survey = SurveyRepository(db.sql()).byUuid(uuid);
    if (!survey)
        *status =
            c.usage(QStringLiteral("no survey has the uuid '%1' (cxdesk survey list shows them)")
                        .arg(uuid));
    return survey;
}

bool parseCount(const ParsedOptions& p, const char* name, qint64 min, qint64 max, qint64* target,
                QString* error)
{
    if (!p.has(QLatin1String(name)))
        return true;
    bool ok = false;
    const qint64 v = p.value(QLatin1String(name)).toLongLong(&ok);
    if (!ok || v < min || v > max) {
        *error = QStringLiteral("--%1 must be a whole number from %2 to %3, not '%4'")
                     .arg(QLatin1String(name))
                     .arg(min)
                     .arg(max)
                     .arg(p.value(QLatin1String(name)));
        return false;
    }
    *target = v;
    return true;
}

bool parseDateOption(const ParsedOptions& p, const char* name, QDate* target, QString* error)
{
    if (!p.has(QLatin1String(name)))
        return true;
    const QString text = p.value(QLatin1String(name));
    *target = parseDate(text);
    if (!target->isValid()) {
        *error = QStringLiteral("--%1 '%2' is not a date; use YYYY-MM-DD, for example 2026-03-01")
                     .arg(QLatin1String(name), text);
        return false;
    }
    return true;
}

bool parsePeriod(const Context& c, const ParsedOptions& p, QDate* from, QDate* to, int* status)
{
    QString error;
    if (!parseDateOption(p, "from", from, &error) || !parseDateOption(p, "to", to, &error)) {
        *status = c.usage(error);
        return false;
    }
    if (from->isValid() && to->isValid() && *from > *to) {
        *status = c.usage(QStringLiteral("--from %1 is after --to %2")
                              .arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)));
        return false;
    }
    return true;
}

QString orDash(const std::optional<double>& v, const std::function<QString(double)>& f)
{
    return v ? f(*v) : format::dash();
}

void printJson(QTextStream& out, const QJsonDocument& doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

} // namespace cx::cli
