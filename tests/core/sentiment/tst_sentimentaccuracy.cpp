// How often comment sentiment is right, on the evaluation sets of
// tests/data/sentiment/eval/: the -tune sets are what the lexicons and rules
// were developed on, the -test sets are held out and only report a figure.
// English review sentences must be right at least 75 % of the time (a
// neutral verdict counts as wrong), short German, French and Spanish
// comments at least 85 % (positive / neutral / negative).
//
// CXDESK_SENTIMENT_ERRORS=1 lists the mistakes on the -tune sets (never on
// the held-out ones).

#include "core/sentiment/sentiment.h"

#include <QFile>
#include <QtTest>

using namespace cx;

namespace {

struct Figures
{
    int total = 0;
    int right = 0;
    int byLabel[3] = {0, 0, 0}; // negative, neutral, positive
    int rightBy[3] = {0, 0, 0};
    double percent() const { return total ? 100.0 * right / total : 0; }
};

Figures measure(const QString& language, const QString& set, bool listErrors)
{
    Figures f;
    QFile file(QString::fromLocal8Bit(qgetenv("CXDESK_TEST_DATA")) +
               QStringLiteral("/sentiment/eval/%1-%2.tsv").arg(language, set));
    if (!file.open(QIODevice::ReadOnly))
        return f;
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const int tab = int(line.indexOf(QLatin1Char('\t')));
        if (tab <= 0)
            continue;
        const QString label = line.left(tab);
        const QString text = line.mid(tab + 1);
        const SentimentScore s = scoreSentiment(text, language);
        const int expected = label == QLatin1String("negative")  ? 0
                             : label == QLatin1String("neutral") ? 1
                                                                 : 2;
        ++f.total;
        ++f.byLabel[expected];
        if (sentimentName(s.sentiment) == label) {
            ++f.right;
            ++f.rightBy[expected];
        } else if (listErrors) {
            qInfo().noquote() << QStringLiteral("  %1 as %2 (%3): %4")
                                     .arg(label, sentimentName(s.sentiment))
                                     .arg(s.sum, 0, 'f', 2)
                                     .arg(text);
        }
    }
    return f;
}

void report(const QString& language, const QString& set, const Figures& f)
{
    auto part = [&](int i, const char* name) {
        return f.byLabel[i] ? QStringLiteral(" %1 %2/%3")
                                  .arg(QLatin1String(name))
                                  .arg(f.rightBy[i])
                                  .arg(f.byLabel[i])
                            : QString();
    };
    qInfo().noquote() << QStringLiteral("%1 %2: %3 % right (%4 of %5;%6%7%8)")
                             .arg(language, set)
                             .arg(f.percent(), 0, 'f', 1)
                             .arg(f.right)
                             .arg(f.total)
                             .arg(part(2, "positive"), part(1, "neutral"), part(0, "negative"));
}

const char* const kLanguages[] = {"en", "de", "fr", "es"};

double target(const QString& language)
{
    return language == QLatin1String("en") ? 75.0 : 85.0;
}

} // namespace

class TestSentimentAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void heldOut_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("set");
        QTest::addColumn<int>("size");
        for (const char* l : kLanguages)
            QTest::newRow(l) << QString::fromLatin1(l) << QStringLiteral("test") << 150;
        // A second Spanish held-out set, written later and never tuned on either.
        QTest::newRow("es second set") << QStringLiteral("es") << QStringLiteral("test2") << 135;
    }
    void heldOut()
    {
        QFETCH(QString, language);
        QFETCH(QString, set);
        QFETCH(int, size);
        const Figures f = measure(language, set, false);
        QCOMPARE(f.total, size);
        report(language, set, f);
        QVERIFY2(f.percent() >= target(language),
                 qPrintable(QStringLiteral("%1 %2: %3 % right, below %4 %")
                                .arg(language, set)
                                .arg(f.percent(), 0, 'f', 1)
                                .arg(target(language))));
    }

    void tuning_data()
    {
        QTest::addColumn<QString>("language");
        for (const char* l : kLanguages)
            QTest::newRow(l) << QString::fromLatin1(l);
    }
    void tuning()
    {
        QFETCH(QString, language);
        const Figures f = measure(language, QStringLiteral("tune"),
                                  qEnvironmentVariableIsSet("CXDESK_SENTIMENT_ERRORS"));
        QVERIFY(f.total >= 300);
        report(language, QStringLiteral("tune"), f);
        QVERIFY(f.percent() >= target(language));
    }
};

QTEST_GUILESS_MAIN(TestSentimentAccuracy)
#include "tst_sentimentaccuracy.moc"
