// Everything about one customer out, and erasure that keeps the metrics'
// history and leaves no trace of the erased text in the file.

#include "core/customers/privacy.h"
#include "core/metrics/metrics.h"
#include "core/storage/database.h"
#include "core/storage/engine.h"
#include "tests/common/testdb.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace cx;

namespace {
const char* const kData = R"(
INSERT INTO customers (id, uuid, external_id, name, email, segment, converted_on) VALUES
 (1, 'u1', 'C1', 'Zelda Quixote-Secret', 'zelda.secret@example.com', 'Retail', '2026-01-01'),
 (2, 'u2', 'C2', 'Other Person', NULL, 'Retail', '2026-01-01');
INSERT INTO surveys (id, uuid, title) VALUES (1, 's1', 'Visit');
INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES (1, 1, 0, 'nps', 'nps', 'Recommend?'), (2, 1, 1, 'why', 'text', 'Why?');
INSERT INTO responses (id, uuid, survey_id, customer_id, submitted_at) VALUES
 (1, 'r1', 1, 1, '2026-03-01T10:00:00Z'), (2, 'r2', 1, 2, '2026-03-02T10:00:00Z');
INSERT INTO answers (response_id, question_id, value_num, value_text) VALUES
 (1, 1, 3, NULL), (1, 2, NULL, 'MARMALADE-CONFESSION the coffee was cold'), (2, 1, 10, NULL);
INSERT INTO interactions (id, uuid, customer_id, channel_id, occurred_at, kind, staff_rating, customer_rating, notes) VALUES
 (1, 'i1', 1, 3, '2026-03-01T09:00:00Z', 'complaint', 4, 2, 'PLATYPUS-NOTE lives at 12 Hidden Lane'),
 (2, 'i2', 2, 3, '2026-03-02T09:00:00Z', 'visit', 5, 5, NULL);
INSERT INTO actions (id, customer_id, response_id, title, status, created_at) VALUES
 (1, 1, 1, 'Call Zelda Quixote-Secret back', 'open', '2026-03-01T10:05:00Z');
INSERT INTO contacts (customer_id, action_id, contacted_at, how, template, contacted_by) VALUES
 (1, 1, '2026-03-01T11:00:00Z', 'email', 'apology', 'Sam'),
 (1, NULL, '2026-03-04T09:30:00Z', 'phone', NULL, NULL),
 (2, NULL, '2026-03-05T09:30:00Z', 'email', 'thankyou', NULL)
)";

// Every row of every table, each cell named by its column, in an order
// neither engine decides: what a database holds, to compare two of them.
QStringList contents(QSqlDatabase& db)
{
    QStringList out;
    for (const TableShape& table : engineOf(db).tables(db)) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table.name))) {
            out << table.name + QStringLiteral(": ") + q.lastError().text();
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            for (int c = 0; c < q.record().count(); ++c) {
                const QVariant v = q.value(c);
                // When a row was written differs between two runs, not between engines.
                const QString name = q.record().fieldName(c);
                if (name.endsWith(QLatin1String("updated_at")))
                    continue;
                cells << name + QLatin1Char('=') +
                             (v.isNull() ? QStringLiteral("null") : v.toString());
            }
            cells.sort();
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << table.name + QStringLiteral(": ") + QString::number(rows.size());
        out << rows;
    }
    return out;
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal")}) {
        QFile f(path + suffix);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            return true;
    }
    return false;
}
} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private slots:
    void exportsEverything()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kData)));
        QJsonObject o;
        QString error;
        QVERIFY(exportCustomer(t.sql(), QStringLiteral("C1"), &o, &error));
        QCOMPARE(o.value(QStringLiteral("customer"))
                     .toObject()
                     .value(QStringLiteral("email"))
                     .toString(),
                 QStringLiteral("zelda.secret@example.com"));
        QCOMPARE(o.value(QStringLiteral("interactions")).toArray().size(), 1);
        const QJsonArray responses = o.value(QStringLiteral("responses")).toArray();
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses[0].toObject().value(QStringLiteral("answers")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("actions")).toArray().size(), 1);
        // Each time they were emailed or phoned, oldest first, with the follow-up it was for.
        const QJsonArray contacts = o.value(QStringLiteral("contacts")).toArray();
        QCOMPARE(contacts.size(), 2);
        QCOMPARE(contacts[0].toObject().value(QStringLiteral("template")).toString(),
                 QStringLiteral("apology"));
        QCOMPARE(contacts[0].toObject().value(QStringLiteral("action")).toString(),
                 QStringLiteral("Call Zelda Quixote-Secret back"));
        QCOMPARE(contacts[1].toObject().value(QStringLiteral("how")).toString(),
                 QStringLiteral("phone"));
        QVERIFY(!exportCustomer(t.sql(), QStringLiteral("C404"), &o, &error));
        QCOMPARE(error, QStringLiteral("no customer has the number 'C404'"));
    }

    void eraseKeepsScoresAnonymous()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kData)));
        MetricsFilter march;
        march.from = QDate(2026, 3, 1);
        march.to = QDate(2026, 3, 31);
        MetricValues before;
        QString error;
        QVERIFY(MetricsEngine(t.sql()).compute(march, &before, &error));
        EraseReport r;
        QVERIFY2(eraseCustomer(t.sql(), QStringLiteral("C1"), false, &r, &error),
                 qPrintable(error));
        QCOMPARE(r.actions, 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 1);
        // Their contacts go; the other customer's stay.
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM contacts WHERE customer_id = 1")).toInt(),
            0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 1);
        // The score and the interaction stay, detached; the written answer and the notes go.
        QVERIFY(t.scalar(QStringLiteral("SELECT customer_id IS NULL FROM responses WHERE id = 1"))
                    .toBool());
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT count(*) FROM answers WHERE response_id = 1")).toInt(),
            1);
        QVERIFY(
            t
                .scalar(QStringLiteral(
                    "SELECT customer_id IS NULL AND notes IS NULL FROM interactions WHERE id = 1"))
                .toBool());
        MetricValues after;
        QVERIFY(MetricsEngine(t.sql()).compute(march, &after, &error));
        QCOMPARE(after.npsN, before.npsN);
        QCOMPARE(*after.nps, *before.nps);
        QCOMPARE(after.perceptionGapN, before.perceptionGapN);
        // Nothing of it is left in the file's bytes. A server keeps old row
        // versions until VACUUM reuses their space (docs/database.md says so);
        // what it answers is compared with the file's in eraseLeavesTheSame.
        if (cxtest::onServer())
            return;
        const QString path = t.path();
        t.db().close();
        for (const char* secret :
             {"Quixote-Secret", "zelda.secret@", "MARMALADE-CONFESSION", "PLATYPUS-NOTE"})
            QVERIFY2(!fileContains(path, secret), secret);
        QVERIFY(fileContains(path, "Other Person")); // the check can find what is still there
    }

    // An erase leaves a server holding exactly what it leaves in a file:
    // the same rows, with the same values, in every table.
    void eraseLeavesTheSame_data()
    {
        QTest::addColumn<bool>("purge");
        QTest::newRow("anonymise") << false;
        QTest::newRow("purge") << true;
    }
    void eraseLeavesTheSame()
    {
        QFETCH(bool, purge);
        cxtest::TestDb file(cxtest::TestDb::Where::File);
        cxtest::TestDb t;
        QVERIFY(file.exec(QLatin1String(kData)));
        QVERIFY(t.exec(QLatin1String(kData)));
        QCOMPARE(contents(t.sql()), contents(file.sql()));
        const QStringList before = contents(t.sql());
        EraseReport fromFile, fromThis;
        QString error;
        QVERIFY2(eraseCustomer(file.sql(), QStringLiteral("C1"), purge, &fromFile, &error),
                 qPrintable(error));
        QVERIFY2(eraseCustomer(t.sql(), QStringLiteral("C1"), purge, &fromThis, &error),
                 qPrintable(error));
        QCOMPARE(fromThis.responses, fromFile.responses);
        QCOMPARE(fromThis.interactions, fromFile.interactions);
        QCOMPARE(fromThis.actions, fromFile.actions);
        const QStringList after = contents(t.sql());
        QVERIFY(after != before);
        QCOMPARE(after, contents(file.sql()));
        for (const QString& row : after)
            QVERIFY2(!row.contains(QLatin1String("Quixote-Secret")) &&
                         !row.contains(QLatin1String("MARMALADE")) &&
                         !row.contains(QLatin1String("PLATYPUS")),
                     qPrintable(row));
    }

    void purgeDeletesTheirRecords()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QLatin1String(kData)));
        EraseReport r;
        QString error;
        QVERIFY(eraseCustomer(t.sql(), QStringLiteral("C1"), true, &r, &error));
        QCOMPARE(r.responses, 1);
        QCOMPARE(r.interactions, 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM answers")).toInt(), 1);
        // The daily sums follow.
        QCOMPARE(t.scalar(QStringLiteral("SELECT sum(n) FROM daily_answers")).toInt(), 1);
        QVERIFY(!eraseCustomer(t.sql(), QStringLiteral("C1"), true, &r, &error));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
