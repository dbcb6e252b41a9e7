// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcVault, "relais.vault")
Q_LOGGING_CATEGORY(lcAudit, "relais.audit")
Q_LOGGING_CATEGORY(lcUi, "relais.ui")

namespace relais {

void configureLogging(bool verbose, bool quiet)
{
    if (verbose || !qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        return;
    QLoggingCategory::setFilterRules(quiet ? QStringLiteral("relais.*=false")
                                           : QStringLiteral("relais.*.debug=false\nrelais.*.info=false"));
}

} // namespace relais
