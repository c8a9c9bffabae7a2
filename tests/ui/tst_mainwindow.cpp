// The window shows the numbers the metrics engine computes.

#include "demo.h"
#include "mainwindow.h"
#include "metrics.h"
#include "testdb.h"

#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace cx;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseSaysSo()
    {
        cxtest::TestDb t;
        MainWindow w(t.db());
        w.show();
        const auto labels = w.findChildren<QLabel*>();
        bool saysEmpty = false;
        for (QLabel* l : labels)
            saysEmpty |= l->isVisible() && l->text().contains(QLatin1String("This database is empty"));
        QVERIFY(saysEmpty);
        auto* table = w.findChild<QTableWidget*>();
        QVERIFY(table);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("–"));

        // One click fills the database with the sample business and the offer goes away.
        QPushButton* sample = nullptr;
        for (QPushButton* b : w.findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Explore with sample data"))
                sample = b;
        QVERIFY(sample && sample->isVisible());
        QTest::mouseClick(sample, Qt::LeftButton);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers")).toInt(), 500);
        QVERIFY(!sample->isVisible());
        QVERIFY(table->item(0, 1)->text().contains(QStringLiteral("±")));
    }

    void showsEngineNumbers()
    {
        cxtest::TestDb t;
        DemoOptions o;
        o.end = QDate::currentDate();
        QString error;
        QVERIFY(DemoGenerator(t.sql()).generate(o, nullptr, &error));
        MainWindow w(t.db());
        w.show();
        MetricValues v;
        QVERIFY(MetricsEngine(t.sql()).compute({}, &v, &error));
        auto* table = w.findChild<QTableWidget*>();
        QVERIFY(table);
        const QLocale locale;
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("%1 ± %2").arg(locale.toString(*v.nps, 'f', 0),
                                                                           locale.toString(*v.npsMargin, 'f', 1)));
        QCOMPARE(table->item(1, 1)->text(), locale.toString(*v.csat, 'f', 1) + QStringLiteral(" %"));
        QCOMPARE(w.pageNames(), QStringList{QStringLiteral("overview")});
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
