#include "tests/common/windowfixture.h"

#include "core/demo/demo.h"

#include <QtDebug>

namespace cxtest {

bool fillWithSampleData(TestDb& t, const SampleData& data)
{
    cx::DemoOptions o;
    o.customers = data.customers;
    o.interactions = data.interactions;
    o.responses = data.responses;
    o.end = data.end;
    QString error;
    if (!cx::DemoGenerator(t.sql()).generate(o, nullptr, &error)) {
        qWarning() << "the sample data could not be generated:" << error;
        return false;
    }
    return true;
}

bool fillWithSampleData(TestDb& t, int customers, int interactions)
{
    SampleData data;
    data.customers = customers;
    data.interactions = interactions;
    return fillWithSampleData(t, data);
}

} // namespace cxtest
