// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "common/Hardening.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    relais::hardenProcess();
    // Rendering a prescription needs fonts, hence a GUI application, but never a display.
    bool renders = false;
    for (int i = 1; i < argc; ++i)
        renders = renders || std::strcmp(argv[i], "print") == 0 || std::strcmp(argv[i], "export") == 0
                  || std::strcmp(argv[i], "sync") == 0 || std::strcmp(argv[i], "drill") == 0
                  || std::strcmp(argv[i], "demo") == 0 || std::strcmp(argv[i], "audit") == 0;
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = renders ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    relais::configureLogging(QCoreApplication::arguments().contains(QStringLiteral("--verbose")), true);
    return relais::cli::Cli::run(QCoreApplication::arguments());
}
