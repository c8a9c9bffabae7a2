#pragma once

// The context of core's user-visible texts (messages, defaults, templates):
// translated in the window, English on the command line, which installs no
// translation.

#include <QCoreApplication>

namespace cx {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(cx::Text)
};

} // namespace cx
