#pragma once

// A computer logged in with a counter account is a kiosk and nothing else:
// it opens straight on an active survey (the one chosen last, or the only
// one, or the one picked from a short list) and runs until the owner's PIN
// closes it. It watches the server itself and keeps taking answers while the
// server is away (core/surveys/kioskqueue.h).

class QWidget;

namespace cx {

class Database;

// Runs the counter's kiosk until it is closed; the exit status (1 when no
// survey is active, with a message saying so).
int runCounterKiosk(Database& db);

} // namespace cx
