// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QList>
#include <QStringList>

namespace relais::cli {

// Every relais-cli command, in the order the help lists them: the one place that list lives.
// run() dispatches `relais-cli [--lang L] [--verbose] COMMAND [options] [arguments]`, prints the
// global help (--help) and the version (--version); an unknown command is a usage error (exit 2).
class CommandRegistry
{
public:
    static const QList<const CommandInfo*>& all();
    static const CommandInfo* find(const QString& name);
    // The command named in `arguments` (the program first), or an empty string.
    static QString commandName(const QStringList& arguments);
    // Whether that command renders a PDF, hence needs a QGuiApplication for the fonts.
    static bool needsFonts(const QStringList& arguments);
    static QString helpText();
    static int run(const QStringList& arguments);
};

} // namespace relais::cli
