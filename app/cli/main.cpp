// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "common/Hardening.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char** argv)
{
    relais::hardenProcess();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // Rendering a PDF needs fonts, hence a GUI application, but never a display.
    const bool renders = relais::cli::CommandRegistry::needsFonts(arguments);
    if (renders && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = renders ? std::make_unique<QGuiApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
    QCoreApplication::setApplicationName(QStringLiteral("relais"));
    relais::configureLogging(QCoreApplication::arguments().contains(QStringLiteral("--verbose")), true);
    return relais::cli::CommandRegistry::run(QCoreApplication::arguments());
}
