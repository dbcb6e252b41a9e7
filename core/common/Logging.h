// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// Row ids may be logged; names, notes, NIRs and secrets never.
Q_DECLARE_LOGGING_CATEGORY(lcVault)
Q_DECLARE_LOGGING_CATEGORY(lcAudit)
Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace relais {
// Relais's own debug/info lines are off unless asked for (verbose, or QT_LOGGING_RULES set).
// `quiet` (the CLI) also silences warnings: its stderr carries one line, the reason.
void configureLogging(bool verbose, bool quiet = false);
} // namespace relais
