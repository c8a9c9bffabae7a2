#pragma once

// The window's part of `cxdesk screenshot DIR` (app/cli/screenshot.cpp reads
// the command line): every main page, the busiest customer and touchpoint,
// the kiosk, a paper form, the survey builder, paper entry and the import
// dialog, drawn offscreen.

#include <QString>

class QDir;
class QTextStream;

namespace cx {

class Database;

// Writes the pictures into dir, printing each file's name on out: true, or
// false with a message.
bool takeScreenshots(Database& db, const QDir& dir, QTextStream& out, QString* error);

} // namespace cx
