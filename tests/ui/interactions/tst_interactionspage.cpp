// The interactions page: the list follows the filters, quick entry from the
// keyboard, and deletes and edits are undoable.

#include "core/common/clock.h"
#include "core/common/timeutil.h"
#include "core/interactions/interactionrepository.h"
#include "tests/common/windowfixture.h"
#include "ui/commands/dbcommand.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionform.h"
#include "ui/interactions/interactionspage.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QtTest>

using namespace cx;

class TestInteractionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { cxtest::isolateSettings(); }

    void interactionsFollowFilters()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDate from = QDate::currentDate().addDays(-60),
                    to = QDate::currentDate().addDays(-31);
        w.filterBar()->setCustomRange(from, to);
        w.filterBar()->setChannel(3);
        while (page->model()->canFetchMore())
            page->model()->fetchMore();
        QSqlQuery q(t.sql());
        q.prepare(QStringLiteral(
            "SELECT count(*) FROM interactions WHERE channel_id = 3 AND substr(occurred_at, 1, 10) "
            "BETWEEN ? AND ?"));
        q.addBindValue(from.toString(Qt::ISODate));
        q.addBindValue(to.toString(Qt::ISODate));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(page->model()->rowCount(), q.value(0).toInt());
        QVERIFY(page->model()->rowCount() > 0);
        QCOMPARE(page->model()->index(0, InteractionsModel::Channel).data().toString(),
                 QStringLiteral("Store"));
    }

    void quickEntryFromTheKeyboard()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        InteractionForm* form = page->form();
        const int before = t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt();
        const int actionsBefore = t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt();

        form->customerField()->setFocus();
        QTest::keyClicks(form->customerField(), QStringLiteral("C000010"));
        QComboBox* touchpoint = nullptr;
        QComboBox* kind = nullptr;
        for (QComboBox* c : form->findChildren<QComboBox*>()) {
            if (c->accessibleName() == QLatin1String("Touchpoint"))
                touchpoint = c;
            if (c->accessibleName() == QLatin1String("Kind"))
                kind = c;
        }
        QVERIFY(touchpoint && kind);
        QTest::keyClicks(touchpoint, QStringLiteral("Home"));
        QVERIFY(touchpoint->currentText().startsWith(QLatin1String("Home delivery")));
        kind->lineEdit()->selectAll();
        QTest::keyClicks(kind->lineEdit(), QStringLiteral("complaint"));
        RatingInput* staff = nullptr;
        RatingInput* rating = nullptr;
        for (RatingInput* r : form->findChildren<RatingInput*>())
            (r->accessibleName() == QLatin1String("Staff rating") ? staff : rating) = r;
        QTest::keyClick(staff, Qt::Key_4);
        QTest::keyClick(rating, Qt::Key_1);
        QCOMPARE(staff->value(), std::optional<int>(4));
        QCOMPARE(rating->value(), std::optional<int>(1));
        form->customerField()->setFocus();
        QTest::keyClick(form->customerField(), Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), before + 1);
        QCOMPARE(
            t.scalar(QStringLiteral(
                         "SELECT c.external_id || '/' || t.name || '/' || i.kind || '/' || "
                         "i.staff_rating "
                         "|| '/' || i.customer_rating || '/' || ch.name FROM interactions i "
                         "JOIN customers c ON c.id = i.customer_id JOIN touchpoints t ON t.id = "
                         "i.touchpoint_id "
                         "JOIN channels ch ON ch.id = i.channel_id ORDER BY i.id DESC LIMIT 1"))
                .toString(),
            QStringLiteral("C000010/Home delivery/complaint/4/1/In person"));
        // A complaint opens its follow-up at once, and the form is ready for the next one.
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(),
                 actionsBefore + 1);
        QVERIFY(form->customerField()->text().isEmpty());
        QVERIFY(!staff->value().has_value());
        QVERIFY(touchpoint->currentText().startsWith(
            QLatin1String("Home delivery"))); // kept for the next entry

        // Undo removes the interaction and its action together.
        w.undoStack()->undo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), before);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM actions")).toInt(), actionsBefore);

        // An unknown customer is refused with a message, and nothing is written.
        QTest::keyClicks(form->customerField(), QStringLiteral("Nobody Atall"));
        QTest::keyClick(form->customerField(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), before);
        bool told = false;
        for (QLabel* l : form->findChildren<QLabel*>())
            told |= l->text().contains(
                QLatin1String("No customer is called or numbered 'Nobody Atall'"));
        QVERIFY(told);
    }

    // An entry is stored at the time it is saved, not the time the form was
    // opened; a time the user chose is kept; after saving the field follows
    // the clock again.
    void quickEntryStoresTheTimeOfSaving()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        const QDateTime opened(QDate(2026, 3, 10), QTime(9, 0));
        clock::Pinned pinned(opened);
        MainWindow w(t.db());
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        InteractionForm* form = page->form();
        form->clear();
        QCOMPARE(form->whenField()->dateTime(), opened);
        QPushButton* log = nullptr;
        for (QPushButton* b : form->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Log interaction"))
                log = b;
        QVERIFY(log);
        const auto lastTime = [&t] {
            return t
                .scalar(QStringLiteral("SELECT occurred_at FROM interactions ORDER BY id DESC "
                                       "LIMIT 1"))
                .toString();
        };

        // Saved 25 minutes after the form was cleared: stored at 09:25.
        const QDateTime saved = opened.addSecs(25 * 60);
        clock::pin(saved);
        QTest::mouseClick(log, Qt::LeftButton);
        QCOMPARE(lastTime(), formatTimestamp(saved));
        QCOMPARE(form->whenField()->dateTime(), saved); // ready for the next one
        QVERIFY(!form->timeChosen());

        // The field moves on with the clock while nobody touches it.
        const QDateTime later = saved.addSecs(10 * 60);
        clock::pin(later);
        form->followClock();
        QCOMPARE(form->whenField()->dateTime(), later);

        // A time the user sets is theirs: the clock does not move it, saving keeps it.
        const QDateTime chosen = opened.addSecs(-2 * 3600);
        form->whenField()->setDateTime(chosen);
        QVERIFY(form->timeChosen());
        clock::pin(later.addSecs(5 * 60));
        form->followClock();
        QCOMPARE(form->whenField()->dateTime(), chosen);
        QTest::mouseClick(log, Qt::LeftButton);
        QCOMPARE(lastTime(), formatTimestamp(chosen));
        QVERIFY(!form->timeChosen());
        QCOMPARE(form->whenField()->dateTime(), later.addSecs(5 * 60));
    }

    // A digit sets the rating and the focus stays on it (a second digit
    // corrects the first); the chosen rating and the focused control show;
    // Space in Notes is a space, never a tick in Resolved; Clear clears the
    // message of a refused save.
    void ratingKeysSpaceAndClear()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        InteractionForm* form = page->form();
        RatingInput* staff = nullptr;
        RatingInput* rating = nullptr;
        for (RatingInput* r : form->findChildren<RatingInput*>())
            (r->accessibleName() == QLatin1String("Staff rating") ? staff : rating) = r;
        QVERIFY(staff && rating);

        staff->setFocus();
        QTest::keyClick(staff, Qt::Key_4);
        QCOMPARE(staff->value(), std::optional<int>(4));
        QCOMPARE(QApplication::focusWidget(), staff);
        QTest::keyClick(staff, Qt::Key_2);
        QCOMPARE(staff->value(), std::optional<int>(2));
        QTest::keyClick(staff, Qt::Key_Right);
        QCOMPARE(staff->value(), std::optional<int>(3));
        QCOMPARE(QApplication::focusWidget(), staff);

        // The chosen button is filled with the accent; the others are not.
        const QImage chosen = staff->button(3)->grab().toImage();
        const QImage other = staff->button(1)->grab().toImage();
        const QColor fill = chosen.pixelColor(4, chosen.height() - 4);
        const QColor accent = theme::accent();
        QVERIFY2(std::abs(fill.red() - accent.red()) + std::abs(fill.green() - accent.green()) +
                         std::abs(fill.blue() - accent.blue()) <
                     40,
                 qPrintable(fill.name()));
        QVERIFY(other.pixelColor(4, other.height() - 4) != fill);
        // A ring around the rating that has the focus, none around the other.
        const auto ringAt = [&](RatingInput* r) {
            const QImage image = r->grab().toImage();
            const QColor c = image.pixelColor(1, image.height() / 2);
            return std::abs(c.red() - accent.red()) + std::abs(c.green() - accent.green()) +
                       std::abs(c.blue() - accent.blue()) <
                   60;
        };
        QVERIFY(ringAt(staff));
        QVERIFY(!ringAt(rating));

        // A digit and then a space: the space goes nowhere near Resolved.
        rating->setFocus();
        QTest::keyClick(rating, Qt::Key_5);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(rating->value(), std::optional<int>(5));
        QVERIFY(!form->resolvedBox()->isChecked());
        form->notesField()->setFocus();
        QTest::keyClicks(form->notesField(), QStringLiteral("came back "));
        QTest::keyClick(form->notesField(), Qt::Key_Space);
        QTest::keyClicks(form->notesField(), QStringLiteral("twice"));
        QCOMPARE(form->notesField()->text(), QStringLiteral("came back  twice"));
        QVERIFY(!form->resolvedBox()->isChecked());

        // A refused save says why; Clear takes the message away with the fields.
        form->customerField()->setText(QStringLiteral("Nobody Atall"));
        QTest::keyClick(form->customerField(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(form->problem().contains(QLatin1String("Nobody Atall")));
        QVERIFY(form->addCustomerLink()->isVisibleTo(form));
        QPushButton* clear = nullptr;
        for (QPushButton* b : form->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Clear"))
                clear = b;
        QVERIFY(clear);
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(form->problem(), QString());
        QVERIFY(!form->addCustomerLink()->isVisibleTo(form));
        QVERIFY(form->customerField()->text().isEmpty());
        QVERIFY(!rating->value().has_value());
    }

    void deleteAndEditAreUndoable()
    {
        cxtest::TestDb t;
        QVERIFY(cxtest::fillWithSampleData(t));
        MainWindow w(t.db());
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        QString asked;
        page->setConfirm([&asked](const QString& q) {
            asked = q;
            return true;
        });
        const int before = t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt();
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        const qint64 id = page->model()->idAt(0);
        const QString uuid =
            t.scalar(QStringLiteral("SELECT uuid FROM interactions WHERE id = %1").arg(id))
                .toString();
        QVERIFY(page->deleteSelected());
        QVERIFY(asked.startsWith(QLatin1String("Delete the ")));
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), before - 1);
        w.undoStack()->undo();
        QCOMPARE(t.scalar(QStringLiteral("SELECT uuid FROM interactions WHERE id = %1").arg(id))
                     .toString(),
                 uuid);

        // Declining the confirmation deletes nothing.
        page->setConfirm([](const QString&) { return false; });
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        QVERIFY(!page->deleteSelected());
        QCOMPARE(t.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toInt(), before);

        const auto original = InteractionRepository(t.sql()).byId(id);
        page->form()->edit(*original);
        QVERIFY(page->form()->isEditing());
        QLineEdit* notes = nullptr;
        for (QLineEdit* e : page->form()->findChildren<QLineEdit*>())
            if (e->placeholderText() == QLatin1String("Notes"))
                notes = e;
        QVERIFY(notes);
        notes->setText(QStringLiteral("Changed by hand"));
        QPushButton* save = nullptr;
        for (QPushButton* b : page->form()->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Save changes"))
                save = b;
        QVERIFY(save);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(InteractionRepository(t.sql()).byId(id)->notes, QStringLiteral("Changed by hand"));
        QCOMPARE(InteractionRepository(t.sql()).byId(id)->uuid, uuid);
        w.undoStack()->undo();
        QCOMPARE(InteractionRepository(t.sql()).byId(id)->notes, original->notes);
    }
};

QTEST_MAIN(TestInteractionsPage)
#include "tst_interactionspage.moc"
