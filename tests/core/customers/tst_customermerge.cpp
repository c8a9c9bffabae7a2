// Merging two customers: every linked record moves to the one kept, the
// fields chosen land on it, the other is deleted, the database stays sound
// (check, daily sums), and undo puts back exactly what was there.

#include "core/customers/customerduplicates.h"
#include "core/customers/customermerge.h"
#include "core/customers/customerrepository.h"
#include "core/metrics/dailysums.h"
#include "core/storage/database.h"
#include "core/storage/maintenance.h"
#include "core/surveys/surveyentry.h"
#include "tests/common/surveyfixture.h"
#include "tests/common/windowfixture.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace cx;

namespace {
// The rows of a query, each its columns joined by '|' (null as '-', bytes
// as hex), joined by sep: the same text from either engine.
QString joined(cxtest::TestDb& t, const QString& query, const QString& sep = QStringLiteral(","))
{
    QSqlQuery q(t.sql());
    if (!q.exec(query)) {
        qWarning() << "query failed:" << query << q.lastError().text();
        return {};
    }
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            cells << (v.isNull() ? QStringLiteral("-")
                      : v.typeId() == QMetaType::QByteArray
                          ? QString::fromLatin1(v.toByteArray().toHex())
                          : v.toString());
        }
        rows << cells.join(QLatin1Char('|'));
    }
    return rows.join(sep);
}

// Everything a merge touches, as text: both customer rows (but their
// versions), and which customer every linked row belongs to.
QString snapshot(cxtest::TestDb& t, qint64 a, qint64 b)
{
    const QString ids = QStringLiteral("(%1, %2)").arg(a).arg(b);
    QStringList parts;
    parts << joined(t,
                    QStringLiteral("SELECT id, uuid, external_id, name, email, phone, segment, "
                                   "first_contact_on, converted_on, churned_on, notes, search_key, "
                                   "sort_key FROM customers WHERE id IN %1 ORDER BY id")
                        .arg(ids),
                    QStringLiteral("\n"));
    for (const char* table : {"interactions", "responses", "actions", "contacts"})
        parts << joined(t, QStringLiteral("SELECT id, customer_id FROM %1 WHERE customer_id IN "
                                          "%2 ORDER BY id")
                               .arg(QLatin1String(table), ids));
    parts << joined(t, QStringLiteral("SELECT customer_id, tag FROM customer_tags WHERE "
                                      "customer_id IN %1 ORDER BY customer_id, tag")
                           .arg(ids));
    parts << joined(t, QStringLiteral("SELECT customer_id, field_id, value FROM "
                                      "customer_field_values WHERE customer_id IN %1 ORDER BY "
                                      "customer_id, field_id")
                           .arg(ids));
    return parts.join(QLatin1String("\n"));
}

int linkedTo(cxtest::TestDb& t, qint64 id)
{
    return t
        .scalar(QStringLiteral("SELECT (SELECT count(*) FROM interactions WHERE customer_id = "
                               "%1) + (SELECT count(*) FROM responses WHERE customer_id = %1) "
                               "+ (SELECT count(*) FROM actions WHERE customer_id = %1) + "
                               "(SELECT count(*) FROM contacts WHERE customer_id = %1)")
                    .arg(id))
        .toInt();
}

// The database is sound: SQLite's checks, CX Desk's invariants, and the
// daily sums equal to what the rows add up to.
void verifySound(cxtest::TestDb& t)
{
    const QStringList problems = checkDatabase(t.sql());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QString error;
    const QStringList drift = dailySumDrift(t.sql(), 5, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(drift.isEmpty(), qPrintable(drift.join(QLatin1Char('\n'))));
}

bool merge(cxtest::TestDb& t, const MergePlan& plan, MergeRecord* out, QString* error)
{
    Transaction tx(t.sql());
    return mergeCustomers(t.sql(), plan, out, error) && tx.commit(error);
}

bool unmerge(cxtest::TestDb& t, const MergeRecord& r, MergePlan* again, QString* error)
{
    Transaction tx(t.sql());
    return undoMerge(t.sql(), r, again, error) && tx.commit(error);
}
} // namespace

class TestCustomerMerge : public QObject
{
    Q_OBJECT

private slots:
    void mergeMovesEverythingAndUndoRestoresIt()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 60, 800));
        // The two customers with the most interactions, each with responses and follow-ups.
        const qint64 a =
            t.scalar(QStringLiteral("SELECT customer_id FROM interactions GROUP BY customer_id "
                                    "ORDER BY count(*) DESC, customer_id LIMIT 1"))
                .toLongLong();
        const qint64 b =
            t.scalar(QStringLiteral("SELECT customer_id FROM interactions WHERE customer_id <> "
                                    "%1 GROUP BY customer_id ORDER BY count(*) DESC, "
                                    "customer_id LIMIT 1")
                         .arg(a))
                .toLongLong();
        QVERIFY(a > 0 && b > 0);
        // Make sure each kind of linked record is there on both sides.
        QVERIFY(t.exec(
            QStringLiteral(
                "UPDATE responses SET customer_id = %1 WHERE id IN (SELECT id FROM responses "
                "ORDER BY id LIMIT 3);\n"
                "UPDATE responses SET customer_id = %2 WHERE id IN (SELECT id FROM responses "
                "ORDER BY id LIMIT 2 OFFSET 3);\n"
                "INSERT INTO actions (customer_id, title, status, created_at) VALUES "
                "(%1, 'Call back', 'open', '2026-03-01T10:00:00Z'), "
                "(%2, 'Send voucher', 'open', '2026-03-02T10:00:00Z');\n"
                "INSERT INTO contacts (customer_id, contacted_at, how) VALUES "
                "(%2, '2026-03-03T10:00:00Z', 'email');\n"
                "DELETE FROM customer_tags;\n" // and its tags
                "INSERT INTO customer_tags (customer_id, tag) VALUES (%1, 'VIP'), (%2, 'vip'), "
                "(%2, 'Allergic to nuts');\n"
                "DELETE FROM customer_fields;\n" // the sample business's own fields
                "INSERT INTO customer_fields (id, name, kind) VALUES (1, 'Birthday', 'date'), "
                "(2, 'Dog', 'text'), (3, 'Allergies', 'text');\n"
                "INSERT INTO customer_field_values (customer_id, field_id, value) VALUES "
                "(%1, 1, '1980-04-01'), (%2, 1, '1990-01-01'), (%2, 2, 'Rex'), (%1, 3, ''), "
                "(%2, 3, 'nuts')")
                .arg(a)
                .arg(b)));
        CustomerRepository customers(t.sql());
        const Customer ca = *customers.byId(a);
        const Customer cb = *customers.byId(b);
        const int linkedA = linkedTo(t, a);
        const int linkedB = linkedTo(t, b);
        QVERIFY(linkedB > 4);
        const QString before = snapshot(t, a, b);
        const qint64 interactionsTotal =
            t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toLongLong();

        MergePlan plan{ca, cb, ca};
        plan.result.email = cb.email; // a field taken from the other one
        plan.result.notes = QStringLiteral("Merged by hand");
        MergeRecord record;
        QString error;
        QVERIFY2(merge(t, plan, &record, &error), qPrintable(error));
        QVERIFY(!customers.byId(b));
        QCOMPARE(linkedTo(t, a), linkedA + linkedB);
        QCOMPARE(linkedTo(t, b), 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toLongLong(),
                 interactionsTotal);
        const Customer merged = *customers.byId(a);
        QCOMPARE(merged.name, ca.name);
        QCOMPARE(merged.email, cb.email);
        QCOMPARE(merged.notes, QStringLiteral("Merged by hand"));
        QCOMPARE(merged.rowVersion, ca.rowVersion + 1);
        // Found by the other one's email now: the search key was written.
        QCOMPARE(customers.withEmail(cb.email, 5).size(), 1);
        // Tags: the union, once each whatever the case; fields: the kept
        // customer's value wins unless it has none.
        QCOMPARE(joined(t,
                        QStringLiteral(
                            "SELECT tag FROM customer_tags WHERE customer_id = %1 ORDER BY tag")
                            .arg(a),
                        QStringLiteral(";")),
                 QStringLiteral("Allergic to nuts;VIP"));
        QCOMPARE(joined(t,
                        QStringLiteral("SELECT field_id || '=' || value FROM customer_field_values "
                                       "WHERE customer_id = %1 ORDER BY field_id")
                            .arg(a),
                        QStringLiteral(";")),
                 QStringLiteral("1=1980-04-01;2=Rex;3=nuts"));
        QCOMPARE(record.interactions.size() + record.responses.size() + record.actions.size() +
                     record.contacts.size(),
                 qsizetype(linkedB));
        verifySound(t);
        const QString after = snapshot(t, a, b);

        MergePlan again;
        QVERIFY2(unmerge(t, record, &again, &error), qPrintable(error));
        QCOMPARE(snapshot(t, a, b).split(QLatin1Char('\n')), before.split(QLatin1Char('\n')));
        QCOMPARE(customers.byId(b)->uuid, cb.uuid);
        verifySound(t);

        MergeRecord second;
        QVERIFY2(merge(t, again, &second, &error), qPrintable(error));
        QCOMPARE(snapshot(t, a, b), after);
        verifySound(t);
        QVERIFY2(unmerge(t, second, &again, &error), qPrintable(error));
        QCOMPARE(snapshot(t, a, b), before);
        verifySound(t);
    }

    void mergeRefusesAStalePlan()
    {
        cxtest::TestDb t;
        CustomerRepository customers(t.sql());
        Customer a;
        a.name = QStringLiteral("Ann Baker");
        Customer b;
        b.name = QStringLiteral("Ann Becker");
        QString error;
        QVERIFY(customers.insert(a, &error) && customers.insert(b, &error));
        // Someone renames the second one after the plan was made.
        QVERIFY(t.exec(
            QStringLiteral("UPDATE customers SET name = 'Anne Becker' WHERE id = %1").arg(b.id)));
        MergeRecord record;
        QVERIFY(!merge(t, MergePlan{a, b, a}, &record, &error));
        QVERIFY2(error.contains(QLatin1String("Ann Becker")), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 2);
        QVERIFY(!merge(t, MergePlan{a, a, a}, &record, &error));
    }

    void kioskCustomerMergesIntoTheRealOne()
    {
        cxtest::TestDb t;
        const Survey survey = cxtest::counterSurvey(t);
        QVERIFY(survey.id > 0);
        // At the counter someone leaves only an email: the kiosk makes a customer of it.
        Submission how;
        how.source = ResponseSource::Kiosk;
        how.contact = QStringLiteral("zoe.fenwick@example.com");
        how.at = QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC);
        AnswerMap answers;
        answers.insert(QStringLiteral("nps"), 9);
        answers.insert(QStringLiteral("back"), 1);
        Submitted first;
        QString error;
        QVERIFY2(submitResponse(t.sql(), survey, answers, how, &first, &error), qPrintable(error));
        QVERIFY(first.newCustomer);
        Submitted second;
        how.at = how.at.addDays(3);
        QVERIFY2(submitResponse(t.sql(), survey, answers, how, &second, &error), qPrintable(error));
        QCOMPARE(second.customerId, first.customerId);
        // The owner entered her by hand before, with another spelling of the email.
        CustomerRepository customers(t.sql());
        Customer real;
        real.name = QStringLiteral("Zoë Fenwick");
        real.externalId = QStringLiteral("C-1042");
        real.phone = QStringLiteral("07700 123456");
        real.email = QStringLiteral("Zoe.Fenwick@Example.com ");
        real.segment = QStringLiteral("Regulars");
        real.firstContactOn = QDate(2026, 2, 10);
        QVERIFY2(customers.insert(real, &error), qPrintable(error));
        const Customer kiosk = *customers.byId(first.customerId);
        QCOMPARE(kiosk.name, kiosk.email);
        // The duplicate shows up by email, whatever its case and spaces.
        const QVector<CustomerDuplicate> dups = findDuplicates(t.sql(), real, &error);
        QCOMPARE(dups.size(), 1);
        QCOMPARE(dups.first().field, CustomerDuplicate::Email);
        QCOMPARE(dups.first().customer.id, kiosk.id);

        // The kiosk's record is older, so it is the one kept, but it takes
        // the real name, number, phone and segment.
        const MergePlan plan = proposeMerge(real, kiosk);
        QCOMPARE(plan.kept.id, kiosk.id);
        QCOMPARE(plan.result.name, QStringLiteral("Zoë Fenwick"));
        QCOMPARE(plan.result.externalId, QStringLiteral("C-1042"));
        QCOMPARE(plan.result.phone, QStringLiteral("07700 123456"));
        QCOMPARE(plan.result.segment, QStringLiteral("Regulars"));
        QCOMPARE(plan.result.firstContactOn, QDate(2026, 2, 1));
        MergeRecord record;
        QVERIFY2(merge(t, plan, &record, &error), qPrintable(error));
        const Customer merged = *customers.byId(kiosk.id);
        QCOMPARE(merged.name, QStringLiteral("Zoë Fenwick"));
        QCOMPARE(merged.externalId, QStringLiteral("C-1042"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE customer_id = %1")
                              .arg(kiosk.id))
                     .toInt(),
                 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 1);
        QCOMPARE(customers.findOne(QStringLiteral("zoe fenwick")), kiosk.id);
        verifySound(t);
        // The next kiosk response with that email finds her.
        QCOMPARE(customerByContact(t.sql(), QStringLiteral("zoe.fenwick@example.com")), kiosk.id);

        // Kept the other way round, the responses move to the real record.
        MergePlan again;
        QVERIFY2(unmerge(t, record, &again, &error), qPrintable(error));
        const Customer realBack = *customers.byId(real.id);
        const Customer kioskBack = *customers.byId(kiosk.id);
        MergePlan other{realBack, kioskBack, realBack};
        QVERIFY2(merge(t, other, &record, &error), qPrintable(error));
        QCOMPARE(customers.byId(real.id)->name, QStringLiteral("Zoë Fenwick"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE customer_id = %1")
                              .arg(real.id))
                     .toInt(),
                 2);
        verifySound(t);
    }

    void duplicatesByNumberEmailAndPhone()
    {
        cxtest::TestDb t;
        CustomerRepository customers(t.sql());
        Customer zoe;
        zoe.name = QStringLiteral("Zoë Fenwick");
        zoe.externalId = QStringLiteral("C-1042");
        zoe.email = QStringLiteral("zoe@example.com");
        zoe.phone = QStringLiteral("+44 (0)7700-123 456");
        QString error;
        QVERIFY2(customers.insert(zoe, &error), qPrintable(error));
        Customer typed;
        typed.name = QStringLiteral("Z. Fenwick");
        typed.externalId = QStringLiteral("C-1042");
        typed.email = QStringLiteral(" ZOE@example.com");
        typed.phone = QStringLiteral("+44 (0)7700 123456"); // the same but for spacing
        QVector<CustomerDuplicate> d = findDuplicates(t.sql(), typed, &error);
        QCOMPARE(d.size(), 3);
        QCOMPARE(d[0].field, CustomerDuplicate::Number);
        QCOMPARE(d[1].field, CustomerDuplicate::Email);
        QCOMPARE(d[2].field, CustomerDuplicate::Phone);
        for (const CustomerDuplicate& one : d)
            QCOMPARE(one.customer.id, zoe.id);
        // Written with other separators: the same digits still find her.
        typed = Customer();
        typed.phone = QStringLiteral("+44 0 7700/123/456");
        d = findDuplicates(t.sql(), typed, &error);
        QCOMPARE(d.size(), 1);
        QCOMPARE(d[0].field, CustomerDuplicate::Phone);
        // Her own record is no duplicate of itself.
        QVERIFY(findDuplicates(t.sql(), zoe, &error).isEmpty());
        typed.phone = QStringLiteral("07700 999999");
        QVERIFY(findDuplicates(t.sql(), typed, &error).isEmpty());
        QVERIFY(error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCustomerMerge)
#include "tst_customermerge.moc"
