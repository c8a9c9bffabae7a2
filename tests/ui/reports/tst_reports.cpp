// Reports on pages: tables that run over several pages repeat their header
// and lose no row, every page has its footer, long text wraps instead of
// running off the page, and the Reports page builds each kind of report.

#include "core/demo/demo.h"
#include "core/storage/settings.h"
#include "tests/common/testdb.h"
#include "ui/reports/reportspage.h"
#include "ui/reports/reportwriter.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace cx;

namespace {
// The text of one page of a PDF (pdftotext from poppler-utils).
QString pageText(const QString& pdf, int page)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
             QString::number(page), QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}
} // namespace

namespace {
// The sample business at a size whose reports run to several pages.
bool fillSample(cxtest::TestDb& t, QString* error)
{
    DemoOptions o;
    o.customers = 300;
    o.interactions = 2500;
    o.responses = 600;
    o.end = QDate::currentDate();
    return DemoGenerator(t.sql()).generate(o, nullptr, error);
}
} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        cxtest::isolateSettings();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }

    void tablesBreakAcrossPages()
    {
        cxtest::TestDb t;
        Report r;
        r.kind = QStringLiteral("summary");
        r.business = QStringLiteral("Repair Corner");
        r.title = QStringLiteral("A long table");
        r.subtitle = QStringLiteral("for the test");
        r.printedOn = QDate(2026, 7, 1);
        r.heading(QStringLiteral("Rows"));
        ReportTable table;
        table.header = {QStringLiteral("Alphaheader"), QStringLiteral("Betaheader")};
        table.numeric = {false, true};
        for (int i = 1; i <= 150; ++i)
            table.rows << QStringList{QStringLiteral("row%1").arg(i, 3, 10, QLatin1Char('0')),
                                      QString::number(i * 7)};
        // A cell far wider than the page wraps inside its column.
        const QString longText = QStringLiteral("word ").repeated(120).trimmed();
        table.rows << QStringList{longText, QStringLiteral("1")};
        r.table(table);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("table.pdf"));
        int pages = 0;
        QString error;
        QVERIFY2(writeReportPdf(r, t.db(), file, QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                &pages, &error),
                 qPrintable(error));
        // A report names customers: readable by its owner only.
        QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
        QVERIFY(pages >= 3);
        QStringList seen;
        int words = 0;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(file, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)),
                     qPrintable(text.right(200)));
            QVERIFY(text.contains(QStringLiteral("Repair Corner"))); // the header on every page
            QVERIFY2(text.contains(QStringLiteral("Alphaheader")),
                     qPrintable(QString::number(page))); // and the table's
            for (const QString& line : text.split(QLatin1Char('\n'))) {
                const QString first = line.trimmed().section(QLatin1Char(' '), 0, 0);
                if (first.startsWith(QLatin1String("row")))
                    seen << first;
                words += int(line.count(QStringLiteral("word")));
            }
        }
        // Every row once, in order, none cut off at a page break.
        QCOMPARE(seen.size(), 150);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i], QStringLiteral("row%1").arg(i + 1, 3, 10, QLatin1Char('0')));
        QCOMPARE(words, 120);
    }

    void reportsPageBuildsEachKind()
    {
        cxtest::TestDb t;
        QString error;
        QVERIFY(fillSample(t, &error));
        ReportsPage page(t.db());
        page.resize(1100, 800);
        page.show();
        MetricsFilter f;
        f.from = QDate::currentDate().addDays(-89);
        f.to = QDate::currentDate();
        page.setFilter(f);
        QCOMPARE(page.report().kind, QStringLiteral("summary"));
        QCOMPARE(page.report().business, QStringLiteral("Crumb & Co."));
        QTRY_VERIFY(page.pageCount() >= 2);

        page.setKind(ReportsPage::Kind::Journey);
        QCOMPARE(page.report().kind, QStringLiteral("journey"));
        QCOMPARE(defaultOrientation(page.report()), QPageLayout::Landscape);

        page.setKind(ReportsPage::Kind::Survey);
        QCOMPARE(page.report().kind, QStringLiteral("survey"));

        page.setKind(ReportsPage::Kind::Customer);
        QVERIFY(page.report().title.isEmpty()); // nobody chosen yet
        QSqlQuery q(t.sql());
        q.exec(QStringLiteral("SELECT external_id, name FROM customers ORDER BY id LIMIT 1"));
        QVERIFY(q.next());
        page.setSubject(q.value(0));
        QCOMPARE(page.report().title, q.value(1).toString());
        page.setSubject(QStringLiteral("nobody by this name"));
        QVERIFY(page.report().title.isEmpty());
        QVERIFY(!page.exportPdf(QDir::temp().filePath(QStringLiteral("never.pdf")), &error));

        page.setKind(ReportsPage::Kind::Summary);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY2(page.exportPdf(file, &error), qPrintable(error));
        QVERIFY(pageText(file, 1).contains(QStringLiteral("Customer experience report")));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral(".part")));
    }

    // The report is read on a thread of its own: the page says so at once,
    // fills itself without being asked, and the newest choice wins.
    void theReportIsReadWithoutHoldingTheWindow()
    {
        cxtest::TestDb t;
        QString error;
        QVERIFY(fillSample(t, &error));
        ReportsPage page(t.db());
        page.resize(1100, 800);
        page.show();
        auto* status = page.findChild<QLabel*>(QStringLiteral("reportStatus"));
        QVERIFY(status);
        MetricsFilter f;
        f.from = QDate::currentDate().addDays(-89);
        f.to = QDate::currentDate();
        page.setFilter(f);
        QCOMPARE(status->text(), QStringLiteral("Preparing the report…"));
        QTRY_VERIFY2_WITH_TIMEOUT(
            status->text().startsWith(QStringLiteral("Customer experience report — ")),
            qPrintable(status->text()), 20000);
        // Two choices in a row: the second one's report is the one shown.
        page.setFilter(f);
        page.setKind(ReportsPage::Kind::Journey);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().startsWith(QLatin1String("Preparing")), 20000);
        QTest::qWait(200); // the first build's end, if it came later, changes nothing
        QCOMPARE(page.report().kind, QStringLiteral("journey"));
        QVERIFY2(!status->text().startsWith(QLatin1String("Customer experience")),
                 qPrintable(status->text()));
        QVERIFY(page.pageCount() >= 1);
        // Nothing of the report's reading is left open on the window's connection.
        QCOMPARE(cxtest::openStatements(t.sql()), QStringList());
    }

    void theLogoOnEveryPage()
    {
        cxtest::TestDb t;
        QImage logo(200, 80, QImage::Format_RGB32);
        logo.fill(QColor(0x1f, 0x6f, 0x78));
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(logo.save(&buffer, "PNG"));
        QString error;
        QVERIFY(setBusinessLogo(t.sql(), png, &error));
        QVERIFY(setBusinessName(t.sql(), QStringLiteral("Repair Corner"), &error));
        Report r;
        QVERIFY2(customerReport(t.sql(), 0, QDate(2026, 7, 1), &r, &error) == false,
                 "no customer 0");
        QVERIFY(t.exec(QStringLiteral("INSERT INTO customers (id, uuid, name, first_contact_on) "
                                      "VALUES (1, 'c1', 'Ana', '2026-01-01')")));
        QVERIFY(customerReport(t.sql(), 1, QDate(2026, 7, 1), &r, &error));
        QCOMPARE(r.logo, png);
        QCOMPARE(r.business, QStringLiteral("Repair Corner"));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("logo.pdf"));
        int pages = 0;
        QVERIFY(writeReportPdf(r, t.db(), file, QPageSize(QPageSize::A4), QPageLayout::Portrait,
                               &pages, &error));
        QProcess images;
        images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file});
        QVERIFY(images.waitForFinished(60000));
        const QStringList rows = QString::fromUtf8(images.readAllStandardOutput())
                                     .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size() - 2, pages); // a header of two lines, then one image per page
    }

    void pageSizeFollowsTheLocale()
    {
        QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedStates)).id(),
                 QPageSize::Letter);
        QCOMPARE(defaultPageSize(QLocale(QLocale::French, QLocale::Canada)).id(),
                 QPageSize::Letter);
        QCOMPARE(defaultPageSize(QLocale(QLocale::German, QLocale::Germany)).id(), QPageSize::A4);
        QCOMPARE(defaultPageSize(QLocale(QLocale::Spanish, QLocale::Spain)).id(), QPageSize::A4);
        QCOMPARE(defaultPageSize(QLocale(QLocale::English, QLocale::UnitedKingdom)).id(),
                 QPageSize::A4);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
