// Every form a person edits in the window, with a second connection to the
// same file saving the same record meanwhile (as a second window or the
// command line does): the save is refused with what changed and when, the
// form keeps what was typed, and the user can reload theirs or save theirs
// over it. Undo and redo follow the same rule, and a refused step leaves
// the history.

#include "core/actions/actionrepository.h"
#include "core/actions/followup.h"
#include "core/customers/customerrepository.h"
#include "core/interactions/interactionrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "tests/common/testdb.h"
#include "ui/actions/actionspage.h"
#include "ui/commands/dbcommand.h"
#include "ui/customers/customerdetail.h"
#include "ui/customers/customerspage.h"
#include "ui/filterbar.h"
#include "ui/interactions/interactionform.h"
#include "ui/interactions/interactionspage.h"
#include "ui/journeys/journeydialogs.h"
#include "ui/journeys/journeymapview.h"
#include "ui/journeys/journeypage.h"
#include "ui/mainwindow.h"
#include "ui/settingsdialog.h"
#include "ui/surveys/surveybuilder.h"
#include "ui/widgets/conflictprompt.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QtTest>

using namespace cx;

namespace {
const char* const kBusiness = R"(
INSERT INTO customers (id, uuid, external_id, name, email, first_contact_on) VALUES (1, 'c1', 'C1', 'Anna Smith', 'anna@example.org', '2026-01-10');
INSERT INTO journeys (id, name) VALUES (1, 'Shop visit');
INSERT INTO stages (id, journey_id, name, position) VALUES (10, 1, 'Visit', 0), (11, 1, 'Pay', 1);
INSERT INTO touchpoints (id, stage_id, name, position) VALUES (100, 10, 'Counter', 0);
INSERT INTO interactions (id, uuid, customer_id, touchpoint_id, occurred_at, kind) VALUES (1, 'i1', 1, 100, '2026-03-01T10:00:00+01:00', 'complaint');
INSERT INTO actions (id, customer_id, interaction_id, title, due_on, created_at) VALUES (1, 1, 1, 'Call Anna back', '2030-03-04', '2026-03-01T10:05:00+01:00')
)";

// Answers the conflict question with the choices given, in turn, and keeps
// what each question said.
struct Answers
{
    QList<ConflictChoice> choices;
    QStringList asked;
    std::function<ConflictChoice(const QString&, const QString&)> hook()
    {
        return [this](const QString&, const QString& message) {
            asked << message;
            return choices.isEmpty() ? ConflictChoice::KeepEditing : choices.takeFirst();
        };
    }
};

// Does `act` with the next modal dialog of type D once it shows.
template <typename D> void whenShown(std::function<void(D*)> act)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto* d = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(d);
        }
    });
    timer->start();
}

QLineEdit* fieldHolding(QWidget* w, const QString& text)
{
    for (QLineEdit* e : w->findChildren<QLineEdit*>())
        if (e->text() == text)
            return e;
    return nullptr;
}
} // namespace

class TestEditConflicts : public QObject
{
    Q_OBJECT

private:
    cxtest::TestDb* m_t = nullptr;
    Database* m_other = nullptr;
    QSqlDatabase& theirs() { return m_other->sql(); }

private slots:
    void initTestCase() { cxtest::isolateSettings(); }
    void init()
    {
        m_t = new cxtest::TestDb;
        QVERIFY(m_t->exec(QLatin1String(kBusiness)));
        m_other = new Database;
        QString error;
        QVERIFY2(m_other->open(m_t->path(), &error), qPrintable(error));
    }
    void cleanup()
    {
        delete m_other;
        delete m_t;
    }

    void customerProfile()
    {
        MainWindow w(m_t->db());
        QStringList warned;
        w.undoStack()->setWarn([&](const QString&, const QString& m) { warned << m; });
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        w.showPage(QStringLiteral("customers"));
        page->openCustomer(1);
        CustomerDetail* detail = page->detail();
        Answers answers;
        detail->setConflictChoice(answers.hook());
        detail->notesField()->setPlainText(QStringLiteral("Prefers a call in the morning"));

        Customer theirEdit = *CustomerRepository(theirs()).byId(1);
        theirEdit.email = QStringLiteral("anna.smith@example.org");
        QString error;
        QVERIFY(CustomerRepository(theirs()).update(theirEdit, &error));

        // Keep editing: nothing saved, the typed note is still there.
        QVERIFY(!detail->saveProfile(&error));
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY2(answers.asked.first().startsWith(QStringLiteral(
                     "the customer “Anna Smith” was changed in another window or program at ")) &&
                     answers.asked.first().endsWith(QLatin1String("(email)")),
                 qPrintable(answers.asked.first()));
        QVERIFY(error.startsWith(QLatin1String("Not saved yet")));
        QCOMPARE(detail->notesField()->toPlainText(),
                 QStringLiteral("Prefers a call in the morning"));
        QCOMPARE(CustomerRepository(theirs()).byId(1)->notes, QString());
        QVERIFY(detail->isModified());
        // A refresh (the window saw their change) keeps the typed note too, and says so.
        page->refresh();
        QCOMPARE(detail->notesField()->toPlainText(),
                 QStringLiteral("Prefers a call in the morning"));
        QVERIFY2(detail->message()->text().contains(
                     QLatin1String("your changes here are not saved yet")),
                 qPrintable(detail->message()->text()));

        // Save mine: the note typed here on top of their version, their email kept; undo brings
        // theirs back.
        answers.choices = {ConflictChoice::SaveMine};
        QVERIFY2(detail->saveProfile(&error), qPrintable(error));
        QCOMPARE(CustomerRepository(theirs()).byId(1)->notes,
                 QStringLiteral("Prefers a call in the morning"));
        QCOMPARE(CustomerRepository(theirs()).byId(1)->email,
                 QStringLiteral("anna.smith@example.org"));
        w.undoStack()->undo();
        QCOMPARE(CustomerRepository(theirs()).byId(1)->notes, QString());
        QCOMPARE(CustomerRepository(theirs()).byId(1)->email,
                 QStringLiteral("anna.smith@example.org"));
        QCOMPARE(warned, QStringList());
        QCOMPARE(detail->emailField()->text(),
                 QStringLiteral("anna.smith@example.org")); // the form follows the undo

        // Reload: their version in the form, what was typed dropped (the user's choice).
        detail->notesField()->setPlainText(QStringLiteral("Typed, then reloaded"));
        theirEdit = *CustomerRepository(theirs()).byId(1);
        theirEdit.phone = QStringLiteral("07700 900123");
        QVERIFY(CustomerRepository(theirs()).update(theirEdit, &error));
        answers.choices = {ConflictChoice::Reload};
        QVERIFY(!detail->saveProfile(&error));
        QVERIFY(error.startsWith(QLatin1String("Reloaded")));
        QCOMPARE(detail->notesField()->toPlainText(), QString());
        QVERIFY(!detail->isModified());
        QCOMPARE(CustomerRepository(theirs()).byId(1)->phone, QStringLiteral("07700 900123"));
        QCOMPARE(cxtest::openStatements(m_t->sql()), QStringList());
    }

    void interactionForm()
    {
        MainWindow w(m_t->db());
        w.show();
        w.activateWindow();
        w.showPage(QStringLiteral("interactions"));
        auto* page = qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        Answers answers;
        page->setConflictChoice(answers.hook());
        page->form()->edit(*InteractionRepository(m_t->sql()).byId(1));
        QLineEdit* notes = nullptr;
        for (QLineEdit* e : page->form()->findChildren<QLineEdit*>())
            if (e->placeholderText() == QLatin1String("Notes"))
                notes = e;
        QVERIFY(notes);
        notes->setText(QStringLiteral("Cold coffee, second time"));
        QPushButton* saveButton = nullptr;
        for (QPushButton* b : page->form()->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("Save changes"))
                saveButton = b;
        QVERIFY(saveButton);

        Interaction theirEdit = *InteractionRepository(theirs()).byId(1);
        theirEdit.outcome = QStringLiteral("refund");
        QString error;
        QVERIFY(InteractionRepository(theirs()).update(theirEdit, &error));

        QTest::mouseClick(saveButton, Qt::LeftButton);
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY2(answers.asked.first().endsWith(QLatin1String("(outcome)")),
                 qPrintable(answers.asked.first()));
        QVERIFY(page->form()->isEditing());
        QCOMPARE(notes->text(), QStringLiteral("Cold coffee, second time"));
        QVERIFY(page->form()->problem().startsWith(QLatin1String("Not saved yet")));
        QCOMPARE(InteractionRepository(theirs()).byId(1)->notes, QString());

        answers.choices = {ConflictChoice::SaveMine};
        QTest::mouseClick(saveButton, Qt::LeftButton);
        QVERIFY(!page->form()->isEditing()); // saved: the form is cleared for the next entry
        QCOMPARE(InteractionRepository(theirs()).byId(1)->notes,
                 QStringLiteral("Cold coffee, second time"));
        QCOMPARE(InteractionRepository(theirs()).byId(1)->outcome,
                 QStringLiteral("refund")); // theirs kept
    }

    void actionNote()
    {
        MainWindow w(m_t->db());
        // The list shows the follow-ups opened in the period: the month this one was.
        w.filterBar()->setCustomRange(QDate(2026, 3, 1), QDate(2026, 3, 31));
        w.showPage(QStringLiteral("actions"));
        auto* page = qobject_cast<ActionsPage*>(w.page(QStringLiteral("actions")));
        page->view()->setCurrentIndex(page->model()->index(0, 0));
        Answers answers;
        page->setConflictChoice(answers.hook());
        QStringList prompts, texts;
        int asked = 0;
        page->setAskNote([&](const Action&, const QString& prompt, const QString& text, bool* ok) {
            prompts << prompt;
            texts << text;
            *ok = ++asked <= 1;
            if (asked == 1) {
                // While the note is being written, someone else closes the action.
                Action a = *ActionRepository(theirs()).byId(1);
                QString error;
                if (!ActionRepository(theirs()).markDone(
                        a, QStringLiteral("Voucher sent"),
                        QStringLiteral("2026-03-02T09:00:00+01:00"), &error))
                    qWarning() << error;
                return QStringLiteral("Called, apologised");
            }
            return text; // the second time: sees what was typed, then gives up
        });
        page->markSelectedDone();
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY2(answers.asked.first().endsWith(QLatin1String("(marked done)")),
                 qPrintable(answers.asked.first()));
        QCOMPARE(asked, 2);
        QCOMPARE(texts.value(1),
                 QStringLiteral("Called, apologised")); // the note came back as typed
        QVERIFY(prompts.value(1).startsWith(
            QStringLiteral("The follow-up “Call Anna back” was changed")));
        QCOMPARE(ActionRepository(theirs()).byId(1)->resolution, QStringLiteral("Voucher sent"));
    }

    void touchpointDialog()
    {
        MainWindow w(m_t->db());
        w.show();
        w.showPage(QStringLiteral("journeys"));
        auto* page = qobject_cast<JourneysPage*>(w.page(QStringLiteral("journeys")));
        QStringList warned;
        page->setWarn([&](const QString&, const QString& m) { warned << m; });
        Answers answers;
        answers.choices = {ConflictChoice::KeepEditing, ConflictChoice::SaveMine};
        page->setConflictChoice(answers.hook());
        page->mapView()->setSelectedTouchpoint(100);

        QStringList seenInDialog;
        whenShown<TouchpointDialog>([&](TouchpointDialog* d) {
            fieldHolding(d, QStringLiteral("Counter"))->setText(QStringLiteral("Till"));
            // Someone else gives the touchpoint an owner before this is saved.
            Touchpoint t = *JourneyRepository(theirs()).touchpoint(100);
            t.owner = QStringLiteral("Sam");
            QString error;
            if (!JourneyRepository(theirs()).updateTouchpoint(t, &error))
                qWarning() << error;
            whenShown<TouchpointDialog>([&](TouchpointDialog* again) {
                // Kept editing: the dialog is back with what was typed.
                seenInDialog << (fieldHolding(again, QStringLiteral("Till"))
                                     ? QStringLiteral("Till")
                                     : QStringLiteral("lost"));
                again->accept();
            });
            d->accept();
        });
        page->editSelected();
        QCOMPARE(seenInDialog, QStringList{QStringLiteral("Till")});
        QCOMPARE(answers.asked.size(), 2);
        QVERIFY2(answers.asked.first().startsWith(QStringLiteral(
                     "the touchpoint “Counter” was changed in another window or program at ")) &&
                     answers.asked.first().endsWith(QLatin1String("(owner)")),
                 qPrintable(answers.asked.first()));
        QCOMPARE(JourneyRepository(theirs()).touchpoint(100)->name,
                 QStringLiteral("Till")); // mine on top of theirs
        QCOMPARE(JourneyRepository(theirs()).touchpoint(100)->owner, QStringLiteral("Sam"));
        w.undoStack()->undo();
        QCOMPARE(JourneyRepository(theirs()).touchpoint(100)->name, QStringLiteral("Counter"));
        QCOMPARE(JourneyRepository(theirs()).touchpoint(100)->owner, QStringLiteral("Sam"));
        QCOMPARE(warned, QStringList());

        // Without asking (an edit from the map itself, a stale card): refused, said why, nothing
        // kept in the history.
        Touchpoint stale = *JourneyRepository(m_t->sql()).touchpoint(100);
        Touchpoint t = stale;
        t.target = 4.5;
        QString error;
        QVERIFY(JourneyRepository(theirs()).updateTouchpoint(t, &error));
        const int steps = w.undoStack()->count();
        stale.name = QStringLiteral("Old card");
        QVERIFY(!page->changeTouchpoint(stale));
        QCOMPARE(w.undoStack()->count(), steps);
        QCOMPARE(warned.size(), 1);
        QVERIFY2(warned.first().contains(QLatin1String("was changed in another window or program")),
                 qPrintable(warned.first()));
        QCOMPARE(JourneyRepository(theirs()).touchpoint(100)->name, QStringLiteral("Counter"));
    }

    void stageAndJourneyDialogs()
    {
        MainWindow w(m_t->db());
        w.show();
        w.showPage(QStringLiteral("journeys"));
        auto* page = qobject_cast<JourneysPage*>(w.page(QStringLiteral("journeys")));
        Answers answers;
        answers.choices = {ConflictChoice::Reload};
        page->setConflictChoice(answers.hook());
        page->mapView()->setSelectedStage(11);
        QStringList shown;
        whenShown<StageDialog>([&](StageDialog* d) {
            fieldHolding(d, QStringLiteral("Pay"))->setText(QStringLiteral("Till"));
            Stage s = *JourneyRepository(theirs()).stage(11);
            s.name = QStringLiteral("Pay and go");
            QString error;
            if (!JourneyRepository(theirs()).updateStage(s, &error))
                qWarning() << error;
            whenShown<StageDialog>([&](StageDialog* again) {
                // Reloaded: their name in the dialog.
                shown << (fieldHolding(again, QStringLiteral("Pay and go"))
                              ? QStringLiteral("theirs")
                              : QStringLiteral("not theirs"));
                again->reject();
            });
            d->accept();
        });
        page->editSelected();
        QCOMPARE(shown, QStringList{QStringLiteral("theirs")});
        QVERIFY2(answers.asked.value(0).endsWith(QLatin1String("(name)")),
                 qPrintable(answers.asked.value(0)));
        QCOMPARE(JourneyRepository(theirs()).stage(11)->name, QStringLiteral("Pay and go"));

        answers.choices = {ConflictChoice::KeepEditing};
        answers.asked.clear();
        whenShown<JourneyDialog>([&](JourneyDialog* d) {
            fieldHolding(d, QStringLiteral("Shop visit"))
                ->setText(QStringLiteral("Visit to the shop"));
            QString error;
            if (!execSql(theirs(),
                         QStringLiteral("UPDATE journeys SET persona = 'Regular' WHERE id = 1"),
                         &error))
                qWarning() << error;
            whenShown<JourneyDialog>([&](JourneyDialog* again) {
                shown << (fieldHolding(again, QStringLiteral("Visit to the shop"))
                              ? QStringLiteral("kept")
                              : QStringLiteral("lost"));
                again->reject();
            });
            d->accept();
        });
        page->editJourneyDialog(*JourneyRepository(m_t->sql()).journey(1));
        QCOMPARE(shown.last(), QStringLiteral("kept"));
        QVERIFY2(answers.asked.value(0).endsWith(QLatin1String("(persona)")),
                 qPrintable(answers.asked.value(0)));
        QCOMPARE(JourneyRepository(theirs()).journey(1)->name, QStringLiteral("Shop visit"));
    }

    void surveyBuilder()
    {
        Survey s;
        s.title = QStringLiteral("After the visit");
        s.questions = {makeQuestion(QStringLiteral("nps"), QuestionKind::Nps,
                                    QStringLiteral("Recommend us?"))};
        QString error;
        QVERIFY(saveSurvey(m_t->sql(), s, &error));
        SurveyBuilder builder(m_t->db(), *SurveyRepository(m_t->sql()).byId(s.id));
        Answers answers;
        builder.setConflictChoice(answers.hook());
        builder.titleEdit()->selectAll();
        QTest::keyClicks(builder.titleEdit(), QStringLiteral("After your visit"));
        QCOMPARE(builder.survey().title, QStringLiteral("After your visit"));

        Survey theirEdit = *SurveyRepository(theirs()).byId(s.id);
        theirEdit.status = SurveyStatus::Active;
        QVERIFY(saveSurvey(theirs(), theirEdit, &error, &theirEdit));

        QVERIFY(!builder.save());
        QVERIFY2(answers.asked.value(0).endsWith(QLatin1String("(status)")),
                 qPrintable(answers.asked.value(0)));
        QCOMPARE(builder.titleEdit()->text(), QStringLiteral("After your visit"));
        QVERIFY(builder.problem()->text().startsWith(QLatin1String("Not saved yet")));
        QCOMPARE(SurveyRepository(theirs()).byId(s.id)->title, QStringLiteral("After the visit"));
        answers.choices = {ConflictChoice::SaveMine};
        QVERIFY(builder.save());
        QCOMPARE(SurveyRepository(theirs()).byId(s.id)->title, QStringLiteral("After your visit"));
        // Saved once more without anyone in between: no question.
        answers.asked.clear();
        QTest::keyClicks(builder.titleEdit(), QStringLiteral(" to us"));
        QVERIFY(builder.save());
        QCOMPARE(answers.asked, QStringList());
    }

    void settingsDialog()
    {
        SettingsDialog dialog(m_t->db());
        Answers answers;
        dialog.setConflictChoice(answers.hook());
        dialog.businessName()->setText(QStringLiteral("Crumb and Company"));
        QString error;
        QVERIFY(setBusinessName(theirs(), QStringLiteral("Crumb & Co."), &error));
        QVERIFY(FollowUp(theirs()).setDueDays(5, &error)); // not changed here: no conflict for it
        QVERIFY(!dialog.save());
        QCOMPARE(answers.asked.size(), 1);
        QVERIFY2(answers.asked.first().startsWith(QStringLiteral(
                     "the business name was changed in another window or program at ")),
                 qPrintable(answers.asked.first()));
        QCOMPARE(dialog.businessName()->text(), QStringLiteral("Crumb and Company"));
        QCOMPARE(businessName(theirs()), QStringLiteral("Crumb & Co."));
        answers.choices = {ConflictChoice::Reload};
        QVERIFY(!dialog.save());
        QCOMPARE(dialog.businessName()->text(), QStringLiteral("Crumb & Co."));
        QCOMPARE(dialog.followUpDays()->value(), 5);
        dialog.followUpDays()->setValue(9);
        QVERIFY(dialog.save()); // nobody in between now
        QCOMPARE(FollowUp(theirs()).dueDays(), 9);
        QCOMPARE(businessName(theirs()), QStringLiteral("Crumb & Co."));
    }

    // Undo is honest: a step whose record someone else changed since is
    // refused, said why, and leaves the history; the database keeps theirs.
    void undoRefusedWhenChangedElsewhere()
    {
        MainWindow w(m_t->db());
        QStringList warned;
        w.undoStack()->setWarn([&](const QString& title, const QString& m) {
            warned << title + QStringLiteral(": ") + m;
        });
        auto* page = qobject_cast<CustomersPage*>(w.page(QStringLiteral("customers")));
        w.showPage(QStringLiteral("customers"));
        page->openCustomer(1);
        page->detail()->notesField()->setPlainText(QStringLiteral("VIP"));
        QString error;
        QVERIFY(page->detail()->saveProfile(&error));
        QCOMPARE(w.undoStack()->count(), 1);
        Customer theirEdit = *CustomerRepository(theirs()).byId(1);
        theirEdit.notes = QStringLiteral("VIP, allergic to nuts");
        QVERIFY(CustomerRepository(theirs()).update(theirEdit, &error));
        w.undoStack()->undo();
        QCOMPARE(w.undoStack()->count(), 0);
        QVERIFY(!w.undoStack()->canRedo());
        QCOMPARE(warned.size(), 1);
        QVERIFY2(warned.first().startsWith(QStringLiteral(
                     "Undo change Anna Smith: “change Anna Smith” could not be undone: "
                     "the customer “Anna Smith” was changed in another window or program at ")) &&
                     warned.first().endsWith(QLatin1String("(notes).")),
                 qPrintable(warned.first()));
        QCOMPARE(CustomerRepository(theirs()).byId(1)->notes,
                 QStringLiteral("VIP, allergic to nuts"));

        // A refused first step never enters the history: an interaction
        // deleted elsewhere cannot be changed here.
        w.showPage(QStringLiteral("interactions"));
        auto* interactions =
            qobject_cast<InteractionsPage*>(w.page(QStringLiteral("interactions")));
        const Interaction read = *InteractionRepository(m_t->sql()).byId(1);
        QVERIFY(execSql(theirs(), QStringLiteral("DELETE FROM interactions WHERE id = 1"), &error));
        Interaction edited = read;
        edited.notes = QStringLiteral("Too late");
        interactions->form()->edit(read);
        interactions->saveEdit(read, edited);
        QCOMPARE(w.undoStack()->count(), 0);
        QVERIFY2(interactions->form()->problem().contains(
                     QLatin1String("was deleted in another window or program")),
                 qPrintable(interactions->form()->problem()));
    }
};

QTEST_MAIN(TestEditConflicts)
#include "tst_editconflicts.moc"
