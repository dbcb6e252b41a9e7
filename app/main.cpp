// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionController.h"
#include "common/Clock.h"
#include "common/Hardening.h"
#include "common/Language.h"
#include "common/Logging.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Before anything holds a secret: no core dumps, no ptrace.
    if (!relais::hardenProcess())
        std::fputs("relais: warning: core dumps or debugger attachment could not be disabled\n", stderr);

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Relais"));
    QApplication::setApplicationName(QStringLiteral("relais"));
    // Hiding the main window on lock must not end the program; the session decides when to quit.
    QApplication::setQuitOnLastWindowClosed(false);

    const QStringList args = QApplication::arguments();
    relais::configureLogging(args.contains(QStringLiteral("--verbose")));

    // Translations before the parser and any widget, so that every text is in the chosen language.
    const qsizetype langAt = args.indexOf(QStringLiteral("--lang"));
    relais::installTranslations(langAt > 0 && langAt + 1 < args.size() ? args.at(langAt + 1) : QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Relais: offline encrypted fallback for the practice."));
    parser.addHelpOption();
    const QCommandLineOption vault(QStringLiteral("vault"),
                                   QApplication::translate("main", "Vault file (default: %1).")
                                       .arg(relais::Vault::defaultPath()),
                                   QStringLiteral("PATH"), relais::Vault::defaultPath());
    const QCommandLineOption lang(QStringLiteral("lang"), QApplication::translate("main", "Language: fr or en."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QApplication::translate("main", "Print diagnostic lines (never secrets or patient data)."));
    parser.addOptions({vault, lang, verbose});
    parser.process(app);

    // Default parameters: Argon2id is calibrated on this machine only when a vault is created.
    relais::ui::SessionController session(parser.value(vault), relais::SystemClock::instance(), relais::KdfParams{});
    // exit() rather than quit(): the session is already locked, no window may veto leaving.
    QObject::connect(
        &session, &relais::ui::SessionController::quitRequested, &app, [] { QCoreApplication::exit(0); },
        Qt::QueuedConnection);
    session.start();
    return QApplication::exec();
}
