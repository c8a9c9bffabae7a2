#pragma once

// One editor per custom field of customers, by kind: a line for text, a
// date that can be left unset, yes/no with "not set".

#include "core/customers/customerfields.h"

#include <QWidget>

class QFormLayout;

namespace cx {

class CustomFieldsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomFieldsEditor(QWidget* parent = nullptr);

    // Builds the editors for these fields (none when there are none); the
    // same fields keep their editors.
    void setFields(const QVector<CustomerField>& fields);
    const QVector<CustomerField>& fields() const { return m_fields; }
    // Shows these values (stored form, by field id); fields without one are unset.
    void setValues(const FieldValues& values);
    // What the editors hold, in stored form; unset fields are left out.
    FieldValues values() const;
    // The editor of a field (QLineEdit, QDateEdit or QComboBox), for tests.
    QWidget* editor(qint64 fieldId) const;

signals:
    void edited();

private:
    QFormLayout* m_form = nullptr;
    QVector<CustomerField> m_fields;
    QList<QWidget*> m_editors; // one per field, in m_fields' order
};

} // namespace cx
