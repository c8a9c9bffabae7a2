// The import dialog: a file's columns mapped to fields and its rows checked
// before anything is written.

#include "core/io/importer.h"
#include "tests/common/windowfixture.h"
#include "ui/import/importdialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QtTest>

using namespace cx;

class TestImportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    // File → Import…: the kind is guessed from the header, matched columns are
    // kept, an unmatched needed field is the first problem, a remapping checks
    // again and lists the bad row, and nothing is written until Import.
    void importDialogMapsAndChecks()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t, 50, 200));
        const QString path = t.dir() + QStringLiteral("/till.csv");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("When,Customer_External_ID,channel,kind,customer_rating\n"
                    "2026-03-01T10:00:00+01:00,C000001,Store,purchase,4\n"
                    "2026-03-01T11:00:00+01:00,C000002,Store,purchase,9\n");
        }
        QStringList header;
        QList<QStringList> firstRows;
        QString error;
        QVERIFY(previewFile(path, 8, &header, &firstRows, &error));
        const int before = t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt();
        ImportDialog dialog(t.sql(), path, header, firstRows);
        dialog.show();
        QTRY_COMPARE(dialog.checksDone(), 1);
        QCOMPARE(dialog.options().kind, RecordKind::Interactions);
        QPushButton *importAll = nullptr, *importValid = nullptr;
        for (QPushButton* b : dialog.findChildren<QPushButton*>()) {
            if (b->text() == QLatin1String("Import"))
                importAll = b;
            else if (b->text() == QLatin1String("Import the valid rows"))
                importValid = b;
        }
        QVERIFY(importAll && importValid);
        QVERIFY(!importAll->isEnabled());
        QVERIFY(!importValid->isEnabled());
        auto* summary = dialog.findChildren<QLabel*>().last();
        QVERIFY2(summary->text().contains(QLatin1String("'occurred_at' is missing")),
                 qPrintable(summary->text()));

        dialog.setColumn(QStringLiteral("occurred_at"), QStringLiteral("When"));
        QTRY_COMPARE(dialog.checksDone(), 2);
        QCOMPARE(dialog.lastCheck().rows, 2);
        QCOMPARE(dialog.lastCheck().rejected, 1);
        auto* problems = dialog.findChild<QPlainTextEdit*>();
        QVERIFY2(problems->toPlainText().contains(
                     QLatin1String("till.csv:3: column 'customer_rating': '9' is not a rating")),
                 qPrintable(problems->toPlainText()));
        QVERIFY(!problems->toPlainText().contains(t.dir())); // the file name, not its folder
        QVERIFY(!importAll->isEnabled());
        QVERIFY(importValid->isEnabled());
        const ImportOptions o = dialog.options();
        QCOMPARE(o.map, (QHash<QString, QString>{
                            {QStringLiteral("occurred_at"), QStringLiteral("When")}}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(),
                 before); // checks write nothing

        QTest::mouseClick(importValid, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.options().skipInvalid);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
