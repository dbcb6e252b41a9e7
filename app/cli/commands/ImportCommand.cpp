// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "interop/CsvReader.h"
#include "interop/FhirReader.h"
#include "interop/Inbox.h"
#include "interop/SnapshotImporter.h"
#include "vault/Vault.h"

#include <QFileInfo>

namespace relais::cli {
namespace commands {
extern const CommandInfo importFiles;
}

namespace {

// Structure only (valid JSON and CSV, resources with a type): what can be checked without the vault.
Result<qint64> checkReadable(const QList<SnapshotImporter::Source>& sources)
{
    qint64 total = 0;
    for (const SnapshotImporter::Source& s : sources) {
        auto dev = s.open();
        if (!dev)
            return fail(ErrorKind::Io, Cli::tr("%1: cannot be read").arg(s.name));
        auto n = s.name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            ? CsvReader::read(*dev, s.name,
                [](const QStringList&, const QStringList&, qint64) -> Result<bool> { return true; })
            : FhirReader::read(*dev, s.name,
                [](const rapidjson::Value&, const SourceLocation&) -> Result<bool> { return true; });
        if (!n)
            return std::unexpected(n.error());
        total += *n;
    }
    return total;
}

class ImportCommand : public VaultCommand
{
public:
    ImportCommand()
        : VaultCommand(commands::importFiles,
            Cli::tr("bring the EHR's export (FHIR, NDJSON, CSV) into the vault, or seal it into the inbox "
                    "(--inbox)"))
    {
        argument({QStringLiteral("FILE|DIR"),
            Cli::tr("The export's files or folders (none: merge the inbox)."), false, true});
    }

protected:
    int run() override
    {
        if (isSet(m_inbox))
            return seal();
        return VaultCommand::run();
    }

    int runUnlocked(Vault& vault) override
    {
        const QString inboxDir = Inbox::defaultDir(vault.path());
        (void)Inbox::publish(vault, inboxDir);
        if (positional().isEmpty())
            return mergeInbox(vault, inboxDir);
        auto sources = SnapshotImporter::sourcesFromPaths(positional());
        if (!sources)
            return report(sources.error());
        SnapshotImporter::Options options;
        options.dryRun = isSet(m_dryRun);
        options.fullSnapshot = !isSet(m_partial);
        options.progress = progress();
        options.beforeCommit = [&](const ImportSummary& s) { return announce(QString(), s); };
        auto summary = SnapshotImporter(vault).run(*sources, options);
        m_err << Qt::endl;
        if (!summary)
            return report(summary.error());
        out() << (summary->dryRun ? Cli::tr("Dry run: nothing was changed. It would give:")
                                  : Cli::tr("Imported:"))
              << Qt::endl;
        for (const QString& line : summary->lines())
            out() << "  " << line << Qt::endl;
        return Cli::Ok;
    }

private:
    // The nightly task: no vault, no passphrase; the files are sealed to the vault's public key.
    int seal()
    {
        if (positional().isEmpty())
            return usage(Cli::tr("import --inbox needs the files or folders to seal"));
        auto sources = SnapshotImporter::sourcesFromPaths(positional());
        if (!sources)
            return report(sources.error());
        auto n = checkReadable(*sources);
        if (!n)
            return report(n.error());
        if (isSet(m_dryRun)) {
            out() << Cli::tr("Dry run: %1 records read, nothing sealed").arg(*n) << Qt::endl;
            return Cli::Ok;
        }
        auto sealed = Inbox::seal(value(m_inbox), *sources, isSet(m_partial));
        if (!sealed)
            return report(sealed.error());
        out() << Cli::tr("%1 records sealed into %2; Relais merges them at the next unlock")
                     .arg(*n)
                     .arg(*sealed)
              << Qt::endl;
        return Cli::Ok;
    }

    int mergeInbox(Vault& vault, const QString& inboxDir)
    {
        const Inbox::Merged merged = Inbox::mergeAll(
            vault, inboxDir, Inbox::Hooks {progress(), [&](const QString& f, const ImportSummary& s) {
                                               return announce(QFileInfo(f).fileName(), s);
                                           }});
        m_err << Qt::endl;
        for (int i = 0; i < merged.files.size(); ++i) {
            out() << Cli::tr("Merged %1").arg(merged.files.at(i)) << Qt::endl;
            for (const QString& line : merged.summaries.at(i).lines())
                out() << "  " << line << Qt::endl;
        }
        for (int i = 0; i < merged.quarantined.size(); ++i)
            m_err << "relais-cli: " << merged.quarantineReasons.at(i) << Qt::endl
                  << "relais-cli: "
                  << Cli::tr("set aside as %1; it will not be tried again").arg(merged.quarantined.at(i))
                  << Qt::endl;
        for (const QString& e : merged.errors)
            m_err << "relais-cli: " << e << Qt::endl;
        // Those set aside at an earlier unlock, with their reason (sealed beside them).
        for (const Inbox::Quarantined& q : Inbox::quarantined(vault, inboxDir))
            if (!merged.quarantined.contains(q.file))
                out() << Cli::tr("Set aside earlier, not tried again: %1 (%2)")
                             .arg(q.file, q.reason.isEmpty() ? Cli::tr("reason unknown") : q.reason)
                      << Qt::endl;
        if (merged.files.isEmpty() && merged.errors.isEmpty() && merged.quarantined.isEmpty())
            out() << Cli::tr("The inbox %1 holds no snapshot").arg(inboxDir) << Qt::endl;
        return merged.errors.isEmpty() && merged.quarantined.isEmpty() ? Cli::Ok : Cli::Other;
    }

    std::function<bool(qint64)> progress()
    {
        return [this](qint64 done) {
            m_err << Cli::tr("import: %1 resources read").arg(done) << '\r' << Qt::flush;
            return true;
        };
    }

    // Said before the commit: how many patients a full export marks absent.
    bool announce(const QString& sealedFile, const ImportSummary& s)
    {
        if (s.markedAbsent > 0) {
            m_err << Qt::endl;
            const QString line
                = Cli::tr("Full export: %1 patient(s) of the vault are not in it and will be marked \"no "
                          "longer in the EHR export\" (not deleted)")
                      .arg(s.markedAbsent);
            out() << (sealedFile.isEmpty() ? line : sealedFile + QStringLiteral(": ") + line) << Qt::endl;
        }
        return true;
    }

    QTextStream m_err {stderr};
    const QCommandLineOption m_inbox = option({QStringLiteral("inbox"),
        Cli::tr("Seal the files into this inbox folder for the next unlock (no passphrase needed)."),
        QStringLiteral("DIR")});
    const QCommandLineOption m_dryRun
        = option({QStringLiteral("dry-run"), Cli::tr("Check everything, change nothing.")});
    const QCommandLineOption m_partial = option({QStringLiteral("partial"),
        Cli::tr("The export is partial: do not mark missing patients as absent.")});
};

} // namespace

const CommandInfo commands::importFiles {"import", false, &make<ImportCommand>};

} // namespace relais::cli
