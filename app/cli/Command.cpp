// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"

#include "SecretInput.h"
#include "vault/PassphraseStrength.h"
#include "vault/Vault.h"

#include <QGuiApplication>
#include <algorithm>

namespace relais::cli {

int Cli::exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongSecret:
    case ErrorKind::RateLimited:
        return WrongSecret;
    case ErrorKind::VaultMissing:
    case ErrorKind::VaultCorrupt:
    case ErrorKind::VaultTooNew:
        return BadVault;
    default:
        return Other;
    }
}

Command::Command(const CommandInfo& info, QString description)
    : m_name(QString::fromLatin1(info.name))
    , m_description(std::move(description))
{ }

Command::~Command() = default;

QTextStream& Command::out()
{
    static QTextStream s(stdout);
    return s;
}

int Command::report(const Error& e)
{
    QTextStream(stderr) << "relais-cli: " << e.message << Qt::endl;
    return Cli::exitCodeFor(e.kind);
}

int Command::usage(const QString& message)
{
    QTextStream(stderr) << "relais-cli: " << message << Qt::endl;
    return Cli::Usage;
}

QCommandLineOption Command::helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")};
}

QCommandLineOption Command::langOption()
{
    return {QStringLiteral("lang"), Cli::tr("Language of messages: fr or en."), QStringLiteral("LANG")};
}

QCommandLineOption Command::verboseOption()
{
    return {QStringLiteral("verbose"), Cli::tr("Print diagnostic lines (never secrets or patient data).")};
}

QCommandLineOption Command::vaultOption()
{
    return {QStringLiteral("vault"), Cli::tr("Vault file (default: %1).").arg(Vault::defaultPath()),
        QStringLiteral("PATH")};
}

QCommandLineOption Command::passphraseFileOption()
{
    return {QStringLiteral("passphrase-file"),
        Cli::tr("Read the passphrase from the first line of FILE (default: standard input)."),
        QStringLiteral("FILE")};
}

QCommandLineOption Command::fastKdfOption()
{
    return {QStringLiteral("insecure-fast-kdf"),
        Cli::tr("Tests only: minimal key derivation. Never use for real data.")};
}

QCommandLineOption Command::allowWeakOption()
{
    return {QStringLiteral("allow-weak-passphrase"),
        Cli::tr("Accept a passphrase zxcvbn rates too weak (demo vaults).")};
}

QCommandLineOption Command::limitOption(const QString& description)
{
    return {QStringLiteral("limit"), description, QStringLiteral("N"), QStringLiteral("50")};
}

QCommandLineOption Command::exportPassphraseFileOption()
{
    return {QStringLiteral("export-passphrase-file"),
        Cli::tr("Read the export's passphrase from FILE (default: standard input)."), QStringLiteral("FILE")};
}

QCommandLineOption Command::outOption(const QString& description)
{
    return {QStringLiteral("out"), description, QStringLiteral("DIR")};
}

QCommandLineOption Command::option(const QCommandLineOption& o)
{
    m_options.append(o);
    return o;
}

QCommandLineOption Command::required(const QCommandLineOption& o, const QString& whenMissing)
{
    m_required.append({o, whenMissing});
    return option(o);
}

bool Command::isRequired(const QCommandLineOption& o) const
{
    return std::any_of(m_required.cbegin(), m_required.cend(),
        [&](const Required& r) { return r.option.names() == o.names(); });
}

void Command::redescribe(const QCommandLineOption& o, const QString& description)
{
    for (QCommandLineOption& mine : m_options)
        if (mine.names() == o.names())
            mine.setDescription(description);
}

namespace {

QString optionSyntax(const QCommandLineOption& o)
{
    QStringList names;
    for (const QString& n : o.names())
        names.append((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n);
    QString s = names.join(QStringLiteral(", "));
    if (!o.valueName().isEmpty())
        s += u' ' + o.valueName();
    return s;
}

void appendRows(QString& text, const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& [left, right] : rows)
        width = std::max(width, left.size());
    for (const auto& [left, right] : rows)
        text += QStringLiteral("  ") + left.leftJustified(width + 2) + right + u'\n';
}

} // namespace

QString Command::helpText() const
{
    QString synopsis = QStringLiteral("relais-cli ") + m_name + QStringLiteral(" [options]");
    for (const Argument& a : m_arguments) {
        const QString word = a.repeatable ? a.name + QStringLiteral("...") : a.name;
        synopsis += u' ' + (a.required ? word : u'[' + word + u']');
    }
    QString text = Cli::tr("Usage: %1").arg(synopsis) + u'\n' + m_description + u'\n';
    if (!m_arguments.isEmpty()) {
        text += u'\n' + Cli::tr("Arguments:") + u'\n';
        QList<std::pair<QString, QString>> rows;
        for (const Argument& a : m_arguments)
            rows.append({a.name, a.description});
        appendRows(text, rows);
    }
    text += u'\n' + Cli::tr("Options:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption& o :
        m_options + QList<QCommandLineOption> {langOption(), verboseOption(), helpOption()}) {
        QString description = o.description();
        if (isRequired(o))
            description = Cli::tr("Required. %1").arg(description);
        if (!o.defaultValues().isEmpty())
            description += u' ' + Cli::tr("(default: %1)").arg(o.defaultValues().join(u','));
        rows.append({optionSyntax(o), description});
    }
    appendRows(text, rows);
    return text;
}

int Command::execute(const QStringList& arguments)
{
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions(m_options);
    m_parser.addOptions({langOption(), verboseOption(), helpOption()});
    if (!m_parser.parse(QStringList {QStringLiteral("relais-cli")} + arguments)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty()) {
            const QString& first = unknown.first();
            return usage(
                Cli::tr("%1: unknown option '%2' (see relais-cli %1 --help)")
                    .arg(m_name, (first.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + first));
        }
        QString error = m_parser.errorText();
        if (error.endsWith(u'.'))
            error.chop(1);
        return usage(Cli::tr("%1: %2 (see relais-cli %1 --help)").arg(m_name, error));
    }
    if (m_parser.isSet(helpOption())) {
        out() << helpText() << Qt::flush;
        return Cli::Ok;
    }
    m_positional = m_parser.positionalArguments();
    for (const Required& r : std::as_const(m_required))
        if (!m_parser.isSet(r.option))
            return usage(r.whenMissing);
    qsizetype needed = 0;
    bool unbounded = false;
    for (const Argument& a : std::as_const(m_arguments)) {
        if (a.required && m_positional.size() <= needed)
            return usage(!a.whenMissing.isEmpty()
                    ? a.whenMissing
                    : Cli::tr("%1 needs %2 (see relais-cli %1 --help)").arg(m_name, a.name));
        ++needed;
        unbounded = unbounded || a.repeatable;
    }
    if (!unbounded && m_positional.size() > m_arguments.size())
        return usage(Cli::tr("%1: unexpected argument '%2' (see relais-cli %1 --help)")
                         .arg(m_name, m_positional.at(m_arguments.size())));
    return run();
}

QString Command::vaultPath(const QCommandLineOption& vault) const
{
    return isSet(vault) ? value(vault) : Vault::defaultPath();
}

KdfParams Command::kdf(const QCommandLineOption& fastKdf) const
{
    return isSet(fastKdf) ? KdfParams::fastForTests() : KdfParams::calibrate();
}

Result<SecureBytes> Command::readSecret(const QCommandLineOption& fileOption, const QString& prompt) const
{
    return isSet(fileOption) ? SecretInput::fromFile(value(fileOption)) : SecretInput::fromStdin(prompt);
}

Result<SecureBytes> Command::readNewPassphrase(
    const QCommandLineOption& fileOption, const QString& prompt, const QCommandLineOption& allowWeak) const
{
    auto secret = readSecret(fileOption, prompt);
    if (!secret)
        return secret;
    const PassphraseStrength strength = PassphraseStrength::evaluate(*secret);
    if (!strength.acceptable() && !isSet(allowWeak))
        return fail(ErrorKind::Invalid, Cli::tr("Passphrase refused: %1").arg(strength.describe()));
    return secret;
}

bool Command::hasFonts() const
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) != nullptr;
}

int Command::noFonts() const
{
    return report({ErrorKind::Other, Cli::tr("%1: fonts are not available in this process").arg(m_name)});
}

} // namespace relais::cli
