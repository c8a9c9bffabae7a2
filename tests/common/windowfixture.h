#pragma once

// What the window tests start from: a fresh database (TestDb) filled with the
// sample business before a MainWindow opens on it.

#include "tests/common/testdb.h"

namespace cxtest {

// Fills t with the sample business, its history ending today: `customers`
// customers and `interactions` interactions, the generator's defaults for
// the rest. False, with a warning saying why, when the generator fails.
bool fillWithSampleData(TestDb& t, int customers = 500, int interactions = 6000);

} // namespace cxtest
