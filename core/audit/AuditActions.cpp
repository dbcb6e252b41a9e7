// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditActions.h"

#include <QCollator>

#include <algorithm>

namespace relais {

namespace {

struct Row
{
    const char* id;
    const char* words;
};

// grep `audit().append(` for the ids; a new action gets its row here.
constexpr Row kActions[] = {
    {"vault.create", QT_TRANSLATE_NOOP("relais::AuditActions", "Vault created")},
    {"vault.unlock", QT_TRANSLATE_NOOP("relais::AuditActions", "Unlocked")},
    {"vault.unlock_failed", QT_TRANSLATE_NOOP("relais::AuditActions", "Failed unlock")},
    {"vault.lock", QT_TRANSLATE_NOOP("relais::AuditActions", "Locked")},
    {"vault.autolock", QT_TRANSLATE_NOOP("relais::AuditActions", "Locked after inactivity")},
    {"vault.verify", QT_TRANSLATE_NOOP("relais::AuditActions", "Vault checked")},
    {"vault.backup", QT_TRANSLATE_NOOP("relais::AuditActions", "Backup written")},
    {"vault.backup_verify", QT_TRANSLATE_NOOP("relais::AuditActions", "Backup verified")},
    {"vault.restore", QT_TRANSLATE_NOOP("relais::AuditActions", "Backup restored")},
    {"vault.backup_failed", QT_TRANSLATE_NOOP("relais::AuditActions", "Backup failed")},
    {"vault.backup_skipped", QT_TRANSLATE_NOOP("relais::AuditActions", "Backup skipped")},
    {"drill.run", QT_TRANSLATE_NOOP("relais::AuditActions", "Outage drill run")},
    {"printer.test_page", QT_TRANSLATE_NOOP("relais::AuditActions", "Printer test page printed")},
    {"slot.add", QT_TRANSLATE_NOOP("relais::AuditActions", "Key slot added")},
    {"slot.change", QT_TRANSLATE_NOOP("relais::AuditActions", "Passphrase changed")},
    {"slot.remove", QT_TRANSLATE_NOOP("relais::AuditActions", "Key slot removed")},
    {"slot.link", QT_TRANSLATE_NOOP("relais::AuditActions", "Key slot linked to a prescriber")},
    {"recovery.print", QT_TRANSLATE_NOOP("relais::AuditActions", "Recovery sheet printed")},
    {"audit.rollback", QT_TRANSLATE_NOOP("relais::AuditActions", "Vault put back from an older copy")},
    {"audit.view", QT_TRANSLATE_NOOP("relais::AuditActions", "Audit trail opened")},
    {"audit.export", QT_TRANSLATE_NOOP("relais::AuditActions", "Audit report exported")},
    {"patient.view", QT_TRANSLATE_NOOP("relais::AuditActions", "Record opened")},
    {"patient.create", QT_TRANSLATE_NOOP("relais::AuditActions", "Patient created")},
    {"patient.update", QT_TRANSLATE_NOOP("relais::AuditActions", "Identity corrected")},
    {"patient.search", QT_TRANSLATE_NOOP("relais::AuditActions", "Patient search")},
    {"consultation.create", QT_TRANSLATE_NOOP("relais::AuditActions", "Consultation started")},
    {"consultation.discard", QT_TRANSLATE_NOOP("relais::AuditActions", "Consultation discarded")},
    {"consultation.finalise", QT_TRANSLATE_NOOP("relais::AuditActions", "Consultation signed")},
    {"consultation.correct", QT_TRANSLATE_NOOP("relais::AuditActions", "Consultation corrected")},
    {"prescription.create", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescription written")},
    {"prescription.print", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescription printed")},
    {"prescription.reprint", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescription reprinted")},
    {"prescription.list", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescriptions listed")},
    {"print.pdf_file", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescription saved as PDF")},
    {"practitioner.create", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescriber added")},
    {"practitioner.update", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescriber updated")},
    {"snapshot.import", QT_TRANSLATE_NOOP("relais::AuditActions", "Practice software export imported")},
    {"demo.fill", QT_TRANSLATE_NOOP("relais::AuditActions", "Demo patients added")},
    {"sync.view", QT_TRANSLATE_NOOP("relais::AuditActions", "Synchronisation panel opened")},
    {"sync.settings", QT_TRANSLATE_NOOP("relais::AuditActions", "Synchronisation settings changed")},
    {"sync.push", QT_TRANSLATE_NOOP("relais::AuditActions", "Sent to the practice software")},
    {"sync.export", QT_TRANSLATE_NOOP("relais::AuditActions", "Hand-back export")},
    {"sync.purge", QT_TRANSLATE_NOOP("relais::AuditActions", "Hand-back purged")},
    {"sync.conflict", QT_TRANSLATE_NOOP("relais::AuditActions", "Hand-back conflict")},
    {"sync.conflict.view", QT_TRANSLATE_NOOP("relais::AuditActions", "Hand-back conflict opened")},
    {"sync.conflict.keep_relais", QT_TRANSLATE_NOOP("relais::AuditActions", "Conflict settled: Relais kept")},
    {"sync.conflict.take_ehr", QT_TRANSLATE_NOOP("relais::AuditActions", "Conflict settled: practice software kept")},
};

constexpr Row kObjects[] = {
    {"patient", QT_TRANSLATE_NOOP("relais::AuditActions", "Patient")},
    {"consultation", QT_TRANSLATE_NOOP("relais::AuditActions", "Consultation")},
    {"prescription", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescription")},
    {"practitioner", QT_TRANSLATE_NOOP("relais::AuditActions", "Prescriber")},
    {"slot", QT_TRANSLATE_NOOP("relais::AuditActions", "Key slot")},
    {"outbox", QT_TRANSLATE_NOOP("relais::AuditActions", "Hand-back entry")},
    {"backup", QT_TRANSLATE_NOOP("relais::AuditActions", "Backup")},
    {"snapshot", QT_TRANSLATE_NOOP("relais::AuditActions", "Import")},
    {"drill_report", QT_TRANSLATE_NOOP("relais::AuditActions", "Drill report")},
};

QString lookup(const auto& table, const QString& id)
{
    for (const Row& r : table)
        if (id == QLatin1String(r.id))
            return QCoreApplication::translate("relais::AuditActions", r.words);
    return id;
}

} // namespace

QString AuditActions::words(const QString& actionId) { return lookup(kActions, actionId); }

QString AuditActions::objectWords(const QString& objectType) { return lookup(kObjects, objectType); }

QList<AuditActions::Known> AuditActions::all()
{
    QList<Known> out;
    for (const Row& r : kActions)
        out.append({QString::fromLatin1(r.id), QCoreApplication::translate("relais::AuditActions", r.words)});
    QCollator collator;
    std::sort(out.begin(), out.end(), [&](const Known& a, const Known& b) { return collator.compare(a.words, b.words) < 0; });
    return out;
}

} // namespace relais
