#include "ui/customers/tageditor.h"

#include "core/customers/customertags.h"

#include <QCompleter>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

namespace cx {

namespace {

// Lays its widgets out in lines, wrapping when a line is full, so any
// number of tags fits the profile's width.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget* parent) : QLayout(parent) { setContentsMargins(0, 0, 0, 0); }
    ~FlowLayout() override
    {
        while (QLayoutItem* item = takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem* item) override { m_items << item; }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem* takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return place(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        place(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem* item : m_items)
            size = size.expandedTo(item->minimumSize());
        return size;
    }

private:
    int place(const QRect& rect, bool apply) const
    {
        const int gap = 4;
        int x = rect.x(), y = rect.y(), line = 0;
        for (QLayoutItem* item : m_items) {
            const QSize hint = item->sizeHint();
            if (x > rect.x() && x + hint.width() > rect.right() + 1) {
                x = rect.x();
                y += line + gap;
                line = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            line = std::max(line, hint.height());
        }
        return y + line - rect.y();
    }

    QList<QLayoutItem*> m_items;
};

} // namespace

TagEditor::TagEditor(QWidget* parent) : QWidget(parent)
{
    new FlowLayout(this);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("Add a tag…"));
    m_input->setMinimumWidth(110);
    m_input->setMaximumWidth(160);
    m_known = new QStringListModel(this);
    auto* completer = new QCompleter(m_known, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_input->setCompleter(completer);
    connect(m_input, &QLineEdit::returnPressed, this, [this] {
        if (addTag(m_input->text()) || m_input->text().trimmed().isEmpty())
            m_input->clear();
    });
    rebuild();
}

void TagEditor::setKnownTags(const QStringList& tags)
{
    m_known->setStringList(tags);
}

void TagEditor::setTags(const QStringList& tags)
{
    m_tags = CustomerTags::normalise(tags);
    m_input->clear();
    rebuild();
}

bool TagEditor::addTag(const QString& tag)
{
    const QStringList added = CustomerTags::normalise(m_tags + QStringList{tag});
    if (added.size() == m_tags.size())
        return false;
    m_tags = added;
    m_input->clear();
    rebuild();
    emit tagsChanged();
    return true;
}

void TagEditor::addTyped()
{
    if (!m_input->text().trimmed().isEmpty())
        addTag(m_input->text());
    m_input->clear();
}

bool TagEditor::removeTag(const QString& tag)
{
    if (!m_tags.removeOne(tag))
        return false;
    rebuild();
    emit tagsChanged();
    return true;
}

void TagEditor::rebuild()
{
    QLayout* flow = layout();
    // Later: the click that removes a tag comes from its own chip.
    for (QWidget* chip : std::as_const(m_chips)) {
        flow->removeWidget(chip);
        chip->hide();
        chip->deleteLater();
    }
    m_chips.clear();
    flow->removeWidget(m_input);
    for (const QString& tag : std::as_const(m_tags)) {
        auto* chip = new QFrame(this);
        chip->setObjectName(QStringLiteral("tagChip"));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setStyleSheet(
            QStringLiteral("#tagChip { border: 1px solid palette(mid); "
                           "border-radius: 9px; background: palette(alternate-base); }"));
        auto* row = new QHBoxLayout(chip);
        row->setContentsMargins(8, 1, 2, 1);
        row->setSpacing(2);
        row->addWidget(new QLabel(tag, chip));
        auto* remove = new QToolButton(chip);
        remove->setText(QStringLiteral("×"));
        remove->setAutoRaise(true);
        remove->setToolTip(tr("Remove the tag “%1”").arg(tag));
        remove->setAccessibleName(tr("Remove the tag “%1”").arg(tag));
        connect(remove, &QToolButton::clicked, this, [this, tag] { removeTag(tag); });
        row->addWidget(remove);
        flow->addWidget(chip);
        m_chips << chip;
    }
    flow->addWidget(m_input);
    updateGeometry();
}

} // namespace cx
