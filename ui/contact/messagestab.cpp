#include "ui/contact/messagestab.h"

#include "core/storage/database.h"
#include "core/storage/rowversion.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cx {

MessagesTab::MessagesTab(Database& db, QWidget* parent) : SettingsTab(parent), m_db(db)
{
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_kind = new QComboBox(this);
    for (MessageKind k : messageKinds())
        m_kind->addItem(messageKindLabel(k), int(k));
    auto* kindLabel = new QLabel(tr("Messa&ge"), this);
    kindLabel->setBuddy(m_kind);
    auto* reset = new QPushButton(tr("&Reset to default"), this);
    top->addWidget(kindLabel);
    top->addWidget(m_kind);
    top->addStretch();
    top->addWidget(reset);
    layout->addLayout(top);

    // The text on the left with the placeholders under it; the preview beside it.
    auto* columns = new QHBoxLayout;
    auto* form = new QFormLayout;
    m_subject = new QLineEdit(this);
    m_body = new QPlainTextEdit(this);
    m_body->setTabChangesFocus(true);
    m_body->setMinimumHeight(180);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Text"), m_body);
    m_placeholders = new QListWidget(this);
    for (const Placeholder& p : messagePlaceholders()) {
        auto* item =
            new QListWidgetItem(p.token + QStringLiteral("  —  ") + p.description, m_placeholders);
        item->setToolTip(tr("Click to insert %1").arg(p.token));
        item->setData(Qt::UserRole, p.token);
    }
    // All five at once, each on one line: nothing to scroll.
    m_placeholders->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_placeholders->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_placeholders->setTextElideMode(Qt::ElideRight);
    m_placeholders->setFixedHeight(m_placeholders->sizeHintForRow(0) * m_placeholders->count() +
                                   2 * m_placeholders->frameWidth() + 4);
    form->addRow(tr("Placeholders"), m_placeholders);
    form->addRow(QString(), new QLabel(tr("Click one to insert it where the cursor is."), this));
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("warning"));
    form->addRow(QString(), m_warning);
    columns->addLayout(form, 3);

    auto* side = new QVBoxLayout;
    side->addWidget(new QLabel(tr("Preview for a sample customer"), this));
    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    side->addWidget(m_preview, 1);
    columns->addLayout(side, 2);
    layout->addLayout(columns, 1);
    auto* hint = new QLabel(tr("“Write…” on a customer opens your mail program with this "
                               "message; nothing is sent until you send it there. A line "
                               "whose placeholders have no value is left out."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);
    m_lastField = m_body;
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        takeFields();
        m_current = MessageKind(m_kind->currentData().toInt());
        showFields();
    });
    connect(reset, &QPushButton::clicked, this, &MessagesTab::resetToDefault);
    connect(m_placeholders, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        insertPlaceholder(item->data(Qt::UserRole).toString());
    });
    connect(m_subject, &QLineEdit::textChanged, this, &MessagesTab::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessagesTab::updatePreview);
    setMinimumSize(900, 480);
    read(false);
}

bool MessagesTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_lastField = static_cast<QWidget*>(watched);
    return SettingsTab::eventFilter(watched, event);
}

QString MessagesTab::label(MessageKind k, bool body) const
{
    return body ? tr("the text of the message “%1”").arg(messageKindLabel(k))
                : tr("the subject of the message “%1”").arg(messageKindLabel(k));
}

void MessagesTab::read(bool keepEdits)
{
    SettingsRepository settings(m_db.sql());
    for (MessageKind k : messageKinds()) {
        const MessageTemplate stored = messageTemplate(m_db.sql(), k);
        for (const bool body : {false, true}) {
            Part& p = part(k, body);
            p.seen = settings.get(body ? messageBodyKey(k) : messageSubjectKey(k));
            if (keepEdits)
                continue;
            p.shown = body ? stored.body : stored.subject;
            p.edit = p.shown;
        }
    }
    if (!keepEdits)
        showFields();
}

void MessagesTab::showFields()
{
    m_filling = true;
    m_kind->setCurrentIndex(m_kind->findData(int(m_current)));
    m_subject->setText(part(m_current, false).edit);
    m_body->setPlainText(part(m_current, true).edit);
    m_filling = false;
    updatePreview();
}

void MessagesTab::takeFields()
{
    part(m_current, false).edit = m_subject->text();
    part(m_current, true).edit = m_body->toPlainText();
}

void MessagesTab::setKind(MessageKind k)
{
    m_kind->setCurrentIndex(m_kind->findData(int(k)));
}

MessageKind MessagesTab::kind() const
{
    return m_current;
}

void MessagesTab::resetToDefault()
{
    const MessageTemplate d = defaultMessageTemplate(m_current);
    m_subject->setText(d.subject);
    m_body->setPlainText(d.body);
}

void MessagesTab::insertPlaceholder(const QString& token)
{
    if (m_lastField == m_subject) {
        m_subject->insert(token);
        m_subject->setFocus();
    } else {
        m_body->insertPlainText(token);
        m_body->setFocus();
    }
}

void MessagesTab::updatePreview()
{
    if (m_filling)
        return;
    const MessageTemplate t{m_subject->text(), m_body->toPlainText()};
    const QString problem = validateMessageTemplate(t);
    m_warning->setText(problem.isEmpty()
                           ? QString()
                           : problem.left(1).toUpper() + problem.mid(1) + QLatin1Char('.'));
    // A sample customer, so every placeholder shows what it becomes.
    MessageValues sample;
    sample.name = QStringLiteral("Zoë Fenwick");
    sample.business = businessName(m_db.sql());
    sample.touchpoint = tr("Checkout");
    sample.staff = tr("Sam");
    const Message m = composeMessage(t, sample);
    m_preview->setPlainText(tr("Subject: %1").arg(m.subject) + QStringLiteral("\n\n") + m.body);
}

QStringList MessagesTab::changedElsewhere()
{
    takeFields();
    QStringList out;
    SettingsRepository settings(m_db.sql());
    for (MessageKind k : messageKinds())
        for (const bool body : {false, true}) {
            const Part& p = part(k, body);
            if (p.edit == p.shown)
                continue;
            const Setting stored = settings.get(body ? messageBodyKey(k) : messageSubjectKey(k));
            if (stored.rowVersion != p.seen.rowVersion)
                out << cx::changedElsewhere(label(k, body), {}, stored.updatedAt);
        }
    return out;
}

void MessagesTab::reload()
{
    read(false);
}

void MessagesTab::rebase()
{
    takeFields();
    read(true);
}

bool MessagesTab::save(QString* error)
{
    takeFields();
    SettingsRepository settings(m_db.sql());
    for (MessageKind k : messageKinds()) {
        const Part& subject = part(k, false);
        const Part& body = part(k, true);
        if (subject.edit == subject.shown && body.edit == body.shown)
            continue;
        const QString problem = validateMessageTemplate({subject.edit, body.edit});
        if (!problem.isEmpty()) {
            setKind(k);
            *error = tr("the message “%1”: %2").arg(messageKindLabel(k), problem);
            return false;
        }
        const MessageTemplate d = defaultMessageTemplate(k);
        for (const bool isBody : {false, true}) {
            const Part& p = isBody ? body : subject;
            if (p.edit == p.shown)
                continue;
            // The default text is stored as empty, so it follows the window's language.
            const QString text = p.edit.trimmed();
            const QString value =
                text.isEmpty() || p.edit == (isBody ? d.body : d.subject) ? QString() : p.edit;
            if (!settings.set(isBody ? messageBodyKey(k) : messageSubjectKey(k), value, error,
                              &p.seen, label(k, isBody)))
                return false;
        }
    }
    return true;
}

void MessagesTab::saved()
{
    SettingsRepository settings(m_db.sql());
    for (MessageKind k : messageKinds())
        for (const bool body : {false, true}) {
            Part& p = part(k, body);
            p.seen = settings.get(body ? messageBodyKey(k) : messageSubjectKey(k));
            // An emptied field shows the default again.
            if (p.edit.trimmed().isEmpty()) {
                const MessageTemplate d = defaultMessageTemplate(k);
                p.edit = body ? d.body : d.subject;
            }
            p.shown = p.edit;
        }
    showFields();
}

} // namespace cx
