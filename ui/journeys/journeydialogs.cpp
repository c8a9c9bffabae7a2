#include "ui/journeys/journeydialogs.h"

#include "core/common/vocabulary.h"
#include "core/journeys/journeyedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

namespace cx {

namespace {
// OK only with a name.
QDialogButtonBox* buttons(QDialog* dialog, QLineEdit* name)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto update = [box, name] {
        box->button(QDialogButtonBox::Ok)->setEnabled(!name->text().trimmed().isEmpty());
    };
    QObject::connect(name, &QLineEdit::textChanged, dialog, update);
    update();
    return box;
}

QPlainTextEdit* textBox(const QString& text, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(64);
    return edit;
}
} // namespace

TouchpointDialog::TouchpointDialog(const Touchpoint& touchpoint, const QVector<Stage>& stages,
                                   const QVector<Channel>& channels, QWidget* parent)
    : QDialog(parent), m_touchpoint(touchpoint)
{
    setWindowTitle(touchpoint.id ? tr("Touchpoint") : tr("New touchpoint"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(touchpoint.name, this);
    m_name->setPlaceholderText(tr("for example Counter order"));
    m_stage = new QComboBox(this);
    for (const Stage& s : stages)
        m_stage->addItem(s.name, s.id);
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(touchpoint.stageId)));
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("No channel"), 0);
    for (const Channel& c : channels)
        m_channel->addItem(c.name, c.id);
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(touchpoint.channelId)));
    m_target = new QDoubleSpinBox(this);
    m_target->setRange(0.9, 5);
    m_target->setSingleStep(0.1);
    m_target->setDecimals(1);
    m_target->setSpecialValueText(tr("Not set (%1)").arg(QLocale().toString(4.0, 'f', 1)));
    m_target->setValue(touchpoint.target.value_or(0.9));
    m_target->setToolTip(tr("The customer score, 1 to 5, this touchpoint should reach"));
    m_owner = new QLineEdit(touchpoint.owner, this);
    m_owner->setPlaceholderText(tr("who looks after it"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Stage"), m_stage);
    form->addRow(tr("&Channel"), m_channel);
    form->addRow(tr("&Target score"), m_target);
    form->addRow(tr("&Owner"), m_owner);
    form->addRow(buttons(this, m_name));
}

Touchpoint TouchpointDialog::value() const
{
    Touchpoint t = m_touchpoint;
    t.name = m_name->text().trimmed();
    t.stageId = m_stage->currentData().toLongLong();
    t.channelId = m_channel->currentData().toLongLong();
    t.target = m_target->value() < 1 ? std::nullopt : std::optional<double>(m_target->value());
    t.owner = m_owner->text().trimmed();
    return t;
}

StageDialog::StageDialog(const Stage& stage, QWidget* parent) : QDialog(parent), m_stage(stage)
{
    setWindowTitle(stage.id ? tr("Stage") : tr("New stage"));
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(stage.name, this);
    m_name->setPlaceholderText(tr("for example Order"));
    m_phase = new QComboBox(this);
    m_phase->setEditable(true);
    for (const QString& phase : lifecyclePhases())
        m_phase->addItem(wordLabel(phase), phase);
    m_phase->setCurrentText(wordLabel(stage.lifecyclePhase));
    m_expected = new QDoubleSpinBox(this);
    m_expected->setRange(-2.1, 2);
    m_expected->setSingleStep(0.5);
    m_expected->setDecimals(1);
    m_expected->setSpecialValueText(tr("Not set"));
    m_expected->setValue(stage.expectedEmotion.value_or(-2.1));
    m_expected->setToolTip(tr("How customers should feel here: −2 very unhappy to +2 delighted"));
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("Lifecycle &phase"), m_phase);
    form->addRow(tr("&Expected feeling"), m_expected);
    form->addRow(buttons(this, m_name));
}

Stage StageDialog::value() const
{
    Stage s = m_stage;
    s.name = m_name->text().trimmed();
    s.lifecyclePhase = wordCode(m_phase->currentText());
    s.expectedEmotion =
        m_expected->value() < -2 ? std::nullopt : std::optional<double>(m_expected->value());
    return s;
}

JourneyDialog::JourneyDialog(const Journey& journey, QWidget* parent)
    : QDialog(parent), m_journey(journey)
{
    setWindowTitle(tr("Journey and persona"));
    resize(520, 0);
    auto* form = new QFormLayout(this);
    m_name = new QLineEdit(journey.name, this);
    m_description = textBox(journey.description, this);
    m_persona = new QLineEdit(journey.persona, this);
    m_persona->setPlaceholderText(tr("for example Maya, the regular"));
    m_about = textBox(journey.personaAbout, this);
    m_goals = textBox(journey.personaGoals, this);
    m_frustrations = textBox(journey.personaFrustrations, this);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Description"), m_description);
    form->addRow(tr("&Persona"), m_persona);
    form->addRow(tr("&About them"), m_about);
    form->addRow(tr("&Goals"), m_goals);
    form->addRow(tr("&Frustrations"), m_frustrations);
    form->addRow(buttons(this, m_name));
}

Journey JourneyDialog::value() const
{
    Journey j = m_journey;
    j.name = m_name->text().trimmed();
    j.description = m_description->toPlainText().trimmed();
    j.persona = m_persona->text().trimmed();
    j.personaAbout = m_about->toPlainText().trimmed();
    j.personaGoals = m_goals->toPlainText().trimmed();
    j.personaFrustrations = m_frustrations->toPlainText().trimmed();
    return j;
}

NewJourneyDialog::NewJourneyDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("New journey"));
    auto* form = new QFormLayout(this);
    m_start = new QComboBox(this);
    m_start->addItem(tr("An empty journey"), QString());
    for (const JourneyTemplate& t : journeyTemplates())
        m_start->addItem(tr("Template: %1").arg(t.name), t.key);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("for example Weekend brunch"));
    connect(m_start, &QComboBox::currentIndexChanged, this, [this] {
        // The template's own name, unless one has been typed.
        if (!m_name->text().isEmpty() && !m_name->property("fromTemplate").toBool())
            return;
        QString name;
        for (const JourneyTemplate& t : journeyTemplates())
            if (t.key == m_start->currentData().toString())
                name = t.name;
        m_name->setText(name);
        m_name->setProperty("fromTemplate", !name.isEmpty());
    });
    connect(m_name, &QLineEdit::textEdited, this,
            [this] { m_name->setProperty("fromTemplate", false); });
    form->addRow(tr("&Start from"), m_start);
    form->addRow(tr("&Name"), m_name);
    form->addRow(buttons(this, m_name));
}

QString NewJourneyDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewJourneyDialog::templateKey() const
{
    return m_start->currentData().toString();
}

} // namespace cx
