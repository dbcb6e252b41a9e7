// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "common/Language.h"
#include "common/Version.h"
#include "vault/EngineVersion.h"

#include <algorithm>
#include <sodium.h>

namespace relais::cli {

// Defined in commands/, one file each.
namespace commands {
extern const CommandInfo init, verify, passwd, demo, find, importFiles, prescriptions, print, importBdpm,
    drugs, exportArchive, openExport, sync, backup, verifyBackup, restore, check, drill, slotList, audit;
}

namespace {

// The index of the command in `arguments`: after the program and any --lang L / --verbose.
// -1 when there is none; -2 - i when arguments[i] is another option given before the command.
qsizetype commandIndex(const QStringList& arguments)
{
    qsizetype i = 1;
    while (i < arguments.size() && arguments.at(i).startsWith(u'-')) {
        const QString& a = arguments.at(i);
        if (a == QLatin1String("--lang"))
            i += 2;
        else if (a.startsWith(QLatin1String("--lang=")) || a == QLatin1String("--verbose"))
            ++i;
        else
            return -2 - i;
    }
    return i < arguments.size() ? i : -1;
}

} // namespace

const QList<const CommandInfo*>& CommandRegistry::all()
{
    static const QList<const CommandInfo*> list {
        &commands::init,
        &commands::verify,
        &commands::passwd,
        &commands::slotList,
        &commands::demo,
        &commands::find,
        &commands::importFiles,
        &commands::prescriptions,
        &commands::print,
        &commands::importBdpm,
        &commands::drugs,
        &commands::exportArchive,
        &commands::openExport,
        &commands::sync,
        &commands::backup,
        &commands::verifyBackup,
        &commands::restore,
        &commands::check,
        &commands::drill,
        &commands::audit,
    };
    return list;
}

const CommandInfo* CommandRegistry::find(const QString& name)
{
    const auto it = std::find_if(
        all().cbegin(), all().cend(), [&](const CommandInfo* c) { return name == QLatin1String(c->name); });
    return it == all().cend() ? nullptr : *it;
}

QString CommandRegistry::commandName(const QStringList& arguments)
{
    const qsizetype i = commandIndex(arguments);
    return i > 0 ? arguments.at(i) : QString();
}

bool CommandRegistry::needsFonts(const QStringList& arguments)
{
    const CommandInfo* c = find(commandName(arguments));
    return c && c->needsFonts;
}

QString CommandRegistry::helpText()
{
    QString text = Cli::tr("Relais command-line tool.") + u'\n' + u'\n'
        + Cli::tr("Usage: relais-cli COMMAND [options] [arguments]") + u'\n'
        + Cli::tr("       relais-cli COMMAND --help   (the command's options and arguments)") + u'\n'
        + Cli::tr("       relais-cli --version") + u'\n' + u'\n' + Cli::tr("Commands:") + u'\n';
    qsizetype width = 0;
    for (const CommandInfo* c : all())
        width = std::max(width, qsizetype(qstrlen(c->name)));
    for (const CommandInfo* c : all())
        text += QStringLiteral("  ") + QString::fromLatin1(c->name).leftJustified(width + 2)
            + c->make()->description() + u'\n';
    text += u'\n' + Cli::tr("Options of every command:") + u'\n';
    for (const QCommandLineOption& o :
        {Command::langOption(), Command::verboseOption(), Command::helpOption()}) {
        const QString name = o.names().size() > 1 ? QStringLiteral("-h, --help")
                                                  : QStringLiteral("--") + o.names().first()
                + (o.valueName().isEmpty() ? QString() : u' ' + o.valueName());
        text += QStringLiteral("  ") + name.leftJustified(width + 2) + o.description() + u'\n';
    }
    text += u'\n'
        + Cli::tr("Exit codes: 0 ok, 2 usage, 3 wrong passphrase or recovery key, 4 vault missing, corrupt "
                  "or too new, "
                  "5 the readiness check has a red line, 6 a step of the drill failed, 1 anything else.")
        + u'\n';
    return text;
}

int CommandRegistry::run(const QStringList& arguments)
{
    // --lang must act before any message is built.
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    installTranslations(langAt > 0 && langAt + 1 < arguments.size() ? arguments.at(langAt + 1) : QString());

    for (const QString& a : arguments)
        if (a.startsWith(QLatin1String("--passphrase=")) || a == QLatin1String("--passphrase"))
            return Command::usage(
                Cli::tr("A passphrase is never accepted as an argument (it would show in the process "
                        "list); use --passphrase-file FILE or standard input"));

    const qsizetype at = commandIndex(arguments);
    if (at < -1) {
        const QString& first = arguments.at(-2 - at);
        if (first == QLatin1String("-h") || first == QLatin1String("--help")) {
            Command::out() << helpText() << Qt::flush;
            return Cli::Ok;
        }
        if (first == QLatin1String("--version")) {
            Command::out() << QStringLiteral("relais-cli %1 (SQLCipher %2, SQLite %3, libsodium %4)")
                                  .arg(QStringLiteral(RELAIS_VERSION), EngineVersion::sqlcipher(), EngineVersion::sqlite(),
                                      QString::fromLatin1(sodium_version_string()))
                           << Qt::endl;
            return Cli::Ok;
        }
        return Command::usage(
            Cli::tr("Give the command first, then its options: relais-cli COMMAND %1 … (see --help)")
                .arg(first));
    }
    QStringList names;
    for (const CommandInfo* c : all())
        names.append(QString::fromLatin1(c->name));
    if (at < 0)
        return Command::usage(
            Cli::tr("Give one command: %1 (see --help)").arg(names.join(QStringLiteral(", "))));
    const CommandInfo* info = find(arguments.at(at));
    if (!info)
        return Command::usage(Cli::tr("Unknown command \"%1\" (see --help)").arg(arguments.at(at)));
    // --lang and --verbose given before the command are the command's too.
    return info->make()->execute(arguments.mid(1, at - 1) + arguments.mid(at + 1));
}

} // namespace relais::cli
