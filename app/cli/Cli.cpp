// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "SecretInput.h"
#include "audit/AuditActions.h"
#include "common/PrivateFile.h"
#include "audit/AuditTable.h"
#include "print/AuditReport.h"
#include "vault/SlotDirectory.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "common/Version.h"
#include "drill/Drill.h"
#include "drill/DrillReport.h"
#include "drill/DrillStore.h"
#include "prescribing/PrescriptionStore.h"
#include "readiness/Readiness.h"
#include "print/PrescriptionPrinter.h"
#include "drugs/DrugReference.h"
#include "interop/CsvReader.h"
#include "interop/FhirReader.h"
#include "interop/Inbox.h"
#include "interop/SnapshotImporter.h"
#include "readiness/NightlyTask.h"
#include "records/DemoData.h"
#include "records/Nir.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "sync/FhirClient.h"
#include "sync/Handover.h"
#include "sync/Outbox.h"
#include "sync/SyncSettings.h"
#include "vault/PassphraseStrength.h"
#include "vault/Sqlite.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSettings>
#include <QIODevice>
#include <QLocale>
#include <QTextStream>

#include <sodium.h>
#include <sqlite3.h>

namespace relais::cli {

namespace {

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int report(const Error& e)
{
    QTextStream(stderr) << "relais-cli: " << e.message << Qt::endl;
    return Cli::exitCodeFor(e.kind);
}

int usage(const QString& message)
{
    QTextStream(stderr) << "relais-cli: " << message << Qt::endl;
    return Cli::Usage;
}

struct Options
{
    QCommandLineParser parser;
    QCommandLineOption vault{QStringLiteral("vault"), Cli::tr("Vault file (default: %1).").arg(Vault::defaultPath()),
                             QStringLiteral("PATH")};
    QCommandLineOption passFile{QStringLiteral("passphrase-file"),
                                Cli::tr("Read the passphrase from the first line of FILE (default: standard input)."),
                                QStringLiteral("FILE")};
    QCommandLineOption recoveryFile{QStringLiteral("recovery-key-file"),
                                    Cli::tr("Unlock with the recovery key read from FILE instead of a passphrase."),
                                    QStringLiteral("FILE")};
    QCommandLineOption newPassFile{QStringLiteral("new-passphrase-file"),
                                   Cli::tr("passwd: read the new passphrase from FILE (default: standard input)."),
                                   QStringLiteral("FILE")};
    QCommandLineOption slot{QStringLiteral("slot"),
                            Cli::tr("Key slot (practitioner) to unlock or change; audit: the entries of that practitioner."),
                            QStringLiteral("LABEL")};
    QCommandLineOption add{QStringLiteral("add"), Cli::tr("passwd: add a new passphrase slot named LABEL."),
                           QStringLiteral("LABEL")};
    QCommandLineOption label{QStringLiteral("label"), Cli::tr("init: name of the first key slot (the practitioner)."),
                             QStringLiteral("LABEL")};
    QCommandLineOption lang{QStringLiteral("lang"), Cli::tr("Language of messages: fr or en."), QStringLiteral("LANG")};
    QCommandLineOption fastKdf{QStringLiteral("insecure-fast-kdf"),
                               Cli::tr("Tests only: minimal key derivation. Never use for real data.")};
    QCommandLineOption allowWeak{QStringLiteral("allow-weak-passphrase"),
                                 Cli::tr("Accept a passphrase zxcvbn rates too weak (demo vaults).")};
    QCommandLineOption version{QStringLiteral("version"), Cli::tr("Print the version and exit.")};
    QCommandLineOption verbose{QStringLiteral("verbose"), Cli::tr("Print diagnostic lines (never secrets or patient data).")};
    QCommandLineOption patients{QStringLiteral("patients"), Cli::tr("demo: number of invented patients to add."),
                                QStringLiteral("N"), QStringLiteral("200")};
    QCommandLineOption seed{QStringLiteral("seed"), Cli::tr("demo: seed of the generator (same seed, same patients)."),
                            QStringLiteral("N"), QStringLiteral("2026")};
    QCommandLineOption limit{QStringLiteral("limit"), Cli::tr("find: at most N matches."), QStringLiteral("N"),
                             QStringLiteral("50")};
    QCommandLineOption inbox{QStringLiteral("inbox"),
                             Cli::tr("import: seal the files into this inbox folder for the next unlock (no passphrase needed)."),
                             QStringLiteral("DIR")};
    QCommandLineOption dryRun{QStringLiteral("dry-run"), Cli::tr("import: check everything, change nothing.")};
    QCommandLineOption partial{QStringLiteral("partial"),
                               Cli::tr("import: the export is partial; do not mark missing patients as absent.")};
    QCommandLineOption prescription{QStringLiteral("prescription"), Cli::tr("print: the prescription's number."),
                                    QStringLiteral("ID")};
    QCommandLineOption since{QStringLiteral("since"), Cli::tr("audit: entries from this day on (YYYY-MM-DD, local time)."),
                             QStringLiteral("DATE")};
    QCommandLineOption until{QStringLiteral("until"), Cli::tr("audit: entries up to this day included (YYYY-MM-DD)."),
                             QStringLiteral("DATE")};
    QCommandLineOption action{QStringLiteral("action"),
                              Cli::tr("audit: one action, by its id (patient.view) or its words (\"Record opened\")."),
                              QStringLiteral("NAME")};
    QCommandLineOption patient{QStringLiteral("patient"),
                               Cli::tr("audit: the entries about one patient (row number); names them."),
                               QStringLiteral("ID")};
    QCommandLineOption pdf{QStringLiteral("pdf"), Cli::tr("print: write the prescription's PDF to FILE; audit: the report."),
                           QStringLiteral("FILE")};
    QCommandLineOption bdpmDir{QStringLiteral("dir"), Cli::tr("import-bdpm: the folder holding the BDPM files."),
                               QStringLiteral("DIR")};
    QCommandLineOption out{QStringLiteral("out"), Cli::tr("export, open-export: the folder to write into."),
                           QStringLiteral("DIR")};
    QCommandLineOption exportPassFile{QStringLiteral("export-passphrase-file"),
                                      Cli::tr("export, open-export: read the export's passphrase from FILE (default: standard input)."),
                                      QStringLiteral("FILE")};
    QCommandLineOption server{QStringLiteral("server"), Cli::tr("sync: the EHR's FHIR base URL (https://, or http://127.0.0.1)."),
                              QStringLiteral("URL")};
    QCommandLineOption tokenFile{QStringLiteral("token-file"),
                                 Cli::tr("sync: store the bearer token read from FILE in the vault (kept for the next syncs)."),
                                 QStringLiteral("FILE")};
    QCommandLineOption caFile{QStringLiteral("ca-file"), Cli::tr("sync: an extra CA certificate (PEM) to trust."),
                              QStringLiteral("FILE")};
    QCommandLineOption to{QStringLiteral("to"), Cli::tr("backup: the folder that receives the backups."),
                          QStringLiteral("DIR")};
    QCommandLineOption from{QStringLiteral("from"), Cli::tr("restore: the backup folder to restore."),
                            QStringLiteral("BACKUP")};
    QCommandLineOption keep{QStringLiteral("keep"),
                            Cli::tr("backup: backups kept by the rotation, daily,weekly,monthly."),
                            QStringLiteral("D,W,M"), QStringLiteral("7,4,12")};
    QCommandLineOption threshold{QStringLiteral("threshold"),
                                 Cli::tr("check: change a limit of the practice and keep it in the vault, NAME=VALUE "
                                         "(snapshot_green_hours, snapshot_amber_hours, backup_green_days, "
                                         "backup_amber_days, drill_green_days); repeatable."),
                                 QStringLiteral("NAME=VALUE")};
    QCommandLineOption report{QStringLiteral("report"), Cli::tr("drill: write the drill report (PDF) to FILE."),
                              QStringLiteral("FILE")};
    QCommandLineOption backups{QStringLiteral("backups"),
                               Cli::tr("drill: the backup folder whose latest backup is restored (default: the "
                                       "application's backup folder)."),
                               QStringLiteral("DIR")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, Cli::tr("Show this help.")};

    Options()
    {
        parser.setApplicationDescription(
            Cli::tr("Relais command-line tool.\n\nCommands:\n"
                    "  init      create a new vault (prints the recovery key once)\n"
                    "  verify    check encryption, structure and the audit chain\n"
                    "  passwd    change a slot's passphrase, or add a slot with --add\n"
                    "  demo      add invented patients (demo data) to a vault, creating it if needed\n"
                    "  find      search patients as the search box does: find QUERY...\n"
                    "  import    bring the EHR's export (FHIR Bundle, NDJSON, CSV) into the vault: import FILE|DIR...;\n"
                    "            with --inbox DIR, seal it for the next unlock without the passphrase;\n"
                    "            with --vault and no file, merge what the inbox holds\n"
                    "  prescriptions  list prescriptions (id, date, patient, prescriber): prescriptions [QUERY...]\n"
                    "  print     write a prescription's PDF (the stored one, or rendered and stored at the first print):\n"
                    "            print --prescription ID --pdf FILE\n"
                    "  import-bdpm  build the drug reference beside the vault from the BDPM files: import-bdpm --dir DIR\n"
                    "  drugs     search the drug reference (substance, brand, CIS or CIP), best first: drugs QUERY...\n"
                    "  export    write everything owed to the EHR (FHIR Bundles, PDFs, worksheet) into one archive\n"
                    "            encrypted with a new passphrase: export --out DIR\n"
                    "  open-export  decrypt an export archive: open-export ARCHIVE --out DIR\n"
                    "  sync      send what is owed to the EHR's FHIR server: sync --server URL [--token-file FILE]\n"
                    "  backup    write an encrypted copy of the vault, verify it, then rotate: backup --to DIR\n"
                    "  verify-backup  check a backup with a passphrase of its key header: verify-backup BACKUP\n"
                    "  restore   put a verified backup in place of the vault (the old one is kept aside):\n"
                    "            restore --from BACKUP\n"
                    "  check     the readiness check, one line per item; exit 5 when one is red:\n"
                    "            check [--threshold NAME=VALUE]...\n"
                    "  drill     the outage drill's automatic steps on a training vault (restore of the latest backup,\n"
                    "            handover export and opening, prescription to PDF, readiness); keeps the report in the\n"
                    "            vault and writes it: drill --report FILE.pdf [--backups DIR]; exit 6 when a step failed\n"
                    "  slots     list the key slots: label, kind, prescriber, created, last used\n"
                    "  audit     the audit trail as the viewer shows it, then the chain check:\n"
                    "            audit [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--slot LABEL] [--action NAME]\n"
                    "            [--patient ID] [--pdf FILE]"));
        parser.addOptions({vault, passFile, recoveryFile, newPassFile, slot, add, label, lang, fastKdf, allowWeak,
                           version, verbose, patients, seed, limit, inbox, dryRun, partial, prescription, since, until, action,
                           patient, pdf, bdpmDir, out,
                           exportPassFile, server, tokenFile, caFile, to, from, keep, threshold, report, backups, help});
        parser.addPositionalArgument(QStringLiteral("command"), Cli::tr("init, verify, passwd, demo, find, import, prescriptions, print, import-bdpm, drugs, slots, audit…"));
    }

    QString vaultPath() const
    {
        return parser.isSet(vault) ? parser.value(vault) : Vault::defaultPath();
    }
    KdfParams kdf() const { return parser.isSet(fastKdf) ? KdfParams::fastForTests() : KdfParams::calibrate(); }
};

Result<SecureBytes> readSecret(const Options& o, const QCommandLineOption& fileOption, const QString& prompt)
{
    return o.parser.isSet(fileOption) ? SecretInput::fromFile(o.parser.value(fileOption))
                                      : SecretInput::fromStdin(prompt);
}

Result<SecureBytes> readNewPassphrase(const Options& o)
{
    auto secret = readSecret(o, o.newPassFile, Cli::tr("New passphrase: "));
    if (!secret)
        return secret;
    const PassphraseStrength strength = PassphraseStrength::evaluate(*secret);
    if (!strength.acceptable() && !o.parser.isSet(o.allowWeak))
        return fail(ErrorKind::Invalid, Cli::tr("Passphrase refused: %1").arg(strength.describe()));
    return secret;
}

Result<std::unique_ptr<Vault>> unlock(const Options& o, bool slotIsFilter = false)
{
    const bool recovery = o.parser.isSet(o.recoveryFile);
    auto secret = recovery ? SecretInput::fromFile(o.parser.value(o.recoveryFile))
                           : readSecret(o, o.passFile, Cli::tr("Passphrase: "));
    if (!secret)
        return std::unexpected(secret.error());
    return Vault::open(o.vaultPath(), *secret, recovery ? SlotKind::Recovery : SlotKind::Passphrase,
                       SystemClock::instance(), slotIsFilter ? QString() : o.parser.value(o.slot));
}

QString cipherVersion()
{
    auto db = Database::open(QStringLiteral(":memory:"), nullptr, true);
    if (!db)
        return QStringLiteral("?");
    auto v = db->scalar(QStringLiteral("PRAGMA cipher_version"));
    return v ? v->toString() : QStringLiteral("?");
}

int cmdInit(const Options& o)
{
    const QString path = o.vaultPath();
    if (Vault::exists(path))
        return report({ErrorKind::Invalid, Cli::tr("A vault already exists at %1").arg(path)});
    // The passphrase is read from the usual place (file or stdin) for init.
    auto pass = readSecret(o, o.passFile, Cli::tr("New passphrase: "));
    if (!pass)
        return report(pass.error());
    const PassphraseStrength strength = PassphraseStrength::evaluate(*pass);
    if (!strength.acceptable() && !o.parser.isSet(o.allowWeak))
        return report({ErrorKind::Invalid, Cli::tr("Passphrase refused: %1").arg(strength.describe())});
    const QString label = o.parser.isSet(o.label) ? o.parser.value(o.label) : Cli::tr("Practitioner");
    auto created = Vault::create(path, label, *pass, o.kdf(), SystemClock::instance());
    if (!created)
        return report(created.error());
    out() << Cli::tr("Vault created: %1").arg(path) << Qt::endl
          << Cli::tr("Recovery key (shown once; write it down and keep it in the practice safe):") << Qt::endl
          << QString::fromLatin1(created->recoveryKey.view().toByteArray()) << Qt::endl;
    return Cli::Ok;
}

QString lastBackupLine(Database& db)
{
    const auto last = Backup::lastVerified(db);
    return last ? Cli::tr("Last verified backup: %1").arg(last->toLocalTime().toString(Qt::ISODate))
                : Cli::tr("Last verified backup: none");
}

Result<SecureBytes> readUnlockSecret(const Options& o)
{
    return o.parser.isSet(o.recoveryFile) ? SecretInput::fromFile(o.parser.value(o.recoveryFile))
                                          : readSecret(o, o.passFile, Cli::tr("Passphrase: "));
}

int cmdBackup(const Options& o)
{
    const QStringList keep = o.parser.value(o.keep).split(u',');
    QList<int> n;
    for (const QString& k : keep) {
        bool ok = false;
        n.append(k.trimmed().toInt(&ok));
        if (!ok || n.last() < 0 || n.last() > 1000)
            n.clear();
        if (n.isEmpty())
            break;
    }
    if (n.size() != 3 || n.at(0) < 1)
        return usage(Cli::tr("--keep takes three numbers, daily,weekly,monthly (daily at least 1), for example 7,4,12"));
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    // Without --to, the folder the practice chose; the first --to given becomes that folder.
    QString folder = Backup::folder((*vault)->db());
    if (o.parser.isSet(o.to)) {
        const QString given = QFileInfo(o.parser.value(o.to)).absoluteFilePath();
        if (folder.isEmpty())
            if (auto r = Backup::setFolder((*vault)->db(), given); !r)
                return report(r.error());
        folder = given;
    }
    if (folder.isEmpty())
        return usage(Cli::tr("backup needs --to DIR (no backup folder is chosen for this vault yet)"));
    Backup::Options options;
    if (o.parser.isSet(o.keep)) {
        options.rotation = BackupRotation{n.at(0), n.at(1), n.at(2)};
    } else {
        auto stored = BackupRotation::load((*vault)->db());
        if (!stored)
            return report(stored.error());
        options.rotation = *stored;
    }
    auto made = Backup::create(**vault, folder, options);
    if (!made)
        return report(made.error());
    out() << Cli::tr("Backup written and verified: %1").arg(made->path) << Qt::endl
          << Cli::tr("%1 table(s), %2 row(s), audit trail up to #%3")
                 .arg(made->manifest.rowCounts.size())
                 .arg(made->manifest.totalRows())
                 .arg(made->manifest.auditSeq)
          << Qt::endl;
    for (const QString& r : std::as_const(made->removed))
        out() << Cli::tr("Removed by the rotation: %1").arg(r) << Qt::endl;
    out() << lastBackupLine((*vault)->db()) << Qt::endl;
    return Cli::Ok;
}

int cmdVerifyBackup(const Options& o, const QStringList& args)
{
    if (args.size() != 1)
        return usage(Cli::tr("verify-backup needs the backup folder: verify-backup BACKUP"));
    auto secret = readUnlockSecret(o);
    if (!secret)
        return report(secret.error());
    auto v = Backup::verify(args.first(), *secret, o.parser.isSet(o.recoveryFile) ? SlotKind::Recovery : SlotKind::Passphrase,
                            o.parser.value(o.slot));
    if (!v)
        return report(v.error());
    out() << Cli::tr("OK: backup %1 verified (files, encryption, structure, %2 audit entries, %3 row(s) as in its "
                     "manifest), made %4")
                 .arg(args.first())
                 .arg(v->auditEntries)
                 .arg(v->manifest.totalRows())
                 .arg(v->manifest.createdUtc.toLocalTime().toString(Qt::ISODate))
          << Qt::endl;
    return Cli::Ok;
}

int cmdCheck(const Options& o)
{
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    if (o.parser.isSet(o.threshold)) {
        auto limits = ReadinessThresholds::load((*vault)->db());
        if (!limits)
            return report(limits.error());
        for (const QString& a : o.parser.values(o.threshold))
            if (auto r = limits->set(a); !r)
                return usage(r.error().message);
        if (auto r = limits->save((*vault)->db()); !r)
            return usage(r.error().message);
    }
    const QList<ReadinessItem> items = Readiness(**vault).items();
    for (const ReadinessItem& item : items)
        out() << Readiness::line(item) << Qt::endl;
    return Readiness::worst(items) == ReadinessColour::Red ? Cli::NotReady : Cli::Ok;
}

// The automatic steps of the drill; the manual ones (find a patient, record a consultation) are
// rehearsed in the application and listed as not run.
int cmdDrill(const Options& o)
{
    if (!o.parser.isSet(o.report))
        return usage(Cli::tr("drill needs --report FILE.pdf"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return report({ErrorKind::Other, Cli::tr("drill: fonts are not available in this process")});
    auto secret = readUnlockSecret(o);
    if (!secret)
        return report(secret.error());
    const SlotKind kind = o.parser.isSet(o.recoveryFile) ? SlotKind::Recovery : SlotKind::Passphrase;
    auto vault = Vault::open(o.vaultPath(), *secret, kind, SystemClock::instance(), o.parser.value(o.slot));
    if (!vault)
        return report(vault.error());
    auto drill = Drill::start(**vault);
    if (!drill)
        return report(drill.error());
    (*drill)->unlock(*secret, kind, o.parser.value(o.slot));
    const DualText manual =
        dualText([] { return Cli::tr("Manual step: rehearsed in the application (File → Outage drill), not by relais-cli"); });
    (*drill)->skip(DrillStep::FindPatient, manual);
    (*drill)->skip(DrillStep::Consultation, manual);
    (*drill)->printPrescription();
    (*drill)->exportAndOpen();
    const QString folder = o.parser.isSet(o.backups) ? o.parser.value(o.backups) : Backup::folder((*vault)->db());
    (*drill)->restoreLatestBackup(folder, *secret, kind, o.parser.value(o.slot));
    (*drill)->checkReadiness();
    const DrillRun run = (*drill)->run({(*vault)->slotLabel()});
    auto pdf = DrillReport::pdf(run);
    if (!pdf)
        return report(pdf.error());
    if (auto r = PrivateFile::write(o.parser.value(o.report), *pdf); !r)
        return report(r.error());
    auto kept = DrillStore(**vault).keep(run, *pdf);
    if (!kept)
        return report(kept.error());
    for (const DrillStepResult& s : run.steps)
        out() << QStringLiteral("[%1] %2 — %3 s / %4 s — %5")
                     .arg(DrillStepResult::outcomeWord(s.outcome), DrillStepResult::stepName(s.step))
                     .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
                     .arg(s.targetSecs)
                     .arg(s.detail)
              << Qt::endl;
    for (const QString& a : DrillReport::actions(run, true))
        out() << Cli::tr("To do: %1").arg(a) << Qt::endl;
    out() << Cli::tr("Drill report written to %1 and kept in the vault (#%2)").arg(o.parser.value(o.report)).arg(*kept)
          << Qt::endl;
    return run.passed() ? Cli::Ok : Cli::DrillFailed;
}

int cmdRestore(const Options& o)
{
    if (!o.parser.isSet(o.from))
        return usage(Cli::tr("restore needs --from BACKUP"));
    auto secret = readUnlockSecret(o);
    if (!secret)
        return report(secret.error());
    auto r = Backup::restore(o.parser.value(o.from), o.vaultPath(), *secret,
                             o.parser.isSet(o.recoveryFile) ? SlotKind::Recovery : SlotKind::Passphrase,
                             SystemClock::instance(), o.parser.value(o.slot));
    if (!r)
        return report(r.error());
    out() << Cli::tr("Vault restored from %1 (made %2) into %3")
                 .arg(o.parser.value(o.from), r->manifest.createdUtc.toLocalTime().toString(Qt::ISODate), o.vaultPath())
          << Qt::endl;
    if (!r->keptAside.isEmpty())
        out() << Cli::tr("The previous vault is kept as %1").arg(r->keptAside) << Qt::endl;
    return Cli::Ok;
}

int cmdVerify(const Options& o)
{
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    const Vault::IntegrityReport rep = (*vault)->checkIntegrity();
    if (!rep.ok)
        return report({ErrorKind::VaultCorrupt, rep.message});
    (void)(*vault)->audit().append(QString::fromLatin1(AuditAction::Verify), QString(), QString(),
                                   QStringLiteral("entries=%1").arg(rep.audit.entries));
    out() << Cli::tr("OK: encryption and structure verified; %1").arg(rep.message) << Qt::endl;
    out() << lastBackupLine((*vault)->db()) << Qt::endl;
    return Cli::Ok;
}

int cmdPasswd(const Options& o)
{
    if (o.parser.isSet(o.add) && o.parser.isSet(o.slot) && o.parser.isSet(o.recoveryFile))
        return usage(Cli::tr("--add and --slot cannot be combined with the recovery key"));
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    auto next = readNewPassphrase(o);
    if (!next)
        return report(next.error());
    if (o.parser.isSet(o.add)) {
        auto id = (*vault)->addSlot(o.parser.value(o.add), SlotKind::Passphrase, *next, o.kdf());
        if (!id)
            return report(id.error());
        out() << Cli::tr("Key slot \"%1\" added").arg(o.parser.value(o.add)) << Qt::endl;
        return Cli::Ok;
    }
    // Unlocked with the recovery key: the passphrase slot to reset is the one named, or the first.
    QString target = (*vault)->slotId();
    if (o.parser.isSet(o.recoveryFile) || o.parser.isSet(o.slot)) {
        std::optional<KeySlot> chosen;
        if (o.parser.isSet(o.slot) && o.parser.isSet(o.recoveryFile))
            chosen = (*vault)->findSlot(o.parser.value(o.slot));
        else if (o.parser.isSet(o.recoveryFile))
            for (const KeySlot& s : (*vault)->keySlots())
                if (s.kind == SlotKind::Passphrase && !chosen)
                    chosen = s;
        if (chosen)
            target = chosen->id;
        else if (o.parser.isSet(o.recoveryFile))
            return report({ErrorKind::Invalid, Cli::tr("No passphrase slot to reset")});
    }
    if (auto r = (*vault)->changeSecret(target, *next, o.kdf()); !r)
        return report(r.error());
    out() << Cli::tr("Passphrase changed for key slot \"%1\"").arg((*vault)->findSlot(target)->label) << Qt::endl;
    return Cli::Ok;
}

int cmdSlots(const Options& o)
{
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    auto rows = SlotDirectory::read(**vault);
    if (!rows)
        return report(rows.error());
    out() << Cli::tr("Label") << '\t' << Cli::tr("Kind") << '\t' << Cli::tr("Prescriber") << '\t' << Cli::tr("Created on")
          << '\t' << Cli::tr("Last used") << Qt::endl;
    for (const SlotRow& r : std::as_const(*rows))
        out() << r.slot.label << '\t' << SlotDirectory::kindWords(r.slot.kind) << '\t'
              << (r.practitioner ? r.practitioner->displayName() : QString()) << '\t'
              << AuditTable::localTime(r.slot.createdUtc) << '\t'
              << (r.lastUsedUtc.isValid() ? AuditTable::localTime(r.lastUsedUtc) : Cli::tr("never")) << Qt::endl;
    return Cli::Ok;
}

int cmdAudit(const Options& o)
{
    AuditFilter filter;
    const auto day = [&](const QCommandLineOption& opt, QDate* d) {
        *d = QDate::fromString(o.parser.value(opt), Qt::ISODate);
        return d->isValid();
    };
    QDate since, until;
    if (o.parser.isSet(o.since) && !day(o.since, &since))
        return usage(Cli::tr("--since takes a date as YYYY-MM-DD, not \"%1\"").arg(o.parser.value(o.since)));
    if (o.parser.isSet(o.until) && !day(o.until, &until))
        return usage(Cli::tr("--until takes a date as YYYY-MM-DD, not \"%1\"").arg(o.parser.value(o.until)));
    if (since.isValid())
        filter.fromUtc = since.startOfDay().toUTC();
    if (until.isValid())
        filter.toUtc = until.addDays(1).startOfDay().toUTC();
    if (o.parser.isSet(o.action)) {
        const QString wanted = o.parser.value(o.action).trimmed();
        for (const AuditActions::Known& k : AuditActions::all())
            if (k.id == wanted || k.words.compare(wanted, Qt::CaseInsensitive) == 0)
                filter.action = k.id;
        if (filter.action.isEmpty())
            filter.action = wanted;  // an id the table does not know yet: taken as it is
    }
    if (o.parser.isSet(o.patient)) {
        bool ok = false;
        const qint64 id = o.parser.value(o.patient).toLongLong(&ok);
        if (!ok || id <= 0)
            return usage(Cli::tr("--patient takes the patient's row number"));
        filter.objectType = QStringLiteral("patient");
        filter.objectId = QString::number(id);
    }
    if (o.parser.isSet(o.pdf) && !qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return report({ErrorKind::Other, Cli::tr("audit: fonts are not available in this process")});
    // --slot names whose entries to show here, not the slot to unlock with.
    auto vault = unlock(o, true);
    if (!vault)
        return report(vault.error());
    if (o.parser.isSet(o.slot)) {
        const auto s = (*vault)->findSlot(o.parser.value(o.slot));
        AuditTable labels(**vault);
        if (s) {
            filter.slot = s->id;
        } else {
            for (auto it = labels.slotLabels().cbegin(); it != labels.slotLabels().cend(); ++it)
                if (it.value() == o.parser.value(o.slot) || it.key() == o.parser.value(o.slot))
                    filter.slot = it.key();
        }
        if (filter.slot.isEmpty())
            return report({ErrorKind::Invalid, Cli::tr("The vault has no key slot named \"%1\"").arg(o.parser.value(o.slot))});
    }
    if (o.parser.isSet(o.pdf)) {
        if (AuditReport::namesPatients(filter))
            QTextStream(stderr) << Cli::tr("The report names the patient: the file holds personal health data in clear.")
                                << Qt::endl;
        auto n = AuditReport::write(**vault, filter, o.parser.value(o.pdf));
        if (!n)
            return report(n.error());
        out() << Cli::tr("Audit report written to %1 (%n entries)", nullptr, *n).arg(o.parser.value(o.pdf)) << Qt::endl;
        return Cli::Ok;
    }
    (void)(*vault)->audit().append(QString::fromLatin1(AuditAction::TrailView), filter.objectType, filter.objectId,
                                   QStringLiteral("cli"));
    AuditTable table(**vault);
    const bool names = AuditReport::namesPatients(filter);
    out() << AuditTable::headers().join(u'\t') << Qt::endl;
    filter.newestFirst = false;
    std::optional<AuditEntry> after;
    for (;;) {
        auto page = (*vault)->audit().page(filter, after, 1000);
        if (!page)
            return report(page.error());
        for (const AuditEntry& e : std::as_const(*page))
            out() << table.row(e, names).join(u'\t') << Qt::endl;
        if (page->size() < 1000)
            break;
        after = page->last();
    }
    const AuditVerification v = (*vault)->audit().verify();
    out() << Cli::tr("Chain check: %1").arg(v.message);
    if (!(*vault)->auditRollbackWarning().isEmpty())
        out() << ' ' << (*vault)->auditRollbackWarning();
    out() << Qt::endl;
    return v.ok && (*vault)->auditRollbackWarning().isEmpty() ? Cli::Ok : Cli::BadVault;
}

int cmdDemo(const Options& o)
{
    bool ok = false;
    const int count = o.parser.value(o.patients).toInt(&ok);
    const quint32 seed = o.parser.value(o.seed).toUInt();
    // 0 on an existing demo vault: only today's and tomorrow's appointments, again.
    if (!ok || count < 0 || count > 1000000 || (count == 0 && !Vault::exists(o.vaultPath())))
        return usage(Cli::tr("--patients takes a number from 1 to 1000000 (0 on an existing vault: appointments only)"));
    std::unique_ptr<Vault> vault;
    if (!Vault::exists(o.vaultPath())) {
        auto pass = readSecret(o, o.passFile, Cli::tr("New passphrase: "));
        if (!pass)
            return report(pass.error());
        auto created = Vault::create(o.vaultPath(), QStringLiteral("Praticien de démonstration"), *pass, o.kdf(), SystemClock::instance());
        if (!created)
            return report(created.error());
        out() << Cli::tr("Vault created: %1").arg(o.vaultPath()) << Qt::endl
              << Cli::tr("Recovery key (shown once; write it down and keep it in the practice safe):") << Qt::endl
              << QString::fromLatin1(created->recoveryKey.view().toByteArray()) << Qt::endl;
        vault = std::move(created->vault);
        // A newcomer's first unlock opens the setup assistant, as after creating a vault in Relais.
        if (auto r = FirstStart::setPending(vault->db(), true); !r)
            return report(r.error());
    } else {
        auto opened = unlock(o);
        if (!opened)
            return report(opened.error());
        vault = std::move(*opened);
    }
    Transaction tx(vault->db());
    if (auto r = tx.begin(); !r)
        return report(r.error());
    QTextStream err(stderr);
    auto added = count == 0 ? Result<int>(0) : DemoData(seed).fill(*vault, count, SystemClock::instance().nowUtc(), [&](int done) {
        err << Cli::tr("demo: %1 / %2 patients").arg(done).arg(count) << '\r' << Qt::flush;
    });
    err << Qt::endl;
    if (!added)
        return report(added.error());
    // Today's and tomorrow's appointments, through the demo EHR's CSV export.
    auto appointments = DemoData(seed).addAppointments(*vault, SystemClock::instance().nowUtc());
    if (!appointments)
        return report(appointments.error());
    if (auto r = vault->audit().append(QStringLiteral("demo.fill"), QStringLiteral("patient"), QString(),
                                       QStringLiteral("count=%1").arg(*added));
        !r)
        return report(r.error());
    if (auto r = tx.commit(); !r)
        return report(r.error());
    // A past drill report, as a practice that rehearses would have one (invented too).
    if (auto kept = DrillStore(*vault).list(); kept && kept->isEmpty()) {
        const DrillRun past = Drill::example(*vault, SystemClock::instance().nowUtc().addDays(-41), vault->slotLabel());
        auto pdf = DrillReport::pdf(past);
        if (!pdf)
            return report(pdf.error());
        if (auto r = DrillStore(*vault).keep(past, *pdf); !r)
            return report(r.error());
    }
    out() << Cli::tr("%1 demo patients added (invented data, demo NIRs)").arg(*added) << Qt::endl
          << Cli::tr("%1 demo appointments today and tomorrow").arg(*appointments) << Qt::endl;
    return Cli::Ok;
}

// Public data: no passphrase, the reference file sits beside the vault.
int cmdImportBdpm(const Options& o)
{
    if (!o.parser.isSet(o.bdpmDir))
        return usage(Cli::tr("import-bdpm needs --dir DIR, the folder holding the BDPM files"));
    const QString path = DrugReference::pathBeside(o.vaultPath());
    auto done = DrugReference::refresh(o.parser.value(o.bdpmDir), path);
    if (!done)
        return report(done.error());
    for (const BdpmProblem& p : std::as_const(done->problems))
        QTextStream(stderr) << formatBdpmProblem(p) << Qt::endl;
    out() << Cli::tr("%1 medicines and %2 presentations imported into %3 (BDPM files of %4); %5 malformed row(s) left out")
                 .arg(done->medicines)
                 .arg(done->presentations)
                 .arg(path, done->sourceDate.toString(QStringLiteral("dd/MM/yyyy")))
                 .arg(done->problems.size())
          << Qt::endl;
    return Cli::Ok;
}

int cmdDrugs(const Options& o, const QStringList& words)
{
    if (words.isEmpty())
        return usage(Cli::tr("drugs needs a query: a substance, a brand or a CIS or CIP code"));
    auto ref = DrugReference::open(DrugReference::pathBeside(o.vaultPath()));
    if (!ref)
        return report(ref.error());
    auto hits = (*ref)->search(words.join(u' '), qBound(1, o.parser.value(o.limit).toInt(), 1000));
    if (!hits)
        return report(hits.error());
    for (const DrugHit& h : std::as_const(*hits))
        out() << h.cis << '\t' << h.display() << Qt::endl;
    QTextStream(stderr) << Cli::tr("%1 match(es); %2").arg(hits->size()).arg((*ref)->describe()) << Qt::endl;
    return Cli::Ok;
}

int cmdFind(const Options& o, const QStringList& words)
{
    if (words.isEmpty())
        return usage(Cli::tr("find needs a query: a name, a date of birth or digits of a NIR or phone"));
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    auto result = PatientSearch((*vault)->db()).search(words.join(u' '), qBound(1, o.parser.value(o.limit).toInt(), 1000));
    if (!result)
        return report(result.error());
    (void)(*vault)->audit().append(QStringLiteral("patient.search"), QString(), QString(),
                                   QStringLiteral("results=%1").arg(result->total));
    const QLocale locale;
    for (const PatientHit& h : std::as_const(result->hits))
        out() << h.id << '\t' << h.displayName() << '\t' << locale.toString(h.birthDate, QLocale::ShortFormat) << '\t'
              << sexCode(h.sex) << '\t' << identityStatusCode(h.identityStatus) << '\t' << Nir::format(h.matricule)
              << Qt::endl;
    QTextStream(stderr) << Cli::tr("%1 match(es), %2 shown").arg(result->total).arg(result->hits.size()) << Qt::endl;
    return Cli::Ok;
}

// Structure only (valid JSON and CSV, resources with a type): what can be checked without the vault.
Result<qint64> checkReadable(const QList<SnapshotImporter::Source>& sources)
{
    qint64 total = 0;
    for (const SnapshotImporter::Source& s : sources) {
        auto dev = s.open();
        if (!dev)
            return fail(ErrorKind::Io, Cli::tr("%1: cannot be read").arg(s.name));
        auto n = s.name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
            ? CsvReader::read(*dev, s.name, [](const QStringList&, const QStringList&, qint64) -> Result<bool> { return true; })
            : FhirReader::read(*dev, s.name, [](const rapidjson::Value&, const SourceLocation&) -> Result<bool> { return true; });
        if (!n)
            return std::unexpected(n.error());
        total += *n;
    }
    return total;
}

int cmdImport(const Options& o, const QStringList& paths)
{
    QTextStream err(stderr);
    const auto progress = [&](qint64 done) {
        err << Cli::tr("import: %1 resources read").arg(done) << '\r' << Qt::flush;
        return true;
    };
    if (o.parser.isSet(o.inbox)) {
        // The nightly task: no vault, no passphrase; the files are sealed to the vault's public key.
        if (paths.isEmpty())
            return usage(Cli::tr("import --inbox needs the files or folders to seal"));
        auto sources = SnapshotImporter::sourcesFromPaths(paths);
        if (!sources)
            return report(sources.error());
        auto n = checkReadable(*sources);
        if (!n)
            return report(n.error());
        if (o.parser.isSet(o.dryRun)) {
            out() << Cli::tr("Dry run: %1 records read, nothing sealed").arg(*n) << Qt::endl;
            return Cli::Ok;
        }
        auto sealed = Inbox::seal(o.parser.value(o.inbox), *sources, o.parser.isSet(o.partial));
        if (!sealed)
            return report(sealed.error());
        out() << Cli::tr("%1 records sealed into %2; Relais merges them at the next unlock").arg(*n).arg(*sealed) << Qt::endl;
        return Cli::Ok;
    }
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    const QString inboxDir = Inbox::defaultDir((*vault)->path());
    (void)Inbox::publish(**vault, inboxDir);
    // Said before the commit: how many patients a full export marks absent.
    const auto announce = [&](const QString& sealedFile, const ImportSummary& s) {
        if (s.markedAbsent > 0) {
            err << Qt::endl;
            const QString line = Cli::tr("Full export: %1 patient(s) of the vault are not in it and will be marked \"no longer in "
                                         "the EHR export\" (not deleted)")
                                     .arg(s.markedAbsent);
            out() << (sealedFile.isEmpty() ? line : sealedFile + QStringLiteral(": ") + line) << Qt::endl;
        }
        return true;
    };
    if (paths.isEmpty()) {
        const Inbox::Merged merged = Inbox::mergeAll(**vault, inboxDir, Inbox::Hooks{progress, [&](const QString& f, const ImportSummary& s) {
                                                                                     return announce(QFileInfo(f).fileName(), s);
                                                                                 }});
        err << Qt::endl;
        for (int i = 0; i < merged.files.size(); ++i) {
            out() << Cli::tr("Merged %1").arg(merged.files.at(i)) << Qt::endl;
            for (const QString& line : merged.summaries.at(i).lines())
                out() << "  " << line << Qt::endl;
        }
        for (int i = 0; i < merged.quarantined.size(); ++i)
            err << "relais-cli: " << merged.quarantineReasons.at(i) << Qt::endl
                << "relais-cli: " << Cli::tr("set aside as %1; it will not be tried again").arg(merged.quarantined.at(i)) << Qt::endl;
        for (const QString& e : merged.errors)
            err << "relais-cli: " << e << Qt::endl;
        // Those set aside at an earlier unlock, with their reason (sealed beside them).
        for (const Inbox::Quarantined& q : Inbox::quarantined(**vault, inboxDir))
            if (!merged.quarantined.contains(q.file))
                out() << Cli::tr("Set aside earlier, not tried again: %1 (%2)").arg(q.file, q.reason.isEmpty() ? Cli::tr("reason unknown") : q.reason)
                      << Qt::endl;
        if (merged.files.isEmpty() && merged.errors.isEmpty() && merged.quarantined.isEmpty())
            out() << Cli::tr("The inbox %1 holds no snapshot").arg(inboxDir) << Qt::endl;
        return merged.errors.isEmpty() && merged.quarantined.isEmpty() ? Cli::Ok : Cli::Other;
    }
    auto sources = SnapshotImporter::sourcesFromPaths(paths);
    if (!sources)
        return report(sources.error());
    SnapshotImporter::Options options;
    options.dryRun = o.parser.isSet(o.dryRun);
    options.fullSnapshot = !o.parser.isSet(o.partial);
    options.progress = progress;
    options.beforeCommit = [&](const ImportSummary& s) { return announce(QString(), s); };
    auto summary = SnapshotImporter(**vault).run(*sources, options);
    err << Qt::endl;
    if (!summary)
        return report(summary.error());
    out() << (summary->dryRun ? Cli::tr("Dry run: nothing was changed. It would give:") : Cli::tr("Imported:")) << Qt::endl;
    for (const QString& line : summary->lines())
        out() << "  " << line << Qt::endl;
    return Cli::Ok;
}

int cmdPrescriptions(const Options& o, const QStringList& words)
{
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    QList<qint64> patients;
    if (!words.isEmpty()) {
        auto found = PatientSearch((*vault)->db()).search(words.join(u' '), 1000);
        if (!found)
            return report(found.error());
        for (const PatientHit& h : std::as_const(found->hits))
            patients.append(h.id);
        if (patients.isEmpty()) {
            QTextStream(stderr) << Cli::tr("No patient matches \"%1\"").arg(words.join(u' ')) << Qt::endl;
            return Cli::Ok;
        }
    }
    auto list = PrescriptionStore(**vault).list(patients, qBound(1, o.parser.value(o.limit).toInt(), 100000));
    if (!list)
        return report(list.error());
    (void)(*vault)->audit().append(QStringLiteral("prescription.list"), QString(), QString(),
                                   QStringLiteral("results=%1").arg(list->size()));
    const QLocale locale;
    for (const PrescriptionStore::Summary& s : std::as_const(*list))
        out() << s.id << '\t' << locale.toString(s.date, QLocale::ShortFormat) << '\t' << s.patientName << '\t'
              << s.practitionerName << Qt::endl;
    QTextStream(stderr) << Cli::tr("%n prescription(s)", nullptr, int(list->size())) << Qt::endl;
    return Cli::Ok;
}

int cmdPrint(const Options& o)
{
    bool ok = false;
    const qint64 id = o.parser.value(o.prescription).toLongLong(&ok);
    if (!ok || id <= 0)
        return usage(Cli::tr("print needs --prescription ID (a number, see the prescriptions command)"));
    if (!o.parser.isSet(o.pdf))
        return usage(Cli::tr("print needs --pdf FILE"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return report({ErrorKind::Other, Cli::tr("print: fonts are not available in this process")});
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    auto pdf = PrescriptionPrinter(**vault).pdf(id);
    if (!pdf)
        return report(pdf.error());
    // A prescription in clear: readable by its owner only (set before a byte is written).
    if (auto r = PrivateFile::write(o.parser.value(o.pdf), *pdf); !r)
        return report(r.error());
    // A copy in clear outside the vault: recorded (the id, never the path, which may name the patient).
    (void)(*vault)->audit().append(QStringLiteral("print.pdf_file"), QStringLiteral("prescription"), QString::number(id));
    out() << Cli::tr("Prescription %1 written to %2").arg(id).arg(o.parser.value(o.pdf)) << Qt::endl;
    return Cli::Ok;
}

int cmdExport(const Options& o)
{
    if (!o.parser.isSet(o.out))
        return usage(Cli::tr("export needs --out DIR"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return report({ErrorKind::Other, Cli::tr("export: fonts are not available in this process")});
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    auto pass = readSecret(o, o.exportPassFile, Cli::tr("Passphrase for the export: "));
    if (!pass)
        return report(pass.error());
    const PassphraseStrength strength = PassphraseStrength::evaluate(*pass);
    if (!strength.acceptable() && !o.parser.isSet(o.allowWeak))
        return report({ErrorKind::Invalid, Cli::tr("Passphrase refused: %1").arg(strength.describe())});
    QTextStream err(stderr);
    auto summary = Handover::exportTo(**vault, o.parser.value(o.out), *pass, o.kdf(), [&](int done, int total) {
        err << Cli::tr("export: %1 / %2 patients").arg(done).arg(total) << '\r' << Qt::flush;
    });
    err << Qt::endl;
    if (!summary)
        return report(summary.error());
    out() << Cli::tr("Export written: %1").arg(summary->archivePath) << Qt::endl
          << Cli::tr("%1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s)")
                 .arg(summary->patients).arg(summary->consultations).arg(summary->prescriptions).arg(summary->files)
          << Qt::endl;
    return Cli::Ok;
}

int cmdOpenExport(const Options& o, const QStringList& args)
{
    if (args.size() != 1 || !o.parser.isSet(o.out))
        return usage(Cli::tr("open-export needs the archive and --out DIR"));
    auto pass = readSecret(o, o.exportPassFile, Cli::tr("Passphrase of the export: "));
    if (!pass)
        return report(pass.error());
    auto files = Handover::open(args.first(), *pass, o.parser.value(o.out));
    if (!files)
        return report(files.error());
    for (const QString& f : std::as_const(*files))
        out() << f << Qt::endl;
    QTextStream(stderr) << Cli::tr("%1 file(s) written to %2, all matching the manifest")
                               .arg(files->size()).arg(o.parser.value(o.out)) << Qt::endl;
    return Cli::Ok;
}

int cmdSync(const Options& o)
{
    if (!o.parser.isSet(o.server))
        return usage(Cli::tr("sync needs --server URL"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return report({ErrorKind::Other, Cli::tr("sync: fonts are not available in this process")});
    const QUrl url(o.parser.value(o.server));
    if (auto r = FhirClient::checkUrl(url); !r)
        return report(r.error());
    auto vault = unlock(o);
    if (!vault)
        return report(vault.error());
    if (o.parser.isSet(o.tokenFile)) {
        auto token = SecretInput::fromFile(o.parser.value(o.tokenFile));
        if (!token)
            return report(token.error());
        if (auto r = SyncSettings::save(**vault, std::nullopt, token->view()); !r)
            return report(r.error());
    }
    FhirClient client(**vault, FhirClient::Config{url, o.parser.value(o.caFile)});
    auto result = client.syncDue();
    if (!result)
        return report(result.error());
    for (const QString& e : std::as_const(result->errors))
        QTextStream(stderr) << "relais-cli: " << e << Qt::endl;
    auto counts = Outbox((*vault)->db(), SystemClock::instance()).counts();
    out() << Cli::tr("%1 Bundle(s) sent: %2 accepted, %3 failed, %4 in conflict")
                 .arg(result->patients).arg(result->acknowledged).arg(result->failed).arg(result->conflicts)
          << Qt::endl;
    for (const QString& d : std::as_const(result->possibleDuplicates))
        out() << Cli::tr("To check in the EHR: %1").arg(d) << Qt::endl;
    if (counts)
        out() << Cli::tr("Outbox: %1 acknowledged, %2 failed, %3 conflict, %4 pending")
                     .arg(counts->of(OutboxEntry::State::Acknowledged))
                     .arg(counts->of(OutboxEntry::State::Failed))
                     .arg(counts->of(OutboxEntry::State::Conflict))
                     .arg(counts->inFlight())
              << Qt::endl;
    return result->failed + result->conflicts == 0 ? Cli::Ok : Cli::Other;
}

} // namespace

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

int Cli::run(const QStringList& arguments)
{
    // --lang must act before any message is built.
    const qsizetype langAt = arguments.indexOf(QStringLiteral("--lang"));
    installTranslations(langAt > 0 && langAt + 1 < arguments.size() ? arguments.at(langAt + 1) : QString());

    for (const QString& a : arguments)
        if (a.startsWith(QLatin1String("--passphrase=")) || a == QLatin1String("--passphrase"))
            return usage(tr("A passphrase is never accepted as an argument (it would show in the process list); "
                            "use --passphrase-file FILE or standard input"));

    Options o;
    if (!o.parser.parse(arguments))
        return usage(o.parser.errorText());
    if (o.parser.isSet(o.help)) {
        out() << o.parser.helpText();
        return Ok;
    }
    if (o.parser.isSet(o.version)) {
        out() << QStringLiteral("relais-cli %1 (SQLCipher %2, SQLite %3, libsodium %4)")
                     .arg(QStringLiteral(RELAIS_VERSION), cipherVersion(), QString::fromLatin1(sqlite3_libversion()),
                          QString::fromLatin1(sodium_version_string()))
              << Qt::endl;
        return Ok;
    }
    const QStringList pos = o.parser.positionalArguments();
    if (pos.isEmpty() || (pos.size() > 1 && pos.first() != QLatin1String("find") && pos.first() != QLatin1String("import") &&
                            pos.first() != QLatin1String("prescriptions") && pos.first() != QLatin1String("drugs") &&
                            pos.first() != QLatin1String("open-export") && pos.first() != QLatin1String("verify-backup")))
        return usage(tr("Give one command: init, verify, passwd, demo, find, prescriptions, print, import-bdpm, drugs, "
                        "slots, audit… (see --help)"));
    const QString cmd = pos.first();
    if (cmd == QLatin1String("prescriptions"))
        return cmdPrescriptions(o, pos.mid(1));
    if (cmd == QLatin1String("print"))
        return cmdPrint(o);
    if (cmd == QLatin1String("export"))
        return cmdExport(o);
    if (cmd == QLatin1String("sync"))
        return cmdSync(o);
    if (cmd == QLatin1String("open-export"))
        return cmdOpenExport(o, pos.mid(1));
    if (cmd == QLatin1String("find"))
        return cmdFind(o, pos.mid(1));
    if (cmd == QLatin1String("backup"))
        return cmdBackup(o);
    if (cmd == QLatin1String("verify-backup"))
        return cmdVerifyBackup(o, pos.mid(1));
    if (cmd == QLatin1String("restore"))
        return cmdRestore(o);
    if (cmd == QLatin1String("check"))
        return cmdCheck(o);
    if (cmd == QLatin1String("drill"))
        return cmdDrill(o);
    if (cmd == QLatin1String("import-bdpm"))
        return cmdImportBdpm(o);
    if (cmd == QLatin1String("drugs"))
        return cmdDrugs(o, pos.mid(1));
    if (cmd == QLatin1String("import"))
        return cmdImport(o, pos.mid(1));
    if (cmd == QLatin1String("demo"))
        return cmdDemo(o);
    if (cmd == QLatin1String("init"))
        return cmdInit(o);
    if (cmd == QLatin1String("verify"))
        return cmdVerify(o);
    if (cmd == QLatin1String("passwd"))
        return cmdPasswd(o);
    if (cmd == QLatin1String("slots"))
        return cmdSlots(o);
    if (cmd == QLatin1String("audit"))
        return cmdAudit(o);
    return usage(tr("Unknown command \"%1\" (see --help)").arg(cmd));
}

} // namespace relais::cli
