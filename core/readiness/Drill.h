// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/DocumentLanguage.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "readiness/Readiness.h"
#include "vault/KeyHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QTemporaryDir;

namespace relais {

class Vault;

// One step of the outage drill, in the order the GP rehearses them.
enum class DrillStep { Unlock, FindPatient, Consultation, Prescription, Handover, Restore, Readiness };

struct DrillStepResult
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrillStepResult)

public:
    // Passed within the target; Slow: done but over the target; Failed; NotRun: not rehearsed.
    enum class Outcome { NotRun, Passed, Slow, Failed };

    DrillStep step = DrillStep::Unlock;
    Outcome outcome = Outcome::NotRun;
    qint64 elapsedMs = 0;
    int targetSecs = 0;
    QString detail;  // what happened, in words (no patient data of the real vault)
    QString action;  // what to do when it is not Passed
    // The same in French, for the report (empty: as detail/action).
    QString printedDetail;
    QString printedAction;
    QString reportDetail() const { return printedDetail.isEmpty() ? detail : printedDetail; }
    QString reportAction() const { return printedAction.isEmpty() ? action : printedAction; }

    static QList<DrillStep> all();
    static QString stepName(DrillStep step);   // French: the printed report
    static QString stepTitle(DrillStep step);  // translated: the dialog
    static QString stepCode(DrillStep step);   // "unlock", "find_patient", …
    static int defaultTargetSecs(DrillStep step);
    static QString outcomeWord(Outcome o);     // French: "Réussi", "Trop lent", "Échec", "Non réalisé"
    bool ok() const { return outcome == Outcome::Passed || outcome == Outcome::Slow; }
};

// What the report prints and the store keeps.
struct DrillRun
{
    QDateTime startedUtc;
    QDateTime finishedUtc;
    QString practice;
    QStringList participants;  // key-slot labels
    QList<DrillStepResult> steps;
    QList<ReadinessItem> readiness;       // read in French: the report's
    QList<ReadinessItem> shownReadiness;  // the same check in the interface language (the dialog)

    int failedSteps() const;
    int notRunSteps() const;
    bool passed() const { return failedSteps() == 0; }
    QString summary() const;  // "7 étapes : 6 réussies, 1 en échec (…)"
};

// The outage drill: a timed rehearsal on a separate training vault filled with invented
// patients, created in a private temporary folder with a random passphrase and its own key, and
// removed with this object. The steps that write (consultation, prescription, handover export)
// act on the training vault only: nothing of it can reach the real vault or its outbox. The real
// vault is read (its key header for the unlock, readiness) and its latest backup restored into
// a temporary file; it is written only by DrillStore::keep at the end.
class Drill
{
    Q_DECLARE_TR_FUNCTIONS(relais::Drill)

public:
    struct Options
    {
        int patients = 40;                 // invented patients in the training vault
        quint32 seed = 2026;
        // Milliseconds since an arbitrary start; tests inject their own (default QElapsedTimer).
        std::function<qint64()> elapsedMs;
    };

    ~Drill();
    Drill(const Drill&) = delete;
    Drill& operator=(const Drill&) = delete;

    static Result<std::unique_ptr<Drill>> start(Vault& real, Options options);
    static Result<std::unique_ptr<Drill>> start(Vault& real) { return start(real, Options{}); }

    Vault& training() { return *m_training; }
    QString trainingPath() const;
    // An invented patient of the training vault to look for ("Martin Jeanne").
    QString patientToFind() const { return m_toFind; }

    // Starts the step's stopwatch (a step performed without it is timed from its call).
    void begin(DrillStep step);
    // Each performs its step, records and returns its result; a failed step may be tried again
    // (the time then runs from begin()).
    const DrillStepResult& unlock(const SecureBytes& secret, SlotKind kind, const QString& slotLabel = {});
    const DrillStepResult& findPatient(const QString& query);
    const DrillStepResult& recordConsultation(const QString& reason, const QString& conclusion);
    // The prescription for the patient found (paracetamol, linked to the consultation), rendered
    // to PDF; pdfPath() is then a file in the drill's private folder. With `printer`, it is also
    // painted on it (the practice's printer).
    const DrillStepResult& printPrescription(QPagedPaintDevice* printer = nullptr, const QString& printerName = {});
    const DrillStepResult& exportAndOpen();
    // The newest backup in `backupFolder`, restored into a temporary file and verified.
    const DrillStepResult& restoreLatestBackup(const QString& backupFolder, const SecureBytes& secret, SlotKind kind,
                                               const QString& slotLabel = {});
    const DrillStepResult& checkReadiness();
    // Not rehearsed (relais-cli's manual steps, or given up); one that failed stays failed.
    void skip(DrillStep step, const DualText& why);

    const DrillStepResult& result(DrillStep step) const;
    QString pdfPath() const { return m_pdfPath; }
    QString openedExportDir() const { return m_openedDir; }
    qint64 patientFound() const { return m_patientId; }

    // The run as it stands (steps not performed read NotRun).
    DrillRun run(const QStringList& participants) const;

    // Demo vaults: an invented past drill at `runUtc` (one step too slow and an amber readiness
    // line, so that the report shows actions), the practice and participant as given.
    static DrillRun example(Vault& real, const QDateTime& runUtc, const QString& participant);

private:
    Drill(Vault& real, Options options);
    DrillStepResult& finish(DrillStep step, bool ok, const DualText& detail, const DualText& action = {});
    qint64 now() const;

    Vault& m_real;
    Options m_options;
    QElapsedTimer m_timer;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_training;
    QDateTime m_startedUtc;
    QString m_toFind;
    QList<DrillStepResult> m_results;
    QList<qint64> m_begun;  // per step, ms at begin() or -1
    QList<ReadinessItem> m_readiness;
    QList<ReadinessItem> m_shownReadiness;
    qint64 m_patientId = 0;
    qint64 m_consultationId = 0;
    QString m_pdfPath;
    QString m_openedDir;
    int m_exports = 0;
};

} // namespace relais
