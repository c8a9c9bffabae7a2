// The words CX Desk puts into records (kinds, outcomes, phases, template
// question codes), its database errors, the follow-ups it opens and the
// window's counts and navigation read in German with the German translation
// loaded, and stay codes in the file.

#include "core/common/vocabulary.h"
#include "core/storage/sqlutil.h"
#include "tests/common/testdb.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTranslator>
#include <QtTest>

class TestVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void englishIsTheCode()
    {
        QCOMPARE(cx::wordLabel(QStringLiteral("complaint")), QStringLiteral("complaint"));
        QCOMPARE(cx::wordLabel(QStringLiteral("birthday cake")), QStringLiteral("birthday cake"));
        QCOMPARE(cx::wordCode(QStringLiteral(" Complaint ")), QStringLiteral("complaint"));
        QCOMPARE(cx::wordCode(QStringLiteral("Birthday cake")), QStringLiteral("Birthday cake"));
        QCOMPARE(cx::answerCodesLabel(QStringLiteral("NPS 9 · RESOLVED 1 · \"Lovely · warm\"")),
                 QStringLiteral("NPS 9 · Resolved 1 · \"Lovely · warm\""));
        QVERIFY(cx::interactionKinds().contains(QStringLiteral("complaint")));
        QVERIFY(cx::lifecyclePhases().contains(QStringLiteral("fulfil")));
    }

    void germanWithTheGermanTranslation()
    {
        // The translation built into cxdesk (build/app/cxdesk_de.qm).
        const QString dir = qEnvironmentVariableIsSet("CXDESK_QM_DIR")
                                ? qEnvironmentVariable("CXDESK_QM_DIR")
                                : QStringLiteral(CXDESK_QM_DIR);
        QTranslator german;
        QVERIFY2(german.load(QStringLiteral("cxdesk_de"), dir), qPrintable(dir));
        QCoreApplication::installTranslator(&german);

        QCOMPARE(cx::wordLabel(QStringLiteral("complaint")), QStringLiteral("Beschwerde"));
        QCOMPARE(cx::wordLabel(QStringLiteral("refunded")), QStringLiteral("erstattet"));
        QCOMPARE(cx::wordLabel(QStringLiteral("fulfil")), QStringLiteral("Erfüllen"));
        QCOMPARE(cx::wordCode(QStringLiteral("beschwerde")), QStringLiteral("complaint"));
        QCOMPARE(cx::answerCodesLabel(QStringLiteral("NPS 3 · RESOLVED 0")),
                 QStringLiteral("NPS 3 · Gelöst 0"));
        // The window's counts and its navigation.
        QCOMPARE(QCoreApplication::translate("cx::MainWindow", "%Ln customer(s)", nullptr, 1),
                 QStringLiteral("1 Kunde"));
        QCOMPARE(QCoreApplication::translate("cx::MainWindow", "%Ln response(s)", nullptr, 2),
                 QStringLiteral("2 Antworten"));
        QCOMPARE(QCoreApplication::translate("cx::MainWindow", "Journeys", "navigation"),
                 QStringLiteral("Kundenreisen"));
        // A database error a person can meet.
        cxtest::TestDb t;
        QSqlQuery q(t.sql());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (uuid, external_id, name) VALUES "
                                      "('8b2f5a0e-0000-4000-8000-000000000001', 'C1', 'Ann')")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO customers (uuid, external_id, name) VALUES "
                                       "('8b2f5a0e-0000-4000-8000-000000000002', 'C1', 'Bob')")));
        const QString error = cx::sql::errorText(q);
        QVERIFY2(
            error.startsWith(QStringLiteral("ein anderer Datensatz hat bereits diesen Wert")) &&
                error.contains(QStringLiteral("customers.external_id")),
            qPrintable(error));
        QCoreApplication::removeTranslator(&german);
        QVERIFY(cx::sql::errorText(q).startsWith(QStringLiteral("another record already has")));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "tst_vocabulary.moc"
