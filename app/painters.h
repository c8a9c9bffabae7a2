#pragma once

// The window layer's part of the commands that draw (report, screenshot):
// the command line links no widgets, so the executable hands these in.

#include "app/cli/common.h"

namespace cx {

// Needs a QApplication.
cli::Painters windowPainters();

} // namespace cx
