#include "ui/interactions/interactionform.h"

#include "core/common/clock.h"
#include "core/common/search.h"
#include "core/common/timeutil.h"
#include "core/common/vocabulary.h"
#include "core/customers/customerrepository.h"
#include "core/journeys/journeyrepository.h"
#include "core/storage/database.h"
#include "ui/theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QStringListModel>
#include <QTimer>
#include <QToolButton>

namespace cx {

namespace {
const QString kSeparator = QStringLiteral(" — ");

// "Name — number" (or the name alone): what the customer field shows and the completer offers.
QString label(const Customer& c)
{
    return c.externalId.isEmpty() ? c.name : c.name + kSeparator + c.externalId;
}
} // namespace

RatingInput::RatingInput(const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this))
{
    setAccessibleName(accessibleName);
    setFocusPolicy(Qt::StrongFocus);
    setToolTip(tr("Type 1 to 5; 0 or Backspace clears"));
    auto* layout = new QHBoxLayout(this);
    // Room around the buttons for the focus ring that paintEvent draws.
    layout->setContentsMargins(3, 3, 3, 3);
    layout->setSpacing(2);
    m_group->setExclusive(false);
    for (int i = 1; i <= 5; ++i) {
        auto* b = new QToolButton(this);
        b->setText(QString::number(i));
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        b->setMinimumWidth(26);
        b->setObjectName(QStringLiteral("ratingButton")); // the theme marks the chosen one
        m_group->addButton(b, i);
        layout->addWidget(b);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        const bool on = m_group->button(id)->isChecked();
        setValue(on ? std::optional<int>(id) : std::nullopt);
    });
}

std::optional<int> RatingInput::value() const
{
    const int id = m_group->checkedId();
    return id > 0 ? std::optional<int>(id) : std::nullopt;
}

void RatingInput::setValue(std::optional<int> value)
{
    for (int i = 1; i <= 5; ++i)
        m_group->button(i)->setChecked(value && *value == i);
}

QAbstractButton* RatingInput::button(int value) const
{
    return m_group->button(value);
}

void RatingInput::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    // The focus stays: jumping on after a digit sent the next keys (a space,
    // a second digit) to whatever field came next.
    if (key >= Qt::Key_1 && key <= Qt::Key_5 && plain) {
        setValue(key - Qt::Key_0);
        return;
    }
    if ((key == Qt::Key_0 || key == Qt::Key_Backspace || key == Qt::Key_Delete) && plain) {
        setValue(std::nullopt);
        return;
    }
    if ((key == Qt::Key_Right || key == Qt::Key_Left) && plain) {
        const int now = value().value_or(key == Qt::Key_Right ? 0 : 6);
        setValue(std::clamp(now + (key == Qt::Key_Right ? 1 : -1), 1, 5));
        return;
    }
    QWidget::keyPressEvent(event);
}

void RatingInput::paintEvent(QPaintEvent* event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    // The buttons take no focus of their own, so the ring around them is what
    // tells the user where a typed digit goes.
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(theme::accent(), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 4, 4);
}

InteractionForm::InteractionForm(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(6);
    m_when = new QDateTimeEdit(clock::now(), this);
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_when->setAccessibleName(tr("When"));
    m_when->setToolTip(tr("Saved with the time of saving unless you change it here"));
    // Only the user's own change makes the time theirs; setWhen() blocks the signal.
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, [this] { m_whenChosen = true; });
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(15000);
    connect(m_clockTimer, &QTimer::timeout, this, &InteractionForm::followClock);
    m_clockTimer->start();
    m_customer = new QLineEdit(this);
    m_customer->setPlaceholderText(tr("Customer (name or number; empty: walk-in)"));
    m_matches = new QStringListModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_customer->setCompleter(m_completer);
    m_touchpoint = new QComboBox(this);
    m_touchpoint->setAccessibleName(tr("Touchpoint"));
    m_channel = new QComboBox(this);
    m_channel->setAccessibleName(tr("Channel"));
    m_kind = new QComboBox(this);
    m_kind->setEditable(true);
    for (const QString& kind : interactionKinds())
        m_kind->addItem(wordLabel(kind), kind);
    m_kind->setAccessibleName(tr("Kind"));
    // Long touchpoint names must not widen the window; the popup still shows them in full.
    for (QComboBox* c : {m_touchpoint, m_channel, m_kind}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(c == m_touchpoint ? 14 : 8);
    }
    m_staff = new RatingInput(tr("Staff rating"), this);
    m_rating = new RatingInput(tr("Customer rating"), this);
    m_notes = new QLineEdit(this);
    m_notes->setPlaceholderText(tr("Notes"));
    m_resolved = new QCheckBox(tr("Resolved"), this);
    m_resolved->setObjectName(QStringLiteral("entryCheck")); // the theme rings it when focused
    m_save = new QPushButton(tr("Log interaction"), this);
    m_save->setToolTip(tr("Ctrl+Enter"));
    auto* clearButton = new QPushButton(tr("Clear"), this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_addLink = new QLabel(this);
    m_addLink->setTextFormat(Qt::RichText);
    m_addLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_addLink->hide();

    auto* first = new QHBoxLayout;
    first->addWidget(m_when);
    first->addWidget(m_customer, 3);
    first->addWidget(m_touchpoint, 3);
    first->addWidget(m_channel, 2);
    first->addWidget(m_kind, 2);
    auto* second = new QHBoxLayout;
    second->addWidget(new QLabel(tr("Staff"), this));
    second->addWidget(m_staff);
    second->addSpacing(8);
    second->addWidget(new QLabel(tr("Customer"), this));
    second->addWidget(m_rating);
    second->addSpacing(8);
    second->addWidget(m_notes, 1);
    second->addWidget(m_resolved);
    second->addWidget(clearButton);
    second->addWidget(m_save);
    grid->addLayout(first, 0, 0);
    grid->addLayout(second, 1, 0);
    auto* messages = new QHBoxLayout;
    messages->addWidget(m_message, 1);
    messages->addWidget(m_addLink);
    grid->addLayout(messages, 2, 0);

    setTabOrder(m_customer, m_touchpoint);
    setTabOrder(m_touchpoint, m_channel);
    setTabOrder(m_channel, m_kind);
    setTabOrder(m_kind, m_staff);
    setTabOrder(m_staff, m_rating);
    setTabOrder(m_rating, m_notes);
    setTabOrder(m_notes, m_resolved);
    setTabOrder(m_resolved, m_save);

    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &InteractionForm::save);
    }
    connect(m_save, &QPushButton::clicked, this, &InteractionForm::save);
    connect(clearButton, &QPushButton::clicked, this, &InteractionForm::clear);
    connect(m_customer, &QLineEdit::textEdited, this, &InteractionForm::completeCustomers);
    // The last completion adds the name typed as a new customer: Down, then Enter.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) {
                if (m_addEntry.isEmpty() || text != m_addEntry)
                    return;
                const QString name = m_typed;
                m_customer->setText(name);
                emit addCustomer(name);
            });
    connect(m_addLink, &QLabel::linkActivated, this, [this] { emit addCustomer(m_typed); });
    connect(m_touchpoint, &QComboBox::currentIndexChanged, this, [this] {
        // The touchpoint's own channel is the likely one.
        const qint64 channel = m_touchpoint->currentData(Qt::UserRole + 1).toLongLong();
        if (channel > 0)
            m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
    });
    reloadChoices();
}

void InteractionForm::reloadChoices()
{
    const QVariant touchpoint = m_touchpoint->currentData();
    const QVariant channel = m_channel->currentData();
    m_touchpoint->clear();
    m_touchpoint->addItem(tr("No touchpoint"), 0);
    for (const auto& choice : JourneyRepository(m_db.sql()).touchpointChoices()) {
        m_touchpoint->addItem(QStringLiteral("%1 (%2)").arg(choice.touchpoint.name, choice.stage),
                              choice.touchpoint.id);
        m_touchpoint->setItemData(m_touchpoint->count() - 1, choice.touchpoint.channelId,
                                  Qt::UserRole + 1);
    }
    m_channel->clear();
    m_channel->addItem(tr("No channel"), 0);
    for (const Channel& c : JourneyRepository(m_db.sql()).channels())
        m_channel->addItem(c.name, c.id);
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(touchpoint)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(channel)));
}

void InteractionForm::completeCustomers(const QString& text)
{
    QStringList matches;
    const QString t = text.trimmed();
    m_typed = t;
    m_addEntry.clear();
    m_addLink->hide();
    if (t.size() >= 2) {
        bool named = false;
        const QString folded = foldForSearch(t);
        for (const Customer& c : CustomerRepository(m_db.sql()).startingWith(t, 12)) {
            matches << label(c);
            named = named || foldForSearch(c.name) == folded || c.externalId == t || label(c) == t;
        }
        if (!named) {
            m_addEntry = tr("Add '%1' as a new customer…").arg(t);
            matches << m_addEntry;
        }
    }
    m_matches->setStringList(matches);
}

void InteractionForm::setCustomer(const Customer& customer)
{
    m_customer->setText(label(customer));
    m_typed = m_customer->text();
    m_addEntry.clear();
    m_addLink->hide();
    m_message->clear();
    m_matches->setStringList({});
}

qint64 InteractionForm::resolveCustomer(const QString& text, QString* error)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    CustomerRepository customers(m_db.sql());
    QVector<qint64> ids;
    // "Name — number" as the completer writes it: the number decides.
    const int sep = t.lastIndexOf(kSeparator);
    if (sep > 0) {
        if (const auto c = customers.byExternalId(t.mid(sep + kSeparator.size())))
            ids << c->id;
    } else {
        ids = customers.named(t, 2);
    }
    if (ids.size() == 1)
        return ids.first();
    if (ids.isEmpty() && sep < 0) {
        m_typed = t;
        m_addLink->setText(QStringLiteral("<a href=\"add\">%1</a>")
                               .arg(tr("Add '%1' as a new customer…").arg(t).toHtmlEscaped()));
        m_addLink->show();
    }
    *error = ids.isEmpty() ? tr("No customer is called or numbered '%1'. Pick one from the list, "
                                "or leave the field "
                                "empty for a walk-in.")
                                 .arg(t)
                           : tr("Several customers are called '%1'. Pick one from the list (it "
                                "shows their number).")
                                 .arg(t);
    return -1;
}

bool InteractionForm::collect(Interaction* out, QString* error)
{
    Interaction i = m_editing;
    i.customerId = resolveCustomer(m_customer->text(), error);
    if (i.customerId < 0)
        return false;
    i.touchpointId = m_touchpoint->currentData().toLongLong();
    i.channelId = m_channel->currentData().toLongLong();
    i.kind = wordCode(m_kind->currentText()).toLower();
    i.staffRating = m_staff->value();
    i.customerRating = m_rating->value();
    i.notes = m_notes->text().trimmed();
    // A new entry left at the time shown is stored when it is saved: the form
    // may have stood open since long before.
    const QDateTime when = isEditing() || m_whenChosen ? m_when->dateTime() : clock::now();
    i.occurredAt = formatTimestamp(when);
    if (m_resolved->isChecked()) {
        if (i.resolvedAt.isEmpty()) {
            const QDateTime now = clock::now();
            i.resolvedAt = formatTimestamp(std::max(now, when));
        }
    } else {
        i.resolvedAt.clear();
    }
    *out = i;
    return true;
}

void InteractionForm::save()
{
    Interaction i;
    QString error;
    if (!collect(&i, &error)) {
        m_message->setText(error);
        m_customer->setFocus();
        return;
    }
    m_message->clear();
    m_addLink->hide();
    if (isEditing())
        emit edited(m_editing, i);
    else
        emit submitted(i);
}

void InteractionForm::showProblem(const QString& message)
{
    m_message->setText(message);
}

QString InteractionForm::problem() const
{
    return m_message->text();
}

void InteractionForm::edit(const Interaction& interaction)
{
    m_editing = interaction;
    setWhen(QDateTime::fromString(interaction.occurredAt, Qt::ISODateWithMs).toLocalTime());
    m_message->clear();
    const auto customer = interaction.customerId
                              ? CustomerRepository(m_db.sql()).byId(interaction.customerId)
                              : std::nullopt;
    m_customer->setText(customer ? label(*customer) : QString());
    const QSignalBlocker block(m_touchpoint);
    m_touchpoint->setCurrentIndex(std::max(0, m_touchpoint->findData(interaction.touchpointId)));
    m_channel->setCurrentIndex(std::max(0, m_channel->findData(interaction.channelId)));
    m_kind->setCurrentText(wordLabel(interaction.kind));
    m_staff->setValue(interaction.staffRating);
    m_rating->setValue(interaction.customerRating);
    m_notes->setText(interaction.notes);
    m_resolved->setChecked(!interaction.resolvedAt.isEmpty());
    m_save->setText(tr("Save changes"));
    m_customer->setFocus();
}

void InteractionForm::clear()
{
    // Touchpoint, channel and kind stay: the next entry is usually alike.
    m_editing = Interaction();
    m_whenChosen = false;
    setWhen(clock::now());
    m_message->clear();
    m_customer->clear();
    m_typed.clear();
    m_addEntry.clear();
    m_addLink->hide();
    m_staff->setValue(std::nullopt);
    m_rating->setValue(std::nullopt);
    m_notes->clear();
    m_resolved->setChecked(false);
    m_save->setText(tr("Log interaction"));
    m_customer->setFocus();
}

void InteractionForm::setWhen(const QDateTime& when)
{
    const QSignalBlocker block(m_when);
    m_when->setDateTime(when);
}

void InteractionForm::followClock()
{
    // Not under the user's cursor: they may be about to type a time.
    if (m_whenChosen || isEditing() || m_when->hasFocus())
        return;
    setWhen(clock::now());
}

} // namespace cx
