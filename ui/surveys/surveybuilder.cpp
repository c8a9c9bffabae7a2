#include "ui/surveys/surveybuilder.h"

#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "core/storage/rowversion.h"
#include "core/surveys/displaylogic.h"
#include "core/surveys/surveyentry.h"
#include "core/surveys/surveyfile.h"
#include "core/surveys/surveyrepository.h"
#include "core/surveys/surveytemplates.h"
#include "ui/surveys/kiosk/kioskwindow.h"
#include "ui/surveys/paper/paperform.h"
#include "ui/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace cx {

namespace {

struct KindInfo
{
    QuestionKind kind;
    const char* label;
};
const KindInfo kKinds[] = {
    {QuestionKind::Nps, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "NPS (0–10)")},
    {QuestionKind::Csat, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "CSAT (1–5 faces)")},
    {QuestionKind::Ces, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "Effort, CES (1–7)")},
    {QuestionKind::Rating, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "Rating (1–5)")},
    {QuestionKind::YesNo, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "Yes / no")},
    {QuestionKind::Single, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "One choice")},
    {QuestionKind::Multi, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "Several choices")},
    {QuestionKind::Text, QT_TRANSLATE_NOOP("cx::SurveyBuilder", "Written answer")},
};

const QStringList kOps = {QStringLiteral("="),  QStringLiteral("!="), QStringLiteral("<"),
                          QStringLiteral("<="), QStringLiteral(">"),  QStringLiteral(">=")};

// One step of the builder: the survey before and after it.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(SurveyBuilder* builder, const QString& text, Survey before, int beforeAt,
                    Survey after, int afterAt, int mergeId)
        : QUndoCommand(text), m_builder(builder), m_before(std::move(before)),
          m_after(std::move(after)), m_beforeAt(beforeAt), m_afterAt(afterAt), m_merge(mergeId)
    {
    }
    void undo() override { m_builder->restore(m_before, m_beforeAt); }
    void redo() override
    {
        if (m_first) { // already applied when pushed
            m_first = false;
            return;
        }
        m_builder->restore(m_after, m_afterAt);
    }
    int id() const override { return m_merge ? m_merge : -1; }
    bool mergeWith(const QUndoCommand* other) override
    {
        const auto* o = static_cast<const SnapshotCommand*>(other);
        if (o->m_merge != m_merge || o->m_afterAt != m_afterAt)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    SurveyBuilder* m_builder;
    Survey m_before, m_after;
    int m_beforeAt, m_afterAt;
    int m_merge;
    bool m_first = true;
};

enum Merge
{
    MergeNone,
    MergeTitle,
    MergeDescription,
    MergeThanks,
    MergeCode,
    MergeText,
    MergeOptions,
    MergeMin,
    MergeMax,
    MergeIfValue
};

} // namespace

QString questionKindLabel(QuestionKind kind)
{
    for (const KindInfo& k : kKinds)
        if (k.kind == kind)
            return SurveyBuilder::tr(k.label);
    return {};
}

SurveyBuilder::SurveyBuilder(Database& db, const Survey& survey, QWidget* parent)
    : QDialog(parent), m_db(db), m_survey(survey), m_read(survey)
{
    m_conflict = [this](const QString& title, const QString& message) {
        return askAboutConflict(this, title, message, true);
    };
    setWindowTitle(survey.id ? tr("Edit survey — %1").arg(survey.title) : tr("New survey"));
    m_undo = new QUndoStack(this);
    auto* outer = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    outer->addLayout(columns, 1);

    // Left: the survey and its questions.
    auto* left = new QVBoxLayout;
    auto* settings = new QGroupBox(tr("Survey"), this);
    auto* form = new QFormLayout(settings);
    m_title = new QLineEdit(settings);
    m_description = new QLineEdit(settings);
    m_description->setPlaceholderText(tr("One line shown on the first screen and the paper form"));
    m_status = new QComboBox(settings);
    m_status->addItem(tr("Draft"), int(SurveyStatus::Draft));
    m_status->addItem(tr("Active"), int(SurveyStatus::Active));
    m_status->addItem(tr("Closed"), int(SurveyStatus::Closed));
    m_touchpoint = new QComboBox(settings);
    m_touchpoint->addItem(tr("No touchpoint"), 0);
    JourneyRepository catalog(db.sql());
    QHash<qint64, QString> stageNames;
    for (const Journey& j : catalog.journeys())
        for (const Stage& s : catalog.stages(j.id))
            stageNames.insert(s.id, j.name + QStringLiteral(" › ") + s.name);
    for (const Touchpoint& t : catalog.touchpoints())
        m_touchpoint->addItem(stageNames.value(t.stageId) + QStringLiteral(" › ") + t.name, t.id);
    // Long "journey › stage › touchpoint" names must not widen the dialog.
    m_touchpoint->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_touchpoint->setMinimumContentsLength(24);
    m_channel = new QComboBox(settings);
    m_channel->addItem(tr("The touchpoint's channel"), 0);
    for (const Channel& c : catalog.channels())
        m_channel->addItem(c.name, c.id);
    m_thanks = new QLineEdit(settings);
    m_thanks->setPlaceholderText(thankYouText(Survey()));
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Status"), m_status);
    form->addRow(tr("T&ouchpoint"), m_touchpoint);
    form->addRow(tr("C&hannel"), m_channel);
    form->addRow(tr("Thank-&you message"), m_thanks);
    left->addWidget(settings);

    auto* questionsBox = new QGroupBox(tr("Questions (drag to reorder)"), this);
    auto* ql = new QVBoxLayout(questionsBox);
    m_list = new QListWidget(questionsBox);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    // Long questions wrap instead of widening the dialog.
    m_list->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_list->setMinimumWidth(300);
    ql->addWidget(m_list, 1);
    auto* tools = new QHBoxLayout;
    auto* add = new QToolButton(questionsBox);
    add->setText(tr("&Add question"));
    add->setPopupMode(QToolButton::InstantPopup);
    // Room on the right for the menu arrow, which the style draws over the text otherwise.
    add->setStyleSheet(QStringLiteral("QToolButton { padding-right: 14px; }"));
    auto* menu = new QMenu(add);
    for (const KindInfo& k : kKinds)
        menu->addAction(tr(k.label), this, [this, kind = k.kind] { addQuestion(kind); });
    add->setMenu(menu);
    auto* duplicate = new QPushButton(tr("D&uplicate"), questionsBox);
    duplicate->setToolTip(tr("Duplicate the question (Ctrl+D)"));
    auto* remove = new QPushButton(tr("De&lete"), questionsBox);
    remove->setToolTip(tr("Delete the question (Delete); Ctrl+Z brings it back"));
    auto* up = new QPushButton(QStringLiteral("↑"), questionsBox);
    up->setToolTip(tr("Move up (Alt+Up)"));
    auto* down = new QPushButton(QStringLiteral("↓"), questionsBox);
    down->setToolTip(tr("Move down (Alt+Down)"));
    for (QWidget* w : {static_cast<QWidget*>(add), static_cast<QWidget*>(duplicate),
                       static_cast<QWidget*>(remove)})
        tools->addWidget(w);
    tools->addStretch();
    tools->addWidget(up);
    tools->addWidget(down);
    ql->addLayout(tools);
    left->addWidget(questionsBox, 1);
    columns->addLayout(left, 4);

    // Middle: the selected question.
    auto* editor = new QGroupBox(tr("Question"), this);
    auto* editorLayout = new QVBoxLayout(editor);
    auto* ef = new QFormLayout;
    // Labels above their fields: beside them, long German labels left the
    // fields of this narrow column too short to read a scale label or a condition.
    ef->setRowWrapPolicy(QFormLayout::WrapAllRows);
    editorLayout->addLayout(ef);
    editorLayout->addStretch();
    m_kind = new QComboBox(editor);
    for (const KindInfo& k : kKinds)
        m_kind->addItem(tr(k.label), int(k.kind));
    m_code = new QLineEdit(editor);
    m_code->setToolTip(
        tr("A short name for the question, used in imports, exports and conditions"));
    m_text = new QPlainTextEdit(editor);
    m_text->setTabChangesFocus(true);
    m_text->setFixedHeight(64);
    m_required = new QCheckBox(tr("An answer is &required"), editor);
    m_optionsLabel = new QLabel(tr("O&ptions, one per line"), editor);
    m_options = new QPlainTextEdit(editor);
    m_options->setTabChangesFocus(true);
    m_options->setFixedHeight(110);
    m_optionsLabel->setBuddy(m_options);
    m_labelsLabel = new QLabel(tr("Scale &labels"), editor);
    // One above the other: side by side in this column each showed only the
    // first word of a label such as "Überhaupt nicht wahrscheinlich".
    auto* labels = new QVBoxLayout;
    m_labelMin = new QLineEdit(editor);
    m_labelMin->setPlaceholderText(tr("Lowest, e.g. Not at all likely"));
    m_labelMax = new QLineEdit(editor);
    m_labelMax->setPlaceholderText(tr("Highest, e.g. Extremely likely"));
    m_labelsLabel->setBuddy(m_labelMin);
    labels->addWidget(m_labelMin);
    labels->addWidget(m_labelMax);
    // The question on its own line, the comparison and value under it, so
    // each is wide enough to read (a value such as "Ordering by phone or app").
    auto* condition = new QVBoxLayout;
    auto* comparison = new QHBoxLayout;
    m_ifCode = new QComboBox(editor);
    m_ifCode->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ifCode->setMinimumContentsLength(16);
    m_ifOp = new QComboBox(editor);
    m_ifOp->addItems(kOps);
    m_ifValue = new QLineEdit(editor);
    m_ifValue->setPlaceholderText(tr("value"));
    m_ifValue->setMinimumWidth(120);
    condition->addWidget(m_ifCode);
    comparison->addWidget(m_ifOp);
    comparison->addWidget(m_ifValue, 1);
    condition->addLayout(comparison);
    ef->addRow(tr("&Kind"), m_kind);
    ef->addRow(tr("&Code"), m_code);
    ef->addRow(tr("&Wording"), m_text);
    ef->addRow(QString(), m_required);
    ef->addRow(m_optionsLabel, m_options);
    ef->addRow(m_labelsLabel, labels);
    auto* ifLabel = new QLabel(tr("Ask &only when"), editor);
    ifLabel->setBuddy(m_ifCode);
    ef->addRow(ifLabel, condition);
    columns->addWidget(editor, 5);

    // Right: what the customer sees.
    auto* previewBox = new QGroupBox(tr("Preview at the kiosk"), this);
    auto* pl = new QVBoxLayout(previewBox);
    m_preview = new QLabel(previewBox);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setMinimumSize(360, 225);
    // The picture follows the pane's width; it must not hold the pane open.
    m_preview->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_preview->setFrameShape(QFrame::StyledPanel);
    pl->addWidget(m_preview);
    m_previewNote = new QLabel(previewBox);
    m_previewNote->setWordWrap(true);
    pl->addWidget(m_previewNote);
    pl->addStretch();
    columns->addWidget(previewBox, 4);

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1").arg(theme::bad().name()));
    outer->addWidget(m_problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ResetRole);
    auto* redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ResetRole);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &SurveyBuilder::refreshPreview);

    // Every field writes to the working copy as an undoable step.
    connect(m_title, &QLineEdit::textEdited, this, [this](const QString& t) {
        change(
            tr("Edit the title"), [t](Survey& s) { s.title = t; }, MergeTitle);
    });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& t) {
        change(
            tr("Edit the description"), [t](Survey& s) { s.description = t; }, MergeDescription);
    });
    connect(m_thanks, &QLineEdit::textEdited, this, [this](const QString& t) {
        change(
            tr("Edit the thank-you message"), [t](Survey& s) { s.thankYou = t; }, MergeThanks);
    });
    connect(m_status, &QComboBox::activated, this, [this] {
        const auto v = SurveyStatus(m_status->currentData().toInt());
        change(tr("Change the status"), [v](Survey& s) { s.status = v; });
    });
    connect(m_touchpoint, &QComboBox::activated, this, [this] {
        const qint64 v = m_touchpoint->currentData().toLongLong();
        change(tr("Link a touchpoint"), [v](Survey& s) { s.touchpointId = v; });
    });
    connect(m_channel, &QComboBox::activated, this, [this] {
        const qint64 v = m_channel->currentData().toLongLong();
        change(tr("Choose the channel"), [v](Survey& s) { s.channelId = v; });
    });
    auto question = [this](const QString& what, const std::function<void(Question&)>& edit,
                           int merge = 0) {
        if (m_current < 0 || m_current >= m_survey.questions.size())
            return;
        const int at = m_current;
        change(
            what, [edit, at](Survey& s) { edit(s.questions[at]); }, merge);
    };
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString& t) {
        if (m_current < 0 || m_current >= m_survey.questions.size())
            return;
        const int at = m_current;
        change(
            tr("Edit the code"),
            [t, at](Survey& s) {
                const QString old = s.questions[at].code;
                s.questions[at].code = t.trimmed();
                // Conditions that named the old code follow it.
                for (Question& q : s.questions) {
                    const auto c =
                        q.showIf.isEmpty() ? std::nullopt : parseCondition(q.showIf, nullptr);
                    if (!c || c->code != old)
                        continue;
                    QJsonObject o = QJsonDocument::fromJson(q.showIf.toUtf8()).object();
                    o.insert(QStringLiteral("code"), t.trimmed());
                    q.showIf = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
                }
            },
            MergeCode);
    });
    connect(m_kind, &QComboBox::activated, this, [question, this] {
        const auto kind = QuestionKind(m_kind->currentData().toInt());
        question(tr("Change the kind"), [kind](Question& q) {
            q.kind = kind;
            if ((kind == QuestionKind::Single || kind == QuestionKind::Multi) &&
                q.options.isEmpty())
                q.options = QStringList{tr("First choice"), tr("Second choice")};
        });
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, [question, this] {
        if (!m_refreshing)
            question(
                tr("Edit the wording"), [t = m_text->toPlainText()](Question& q) { q.text = t; },
                MergeText);
    });
    connect(m_required, &QCheckBox::clicked, this, [question](bool on) {
        question(on ? tr("Require an answer") : tr("Make the answer optional"),
                 [on](Question& q) { q.required = on; });
    });
    connect(m_options, &QPlainTextEdit::textChanged, this, [question, this] {
        if (m_refreshing)
            return;
        QStringList options;
        for (const QString& line : m_options->toPlainText().split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                options << line.trimmed();
        question(
            tr("Edit the options"), [options](Question& q) { replaceOptions(&q, options); },
            MergeOptions);
    });
    connect(m_labelMin, &QLineEdit::textEdited, this, [question](const QString& t) {
        question(
            tr("Edit a scale label"), [t](Question& q) { q.labelMin = t; }, MergeMin);
    });
    connect(m_labelMax, &QLineEdit::textEdited, this, [question](const QString& t) {
        question(
            tr("Edit a scale label"), [t](Question& q) { q.labelMax = t; }, MergeMax);
    });
    auto writeCondition = [question, this](int merge) {
        const QString code = m_ifCode->currentData().toString();
        QString json;
        if (!code.isEmpty()) {
            bool number = false;
            const double v = m_ifValue->text().trimmed().toDouble(&number);
            QJsonObject o{{QStringLiteral("code"), code},
                          {QStringLiteral("op"), m_ifOp->currentText()}};
            o.insert(QStringLiteral("value"),
                     number ? QJsonValue(v) : QJsonValue(m_ifValue->text().trimmed()));
            json = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
        }
        question(
            tr("Change when it is asked"), [json](Question& q) { q.showIf = json; }, merge);
    };
    connect(m_ifCode, &QComboBox::activated, this, [writeCondition] { writeCondition(0); });
    connect(m_ifOp, &QComboBox::activated, this, [writeCondition] { writeCondition(0); });
    connect(m_ifValue, &QLineEdit::textEdited, this,
            [writeCondition] { writeCondition(MergeIfValue); });

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_refreshing && row >= 0)
            selectQuestion(row);
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex&, int start, int, const QModelIndex&, int row) {
                if (!m_refreshing)
                    QTimer::singleShot(0, this, [this, start, row] {
                        moveQuestion(start, row > start ? row - 1 : row);
                    });
            });
    connect(duplicate, &QPushButton::clicked, this, &SurveyBuilder::duplicateQuestion);
    connect(remove, &QPushButton::clicked, this, &SurveyBuilder::deleteQuestion);
    connect(up, &QPushButton::clicked, this, [this] { moveQuestion(m_current, m_current - 1); });
    connect(down, &QPushButton::clicked, this, [this] { moveQuestion(m_current, m_current + 1); });

    resize(1280, 740);
    refreshAll();
}

void SurveyBuilder::change(const QString& what, const std::function<void(Survey&)>& edit,
                           int mergeId)
{
    if (m_refreshing)
        return;
    const Survey before = m_survey;
    edit(m_survey);
    m_undo->push(new SnapshotCommand(this, what, before, m_current, m_survey, m_current, mergeId));
    // Typing stays in its field: only what depends on it is redrawn.
    m_refreshing = true;
    refreshList();
    m_refreshing = false;
    if (mergeId == 0)
        refreshEditor();
    m_previewTimer->start();
    scheduleProblemCheck();
}

void SurveyBuilder::restore(const Survey& state, int current)
{
    m_survey = state;
    m_current = std::clamp(current, 0, std::max(0, int(m_survey.questions.size()) - 1));
    refreshAll();
}

void SurveyBuilder::refreshAll()
{
    refreshList();
    refreshEditor();
    refreshPreview();
    scheduleProblemCheck();
}

void SurveyBuilder::refreshList()
{
    const bool was = m_refreshing;
    m_refreshing = true;
    m_list->clear();
    for (int i = 0; i < m_survey.questions.size(); ++i) {
        const Question& q = m_survey.questions[i];
        QString line = QStringLiteral("%1. %2").arg(i + 1).arg(q.text.simplified());
        QString detail = questionKindLabel(q.kind) + (q.required ? tr(", required") : QString());
        if (!q.showIf.isEmpty())
            if (const auto c = parseCondition(q.showIf, nullptr))
                detail += tr(", only when %1 %2 %3").arg(c->code, c->op, c->value.toString());
        auto* item = new QListWidgetItem(line + QStringLiteral("\n    ") + detail, m_list);
        item->setToolTip(q.code);
    }
    m_list->setCurrentRow(m_current);
    m_refreshing = was;
}

void SurveyBuilder::refreshEditor()
{
    const bool was = m_refreshing;
    m_refreshing = true;
    const auto setText = [](QLineEdit* e, const QString& t) {
        if (e->text() != t)
            e->setText(t);
    };
    setText(m_title, m_survey.title);
    setText(m_description, m_survey.description);
    setText(m_thanks, m_survey.thankYou);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(m_survey.status))));
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(m_survey.touchpointId)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(m_survey.channelId)));
    const bool has = m_current >= 0 && m_current < m_survey.questions.size();
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_kind, m_code, m_text, m_required, m_options, m_labelMin,
                                         m_labelMax, m_ifCode, m_ifOp, m_ifValue})
        w->setEnabled(has);
    if (has) {
        const Question& q = m_survey.questions[m_current];
        m_kind->setCurrentIndex(m_kind->findData(int(q.kind)));
        setText(m_code, q.code);
        if (m_text->toPlainText() != q.text)
            m_text->setPlainText(q.text);
        m_required->setChecked(q.required);
        const bool choices = q.kind == QuestionKind::Single || q.kind == QuestionKind::Multi;
        m_options->setVisible(choices);
        m_optionsLabel->setVisible(choices);
        const QString options = q.options.join(QLatin1Char('\n'));
        if (choices && m_options->toPlainText().trimmed() != options)
            m_options->setPlainText(options);
        int min = 0, max = 0;
        const bool scale = q.kind != QuestionKind::YesNo && questionKindScale(q.kind, &min, &max);
        m_labelMin->setVisible(scale);
        m_labelMax->setVisible(scale);
        m_labelsLabel->setVisible(scale);
        setText(m_labelMin, q.labelMin);
        setText(m_labelMax, q.labelMax);
        // Only earlier questions can decide whether this one is asked.
        m_ifCode->clear();
        m_ifCode->addItem(tr("Always ask"), QString());
        for (int i = 0; i < m_current; ++i)
            m_ifCode->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(m_survey.questions[i].code),
                              m_survey.questions[i].code);
        const auto c = q.showIf.isEmpty() ? std::nullopt : parseCondition(q.showIf, nullptr);
        m_ifCode->setCurrentIndex(c ? std::max(0, m_ifCode->findData(c->code)) : 0);
        m_ifOp->setCurrentIndex(c ? std::max(0, int(kOps.indexOf(c->op)))
                                  : int(kOps.indexOf(QStringLiteral("<="))));
        setText(m_ifValue, c ? c->value.toString() : QString());
        m_ifOp->setEnabled(c.has_value());
        m_ifValue->setEnabled(c.has_value());
    }
    m_refreshing = was;
}

void SurveyBuilder::refreshPreview()
{
    if (m_survey.questions.isEmpty()) {
        m_preview->setPixmap(QPixmap());
        m_preview->setText(tr("Add a question to see it here."));
        return;
    }
    // The kiosk itself draws the question, every question shown in turn.
    Survey shown = m_survey;
    for (Question& q : shown.questions)
        q.showIf.clear();
    KioskWindow kiosk(m_db, shown, nullptr, KioskWindow::Mode::Preview);
    kiosk.setAttribute(Qt::WA_DontShowOnScreen);
    kiosk.resize(1024, 640);
    kiosk.show();
    kiosk.showQuestionForPreview(m_current, {});
    const QPixmap shot = kiosk.grab();
    const Question& q = m_survey.questions.value(m_current);
    QString when = paperCondition(m_survey, q);
    m_previewNote->setText((when.isEmpty()
                                ? tr("Asked of everyone.")
                                : tr("Asked only of some: %1")
                                      .arg(when.replace(tr("your answer"), tr("the answer")))) +
                           QStringLiteral(" ") +
                           tr("Customers answer by touch, mouse or keyboard; the paper form shows "
                              "the same question with boxes to tick."));
    const int width = std::max(360, m_preview->width() - 4);
    m_preview->setPixmap(shot.scaledToWidth(width, Qt::SmoothTransformation));
}

void SurveyBuilder::scheduleProblemCheck()
{
    const QString problem = surveyProblem(m_survey);
    m_problem->setText(problem.isEmpty() ? QString() : tr("Before saving: %1.").arg(problem));
}

QString SurveyBuilder::freeCode(const QString& base) const
{
    QString code = base;
    for (int n = 2;; ++n) {
        const bool used = std::any_of(m_survey.questions.begin(), m_survey.questions.end(),
                                      [&](const Question& q) { return q.code == code; });
        if (!used)
            return code;
        code = base + QString::number(n);
    }
}

void SurveyBuilder::step(const QString& what, const std::function<void()>& edit)
{
    const Survey before = m_survey;
    const int beforeAt = m_current;
    edit();
    m_undo->push(new SnapshotCommand(this, what, before, beforeAt, m_survey, m_current, 0));
    refreshAll();
}

void SurveyBuilder::addQuestion(QuestionKind kind)
{
    Question q = makeQuestion(freeCode(questionKindName(kind)), kind, tr("New question"));
    if (kind == QuestionKind::Single || kind == QuestionKind::Multi)
        q.options = QStringList{tr("First choice"), tr("Second choice")};
    if (kind == QuestionKind::Nps) {
        q.text = tr("How likely are you to recommend us to a friend or colleague?");
        q.labelMin = tr("Not at all likely");
        q.labelMax = tr("Extremely likely");
    }
    const int at = m_survey.questions.isEmpty() ? 0 : m_current + 1;
    step(tr("Add a question"), [&] {
        m_survey.questions.insert(at, q);
        m_current = at;
    });
    m_text->setFocus();
    m_text->selectAll();
}

void SurveyBuilder::duplicateQuestion()
{
    if (m_current < 0 || m_current >= m_survey.questions.size())
        return;
    Question copy = m_survey.questions[m_current];
    copy.id = 0;
    copy.code = freeCode(copy.code);
    step(tr("Duplicate a question"), [&] {
        m_survey.questions.insert(m_current + 1, copy);
        ++m_current;
    });
}

void SurveyBuilder::deleteQuestion()
{
    if (m_current < 0 || m_current >= m_survey.questions.size())
        return;
    step(tr("Delete a question"), [&] {
        const QString code = m_survey.questions[m_current].code;
        m_survey.questions.removeAt(m_current);
        // A condition on the deleted question would refer to nothing: it goes too.
        for (Question& q : m_survey.questions)
            if (const auto c =
                    q.showIf.isEmpty() ? std::nullopt : parseCondition(q.showIf, nullptr);
                c && c->code == code)
                q.showIf.clear();
        m_current = std::min(m_current, int(m_survey.questions.size()) - 1);
    });
}

void SurveyBuilder::moveQuestion(int from, int to)
{
    const int n = int(m_survey.questions.size());
    if (from < 0 || from >= n || to < 0 || to >= n || from == to) {
        refreshList(); // a drop that changed nothing
        return;
    }
    step(tr("Move a question"), [&] {
        m_survey.questions.move(from, to);
        m_current = to;
    });
}

void SurveyBuilder::selectQuestion(int index)
{
    if (index < 0 || index >= m_survey.questions.size())
        return;
    m_current = index;
    m_refreshing = true;
    m_list->setCurrentRow(index);
    m_refreshing = false;
    refreshEditor();
    refreshPreview();
}

bool SurveyBuilder::save()
{
    QString error;
    Survey s = m_survey;
    if (s.id) {
        const auto stored = SurveyRepository(m_db.sql()).byId(s.id);
        if (!stored) {
            m_problem->setText(tr("Not saved: %1.")
                                   .arg(deletedElsewhere(tr("the survey “%1”").arg(m_read.title))));
            return false;
        }
        bool changed = stored->rowVersion != m_read.rowVersion;
        for (const Question& q : std::as_const(m_read.questions))
            for (const Question& now : stored->questions)
                changed |= q.id == now.id && q.rowVersion != now.rowVersion;
        if (changed) {
            const QString message =
                changedElsewhere(tr("the survey “%1”").arg(m_read.title),
                                 SurveyRepository::differences(m_read, *stored), stored->updatedAt);
            switch (m_conflict(tr("Save survey"), message)) {
            case ConflictChoice::Reload:
                m_survey = m_read = *stored;
                m_current = 0;
                m_undo->clear();
                refreshAll();
                m_problem->setText(tr("Reloaded: this is the survey as it was saved elsewhere."));
                return false;
            case ConflictChoice::KeepEditing:
                m_problem->setText(tr("Not saved yet: %1.").arg(message));
                return false;
            case ConflictChoice::SaveMine:
                // Over their version: what it holds now is what this save expects.
                m_read = *stored;
                s.rowVersion = stored->rowVersion;
                for (Question& q : s.questions)
                    for (const Question& now : stored->questions)
                        if (q.id == now.id)
                            q.rowVersion = now.rowVersion;
                break;
            }
        }
    }
    if (!saveSurvey(m_db.sql(), s, &error, &m_read)) {
        m_problem->setText(tr("Not saved: %1.").arg(error));
        return false;
    }
    m_survey = m_read = s;
    m_problem->clear();
    return true;
}

void SurveyBuilder::keyPressEvent(QKeyEvent* event)
{
    const bool inList = m_list->hasFocus();
    if (event->matches(QKeySequence::Undo)) {
        m_undo->undo();
        return;
    }
    if (event->matches(QKeySequence::Redo)) {
        m_undo->redo();
        return;
    }
    if (event->key() == Qt::Key_D && (event->modifiers() & Qt::ControlModifier)) {
        duplicateQuestion();
        return;
    }
    if ((event->modifiers() & Qt::AltModifier) &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveQuestion(m_current, m_current + (event->key() == Qt::Key_Up ? -1 : 1));
        return;
    }
    if (inList && event->key() == Qt::Key_Delete) {
        deleteQuestion();
        return;
    }
    QDialog::keyPressEvent(event);
}

std::optional<Survey> chooseSurveyTemplate(QWidget* parent)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(SurveyBuilder::tr("New survey"));
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(
        new QLabel(SurveyBuilder::tr("Start from a template, or from scratch:"), &dialog));
    auto* list = new QListWidget(&dialog);
    const QVector<SurveyTemplate> templates = surveyTemplates();
    for (const SurveyTemplate& t : templates)
        new QListWidgetItem(QStringLiteral("%1\n    %2").arg(t.name, t.purpose), list);
    new QListWidgetItem(
        SurveyBuilder::tr("Empty survey\n    One NPS question to start with; add your own."), list);
    list->setCurrentRow(0);
    list->setMinimumSize(520, 260);
    layout->addWidget(list);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const int row = list->currentRow();
    return row >= 0 && row < templates.size() ? templates[row].survey : blankSurvey();
}

} // namespace cx
