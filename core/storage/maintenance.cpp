#include "core/storage/maintenance.h"

#include "core/common/clock.h"
#include "core/common/text.h"
#include "core/metrics/dailysums.h"
#include "core/storage/copy.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "core/storage/sqlutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace cx {

namespace {

// The day of a timestamp or a date column is a real day. SQLite's
// date(x, '+0 days') rolls an impossible day such as Feb 31 over to March,
// so it no longer equals x; a server checks the form and the length of the
// month (400 years on, a year has the same leap day, and year 0 is valid).
QString notADay(const QString& x, bool server)
{
    if (!server)
        return QStringLiteral("date(%1, '+0 days') IS NOT %1").arg(x);
    return QStringLiteral(
               "NOT CASE WHEN %1 ~ '^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$' "
               "THEN substr(%1, 9, 2)::int <= extract(day FROM make_date(substr(%1, 1, 4)::int "
               "+ 400, substr(%1, 6, 2)::int, 1) + interval '1 month - 1 day') ELSE false END")
        .arg(x);
}

// SQLite's julianday(); on a server the function of its schema that reads
// the same forms (in milliseconds, which orders and tells null the same way).
QString julian(const QString& x, bool server)
{
    return QStringLiteral("%1(%2)").arg(
        server ? QLatin1String("cx_julian_ms") : QLatin1String("julianday"), x);
}

// Scores within their scales, resolution not before the interaction, unique
// question codes, and dates the metrics can read. A number in a message is
// written as the file writes it (a whole answer as 7.0), so both say the same.
QStringList invariants(bool server)
{
    auto day = [server](const char* x) { return notADay(QLatin1String(x), server); };
    auto jd = [server](const char* x) { return julian(QLatin1String(x), server); };
    const QString valueNum = server ? QStringLiteral("CASE WHEN a.value_num = trunc(a.value_num) "
                                                     "THEN trunc(a.value_num)::bigint || '.0' "
                                                     "ELSE a.value_num::text END")
                                    : QStringLiteral("a.value_num");
    return {
        QStringLiteral("SELECT 'interaction ' || id || ': staff_rating ' || staff_rating || ' is "
                       "outside 1-5' FROM interactions WHERE staff_rating IS NOT NULL AND "
                       "(staff_rating NOT BETWEEN 1 AND 5 OR staff_rating <> CAST(staff_rating AS "
                       "INTEGER))"),
        QStringLiteral("SELECT 'interaction ' || id || ': customer_rating ' || customer_rating || "
                       "' is outside 1-5' FROM interactions WHERE customer_rating IS NOT NULL AND "
                       "(customer_rating NOT BETWEEN 1 AND 5 OR customer_rating <> "
                       "CAST(customer_rating AS INTEGER))"),
        QStringLiteral(
            "SELECT 'answer of response ' || a.response_id || ' to question ' || q.code || ' (' "
            "|| q.kind || '): ' || %1 || ' is outside ' || CASE q.kind WHEN 'nps' THEN '0-10' "
            "WHEN 'csat' THEN '1-5' WHEN 'ces' THEN '1-7' WHEN 'rating' THEN '1-5' ELSE '0-1' END "
            "FROM answers a JOIN questions q ON q.id = a.question_id WHERE a.value_num IS NOT "
            "NULL AND ((q.kind = 'nps' AND a.value_num NOT BETWEEN 0 AND 10) OR (q.kind = 'csat' "
            "AND a.value_num NOT BETWEEN 1 AND 5) OR (q.kind = 'ces' AND a.value_num NOT BETWEEN "
            "1 AND 7) OR (q.kind = 'rating' AND a.value_num NOT BETWEEN 1 AND 5) OR (q.kind = "
            "'yesno' AND a.value_num NOT IN (0, 1)) OR (q.kind IN ('nps', 'csat', 'ces', "
            "'rating') AND a.value_num <> CAST(a.value_num AS INTEGER)))")
            .arg(valueNum),
        QStringLiteral("SELECT 'interaction ' || id || ': resolved_at ' || resolved_at || ' is "
                       "before occurred_at ' || occurred_at FROM interactions WHERE resolved_at IS "
                       "NOT NULL AND %1 < %2")
            .arg(jd("resolved_at"), jd("occurred_at")),
        QStringLiteral("SELECT 'survey ' || survey_id || ': question code ''' || code || ''' is "
                       "used ' || count(*) || ' times' FROM questions GROUP BY survey_id, code "
                       "HAVING count(*) > 1"),
        QStringLiteral("SELECT 'question ' || id || ': kind ''' || kind || ''' is not one of nps, "
                       "csat, ces, rating, yesno, single, multi, text' FROM questions WHERE kind "
                       "NOT IN ('nps', 'csat', 'ces', 'rating', 'yesno', 'single', 'multi', "
                       "'text')"),
        QStringLiteral("SELECT 'interaction ' || id || ': occurred_at ''' || occurred_at || ''' "
                       "is not a timestamp' FROM interactions WHERE %1 IS NULL OR %2")
            .arg(jd("occurred_at"), day("substr(occurred_at, 1, 10)")),
        QStringLiteral("SELECT 'interaction ' || id || ': resolved_at ''' || resolved_at || ''' "
                       "is not a timestamp' FROM interactions WHERE resolved_at IS NOT NULL AND "
                       "%1 IS NULL")
            .arg(jd("resolved_at")),
        QStringLiteral("SELECT 'response ' || id || ': submitted_at ''' || submitted_at || ''' "
                       "is not a timestamp' FROM responses WHERE %1 IS NULL OR %2")
            .arg(jd("submitted_at"), day("substr(submitted_at, 1, 10)")),
        QStringLiteral("SELECT 'customer ' || id || ': ' || CASE WHEN first_contact_on IS NOT NULL "
                       "AND %1 THEN 'first_contact_on ''' || first_contact_on || ''' is not a "
                       "date' WHEN converted_on IS NOT NULL AND %2 THEN 'converted_on ''' || "
                       "converted_on || ''' is not a date' ELSE 'churned_on ''' || churned_on || "
                       "''' is not a date' END FROM customers WHERE (first_contact_on IS NOT NULL "
                       "AND %1) OR (converted_on IS NOT NULL AND %2) OR (churned_on IS NOT NULL "
                       "AND %3)")
            .arg(day("first_contact_on"), day("converted_on"), day("churned_on")),
        QStringLiteral("SELECT 'customer ' || id || ': churned_on ' || churned_on || ' is before "
                       "converted_on ' || converted_on FROM customers WHERE churned_on IS NOT NULL "
                       "AND converted_on IS NOT NULL AND churned_on < converted_on"),
        QStringLiteral("SELECT 'action ' || id || ': status ''' || status || ''' is not open or "
                       "done' FROM actions WHERE status NOT IN ('open', 'done')"),
    };
}

void collect(QSqlQuery& q, int perKind, QStringList* out)
{
    int n = 0;
    while (q.next()) {
        if (n < perKind)
            *out << q.value(0).toString();
        ++n;
    }
    if (n > perKind)
        *out << Text::tr("... and %1 more like the line above").arg(n - perKind);
}

} // namespace

bool countRecords(QSqlDatabase& db, RecordCounts* out, QString* error)
{
    QSqlQuery q(db);
    QString why;
    if (!sql::runLookup(
            q,
            QStringLiteral(
                "SELECT (SELECT count(*) FROM customers), (SELECT count(*) FROM interactions), "
                "(SELECT count(*) FROM responses), (SELECT count(*) FROM actions WHERE status = "
                "'open')"),
            &why) ||
        !q.next()) {
        *error =
            Text::tr("cannot count the records: %1").arg(why.isEmpty() ? sql::errorText(q) : why);
        return false;
    }
    out->customers = q.value(0).toLongLong();
    out->interactions = q.value(1).toLongLong();
    out->responses = q.value(2).toLongLong();
    out->openActions = q.value(3).toLongLong();
    return true;
}

bool holdsABusiness(QSqlDatabase& db)
{
    QSqlQuery q(db);
    QString ignored; // a database that cannot be read holds no business to protect here
    return sql::runLookup(
               q,
               QStringLiteral(
                   "SELECT EXISTS (SELECT 1 FROM customers) OR EXISTS (SELECT 1 FROM journeys) "
                   "OR EXISTS (SELECT 1 FROM surveys) OR EXISTS (SELECT 1 FROM interactions)"),
               &ignored) &&
           q.next() && q.value(0).toBool();
}

QStringList checkDatabase(QSqlDatabase& db, int perKind)
{
    QStringList problems;
    const Engine& engine = engineOf(db);
    problems << engine.integrityProblems(db, perKind);
    const int version = engine.schemaVersion(db);
    if (version >= 0 && version != Database::SchemaVersion)
        problems << Text::tr("schema: version %1, expected %2")
                        .arg(version)
                        .arg(Database::SchemaVersion);

    for (const QString& invariant : invariants(db.driverName() == QLatin1String("QPSQL"))) {
        QSqlQuery iq(db);
        iq.setForwardOnly(true);
        if (!iq.exec(invariant)) {
            problems << Text::tr("check could not run: %1").arg(sql::errorText(iq));
            continue;
        }
        collect(iq, perKind, &problems);
    }
    QString error;
    const QStringList drift = dailySumDrift(db, perKind, &error);
    if (!error.isEmpty())
        problems << Text::tr("check could not run: %1").arg(error);
    else if (!drift.isEmpty())
        problems << drift
                 << Text::tr(
                        "daily sums: rebuild them from the raw rows with: cxdesk check --repair");
    return problems;
}

bool repairDailySums(QSqlDatabase& db, QString* error)
{
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = Text::tr("cannot rebuild the daily sums: %1").arg(tx.error());
        return false;
    }
    QString why;
    if (!rebuildDailySums(db, error) || !tx.commit(&why)) {
        if (error->isEmpty())
            *error = Text::tr("cannot rebuild the daily sums: %1").arg(why);
        return false;
    }
    return true;
}

bool backupDatabase(QSqlDatabase& db, const QString& target, QString* error)
{
    const QFileInfo info(target);
    if (info.exists() && info.isDir()) {
        *error = Text::tr("cannot write backup '%1': it is a folder").arg(target);
        return false;
    }
    if (!info.absoluteDir().exists()) {
        *error = Text::tr("cannot write backup '%1': folder '%2' does not exist")
                     .arg(target, info.absolutePath());
        return false;
    }
    const QString self = QFileInfo(db.databaseName()).canonicalFilePath();
    if (db.driverName() == QLatin1String("QSQLITE") && !self.isEmpty() &&
        self == info.canonicalFilePath()) {
        *error = Text::tr("cannot write backup '%1': it is the database itself").arg(target);
        return false;
    }
    // VACUUM INTO reads one snapshot, so writers elsewhere never tear the copy;
    // it goes to a temporary name first so a failure leaves target untouched.
    const QString temp =
        info.absoluteDir().filePath(QStringLiteral(".%1.partial").arg(info.fileName()));
    QFile::remove(temp);
    {
        // Created owner-only, so that no other user can open it even while empty
        // and keep reading once the copy is written into it.
        QFile f(temp);
        if (!f.open(QIODevice::WriteOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            *error = Text::tr("cannot write backup '%1': %2").arg(target, f.errorString());
            return false;
        }
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QString why;
    if (!engineOf(db).copyTo(db, temp, &why)) {
        *error = Text::tr("cannot write backup '%1': %2").arg(target, why);
        QFile::remove(temp);
        return false;
    }
    QFile::remove(target);
    if (!QFile::rename(temp, target)) {
        *error =
            Text::tr("cannot write backup '%1': the finished copy could not be moved into place")
                .arg(target);
        QFile::remove(temp);
        return false;
    }
    return true;
}

namespace {

// A database file and the log files SQLite keeps beside it.
void removeDatabaseFiles(const QString& file)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(file + suffix);
}

// Copies the backup at source to staged and checks the copy: a CX Desk
// database, readable, sound, at a schema this version reads (brought up to
// date there, so the backup itself is never modified). On failure nothing
// is left at staged.
bool stageBackup(const QString& source, const QString& staged, QString* error)
{
    removeDatabaseFiles(staged);
    if (!QFile::copy(source, staged)) {
        *error = Text::tr("cannot restore from '%1': it could not be copied next to the database")
                     .arg(source);
        return false;
    }
    QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto discard = [&](const QString& message) {
        *error = message;
        removeDatabaseFiles(staged);
        return false;
    };
    Database check;
    QString why;
    if (QFileInfo(staged).size() == 0)
        return discard(Text::tr("cannot restore from '%1': the file is empty").arg(source));
    if (!check.open(staged, &why))
        return discard(Text::tr("cannot restore from '%1': %2")
                           .arg(source, why.replace(staged, Text::tr("the backup"))));
    if (!engineOf(check.sql()).integrityProblems(check.sql(), 0).isEmpty())
        return discard(
            Text::tr("cannot restore from '%1': the backup is damaged (integrity check failed)")
                .arg(source));
    check.close();
    return true;
}

// Whether a backup can be read at all, in the words restore uses.
bool readableBackup(const QString& source, QString* error)
{
    const QFileInfo src(source);
    if (!src.exists()) {
        *error = Text::tr("cannot restore from '%1': no such file").arg(source);
        return false;
    }
    if (!src.isFile() || !src.isReadable()) {
        *error = Text::tr("cannot restore from '%1': not a readable file").arg(source);
        return false;
    }
    return true;
}

} // namespace

bool restoreDatabase(const QString& source, const QString& dbPath, QString* keptAs, QString* error)
{
    if (!readableBackup(source, error))
        return false;
    const QFileInfo src(source);
    const QFileInfo dst(dbPath);
    if (src.canonicalFilePath() == dst.canonicalFilePath()) {
        *error = Text::tr("cannot restore from '%1': it is the database itself").arg(source);
        return false;
    }
    if (!dst.absoluteDir().exists()) {
        *error = Text::tr("cannot restore into '%1': folder '%2' does not exist")
                     .arg(dbPath, dst.absolutePath());
        return false;
    }

    // Verify (and bring up to date) a private copy, so the backup itself is never modified.
    const QString staged =
        dst.absoluteDir().filePath(QStringLiteral(".%1.restoring").arg(dst.fileName()));
    auto discard = [&](const QString& message) {
        *error = message;
        removeDatabaseFiles(staged);
        return false;
    };
    if (!stageBackup(source, staged, error))
        return false;

    if (dst.exists()) {
        // Fold the live WAL into the file that is kept, so it is complete on its own.
        {
            Database live;
            QString why;
            if (live.open(dbPath, &why))
                live.close();
        }
        const QString stamp = clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        QString kept = dst.absoluteDir().filePath(
            QStringLiteral("%1.before-restore-%2").arg(dst.fileName(), stamp));
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = dst.absoluteDir().filePath(
                QStringLiteral("%1.before-restore-%2-%3").arg(dst.fileName(), stamp).arg(n));
        if (!QFile::rename(dbPath, kept))
            return discard(
                Text::tr("cannot restore into '%1': the current database could not be set aside")
                    .arg(dbPath));
        QFile::remove(dbPath + QStringLiteral("-wal"));
        QFile::remove(dbPath + QStringLiteral("-shm"));
        if (keptAs)
            *keptAs = kept;
    }
    if (!QFile::rename(staged, dbPath)) {
        if (keptAs && !keptAs->isEmpty())
            QFile::rename(*keptAs, dbPath); // put the previous database back
        return discard(
            Text::tr("cannot restore into '%1': the verified copy could not be moved into place")
                .arg(dbPath));
    }
    return true;
}

bool restoreServerDatabase(QSqlDatabase& server, const QString& source, QString* keptAs,
                           QString* error)
{
    if (!readableBackup(source, error))
        return false;
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = Text::tr("cannot restore from '%1': no room for a temporary copy (%2)")
                     .arg(source, work.errorString());
        return false;
    }
    const QString staged = work.filePath(QStringLiteral("restoring.sqlite"));
    if (!stageBackup(source, staged, error))
        return false;

    // What the server holds now is kept as a file beside the backup (or, where
    // that folder takes no files, beside the default database).
    QDir folder = QFileInfo(source).absoluteDir();
    if (!QFileInfo(folder.absolutePath()).isWritable())
        folder = QFileInfo(Database::defaultPath()).absoluteDir();
    const QString stamp = clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString name = server.databaseName();
    QString kept = folder.filePath(QStringLiteral("%1.before-restore-%2.sqlite").arg(name, stamp));
    for (int n = 2; QFileInfo::exists(kept); ++n)
        kept = folder.filePath(
            QStringLiteral("%1.before-restore-%2-%3.sqlite").arg(name, stamp).arg(n));
    QString why;
    if (!backupDatabase(server, kept, &why)) {
        *error = Text::tr("cannot restore into the server: its data could not be kept first (%1)")
                     .arg(why);
        return false;
    }

    Database backup;
    CopyOptions replace;
    replace.replace = true;
    if (!backup.open(staged, &why, Database::OpenMode::MustExist) ||
        !copyDatabase(backup.sql(), server, replace, nullptr, &why)) {
        // The server is as it was, so the copy of it is not needed.
        QFile::remove(kept);
        *error = Text::tr("cannot restore from '%1': %2").arg(source, why);
        return false;
    }
    if (keptAs)
        *keptAs = kept;
    return true;
}

} // namespace cx
