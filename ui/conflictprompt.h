#pragma once

// What a form offers when the record it edits was changed elsewhere (another
// window or program) after the form read it: see their version, save what
// is in the form over it, or go on editing. Nothing typed is lost by asking.

#include <QString>

class QWidget;

namespace cx {

enum class ConflictChoice { Reload, SaveMine, KeepEditing };

// `message` says what changed and when (core's changedElsewhere()).
ConflictChoice askAboutConflict(QWidget* parent, const QString& title, const QString& message);

} // namespace cx
