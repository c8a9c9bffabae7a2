#include "tests/common/windowfixture.h"

#include "core/demo/demo.h"

#include <QtDebug>

namespace cxtest {

bool fillWithSampleData(TestDb& t, int customers, int interactions)
{
    cx::DemoOptions o;
    o.customers = customers;
    o.interactions = interactions;
    o.end = QDate::currentDate();
    QString error;
    if (!cx::DemoGenerator(t.sql()).generate(o, nullptr, &error)) {
        qWarning() << "the sample data could not be generated:" << error;
        return false;
    }
    return true;
}

} // namespace cxtest
