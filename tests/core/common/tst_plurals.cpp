// English counts read as English: "1 response", "2 responses", never
// "1 response(s)", and a language's own forms come before the source's.

#include "core/common/plurals.h"

#include <QCoreApplication>
#include <QtTest>

class TestPlurals : public QObject
{
    Q_OBJECT

private slots:
    void englishFormsFromTheSource()
    {
        // The test program installs the forms at start, as cxdesk does.
        QCOMPARE(QCoreApplication::translate("cx::Text", "%n response(s)", nullptr, 1),
                 QStringLiteral("1 response"));
        QCOMPARE(QCoreApplication::translate("cx::Text", "%n response(s)", nullptr, 2),
                 QStringLiteral("2 responses"));
        QCOMPARE(QCoreApplication::translate("cx::Text", "%n response(s)", nullptr, 0),
                 QStringLiteral("0 responses"));
        QCOMPARE(
            QCoreApplication::translate("cx::Text", "Rows left out: %n; see %1 (s)", nullptr, 1),
            QStringLiteral("Rows left out: 1; see %1 "));
        // Grouped as the language writes numbers.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("cx::Text", "%Ln customer(s)", nullptr, 12345),
                 QStringLiteral("12,345 customers"));
        // Texts without a count, or without "(s)", are left as they are.
        QCOMPARE(QCoreApplication::translate("cx::Text", "Follow-up (s) label"),
                 QStringLiteral("Follow-up (s) label"));
        QCOMPARE(QCoreApplication::translate("cx::Text", "%n days", nullptr, 1),
                 QStringLiteral("1 days"));
        QCOMPARE(cx::sourcePluralForm(QStringLiteral("%1 message(s) to %2 customer(s)"), 1),
                 QStringLiteral("%1 message to %2 customer"));
        // Installing again adds nothing.
        cx::installSourcePlurals();
        QCOMPARE(QCoreApplication::instance()->findChildren<cx::SourcePlurals*>().size(), 1);
    }

    // A translation installed later answers first; the source's forms only
    // fill what it lacks.
    void aLanguageComesFirst()
    {
        class German : public QTranslator
        {
        public:
            QString translate(const char*, const char* source, const char*, int n) const override
            {
                if (qstrcmp(source, "%n response(s)") == 0)
                    return n == 1 ? QStringLiteral("%n Antwort") : QStringLiteral("%n Antworten");
                return {};
            }
            bool isEmpty() const override { return false; }
        } german;
        QCoreApplication::installTranslator(&german);
        QCOMPARE(QCoreApplication::translate("cx::Text", "%n response(s)", nullptr, 1),
                 QStringLiteral("1 Antwort"));
        QCOMPARE(QCoreApplication::translate("cx::Text", "%n customer(s)", nullptr, 1),
                 QStringLiteral("1 customer"));
        QCoreApplication::removeTranslator(&german);
    }
};

QTEST_GUILESS_MAIN(TestPlurals)
#include "tst_plurals.moc"
