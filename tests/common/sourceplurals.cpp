// Every test program speaks English as cxdesk does: a count's text reads
// "1 response", not "1 response(s)" (core/common/plurals.h).

#include "core/common/plurals.h"

#include <QCoreApplication>

namespace {
void installPlurals()
{
    cx::installSourcePlurals();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(installPlurals)
