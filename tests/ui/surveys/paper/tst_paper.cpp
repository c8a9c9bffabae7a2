// Paper forms: entered by keyboard from the filled-in cards, refused with the
// reason when a card cannot be right, and printed numbered, one card a page,
// inside printable margins, with the printed numbers kept so no batch repeats
// numbers still in customers' hands.

#include "core/common/clock.h"
#include "core/surveys/printedforms.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/surveyfixture.h"
#include "ui/surveys/paper/paperentry.h"
#include "ui/surveys/paper/paperform.h"
#include "ui/surveys/paper/paperprintdialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPdfWriter>
#include <QProcess>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Whether only the owner may read and write the file (what "ls -l" shows as
// -rw-------); Qt reports the owner's bits twice, as user and owner.
bool ownerOnly(const QString& file)
{
    const QFileDevice::Permissions p = QFileInfo(file).permissions();
    return (p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                 QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)) ==
               QFileDevice::Permissions() &&
           (p & kOwnerOnly) == kOwnerOnly;
}

} // namespace

using namespace cx;

class TestPaper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void paperEntryByKeyboard()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        PaperEntryDialog dialog(t.db(), s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.formNumber()->value(), 1);
        // Form number, Enter; NPS 3, Enter; the detractor's "why" is now open.
        QVERIFY(!dialog.field(QStringLiteral("why"))->isEnabled());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("41"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), dialog.field(QStringLiteral("nps")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("3"));
        QVERIFY(dialog.field(QStringLiteral("why"))->isEnabled());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Cold coffee"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1 2"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("n"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.saved(), 1);
        QCOMPARE(t.scalar(QStringLiteral("SELECT form_number || ' ' || source FROM responses"))
                     .toString(),
                 QStringLiteral("41 paper"));
        QCOMPARE(
            t
                .scalar(QStringLiteral(
                    "SELECT value_text FROM answers a JOIN questions q ON q.id = a.question_id "
                    "WHERE q.code = 'liked'"))
                .toString(),
            QStringLiteral("Coffee;Cakes"));
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT value_num FROM answers a JOIN questions q ON q.id = a.question_id "
                         "WHERE q.code = 'back'"))
                .toInt(),
            0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(),
                 1); // the detractor's follow-up
        // A blank form with the next number, focus back on the number.
        QCOMPARE(dialog.formNumber()->value(), 42);
        QVERIFY(dialog.field(QStringLiteral("nps"))->text().isEmpty());
        QVERIFY(dialog.formNumber()->hasFocus() ||
                dialog.formNumber()->isAncestorOf(QApplication::focusWidget()));

        // The same card twice: refused with its number, nothing written.
        dialog.formNumber()->setValue(41);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("9"));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        QVERIFY(!dialog.save());
        QVERIFY2(
            dialog.message().contains(QStringLiteral("form 41 of this survey was already entered")),
            qPrintable(dialog.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 1);
        // A box that is not on the card.
        dialog.formNumber()->setValue(43);
        dialog.field(QStringLiteral("liked"))->setText(QStringLiteral("4"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(QStringLiteral("there is no box 4")),
                 qPrintable(dialog.message()));
        // A missing required answer names the question.
        dialog.field(QStringLiteral("liked"))->clear();
        dialog.field(QStringLiteral("back"))->clear();
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(QStringLiteral("question 4 'back' needs an answer")),
                 qPrintable(dialog.message()));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        QVERIFY(dialog.save());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE source = 'paper'"))
                     .toInt(),
                 2);
    }

    void paperFormsPrintNumbered()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        QCOMPARE(paperCondition(s, s.questions[1]),
                 QStringLiteral("Answer only if your answer to question 1 is 6 or less."));
        QVERIFY(paperCondition(s, s.questions[0]).isEmpty());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("forms.pdf"));
        {
            QPdfWriter pdf(file);
            pdf.setPageSize(QPageSize(QPageSize::A5));
            pdf.setResolution(300);
            QVERIFY(printPaperForms(&pdf, s, QStringLiteral("Crumb & Co."), 7, 3));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") +
                     bytes.count("/Type /Page "),
                 3);
    }

    void theDateAndContactOfACard()
    {
        cxtest::TestDb t;
        const clock::Pinned at(
            QDateTime::fromString(QStringLiteral("2026-11-20T16:30:00+01:00"), Qt::ISODate));
        const Survey s = cxtest::counterSurvey(t);
        PaperEntryDialog dialog(t.db(), s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Today, and never a day after it.
        QCOMPARE(dialog.filledIn()->date(), QDate(2026, 11, 20));
        dialog.filledIn()->setDate(QDate(2026, 11, 25));
        QCOMPARE(dialog.filledIn()->date(), QDate(2026, 11, 20));
        // A pile from last Saturday: the date is given once, for the first card.
        dialog.filledIn()->setDate(QDate(2026, 11, 14));
        dialog.field(QStringLiteral("nps"))->setText(QStringLiteral("3"));
        dialog.field(QStringLiteral("why"))->setText(QStringLiteral("Cold coffee"));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("n"));
        // A contact that is neither: refused, and nothing typed is lost.
        dialog.contact()->setText(QStringLiteral("next week"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(
                     QStringLiteral("'next week' is neither an email address nor a phone number")),
                 qPrintable(dialog.message()));
        QCOMPARE(dialog.field(QStringLiteral("why"))->text(), QStringLiteral("Cold coffee"));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses")).toInt(), 0);
        // The detractor wrote an email: a customer it can reach, and the
        // follow-up is theirs, as from the kiosk.
        dialog.contact()->setText(QStringLiteral("zoe.fenwick@example.org"));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT substr(submitted_at, 1, 10) FROM responses"))
                     .toString(),
                 QStringLiteral("2026-11-14"));
        const qint64 customer = t.scalar(QStringLiteral("SELECT id FROM customers WHERE email = "
                                                        "'zoe.fenwick@example.org'"))
                                    .toLongLong();
        QVERIFY(customer > 0);
        QCOMPARE(t.scalar(QStringLiteral("SELECT customer_id FROM responses")).toLongLong(),
                 customer);
        QCOMPARE(t.scalar(QStringLiteral("SELECT customer_id FROM actions")).toLongLong(),
                 customer);
        QCOMPARE(t.scalar(QStringLiteral("SELECT first_contact_on FROM customers WHERE id = %1")
                              .arg(customer))
                     .toString(),
                 QStringLiteral("2026-11-14"));
        // The next card: the same day, a blank contact.
        QCOMPARE(dialog.filledIn()->date(), QDate(2026, 11, 14));
        QVERIFY(dialog.contact()->text().isEmpty());
        dialog.field(QStringLiteral("nps"))->setText(QStringLiteral("10"));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        dialog.contact()->setText(QStringLiteral("+44 7700 900123"));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM responses WHERE submitted_at LIKE "
                                         "'2026-11-14%'"))
                     .toInt(),
                 2);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM customers WHERE phone = "
                                         "'+44 7700 900123'"))
                     .toInt(),
                 1);
        // A card of today is saved with the time it is entered.
        dialog.filledIn()->setDate(QDate(2026, 11, 20));
        dialog.field(QStringLiteral("nps"))->setText(QStringLiteral("9"));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QCOMPARE(
            t.scalar(QStringLiteral("SELECT max(submitted_at) FROM responses")).toString().left(16),
            QStringLiteral("2026-11-20T16:30"));
    }

    void theCardNumberIsChecked()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        Survey other;
        other.title = QStringLiteral("Table card");
        other.status = SurveyStatus::Active;
        other.questions = {makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                        QStringLiteral("Would you recommend us?"), true)};
        QString error;
        QVERIFY2(SurveyRepository(t.sql()).insert(other, &error), qPrintable(error));
        {
            // Nothing printed yet: nothing to warn about.
            PaperEntryDialog dialog(t.db(), s);
            QCOMPARE(dialog.numberStatus(),
                     QStringLiteral("No printed forms are recorded for this survey."));
        }
        QVERIFY(recordPrintedForms(t.sql(), s.id, 1, 20, nullptr, &error));
        QVERIFY(recordPrintedForms(t.sql(), other.id, 21, 10, nullptr, &error));
        PaperEntryDialog dialog(t.db(), s);
        // The next number after the batch is not on any card yet.
        QCOMPARE(dialog.formNumber()->value(), 21);
        QVERIFY2(dialog.numberStatus().contains(QStringLiteral("Form 21 was not printed for this "
                                                               "survey, but for “Table card”")),
                 qPrintable(dialog.numberStatus()));
        dialog.formNumber()->setValue(7);
        QVERIFY2(dialog.numberStatus().startsWith(QStringLiteral("Printed on ")) &&
                     dialog.numberStatus().endsWith(QStringLiteral("(forms 1 to 20).")),
                 qPrintable(dialog.numberStatus()));
        dialog.formNumber()->setValue(57);
        QCOMPARE(dialog.numberStatus(),
                 QStringLiteral("Form 57 was never printed for this survey: check the number."));
        dialog.formNumber()->setValue(7);
        dialog.field(QStringLiteral("nps"))->setText(QStringLiteral("9"));
        dialog.field(QStringLiteral("back"))->setText(QStringLiteral("y"));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        dialog.formNumber()->setValue(7);
        QVERIFY2(dialog.numberStatus().startsWith(QStringLiteral("Form 7 was already entered on ")),
                 qPrintable(dialog.numberStatus()));
    }

    void longLabelsAreNotCut()
    {
        cxtest::TestDb t;
        Survey s = cxtest::counterSurvey(t);
        // German question texts run long.
        s.questions[0].text = QStringLiteral(
            "Wie wahrscheinlich ist es, dass Sie unser Geschäft einem Freund, einer Freundin oder "
            "einem Kollegen weiterempfehlen würden, wenn Sie an Ihren heutigen Besuch denken?");
        s.questions[2].text = QStringLiteral(
            "Was hat Ihnen bei Ihrem Besuch besonders gut gefallen (Mehrfachnennungen möglich)?");
        PaperEntryDialog dialog(t.db(), s);
        dialog.resize(760, 640);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::processEvents();
        QVERIFY(dialog.width() <= 1280 && dialog.height() <= 800);
        const auto labels = dialog.findChildren<QLabel*>();
        QVERIFY(labels.size() > 5);
        for (QLabel* label : labels) {
            if (!label->isVisible() || label->text().isEmpty())
                continue;
            // As wide as it needs or wrapped, and as tall as its wrapped text.
            const int needed = label->wordWrap() ? label->heightForWidth(label->width())
                                                 : label->sizeHint().height();
            QVERIFY2(label->height() >= needed, qPrintable(label->text()));
            if (!label->wordWrap())
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            // and never runs past the dialog's right edge.
            QVERIFY2(label->mapTo(&dialog, QPoint(label->width(), 0)).x() <= dialog.width(),
                     qPrintable(label->text()));
        }
    }

    void printingChoosesTheNumbers()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        QString error;
        QVERIFY(recordPrintedForms(t.sql(), s.id, 1, 20, nullptr, &error));
        PaperPrintDialog dialog(t.db(), s, PaperPrintDialog::Output::Pdf);
        // After the last printed number, not the last entered (none yet).
        QCOMPARE(dialog.firstNumber()->value(), 21);
        QVERIFY(dialog.warningText().isEmpty());
        QCOMPARE(dialog.rangeText(), QStringLiteral("Forms 21 to 40."));
        // The owner starts earlier: the overlap is named before printing.
        dialog.firstNumber()->setValue(15);
        dialog.count()->setValue(10);
        QCOMPARE(dialog.overlapping().size(), 1);
        QVERIFY2(dialog.warningText().startsWith(
                     QStringLiteral("6 of these numbers were already printed for this survey: "
                                    "forms 15 to 20, printed on ")),
                 qPrintable(dialog.warningText()));
        QVERIFY2(dialog.warningText().contains(QStringLiteral("(batch 1 to 20)")),
                 qPrintable(dialog.warningText()));
        QVERIFY2(dialog.rangeText().contains(QStringLiteral("not yet printed is 21")),
                 qPrintable(dialog.rangeText()));
        QString asked;
        dialog.setConfirm([&](const QString& question) {
            asked = question;
            return false;
        });
        dialog.accept();
        QVERIFY(asked.contains(QStringLiteral("Print these numbers again?")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.setConfirm([](const QString&) { return true; });
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        // Numbers after every batch ask nothing.
        PaperPrintDialog fresh(t.db(), s, PaperPrintDialog::Output::Printer);
        bool askedAgain = false;
        fresh.setConfirm([&](const QString&) { return askedAgain = true; });
        fresh.accept();
        QVERIFY(!askedAgain);
        QCOMPARE(fresh.result(), int(QDialog::Accepted));
    }

    void savedFormsKeepTheirNumbers()
    {
        cxtest::TestDb t;
        const Survey s = cxtest::counterSurvey(t);
        QTemporaryDir dir;
        QString error;
        // Not written (no such folder): no numbers are kept as printed.
        QVERIFY(!savePaperForms(t.db(), dir.filePath(QStringLiteral("none/forms.pdf")), s, 1, 20,
                                QPageSize(QPageSize::A4), &error));
        QVERIFY2(error.contains(QStringLiteral("none/forms.pdf")), qPrintable(error));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM printed_forms")).toInt(), 0);
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(1));
        // Written: owner-only, and the next batch starts after it.
        const QString file = dir.filePath(QStringLiteral("forms.pdf"));
        QVERIFY2(savePaperForms(t.db(), file, s, 1, 20, QPageSize(QPageSize::A4), &error),
                 qPrintable(error));
        QVERIFY(ownerOnly(file));
        QCOMPARE(nextFormNumber(t.sql(), s.id), qint64(21));
        QCOMPARE(t.scalar(QStringLiteral("SELECT first_number || '-' || last_number FROM "
                                         "printed_forms"))
                     .toString(),
                 QStringLiteral("1-20"));
    }

    void marginsOnA4AndLetter_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("A4") << int(QPageSize::A4);
        QTest::newRow("Letter") << int(QPageSize::Letter);
    }

    void marginsOnA4AndLetter()
    {
        QFETCH(int, size);
        const QPageSize pageSize{QPageSize::PageSizeId(size)};
        cxtest::TestDb t;
        Survey s = cxtest::counterSurvey(t);
        s.description = QStringLiteral("A few questions about your visit; it takes a minute.");
        // A page without margins, as a printer's page set-up may give, gets them.
        QTemporaryDir dir;
        {
            QPdfWriter pdf(dir.filePath(QStringLiteral("bare.pdf")));
            pdf.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF()));
            pdf.setResolution(300);
            QRectF drawn;
            QVERIFY(printPaperForms(&pdf, s, QStringLiteral("Crumb & Co."), 7, 2, &drawn));
            const QMarginsF m = pdf.pageLayout().margins(QPageLayout::Millimeter);
            QVERIFY(m.left() >= 10 && m.top() >= 10 && m.right() >= 10 && m.bottom() >= 10);
            // Everything painted lies inside the printable area.
            const QRectF inside = pdf.pageLayout().paintRect(QPageLayout::Millimeter);
            QVERIFY(!drawn.isEmpty());
            QVERIFY2(drawn.left() >= -0.01 && drawn.top() >= -0.01 &&
                         drawn.right() <= inside.width() + 0.01 &&
                         drawn.bottom() <= inside.height() + 0.01,
                     qPrintable(QStringLiteral("drawn %1,%2 %3x%4 in %5x%6")
                                    .arg(drawn.left())
                                    .arg(drawn.top())
                                    .arg(drawn.width())
                                    .arg(drawn.height())
                                    .arg(inside.width())
                                    .arg(inside.height())));
            // And uses it: the form is not squeezed into a corner.
            QVERIFY(drawn.width() > inside.width() * 0.9);
        }
        // The PDF as saved: its page is the size chosen, and rendered, a
        // strip of 10 mm along every edge is blank paper.
        const QString file = dir.filePath(QStringLiteral("forms.pdf"));
        QString error;
        QVERIFY2(writePaperFormsPdf(file, s, QStringLiteral("Crumb & Co."), 1, 1, pageSize, &error),
                 qPrintable(error));
        QVERIFY(ownerOnly(file));
        QCOMPARE(paperFormLayout(pageSize).pageSize().id(), pageSize.id());
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is not installed: the pixels are not checked");
        QProcess render;
        render.start(pdftoppm, {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-gray"),
                                QStringLiteral("-singlefile"), QStringLiteral("-png"), file,
                                dir.filePath(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
        QImage page(dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());
        const QSizeF mm = pageSize.size(QPageSize::Millimeter);
        QVERIFY(qAbs(page.width() - mm.width() / 25.4 * 50) < 2); // the size chosen
        const int edge = int(10 / 25.4 * 50);                     // 10 mm at 50 dots per inch
        int inked = 0;
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const bool dark = qGray(page.pixel(x, y)) < 250;
                const bool inMargin =
                    x < edge || y < edge || x >= page.width() - edge || y >= page.height() - edge;
                if (dark && inMargin)
                    QFAIL(qPrintable(
                        QStringLiteral("ink at %1,%2 within 10 mm of the edge").arg(x).arg(y)));
                inked += dark ? 1 : 0;
            }
        QVERIFY(inked > 1000); // a form was drawn, not a blank page
    }
};

QTEST_MAIN(TestPaper)
#include "tst_paper.moc"
