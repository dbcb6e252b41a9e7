// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/Drill.h"

#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "print/PrescriptionPrinter.h"
#include "demo/DemoData.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "sync/Handover.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sodium.h>

namespace relais {

namespace {

// The training vault's passphrase and the export's: random, never shown, never written.
SecureBytes randomSecret()
{
    SecureBytes raw = SecureBytes::random(24);
    SecureBytes hex(48 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), raw.data(), raw.size());
    return SecureBytes(hex.data(), 48);
}

QString seconds(qint64 ms)
{
    return DocumentLanguage::locale().toString(double(ms) / 1000.0, 'f', 1);
}

} // namespace

QList<DrillStep> DrillStepResult::all()
{
    return {DrillStep::Unlock,   DrillStep::FindPatient, DrillStep::Consultation, DrillStep::Prescription,
            DrillStep::Handover, DrillStep::Restore,     DrillStep::Readiness};
}

// The printed report is French whatever the interface language (as the prescriptions).
QString DrillStepResult::stepName(DrillStep step)
{
    switch (step) {
    case DrillStep::Unlock:
        return QStringLiteral("Déverrouiller le coffre");
    case DrillStep::FindPatient:
        return QStringLiteral("Retrouver un patient");
    case DrillStep::Consultation:
        return QStringLiteral("Saisir une consultation");
    case DrillStep::Prescription:
        return QStringLiteral("Imprimer une ordonnance");
    case DrillStep::Handover:
        return QStringLiteral("Exporter l'archive de restitution et l'ouvrir");
    case DrillStep::Restore:
        return QStringLiteral("Restaurer la dernière sauvegarde et la vérifier");
    case DrillStep::Readiness:
        break;
    }
    return QStringLiteral("Vérifier l'état de préparation");
}

QString DrillStepResult::stepTitle(DrillStep step)
{
    switch (step) {
    case DrillStep::Unlock:
        return tr("Unlock the vault");
    case DrillStep::FindPatient:
        return tr("Find a patient");
    case DrillStep::Consultation:
        return tr("Record a consultation");
    case DrillStep::Prescription:
        return tr("Print a prescription");
    case DrillStep::Handover:
        return tr("Export the handover archive and open it");
    case DrillStep::Restore:
        return tr("Restore the latest backup and verify it");
    case DrillStep::Readiness:
        break;
    }
    return tr("Check readiness");
}

QString DrillStepResult::stepCode(DrillStep step)
{
    static const char* const codes[] = {"unlock", "find_patient", "consultation", "prescription",
                                        "handover",  "restore",  "readiness"};
    return QLatin1String(codes[int(step)]);
}

int DrillStepResult::defaultTargetSecs(DrillStep step)
{
    switch (step) {
    case DrillStep::Unlock:
    case DrillStep::FindPatient:
    case DrillStep::Readiness:
        return 60;
    case DrillStep::Consultation:
        return 300;
    case DrillStep::Prescription:
        return 180;
    case DrillStep::Handover:
        return 300;
    case DrillStep::Restore:
        break;
    }
    return 600;
}

QString DrillStepResult::outcomeWord(Outcome o)
{
    switch (o) {
    case Outcome::Passed:
        return QStringLiteral("Réussi");
    case Outcome::Slow:
        return QStringLiteral("Réussi, trop lent");
    case Outcome::Failed:
        return QStringLiteral("Échec");
    case Outcome::NotRun:
        break;
    }
    return QStringLiteral("Non réalisé");
}

int DrillRun::failedSteps() const
{
    int n = 0;
    for (const DrillStepResult& s : steps)
        n += s.outcome == DrillStepResult::Outcome::Failed;
    return n;
}

int DrillRun::notRunSteps() const
{
    int n = 0;
    for (const DrillStepResult& s : steps)
        n += s.outcome == DrillStepResult::Outcome::NotRun;
    return n;
}

QString DrillRun::summary() const
{
    int passed = 0;
    int slow = 0;
    for (const DrillStepResult& s : steps) {
        passed += s.outcome == DrillStepResult::Outcome::Passed;
        slow += s.outcome == DrillStepResult::Outcome::Slow;
    }
    return QStringLiteral("%1 étape(s) : %2 réussie(s), %3 trop lente(s), %4 en échec, %5 non réalisée(s)")
        .arg(steps.size())
        .arg(passed)
        .arg(slow)
        .arg(failedSteps())
        .arg(notRunSteps());
}

Drill::Drill(Vault& real, Options options) : m_real(real), m_options(std::move(options))
{
    m_timer.start();
    for (DrillStep s : DrillStepResult::all()) {
        DrillStepResult r;
        r.step = s;
        r.targetSecs = DrillStepResult::defaultTargetSecs(s);
        r.action = tr("Rehearse this step");
        r.printedAction = inFrench([] { return tr("Rehearse this step"); });
        m_results.append(r);
        m_begun.append(-1);
    }
}

Drill::~Drill()
{
    if (m_training)
        m_training->lock();
}

qint64 Drill::now() const
{
    return m_options.elapsedMs ? m_options.elapsedMs() : m_timer.elapsed();
}

QString Drill::trainingPath() const
{
    return m_training ? m_training->path() : QString();
}

Result<std::unique_ptr<Drill>> Drill::start(Vault& real, Options options)
{
    std::unique_ptr<Drill> d(new Drill(real, std::move(options)));
    d->m_startedUtc = real.clock().nowUtc();
    // A private folder (0700) of its own, never the real vault's folder.
    d->m_dir = std::make_unique<QTemporaryDir>(QDir::temp().filePath(QStringLiteral("relais-drill-XXXXXX")));
    if (!d->m_dir->isValid())
        return fail(ErrorKind::Io, tr("Cannot create a private folder for the training vault: %1").arg(d->m_dir->errorString()));
    const QString path = d->m_dir->filePath(QStringLiteral("training.vault"));
    // Its own random key and passphrase; the light key derivation is enough for invented data
    // that lives only as long as the drill.
    auto created = Vault::create(path, tr("Drill"), randomSecret(), KdfParams::fastForTests(), real.clock());
    if (!created)
        return fail(created.error().kind, tr("The training vault could not be created: %1").arg(created.error().message));
    d->m_training = std::move(created->vault);
    Transaction tx(d->m_training->db());
    auto r = tx.begin();
    if (r) {
        auto filled = DemoData(d->m_options.seed).fill(*d->m_training, d->m_options.patients, real.clock().nowUtc());
        r = filled ? tx.commit() : Result<void>(std::unexpected(filled.error()));
    }
    if (!r)
        return fail(r.error().kind, tr("The training vault could not be filled with invented patients: %1").arg(r.error().message));
    // An adult, found by name: the one the GP is asked to look for.
    const QDate today = real.clock().nowUtc().date();
    Patient p = DemoData(d->m_options.seed).patient(0, today);
    for (int i = std::min(7, d->m_options.patients - 1); i < d->m_options.patients; ++i) {
        p = DemoData(d->m_options.seed).patient(i, today);
        if (p.ageYears(today) >= 18)
            break;
    }
    d->m_toFind = QStringLiteral("%1 %2").arg(p.birthName, p.firstGivenName);
    qCInfo(lcVault) << "drill started on a training vault";
    return d;
}

void Drill::begin(DrillStep step)
{
    m_begun[int(step)] = now();
}

DrillStepResult& Drill::finish(DrillStep step, bool ok, const DualText& detail, const DualText& action)
{
    DrillStepResult& r = m_results[int(step)];
    const qint64 end = now();
    qint64& started = m_begun[int(step)];
    r.elapsedMs = started >= 0 ? std::max<qint64>(0, end - started) : 0;
    r.detail = detail.shown;
    r.printedDetail = detail.printed;
    DualText todo;
    if (!ok) {
        r.outcome = DrillStepResult::Outcome::Failed;
        todo = action;
    } else if (r.elapsedMs > qint64(r.targetSecs) * 1000) {
        r.outcome = DrillStepResult::Outcome::Slow;
        todo = dualText([&] {
            return tr("Done in %1 s for a target of %2 s: rehearse it again").arg(seconds(r.elapsedMs)).arg(r.targetSecs);
        });
    } else {
        r.outcome = DrillStepResult::Outcome::Passed;
    }
    r.action = todo.shown;
    r.printedAction = todo.printed;
    return r;
}

const DrillStepResult& Drill::unlock(const SecureBytes& secret, SlotKind kind, const QString& slotLabel)
{
    if (m_begun[int(DrillStep::Unlock)] < 0)
        begin(DrillStep::Unlock);
    // The real vault's key header, as at an unlock; the key it gives is wiped at once and the
    // training vault is opened with its own.
    auto header = KeyHeader::load(m_real.headerPath());
    if (!header)
        return finish(DrillStep::Unlock, false, header.error().message, dualText([] { return tr("Run relais-cli verify on the vault"); }));
    bool opened = false;
    for (const KeySlot& slot : std::as_const(header->keySlots)) {
        if (slot.kind != kind || (!slotLabel.isEmpty() && slot.label != slotLabel))
            continue;
        if (auto key = header->unwrap(slot, secret)) {
            opened = true;
            break;
        }
    }
    if (!opened)
        return finish(DrillStep::Unlock, false,
                      dualText([&] {
                          return kind == SlotKind::Recovery ? tr("The recovery key typed does not open the vault")
                                                            : tr("The passphrase typed does not open the vault");
                      }),
                      dualText([] {
                          return tr("Check that every practitioner knows the passphrase and that the recovery key sheet is "
                                    "in the practice safe");
                      }));
    return finish(DrillStep::Unlock, true, dualText([&] {
                      return kind == SlotKind::Recovery ? tr("Vault key header opened with the recovery key")
                                                        : tr("Vault key header opened with the passphrase");
                  }));
}

const DrillStepResult& Drill::findPatient(const QString& query)
{
    if (m_begun[int(DrillStep::FindPatient)] < 0)
        begin(DrillStep::FindPatient);
    auto found = PatientSearch(m_training->db()).search(query, 10);
    if (!found)
        return finish(DrillStep::FindPatient, false, found.error().message, dualText([] { return tr("Run relais-cli verify on the vault"); }));
    if (found->hits.isEmpty())
        return finish(DrillStep::FindPatient, false, dualText([] { return tr("No invented patient matches the search"); }),
                      dualText([] { return tr("Practise the search: a surname, a date of birth or digits of the NIR"); }));
    m_patientId = found->hits.first().id;
    return finish(DrillStep::FindPatient, true,
                  dualText([&] { return tr("%1 match(es) in the training vault; the first one opened").arg(found->total); }));
}

const DrillStepResult& Drill::recordConsultation(const QString& reason, const QString& conclusion)
{
    if (m_begun[int(DrillStep::Consultation)] < 0)
        begin(DrillStep::Consultation);
    if (m_patientId <= 0)
        return finish(DrillStep::Consultation, false, dualText([] { return tr("No patient was found first"); }),
                      dualText([] { return tr("Find a patient first"); }));
    if (reason.trimmed().isEmpty())
        return finish(DrillStep::Consultation, false, dualText([] { return tr("The consultation has no reason"); }),
                      dualText([] { return tr("Type at least the reason for the visit"); }));
    ConsultationStore store(*m_training);
    auto id = store.start(m_patientId);
    if (!id)
        return finish(DrillStep::Consultation, false, id.error().message, dualText([] { return tr("Run relais-cli verify on the vault"); }));
    auto c = store.get(*id);
    if (!c)
        return finish(DrillStep::Consultation, false, c.error().message, dualText([] { return tr("Run relais-cli verify on the vault"); }));
    c->reason = reason;
    c->conclusion = conclusion;
    auto r = store.saveDraft(*c);
    if (r)
        r = store.finalise(*id);
    if (!r)
        return finish(DrillStep::Consultation, false, r.error().message,
                      dualText([] { return tr("Check the consultation screen"); }));
    m_consultationId = *id;
    return finish(DrillStep::Consultation, true, dualText([] { return tr("Consultation finalised in the training vault"); }));
}

const DrillStepResult& Drill::printPrescription(QPagedPaintDevice* printer, const QString& printerName)
{
    if (m_begun[int(DrillStep::Prescription)] < 0)
        begin(DrillStep::Prescription);
    qint64 patient = m_patientId;
    if (patient <= 0) {  // relais-cli: the step is rehearsed on the patient the GP would look for
        auto found = PatientSearch(m_training->db()).search(m_toFind, 1);
        if (!found || found->hits.isEmpty())
            return finish(DrillStep::Prescription, false, dualText([] { return tr("No invented patient to prescribe for"); }),
                          dualText([] { return tr("Run relais-cli verify on the vault"); }));
        patient = found->hits.first().id;
    }
    auto chart = PatientStore(*m_training).get(patient);
    if (!chart)
        return finish(DrillStep::Prescription, false, chart.error().message, dualText([] { return tr("Run relais-cli verify on the vault"); }));
    const QDate today = m_training->clock().nowUtc().date();
    const bool child = chart->ageYears(today) < 15;
    auto doctors = PractitionerStore(*m_training).list();
    if (!doctors || doctors->isEmpty())
        return finish(DrillStep::Prescription, false, dualText([] { return tr("The training vault has no prescriber"); }),
                      dualText([] { return tr("Add the practice's practitioners"); }));
    Prescription rx;
    rx.date = today;
    rx.practitionerId = doctors->first().id;
    rx.patientId = patient;
    rx.consultationId = m_consultationId;
    PrescriptionLine l;
    l.dci = QStringLiteral("PARACÉTAMOL");
    l.strength = QStringLiteral("1 g");
    l.form = QStringLiteral("comprimé");
    l.route = QStringLiteral("orale");
    l.posology.quantity = 1;
    l.posology.unit = QStringLiteral("comprimé");
    l.posology.timesPerDay = 3;
    l.posology.asNeeded = true;
    l.durationValue = 5;
    if (child) {  // a dose by weight, as the prescription screen asks for a child
        auto weight = ConsultationStore(*m_training).latestWeight(patient);
        rx.weightKg = weight && *weight ? (*weight)->kg : 4.0 + std::min(14, chart->ageYears(today)) * 2.8;
        rx.layout = Prescription::Layout::A5;
        l.strength = QStringLiteral("2,4 %");
        l.form = QStringLiteral("suspension buvable");
        l.posology.unit = QStringLiteral("dose-poids");
        l.posology.timesPerDay = 0;
        l.posology.everyHours = 6;
    }
    rx.lines = {l};
    auto id = PrescriptionStore(*m_training).create(rx);
    if (!id)
        return finish(DrillStep::Prescription, false, id.error().message,
                      dualText([] { return tr("Check the prescription screen"); }));
    auto pdf = PrescriptionPrinter(*m_training).pdf(*id);
    if (!pdf)
        return finish(DrillStep::Prescription, false, pdf.error().message,
                      dualText([] { return tr("Check the printer calibration and print a test prescription"); }));
    const QString path = m_dir->filePath(QStringLiteral("ordonnance-exercice.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(*pdf) != pdf->size())
        return finish(DrillStep::Prescription, false,
                      dualText([&] { return tr("Cannot write %1: %2").arg(path, f.errorString()); }),
                      dualText([] { return tr("Check the free space of the computer's disk"); }));
    f.close();
    m_pdfPath = path;
    if (printer) {
        auto pages = PrescriptionPrinter(*m_training).print(*id, *printer, printerName);
        if (!pages)
            return finish(DrillStep::Prescription, false,
                          dualText([&] {
                              return tr("The printer %1 refused the prescription: %2").arg(printerName, pages.error().message);
                          }),
                          dualText([] { return tr("Check the printer (paper, toner, driver) and its calibration in Relais"); }));
        return finish(DrillStep::Prescription, true, dualText([&] {
                          return tr("Prescription printed on %1 (%2 page(s)) and to PDF").arg(printerName).arg(*pages);
                      }));
    }
    return finish(DrillStep::Prescription, true, dualText([&] {
                      return tr("Prescription printed to PDF (%1 kB)").arg(std::max<qint64>(1, pdf->size() / 1024));
                  }));
}

const DrillStepResult& Drill::exportAndOpen()
{
    if (m_begun[int(DrillStep::Handover)] < 0)
        begin(DrillStep::Handover);
    const QString out = m_dir->filePath(QStringLiteral("export-%1").arg(++m_exports));
    const QString opened = m_dir->filePath(QStringLiteral("opened-%1").arg(m_exports));
    const SecureBytes pass = randomSecret();
    auto summary = Handover::exportTo(*m_training, out, pass, KdfParams::fastForTests());
    if (!summary)
        return finish(DrillStep::Handover, false, summary.error().message,
                      dualText([] { return tr("Check the free space and the rights of the export folder"); }));
    auto files = Handover::open(summary->archivePath, pass, opened);
    if (!files)
        return finish(DrillStep::Handover, false, files.error().message,
                      dualText([] { return tr("Export the archive again and check the disk it is written to"); }));
    m_openedDir = opened;
    return finish(DrillStep::Handover, true, dualText([&] {
                      return tr("Archive written and opened: %1 patient(s), %2 consultation(s), %3 prescription(s), %4 "
                                "file(s), all matching its manifest")
                          .arg(summary->patients)
                          .arg(summary->consultations)
                          .arg(summary->prescriptions)
                          .arg(files->size());
                  }));
}

const DrillStepResult& Drill::restoreLatestBackup(const QString& backupFolder, const SecureBytes& secret, SlotKind kind,
                                                  const QString& slotLabel)
{
    if (m_begun[int(DrillStep::Restore)] < 0)
        begin(DrillStep::Restore);
    const DualText makeOne = dualText(
        [] { return tr("Make a backup to a USB disk or a network share (File → Back up), then run the drill again"); });
    if (backupFolder.isEmpty())
        return finish(DrillStep::Restore, false,
                      dualText([] { return tr("No backup folder is set: no backup was ever made from this computer"); }),
                      makeOne);
    const QStringList backups = Backup::list(backupFolder);
    if (backups.isEmpty())
        return finish(DrillStep::Restore, false, dualText([&] { return tr("No backup in %1").arg(backupFolder); }), makeOne);
    const QString latest = backups.first();
    // Into the drill's private folder: the real vault is never touched.
    const QString target = m_dir->filePath(QStringLiteral("restored/%1").arg(QLatin1String(Backup::kVaultFile)));
    auto restored = Backup::restore(latest, target, secret, kind, m_real.clock(), slotLabel);
    if (!restored)
        return finish(DrillStep::Restore, false,
                      dualText([&] {
                          return tr("The backup %1 could not be restored: %2")
                              .arg(QFileInfo(latest).fileName(), restored.error().message);
                      }),
                      dualText([] {
                          return tr("Make a new backup now, verify it (relais-cli verify-backup) and check the backup disk");
                      }));
    for (const QString& suffix : {QStringLiteral(""), QStringLiteral(".keys"), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    return finish(DrillStep::Restore, true, dualText([&] {
                      return tr("Backup %1 (made %2) restored into a temporary file and verified: %3 row(s), audit trail up "
                                "to #%4")
                          .arg(QFileInfo(latest).fileName())
                          .arg(DocumentLanguage::locale().toString(restored->manifest.createdUtc.toLocalTime(),
                                                                   QLocale::ShortFormat))
                          .arg(restored->manifest.totalRows())
                          .arg(restored->manifest.auditSeq);
                  }));
}

const DrillStepResult& Drill::checkReadiness()
{
    if (m_begun[int(DrillStep::Readiness)] < 0)
        begin(DrillStep::Readiness);
    // Read once, in French: the run's readiness lines are the report's.
    m_readiness = inFrench([this] { return Readiness(m_real).items(); });
    m_shownReadiness = Readiness(m_real).items();  // for the dialog, a moment later
    // The drill's own line would say, of the drill being run, that none was: left out.
    const auto drillLine = [](const ReadinessItem& i) { return i.id == QLatin1String("drill"); };
    m_readiness.removeIf(drillLine);
    m_shownReadiness.removeIf(drillLine);
    int amber = 0;
    int red = 0;
    for (const ReadinessItem& i : std::as_const(m_readiness)) {
        amber += i.colour == ReadinessColour::Amber;
        red += i.colour == ReadinessColour::Red;
    }
    return finish(DrillStep::Readiness, true, dualText([&] {
                      return tr("%1 line(s): %2 green, %3 amber, %4 red")
                          .arg(m_readiness.size())
                          .arg(m_readiness.size() - amber - red)
                          .arg(amber)
                          .arg(red);
                  }));
}

void Drill::skip(DrillStep step, const DualText& why)
{
    DrillStepResult& r = m_results[int(step)];
    if (r.outcome == DrillStepResult::Outcome::Failed)
        return;  // a step that failed and was then given up stays failed in the report
    r.outcome = DrillStepResult::Outcome::NotRun;
    r.elapsedMs = 0;
    r.detail = why.shown;
    r.printedDetail = why.printed;
    const DualText again = dualText([] { return tr("Rehearse this step at the next drill (File → Outage drill)"); });
    r.action = again.shown;
    r.printedAction = again.printed;
}

const DrillStepResult& Drill::result(DrillStep step) const
{
    return m_results.at(int(step));
}

DrillRun Drill::run(const QStringList& participants) const
{
    DrillRun run;
    run.startedUtc = m_startedUtc;
    run.finishedUtc = m_real.clock().nowUtc();
    run.participants = participants;
    run.steps = m_results;
    run.readiness = m_readiness;
    run.shownReadiness = m_shownReadiness;
    auto doctors = PractitionerStore(m_real).list();
    if (doctors && !doctors->isEmpty()) {
        QStringList names;
        for (const Practitioner& p : std::as_const(*doctors))
            names << p.displayName();
        QString address = doctors->first().address;
        address.replace(u'\n', QStringLiteral(", "));
        run.practice = names.join(QStringLiteral(", ")) + (address.isEmpty() ? QString() : QStringLiteral(" — ") + address);
    }
    return run;
}

DrillRun Drill::example(Vault& real, const QDateTime& runUtc, const QString& participant)
{
    Drill d(real, Options{});
    d.m_startedUtc = runUtc;
    const qint64 times[] = {21'000, 34'000, 252'000, 236'000, 71'000, 188'000, 3'000};
    const DualText details[] = {
        dualText([] { return tr("Vault key header opened with the passphrase"); }),
        dualText([] { return tr("%1 match(es) in the training vault; the first one opened").arg(1); }),
        dualText([] { return tr("Consultation finalised in the training vault"); }),
        dualText([] { return tr("Prescription printed to PDF (%1 kB)").arg(38); }),
        dualText([] {
            return tr("Archive written and opened: %1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s), all "
                      "matching its manifest")
                .arg(12)
                .arg(9)
                .arg(11)
                .arg(34);
        }),
        dualText([&] {
            return tr("Backup %1 (made %2) restored into a temporary file and verified: %3 row(s), audit trail up to #%4")
                .arg(QStringLiteral("relais-backup-%1")
                         .arg(runUtc.addDays(-1).toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))))
                .arg(DocumentLanguage::locale().toString(runUtc.addDays(-1).toLocalTime(), QLocale::ShortFormat))
                .arg(18421)
                .arg(5120);
        }),
        DualText(),
    };
    for (DrillStep s : DrillStepResult::all()) {
        d.m_begun[int(s)] = 0;
        d.m_options.elapsedMs = [t = times[int(s)]] { return t; };
        d.finish(s, true, details[int(s)]);
    }
    d.m_options.elapsedMs = {};
    DrillRun r = d.run({participant});
    r.steps[int(DrillStep::Readiness)].detail = tr("Read at the time of the drill");
    r.steps[int(DrillStep::Readiness)].printedDetail = inFrench([] { return tr("Read at the time of the drill"); });
    // The readiness of that day, invented like the rest (the vault's own is of today), in French.
    const DocumentLanguage::Scope french;
    const auto when = [](const QDateTime& t) { return DocumentLanguage::locale().toString(t.toLocalTime(), QLocale::ShortFormat); };
    using C = ReadinessColour;
    using A = ReadinessItem::Action;
    r.readiness = {
        {QStringLiteral("snapshot"), C::Green,
         Readiness::tr("Snapshot of the EHR taken %1 (%2 h ago)").arg(when(runUtc.addSecs(-11 * 3600))).arg(11), {}, A::None},
        {QStringLiteral("inbox"), C::Green, Readiness::tr("The last sealed snapshot merged without error (none set aside)"), {},
         A::None},
        {QStringLiteral("backup"), C::Green,
         Readiness::tr("Last verified backup %1 (%2 day(s) ago)").arg(when(runUtc.addDays(-1))).arg(1), {}, A::None},
        {QStringLiteral("recovery_sheet"), C::Green,
         Readiness::tr("Recovery key sheet printed %1").arg(when(runUtc.addDays(-200))), {}, A::None},
        {QStringLiteral("practitioners"), C::Green,
         Readiness::tr("%1 prescriber(s), every profile complete (RPPS, AM/FINESS number, address, phone)").arg(1), {},
         A::None},
        {QStringLiteral("outbox"), C::Amber,
         Readiness::tr("Outbox: %1 record(s) from a previous outage not yet handed back to the EHR").arg(3),
         Readiness::tr("Synchronise with the EHR or export a handover archive"), A::Sync},
        {QStringLiteral("drill"), C::Red, Readiness::tr("No outage drill has been run"),
         Readiness::tr("Run an outage drill (File → Outage drill)"), A::Drill},
    };
    r.finishedUtc = runUtc.addSecs(22 * 60);
    return r;
}

} // namespace relais
