// Taking responses as the kiosk and the paper entry do: display logic,
// required answers, form numbers, contact lookup, follow-ups and the PIN.

#include "core/surveys/kioskpin.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"

#include <QtTest>

using namespace cx;

namespace {
Survey makeSurvey(cxtest::TestDb& t)
{
    Survey s;
    s.title = QStringLiteral("Visit");
    s.status = SurveyStatus::Active;
    Question nps = makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                QStringLiteral("Recommend us?"), true);
    Question why = makeQuestion(QStringLiteral("why"), QuestionKind::Text,
                                QStringLiteral("What disappointed you most?"), true);
    why.showIf = QStringLiteral(R"({"code":"nps","op":"<=","value":6})");
    Question liked = makeQuestion(QStringLiteral("liked"), QuestionKind::Multi,
                                  QStringLiteral("What did you like?"));
    liked.options = QStringList{QStringLiteral("Coffee"), QStringLiteral("Cakes")};
    s.questions = {nps, why, liked};
    QString error;
    if (!SurveyRepository(t.sql()).insert(s, &error))
        qFatal("the survey could not be stored: %s", qPrintable(error));
    return s;
}
} // namespace

class TestSurveyEntry : public QObject
{
    Q_OBJECT

private slots:
    void displayLogicDecidesWhatIsRequired()
    {
        cxtest::TestDb t;
        const Survey s = makeSurvey(t);
        QCOMPARE(shownQuestions(s, {{QStringLiteral("nps"), 9}}).size(), 2);
        QCOMPARE(shownQuestions(s, {{QStringLiteral("nps"), 4}}).size(), 3);
        QCOMPARE(checkAnswers(s, {}), QStringLiteral("question 1 'nps' needs an answer"));
        QVERIFY(checkAnswers(s, {{QStringLiteral("nps"), 9}})
                    .isEmpty()); // "why" is not asked of a promoter
        QCOMPARE(checkAnswers(s, {{QStringLiteral("nps"), 4}}),
                 QStringLiteral("question 2 'why' needs an answer"));
        QCOMPARE(checkAnswers(s, {{QStringLiteral("nps"), 4},
                                  {QStringLiteral("why"), QStringLiteral("   ")}}),
                 QStringLiteral("question 2 'why' needs an answer"));
        QCOMPARE(checkAnswers(s, {{QStringLiteral("nps"), 11}}),
                 QStringLiteral("question 1 'nps': 11 is not a whole number from 0 to 10"));
    }

    void aDetractorOpensAFollowUpInTheSameTransaction()
    {
        cxtest::TestDb t;
        const Survey s = makeSurvey(t);
        Submission how;
        how.source = ResponseSource::Kiosk;
        Submitted out;
        QString error;
        QVERIFY2(submitResponse(t.sql(), s,
                                {{QStringLiteral("nps"), 3},
                                 {QStringLiteral("why"), QStringLiteral("Slow")},
                                 {QStringLiteral("liked"), QStringLiteral("Coffee;Cakes")}},
                                how, &out, &error),
                 qPrintable(error));
        QVERIFY(out.responseId > 0);
        QVERIFY(out.actionId > 0);
        QCOMPARE(out.customerId, qint64(0)); // anonymous
        QCOMPARE(
            t.scalar(
                 QStringLiteral("SELECT source FROM responses WHERE id = %1").arg(out.responseId))
                .toString(),
            QStringLiteral("kiosk"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM answers WHERE response_id = %1")
                              .arg(out.responseId))
                     .toInt(),
                 3);
        QCOMPARE(
            t.scalar(
                 QStringLiteral("SELECT response_id FROM actions WHERE id = %1").arg(out.actionId))
                .toLongLong(),
            out.responseId);
        // A promoter: the hidden question is not stored even if something was typed before the
        // score changed.
        QVERIFY(submitResponse(
            t.sql(), s,
            {{QStringLiteral("nps"), 10}, {QStringLiteral("why"), QStringLiteral("typed")}}, how,
            &out, &error));
        QCOMPARE(out.actionId, qint64(0));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM answers WHERE response_id = %1")
                              .arg(out.responseId))
                     .toInt(),
                 1);
        // Refused answers write nothing at all.
        const int before = t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt();
        QVERIFY(!submitResponse(t.sql(), s, {{QStringLiteral("nps"), 2}}, how, &out, &error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), before);
    }

    void aFormNumberIsEnteredOnce()
    {
        cxtest::TestDb t;
        const Survey s = makeSurvey(t);
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(1));
        Submission how;
        how.source = ResponseSource::Paper;
        how.formNumber = 17;
        Submitted out;
        QString error;
        QVERIFY(submitResponse(t.sql(), s, {{QStringLiteral("nps"), 9}}, how, &out, &error));
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(18));
        QVERIFY(!formNumberUsed(t.sql(), s.id, 17).isEmpty());
        QVERIFY(!submitResponse(
            t.sql(), s, {{QStringLiteral("nps"), 2}, {QStringLiteral("why"), QStringLiteral("x")}},
            how, &out, &error));
        QVERIFY2(error.startsWith(QStringLiteral("form 17 of this survey was already entered")),
                 qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), 0);
    }

    void contactLinksOrCreatesTheCustomer()
    {
        cxtest::TestDb t;
        const Survey s = makeSurvey(t);
        QVERIFY(t.exec(QStringLiteral(
            "INSERT INTO customers (id, uuid, name, email, phone, first_contact_on) VALUES "
            "(7, 'c7', 'Ana Ruiz', 'Ana@Example.com', '+34 (600) 12-34.56', '2026-01-01')")));
        QCOMPARE(customerByContact(t.sql(), QStringLiteral(" ana@example.COM ")), qint64(7));
        QCOMPARE(customerByContact(t.sql(), QStringLiteral("+34600123456")), qint64(7));
        QCOMPARE(customerByContact(t.sql(), QStringLiteral("+34 600 12 34 57")), qint64(0));
        Submission how;
        how.source = ResponseSource::Kiosk;
        how.contact = QStringLiteral("ana@example.com");
        Submitted out;
        QString error;
        QVERIFY(submitResponse(
            t.sql(), s,
            {{QStringLiteral("nps"), 5}, {QStringLiteral("why"), QStringLiteral("Cold")}}, how,
            &out, &error));
        QCOMPARE(out.customerId, qint64(7));
        QVERIFY(!out.newCustomer);
        QVERIFY(
            t.scalar(QStringLiteral("SELECT title FROM actions WHERE id = %1").arg(out.actionId))
                .toString()
                .contains(QStringLiteral("Ana Ruiz")));
        how.contact = QStringLiteral("new@example.com");
        QVERIFY(submitResponse(t.sql(), s, {{QStringLiteral("nps"), 9}}, how, &out, &error));
        QVERIFY(out.newCustomer);
        QCOMPARE(
            t.scalar(
                 QStringLiteral("SELECT email FROM customers WHERE id = %1").arg(out.customerId))
                .toString(),
            QStringLiteral("new@example.com"));
    }

    void kioskPin()
    {
        cxtest::TestDb t;
        QVERIFY(!hasKioskPin(t.sql()));
        QVERIFY(!checkKioskPin(t.sql(), QString()));
        QString error;
        QVERIFY(!setKioskPin(t.sql(), QStringLiteral("12a4"), &error));
        QVERIFY(!setKioskPin(t.sql(), QStringLiteral("123"), &error));
        QVERIFY(setKioskPin(t.sql(), QStringLiteral("2468"), &error));
        QVERIFY(hasKioskPin(t.sql()));
        QVERIFY(checkKioskPin(t.sql(), QStringLiteral("2468")));
        QVERIFY(!checkKioskPin(t.sql(), QStringLiteral("2469")));
        // Only a salted hash is kept: a random salt, "$", and 64 hexadecimal digits.
        // (Not "does not contain 2468": a hash holds those four digits now and then.)
        const QStringList stored =
            t.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'kiosk_pin'"))
                .toString()
                .split(QLatin1Char('$'));
        QCOMPARE(stored.size(), 2);
        QVERIFY(!stored.contains(QStringLiteral("2468")));
        QCOMPARE(stored.at(1).size(), 64);
        QVERIFY(
            QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(stored.at(1)).hasMatch());
        QVERIFY(!stored.at(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSurveyEntry)
#include "tst_surveyentry.moc"
