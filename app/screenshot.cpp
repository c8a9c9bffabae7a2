#include "app/screenshot.h"

#include "core/actions/actionrepository.h"
#include "core/common/clock.h"
#include "core/customers/customerrepository.h"
#include "core/customers/customertags.h"
#include "core/demo/demo.h"
#include "core/io/importer.h"
#include "core/io/privatefile.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/surveys/import/surveyimport.h"
#include "core/surveys/printedforms.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyrepository.h"
#include "ui/actions/actiondialog.h"
#include "ui/actions/actionspage.h"
#include "ui/actions/markdonedialog.h"
#include "ui/actions/stafftab.h"
#include "ui/contact/mailmergedialog.h"
#include "ui/contact/messagestab.h"
#include "ui/customers/customerfieldstab.h"
#include "ui/customers/customerspage.h"
#include "ui/customers/mergedialog.h"
#include "ui/customers/newcustomerdialog.h"
#include "ui/import/importdialog.h"
#include "ui/journeys/journeymapview.h"
#include "ui/journeys/journeypage.h"
#include "ui/mainwindow.h"
#include "ui/reports/reportspage.h"
#include "ui/server/connectdialog.h"
#include "ui/server/passworddialog.h"
#include "ui/server/teamtab.h"
#include "ui/settingsdialog.h"
#include "ui/surveys/import/surveyimportdialog.h"
#include "ui/surveys/kiosk/kioskpindialog.h"
#include "ui/surveys/kiosk/kioskwindow.h"
#include "ui/surveys/paper/paperentry.h"
#include "ui/surveys/paper/paperform.h"
#include "ui/surveys/paper/paperprintdialog.h"
#include "ui/surveys/surveybuilder.h"
#include "ui/surveys/surveyresultsview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

namespace cx {

bool takeScreenshots(Database& db, const QDir& dir, QTextStream& out, QString* error)
{
    // Saves what the widget shows as NAME in the folder, and names the file.
    auto shot = [&](QWidget* widget, const QString& name) {
        const QString file = dir.filePath(name);
        // Owner-only like every file CX Desk writes: the pictures show customers.
        QByteArray png;
        QBuffer buffer(&png);
        QString why;
        if (!buffer.open(QIODevice::WriteOnly) || !widget->grab().save(&buffer, "PNG") ||
            !writePrivateFile(file, png, &why)) {
            *error = QStringLiteral("cannot write '%1'%2")
                         .arg(file, why.isEmpty() ? QString() : QStringLiteral(": ") + why);
            return false;
        }
        out << file << "\n";
        return true;
    };
    MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    for (const QString& page : window.pageNames()) {
        window.showPage(page);
        // Their report and results are read on threads of their own.
        if (auto* reports = qobject_cast<ReportsPage*>(window.page(page)))
            reports->settle();
        for (SurveyResultsView* results : window.page(page)->findChildren<SurveyResultsView*>())
            results->settle();
        QCoreApplication::processEvents();
        if (!shot(&window, page + QStringLiteral(".png")))
            return false;
    }
    // One customer's page too: the one with the most history, among those
    // with tags and custom fields when there are any.
    qint64 busiest = CustomerTags(db.sql()).mostActiveTagged();
    if (!busiest)
        busiest = CustomerRepository(db.sql()).mostActive();
    if (busiest) {
        window.showPage(QStringLiteral("customers"));
        if (auto* customers =
                qobject_cast<CustomersPage*>(window.page(QStringLiteral("customers")))) {
            customers->openCustomer(busiest);
            QCoreApplication::processEvents();
            if (!shot(&window, QStringLiteral("customer.png")))
                return false;
        }
    }
    // A customer entered by hand whose email another customer already has,
    // and two customers side by side for a merge.
    if (const qint64 mostActive = CustomerRepository(db.sql()).mostActive()) {
        CustomerRepository customers(db.sql());
        const auto existing = customers.byId(mostActive);
        if (existing) {
            NewCustomerDialog dialog(db, window.undoStack(), {}, &window);
            dialog.setName(existing->name.section(QLatin1Char(' '), 0, 0) +
                           QStringLiteral(" Fenwick"));
            dialog.emailField()->setText(existing->email);
            dialog.phoneField()->setText(QStringLiteral("07700 123456"));
            dialog.checkDuplicates();
            dialog.show();
            QCoreApplication::processEvents();
            if (!shot(&dialog, QStringLiteral("new-customer.png")))
                return false;
        }
        // Two customers of the same name, as typing someone in twice makes them.
        std::optional<Customer> left;
        std::optional<Customer> right;
        for (const Customer& c : customers.startingWith(QStringLiteral("a"), 200)) {
            const QVector<qint64> same = customers.named(c.name, 2);
            if (same.size() == 2) {
                left = customers.byId(same[0]);
                right = customers.byId(same[1]);
                break;
            }
        }
        if (left && right) {
            MergeDialog dialog(db, window.undoStack(), *left, *right, {}, &window);
            dialog.show();
            QCoreApplication::processEvents();
            if (!shot(&dialog, QStringLiteral("merge.png")))
                return false;
        }
    }
    // A touchpoint up close: the busiest pain point of the first journey.
    window.showPage(QStringLiteral("journeys"));
    if (auto* journeys = qobject_cast<JourneysPage*>(window.page(QStringLiteral("journeys")))) {
        const MapCard* pick = nullptr;
        for (const MapCard& c : journeys->mapView()->map().cards)
            if (!pick || (c.painPoint && (!pick->painPoint || c.interactions > pick->interactions)))
                pick = &c;
        if (pick && journeys->openTouchpoint(pick->touchpoint.id)) {
            QCoreApplication::processEvents();
            if (!shot(&window, QStringLiteral("touchpoint.png")))
                return false;
            journeys->showMap();
        }
    }

    // The counter kiosk on its first question, and the paper form of the same survey.
    {
        const auto survey = SurveyRepository(db.sql()).fullest();
        if (survey && !survey->questions.isEmpty()) {
            KioskWindow kiosk(db, *survey);
            kiosk.resize(1280, 800);
            kiosk.show();
            AnswerMap answers;
            answers.insert(survey->questions.first().code, 9);
            kiosk.showQuestionForPreview(0, answers);
            QCoreApplication::processEvents();
            if (!shot(&kiosk, QStringLiteral("kiosk.png")))
                return false;
            // The contact step, which says what the contact is for, and the PIN pad.
            kiosk.showScreenForPreview(KioskWindow::Screen::Contact);
            QCoreApplication::processEvents();
            if (!shot(&kiosk, QStringLiteral("kiosk-contact.png")))
                return false;
            kiosk.showScreenForPreview(KioskWindow::Screen::Pin);
            QCoreApplication::processEvents();
            if (!shot(&kiosk, QStringLiteral("kiosk-pin.png")))
                return false;
            kiosk.hide();
            // Choosing the PIN, typed twice, after a mismatch.
            KioskPinDialog pin(&window);
            pin.pinField()->setText(QStringLiteral("4821"));
            pin.repeatField()->setText(QStringLiteral("4812"));
            pin.show();
            pin.accept();
            QCoreApplication::processEvents();
            if (!shot(&pin, QStringLiteral("kiosk-pin-set.png")))
                return false;
            pin.hide();
            // The paper form on both sizes of paper it is printed on.
            for (const auto& [name, size] :
                 {std::pair{QStringLiteral("paper-form.pdf"), QPageSize::A4},
                  std::pair{QStringLiteral("paper-form-letter.pdf"), QPageSize::Letter}}) {
                const QString pdfFile = dir.filePath(name);
                if (!writePaperFormsPdf(pdfFile, *survey, businessName(db.sql()),
                                        nextFormNumber(db.sql(), survey->id), 1, QPageSize(size),
                                        error))
                    return false;
                out << pdfFile << "\n";
            }
            SurveyBuilder builder(db, *survey, &window);
            builder.show();
            builder.selectQuestion(int(survey->questions.size()) - 1);
            QCoreApplication::processEvents();
            builder.selectQuestion(int(survey->questions.size()) -
                                   1); // the preview is drawn at its laid-out size
            QCoreApplication::processEvents();
            if (!shot(&builder, QStringLiteral("survey-builder.png")))
                return false;
            // The first question, with its scale labels.
            builder.selectQuestion(0);
            QCoreApplication::processEvents();
            builder.selectQuestion(0);
            QCoreApplication::processEvents();
            if (!shot(&builder, QStringLiteral("survey-builder-scale.png")))
                return false;
            builder.hide();
            // A batch of twenty printed, only for the pictures: the
            // transaction is rolled back, so the database stays as it was.
            Transaction printed(db.sql());
            const qint64 next = nextFormNumber(db.sql(), survey->id);
            if (!printed.isActive()) {
                *error = printed.error();
                return false;
            }
            if (!recordPrintedForms(db.sql(), survey->id, next, 20, nullptr, error))
                return false;
            PaperEntryDialog entry(db, *survey, &window);
            entry.formNumber()->setValue(int(next) + 3);
            entry.contact()->setText(QStringLiteral("sam.okafor@example.org"));
            entry.show();
            QCoreApplication::processEvents();
            if (!shot(&entry, QStringLiteral("paper-entry.png")))
                return false;
            entry.hide();
            // Printing a batch that repeats five numbers already printed.
            PaperPrintDialog print(db, *survey, PaperPrintDialog::Output::Pdf, &window);
            print.firstNumber()->setValue(print.firstNumber()->value() - 5);
            print.show();
            QCoreApplication::processEvents();
            if (!shot(&print, QStringLiteral("paper-print.png")))
                return false;
        }
    }

    // Help → About CX Desk, with the sources and licences of the sentiment lexicons.
    {
        QMessageBox about(QMessageBox::NoIcon, MainWindow::tr("About CX Desk"),
                          MainWindow::aboutText(), QMessageBox::Ok, &window);
        about.setIconPixmap(QIcon(QStringLiteral(":/icons/cxdesk.svg")).pixmap(64, 64));
        about.show();
        QCoreApplication::processEvents();
        if (!shot(&about, QStringLiteral("about.png")))
            return false;
    }

    // Edit → Settings, on its first tab, the messages and the staff list.
    {
        SettingsDialog settings(db, &window);
        settings.show();
        QCoreApplication::processEvents();
        if (!shot(&settings, QStringLiteral("settings.png")))
            return false;
        // On the Messages tab, with its preview.
        if (auto* messages = settings.findChild<MessagesTab*>()) {
            settings.tabs()->setCurrentWidget(messages);
            QCoreApplication::processEvents();
            if (!shot(&settings, QStringLiteral("settings-messages.png")))
                return false;
        }
        for (int i = 0; i < settings.tabs()->count(); ++i)
            if (qobject_cast<StaffTab*>(settings.tabs()->widget(i)))
                settings.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        if (!shot(&settings, QStringLiteral("settings-staff.png")))
            return false;
        // The fields the business adds to every customer.
        for (int i = 0; i < settings.tabs()->count(); ++i)
            if (qobject_cast<CustomerFieldsTab*>(settings.tabs()->widget(i)))
                settings.tabs()->setCurrentIndex(i);
        QCoreApplication::processEvents();
        if (!shot(&settings, QStringLiteral("settings-fields.png")))
            return false;
        // On a server, for an owner: the team's accounts and the kiosks.
        if (auto* team = settings.findChild<TeamTab*>()) {
            settings.tabs()->setCurrentWidget(team);
            QCoreApplication::processEvents();
            if (!shot(&settings, QStringLiteral("settings-team.png")))
                return false;
        }
    }

    // File → Connect to a server… with a saved connection picked, and File →
    // Move this database to a server…. Sample connections, shown only: the
    // settings keep none of them.
    {
        ServerProfile shop;
        shop.name = QStringLiteral("Shop server");
        shop.host = QStringLiteral("backoffice.local");
        shop.database = QStringLiteral("cxdesk");
        shop.user = QStringLiteral("anna");
        shop.sslMode = QStringLiteral("require");
        ServerProfile branch;
        branch.name = QStringLiteral("Second branch");
        branch.host = QStringLiteral("north.shop.lan");
        branch.port = 5433;
        branch.database = QStringLiteral("cxdesk_north");
        branch.user = QStringLiteral("counter");
        ConnectDialog connect({shop, branch}, ConnectDialog::Mode::Connect, &window);
        connect.show();
        QCoreApplication::processEvents();
        if (!shot(&connect, QStringLiteral("connect-server.png")))
            return false;
        // Moving is offered for a file; on a server the picture shows it for
        // the file a business would start from.
        ConnectDialog move({shop}, ConnectDialog::Mode::Move, &window,
                           db.isServer() ? QStringLiteral("cxdesk.sqlite")
                                         : QFileInfo(db.path()).fileName());
        move.show();
        QCoreApplication::processEvents();
        if (!shot(&move, QStringLiteral("move-to-server.png")))
            return false;
        // Asked only when the server wants a password that neither the keychain nor ~/.pgpass has.
        PasswordDialog password(shop, QString(), &window);
        password.show();
        QCoreApplication::processEvents();
        if (!shot(&password, QStringLiteral("server-password.png")))
            return false;
    }

    // Customers → Mail merge…: a thank-you to the last three months' promoters.
    {
        MetricsFilter filter;
        filter.from = clock::today().addMonths(-3);
        filter.to = clock::today();
        MailMergeDialog dialog(db, filter, {}, &window);
        dialog.show();
        QCoreApplication::processEvents();
        if (!shot(&dialog, QStringLiteral("mailmerge.png")))
            return false;
    }

    // A follow-up opened from the list: owner, notes and what opened it.
    if (const qint64 id = ActionRepository(db.sql()).fullest()) {
        window.showPage(QStringLiteral("actions"));
        if (auto* actions = qobject_cast<ActionsPage*>(window.page(QStringLiteral("actions")))) {
            ActionDialog* dialog = actions->openAction(id);
            QCoreApplication::processEvents();
            const bool ok = shot(dialog, QStringLiteral("action.png"));
            dialog->reject();
            if (!ok)
                return false;
            // Mark done… on the same follow-up: which one it closes, and the note.
            if (const auto action = ActionRepository(db.sql()).byId(id)) {
                MarkDoneDialog done(db, *action, &window);
                done.show();
                QCoreApplication::processEvents();
                if (!shot(&done, QStringLiteral("mark-done.png")))
                    return false;
            }
        }
    }

    // The import dialog, checking a till export with one mistyped rating.
    QTemporaryDir temp;
    const QString sample = temp.filePath(QStringLiteral("till-export.csv"));
    if (!writeTillExportSample(db.sql(), sample, error))
        return false;
    QStringList header;
    QList<QStringList> firstRows;
    QList<qint64> lines;
    QString unreadable; // then only this picture is missing
    if (previewFile(sample, 8, &header, &firstRows, &unreadable, &lines)) {
        ImportDialog dialog(db.sql(), sample, header, firstRows, &window, lines);
        dialog.show();
        do
            QCoreApplication::processEvents();
        while (dialog.checksDone() == 0);
        if (!shot(&dialog, QStringLiteral("import.png")))
            return false;
    }

    // A survey made in Qualtrics, before it is imported: what each question becomes.
    const QString qsf = temp.filePath(QStringLiteral("counter-feedback.qsf"));
    {
        QFile f(qsf);
        const QByteArray json =
            R"({"SurveyEntry":{"SurveyID":"SV_shot","SurveyName":"Counter feedback",
 "SurveyLanguage":"EN"},"SurveyElements":[
 {"Element":"BL","Payload":[{"Type":"Default","ID":"BL_1","BlockElements":[
  {"Type":"Question","QuestionID":"QID1"},{"Type":"Question","QuestionID":"QID2"},
  {"Type":"Question","QuestionID":"QID3"},{"Type":"Question","QuestionID":"QID4"},
  {"Type":"Question","QuestionID":"QID5"},{"Type":"Question","QuestionID":"QID6"},
  {"Type":"Question","QuestionID":"QID7"}]}]},
 {"Element":"SO","Payload":{"AvailableLanguages":{"EN":[],"DE":[]}}},
 {"Element":"SQ","PrimaryAttribute":"QID1","Payload":{"QuestionText":"How likely are you to recommend us to a friend?","DataExportTag":"nps","QuestionType":"MC","Selector":"NPS","Choices":{"0":{"Display":"0"},"10":{"Display":"10"}}}},
 {"Element":"SQ","PrimaryAttribute":"QID2","Payload":{"QuestionText":"What should we do better?","DataExportTag":"better","QuestionType":"TE","Selector":"ML","DisplayLogic":{"0":{"0":{"LogicType":"Question","QuestionID":"QID1","Operator":"Selected","LeftOperand":"q://QID1/SelectableChoice/0","Description":"If nps 0 Is Selected"},"Type":"If"}}}},
 {"Element":"SQ","PrimaryAttribute":"QID3","Payload":{"QuestionText":"How satisfied are you with the service at the counter?","DataExportTag":"service","QuestionType":"MC","Selector":"SAVR","Choices":{"1":{"Display":"Very dissatisfied"},"2":{"Display":"Dissatisfied"},"3":{"Display":"Neutral"},"4":{"Display":"Satisfied"},"5":{"Display":"Very satisfied"}},"ChoiceOrder":[1,2,3,4,5],"Validation":{"Settings":{"ForceResponse":"ON"}}}},
 {"Element":"SQ","PrimaryAttribute":"QID4","Payload":{"QuestionText":"What did you buy today?","DataExportTag":"bought","QuestionType":"MC","Selector":"MAVR","Choices":{"1":{"Display":"Coffee"},"2":{"Display":"Pastry"},"3":{"Display":"Beans to take home"}},"ChoiceOrder":[1,2,3]}},
 {"Element":"SQ","PrimaryAttribute":"QID5","Payload":{"QuestionText":"Rate each part of your visit","DataExportTag":"parts","QuestionType":"Matrix","Selector":"Likert"}},
 {"Element":"SQ","PrimaryAttribute":"QID6","Payload":{"QuestionText":"Was the pastry fresh?","DataExportTag":"fresh","QuestionType":"MC","Selector":"SAVR","Choices":{"1":{"Display":"Yes"},"2":{"Display":"No"}},"DisplayLogic":{"0":{"0":{"LogicType":"Question","QuestionID":"QID4","Operator":"Selected","LeftOperand":"q://QID4/SelectableChoice/2","Description":"If bought Pastry Is Selected"},"1":{"LogicType":"Question","QuestionID":"QID3","Operator":"Selected","LeftOperand":"q://QID3/SelectableChoice/1","Conjuction":"And","Description":"And service Very dissatisfied Is Selected"},"Type":"If"}}}},
 {"Element":"SQ","PrimaryAttribute":"QID7","Payload":{"QuestionText":"Anything else you would like to tell us?","DataExportTag":"comment","QuestionType":"TE","Selector":"ML"}}]})";
        if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size()) {
            *error = QStringLiteral("cannot write '%1'").arg(qsf);
            return false;
        }
    }
    SourceSurvey source;
    if (readSurveyFile(qsf, QString(), &source, &unreadable)) {
        SurveyImportDialog dialog(db.sql(), qsf, source, &window);
        dialog.show();
        QCoreApplication::processEvents();
        if (!shot(&dialog, QStringLiteral("survey-import.png")))
            return false;
    }

    // A customer list whose dates could be day or month first: the question
    // the window asks once, and the window after the answer.
    const QString dated = temp.filePath(QStringLiteral("customers-dated.csv"));
    {
        QFile f(dated);
        const QByteArray csv = "Kundennr.;Name;E-Mail;Erster Kontakt;Kunde seit\n"
                               "K-101;Anna Weber;anna@example.com;03/11/2026;04/11/2026\n"
                               "K-102;Jonas Vogt;;05/10/2026;\n"
                               "K-103;Lea Braun;lea.braun.example.com;06/09/2026 14:05;\n"
                               "K-104;Mia Koch;mia@example.com;07/08/2026;\n";
        if (!f.open(QIODevice::WriteOnly) || f.write(csv) != csv.size()) {
            *error = QStringLiteral("cannot write '%1'").arg(dated);
            return false;
        }
    }
    if (previewFile(dated, 8, &header, &firstRows, &unreadable, &lines)) {
        ImportDialog dialog(db.sql(), dated, header, firstRows, &window, lines);
        bool asked = false, saved = true;
        dialog.setAskDateOrder([&](const ImportReport::DateQuestion& q) {
            DateOrderQuestion question(q, &dialog);
            question.show();
            QCoreApplication::processEvents();
            saved = shot(&question, QStringLiteral("import-date-question.png"));
            asked = true;
            return DateOrder::DayFirst;
        });
        dialog.show();
        do
            QCoreApplication::processEvents();
        while (dialog.checksDone() < 2);
        if (!saved || !asked || !shot(&dialog, QStringLiteral("import-dates.png")))
            return false;
    }
    return true;
}

} // namespace cx
