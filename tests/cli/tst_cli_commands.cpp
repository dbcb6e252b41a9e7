// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace relais;
using relais::cli::Command;
using relais::cli::CommandInfo;
using relais::cli::CommandRegistry;

// relais-cli's commands as registered: each one's help, its options and arguments, the usage
// errors, and the global help and README listing exactly the registered commands.
class TestCliCommands : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_dir;

    // Without Qt's own warnings about the machine (a PDF command makes a QGuiApplication, which
    // says when XDG_RUNTIME_DIR is not set): relais-cli's lines only.
    Run cli(const QStringList& args)
    {
        Run r = test::runCli(args, m_dir.filePath(QStringLiteral("xdg")));
        QStringList lines = r.err.split(u'\n');
        lines.removeIf([](const QString& l) { return l.startsWith(QLatin1String("QStandardPaths: ")); });
        r.err = lines.join(u'\n');
        return r;
    }

    static QString dashed(const QCommandLineOption& o)
    {
        return QStringLiteral("--") + o.names().constLast();
    }

    // A value for each option that takes one (never read: --help or a usage error comes first).
    static QStringList withValue(const QCommandLineOption& o)
    {
        return o.valueName().isEmpty() ? QStringList {dashed(o)}
                                       : QStringList {dashed(o), QStringLiteral("x")};
    }

    static void commandRows()
    {
        QTest::addColumn<QString>("name");
        for (const CommandInfo* c : CommandRegistry::all())
            QTest::newRow(c->name) << QString::fromLatin1(c->name);
    }

    static std::unique_ptr<Command> command(const QString& name)
    {
        const CommandInfo* info = CommandRegistry::find(name);
        return info ? info->make() : nullptr;
    }

    // The names listed under "Commands:" in `relais-cli --help`.
    QStringList helpCommands()
    {
        const Run r = cli({QStringLiteral("--help")});
        if (r.code != 0)
            return {};
        QStringList names;
        bool inList = false;
        for (const QString& line : r.out.split(u'\n')) {
            if (line == QLatin1String("Commands:")) {
                inList = true;
                continue;
            }
            if (inList && line.trimmed().isEmpty())
                break;
            if (inList)
                names.append(line.trimmed().section(u' ', 0, 0));
        }
        return names;
    }

    static QString listDifference(const QStringList& a, const QStringList& b)
    {
        QStringList missing;
        for (const QString& s : a)
            if (!b.contains(s))
                missing.append(s);
        return missing.join(QStringLiteral(", "));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(CommandRegistry::all().size() >= 20);
    }

    // `<command> --help`: exit 0, the usage line, each option and argument; every option listed is
    // accepted (all of them given at once with --help still exit 0).
    void commandHelp_data() { commandRows(); }
    void commandHelp()
    {
        QFETCH(QString, name);
        const auto c = command(name);
        QVERIFY(c);
        Run r = cli({name, QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
        QVERIFY2(
            r.out.startsWith(QStringLiteral("Usage: relais-cli %1 [options]").arg(name)), qPrintable(r.out));
        QVERIFY(r.out.contains(c->description()));
        QStringList all {name};
        for (const QCommandLineOption& o :
            c->options() + QList {Command::langOption(), Command::verboseOption()}) {
            const QRegularExpression listed(
                QStringLiteral("^  %1\\b").arg(QRegularExpression::escape(dashed(o))),
                QRegularExpression::MultilineOption);
            QVERIFY2(r.out.contains(listed), qPrintable(name + u' ' + dashed(o) + u'\n' + r.out));
            all += withValue(o);
        }
        for (const cli::Argument& a : c->arguments())
            QVERIFY2(
                r.out.contains(QStringLiteral("\n  %1 ").arg(a.name)), qPrintable(a.name + u'\n' + r.out));
        r = cli(all + QStringList {QStringLiteral("-h")});
        QVERIFY2(r.code == 0 && r.out.startsWith(QLatin1String("Usage:")),
            qPrintable(all.join(u' ') + u'\n' + r.err));
    }

    // An option the command does not take: exit 2, one line naming the option and the command.
    void unknownOption_data() { commandRows(); }
    void unknownOption()
    {
        QFETCH(QString, name);
        const Run r = cli({name, QStringLiteral("--no-such-option")});
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(
            r.err.startsWith(QStringLiteral("relais-cli: %1: unknown option '--no-such-option'").arg(name)),
            qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    // Each required option left out in turn (the others given): exit 2, naming it; nothing run.
    void missingRequiredOption_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("left");
        for (const CommandInfo* info : CommandRegistry::all()) {
            const auto c = info->make();
            for (const QCommandLineOption& o : c->options())
                if (c->isRequired(o))
                    QTest::addRow("%s %s", info->name, qPrintable(dashed(o))) << c->name() << dashed(o);
        }
    }
    void missingRequiredOption()
    {
        QFETCH(QString, name);
        QFETCH(QString, left);
        const auto c = command(name);
        QStringList args {name};
        for (const QCommandLineOption& o : c->options())
            if (c->isRequired(o) && dashed(o) != left)
                args += withValue(o);
        for (const cli::Argument& a : c->arguments())
            if (a.required)
                args.append(QStringLiteral("x"));
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("relais-cli: ")) && r.err.contains(left), qPrintable(r.err));
    }

    // A required argument left out: exit 2 naming the command; one argument too many: exit 2 naming it.
    void positionalArguments_data()
    {
        QTest::addColumn<QString>("name");
        for (const CommandInfo* info : CommandRegistry::all()) {
            const auto c = info->make();
            const auto& a = c->arguments();
            // Not those whose arguments are all optional and repeatable (import, prescriptions): nothing to
            // refuse.
            if (std::any_of(a.cbegin(), a.cend(), [](const cli::Argument& x) { return x.required; })
                || std::none_of(a.cbegin(), a.cend(), [](const cli::Argument& x) { return x.repeatable; }))
                QTest::newRow(info->name) << c->name();
        }
    }
    void positionalArguments()
    {
        QFETCH(QString, name);
        const auto c = command(name);
        QStringList args {name};
        for (const QCommandLineOption& o : c->options())
            if (c->isRequired(o))
                args += withValue(o);
        bool required = false, repeatable = false;
        for (const cli::Argument& a : c->arguments()) {
            required = required || a.required;
            repeatable = repeatable || a.repeatable;
        }
        if (required) {
            const Run r = cli(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(
                r.err.startsWith(QLatin1String("relais-cli: ")) && r.err.contains(name), qPrintable(r.err));
        }
        if (!repeatable) {
            for (qsizetype i = 0; i < c->arguments().size(); ++i)
                args.append(QStringLiteral("arg%1").arg(i));
            const Run r = cli(args + QStringList {QStringLiteral("one-too-many")});
            QCOMPARE(r.code, 2);
            QVERIFY2(
                r.err.contains(QLatin1String("'one-too-many'")) && r.err.contains(name), qPrintable(r.err));
        }
    }

    // init --pdf: refused before anything is done (no vault created).
    void initRefusesAnOptionItDoesNotTake()
    {
        const QString vault = m_dir.filePath(QStringLiteral("pdf/relais.vault"));
        const QString pass = m_dir.filePath(QStringLiteral("pass.txt"));
        QFile f(pass);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(test::kPassphrase) + "\n");
        f.close();
        const Run r = cli(
            {QStringLiteral("init"), QStringLiteral("--vault"), vault, QStringLiteral("--passphrase-file"),
                pass, QStringLiteral("--insecure-fast-kdf"), QStringLiteral("--pdf"), QStringLiteral("x")});
        QCOMPARE(r.code, 2);
        QCOMPARE(
            r.err, QStringLiteral("relais-cli: init: unknown option '--pdf' (see relais-cli init --help)\n"));
        QVERIFY(!QFile::exists(vault));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("explode")} << QStringLiteral("\"explode\"");
        QTest::newRow("no command") << QStringList {QStringLiteral("--verbose")}
                                    << QStringLiteral("init, verify");
        QTest::newRow("option before the command")
            << QStringList {QStringLiteral("--vault"), QStringLiteral("x"), QStringLiteral("verify")}
            << QStringLiteral("--vault");
        QTest::newRow("missing value") << QStringList {QStringLiteral("verify"), QStringLiteral("--vault")}
                                       << QStringLiteral("'--vault'");
    }
    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY2(r.err.startsWith(QLatin1String("relais-cli: ")) && r.err.contains(named), qPrintable(r.err));
    }

    // --lang and --verbose may come before the command.
    void globalOptionsBeforeTheCommand()
    {
        const Run r = cli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--verbose"),
            QStringLiteral("slots"), QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("Usage: relais-cli slots")));
    }

    void globalHelpListsExactlyTheRegisteredCommands()
    {
        QStringList registered;
        for (const CommandInfo* c : CommandRegistry::all())
            registered.append(QString::fromLatin1(c->name));
        QCOMPARE(
            QSet<QString>(registered.cbegin(), registered.cend()).size(), registered.size()); // no name twice
        QCOMPARE(helpCommands(), registered);
        QCOMPARE(cli({QStringLiteral("-h")}).out, cli({QStringLiteral("--help")}).out);
    }

    // README's command list (the `relais-cli COMMAND …` lines of its relais-cli section) names
    // exactly the commands `relais-cli --help` lists.
    void readmeListsTheCommands()
    {
        QFile f(QStringLiteral(RELAIS_README_PATH));
        QVERIFY2(f.open(QIODevice::ReadOnly), RELAIS_README_PATH);
        const QString readme = QString::fromUtf8(f.readAll());
        const qsizetype start = readme.indexOf(QLatin1String("\n## relais-cli\n"));
        QVERIFY2(start >= 0, "README.md has no \"## relais-cli\" section");
        const qsizetype end = readme.indexOf(QLatin1String("\n## "), start + 1);
        const QString section = readme.mid(start, end < 0 ? -1 : end - start);
        QStringList documented;
        static const QRegularExpression line(
            QStringLiteral("^relais-cli +([a-z][a-z-]*)\\b"), QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(section); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!documented.contains(name))
                documented.append(name);
        }
        const QStringList listed = helpCommands();
        QVERIFY(!listed.isEmpty());
        const QString missing = listDifference(listed, documented);
        const QString extra = listDifference(documented, listed);
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
            qPrintable(QStringLiteral(
                "README.md's relais-cli section: missing [%1], not commands of relais-cli [%2]")
                           .arg(missing, extra)));
    }

    // Each option README's list shows for a command is one that command takes.
    void readmeOptionsAreTaken()
    {
        QFile f(QStringLiteral(RELAIS_README_PATH));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString readme = QString::fromUtf8(f.readAll());
        const qsizetype start = readme.indexOf(QLatin1String("\n## relais-cli\n"));
        QVERIFY(start >= 0);
        const qsizetype open = readme.indexOf(QLatin1String("```"), start);
        const qsizetype close = readme.indexOf(QLatin1String("```"), open + 3);
        QVERIFY(open > 0 && close > open);
        static const QRegularExpression commandLine(QStringLiteral("^relais-cli +([a-z][a-z-]*)\\b"));
        static const QRegularExpression optionWord(QStringLiteral("--([a-z][a-z-]*)"));
        std::unique_ptr<Command> current;
        int checked = 0;
        for (const QString& raw : readme.mid(open + 3, close - open - 3).split(u'\n')) {
            const QString text = raw.section(u'#', 0, 0);
            if (text.startsWith(QLatin1String("relais-cli"))) {
                const auto m = commandLine.match(text);
                current = m.hasMatch() ? command(m.captured(1)) : nullptr;
            } else if (!text.startsWith(u' ')) {
                current = nullptr;
            }
            if (!current)
                continue;
            for (auto it = optionWord.globalMatch(text); it.hasNext();) {
                const QString word = it.next().captured(1);
                bool taken = word == QLatin1String("lang") || word == QLatin1String("verbose")
                    || word == QLatin1String("help");
                for (const QCommandLineOption& o : current->options())
                    taken = taken || o.names().contains(word);
                QVERIFY2(taken,
                    qPrintable(QStringLiteral("README.md: relais-cli %1 does not take --%2")
                                   .arg(current->name(), word)));
                ++checked;
            }
        }
        QVERIFY(checked > 40);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "tst_cli_commands.moc"
