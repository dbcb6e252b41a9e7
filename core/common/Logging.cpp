// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcVault, "relais.vault")
Q_LOGGING_CATEGORY(lcAudit, "relais.audit")
Q_LOGGING_CATEGORY(lcUi, "relais.ui")

namespace relais {

void configureLogging(bool verbose)
{
    if (!verbose && qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("relais.*.debug=false\nrelais.*.info=false"));
}

} // namespace relais
