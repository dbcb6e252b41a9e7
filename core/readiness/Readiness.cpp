// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/Readiness.h"

#include "audit/AuditLog.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/DocumentLanguage.h"
#include "readiness/DrillStore.h"
#include "drugs/DrugReference.h"
#include "interop/Inbox.h"
#include "interop/SnapshotImporter.h"
#include "prescribing/PractitionerStore.h"
#include "sync/Outbox.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QFileInfo>
#include <QLocale>
#include <QStorageInfo>

#include <algorithm>

namespace relais {

namespace {

constexpr int kMaxHours = 24 * 3650;
constexpr int kMaxDays = 3650;
constexpr int kMaxMonths = 120;
constexpr int kMaxMb = 10 * 1024 * 1024;

struct Field
{
    const char* key;
    int ReadinessThresholds::*member;
    int max;
};

constexpr Field kFields[] = {
    {"snapshot_green_hours", &ReadinessThresholds::snapshotGreenHours, kMaxHours},
    {"snapshot_amber_hours", &ReadinessThresholds::snapshotAmberHours, kMaxHours},
    {"backup_green_days", &ReadinessThresholds::backupGreenDays, kMaxDays},
    {"backup_amber_days", &ReadinessThresholds::backupAmberDays, kMaxDays},
    {"drill_green_days", &ReadinessThresholds::drillGreenDays, kMaxDays},
    {"test_page_days", &ReadinessThresholds::testPageDays, kMaxDays},
    {"drug_reference_months", &ReadinessThresholds::drugReferenceMonths, kMaxMonths},
    {"disk_amber_mb", &ReadinessThresholds::diskAmberMb, kMaxMb},
    {"disk_red_mb", &ReadinessThresholds::diskRedMb, kMaxMb},
};

QString when(const QDateTime& utc)
{
    return DocumentLanguage::locale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

ReadinessItem unreadable(const QString& id, const QString& what, const Error& e)
{
    return {id, ReadinessColour::Red, Readiness::tr("%1 could not be read: %2").arg(what, e.message),
            Readiness::tr("Run relais-cli verify on the vault"), ReadinessItem::Action::None};
}

} // namespace

Result<void> ReadinessThresholds::check() const
{
    for (const Field& f : kFields)
        if (this->*f.member < 1 || this->*f.member > f.max)
            return fail(ErrorKind::Invalid, tr("Readiness threshold %1 must be between 1 and %2 (it is %3)")
                                                .arg(QLatin1String(f.key))
                                                .arg(f.max)
                                                .arg(this->*f.member));
    if (snapshotGreenHours > snapshotAmberHours)
        return fail(ErrorKind::Invalid, tr("Readiness threshold snapshot_green_hours (%1) must not exceed "
                                           "snapshot_amber_hours (%2)")
                                            .arg(snapshotGreenHours)
                                            .arg(snapshotAmberHours));
    if (backupGreenDays > backupAmberDays)
        return fail(ErrorKind::Invalid,
                    tr("Readiness threshold backup_green_days (%1) must not exceed backup_amber_days (%2)")
                        .arg(backupGreenDays)
                        .arg(backupAmberDays));
    if (diskRedMb > diskAmberMb)
        return fail(ErrorKind::Invalid,
                    tr("Readiness threshold disk_red_mb (%1) must not exceed disk_amber_mb (%2)").arg(diskRedMb).arg(diskAmberMb));
    return {};
}

int ReadinessThresholds::value(const QString& name) const
{
    for (const Field& f : kFields)
        if (name == QLatin1String(f.key))
            return this->*f.member;
    return -1;
}

QStringList ReadinessThresholds::names()
{
    QStringList out;
    for (const Field& f : kFields)
        out.append(QLatin1String(f.key));
    return out;
}

Result<void> ReadinessThresholds::set(const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(u'=');
    const QString name = assignment.left(eq).trimmed();
    for (const Field& f : kFields) {
        if (name != QLatin1String(f.key))
            continue;
        bool ok = false;
        const int n = eq < 0 ? 0 : assignment.mid(eq + 1).trimmed().toInt(&ok);
        if (!ok)
            return fail(ErrorKind::Invalid,
                        tr("Readiness threshold %1: \"%2\" is not a whole number").arg(name, assignment.mid(eq + 1)));
        this->*f.member = n;
        return {};
    }
    return fail(ErrorKind::Invalid, tr("Unknown readiness threshold \"%1\" (known: %2)")
                                        .arg(name, names().join(QStringLiteral(", "))));
}

Result<ReadinessThresholds> ReadinessThresholds::load(Vault& vault)
{
    auto v = VaultMeta(vault).value(kMetaKey);
    if (!v)
        return std::unexpected(v.error());
    ReadinessThresholds t;
    if (!*v)
        return t;
    const QJsonObject o = QJsonDocument::fromJson((*v)->toUtf8()).object();
    const ReadinessThresholds defaults;
    for (const Field& f : kFields) {
        const int n = o.value(QLatin1String(f.key)).toInt(0);
        t.*f.member = n >= 1 && n <= f.max ? n : defaults.*f.member;
    }
    if (!t.check())
        return defaults;
    return t;
}

Result<void> ReadinessThresholds::save(Vault& vault) const
{
    if (auto r = check(); !r)
        return r;
    QJsonObject o;
    for (const Field& f : kFields)
        o.insert(QLatin1String(f.key), this->*f.member);
    return VaultMeta(vault).set(kMetaKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

Readiness::Readiness(Vault& vault, QString inboxDir)
    : m_vault(vault), m_inboxDir(inboxDir.isEmpty() ? Inbox::defaultDir(vault.path()) : std::move(inboxDir))
{
}

QList<ReadinessItem> Readiness::items()
{
    auto t = ReadinessThresholds::load(m_vault);
    const ReadinessThresholds thresholds = t ? *t : ReadinessThresholds{};
    return {snapshot(thresholds), inbox(), backup(thresholds), recoverySheet(), practitioners(), outbox(),
            testPage(thresholds), drugReference(thresholds), diskSpace(thresholds), drill(thresholds)};
}

ReadinessColour Readiness::worst(const QList<ReadinessItem>& items)
{
    ReadinessColour w = ReadinessColour::Green;
    for (const ReadinessItem& i : items)
        w = std::max(w, i.colour);
    return w;
}

QString Readiness::colourWord(ReadinessColour c)
{
    switch (c) {
    case ReadinessColour::Green:
        return tr("GREEN");
    case ReadinessColour::Amber:
        return tr("AMBER");
    case ReadinessColour::Red:
        break;
    }
    return tr("RED");
}

QString Readiness::line(const ReadinessItem& item)
{
    QString s = QStringLiteral("[%1] %2").arg(colourWord(item.colour), item.fact);
    if (!item.nextAction.isEmpty())
        s += QStringLiteral(" — ") + item.nextAction;
    return s;
}

ReadinessItem Readiness::snapshot(const ReadinessThresholds& t)
{
    ReadinessItem item{QStringLiteral("snapshot"), ReadinessColour::Red, {}, {}, ReadinessItem::Action::Import};
    const auto taken = SnapshotImporter::snapshotTime(m_vault);
    if (!taken) {
        item.fact = tr("No snapshot of the EHR has been imported");
        item.nextAction = tr("Import the EHR's export");
        return item;
    }
    const qint64 secs = taken->secsTo(m_vault.clock().nowUtc());
    item.fact = tr("Snapshot of the EHR taken %1 (%2 h ago)").arg(when(*taken)).arg(std::max<qint64>(0, secs / 3600));
    if (secs <= qint64(t.snapshotGreenHours) * 3600) {
        item.colour = ReadinessColour::Green;
        item.action = ReadinessItem::Action::None;
        return item;
    }
    item.colour = secs <= qint64(t.snapshotAmberHours) * 3600 ? ReadinessColour::Amber : ReadinessColour::Red;
    item.nextAction = tr("Check the nightly export and import a new snapshot");
    return item;
}

ReadinessItem Readiness::inbox()
{
    ReadinessItem item{QStringLiteral("inbox"), ReadinessColour::Green, {}, {}, ReadinessItem::Action::None};
    const QList<Inbox::Quarantined> bad = Inbox::quarantined(m_vault, m_inboxDir);
    if (!bad.isEmpty()) {
        item.colour = ReadinessColour::Red;
        item.fact = tr("%1 sealed snapshot(s) in the inbox failed to merge and were set aside").arg(bad.size());
        if (!bad.constLast().reason.isEmpty())
            item.fact += QStringLiteral(": ") + bad.constLast().reason;
        item.nextAction = tr("Fix the nightly export, then remove the .failed files from %1").arg(m_inboxDir);
        item.action = ReadinessItem::Action::Import;
        return item;
    }
    const QStringList waiting = Inbox::pending(m_inboxDir);
    if (!waiting.isEmpty()) {
        item.colour = ReadinessColour::Amber;
        item.fact = tr("%1 sealed snapshot(s) wait in the inbox, not merged yet").arg(waiting.size());
        item.nextAction = tr("Import them");
        item.action = ReadinessItem::Action::Import;
        return item;
    }
    item.fact = tr("The last sealed snapshot merged without error (none set aside)");
    return item;
}

ReadinessItem Readiness::backup(const ReadinessThresholds& t)
{
    ReadinessItem item{QStringLiteral("backup"), ReadinessColour::Red, {}, {}, ReadinessItem::Action::Backup};
    const auto last = Backup::lastVerified(m_vault);
    if (!last) {
        item.fact = tr("No verified backup");
        item.nextAction = tr("Make a backup to a USB disk or a network share");
        return item;
    }
    const qint64 secs = last->secsTo(m_vault.clock().nowUtc());
    item.fact = tr("Last verified backup %1 (%2 day(s) ago)").arg(when(*last)).arg(std::max<qint64>(0, secs / 86400));
    if (secs <= qint64(t.backupGreenDays) * 86400) {
        item.colour = ReadinessColour::Green;
        item.action = ReadinessItem::Action::None;
        return item;
    }
    item.colour = secs <= qint64(t.backupAmberDays) * 86400 ? ReadinessColour::Amber : ReadinessColour::Red;
    item.nextAction = tr("Make a backup now");
    return item;
}

ReadinessItem Readiness::recoverySheet()
{
    ReadinessItem item{QStringLiteral("recovery_sheet"), ReadinessColour::Red, {}, {},
                       ReadinessItem::Action::PrintRecoverySheet};
    // The newest print wins.
    auto last = m_vault.audit().lastOf(QLatin1String(AuditAction::RecoverySheetPrint));
    if (!last)
        return unreadable(item.id, tr("The audit trail"), last.error());
    if (!*last) {
        item.fact = tr("The recovery key sheet has never been printed");
        item.nextAction = tr("Print the recovery key sheet and keep it in the practice safe");
        return item;
    }
    item.colour = ReadinessColour::Green;
    item.fact = tr("Recovery key sheet printed %1").arg(when((*last)->atUtc));
    item.action = ReadinessItem::Action::None;
    return item;
}

ReadinessItem Readiness::practitioners()
{
    ReadinessItem item{QStringLiteral("practitioners"), ReadinessColour::Red, {}, {},
                       ReadinessItem::Action::Practitioners};
    auto list = PractitionerStore(m_vault).list();
    if (!list)
        return unreadable(item.id, tr("The practitioners"), list.error());
    if (list->isEmpty()) {
        item.fact = tr("No prescriber is recorded: prescriptions cannot be printed");
        item.nextAction = tr("Add the practice's practitioners");
        return item;
    }
    QStringList incomplete;
    for (const Practitioner& p : std::as_const(*list)) {
        QStringList missing;
        if (p.rpps.trimmed().isEmpty())
            missing << tr("RPPS");
        if (p.structureId().trimmed().isEmpty())
            missing << tr("AM or FINESS number");
        if (p.address.trimmed().isEmpty())
            missing << tr("address");
        if (p.phone.trimmed().isEmpty())
            missing << tr("phone");
        if (!missing.isEmpty())
            incomplete << tr("%1 (missing: %2)").arg(p.displayName(), missing.join(QStringLiteral(", ")));
    }
    if (!incomplete.isEmpty()) {
        item.fact = tr("Incomplete prescriber profile(s): %1").arg(incomplete.join(QStringLiteral("; ")));
        item.nextAction = tr("Complete them in the practitioners' list");
        return item;
    }
    // Each prescriber unlocks with a passphrase of their own (the prescription then names who
    // unlocked). A solo practice, one prescriber and one passphrase, needs no link to say so.
    QStringList passphraseSlots;
    for (const KeySlot& s : m_vault.keySlots())
        if (s.kind == SlotKind::Passphrase)
            passphraseSlots << s.id;
    if (list->size() > 1 || passphraseSlots.size() > 1) {
        QStringList withoutSlot;
        for (const Practitioner& p : std::as_const(*list))
            if (!passphraseSlots.contains(p.slotId))
                withoutSlot << p.displayName();
        if (!withoutSlot.isEmpty()) {
            item.colour = ReadinessColour::Amber;
            item.fact = tr("Prescriber(s) without a passphrase of their own: %1").arg(withoutSlot.join(QStringLiteral(", ")));
            item.nextAction = tr("Give each one their passphrase: Settings, Vault access, Add a practitioner (or link "
                                 "their existing slot)");
            item.action = ReadinessItem::Action::None;
            return item;
        }
    }
    item.colour = ReadinessColour::Green;
    item.fact = tr("%1 prescriber(s), every profile complete (RPPS, AM/FINESS number, address, phone)")
                    .arg(list->size());
    item.action = ReadinessItem::Action::None;
    return item;
}

ReadinessItem Readiness::outbox()
{
    ReadinessItem item{QStringLiteral("outbox"), ReadinessColour::Green, {}, {}, ReadinessItem::Action::Sync};
    auto counts = Outbox(m_vault, m_vault.clock()).counts();
    if (!counts)
        return unreadable(item.id, tr("The outbox"), counts.error());
    const int failed = counts->of(OutboxEntry::State::Failed);
    const int conflict = counts->of(OutboxEntry::State::Conflict);
    const int waiting = counts->inFlight();
    if (failed + conflict > 0) {
        item.colour = ReadinessColour::Red;
        item.fact = tr("Outbox: %1 failed, %2 in conflict").arg(failed).arg(conflict);
        item.nextAction = tr("Open the synchronisation and resolve them");
        return item;
    }
    if (waiting > 0) {
        item.colour = ReadinessColour::Amber;
        item.fact = tr("Outbox: %1 record(s) from a previous outage not yet handed back to the EHR").arg(waiting);
        item.nextAction = tr("Synchronise with the EHR or export a handover archive");
        return item;
    }
    item.fact = tr("Outbox: nothing left to hand back, nothing failed or in conflict");
    item.action = ReadinessItem::Action::None;
    return item;
}

// Green while the last drill is recent enough and had no failed step; amber when it is older or
// a step failed (the report says what to do); red when the practice never rehearsed an outage.
ReadinessItem Readiness::drill(const ReadinessThresholds& t)
{
    ReadinessItem item{QStringLiteral("drill"), ReadinessColour::Red, {}, {}, ReadinessItem::Action::Drill};
    auto last = DrillStore(m_vault).latest();
    if (!last)
        return unreadable(item.id, tr("The drill reports"), last.error());
    if (!*last) {
        item.fact = tr("No outage drill has been run");
        item.nextAction = tr("Run an outage drill (File → Outage drill)");
        return item;
    }
    const qint64 days = std::max<qint64>(0, (*last)->runUtc.secsTo(m_vault.clock().nowUtc()) / 86400);
    item.fact = (*last)->passed() ? tr("Last outage drill %1 (%2 day(s) ago), every step passed").arg(when((*last)->runUtc)).arg(days)
                                  : tr("Last outage drill %1 (%2 day(s) ago), %3 step(s) failed")
                                        .arg(when((*last)->runUtc))
                                        .arg(days)
                                        .arg((*last)->failedSteps);
    if (days <= t.drillGreenDays && (*last)->passed()) {
        item.colour = ReadinessColour::Green;
        item.action = ReadinessItem::Action::None;
        return item;
    }
    item.colour = ReadinessColour::Amber;
    item.nextAction = days > t.drillGreenDays ? tr("Run a new outage drill (File → Outage drill)")
                                              : tr("Take the actions listed in the drill report, then run the drill again");
    return item;
}

ReadinessItem Readiness::testPage(const ReadinessThresholds& t)
{
    ReadinessItem item{QStringLiteral("test_page"), ReadinessColour::Red, {}, {}, ReadinessItem::Action::PrintTestPage};
    auto last = m_vault.audit().lastOf(QLatin1String(AuditAction::PrinterTestPage));
    if (!last)
        return unreadable(item.id, tr("The audit trail"), last.error());
    if (!*last) {
        item.fact = tr("No printer test page has ever been printed");
        item.nextAction = tr("Print a test page (Settings → Printer calibration) and check where it lands");
        return item;
    }
    const qint64 days = std::max<qint64>(0, (*last)->atUtc.secsTo(m_vault.clock().nowUtc()) / 86400);
    item.fact = tr("Printer test page printed %1 (%2 day(s) ago)").arg(when((*last)->atUtc)).arg(days);
    if ((*last)->atUtc.secsTo(m_vault.clock().nowUtc()) <= qint64(t.testPageDays) * 86400) {
        item.colour = ReadinessColour::Green;
        item.action = ReadinessItem::Action::None;
        return item;
    }
    item.colour = ReadinessColour::Amber;
    item.nextAction = tr("Print a test page again: the printer may have changed since");
    return item;
}

ReadinessItem Readiness::drugReference(const ReadinessThresholds& t)
{
    ReadinessItem item{QStringLiteral("drug_reference"), ReadinessColour::Red, {}, {}, ReadinessItem::Action::DrugReference};
    const QString path = m_drugReferencePath.isEmpty() ? DrugReference::pathBeside(m_vault.path()) : m_drugReferencePath;
    if (!QFileInfo::exists(path)) {
        item.fact = tr("No drug reference: prescriptions are written without the allergy and substance checks");
        item.nextAction = tr("Import the BDPM files (relais-cli import-bdpm --dir DIR)");
        return item;
    }
    auto ref = DrugReference::open(path);
    if (!ref)
        return unreadable(item.id, tr("The drug reference"), ref.error());
    const QDateTime imported = (*ref)->importedUtc();
    const QDateTime now = m_vault.clock().nowUtc();
    item.fact = tr("Drug reference imported %1 (BDPM files of %2)")
                    .arg(imported.isValid() ? when(imported) : tr("at an unknown date"),
                         DocumentLanguage::locale().toString((*ref)->sourceDate(), QLocale::ShortFormat));
    if (imported.isValid() && imported.addMonths(t.drugReferenceMonths) >= now) {
        item.colour = ReadinessColour::Green;
        item.action = ReadinessItem::Action::None;
        return item;
    }
    item.colour = ReadinessColour::Amber;
    item.nextAction = tr("Download the current BDPM files and import them again");
    return item;
}

ReadinessItem Readiness::diskSpace(const ReadinessThresholds& t)
{
    ReadinessItem item{QStringLiteral("disk_space"), ReadinessColour::Red, {}, {}, ReadinessItem::Action::None};
    const QString dir = QFileInfo(m_vault.path()).absolutePath();
    qint64 free = -1;
    if (m_freeSpace) {
        free = m_freeSpace(dir);
    } else {
        const QStorageInfo storage(dir);
        if (storage.isValid() && storage.isReady())
            free = storage.bytesAvailable();
    }
    if (free < 0) {
        item.fact = tr("The free space of %1 could not be read").arg(dir);
        item.nextAction = tr("Check the disk that holds the vault");
        return item;
    }
    const qint64 mb = free / (1024 * 1024);
    item.fact = tr("%1 MB free on the disk of the vault (%2)").arg(DocumentLanguage::locale().toString(mb), dir);
    if (mb >= t.diskAmberMb) {
        item.colour = ReadinessColour::Green;
        return item;
    }
    item.colour = mb >= t.diskRedMb ? ReadinessColour::Amber : ReadinessColour::Red;
    item.nextAction = tr("Free some space on this disk: the vault and its restores need room");
    return item;
}

} // namespace relais
