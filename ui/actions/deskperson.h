#pragma once

// Who is at the desk: on a file there are no logins, so whoever sits at the
// window picks their name from the staff list (Settings → Staff) once per
// start, and what they enter carries it (created_by, changed_by).

class QWidget;

namespace cx {

class Database;

// Asks, when the staff list has names; keeps the earlier answer on Cancel.
void askWhoIsAtTheDesk(Database& db, QWidget* parent);

} // namespace cx
