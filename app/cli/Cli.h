// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace relais::cli {

// relais-cli: exit codes 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 vault missing,
// corrupt or too new, 5 the readiness check has a red line, 6 a step of the drill failed, 1 anything
// else; the reason on one line on stderr. Also the translation context of every relais-cli message.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(relais::cli::Cli)

public:
    enum Exit { Ok = 0, Other = 1, Usage = 2, WrongSecret = 3, BadVault = 4, NotReady = 5, DrillFailed = 6 };
    static int exitCodeFor(ErrorKind kind);
};

} // namespace relais::cli
