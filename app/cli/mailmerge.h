#pragma once

// `cxdesk export mailmerge`: one message to many customers, as a CSV for a mail merge.

#include "app/cli/cli.h"
#include "app/cli/common.h"

namespace cx::cli {

int runMailMerge(const Context& c, const ParsedOptions& p);

} // namespace cx::cli
