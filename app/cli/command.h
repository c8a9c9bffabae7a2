#pragma once

// The one list of commands. The parser of each command's options,
// `cxdesk --help`, `cxdesk COMMAND --help` and the dispatcher all read it.

#include "app/cli/cli.h"
#include "app/cli/common.h"

#include <QString>
#include <QTextStream>
#include <QVector>

namespace cx::cli {

struct Command
{
    const char* name = "";
    const char* arguments = "";  // what follows the name in cxdesk --help: "FILE", "KIND FILE"
    const char* summary = "";    // its line in cxdesk --help
    const char* help = "";       // cxdesk COMMAND --help
    QVector<OptionSpec> options; // besides --help, which every command answers
    // Draws with the window's widgets: runs in a QApplication (offscreen)
    // with the executable's painters.
    bool needsPainters = false;
    int (*run)(const Context& c, const ParsedOptions& p) = nullptr;
};

// Every command, in the order cxdesk --help lists them.
const QVector<Command>& commands();
// The command of that name, or null.
const Command* findCommand(const QString& name);

// cxdesk --help: the program's options and every command with its summary.
QString programHelp();

// Parses the command's options, answers --help, and runs it; returns the
// exit status. A name that is no command is a usage error.
int runCommand(const Invocation& inv, QTextStream& out, QTextStream& err,
               const Painters& painters = {});

} // namespace cx::cli
