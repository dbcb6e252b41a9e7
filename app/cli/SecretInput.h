// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>

namespace relais::cli {

// Reads secrets for the command line: from a file (first line) or from standard input, one line
// per secret, with echo turned off on a terminal. Never from an argument.
class SecretInput
{
    Q_DECLARE_TR_FUNCTIONS(relais::cli::SecretInput)

public:
    static Result<SecureBytes> fromFile(const QString& path);
    static Result<SecureBytes> fromStdin(const QString& prompt);
};

} // namespace relais::cli
