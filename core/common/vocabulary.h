#pragma once

// The words CX Desk itself puts into records: kinds of interaction, their
// outcomes, lifecycle phases and the codes of its template questions. They
// are stored as English codes ("complaint", "refunded", "fulfil"), which
// files, the command line and queries of the file read; people read them in
// the window's language. A word the owner typed is shown as typed.

#include <QString>
#include <QStringList>

namespace cx {

// The kinds of interaction the entry form offers, as codes.
QStringList interactionKinds();
// The lifecycle phases the stage dialog offers, as codes.
QStringList lifecyclePhases();
// A code in the window's language; any other word as it is.
QString wordLabel(const QString& code);
// Back from what a person chose or typed to the code to store: a label (in
// any case) gives its code, any other word is kept as typed.
QString wordCode(const QString& label);
// "RESOLVED 1 · STAFF 5 · \"Lovely\"" with the codes of template questions in
// the window's language ("Gelöst 1 · Personal 5 · …").
QString answerCodesLabel(const QString& answers);

} // namespace cx
