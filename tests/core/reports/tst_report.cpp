// Report content against golden files: the text form of every report on a
// fixed sample business (same seed, same end date, English formats). After an
// intended change, CXDESK_UPDATE_GOLDEN=1 rewrites the files; review the diff.

#include "core/demo/demo.h"
#include "core/reports/report.h"
#include "tests/common/testdb.h"

#include <QFile>
#include <QLocale>
#include <QSqlQuery>
#include <QtTest>

using namespace cx;

namespace {
const QDate kToday(2026, 7, 1);

QString goldenPath(const QString& name)
{
    return qEnvironmentVariable("CXDESK_TEST_DATA") + QStringLiteral("/reports/") + name +
           QStringLiteral(".txt");
}

// The text equals the golden file, line by line (the first difference is named).
bool matchesGolden(const QString& name, const QString& text)
{
    const QString path = goldenPath(name);
    if (qEnvironmentVariableIsSet("CXDESK_UPDATE_GOLDEN")) {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(text.toUtf8());
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning() << "missing golden file" << path;
        return false;
    }
    const QStringList want = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    const QStringList got = text.split(QLatin1Char('\n'));
    for (int i = 0; i < std::max(want.size(), got.size()); ++i)
        if (want.value(i) != got.value(i)) {
            qWarning().noquote() << name << "line" << i + 1 << "\n  golden:" << want.value(i)
                                 << "\n  now:   " << got.value(i);
            return false;
        }
    return true;
}
} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private:
    cxtest::TestDb m_db;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        DemoOptions o;
        o.seed = 7;
        o.customers = 400;
        o.interactions = 4000;
        o.responses = 900;
        o.end = QDate(2026, 6, 30);
        QString error;
        QVERIFY2(DemoGenerator(m_db.sql()).generate(o, nullptr, &error), qPrintable(error));
    }

    void summary()
    {
        MetricsFilter f;
        f.from = QDate(2026, 6, 1);
        f.to = QDate(2026, 6, 30);
        Report r;
        QString error;
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        QCOMPARE(r.business, QStringLiteral("Crumb & Co."));
        QCOMPARE(r.subtitle, QStringLiteral("Monday, June 1, 2026 to Tuesday, June 30, 2026"));
        // The headline NPS is the metrics engine's, rounded as printed.
        MetricValues v;
        QVERIFY(MetricsEngine(m_db.sql()).compute(f, &v, &error));
        QCOMPARE(r.blocks[2].figures[0].value, QLocale().toString(*v.nps, 'f', 0));
        QVERIFY(matchesGolden(QStringLiteral("summary"), reportText(r)));
    }

    void fewAnswersAreNotNews()
    {
        MetricsFilter f;
        f.from = QDate(2026, 6, 29);
        f.to = QDate(2026, 6, 30);
        Report r;
        QString error;
        QVERIFY2(summaryReport(m_db.sql(), f, kToday, &r, &error), qPrintable(error));
        MetricValues v;
        QVERIFY(MetricsEngine(m_db.sql()).compute(f, &v, &error));
        QVERIFY(v.nps && v.npsN < kFewAnswers);
        const ReportFigure& nps = r.blocks[2].figures[0];
        QCOMPARE(nps.tone, 0);
        QVERIFY2(nps.change.contains(QStringLiteral("too few")), qPrintable(nps.change));
        QVERIFY(nps.change.contains(QString::number(v.npsN)));
    }

    void survey()
    {
        const qint64 id =
            m_db.scalar(
                    QStringLiteral("SELECT survey_id FROM questions WHERE kind = 'nps' LIMIT 1"))
                .toLongLong();
        Report r;
        QString error;
        QVERIFY2(
            surveyReport(m_db.sql(), id, QDate(2026, 4, 1), QDate(2026, 6, 30), kToday, &r, &error),
            qPrintable(error));
        QVERIFY(matchesGolden(QStringLiteral("survey"), reportText(r)));
    }

    void journey()
    {
        Report r;
        QString error;
        QVERIFY2(
            journeyReport(m_db.sql(), 1, QDate(2026, 4, 1), QDate(2026, 6, 30), kToday, &r, &error),
            qPrintable(error));
        QVERIFY(matchesGolden(QStringLiteral("journey"), reportText(r)));
        QVERIFY(!journeyReport(m_db.sql(), 999, QDate(), QDate(), kToday, &r, &error));
    }

    void customer()
    {
        const qint64 id =
            m_db.scalar(QStringLiteral(
                            "SELECT customer_id FROM responses WHERE customer_id IS NOT NULL "
                            "GROUP BY customer_id ORDER BY count(*) DESC, customer_id LIMIT 1"))
                .toLongLong();
        Report r;
        QString error;
        QVERIFY2(customerReport(m_db.sql(), id, kToday, &r, &error), qPrintable(error));
        QVERIFY(matchesGolden(QStringLiteral("customer"), reportText(r)));
        QVERIFY(!customerReport(m_db.sql(), 0, kToday, &r, &error));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
