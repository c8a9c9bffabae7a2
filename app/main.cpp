// cxdesk: one executable, two faces — the desktop window, or a headless
// command that runs and exits (CONTRACT section 1).

#include "app/cli/cli.h"
#include "core/customers/customerrepository.h"
#include "core/storage/database.h"
#include "core/demo/demo.h"
#include "ui/import/importdialog.h"
#include "ui/journeys/journeymapview.h"
#include "ui/journeys/journeypage.h"
#include "ui/customers/customerspage.h"
#include "ui/mainwindow.h"
#include "ui/surveys/kiosk/kioskwindow.h"
#include "ui/surveys/paper/paperentry.h"
#include "ui/surveys/paper/paperform.h"
#include "ui/reports/reportwriter.h"
#include "ui/translations.h"
#include "core/surveys/surveyentry.h"
#include "core/storage/settings.h"
#include "ui/surveys/surveybuilder.h"
#include "core/surveys/surveyrepository.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPdfWriter>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void identify()
{
    QCoreApplication::setApplicationName(QStringLiteral("cxdesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("cxdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXDESK_VERSION));
}

// Rendering offscreen makes Qt warn about things that only matter on a real
// display; they are not the user's problem.
void quietOffscreenWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg
        && (message.contains(QLatin1String("propagateSizeHints")) || message.contains(QLatin1String("XDG_RUNTIME_DIR"))))
        return;
    QTextStream(stderr) << qFormatLogMessage(type, context, message) << "\n";
}

int screenshot(const cx::cli::Invocation& inv, QTextStream& out, QTextStream& err)
{
    if (inv.args.contains(QStringLiteral("--help"))) {
        out << "Usage: cxdesk [--db FILE] screenshot DIR\n\n"
               "Renders every page of the window on the current database to DIR/NAME.png,\n"
               "without a display.\n";
        return cx::cli::Ok;
    }
    if (inv.args.size() != 1 || inv.args.first().startsWith(QLatin1String("--"))) {
        err << "cxdesk: screenshot: name one folder for the pictures (see cxdesk screenshot --help)\n";
        return cx::cli::Usage;
    }
    const QDir dir(inv.args.first());
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath())) {
        err << "cxdesk: screenshot: cannot create folder '" << dir.path() << "'\n";
        return cx::cli::Failed;
    }
    cx::Database db;
    QString error;
    if (!db.open(cx::cli::databasePath(inv), &error)) {
        err << "cxdesk: screenshot: " << error << "\n";
        return cx::cli::Failed;
    }
    // Saves what the widget shows as NAME in the folder, and names the file.
    auto shot = [&](QWidget* widget, const QString& name) {
        const QString file = dir.filePath(name);
        if (!widget->grab().save(file)) {
            err << "cxdesk: screenshot: cannot write '" << file << "'\n";
            return false;
        }
        out << file << "\n";
        return true;
    };
    cx::MainWindow window(db);
    window.resize(1280, 800);
    window.show();
    for (const QString& page : window.pageNames()) {
        window.showPage(page);
        QCoreApplication::processEvents();
        if (!shot(&window, page + QStringLiteral(".png")))
            return cx::cli::Failed;
    }
    // One customer's page too: the one with the most history.
    if (const qint64 busiest = cx::CustomerRepository(db.sql()).mostActive()) {
        window.showPage(QStringLiteral("customers"));
        if (auto* customers = qobject_cast<cx::CustomersPage*>(window.page(QStringLiteral("customers")))) {
            customers->openCustomer(busiest);
            QCoreApplication::processEvents();
            if (!shot(&window, QStringLiteral("customer.png")))
                return cx::cli::Failed;
        }
    }
    // A touchpoint up close: the busiest pain point of the first journey.
    window.showPage(QStringLiteral("journeys"));
    if (auto* journeys = qobject_cast<cx::JourneysPage*>(window.page(QStringLiteral("journeys")))) {
        const cx::MapCard* pick = nullptr;
        for (const cx::MapCard& c : journeys->mapView()->map().cards)
            if (!pick || (c.painPoint && (!pick->painPoint || c.interactions > pick->interactions)))
                pick = &c;
        if (pick && journeys->openTouchpoint(pick->touchpoint.id)) {
            QCoreApplication::processEvents();
            if (!shot(&window, QStringLiteral("touchpoint.png")))
                return cx::cli::Failed;
            journeys->showMap();
        }
    }

    // The counter kiosk on its first question, and the paper form of the same survey.
    {
        const auto survey = cx::SurveyRepository(db.sql()).fullest();
        if (survey && !survey->questions.isEmpty()) {
            cx::KioskWindow kiosk(db, *survey);
            kiosk.resize(1280, 800);
            kiosk.show();
            cx::AnswerMap answers;
            answers.insert(survey->questions.first().code, 9);
            kiosk.showQuestionForPreview(0, answers);
            QCoreApplication::processEvents();
            if (!shot(&kiosk, QStringLiteral("kiosk.png")))
                return cx::cli::Failed;
            kiosk.hide();
            const QString pdfFile = dir.filePath(QStringLiteral("paper-form.pdf"));
            {
                QPdfWriter pdf(pdfFile);
                pdf.setPageSize(QPageSize(QPageSize::A4));
                pdf.setResolution(150);
                if (!cx::printPaperForms(&pdf, *survey, cx::businessName(db.sql()), cx::nextFormNumber(db.sql(), survey->id), 1)) {
                    err << "cxdesk: screenshot: cannot write '" << pdfFile << "'\n";
                    return cx::cli::Failed;
                }
            }
            out << pdfFile << "\n";
            cx::SurveyBuilder builder(db, *survey, &window);
            builder.show();
            builder.selectQuestion(int(survey->questions.size()) - 1);
            QCoreApplication::processEvents();
            builder.selectQuestion(int(survey->questions.size()) - 1); // the preview is drawn at its laid-out size
            QCoreApplication::processEvents();
            if (!shot(&builder, QStringLiteral("survey-builder.png")))
                return cx::cli::Failed;
            builder.hide();
            cx::PaperEntryDialog entry(db, *survey, &window);
            entry.show();
            entry.formNumber()->setValue(entry.formNumber()->value());
            QCoreApplication::processEvents();
            if (!shot(&entry, QStringLiteral("paper-entry.png")))
                return cx::cli::Failed;
        }
    }

    // The import dialog, checking a till export with one mistyped rating.
    QTemporaryDir temp;
    const QString sample = temp.filePath(QStringLiteral("till-export.csv"));
    if (!cx::writeTillExportSample(db.sql(), sample, &error)) {
        err << "cxdesk: screenshot: " << error << "\n";
        return cx::cli::Failed;
    }
    QStringList header;
    QList<QStringList> firstRows;
    if (cx::previewFile(sample, 8, &header, &firstRows, &error)) {
        cx::ImportDialog dialog(db.sql(), sample, header, firstRows, &window);
        dialog.show();
        do
            QCoreApplication::processEvents();
        while (dialog.checksDone() == 0);
        if (!shot(&dialog, QStringLiteral("import.png")))
            return cx::cli::Failed;
    }
    return cx::cli::Ok;
}

} // namespace

int main(int argc, char** argv)
{
    identify(); // before anything asks where the default database lives
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QTextStream out(stdout);
    QTextStream err(stderr);

    cx::cli::Invocation inv;
    QString error;
    if (!cx::cli::parseInvocation(arguments, &inv, &error)) {
        err << "cxdesk: " << error << "\n";
        return cx::cli::Usage;
    }
    if (inv.version) {
        out << "cxdesk " << CXDESK_VERSION << "\n";
        return cx::cli::Ok;
    }
    if (inv.help && inv.command.isEmpty()) {
        out << cx::cli::programHelp();
        return cx::cli::Ok;
    }
    if (inv.help)
        inv.args.prepend(QStringLiteral("--help"));
    if (!inv.lang.isEmpty()) {
        // Dates and numbers follow the chosen language.
        const QLocale locale(inv.lang);
        if (locale.language() == QLocale::C && inv.lang != QLatin1String("C")) {
            err << "cxdesk: --lang '" << inv.lang << "' is not a language code such as en, de, fr or es\n";
            return cx::cli::Usage;
        }
        QLocale::setDefault(locale);
    }

    if (cx::cli::isHeadlessCommand(inv.command)) {
        QCoreApplication app(argc, argv);
        return cx::cli::runCommand(inv, out, err);
    }
    if (inv.command == QLatin1String("screenshot") || inv.command == QLatin1String("report")) {
        // Both draw with the window's painters, offscreen, in the chosen language.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qInstallMessageHandler(quietOffscreenWarnings);
        QApplication app(argc, argv);
        cx::useLocale(cx::chooseLocale(inv.lang));
        if (inv.command == QLatin1String("screenshot"))
            return screenshot(inv, out, err);
        cx::cli::setReportRenderer([](const cx::Report& report, cx::Database& db, const QString& file, int* pages, QString* why) {
            return cx::writeReportPdf(report, db, file, cx::defaultPageSize(QLocale()), cx::defaultOrientation(report), pages, why);
        });
        return cx::cli::runCommand(inv, out, err);
    }
    if (!inv.command.isEmpty()) {
        err << "cxdesk: unknown command '" << inv.command << "' (see cxdesk --help)\n";
        return cx::cli::Usage;
    }

    QApplication app(argc, argv);
    cx::useLocale(cx::chooseLocale(inv.lang));
    QApplication::setApplicationDisplayName(QStringLiteral("CX Desk"));
    QApplication::setDesktopFileName(QStringLiteral("io.github.cxdesk.CxDesk"));
    cx::Database db;
    if (!db.open(cx::cli::databasePath(inv), &error)) {
        QMessageBox::critical(nullptr, QObject::tr("CX Desk"),
                              QObject::tr("The database could not be opened.\n\n%1").arg(error));
        err << "cxdesk: " << error << "\n";
        return cx::cli::Failed;
    }
    cx::MainWindow window(db);
    window.show();
    return app.exec();
}
