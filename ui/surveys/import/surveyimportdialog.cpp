#include "ui/surveys/import/surveyimportdialog.h"

#include "core/surveys/surveyrepository.h"
#include "ui/surveys/surveybuilder.h"
#include "ui/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace cx {

namespace {
const int kLeaveOut = -1;
}

SurveyImportDialog::SurveyImportDialog(QSqlDatabase& db, const QString& path,
                                       const SourceSurvey& source, QWidget* parent)
    : QDialog(parent), m_db(db), m_path(path), m_source(source)
{
    setWindowTitle(tr("Import survey from %1").arg(QFileInfo(path).fileName()));
    resize(1040, 660);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_format = new QLabel(this);
    m_format->setWordWrap(true);
    m_format->setTextFormat(Qt::PlainText);
    form->addRow(tr("The file holds"), m_format);
    m_language = new QComboBox(this);
    for (const QString& code : source.languages) {
        const QLocale locale(code);
        const QString name =
            locale.language() == QLocale::C
                ? code
                : QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), code);
        m_language->addItem(name, code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(source.language)));
    m_language->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Language"), m_language);
    form->setRowVisible(m_language, !source.languages.isEmpty()); // a responses export has none
    m_language->setEnabled(source.languages.size() > 1);
    m_language->setToolTip(tr("The survey is imported in one language; its texts in the others "
                              "stay in the file"));
    m_survey = new QComboBox(this);
    if (source.responsesOnly) {
        m_survey->addItem(tr("The survey whose questions match the columns"), QString());
        for (const Survey& s : SurveyRepository(m_db).list())
            m_survey->addItem(s.title, s.uuid);
        m_survey->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        form->addRow(tr("Add the responses to"), m_survey);
    } else {
        m_survey->hide();
    }
    m_target = new QLabel(this);
    m_target->setWordWrap(true);
    m_target->setTextFormat(Qt::PlainText);
    form->addRow(tr("In CX Desk"), m_target);
    layout->addLayout(form);

    layout->addWidget(new QLabel(
        source.responsesOnly
            ? tr("The questions of the survey, and the column of the export that answers each.")
            : tr("Every question of the file, what it becomes here, and when it is shown. Change "
                 "what a question becomes in its list."),
        this));
    m_table = new QTableWidget(0, Columns, this);
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Code"), tr("In the file"), tr("Question"),
                                        tr("Becomes"), tr("Shown if"), tr("Note")});
    if (source.responsesOnly)
        m_table->horizontalHeaderItem(InFile)->setText(tr("In the export"));
    // Tab leaves the table; a question's list opens with F2 or Space, or a click.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(Text, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ShownIf, QHeaderView::Stretch);
    m_table->setColumnWidth(Note, 190);
    layout->addWidget(m_table, 1);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);
    auto* copy = buttons->addButton(tr("Copy report"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the whole report as text, to keep or to send"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &SurveyImportDialog::runImport);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(importReport(m_plan).join(QLatin1Char('\n')));
        copy->setText(tr("Copied"));
        QTimer::singleShot(1500, copy, [copy] { copy->setText(tr("Copy report")); });
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, &SurveyImportDialog::readAgain);
    connect(m_survey, &QComboBox::currentIndexChanged, this, &SurveyImportDialog::replan);
    // Imported before: the kinds and the language chosen then.
    m_before = importedBefore(m_db, source, QFileInfo(path).completeBaseName());
    const QString language = m_before ? languageImportedBefore(source, *m_before) : QString();
    if (!language.isEmpty() && language != source.language) {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
        readAgain(); // replans
    } else {
        replan();
    }
}

QComboBox* SurveyImportDialog::kindBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, Becomes));
}

QString SurveyImportDialog::summary() const
{
    return m_summary->text();
}

void SurveyImportDialog::readAgain()
{
    const QString code = m_language->currentData().toString();
    if (code == m_source.language)
        return;
    SourceSurvey again;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = readSurveyFile(m_path, code, &again, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), error);
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_source.language)));
        return;
    }
    m_source = again;
    replan();
}

void SurveyImportDialog::replan()
{
    QString error;
    m_problem.clear();
    if (m_source.responsesOnly) {
        if (!planResponses(m_db, m_source, m_survey->currentData().toString(), &m_plan, &error)) {
            m_problem = error;
            m_plan = ImportPlan();
            m_plan.source = m_source;
        }
    } else {
        m_plan = planImport(m_source, m_kinds, QFileInfo(m_path).completeBaseName(),
                            m_before ? &*m_before : nullptr);
    }
    if (!m_problem.isEmpty()) // a sentence for people
        m_problem = m_problem.left(1).toUpper() + m_problem.mid(1) +
                    (m_problem.endsWith(QLatin1Char('.')) ? QString() : QStringLiteral("."));
    if (m_problem.isEmpty() && !checkImport(m_db, &m_plan, &error))
        m_problem = error;
    fill();
}

void SurveyImportDialog::fill()
{
    const QLocale l;
    const SourceSurvey& s = m_plan.source;
    m_format->setText(s.format);
    if (s.responsesOnly)
        m_target->setText(m_problem.isEmpty() ? tr("Responses to “%1”").arg(m_plan.survey.title)
                                              : tr("No survey to add them to yet"));
    else if (m_plan.updates)
        m_target->setText(tr("“%1” updates the survey imported from this source before; its "
                             "answers stay")
                              .arg(m_plan.survey.title));
    else
        m_target->setText(tr("“%1”, a new survey").arg(m_plan.survey.title));

    const QSignalBlocker block(m_table);
    m_table->clearContents();
    m_table->setRowCount(int(m_plan.questions.size()));
    int kept = 0, left = 0, conditions = 0, dropped = 0;
    for (int row = 0; row < m_plan.questions.size(); ++row) {
        const PlannedQuestion& p = m_plan.questions[row];
        auto item = [&](int column, const QString& text, const QString& tip = QString()) {
            auto* i = new QTableWidgetItem(text);
            i->setToolTip(tip.isEmpty() ? text : tip);
            m_table->setItem(row, column, i);
            return i;
        };
        item(Number, l.toString(row + 1));
        item(Code, p.code, p.note.isEmpty() ? p.code : p.note);
        item(InFile, p.source.type);
        item(Text, p.source.text.simplified());
        if (!p.note.isEmpty() && (p.kind || s.responsesOnly)) // else it is why it is left out
            item(Note, p.note);
        if (s.responsesOnly) {
            item(InFile, p.note.isEmpty() ? tr("column %1").arg(p.code) : tr("no column"));
            item(Becomes, p.kind ? questionKindLabel(*p.kind) : QString());
            continue;
        }
        if (p.kinds.isEmpty()) {
            ++left;
            auto* i = item(Becomes, tr("Left out: %1").arg(p.note));
            i->setForeground(theme::bad());
            QFont italic = i->font();
            italic.setItalic(true);
            i->setFont(italic);
        } else {
            auto* box = new QComboBox(m_table);
            box->setFocusPolicy(Qt::ClickFocus); // arrow keys move between rows, not kinds
            for (QuestionKind k : p.kinds)
                box->addItem(questionKindLabel(k), int(k));
            box->addItem(tr("Leave out"), kLeaveOut);
            box->setCurrentIndex(p.kind ? box->findData(int(*p.kind)) : box->count() - 1);
            box->setToolTip(p.note.isEmpty() ? tr("What the question becomes in CX Desk") : p.note);
            const QString code = p.source.code;
            connect(box, &QComboBox::activated, this, [this, box, code, row] {
                const int v = box->currentData().toInt();
                m_kinds.insert(code, v == kLeaveOut ? std::nullopt
                                                    : std::optional<QuestionKind>(QuestionKind(v)));
                // The table is filled anew, which deletes this list: after its signal.
                QMetaObject::invokeMethod(
                    this,
                    [this, row] {
                        replan();
                        m_table->setCurrentCell(row, Becomes);
                        m_table->setFocus();
                    },
                    Qt::QueuedConnection);
            });
            m_table->setCellWidget(row, Becomes, box);
            (p.kind ? kept : left) += 1;
        }
        if (!p.condition.isEmpty()) {
            ++conditions;
            item(ShownIf, p.condition, tr("From the file: %1").arg(p.source.conditionText));
        } else if (!p.conditionDropped.isEmpty()) {
            ++dropped;
            item(ShownIf, tr("Always (dropped: %1)").arg(p.conditionDropped),
                 tr("From the file: %1").arg(p.source.conditionText))
                ->setForeground(theme::bad());
        }
    }
    m_table->resizeColumnToContents(Number);
    m_table->resizeColumnToContents(Code);
    m_table->resizeColumnToContents(InFile);
    m_table->resizeColumnToContents(Becomes);
    m_table->setColumnWidth(Code, std::min(m_table->columnWidth(Code), 160));
    m_table->setColumnWidth(InFile, std::min(m_table->columnWidth(InFile), 180));
    m_table->setColumnWidth(Becomes, std::clamp(m_table->columnWidth(Becomes), 170, 320));

    QStringList lines;
    if (!s.responsesOnly)
        lines << tr("%1 to import, %2 left out; %3 kept, %4 dropped.")
                     .arg(tr("%Ln question(s)", nullptr, kept), l.toString(left),
                          tr("%Ln condition(s)", nullptr, conditions), l.toString(dropped));
    if (s.hasResponses && m_problem.isEmpty()) {
        lines << tr("Responses: %1 new, %2 imported before.")
                     .arg(l.toString(m_plan.newResponses), l.toString(m_plan.knownResponses));
        if (s.incompleteResponses > 0)
            lines << tr("Never submitted, so left out: %Ln response(s).", nullptr,
                        s.incompleteResponses);
        if (m_plan.repeatedResponses > 0)
            lines << tr("In the file twice, so left out once: %Ln response(s).", nullptr,
                        int(m_plan.repeatedResponses));
        if (m_plan.answersLeftOut > 0)
            lines << tr("Fitting no option or scale, so left out: %Ln answer(s).", nullptr,
                        int(m_plan.answersLeftOut));
    }
    for (const QString& n : m_plan.notes)
        lines << n;
    if (!m_problem.isEmpty())
        lines << m_problem;
    m_summary->setText(lines.join(QLatin1Char('\n')));
    const bool nothing = !s.responsesOnly && m_plan.survey.questions.isEmpty();
    m_import->setEnabled(m_problem.isEmpty() && !nothing);
    m_import->setToolTip(nothing ? tr("Choose at least one question to import") : QString());
}

bool SurveyImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        QComboBox* box = kindBox(m_table->currentRow());
        if (box && (key == Qt::Key_F2 || key == Qt::Key_Space)) {
            box->setFocus();
            box->showPopup();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SurveyImportDialog::runImport()
{
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = applyImport(m_db, m_plan, &m_outcome, &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(this, windowTitle(), tr("Nothing was imported: %1").arg(error));
        return;
    }
    accept();
}

} // namespace cx
