// The import dialog: a file's columns mapped to fields and its rows checked
// before anything is written.

#include "core/io/importer.h"
#include "tests/common/windowfixture.h"
#include "ui/import/importdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTranslator>
#include <QtTest>

namespace {
QString writeFile(const QString& dir, const char* name, const QByteArray& bytes)
{
    const QString path = dir + QLatin1Char('/') + QLatin1String(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}
} // namespace

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
            f.write("Time,Customer_External_ID,channel,kind,customer_rating\n"
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
        // The window speaks of its mapping, by the field's label, not of --map.
        QVERIFY2(summary->text().contains(
                     QLatin1String("choose a column for 'When' in the mapping above")),
                 qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QLatin1String("--map")));

        dialog.setColumn(QStringLiteral("occurred_at"), QStringLiteral("Time"));
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
                            {QStringLiteral("occurred_at"), QStringLiteral("Time")}}));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(),
                 before); // checks write nothing

        QTest::mouseClick(importValid, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.options().skipInvalid);
    }

    // A spreadsheet headed with CX Desk's own labels in German (or French,
    // Spanish), whatever case and accents: its columns find their fields, and
    // the mapping names the fields by the window's labels.
    void headersMatchTheLabelsInEveryLanguage()
    {
        cxtest::TestDb t;
        const QString path = writeFile(t.dir(), "kunden.csv",
                                       "Kundennr.;NAME;e-mail;Erster Kontakt;Kunde seit;"
                                       "Schlagw\xC3\xB6rter;Telefono\n"
                                       "K1;Anna;anna@example.com;2026-11-03;;Stamm;0301234\n");
        QVERIFY(!path.isEmpty());
        QStringList header;
        QList<QStringList> rows;
        QString error;
        QVERIFY(previewFile(path, 8, &header, &rows, &error));
        {
            ImportDialog dialog(t.sql(), path, header, rows);
            dialog.show();
            QTRY_COMPARE(dialog.checksDone(), 1);
            QCOMPARE(dialog.options().kind, RecordKind::Customers);
            QCOMPARE(dialog.column(QStringLiteral("external_id")), QStringLiteral("Kundennr."));
            QCOMPARE(dialog.column(QStringLiteral("name")), QStringLiteral("NAME"));
            QCOMPARE(dialog.column(QStringLiteral("email")), QStringLiteral("e-mail"));
            QCOMPARE(dialog.column(QStringLiteral("first_contact_on")),
                     QStringLiteral("Erster Kontakt"));
            QCOMPARE(dialog.column(QStringLiteral("converted_on")), QStringLiteral("Kunde seit"));
            QCOMPARE(dialog.column(QStringLiteral("tags")), QStringLiteral(u"Schlagwörter"));
            // Spanish "Teléfono" without its accent.
            QCOMPARE(dialog.column(QStringLiteral("phone")), QStringLiteral("Telefono"));
            QCOMPARE(dialog.lastCheck().problemCount, 0);
            QCOMPARE(dialog.lastCheck().added, 1);
            auto* mapping = dialog.findChildren<QTableWidget*>().last();
            QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("Customer no. (needed)"));
        }

        // French headers; the window in German shows German labels.
        const QString fr =
            writeFile(t.dir(), "clients.csv",
                      "n\xC2\xB0 CLIENT,Nom,T\xC3\xA9l\xC3\xA9phone,premier contact\n"
                      "F1,Zo\xC3\xAB,01 23,2026-01-02\n");
        QVERIFY(previewFile(fr, 8, &header, &rows, &error));
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/cxdesk_de.qm")));
        QCoreApplication::installTranslator(&german);
        ImportDialog dialog(t.sql(), fr, header, rows);
        dialog.show();
        QTRY_COMPARE(dialog.checksDone(), 1);
        QCoreApplication::removeTranslator(&german);
        QCOMPARE(dialog.column(QStringLiteral("external_id")), QStringLiteral(u"n° CLIENT"));
        QCOMPARE(dialog.column(QStringLiteral("name")), QStringLiteral("Nom"));
        QCOMPARE(dialog.column(QStringLiteral("phone")), QStringLiteral(u"Téléphone"));
        QCOMPARE(dialog.column(QStringLiteral("first_contact_on")),
                 QStringLiteral("premier contact"));
        auto* mapping = dialog.findChildren<QTableWidget*>().last();
        QVERIFY2(mapping->item(0, 0)->text().startsWith(QLatin1String("Kundennr.")),
                 qPrintable(mapping->item(0, 0)->text()));
        QCOMPARE(dialog.lastCheck().added, 1);
    }

    // The preview numbers its rows by their line in the file, as the messages
    // do, and marks a bad row with its problems.
    void previewNumbersAndMarksBadRows()
    {
        cxtest::TestDb t;
        const QString path = writeFile(t.dir(), "rows.csv",
                                       "external_id,name,email,notes\n"
                                       "C1,Ann,ann@example.com,\"two\nlines\"\n"
                                       "C2,Ben,not-an-email,\n"
                                       "C3,Cat,,\n");
        QStringList header;
        QList<QStringList> rows;
        QList<qint64> lines;
        QString error;
        QVERIFY(previewFile(path, 8, &header, &rows, &error, &lines));
        ImportDialog dialog(t.sql(), path, header, rows, nullptr, lines);
        QAbstractItemModelTester tester(dialog.previewModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QTRY_COMPARE(dialog.checksDone(), 1);
        QAbstractItemModel* m = dialog.previewModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->headerData(0, Qt::Vertical).toString(), QStringLiteral("2"));
        QCOMPARE(m->headerData(1, Qt::Vertical).toString(), QStringLiteral("4"));
        QCOMPARE(m->headerData(2, Qt::Vertical).toString(), QStringLiteral("5"));
        QCOMPARE(dialog.lastCheck().problemLines, QList<qint64>{4});
        QVERIFY(dialog.lastCheck().problems.first().startsWith(path + QStringLiteral(":4:")));
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex bad = m->index(1, c);
            QVERIFY(bad.data(Qt::BackgroundRole).value<QBrush>().style() != Qt::NoBrush);
            QCOMPARE(bad.data(Qt::ToolTipRole).toString(),
                     QStringLiteral("column 'email': 'not-an-email' is not an email address"));
            const QModelIndex good = m->index(0, c);
            QCOMPARE(good.data(Qt::BackgroundRole).value<QBrush>().style(), Qt::NoBrush);
            QVERIFY(good.data(Qt::ToolTipRole).toString().isEmpty());
        }
        // Fixed, the mark goes.
        dialog.setColumn(QStringLiteral("email"), QString());
        QTRY_COMPARE(dialog.checksDone(), 2);
        QVERIFY2(dialog.lastCheck().problems.isEmpty(),
                 qPrintable(dialog.lastCheck().problems.join(QLatin1Char('\n'))));
        QCOMPARE(m->index(1, 0).data(Qt::BackgroundRole).value<QBrush>().style(), Qt::NoBrush);
    }

    // Dates no row tells day or month first in: the window asks once, with an
    // example read both ways, and reads the file so; "Dates" changes it later.
    void ambiguousDatesAskOnce()
    {
        cxtest::TestDb t;
        const QString path = writeFile(t.dir(), "dates.csv",
                                       "external_id,name,first_contact_on\n"
                                       "C1,Ann,03/11/2026\nC2,Ben,04/05/2026 10:00\n");
        QStringList header;
        QList<QStringList> rows;
        QString error;
        QVERIFY(previewFile(path, 8, &header, &rows, &error));
        ImportDialog dialog(t.sql(), path, header, rows);
        int asked = 0;
        ImportReport::DateQuestion seen;
        dialog.setAskDateOrder([&](const ImportReport::DateQuestion& q) {
            ++asked;
            seen = q;
            return DateOrder::DayFirst;
        });
        dialog.show();
        QTRY_COMPARE(dialog.checksDone(), 2);
        QCOMPARE(asked, 1);
        QCOMPARE(seen.line, 2);
        QCOMPARE(seen.value, QStringLiteral("03/11/2026"));
        QCOMPARE(seen.dayFirst, QDate(2026, 11, 3));
        QCOMPARE(seen.monthFirst, QDate(2026, 3, 11));
        QCOMPARE(dialog.lastCheck().dateOrder, DateOrder::DayFirst);
        QCOMPARE(dialog.lastCheck().problemCount, 0);
        QCOMPARE(dialog.options().dateOrder, DateOrder::DayFirst);
        // Other changes check again without asking again.
        dialog.setColumn(QStringLiteral("first_contact_on"), QString());
        QTRY_COMPARE(dialog.checksDone(), 3);
        dialog.setColumn(QStringLiteral("first_contact_on"), QStringLiteral("first_contact_on"));
        QTRY_COMPARE(dialog.checksDone(), 4);
        QCOMPARE(asked, 1);
        dialog.setDateOrder(DateOrder::MonthFirst);
        QTRY_COMPARE(dialog.checksDone(), 5);
        QCOMPARE(dialog.lastCheck().dateOrder, DateOrder::MonthFirst);

        // Not answered: the window says where to choose, never --date-format.
        ImportDialog unanswered(t.sql(), path, header, rows);
        unanswered.setAskDateOrder([&](const ImportReport::DateQuestion&) {
            ++asked;
            return DateOrder::Unknown;
        });
        unanswered.show();
        QTRY_COMPARE(unanswered.checksDone(), 1);
        QCOMPARE(asked, 2);
        auto* summary = unanswered.findChildren<QLabel*>().last();
        QVERIFY2(summary->text().contains(
                     QLatin1String("choose how the dates are written under 'Dates' above")),
                 qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QLatin1String("--")));
        QVERIFY(!summary->text().contains(t.dir()));
        bool datesShown = false;
        for (QComboBox* combo : unanswered.findChildren<QComboBox*>())
            datesShown |= combo->isVisible() && combo->findData(int(DateOrder::DayFirst)) >= 0;
        QVERIFY(datesShown);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
