#pragma once

// What the window tests start from: a fresh database (TestDb) filled with the
// sample business before a MainWindow opens on it. Tests of core and of the
// whole program fill theirs the same way.

#include "tests/common/testdb.h"

#include <QDate>

namespace cxtest {

// How much of the sample business to generate, and the last day of its
// history. Every test that leaves a field as it is gets the same data.
struct SampleData
{
    int customers = 500;
    int interactions = 6000;
    int responses = 1500;
    QDate end = QDate::currentDate();
};

// Fills t with the sample business as `data` says. False, with a warning
// saying why, when the generator fails.
bool fillWithSampleData(TestDb& t, const SampleData& data = {});
// The same with `customers` customers and `interactions` interactions.
bool fillWithSampleData(TestDb& t, int customers, int interactions = SampleData().interactions);

} // namespace cxtest
