// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "common/Hardening.h"
#include "common/Logging.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    relais::hardenProcess();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    relais::configureLogging(QCoreApplication::arguments().contains(QStringLiteral("--verbose")), true);
    return relais::cli::Cli::run(QCoreApplication::arguments());
}
