// The interaction repository: the checks it makes on the way in, times kept
// with their offsets exactly, and the importer's insert that never duplicates
// or overwrites a stored interaction.

#include "core/interactions/interactionrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

class TestInteractionRepository : public QObject
{
    Q_OBJECT

private slots:
    void interactionValidation_data()
    {
        QTest::addColumn<QString>("occurred");
        QTest::addColumn<QString>("resolved");
        QTest::addColumn<int>("staff");
        QTest::addColumn<QString>("problem");
        QTest::newRow("valid") << "2026-03-01T14:05:00+01:00"
                               << "2026-03-01T15:00:00+01:00" << 4 << "";
        QTest::newRow("zulu") << "2026-03-01T14:05:00Z"
                              << "" << 0 << "";
        QTest::newRow("no offset") << "2026-03-01T14:05:00"
                                   << "" << 0 << "occurred_at";
        QTest::newRow("bad day") << "2026-02-30T10:00:00Z"
                                 << "" << 0 << "occurred_at";
        QTest::newRow("resolved before")
            << "2026-03-01T14:05:00+01:00"
            << "2026-03-01T13:00:00+01:00" << 0 << "before occurred_at";
        QTest::newRow("rating 6") << "2026-03-01T14:05:00+01:00"
                                  << "" << 6 << "outside 1-5";
    }
    void interactionValidation()
    {
        QFETCH(QString, occurred);
        QFETCH(QString, resolved);
        QFETCH(int, staff);
        QFETCH(QString, problem);
        cxtest::TestDb t;
        InteractionRepository repo(t.sql());
        Interaction i;
        i.occurredAt = occurred;
        i.resolvedAt = resolved;
        if (staff)
            i.staffRating = staff;
        QString error;
        const bool ok = repo.insert(i, &error);
        QCOMPARE(ok, problem.isEmpty());
        if (!ok)
            QVERIFY2(error.contains(problem), qPrintable(error));
        else
            QCOMPARE(repo.byId(i.id)->occurredAt, occurred); // offsets kept exactly
        QCOMPARE(repo.count(), ok ? 1 : 0);
    }

    // The importer's insert: a uuid already stored is reported, never duplicated or overwritten.
    void insertNewKeepsTheStoredInteraction()
    {
        cxtest::TestDb t;
        InteractionRepository repo(t.sql());
        Interaction i;
        i.uuid = QStringLiteral("0b6f4a3e-8d2c-4f1a-9e7b-5c3d2a1f0e9d");
        i.occurredAt = QStringLiteral("2026-03-01T14:05:00+01:00");
        i.notes = QStringLiteral("first");
        bool inserted = false;
        QString error;
        QVERIFY2(repo.insertNew(i, &inserted, &error), qPrintable(error));
        QVERIFY(inserted);
        QVERIFY(i.id > 0);
        Interaction again = i;
        again.id = 0;
        again.notes = QStringLiteral("second");
        QVERIFY2(repo.insertNew(again, &inserted, &error), qPrintable(error));
        QVERIFY(!inserted);
        QCOMPARE(again.id, qint64(0));
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.byId(i.id)->notes, QStringLiteral("first"));
        Interaction noUuid;
        noUuid.occurredAt = i.occurredAt;
        QVERIFY(!repo.insertNew(noUuid, &inserted, &error));
        QVERIFY2(error.contains(QLatin1String("uuid")), qPrintable(error));
        QCOMPARE(repo.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestInteractionRepository)
#include "tst_interactionrepository.moc"
