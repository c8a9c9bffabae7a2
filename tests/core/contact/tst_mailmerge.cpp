// One message to many: who is in each NPS group (promoters 9–10, passives
// 7–8, detractors 0–6, by their last answer in the period), who is left out
// for want of an email, and the CSV a mail merge reads.

#include "core/common/clock.h"
#include "core/contact/mailmerge.h"
#include "core/io/csv.h"
#include "core/storage/settings.h"
#include "tests/common/testdb.h"

#include <QBuffer>
#include <QtTest>

using namespace cx;

namespace {
// March 2026: Zoë 3 then 10 (a promoter by her last answer), Dev 9 (no email),
// Alan 8, Gail 7, Cara 6; Finn 10 in the second survey; Eve 10 in April; one
// anonymous 10.
const char* const kData = R"(
INSERT INTO journeys (id, name) VALUES (1, 'Visit');
INSERT INTO stages (id, journey_id, name) VALUES (1, 1, 'In the café');
INSERT INTO touchpoints (id, stage_id, channel_id, name) VALUES (1, 1, 3, 'Checkout'), (2, 1, 3, 'Table service');
INSERT INTO customers (id, uuid, name, email) VALUES
 (1, 'c1', 'Zoë Fenwick', 'zoe@example.com'), (2, 'c2', 'Alan Brook', 'alan@example.com'),
 (3, 'c3', 'Cara Dunn', 'cara@example.com'), (4, 'c4', 'Dev Patel', NULL),
 (5, 'c5', 'Eve Stone', 'eve@example.com'), (6, 'c6', 'Finn Hale', 'finn@example.com'),
 (7, 'c7', 'Gail Ross', 'gail@example.com'), (8, 'c8', 'Quiet One', 'quiet@example.com');
INSERT INTO surveys (id, uuid, title, touchpoint_id) VALUES (1, 's1', 'After your visit', 1), (2, 's2', 'Table', NULL);
INSERT INTO questions (id, survey_id, position, code, kind, text) VALUES
 (1, 1, 0, 'nps', 'nps', 'Recommend?'), (2, 1, 1, 'csat', 'csat', 'Happy?'), (3, 2, 0, 'nps', 'nps', 'Recommend?');
INSERT INTO responses (id, uuid, survey_id, customer_id, touchpoint_id, submitted_at) VALUES
 (1, 'r1', 1, 1, NULL, '2026-03-01T10:00:00+01:00'), (2, 'r2', 1, 1, NULL, '2026-03-02T10:00:00Z'),
 (3, 'r3', 1, 4, NULL, '2026-03-03T10:00:00Z'), (4, 'r4', 1, 2, NULL, '2026-03-04T10:00:00Z'),
 (5, 'r5', 1, 7, NULL, '2026-03-05T10:00:00Z'), (6, 'r6', 1, 3, NULL, '2026-03-31T23:30:00-05:00'),
 (7, 'r7', 2, 6, 2, '2026-03-07T10:00:00Z'), (8, 'r8', 1, 5, NULL, '2026-04-02T10:00:00Z'),
 (9, 'r9', 1, NULL, NULL, '2026-03-08T10:00:00Z'), (10, 'r10', 1, 8, NULL, '2026-03-09T10:00:00Z');
INSERT INTO answers (response_id, question_id, value_num) VALUES
 (1, 1, 3), (2, 1, 10), (3, 1, 9), (4, 1, 8), (5, 1, 7), (6, 1, 6), (7, 3, 10), (8, 1, 10), (9, 1, 10), (10, 2, 1)
)";

QStringList names(const MailMerge& m)
{
    QStringList out;
    for (const MailMergeRow& r : m.rows)
        out << r.name;
    return out;
}
} // namespace

class TestMailMerge : public QObject
{
    Q_OBJECT

private:
    MailMerge run(cxtest::TestDb& t, MergeGroup group, qint64 survey = 0, bool march = true)
    {
        MailMergeRequest r;
        r.kind = MessageKind::ThankYou;
        r.group = group;
        r.surveyId = survey;
        if (march) {
            r.from = QDate(2026, 3, 1);
            r.to = QDate(2026, 3, 31);
        }
        MailMerge m;
        QString error;
        if (!mailMerge(t.sql(), r, &m, &error))
            qWarning("%s", qPrintable(error));
        return m;
    }

private slots:
    void groups()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        const clock::Pinned today(QDateTime(QDate(2026, 4, 30), QTime(12, 0), Qt::UTC));
        MailMerge m = run(t, MergeGroup::Promoters);
        QCOMPARE(names(m),
                 QStringList({QStringLiteral("Finn Hale"), QStringLiteral("Zoë Fenwick")}));
        QCOMPARE(m.withoutEmail, 1); // Dev, a promoter with no email
        QCOMPARE(names(run(t, MergeGroup::Passives)),
                 QStringList({QStringLiteral("Alan Brook"), QStringLiteral("Gail Ross")}));
        // Cara's 6 is on 31 March where it was given, though later in UTC; Zoë's
        // earlier 3 does not count, her last answer does.
        m = run(t, MergeGroup::Detractors);
        QCOMPARE(names(m), QStringList({QStringLiteral("Cara Dunn")}));
        QCOMPARE(m.withoutEmail, 0);
        m = run(t, MergeGroup::Everyone);
        QCOMPARE(m.rows.size(), 5);
        QCOMPARE(m.withoutEmail, 1);
        // One survey only.
        QCOMPARE(names(run(t, MergeGroup::Promoters, 1)),
                 QStringList({QStringLiteral("Zoë Fenwick")}));
        // Without a period: from the first answer to today, Eve's April 10 too.
        QCOMPARE(run(t, MergeGroup::Promoters, 0, false).rows.size(), 3);
    }

    void messagesAreFilledPerCustomer()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        QString error;
        QVERIFY(setBusinessName(t.sql(), QStringLiteral("Corner Café"), &error));
        const MailMerge m = run(t, MergeGroup::Promoters);
        QCOMPARE(m.rows[1].email, QStringLiteral("zoe@example.com"));
        QCOMPARE(m.rows[1].subject, QStringLiteral("Thank you, Zoë!"));
        // Zoë's touchpoint is her survey's; Finn's response names its own.
        QVERIFY(m.rows[1].message.contains(QStringLiteral("We are glad Checkout went well")));
        QVERIFY(m.rows[0].message.contains(QStringLiteral("We are glad Table service went well")));
        QVERIFY(m.rows[0].message.startsWith(QStringLiteral("Hello Finn,")));
        QVERIFY(m.rows[0].message.endsWith(QStringLiteral("Corner Café")));
    }

    void chosenCustomers()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        MailMergeRequest r;
        r.kind = MessageKind::Invitation;
        r.group = MergeGroup::Chosen;
        r.customerIds = {8, 4, 2, 404};
        MailMerge m;
        QString error;
        QVERIFY(mailMerge(t.sql(), r, &m, &error));
        QCOMPARE(names(m),
                 QStringList({QStringLiteral("Alan Brook"), QStringLiteral("Quiet One")}));
        QCOMPARE(m.withoutEmail, 1);
    }

    void csv()
    {
        cxtest::TestDb t;
        QVERIFY(t.exec(QString::fromUtf8(kData)));
        const MailMerge m = run(t, MergeGroup::Detractors);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("merge.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY(writeMailMerge(m, &f, &error));
        f.close();
        CsvReader reader;
        QVERIFY(reader.open(path, &error));
        QStringList fields;
        qint64 line = 0;
        QVERIFY(reader.next(&fields, &line));
        QCOMPARE(fields, QStringList({QStringLiteral("name"), QStringLiteral("email"),
                                      QStringLiteral("message"), QStringLiteral("subject")}));
        QVERIFY(reader.next(&fields, &line));
        QCOMPARE(fields.value(0), QStringLiteral("Cara Dunn"));
        QCOMPARE(fields.value(1), QStringLiteral("cara@example.com"));
        QCOMPARE(fields.value(2), m.rows[0].message);
        QVERIFY(fields.value(2).contains(QLatin1Char('\n')));
        QCOMPARE(fields.value(3), QStringLiteral("Thank you, Cara!"));
        QVERIFY(!reader.next(&fields, &line));
    }

    void groupNames()
    {
        QCOMPARE(mergeGroupFromName(QStringLiteral("all")), std::optional(MergeGroup::Everyone));
        QCOMPARE(mergeGroupFromName(QStringLiteral("promoters")),
                 std::optional(MergeGroup::Promoters));
        QVERIFY(!mergeGroupFromName(QStringLiteral("fans")));
        QCOMPARE(defaultMergeGroup(MessageKind::Apology), MergeGroup::Detractors);
        QCOMPARE(defaultMergeGroup(MessageKind::ThankYou), MergeGroup::Promoters);
        QCOMPARE(defaultMergeGroup(MessageKind::Invitation), MergeGroup::Everyone);
    }
};

QTEST_GUILESS_MAIN(TestMailMerge)
#include "tst_mailmerge.moc"
