#pragma once

// The names an import field goes by: its own (external_id), and the labels
// the window gives it (Customer no., Kundennr., N° client, N.º cliente…) in
// every language CX Desk speaks, so the columns of a spreadsheet the owner
// made from CX Desk's own screens, in any language, find their fields.

#include <QString>
#include <QStringList>

namespace cx {

// The field's label in the window's language ("Customer no."); the field's
// own name when the window has none for it (custom fields, question codes).
QString importFieldLabel(const QString& field);

// Every name the field may be headed by: its own, the English labels, and
// their translations by the installed translators and by each of CX Desk's
// translations.
QStringList importFieldNames(const QString& field);

// Whether a header names the field: compared whatever the case, accents,
// spaces and punctuation ("E-Mail" is "email", "Customer No" "Customer no.").
bool headerNamesField(const QString& header, const QString& field);

} // namespace cx
