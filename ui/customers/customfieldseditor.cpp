#include "ui/customers/customfieldseditor.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace cx {

namespace {

// The date before every real one stands for "not set" (shown in words).
const QDate kUnset(1900, 1, 1);

} // namespace

CustomFieldsEditor::CustomFieldsEditor(QWidget* parent) : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

void CustomFieldsEditor::setFields(const QVector<CustomerField>& fields)
{
    if (fields == m_fields && m_editors.size() == fields.size())
        return; // the same editors, so focus and what they point at stay
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_fields = fields;
    for (const CustomerField& f : fields) {
        QWidget* editor = nullptr;
        QWidget* row = nullptr;
        switch (f.kind) {
        case FieldKind::Text: {
            auto* line = new QLineEdit(this);
            connect(line, &QLineEdit::textEdited, this, &CustomFieldsEditor::edited);
            editor = line;
            break;
        }
        case FieldKind::Date: {
            auto* date = new QDateEdit(this);
            date->setCalendarPopup(true);
            date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            date->setMinimumDate(kUnset);
            date->setSpecialValueText(tr("not set"));
            date->setDate(kUnset);
            connect(date, &QDateEdit::dateChanged, this, &CustomFieldsEditor::edited);
            auto* clear = new QToolButton(this);
            clear->setText(QStringLiteral("×"));
            clear->setAutoRaise(true);
            clear->setToolTip(tr("Clear the date"));
            connect(clear, &QToolButton::clicked, date, [date] { date->setDate(kUnset); });
            row = new QWidget(this);
            auto* h = new QHBoxLayout(row);
            h->setContentsMargins(0, 0, 0, 0);
            h->setSpacing(2);
            h->addWidget(date, 1);
            h->addWidget(clear);
            editor = date;
            break;
        }
        case FieldKind::YesNo: {
            auto* combo = new QComboBox(this);
            combo->addItem(tr("not set"), QString());
            combo->addItem(tr("Yes"), QStringLiteral("1"));
            combo->addItem(tr("No"), QStringLiteral("0"));
            connect(combo, &QComboBox::activated, this, &CustomFieldsEditor::edited);
            editor = combo;
            break;
        }
        }
        editor->setAccessibleName(f.name);
        m_form->addRow(f.name, row ? row : editor);
        m_editors << editor;
    }
}

void CustomFieldsEditor::setValues(const FieldValues& values)
{
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString v = values.value(m_fields[i].id);
        QWidget* e = m_editors[i];
        if (auto* line = qobject_cast<QLineEdit*>(e))
            line->setText(v);
        else if (auto* date = qobject_cast<QDateEdit*>(e)) {
            const QDate d = QDate::fromString(v, Qt::ISODate);
            const QSignalBlocker block(date);
            date->setDate(d.isValid() ? d : kUnset);
        } else if (auto* combo = qobject_cast<QComboBox*>(e))
            combo->setCurrentIndex(std::max(0, combo->findData(v)));
    }
}

FieldValues CustomFieldsEditor::values() const
{
    FieldValues out;
    for (int i = 0; i < m_fields.size(); ++i) {
        QString v;
        QWidget* e = m_editors[i];
        if (auto* line = qobject_cast<QLineEdit*>(e))
            v = line->text().trimmed();
        else if (auto* date = qobject_cast<QDateEdit*>(e))
            v = date->date() == kUnset ? QString() : date->date().toString(Qt::ISODate);
        else if (auto* combo = qobject_cast<QComboBox*>(e))
            v = combo->currentData().toString();
        if (!v.isEmpty())
            out.insert(m_fields[i].id, v);
    }
    return out;
}

QWidget* CustomFieldsEditor::editor(qint64 fieldId) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].id == fieldId)
            return m_editors[i];
    return nullptr;
}

} // namespace cx
