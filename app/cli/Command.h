// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Cli.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/Kdf.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace relais::cli {

class Command;

// What the registry knows of a command before making it: its name, and whether it renders a PDF
// (then main() makes a QGuiApplication, for the fonts). Each command's file defines one.
struct CommandInfo
{
    const char* name;
    bool needsFonts;
    std::unique_ptr<Command> (*make)();
};

template <class C> std::unique_ptr<Command> make()
{
    return std::make_unique<C>();
}

// A positional argument, as the command's help shows it. `required`: at least one must be given;
// `repeatable`: any number may follow. `whenMissing`: the usage message when it is not given.
struct Argument
{
    QString name;
    QString description;
    bool required = true;
    bool repeatable = false;
    QString whenMissing = {};
};

// One relais-cli command: its name, a one-line description, its own options and positional
// arguments, its help, and run(). execute() parses the command's arguments: an option the command
// does not take, a missing required option or argument, or one argument too many is a usage error
// (exit 2, one line naming it); --help prints the command's help. Every command also takes
// --lang, --verbose and --help.
class Command
{
public:
    virtual ~Command();
    Command(const Command&) = delete;
    Command& operator=(const Command&) = delete;

    const QString& name() const { return m_name; }
    const QString& description() const { return m_description; }
    const QList<QCommandLineOption>& options() const { return m_options; }
    const QList<Argument>& arguments() const { return m_arguments; }
    bool isRequired(const QCommandLineOption& o) const;
    QString helpText() const;
    // `arguments` without the program and the command's name.
    int execute(const QStringList& arguments);

    // Taken by every command and before the command.
    static QCommandLineOption helpOption();
    static QCommandLineOption langOption();
    static QCommandLineOption verboseOption();

    static QTextStream& out();
    static int report(const Error& e);
    static int usage(const QString& message);

protected:
    Command(const CommandInfo& info, QString description);
    virtual int run() = 0;

    // For member initialisers: `const QCommandLineOption m_pdf = option({...});` (help order).
    QCommandLineOption option(const QCommandLineOption& o);
    // An option the command cannot run without; `whenMissing` is the usage message.
    QCommandLineOption required(const QCommandLineOption& o, const QString& whenMissing);
    void argument(const Argument& a) { m_arguments.append(a); }
    // A shared option whose description says more for this command.
    void redescribe(const QCommandLineOption& o, const QString& description);

    bool isSet(const QCommandLineOption& o) const { return m_parser.isSet(o); }
    QString value(const QCommandLineOption& o) const { return m_parser.value(o); }
    QStringList values(const QCommandLineOption& o) const { return m_parser.values(o); }
    const QStringList& positional() const { return m_positional; }

    // Shared options, built the same way by every command that takes them.
    static QCommandLineOption vaultOption();
    static QCommandLineOption passphraseFileOption();
    static QCommandLineOption fastKdfOption();
    static QCommandLineOption allowWeakOption();
    static QCommandLineOption limitOption(const QString& description);
    static QCommandLineOption exportPassphraseFileOption();
    static QCommandLineOption outOption(const QString& description);

    // --vault's value, or the default vault (the option must be one of the command's).
    QString vaultPath(const QCommandLineOption& vault) const;
    // --insecure-fast-kdf: the minimal derivation of the tests; otherwise calibrated.
    KdfParams kdf(const QCommandLineOption& fastKdf) const;
    // From the option's file if given, otherwise standard input with `prompt`.
    Result<SecureBytes> readSecret(const QCommandLineOption& fileOption, const QString& prompt) const;
    // A new passphrase, refused when zxcvbn rates it too weak unless `allowWeak` is given.
    Result<SecureBytes> readNewPassphrase(const QCommandLineOption& fileOption, const QString& prompt,
        const QCommandLineOption& allowWeak) const;
    // The fonts a PDF needs are in a QGuiApplication only; an error naming the command otherwise.
    int noFonts() const;
    bool hasFonts() const;

private:
    struct Required
    {
        QCommandLineOption option;
        QString whenMissing;
    };
    QString m_name;
    QString m_description;
    QList<QCommandLineOption> m_options;
    QList<Required> m_required;
    QList<Argument> m_arguments;
    QCommandLineParser m_parser;
    QStringList m_positional;
};

} // namespace relais::cli
