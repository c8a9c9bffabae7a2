// Figures read the same everywhere: for people in their language, plainly
// for files and scripts.

#include "core/common/format.h"

#include <QtTest>

using namespace cx;

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void forPeople()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(format::number(3.456, 2), QStringLiteral("3,46"));
        QCOMPARE(format::number(71.25, 1, QStringLiteral(" %")), QStringLiteral("71,3 %"));
        QCOMPARE(format::number(std::nullopt, 1), format::dash());
        QCOMPARE(format::dash(), QStringLiteral("–"));
        QCOMPARE(format::signedNumber(12.0, 0), QStringLiteral("+12"));
        QCOMPARE(format::signedNumber(-0.75, 1), QStringLiteral("-0,8"));
        // What shows as zero carries no sign.
        QCOMPARE(format::signedNumber(0.04, 1), QStringLiteral("0,0"));
        QCOMPARE(format::signedNumber(-0.4, 0), QStringLiteral("0"));
        // An NPS is whole and signed, in the window and in reports alike.
        QCOMPARE(format::nps(27.4), QStringLiteral("+27"));
        QCOMPARE(format::nps(0.0), QStringLiteral("0"));
        QCOMPARE(format::nps(-14.2), QStringLiteral("-14"));
        QCOMPARE(format::nps(std::nullopt), format::dash());
        QCOMPARE(format::count(12480), QStringLiteral("12.480"));
        QCOMPARE(format::longDate(QDate(2026, 3, 15)),
                 QLocale().toString(QDate(2026, 3, 15), QLocale::LongFormat));
        QVERIFY(format::longDate(QDate(2026, 3, 15)).contains(QStringLiteral("März")));
        QLocale::setDefault(QLocale::c());
    }

    void forFilesAndScripts()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(format::plain(1234.5, 1), QStringLiteral("1234.5"));
        QCOMPARE(format::plainSigned(3.5, 1), QStringLiteral("+3.5"));
        QCOMPARE(format::plainSigned(-0.4, 1), QStringLiteral("-0.4"));
        QCOMPARE(format::plainSigned(0.04, 1), QStringLiteral("0.0"));
        QCOMPARE(format::plainCount(12480), QStringLiteral("12480"));
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
