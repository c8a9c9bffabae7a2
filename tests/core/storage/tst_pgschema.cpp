// The schema on a PostgreSQL server is the SQLite file's: the same tables
// with the same columns in the same order, the same nullability, defaults,
// type families, keys, references, checks, indexes and triggers; and the
// trigger functions keep the daily sums, row versions and search keys row
// for row as SQLite's triggers do, also when the older versions are upgraded
// with data in them.

#include "core/storage/location.h"
#include "core/storage/serverconnection.h"
#include "tests/common/pgserver.h"
#include "tests/common/testdb.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>
#include <memory>

using namespace cx;

namespace {

// One SQLite migration file's statements, split as the SQLite engine splits
// them: at ';' at the end of a line, a trigger at its "END;".
QStringList sqliteStatements(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("--")) || trimmed.isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        const bool inTrigger = current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"));
        if (inTrigger ? trimmed == QLatin1String("END;") : trimmed.endsWith(QLatin1Char(';'))) {
            statements << current.trimmed();
            current.clear();
        }
    }
    return statements;
}

QStringList migrationFiles(const QString& folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

// Runs the server's migrations from..to, each file whole in one exec() and
// one transaction, as the server's engine runs them.
bool runPgMigrations(QSqlDatabase& db, int from, int to, QString* error)
{
    const QStringList files = migrationFiles(QStringLiteral(":/migrations-pg"));
    for (int v = from; v <= to; ++v) {
        if (v > files.size()) {
            *error = QStringLiteral("no server migration %1").arg(v);
            return false;
        }
        QFile file(QStringLiteral(":/migrations-pg/") + files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1").arg(file.fileName());
            return false;
        }
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(file.readAll()))) {
            *error = QStringLiteral("%1: %2").arg(files.at(v - 1), q.lastError().text());
            db.rollback();
            return false;
        }
        if (!db.commit()) {
            *error = QStringLiteral("%1: %2").arg(files.at(v - 1), db.lastError().text());
            return false;
        }
    }
    return true;
}

// The statement for the server: SQLite's blob literal X'hex' is bytea there.
QString forServer(const QString& sql)
{
    static const QRegularExpression blob(QStringLiteral("X'([0-9A-Fa-f]*)'"));
    QString out = sql;
    out.replace(blob, QStringLiteral("decode('\\1', 'hex')"));
    return out;
}

bool execAll(QSqlDatabase& db, const QStringList& statements, bool server, QString* error)
{
    for (const QString& s : statements) {
        QSqlQuery q(db);
        if (!q.exec(server ? forServer(s) : s)) {
            *error = QStringLiteral("%1 on %2: %3")
                         .arg(s, server ? QStringLiteral("the server") : QStringLiteral("SQLite"),
                              q.lastError().text());
            return false;
        }
    }
    return true;
}

// Whether a statement fails (a constraint refuses the row).
bool refused(QSqlDatabase& db, const QString& sql, bool server)
{
    QSqlQuery q(db);
    return !q.exec(server ? forServer(sql) : sql);
}

QVariantList column(QSqlDatabase& db, const QString& sql)
{
    QVariantList out;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << "query failed:" << sql << q.lastError().text();
        return out;
    }
    while (q.next())
        out << q.value(0);
    return out;
}

QString typeFamily(const QString& type)
{
    const QString t = type.toLower();
    if (t.contains(QLatin1String("int")))
        return QStringLiteral("integer");
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("double")) ||
        t.contains(QLatin1String("floa")))
        return QStringLiteral("real");
    if (t.contains(QLatin1String("text")) || t.contains(QLatin1String("char")))
        return QStringLiteral("text");
    if (t.contains(QLatin1String("blob")) || t.contains(QLatin1String("bytea")))
        return QStringLiteral("blob");
    return QStringLiteral("unknown ") + type;
}

// One value as text the two engines can be compared by.
QString shown(const QVariant& v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    switch (v.typeId()) {
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QString::number(v.toLongLong());
    case QMetaType::QByteArray:
        return QStringLiteral("x'%1'").arg(QString::fromLatin1(v.toByteArray().toHex()));
    default:
        return QLatin1Char('\'') + v.toString() + QLatin1Char('\'');
    }
}

// Every row of a table, each as one line, sorted; updated_at (the time a
// trigger ran, which differs between the two runs) shows only whether it has
// the UTC format the triggers write.
QStringList dump(QSqlDatabase& db, const QString& table, const QStringList& columns)
{
    static const QRegularExpression utc(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    QStringList rows;
    QSqlQuery q(db);
    QStringList quoted;
    for (const QString& c : columns)
        quoted << QLatin1Char('"') + c + QLatin1Char('"');
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM %2").arg(quoted.join(QStringLiteral(", ")), table))) {
        rows << QStringLiteral("query failed: ") + q.lastError().text();
        return rows;
    }
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < columns.size(); ++i) {
            QString value = shown(q.value(i));
            if (columns.at(i) == QLatin1String("updated_at") && !q.value(i).isNull())
                value = utc.match(q.value(i).toString()).hasMatch() ? QStringLiteral("<utc time>")
                                                                    : value;
            values << value;
        }
        rows << values.join(QStringLiteral(" | "));
    }
    rows.sort();
    return rows;
}

QStringList sqliteTables(QSqlDatabase& db)
{
    QStringList out;
    for (const QVariant& v :
         column(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = "
                                   "'table' AND name NOT LIKE 'sqlite_%' "
                                   "ORDER BY name")))
        out << v.toString();
    return out;
}

QStringList sqliteColumns(QSqlDatabase& db, const QString& table)
{
    QStringList out;
    for (const QVariant& v : column(
             db,
             QStringLiteral("SELECT name FROM pragma_table_xinfo('%1') ORDER BY cid").arg(table)))
        out << v.toString();
    return out;
}

// What both runs do: the same rows written, changed and deleted on both
// engines, in three steps compared one by one. The first step writes only
// columns of schema version 1, so it also runs on a version 1 database.
const QStringList kInserts = {
    QStringLiteral("INSERT INTO journeys (id, name) VALUES (1, 'Visit')"),
    QStringLiteral("INSERT INTO stages (id, journey_id, name, position) VALUES "
                   "(1, 1, 'Order', 0), (2, 1, 'Pay', 1)"),
    QStringLiteral("INSERT INTO touchpoints (id, stage_id, channel_id, name, position) VALUES "
                   "(1, 1, 3, 'Counter', 0), (2, 1, 1, 'Website', 1), (3, 2, 3, 'Till', 0)"),
    QStringLiteral("INSERT INTO customers (id, uuid, name, email, phone, converted_on) VALUES "
                   "(1, 'c1', 'Zoë Fenwick', 'zoe@example.org', '07700 123456', '2026-01-05'), "
                   "(2, 'c2', 'Ann Müller', ' ANN@Example.org', '(0161) 555-0199', NULL), "
                   "(3, 'c3', 'Bob', NULL, NULL, NULL)"),
    // Offsets, a time without seconds, fractions, a day past the month's
    // end, a date alone, a text that is no time, a resolution before the
    // interaction.
    QStringLiteral(
        "INSERT INTO interactions (id, uuid, customer_id, touchpoint_id, channel_id, occurred_at, "
        "kind, staff_rating, customer_rating, resolved_at) VALUES "
        "(1, 'i1', 1, 1, 3, '2026-03-01T09:00:00+01:00', 'support', 4, 3, "
        "'2026-03-01T11:30:00+01:00'), "
        "(2, 'i2', 1, 1, 3, '2026-03-01T10:15:30Z', 'visit', 5, NULL, NULL), "
        "(3, 'i3', 2, 2, 1, '2026-03-01T23:30:00-05:00', 'complaint', NULL, 2, "
        "'2026-03-02T08:00:00.250+01:00'), "
        "(4, 'i4', NULL, NULL, NULL, '2026-03-02 14:05', 'enquiry', 2, 2, "
        "'2026-03-02T15:05:00.0006'), "
        "(5, 'i5', 3, 3, 3, '2026-03-02T08:00:00+02:00', 'support', 3, 5, 'soon'), "
        "(6, 'i6', 2, 1, 3, '2026-02-30T12:00:00Z', 'delivery', 1, 1, '2026-03-03'), "
        "(7, 'i7', 3, 2, 1, '2026-03-03T12:00:00+01:00', NULL, NULL, NULL, "
        "'2026-03-03T10:00:00Z'), "
        "(8, 'i8', 1, 3, 3, '2026-03-03T12:00:00+01:00', 'visit', 4, 4, "
        "'2026-03-05T12:00:00.5-03:30')"),
    QStringLiteral("INSERT INTO surveys (id, uuid, title, touchpoint_id, status) VALUES "
                   "(1, 's1', 'After the visit', 1, 'active'), (2, 's2', 'At the till', 3, "
                   "'active')"),
    QStringLiteral(
        "INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES "
        "(1, 1, 0, 'nps', 'nps', 'Recommend?'), (2, 1, 1, 'csat', 'csat', 'Satisfied?'), "
        "(3, 1, 2, 'ces', 'ces', 'Easy?'), (4, 1, 3, 'rating', 'rating', 'Rate us'), "
        "(5, 1, 4, 'yesno', 'yesno', 'Again?'), (6, 1, 5, 'text', 'text', 'Anything else?'), "
        "(7, 1, 6, 'single', 'single', 'Which?'), (8, 2, 0, 'nps', 'nps', 'Recommend?'), "
        "(9, 2, 1, 'csat', 'csat', 'Satisfied?')"),
    QStringLiteral(
        "INSERT INTO responses (id, uuid, survey_id, customer_id, channel_id, touchpoint_id, "
        "submitted_at, source) VALUES "
        "(1, 'r1', 1, 1, 3, 1, '2026-03-01T09:10:00+01:00', 'kiosk'), "
        "(2, 'r2', 1, NULL, NULL, NULL, '2026-03-01T18:00:00Z', 'import'), "
        "(3, 'r3', 1, 2, 1, 2, '2026-03-02T10:00:00+01:00', 'manual'), "
        "(4, 'r4', 2, 3, 3, 3, '2026-03-02T11:00:00+01:00', 'paper'), "
        "(5, 'r5', 2, NULL, 3, 3, '2026-03-03T11:00:00+01:00', 'paper'), "
        "(6, 'r6', 1, 1, 3, 1, '2026-03-01T12:00:00+01:00', 'kiosk')"),
    QStringLiteral("INSERT INTO answers (response_id, question_id, value_num, value_text) VALUES "
                   "(1, 1, 9, NULL), (1, 2, 4, NULL), (1, 3, 6, NULL), (1, 4, 5, NULL), "
                   "(1, 5, 1, NULL), (1, 6, NULL, 'Lovely'), (1, 7, NULL, 'Fast'), "
                   "(2, 1, 9, NULL), (2, 2, 2, NULL), (2, 4, 5, NULL), (2, 5, 0, NULL), "
                   "(2, 6, 2, NULL), (3, 1, 3, NULL), (3, 2, 5, NULL), (3, 3, 7, NULL), "
                   "(3, 5, 1, NULL), (3, 6, NULL, 'Slow'), (4, 8, 10, NULL), (4, 9, 5, NULL), "
                   "(5, 8, 6, NULL), (5, 9, 3, NULL), (6, 1, 9, NULL), (6, 2, 4, NULL), "
                   "(6, 4, 3.5, NULL)"),
    QStringLiteral("INSERT INTO actions (id, customer_id, response_id, interaction_id, title, "
                   "created_at) VALUES (1, 1, 1, 1, 'Call back', '2026-03-01T10:00:00+01:00'), "
                   "(2, 2, 3, 3, 'Apologise', '2026-03-02T10:00:00+01:00')"),
};

const QStringList kUpdates = {
    // Answers: a new value, a value taken away, an untracked kind, an answer
    // moved to another question, and an update of many rows changing nothing.
    QStringLiteral("UPDATE answers SET value_num = 7 WHERE response_id = 1 AND question_id = 1"),
    QStringLiteral("UPDATE answers SET value_num = NULL WHERE response_id = 2 AND question_id = 2"),
    QStringLiteral("UPDATE answers SET value_num = 3 WHERE response_id = 2 AND question_id = 6"),
    QStringLiteral("UPDATE answers SET question_id = 3 WHERE response_id = 6 AND question_id = 2"),
    QStringLiteral("UPDATE answers SET value_num = value_num WHERE question_id = 1"),
    // Responses moved to another day, channel, touchpoint and survey.
    QStringLiteral("UPDATE responses SET submitted_at = '2026-03-04T09:00:00+01:00' WHERE id = 3"),
    QStringLiteral("UPDATE responses SET channel_id = 1, touchpoint_id = 2 WHERE id = 2"),
    QStringLiteral("UPDATE responses SET survey_id = 2 WHERE id = 6"),
    // Questions changing kind into, out of and between the counted kinds.
    QStringLiteral("UPDATE questions SET kind = 'rating' WHERE id = 2"),
    QStringLiteral("UPDATE questions SET kind = 'text' WHERE id = 4"),
    QStringLiteral("UPDATE questions SET kind = 'nps' WHERE id = 6"),
    QStringLiteral("UPDATE questions SET text = 'Would you recommend us?' WHERE id = 1"),
    // Interactions: ratings, resolutions, days, channels, many rows at once,
    // and an edit that raises its version itself.
    QStringLiteral("UPDATE interactions SET customer_rating = 4 WHERE id = 2"),
    QStringLiteral("UPDATE interactions SET resolved_at = '2026-03-01T12:00:00Z' WHERE id = 2"),
    QStringLiteral("UPDATE interactions SET occurred_at = '2026-03-04T09:00:00+01:00', "
                   "channel_id = 1 WHERE id = 1"),
    QStringLiteral("UPDATE interactions SET staff_rating = NULL, row_version = row_version + 1 "
                   "WHERE id = 4"),
    QStringLiteral("UPDATE interactions SET notes = 'Called twice' WHERE id = 5"),
    QStringLiteral("UPDATE interactions SET kind = 'visit' WHERE id = 6"),
    QStringLiteral("UPDATE interactions SET touchpoint_id = 3 WHERE touchpoint_id = 1"),
    QStringLiteral("UPDATE interactions SET resolved_at = NULL WHERE id = 8"),
    // Customers: the keys CX Desk writes, an edit by another tool (keys
    // cleared, version raised), one by CX Desk (version raised by itself),
    // and an edit of a column outside the keys.
    QStringLiteral("UPDATE customers SET search_key = 'zoe fenwick', sort_key = X'5a4f45' "
                   "WHERE id = 1"),
    QStringLiteral("UPDATE customers SET search_key = 'ann muller', sort_key = X'414e4e' "
                   "WHERE id = 2"),
    QStringLiteral("UPDATE customers SET search_key = 'bob', sort_key = X'424f42' WHERE id = 3"),
    QStringLiteral("UPDATE customers SET notes = 'Regular' WHERE id = 1"),
    QStringLiteral("UPDATE customers SET name = 'Ann Mueller' WHERE id = 2"),
    QStringLiteral("UPDATE customers SET email = 'bob@example.org', row_version = row_version + 1 "
                   "WHERE id = 3"),
    QStringLiteral("UPDATE settings SET value = '5' WHERE key = 'follow_up_days'"),
    QStringLiteral("INSERT INTO settings (key, value) VALUES ('business_name', 'Corner Café')"),
    QStringLiteral("UPDATE journeys SET name = 'A visit' WHERE id = 1"),
    QStringLiteral("UPDATE stages SET position = 5 WHERE id = 2"),
    QStringLiteral("UPDATE touchpoints SET owner = 'Ann' WHERE id = 2"),
    QStringLiteral("UPDATE surveys SET status = 'closed' WHERE id = 2"),
    QStringLiteral("UPDATE actions SET status = 'done', closed_at = '2026-03-02T09:00:00Z' "
                   "WHERE id = 1"),
    QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (1, 'VIP'), "
                   "(1, 'allergic to nuts'), (2, 'vip')"),
    QStringLiteral("INSERT INTO customer_fields (id, name, kind, position) VALUES "
                   "(1, 'Birthday', 'date', 0)"),
    QStringLiteral("INSERT INTO customer_field_values (customer_id, field_id, value) VALUES "
                   "(1, 1, '1990-04-01')"),
    QStringLiteral("INSERT INTO action_notes (id, action_id, written_at, author, text) VALUES "
                   "(1, 1, '2026-03-01T10:05:00+01:00', 'Ann', 'Left a message')"),
    QStringLiteral("INSERT INTO contacts (id, customer_id, action_id, contacted_at, how) VALUES "
                   "(1, 1, 1, '2026-03-01T10:04:00+01:00', 'phone')"),
    QStringLiteral("INSERT INTO printed_forms (id, survey_id, first_number, last_number, "
                   "printed_at) VALUES (1, 1, 1, 50, '2026-02-20T09:00:00+01:00')"),
    QStringLiteral("UPDATE responses SET form_number = 7 WHERE id = 2"),
};

const QStringList kDeletes = {
    QStringLiteral("DELETE FROM answers WHERE response_id = 1 AND question_id = 3"),
    QStringLiteral("DELETE FROM responses WHERE id = 1"),
    QStringLiteral("DELETE FROM questions WHERE id = 5"),
    QStringLiteral("DELETE FROM interactions WHERE id = 3"),
    // References cleared by cascades move sums to "no touchpoint" and raise versions.
    QStringLiteral("DELETE FROM touchpoints WHERE id = 2"),
    QStringLiteral("DELETE FROM customers WHERE id = 3"),
    QStringLiteral("DELETE FROM surveys WHERE id = 2"),
    QStringLiteral("DELETE FROM stages WHERE id = 2"),
};

} // namespace

class TestPgSchema : public QObject
{
    Q_OBJECT

    cxtest::PgServer m_server;
    QSqlDatabase m_pg;
    std::unique_ptr<cxtest::TestDb> m_lite;

    bool connect(const QString& name, QSqlDatabase* db, QString* error)
    {
        if (!m_server.createDatabase(name, error))
            return false;
        DatabaseLocation l;
        if (!DatabaseLocation::parse(m_server.uri(name), &l, error))
            return false;
        *db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        return openServerConnection(*db, l, error);
    }

    // The settings CX Desk writes when it opens a database (the name order of
    // its sort keys) written on the server too, as CX Desk will when it opens it.
    static bool copyOpeningSettings(QSqlDatabase& lite, QSqlDatabase& pg, QString* error)
    {
        QSqlQuery l(lite);
        if (!l.exec(QStringLiteral("SELECT key, value, row_version, updated_at FROM settings "
                                   "WHERE key <> 'follow_up_days'"))) {
            *error = l.lastError().text();
            return false;
        }
        while (l.next()) {
            QSqlQuery p(pg);
            p.prepare(QStringLiteral("INSERT INTO settings (key, value, row_version, updated_at) "
                                     "VALUES (?, ?, ?, ?)"));
            for (int i = 0; i < 4; ++i)
                p.addBindValue(l.value(i));
            if (!p.exec()) {
                *error = p.lastError().text();
                return false;
            }
        }
        return true;
    }

    // The tables of both compared row by row: all columns but `skip`.
    void compareAll(QSqlDatabase& lite, QSqlDatabase& pg, const QString& step,
                    const QStringList& skip = {})
    {
        for (const QString& table : sqliteTables(lite)) {
            QStringList columns;
            for (const QString& c : sqliteColumns(lite, table))
                if (!skip.contains(table + QLatin1Char('.') + c))
                    columns << c;
            const QStringList a = dump(pg, table, columns);
            const QStringList b = dump(lite, table, columns);
            if (a != b)
                qWarning().noquote()
                    << step << table << "\nserver:\n " << a.join(QStringLiteral("\n  "))
                    << "\nSQLite:\n " << b.join(QStringLiteral("\n  "));
            QVERIFY2(a == b, qPrintable(QStringLiteral("%1: table %2 differs").arg(step, table)));
        }
    }

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QString error;
        // No server is a failure, never a skip.
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(connect(QStringLiteral("schema"), &m_pg, &error), qPrintable(error));
        QVERIFY2(runPgMigrations(m_pg, 1, Database::SchemaVersion, &error), qPrintable(error));
        m_lite = std::make_unique<cxtest::TestDb>(cxtest::TestDb::Where::File);
        QVERIFY2(m_lite->isOpen(), qPrintable(m_lite->error()));
        QVERIFY2(copyOpeningSettings(m_lite->sql(), m_pg, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_lite.reset();
        m_pg.close();
    }

    // One server migration per SQLite migration, under the same name.
    void migrationNames()
    {
        const QStringList lite = migrationFiles(QStringLiteral(":/migrations"));
        QCOMPARE(lite.size(), Database::SchemaVersion);
        QCOMPARE(migrationFiles(QStringLiteral(":/migrations-pg")), lite);
        QCOMPARE(m_lite->scalar(QStringLiteral("PRAGMA user_version")).toInt(), lite.size());
    }

    void tablesAndColumns()
    {
        QSqlDatabase& lite = m_lite->sql();
        const QStringList tables = sqliteTables(lite);
        QVERIFY(tables.contains(QStringLiteral("printed_forms")));
        QStringList serverTables;
        for (const QVariant& v :
             column(m_pg, QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                         "table_schema = 'public' ORDER BY table_name")))
            serverTables << v.toString();
        // No more tables, no fewer (sorted the same byte by byte: names are ASCII).
        QCOMPARE(serverTables, tables);

        for (const QString& table : tables) {
            QStringList expected;
            QSqlQuery l(lite);
            QVERIFY(l.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                                          "FROM pragma_table_xinfo('%1') ORDER BY cid")
                               .arg(table)));
            while (l.next()) {
                // A primary key's columns are never null on the server (SQLite lets an
                // INTEGER PRIMARY KEY or a rowid table's key be null in its pragma).
                const bool notNull = l.value(2).toInt() != 0 || l.value(4).toInt() > 0;
                expected << QStringLiteral("%1 %2%3 default %4%5")
                                .arg(l.value(0).toString(), typeFamily(l.value(1).toString()),
                                     notNull ? QStringLiteral(" not null") : QString(),
                                     l.value(3).isNull() ? QStringLiteral("none")
                                                         : l.value(3).toString(),
                                     l.value(5).toInt() == 3 ? QStringLiteral(" generated")
                                                             : QString());
            }
            QStringList actual;
            QSqlQuery p(m_pg);
            QVERIFY(p.exec(QStringLiteral("SELECT column_name, data_type, is_nullable, "
                                          "column_default, is_generated FROM "
                                          "information_schema.columns WHERE table_schema = "
                                          "'public' AND table_name = '%1' ORDER BY "
                                          "ordinal_position")
                               .arg(table)));
            static const QRegularExpression cast(QStringLiteral("::[a-z \"]+$"));
            while (p.next()) {
                QString dflt = p.value(3).toString();
                dflt.remove(cast);
                actual << QStringLiteral("%1 %2%3 default %4%5")
                              .arg(p.value(0).toString(), typeFamily(p.value(1).toString()),
                                   p.value(2).toString() == QLatin1String("NO")
                                       ? QStringLiteral(" not null")
                                       : QString(),
                                   p.value(3).isNull() ? QStringLiteral("none") : dflt,
                                   p.value(4).toString() == QLatin1String("ALWAYS")
                                       ? QStringLiteral(" generated")
                                       : QString());
            }
            QCOMPARE(actual, expected);
        }
        // Ids are identity columns, so a copy can write its own and move the sequence on.
        QCOMPARE(column(m_pg, QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                             "WHERE table_schema = 'public' AND is_identity = "
                                             "'YES' AND column_name <> 'id'"))
                     .value(0)
                     .toInt(),
                 0);
        QCOMPARE(column(m_pg, QStringLiteral("SELECT count(*) FROM information_schema.columns "
                                             "WHERE table_schema = 'public' AND is_identity = "
                                             "'YES'"))
                     .value(0)
                     .toInt(),
                 column(lite, QStringLiteral("SELECT count(*) FROM sqlite_master m, "
                                             "pragma_table_info(m.name) c WHERE m.type = 'table' "
                                             "AND c.pk = 1 AND c.type = 'INTEGER' AND c.name = "
                                             "'id'"))
                     .value(0)
                     .toInt());
    }

    // Every index CX Desk makes has its name, table, columns (an expression as
    // such), uniqueness and condition on the server; every unique key and
    // primary key is there too.
    void indexes()
    {
        QSqlDatabase& lite = m_lite->sql();
        QStringList expected;
        QSet<QString> expectedUnique;
        for (const QString& table : sqliteTables(lite)) {
            QSqlQuery l(lite);
            QVERIFY(l.exec(QStringLiteral("SELECT name, \"unique\", origin, partial FROM "
                                          "pragma_index_list('%1')")
                               .arg(table)));
            bool keyIndex = false;
            while (l.next()) {
                QStringList columns;
                for (const QVariant& c :
                     column(lite, QStringLiteral("SELECT coalesce(name, '<expr>') FROM "
                                                 "pragma_index_info('%1') ORDER BY seqno")
                                      .arg(l.value(0).toString())))
                    columns << c.toString();
                const QString shape =
                    QStringLiteral("%1(%2)%3")
                        .arg(table, columns.join(QLatin1Char(',')),
                             l.value(3).toInt() ? QStringLiteral(" where") : QString());
                if (l.value(1).toInt())
                    expectedUnique << shape;
                keyIndex = keyIndex || l.value(2).toString() == QLatin1String("pk");
                if (l.value(2).toString() == QLatin1String("c"))
                    expected << l.value(0).toString() + QStringLiteral(" on ") + shape +
                                    (l.value(1).toInt() ? QStringLiteral(" unique") : QString());
            }
            if (!keyIndex) // an INTEGER PRIMARY KEY is the rowid itself
                for (const QVariant& c :
                     column(lite,
                            QStringLiteral("SELECT name FROM pragma_table_info('%1') WHERE pk = 1")
                                .arg(table)))
                    expectedUnique << QStringLiteral("%1(%2)").arg(table, c.toString());
        }
        expected.sort();
        QVERIFY(expected.size() > 30);
        QVERIFY(expected.contains(QStringLiteral("customers_email on customers(<expr>)")));
        QVERIFY(expected.contains(
            QStringLiteral("responses_form_number on responses(survey_id,form_number) where "
                           "unique")));

        QStringList all;
        QSet<QString> unique;
        QSqlQuery p(m_pg);
        QVERIFY2(p.exec(QStringLiteral(
                     "SELECT i.relname, t.relname, ix.indisunique, ix.indpred IS NOT NULL, "
                     "ix.indisprimary OR c.conindid IS NOT NULL, "
                     "array_to_string(array(SELECT CASE WHEN k.n = 0 THEN '<expr>' ELSE "
                     "a.attname END FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(n, o) "
                     "LEFT JOIN pg_attribute a ON a.attrelid = ix.indrelid AND a.attnum = k.n "
                     "ORDER BY k.o), ',') "
                     "FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid "
                     "JOIN pg_class t ON t.oid = ix.indrelid "
                     "JOIN pg_namespace s ON s.oid = t.relnamespace "
                     "LEFT JOIN pg_constraint c ON c.conindid = ix.indexrelid AND c.contype = 'u' "
                     "WHERE s.nspname = 'public'")),
                 qPrintable(p.lastError().text()));
        while (p.next()) {
            const QString shape =
                QStringLiteral("%1(%2)%3")
                    .arg(p.value(1).toString(), p.value(5).toString(),
                         p.value(3).toBool() ? QStringLiteral(" where") : QString());
            if (p.value(2).toBool())
                unique << shape;
            // Keys and unique constraints make their own indexes; the named ones are CX Desk's.
            if (!p.value(4).toBool())
                all << p.value(0).toString() + QStringLiteral(" on ") + shape +
                           (p.value(2).toBool() ? QStringLiteral(" unique") : QString());
        }
        all.sort();
        QCOMPARE(all, expected);
        QCOMPARE(unique, expectedUnique);
    }

    void foreignKeysAndChecks()
    {
        QSqlDatabase& lite = m_lite->sql();
        QStringList expected;
        QMap<QString, int> expectedChecks;
        for (const QString& table : sqliteTables(lite)) {
            QSqlQuery l(lite);
            QVERIFY(l.exec(QStringLiteral("SELECT \"from\", \"table\", \"to\", on_update, "
                                          "on_delete FROM pragma_foreign_key_list('%1')")
                               .arg(table)));
            while (l.next())
                expected << QStringLiteral("%1.%2 -> %3.%4 on update %5 on delete %6")
                                .arg(table, l.value(0).toString(), l.value(1).toString(),
                                     l.value(2).toString(), l.value(3).toString(),
                                     l.value(4).toString());
            const QString create =
                column(lite,
                       QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '%1'").arg(table))
                    .value(0)
                    .toString();
            expectedChecks[table] = int(create.count(QStringLiteral("CHECK (")));
        }
        expected.sort();
        QVERIFY(expected.size() > 20);

        QStringList actual;
        QMap<QString, int> checks;
        for (const QString& table : sqliteTables(lite))
            checks[table] = 0;
        QSqlQuery p(m_pg);
        QVERIFY(p.exec(QStringLiteral(
            "SELECT c.conrelid::regclass::text, a.attname, c.confrelid::regclass::text, "
            "f.attname, c.confupdtype, c.confdeltype, c.contype "
            "FROM pg_constraint c JOIN pg_namespace s ON s.oid = c.connamespace "
            "LEFT JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "LEFT JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = c.confkey[1] "
            "WHERE s.nspname = 'public' AND c.contype IN ('f', 'c')")));
        const QHash<QString, QString> action{{QStringLiteral("a"), QStringLiteral("NO ACTION")},
                                             {QStringLiteral("r"), QStringLiteral("RESTRICT")},
                                             {QStringLiteral("c"), QStringLiteral("CASCADE")},
                                             {QStringLiteral("n"), QStringLiteral("SET NULL")},
                                             {QStringLiteral("d"), QStringLiteral("SET DEFAULT")}};
        while (p.next()) {
            if (p.value(6).toString() == QLatin1String("c")) {
                ++checks[p.value(0).toString()];
                continue;
            }
            actual << QStringLiteral("%1.%2 -> %3.%4 on update %5 on delete %6")
                          .arg(p.value(0).toString(), p.value(1).toString(), p.value(2).toString(),
                               p.value(3).toString(), action.value(p.value(4).toString()),
                               action.value(p.value(5).toString()));
        }
        actual.sort();
        QCOMPARE(actual, expected);
        QCOMPARE(checks, expectedChecks);

        // The checks and the case-blind names refuse the same rows.
        const QStringList refusedOnBoth = {
            QStringLiteral("INSERT INTO interactions (uuid, occurred_at, staff_rating) VALUES "
                           "('x1', '2026-01-01', 6)"),
            QStringLiteral("INSERT INTO actions (title, status, created_at) VALUES ('t', 'later', "
                           "'2026-01-01')"),
            QStringLiteral("INSERT INTO interactions (uuid, occurred_at, customer_rating) VALUES "
                           "('x2', '2026-01-01', 0)"),
            QStringLiteral("INSERT INTO channels (name) VALUES ('web')"),
            QStringLiteral("INSERT INTO customer_fields (name) VALUES ('x'), ('X')"),
        };
        for (const QString& s : refusedOnBoth) {
            QVERIFY2(refused(lite, s, false), qPrintable(s));
            QVERIFY2(refused(m_pg, s, true), qPrintable(s));
        }
        const QString byName =
            QStringLiteral("SELECT id FROM channels WHERE name = 'in PERSON' COLLATE NOCASE");
        QCOMPARE(column(m_pg, byName), column(lite, byName));
        QCOMPARE(column(m_pg, byName).value(0).toInt(), 9);
    }

    void triggers()
    {
        QSqlDatabase& lite = m_lite->sql();
        QStringList expected;
        for (const QVariant& v :
             column(lite, QStringLiteral("SELECT tbl_name || '.' || name FROM sqlite_master "
                                         "WHERE type = 'trigger'")))
            expected << v.toString();
        expected.sort();
        QVERIFY(expected.size() >= 20);
        QStringList actual;
        // Each trigger calls the function of its own name.
        for (const QVariant& v : column(
                 m_pg, QStringLiteral("SELECT t.tgrelid::regclass::text || '.' || t.tgname FROM "
                                      "pg_trigger t JOIN pg_proc f ON f.oid = t.tgfoid WHERE NOT "
                                      "t.tgisinternal AND f.proname = t.tgname")))
            actual << v.toString();
        actual.sort();
        QCOMPARE(actual, expected);
        // Besides those, only the triggers that number a new row whose id comes as NULL,
        // one on every table with an identity id, and those that tell other clients of a
        // change, one on every table.
        QCOMPARE(column(m_pg, QStringLiteral("SELECT count(*) FROM pg_trigger t JOIN pg_proc f ON "
                                             "f.oid = t.tgfoid WHERE NOT t.tgisinternal AND "
                                             "f.proname NOT IN ('cx_fill_id', "
                                             "'cx_announce_change', 'cx_sign')"))
                     .value(0)
                     .toInt(),
                 expected.size());
        const QVariantList tables = column(
            m_pg, QStringLiteral("SELECT tablename || '_announce' FROM pg_tables WHERE schemaname "
                                 "= current_schema() AND tablename <> 'cxdesk_schema' ORDER BY 1"));
        QVERIFY(tables.size() >= 20);
        QCOMPARE(
            column(m_pg, QStringLiteral("SELECT t.tgname::text FROM pg_trigger t JOIN pg_proc f ON "
                                        "f.oid = t.tgfoid WHERE f.proname = 'cx_announce_change' "
                                        "AND t.tgtype & 1 = 0 ORDER BY 1")),
            tables);
        // On a server the login signs what it enters and changes (cx_sign).
        QCOMPARE(column(m_pg, QStringLiteral("SELECT string_agg(t.tgname::text, ' ' ORDER BY "
                                             "t.tgname) FROM pg_trigger t JOIN pg_proc f ON "
                                             "f.oid = t.tgfoid WHERE f.proname = 'cx_sign'"))
                     .value(0)
                     .toString(),
                 QStringLiteral("actions_sign actions_sign_change customers_sign "
                                "customers_sign_change interactions_sign "
                                "interactions_sign_change responses_sign"));
        const QVariantList identities = column(
            m_pg, QStringLiteral("SELECT table_name || '_fill_id' FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND column_name = 'id' AND "
                                 "is_identity = 'YES' ORDER BY 1"));
        QVERIFY(identities.size() >= 10);
        QCOMPARE(
            column(m_pg, QStringLiteral("SELECT t.tgname::text FROM pg_trigger t JOIN pg_proc f "
                                        "ON f.oid = t.tgfoid WHERE f.proname = 'cx_fill_id' "
                                        "ORDER BY 1")),
            identities);
    }

    // The same writes on both give the same rows in every table, the daily
    // sums and generated hours included.
    void sameRowsAfterWrites()
    {
        QSqlDatabase& lite = m_lite->sql();
        QString error;
        compareAll(lite, m_pg, QStringLiteral("fresh"));
        if (QTest::currentTestFailed())
            return;
        const QList<std::pair<QString, QStringList>> steps = {
            {QStringLiteral("inserts"), kInserts},
            {QStringLiteral("updates"), kUpdates},
            {QStringLiteral("deletes"), kDeletes}};
        for (const auto& [step, statements] : steps) {
            QVERIFY2(execAll(lite, statements, false, &error), qPrintable(error));
            QVERIFY2(execAll(m_pg, statements, true, &error), qPrintable(error));
            compareAll(lite, m_pg, step);
            if (QTest::currentTestFailed())
                return;
            if (step == QLatin1String("inserts")) {
                // The hours as SQLite computes them: offsets, fractions, a text that is
                // no time, a resolution before the interaction.
                QCOMPARE(dump(m_pg, QStringLiteral("interactions"),
                              {QStringLiteral("id"), QStringLiteral("resolution_hours")}),
                         (QStringList{QStringLiteral("1 | 2.5"), QStringLiteral("2 | NULL"),
                                      QStringLiteral("3 | 2.5000694444444442"),
                                      QStringLiteral("4 | 1.0000002777777777"),
                                      QStringLiteral("5 | NULL"), QStringLiteral("6 | 12"),
                                      QStringLiteral("7 | -1"),
                                      QStringLiteral("8 | 52.500138888888891")}));
            }
        }

        // The writes did reach the sums: rows were counted, moved and taken away.
        QCOMPARE(column(m_pg, QStringLiteral("SELECT n FROM daily_answers WHERE day = "
                                             "'2026-03-01' AND survey_id = 1 AND channel_id = 0 "
                                             "AND touchpoint_id = 0 AND kind = 'nps' AND value = "
                                             "9")),
                 QVariantList{qlonglong(0)});
        QCOMPARE(column(m_pg, QStringLiteral("SELECT n FROM daily_answers WHERE day = "
                                             "'2026-03-01' AND survey_id = 1 AND channel_id = 1 "
                                             "AND touchpoint_id = 0 AND kind = 'nps' AND value "
                                             "IN (3, 9) ORDER BY value")),
                 (QVariantList{qlonglong(1), qlonglong(1)}));
        QVERIFY(
            column(m_pg, QStringLiteral("SELECT sum(n) FROM daily_interactions")).value(0).toInt() >
            3);
        // The sums are those of the raw rows (the check that `cxdesk check` makes).
        const QString fromRows = QStringLiteral(
            "SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), "
            "coalesce(r.touchpoint_id, 0), q.kind, a.value_num, count(*) FROM answers a JOIN "
            "responses r ON r.id = a.response_id JOIN questions q ON q.id = a.question_id WHERE "
            "a.value_num IS NOT NULL AND q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno') "
            "GROUP BY 1, 2, 3, 4, 5, 6");
        const QString kept = QStringLiteral("SELECT day, survey_id, channel_id, touchpoint_id, "
                                            "kind, value, n FROM daily_answers WHERE n <> 0");
        QStringList sums;
        QStringList rows;
        for (QSqlDatabase* db : {&lite, &m_pg}) {
            for (const auto& [query, out] :
                 {std::pair<QString, QStringList*>{fromRows, &rows}, {kept, &sums}}) {
                QSqlQuery q(*db);
                QVERIFY(q.exec(query));
                out->clear();
                while (q.next()) {
                    QStringList values;
                    for (int i = 0; i < 7; ++i)
                        values << shown(q.value(i));
                    *out << values.join(QLatin1Char('|'));
                }
                out->sort();
            }
            QCOMPARE(sums, rows);
        }
    }

    // Row versions and search keys: what the triggers did to each customer.
    void rowVersionsAndKeys()
    {
        const QStringList columns = {QStringLiteral("id"), QStringLiteral("row_version"),
                                     QStringLiteral("updated_at"), QStringLiteral("search_key"),
                                     QStringLiteral("sort_key")};
        const QStringList customers = dump(m_pg, QStringLiteral("customers"), columns);
        QCOMPARE(customers,
                 (QStringList{// Keys written by CX Desk, then an edit of the notes: version raised,
                              // keys kept.
                              QStringLiteral("1 | 2 | <utc time> | 'zoe fenwick' | x'5a4f45'"),
                              // The name changed by another tool: version raised, keys cleared.
                              QStringLiteral("2 | 2 | <utc time> | NULL | NULL")}));
        QCOMPARE(dump(m_lite->sql(), QStringLiteral("customers"), columns), customers);
        // A link cleared by a cascade raises the version too.
        const QStringList versions = {QStringLiteral("id"), QStringLiteral("row_version"),
                                      QStringLiteral("updated_at")};
        const QStringList interactions = dump(m_pg, QStringLiteral("interactions"), versions);
        QCOMPARE(dump(m_lite->sql(), QStringLiteral("interactions"), versions), interactions);
        QVERIFY2(interactions.contains(QStringLiteral("7 | 3 | <utc time>")),
                 qPrintable(interactions.join(QLatin1Char(','))));
        // An edit that raised the version itself keeps it, and its own time (none here).
        QVERIFY2(interactions.contains(QStringLiteral("4 | 2 | NULL")),
                 qPrintable(interactions.join(QLatin1Char(','))));
    }

    // A tag once per customer whatever its case, found in any case.
    void caseBlindTags()
    {
        const QString again =
            QStringLiteral("INSERT INTO customer_tags (customer_id, tag) VALUES (1, 'vip')");
        QVERIFY(refused(m_lite->sql(), again, false));
        QVERIFY(refused(m_pg, again, true));
        const QString count =
            QStringLiteral("SELECT count(*) FROM customer_tags WHERE tag = 'Vip'");
        QCOMPARE(column(m_pg, count), column(m_lite->sql(), count));
        QCOMPARE(column(m_pg, count).value(0).toInt(), 2);
        const QString field =
            QStringLiteral("SELECT id FROM customer_fields WHERE name = 'BIRTHDAY'");
        QCOMPARE(column(m_pg, field), column(m_lite->sql(), field));
        QCOMPARE(column(m_pg, field).value(0).toInt(), 1);
    }

    // A server at version 1 with data in it, upgraded to the last version,
    // holds what an SQLite file of version 1 with the same data holds once CX
    // Desk has opened it: the sums of version 2 and 3 are filled in from the
    // rows already there.
    void upgradeWithData()
    {
        QString error;
        QSqlDatabase pg;
        QVERIFY2(connect(QStringLiteral("upgrade"), &pg, &error), qPrintable(error));
        QVERIFY2(runPgMigrations(pg, 1, 1, &error), qPrintable(error));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase v1 =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            v1.setDatabaseName(path);
            QVERIFY(v1.open());
            QStringList statements =
                sqliteStatements(QStringLiteral(":/migrations/001_initial.sql"));
            QVERIFY(statements.size() > 30);
            statements << QStringLiteral("PRAGMA user_version = 1");
            QVERIFY2(execAll(v1, statements, false, &error), qPrintable(error));
            QVERIFY2(execAll(v1, {QStringLiteral("PRAGMA foreign_keys = ON")}, false, &error),
                     qPrintable(error));
            QVERIFY2(execAll(v1, kInserts, false, &error), qPrintable(error));
            v1.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QVERIFY2(execAll(pg, kInserts, true, &error), qPrintable(error));

        QVERIFY2(runPgMigrations(pg, 2, Database::SchemaVersion, &error), qPrintable(error));
        cx::Database file;
        QVERIFY2(file.open(path, &error), qPrintable(error));
        QCOMPARE(column(file.sql(), QStringLiteral("PRAGMA user_version")).value(0).toInt(),
                 Database::SchemaVersion);
        QVERIFY2(copyOpeningSettings(file.sql(), pg, &error), qPrintable(error));
        QVERIFY(column(pg, QStringLiteral("SELECT count(*) FROM daily_answers WHERE kind IN "
                                          "('rating', 'yesno')"))
                    .value(0)
                    .toInt() > 0);
        // CX Desk writes the search and sort keys when it opens the file.
        compareAll(file.sql(), pg, QStringLiteral("upgraded"),
                   {QStringLiteral("customers.search_key"), QStringLiteral("customers.sort_key")});
        file.close();
        pg.close();
    }
};

QTEST_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
