#include "ui/surveys/surveyspage.h"

#include "core/common/clock.h"
#include "core/common/format.h"
#include "core/metrics/metrics.h"
#include "core/storage/connectionkeeper.h"
#include "core/storage/database.h"
#include "core/storage/settings.h"
#include "core/surveys/import/surveyimport.h"
#include "core/surveys/kioskpin.h"
#include "core/surveys/printedforms.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "core/surveys/surveyresults.h"
#include "ui/surveys/import/surveyimportdialog.h"
#include "ui/surveys/kiosk/kioskpindialog.h"
#include "ui/surveys/kiosk/kioskwindow.h"
#include "ui/surveys/paper/paperentry.h"
#include "ui/surveys/paper/paperform.h"
#include "ui/surveys/paper/paperprintdialog.h"
#include "ui/surveys/responsedialog.h"
#include "ui/surveys/surveybuilder.h"
#include "ui/surveys/surveyresultsview.h"
#include "ui/theme.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cx {

SurveysPage::SurveysPage(Database& db, QWidget* parent) : Page(db, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    auto* head = new QHBoxLayout;
    head->addWidget(theme::pageTitle(tr("Surveys"), this));
    // The survey's own actions, then collecting answers at the counter and
    // from paper cards. A tool bar folds what does not fit into its » menu.
    auto* tools = new QToolBar(this);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto addTool = [&](const QString& text, const QString& tip, void (SurveysPage::*slot)()) {
        QAction* a = tools->addAction(text, this, slot);
        a->setToolTip(tip);
        return a;
    };
    addTool(tr("&New survey…"),
            tr("Start from a template (NPS, CSAT, CES, product feedback) or from scratch"),
            &SurveysPage::newSurvey);
    addTool(tr("&Import survey…"),
            tr("A survey made in LimeSurvey, Qualtrics, KoboToolbox or ODK (with its answers, "
               "where the file has them), or a CX Desk survey file"),
            &SurveysPage::importSurvey);
    addTool(tr("E&dit…"),
            tr("Questions, wording, conditions and settings of the selected survey (or "
               "double-click it)"),
            &SurveysPage::editSurvey);
    addTool(tr("Delete…"), tr("Delete the selected survey with its responses"),
            &SurveysPage::deleteSurvey);
    tools->addSeparator();
    addTool(tr("Start &kiosk"),
            tr("Run the selected survey full screen at the counter; the owner's PIN ends it"),
            &SurveysPage::startKiosk);
    auto* printMenu = new QMenu(this);
    printMenu->addAction(tr("Print preview…"), this, [this] { printForms(false); });
    printMenu->addAction(tr("Save as PDF…"), this, [this] { printForms(true); });
    QAction* print = tools->addAction(tr("&Print paper forms…"));
    print->setToolTip(tr("Numbered paper forms of the selected survey, to print or save as PDF"));
    print->setMenu(printMenu);
    if (auto* button = qobject_cast<QToolButton*>(tools->widgetForAction(print))) {
        button->setPopupMode(QToolButton::InstantPopup);
        // Room on the right for the menu arrow, which the style draws over the text otherwise.
        button->setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
    }
    addTool(tr("&Enter paper forms…"), tr("Type in returned paper cards by keyboard"),
            &SurveysPage::enterForms);
    head->addWidget(tools, 1, Qt::AlignRight | Qt::AlignVCenter);
    layout->addLayout(head);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels(
        {tr("Survey"), tr("Status"), tr("Touchpoint"), tr("Responses"), tr("NPS"), tr("CSAT")});
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setFixedHeight(110);
    layout->addWidget(m_tree);
    // The selected survey's results, scrolled as one page.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_results = new SurveyResultsView(m_db, scroll);
    scroll->setWidget(m_results);
    layout->addWidget(scroll, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] { showResults(); });
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { editSurvey(); });
    connect(m_results, &SurveyResultsView::responseRequested, this, &SurveysPage::openResponse);
}

qint64 SurveysPage::selectedSurvey() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

std::optional<Survey> SurveysPage::chosenSurvey()
{
    const auto survey = SurveyRepository(m_db.sql()).byId(selectedSurvey());
    if (!survey || survey->questions.isEmpty()) {
        QMessageBox::information(this, tr("Surveys"), tr("Choose a survey with questions first."));
        return std::nullopt;
    }
    return survey;
}

void SurveysPage::openResponse(qint64 responseId)
{
    if (!responseId)
        return;
    auto* dialog = new ResponseDialog(m_db, responseId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResponseDialog::openCustomer, this, [this](qint64 id) {
        emit openList(QStringLiteral("customers"), {{QStringLiteral("customer"), id}});
    });
    dialog->open();
}

void SurveysPage::newSurvey()
{
    const auto start = chooseSurveyTemplate(this);
    if (!start)
        return;
    SurveyBuilder builder(m_db, *start, this);
    if (builder.exec() == QDialog::Accepted) {
        selectAfterReload(builder.survey().id);
        emit dataChanged();
    }
}

void SurveysPage::importSurvey()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("surveys/importFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import survey"), folder,
        tr("Survey files (*.lss *.lsa *.qsf *.csv *.xlsx *.xml *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("surveys/importFolder"), QFileInfo(path).absolutePath());
    importSurveyFile(path);
}

void SurveysPage::importSurveyFile(const QString& path)
{
    const QString title = tr("Import survey");
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, title,
                             tr("%1 cannot be opened: %2").arg(name, file.errorString()));
        return;
    }
    QString error;
    if (detectSurveyFormat(file.peek(8192)) == SurveyFileFormat::CxDesk) {
        // CX Desk's own file: the definition as it was exported.
        QJsonParseError parse;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parse);
        Survey survey;
        if (parse.error != QJsonParseError::NoError)
            error =
                tr("not valid JSON at character %1: %2").arg(parse.offset).arg(parse.errorString());
        else if (!surveyFromJson(doc.object(), &survey, &error))
            error = error.isEmpty() ? tr("not a survey definition") : error;
        bool created = false;
        if (error.isEmpty() && !cx::importSurvey(m_db.sql(), survey, &created, &error))
            error = error.isEmpty() ? tr("it could not be saved") : error;
        if (!error.isEmpty()) {
            QMessageBox::warning(this, title, tr("%1 was not imported: %2").arg(name, error));
            return;
        }
        emit dataChanged();
        selectAfterReload(SurveyRepository(m_db.sql()).byUuid(survey.uuid).value_or(Survey()).id);
        QMessageBox::information(this, title,
                                 (created ? tr("Added the survey “%1” with %Ln question(s).",
                                               nullptr, int(survey.questions.size()))
                                          : tr("Updated the survey “%1”; it has %Ln question(s).",
                                               nullptr, int(survey.questions.size())))
                                     .arg(survey.title));
        return;
    }
    file.close();
    SourceSurvey source;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool read = readSurveyFile(path, QString(), &source, &error);
    QApplication::restoreOverrideCursor();
    if (!read) {
        QMessageBox::warning(this, title, tr("%1 cannot be imported: %2").arg(name, error));
        return;
    }
    SurveyImportDialog dialog(m_db.sql(), path, source, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ImportOutcome& done = dialog.outcome();
    emit dataChanged();
    selectAfterReload(done.surveyId);
    QString text =
        dialog.plan().source.responsesOnly
            ? tr("Responses added to “%1”.").arg(dialog.plan().survey.title)
            : (done.created ? tr("Added the survey “%1”.") : tr("Updated the survey “%1”."))
                  .arg(dialog.plan().survey.title);
    if (dialog.plan().source.hasResponses)
        text += QLatin1Char(' ') +
                tr("Responses: %1 added, %2 imported before.")
                    .arg(QLocale().toString(done.responsesAdded),
                         QLocale().toString(
                             done.responsesKnown)); // Old answers may lie outside the period the
                                                    // page shows: say when they were given.
    QString first, last;
    for (const SourceResponse& r : dialog.plan().source.responses) {
        if (first.isEmpty() || r.submittedAt < first)
            first = r.submittedAt;
        if (last.isEmpty() || r.submittedAt > last)
            last = r.submittedAt;
    }
    if (done.responsesAdded > 0 && !first.isEmpty()) {
        const QLocale l;
        const auto day = [&](const QString& t) {
            return l.toString(QDateTime::fromString(t, Qt::ISODate).date(), QLocale::ShortFormat);
        };
        text += QLatin1Char(' ') +
                tr("They were given from %1 to %2; choose a period that holds these dates to see "
                   "them in the results.")
                    .arg(day(first), day(last));
    }

    QMessageBox::information(this, title, text);
}

void SurveysPage::editSurvey()
{
    const auto survey = SurveyRepository(m_db.sql()).byId(selectedSurvey());
    if (!survey)
        return;
    SurveyBuilder builder(m_db, *survey, this);
    if (builder.exec() == QDialog::Accepted) {
        selectAfterReload(builder.survey().id);
        emit dataChanged();
    }
}

void SurveysPage::deleteSurvey()
{
    SurveyRepository surveys(m_db.sql());
    const auto survey = surveys.byId(selectedSurvey());
    if (!survey)
        return;
    const qint64 responses = surveys.responseCount(survey->id);
    const QString question =
        responses > 0
            ? tr("Delete “%1” and its %Ln response(s)? Their answers leave every metric and "
                 "report. Export them first if you may need them; this cannot be undone.",
                 nullptr, int(responses))
                  .arg(survey->title)
            : tr("Delete “%1”? It has no responses yet.").arg(survey->title);
    QMessageBox confirm(QMessageBox::Warning, tr("Delete survey"), question, QMessageBox::Cancel,
                        this);
    QPushButton* yes = confirm.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != yes)
        return;
    QString error;
    Transaction tx(m_db.sql());
    if (!tx.isActive() || !surveys.remove(*survey, &error) || !tx.commit(&error))
        QMessageBox::warning(
            this, tr("Delete survey"),
            tr("The survey was not deleted: %1.").arg(error.isEmpty() ? tx.error() : error));
    else
        emit dataChanged();
    setFilter(m_filter);
}

void SurveysPage::selectAfterReload(qint64 surveyId)
{
    setFilter(m_filter);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == surveyId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
}

void SurveysPage::startKiosk()
{
    const auto survey = chosenSurvey();
    if (!survey)
        return;
    if (!hasKioskPin(m_db.sql())) {
        // The PIN is what keeps customers in the survey: it is set before the first start.
        // Typed twice; a refused PIN asks again, with the reason.
        KioskPinDialog ask(this);
        for (;;) {
            if (ask.exec() != QDialog::Accepted)
                return;
            QString error;
            if (setKioskPin(m_db.sql(), ask.pin(), &error))
                break;
            ask.showProblem(tr("The PIN was not saved: %1.").arg(error));
        }
    }
    auto* kiosk = new KioskWindow(m_db, *survey, window());
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    // The window's watch on the server: what waited is sent when it is back.
    kiosk->setConnectionKeeper(window()->findChild<ConnectionKeeper*>());
    connect(kiosk, &KioskWindow::responseSaved, this, &Page::dataChanged);
    connect(kiosk, &KioskWindow::destroyed, this, [this] { setFilter(m_filter); });
    kiosk->showFullScreen();
}

void SurveysPage::printForms(bool pdf)
{
    const auto survey = chosenSurvey();
    if (!survey)
        return;
    PaperPrintDialog choice(m_db, *survey,
                            pdf ? PaperPrintDialog::Output::Pdf : PaperPrintDialog::Output::Printer,
                            this);
    if (choice.exec() != QDialog::Accepted)
        return;
    const qint64 first = choice.firstNumber()->value();
    const int count = choice.count()->value();
    QString error;
    if (pdf) {
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Save paper forms"),
            QDir::home().filePath(survey->title + QStringLiteral(".pdf")), tr("PDF (*.pdf)"));
        if (file.isEmpty())
            return;
        if (!savePaperForms(m_db, file, *survey, first, count, choice.pageSize(), &error))
            QMessageBox::warning(this, tr("Paper forms"),
                                 tr("The forms were not saved: %1.").arg(error));
        return;
    }
    {
        const QString business = businessName(m_db.sql());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageLayout(paperFormLayout(choice.pageSize()));
        printer.setDocName(survey->title);
        QPrintPreviewDialog preview(&printer, this);
        preview.setWindowTitle(tr("Paper forms — %1").arg(survey->title));
        bool painted = false;
        connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
            painted = printPaperForms(p, *survey, business, first, count);
        });
        // The preview is accepted only once the forms went to the printer.
        if (preview.exec() != QDialog::Accepted || !painted)
            return;
    }
    // Only numbers that reached paper (or a PDF) are kept as printed.
    if (!recordPrintedForms(m_db.sql(), survey->id, first, count, nullptr, &error))
        QMessageBox::warning(this, tr("Paper forms"),
                             tr("Forms %1 to %2 were printed, but their numbers could not be "
                                "kept: %3. The next batch may start at a number printed now.")
                                 .arg(first)
                                 .arg(first + count - 1)
                                 .arg(error));
}

void SurveysPage::enterForms()
{
    const auto survey = chosenSurvey();
    if (!survey)
        return;
    PaperEntryDialog dialog(m_db, *survey, this);
    connect(&dialog, &PaperEntryDialog::responseSaved, this, &Page::dataChanged);
    dialog.exec();
    if (dialog.saved() > 0)
        setFilter(m_filter);
}

void SurveysPage::showResults()
{
    if (QTreeWidgetItem* item = m_tree->currentItem();
        item && item->data(0, Qt::UserRole).toLongLong())
        m_results->showSurvey(item->data(0, Qt::UserRole).toLongLong(), m_filter);
}

void SurveysPage::setFilter(const MetricsFilter& filter)
{
    m_filter = filter;
    const qint64 keep =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    QVector<SurveyOverview> surveys;
    QString error;
    if (!surveyOverviews(m_db.sql(), filter, clock::today(), &surveys, &error))
        new QTreeWidgetItem(m_tree, {tr("The surveys could not be read: %1").arg(error)});
    const QLocale l;
    QTreeWidgetItem* current = nullptr;
    for (const SurveyOverview& o : std::as_const(surveys)) {
        const SurveyStatus status = o.survey.status;
        const QString statusText = status == SurveyStatus::Active   ? tr("Active")
                                   : status == SurveyStatus::Closed ? tr("Closed")
                                                                    : tr("Draft");
        auto* item = new QTreeWidgetItem(
            m_tree,
            {o.survey.title, statusText, o.touchpoint, l.toString(o.responses),
             o.nps ? tr("%1 ± %2").arg(format::nps(o.nps), l.toString(*o.npsMargin, 'f', 1))
                   : QStringLiteral("–"),
             o.csat ? l.toString(*o.csat, 'f', 1) + QStringLiteral(" %") : QStringLiteral("–")});
        item->setData(0, Qt::UserRole, o.survey.id);
        item->setToolTip(0, o.survey.uuid);
        for (int c = 3; c <= 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        if (!current || o.survey.id == keep)
            current = item;
    }
    for (int c = 1; c <= 5; ++c)
        m_tree->resizeColumnToContents(c);
    if (m_tree->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_tree, {tr("No surveys yet.")});
    m_tree->setCurrentItem(current);
    showResults();
}

} // namespace cx
