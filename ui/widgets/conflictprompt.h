#pragma once

// What a form offers when the record it edits was changed elsewhere (another
// window or program) after the form read it: see their version, save what
// is in the form over it, or go on editing. Nothing typed is lost by asking.

#include <QString>

class QWidget;

namespace cx {

enum class ConflictChoice
{
    Reload,
    SaveMine,
    KeepEditing
};

// `message` says what changed and when (core's changedElsewhere()). Saving
// mine puts the fields changed in the form on top of their version; with
// `whole` (a survey definition), it writes the form's version as it is.
ConflictChoice askAboutConflict(QWidget* parent, const QString& title, const QString& message,
                                bool whole = false);

} // namespace cx
