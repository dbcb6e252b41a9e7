// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "common/Language.h"
#include "readiness/Drill.h"
#include "readiness/DrillReport.h"
#include "readiness/DrillStore.h"
#include "readiness/Readiness.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <poppler-qt6.h>

using namespace relais;
using relais::test::secret;

// The outage drill: every step really performed (on a training vault of invented patients for
// the steps that write), timed against its target; the report (Poppler text) holds each step,
// its result and each readiness line; the real vault's patients and outbox are untouched; a
// missing or tampered backup fails its step with the reason; relais-cli drill's exit codes.
class TestDrill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    QTranslator m_french;  // the catalogue read directly, to know what the report must say

    QString fr(const char* context, const char* source) const
    {
        const QString t = m_french.translate(context, source);
        if (t.isEmpty())
            qFatal("no French for %s", source);
        return t;
    }

    struct Made
    {
        QString path;
        std::unique_ptr<Vault> vault;
    };

    Made makeVault(const Clock& clock = SystemClock::instance(), int patients = 12)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n));
        auto c = Vault::create(path, QStringLiteral("Dr Test"), secret(test::kPassphrase), KdfParams::fastForTests(), clock);
        if (!c)
            qFatal("create failed: %s", qPrintable(c.error().message));
        Transaction tx(c->vault->db());
        if (!tx.begin() || !DemoData(99).fill(*c->vault, patients, clock.nowUtc()) || !tx.commit())
            qFatal("fill failed");
        return {path, std::move(c->vault)};
    }

    QString freshFolder() { return m_dir.filePath(QStringLiteral("backups%1").arg(++m_n)); }

    // Everything the real vault holds that a drill must never change.
    static QString fingerprint(Vault& v)
    {
        QString out;
        for (const char* sql : {"SELECT count(*) || ':' || ifnull(group_concat(id || '/' || kind || '/' || record_id || '/' || "
                                "state || '/' || changes || '/' || updated_utc, ';'), '') FROM (SELECT * FROM outbox ORDER BY id)",
                                "SELECT count(*) || ':' || ifnull(group_concat(id || '/' || birth_name || '/' || updated_utc, ';'), "
                                "'') FROM (SELECT * FROM patient ORDER BY id)",
                                "SELECT count(*) FROM consultation", "SELECT count(*) FROM prescription"}) {
            auto r = v.db().scalar(QString::fromLatin1(sql));
            if (!r)
                qFatal("fingerprint: %s", qPrintable(r.error().message));
            out += r->toString() + QLatin1Char('|');
        }
        return out;
    }

    static QString pdfText(const QByteArray& pdf)
    {
        auto doc = Poppler::Document::loadFromData(pdf);
        if (!doc)
            return {};
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF()) + QLatin1Char(' ');
        return text.simplified();
    }

    static void flipByte(const QString& path, qint64 at)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(at));
        QVERIFY(f.putChar(char(c ^ 0x01)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // The interface in English, as a GP may choose: the report stays French.
        QCOMPARE(installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(m_french.load(QStringLiteral(":/i18n/relais_fr.qm")));
    }

    void fullDrillLeavesTheRealVaultAlone()
    {
        Made m = makeVault();
        const QString backups = freshFolder();
        QVERIFY(Backup::create(*m.vault, backups));
        const QString before = fingerprint(*m.vault);
        QVERIFY(!before.startsWith(QLatin1String("0:")));  // an outbox to guard

        auto d = Drill::start(*m.vault);
        QVERIFY2(d, d ? "" : qPrintable(d.error().message));
        Drill& drill = **d;
        // A file of its own, outside the real vault's folder, with another key.
        QVERIFY(!drill.trainingPath().startsWith(QFileInfo(m.path).absolutePath()));
        QVERIFY(drill.trainingPath() != m.path);

        QVERIFY(drill.unlock(secret(test::kPassphrase), SlotKind::Passphrase).ok());
        drill.begin(DrillStep::FindPatient);
        const DrillStepResult& found = drill.findPatient(drill.patientToFind());
        QVERIFY2(found.ok(), qPrintable(found.detail));
        QVERIFY(drill.patientFound() > 0);
        QVERIFY(drill.recordConsultation(QStringLiteral("Fièvre depuis deux jours"), QStringLiteral("Virose")).ok());
        const DrillStepResult& printed = drill.printPrescription();
        QVERIFY2(printed.ok(), qPrintable(printed.detail));
        QVERIFY(QFile(drill.pdfPath()).size() > 1000);
        {  // the practice's printer, here a PDF writer: the same prescription painted on it
            QFile paper(m_dir.filePath(QStringLiteral("paper.pdf")));
            QVERIFY(paper.open(QIODevice::WriteOnly));
            QPdfWriter printer(&paper);
            const DrillStepResult& onPaper = drill.printPrescription(&printer, QStringLiteral("Cabinet-HP"));
            QVERIFY2(onPaper.ok(), qPrintable(onPaper.detail));
            QVERIFY(onPaper.detail.contains(u"printed on Cabinet-HP (1 page(s))"));
        }
        const DrillStepResult& exported = drill.exportAndOpen();
        QVERIFY2(exported.ok(), qPrintable(exported.detail));
        QVERIFY(!QDir(drill.openedExportDir()).isEmpty());
        const DrillStepResult& restored = drill.restoreLatestBackup(backups, secret(test::kPassphrase), SlotKind::Passphrase);
        QVERIFY2(restored.ok(), qPrintable(restored.detail));
        QVERIFY(restored.detail.contains(QFileInfo(Backup::list(backups).first()).fileName()));
        QVERIFY(drill.checkReadiness().ok());

        // The consultation, prescription and export went to the training vault only.
        QCOMPARE(fingerprint(*m.vault), before);
        QCOMPARE(Backup::list(backups).size(), 1);

        const DrillRun run = drill.run({QStringLiteral("Dr Test"), QStringLiteral("Secrétariat")});
        QVERIFY(run.passed());
        QCOMPARE(run.steps.size(), 7);
        QCOMPARE(run.readiness.size(), Readiness(*m.vault).items().size() - 1);  // all but the drill's own line
        for (const ReadinessItem& i : run.readiness)
            QVERIFY(i.id != QLatin1String("drill"));
        int pages = 0;
        auto pdf = DrillReport::pdf(run, &pages);
        QVERIFY(pdf);
        QCOMPARE(pages, 1);
        QFile out(test::artefactDir() + QStringLiteral("/drill-report.pdf"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*pdf);
        out.close();
        const QString text = pdfText(*pdf);
        QVERIFY(text.contains(u"RAPPORT D'EXERCICE DE PANNE"));
        QVERIFY(text.contains(u"Dr Test, Secrétariat"));
        for (const DrillStepResult& s : run.steps) {
            QVERIFY2(text.contains(DrillStepResult::stepName(s.step)), qPrintable(DrillStepResult::stepName(s.step)));
            QVERIFY2(text.contains(s.reportDetail().simplified()), qPrintable(s.reportDetail()));
            QVERIFY2(!text.contains(s.detail.simplified()), qPrintable(s.detail));  // the screen's, in English
        }
        QCOMPARE(text.count(u"Réussi"), 7);
        for (const ReadinessItem& i : run.readiness)
            QVERIFY2(text.contains(i.fact.simplified()), qPrintable(i.fact));
        // The never-printed recovery sheet is red: its action is listed.
        QVERIFY2(text.contains(QStringLiteral("[ROUGE] %1 : %2")
                                   .arg(fr("relais::Readiness", "The recovery key sheet has never been printed"),
                                        fr("relais::Readiness",
                                           "Print the recovery key sheet and keep it in the practice safe"))
                                   .simplified()),
                 qPrintable(text));

        // Kept in the real vault, audited; the readiness line turns green.
        const qint64 seqBefore = m.vault->audit().entries(0, 100000)->size();
        auto id = DrillStore(*m.vault).keep(run, *pdf);
        QVERIFY(id);
        QCOMPARE(*DrillStore(*m.vault).pdf(*id), *pdf);
        auto audited = m.vault->audit().lastOf(QLatin1String(DrillStore::kAuditAction));
        QVERIFY(audited && *audited);
        QCOMPARE((*audited)->objectId, QString::number(*id));
        QCOMPARE(m.vault->audit().entries(0, 100000)->size(), seqBefore + 1);
        QVERIFY(m.vault->audit().verify().ok);
        auto last = DrillStore(*m.vault).latest();
        QVERIFY(last && *last && (*last)->passed());
        QCOMPARE(fingerprint(*m.vault), before);
        // The training vault is gone with the drill.
        const QString training = drill.trainingPath();
        d->reset();
        QVERIFY(!QFileInfo::exists(training));
    }

    void noBackupFailsWithTheReason()
    {
        Made m = makeVault();
        auto d = Drill::start(*m.vault);
        QVERIFY(d);
        const QString empty = freshFolder();
        QVERIFY(QDir().mkpath(empty));
        DrillStepResult r = (*d)->restoreLatestBackup(empty, secret(test::kPassphrase), SlotKind::Passphrase);
        QCOMPARE(r.outcome, DrillStepResult::Outcome::Failed);
        QVERIFY2(r.detail.contains(QStringLiteral("No backup in %1").arg(empty)), qPrintable(r.detail));
        QVERIFY(r.action.startsWith(QLatin1String("Make a backup")));
        r = (*d)->restoreLatestBackup(QString(), secret(test::kPassphrase), SlotKind::Passphrase);
        QCOMPARE(r.outcome, DrillStepResult::Outcome::Failed);
        QVERIFY(r.detail.contains(u"No backup folder is set"));
        const DrillRun run = (*d)->run({});
        QVERIFY(!run.passed());
        const QString text = pdfText(*DrillReport::pdf(run));
        QVERIFY(text.contains(u"Échec"));
        QVERIFY(text.contains(u"exercice en échec"));
        QVERIFY2(text.contains(QStringLiteral("Restaurer la dernière sauvegarde et la vérifier : ")
                               + fr("relais::Drill", "Make a backup to a USB disk or a network share (File → Back up), "
                                                     "then run the drill again")),
                 qPrintable(text));
    }

    void tamperedBackupFailsNamingIt()
    {
        Made m = makeVault();
        const QString backups = freshFolder();
        auto made = Backup::create(*m.vault, backups);
        QVERIFY(made);
        flipByte(QDir(made->path).filePath(QLatin1String(Backup::kVaultFile)), 4096 + 200);
        auto d = Drill::start(*m.vault);
        QVERIFY(d);
        const DrillStepResult& r = (*d)->restoreLatestBackup(backups, secret(test::kPassphrase), SlotKind::Passphrase);
        QCOMPARE(r.outcome, DrillStepResult::Outcome::Failed);
        QVERIFY2(r.detail.contains(QFileInfo(made->path).fileName()), qPrintable(r.detail));
        QVERIFY2(r.detail.contains(u"relais.vault in the backup"), qPrintable(r.detail));
        QVERIFY(QFileInfo::exists(m.path));
        QVERIFY(m.vault->checkIntegrity().ok);
    }

    void wrongPassphraseFailsTheUnlock()
    {
        Made m = makeVault();
        auto d = Drill::start(*m.vault);
        QVERIFY(d);
        QCOMPARE((*d)->unlock(secret("not the passphrase"), SlotKind::Passphrase).outcome, DrillStepResult::Outcome::Failed);
        QVERIFY((*d)->unlock(secret(test::kPassphrase), SlotKind::Passphrase, QStringLiteral("Dr Test")).ok());
        QCOMPARE((*d)->unlock(secret(test::kPassphrase), SlotKind::Passphrase, QStringLiteral("Dr Autre")).outcome,
                 DrillStepResult::Outcome::Failed);
        QCOMPARE((*d)->findPatient(QStringLiteral("Zzyzx Nobody")).outcome, DrillStepResult::Outcome::Failed);
        QCOMPARE((*d)->recordConsultation(QStringLiteral("x"), {}).outcome, DrillStepResult::Outcome::Failed);
    }

    // Timed from begin() with the injected timer: over its target it is "too slow", with an action.
    void slowStepIsAmberWithAnAction()
    {
        Made m = makeVault();
        qint64 nowMs = 0;
        Drill::Options o;
        o.elapsedMs = [&] { return nowMs; };
        auto d = Drill::start(*m.vault, o);
        QVERIFY(d);
        (*d)->begin(DrillStep::FindPatient);
        nowMs = 59'000;
        QCOMPARE((*d)->findPatient((*d)->patientToFind()).outcome, DrillStepResult::Outcome::Passed);
        (*d)->begin(DrillStep::FindPatient);
        nowMs += 61'000;
        const DrillStepResult& r = (*d)->findPatient((*d)->patientToFind());
        QCOMPARE(r.outcome, DrillStepResult::Outcome::Slow);
        QCOMPARE(r.elapsedMs, 61'000);
        QVERIFY2(r.action.contains(u"target of 60 s"), qPrintable(r.action));
        const QString text = pdfText(*DrillReport::pdf((*d)->run({})));
        QVERIFY(text.contains(u"61,0 s (cible 60 s)"));
        QVERIFY(text.contains(u"Réussi, trop lent"));
        QVERIFY2(text.contains(u"Retrouver un patient : Fait en 61,0 s pour un objectif de 60 s"), qPrintable(text));
    }

    // The interface is English (initTestCase): the dialog's texts are, the report's are French —
    // step details and actions, readiness lines and their actions — with no English left.
    void reportIsFrenchWhateverTheInterface()
    {
        Made m = makeVault();
        qint64 nowMs = 0;
        Drill::Options o;
        o.elapsedMs = [&] { return nowMs; };
        auto d = Drill::start(*m.vault, o);
        QVERIFY(d);
        Drill& drill = **d;
        QVERIFY(drill.unlock(secret(test::kPassphrase), SlotKind::Passphrase).ok());
        drill.begin(DrillStep::FindPatient);
        nowMs += 61'000;
        const DrillStepResult& slow = drill.findPatient(drill.patientToFind());
        QCOMPARE(slow.outcome, DrillStepResult::Outcome::Slow);
        QVERIFY2(slow.action.contains(u"Done in 61.0 s for a target of 60 s"), qPrintable(slow.action));  // the screen
        const DrillStepResult& restore = drill.restoreLatestBackup({}, secret(test::kPassphrase), SlotKind::Passphrase);
        QCOMPARE(restore.outcome, DrillStepResult::Outcome::Failed);
        QVERIFY(restore.detail.startsWith(u"No backup folder is set"));
        drill.skip(DrillStep::Handover, QStringLiteral("manual"));
        QVERIFY(drill.checkReadiness().ok());
        QVERIFY(drill.result(DrillStep::Readiness).detail.contains(u"green"));

        const DrillRun run = drill.run({QStringLiteral("Dr Test")});
        const QString text = pdfText(*DrillReport::pdf(run));
        // The dialog's and relais-cli's list of actions follows the interface; the report's is French.
        const QString shown = DrillReport::actions(run, true).join(u'\n');
        QVERIFY2(shown.contains(u"Restore the latest backup and verify it: Make a backup"), qPrintable(shown));
        QVERIFY2(shown.contains(u"[RED] The recovery key sheet has never been printed"), qPrintable(shown));
        const QString printed = DrillReport::actions(run).join(u'\n');
        QVERIFY2(!printed.contains(u"Make a backup") && !printed.contains(u"has never been printed"), qPrintable(printed));
        const char* const drillCtx = "relais::Drill";
        const char* const readinessCtx = "relais::Readiness";
        const QString french[] = {
            fr(drillCtx, "Vault key header opened with the passphrase"),
            fr(drillCtx, "%1 match(es) in the training vault; the first one opened").arg(1),
            fr(drillCtx, "Done in %1 s for a target of %2 s: rehearse it again").arg(QStringLiteral("61,0")).arg(60),
            fr(drillCtx, "No backup folder is set: no backup was ever made from this computer"),
            fr(drillCtx, "Make a backup to a USB disk or a network share (File → Back up), then run the drill again"),
            fr(drillCtx, "Rehearse this step at the next drill (File → Outage drill)"),
            fr(drillCtx, "Rehearse this step"),
            fr(readinessCtx, "The recovery key sheet has never been printed"),
            fr(readinessCtx, "Print the recovery key sheet and keep it in the practice safe"),
        };
        for (const QString& f : french)
            QVERIFY2(text.contains(f.simplified()), qPrintable(f + QStringLiteral("\n") + text));
        for (const char* english : {"Vault key header opened", "match(es)", "Done in", "No backup folder", "Make a backup",
                                    "Rehearse this step", "has never been printed", "Print the recovery key sheet",
                                    "practice safe", " green", " amber", "line(s)"})
            QVERIFY2(!text.contains(QLatin1String(english)), english);
    }

    // The usual report — every step with its detail, ten readiness lines, a few actions — fits
    // one A4 page; a long one runs on, the signature box never alone on the last page.
    void reportPagination()
    {
        Made m = makeVault();
        DrillRun run = Drill::example(*m.vault, QDateTime::currentDateTimeUtc().addDays(-3), QStringLiteral("Dr Test"));
        run.participants << QStringLiteral("Secrétariat");
        const ReadinessItem extra[] = {
            {QStringLiteral("test_page"), ReadinessColour::Amber,
             QStringLiteral("Page de test de l'imprimante imprimée le 02/10/2026 (63 jour(s)) : à refaire"),
             QStringLiteral("Imprimer une page de test (Fichier → Page de test)"), ReadinessItem::Action::PrintTestPage},
            {QStringLiteral("drug_reference"), ReadinessColour::Green,
             QStringLiteral("Référentiel des médicaments (BDPM) importé le 01/11/2026 (1 mois)"), {}, ReadinessItem::Action::None},
            {QStringLiteral("disk_space"), ReadinessColour::Green,
             QStringLiteral("Espace libre dans le dossier du coffre : 41 Go"), {}, ReadinessItem::Action::None},
        };
        for (const ReadinessItem& i : extra)
            run.readiness.append(i);
        QCOMPARE(run.readiness.size(), 10);
        int pages = 0;
        auto pdf = DrillReport::pdf(run, &pages);
        QVERIFY(pdf);
        QFile out(test::artefactDir() + QStringLiteral("/drill-report-ten-lines.pdf"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*pdf);
        out.close();
        QCOMPARE(pages, 1);
        QVERIFY(pdfText(*pdf).contains(u"Vu, le responsable du cabinet"));

        // Forty lines, all amber: three pages or so; the last one holds actions with the signature.
        for (int n = 0; run.readiness.size() < 40; ++n)
            run.readiness.append({QStringLiteral("x%1").arg(n), ReadinessColour::Amber,
                                  QStringLiteral("Ligne d'essai n° %1, assez longue pour occuper la largeur d'une ligne du "
                                                 "rapport d'exercice et un peu plus encore")
                                      .arg(n),
                                  QStringLiteral("Action n° %1").arg(n), ReadinessItem::Action::None});
        for (int extraLines = 0; extraLines < 12; ++extraLines) {  // wherever the page break falls
            pdf = DrillReport::pdf(run, &pages);
            QVERIFY(pdf);
            QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
            auto doc = Poppler::Document::loadFromData(*pdf);
            QVERIFY(doc);
            QCOMPARE(doc->numPages(), pages);
            const QString last = doc->page(pages - 1)->text(QRectF()).simplified();
            QVERIFY(last.contains(u"Vu, le responsable du cabinet"));
            QVERIFY2(last.contains(u"Action n°"), qPrintable(QStringLiteral("%1 lines, last page: %2").arg(run.readiness.size()).arg(last)));
            run.readiness.append({QStringLiteral("y%1").arg(extraLines), ReadinessColour::Amber,
                                  QStringLiteral("Ligne supplémentaire n° %1").arg(extraLines),
                                  QStringLiteral("Action n° %1 bis").arg(extraLines), ReadinessItem::Action::None});
        }
    }

    void readinessDrillLine()
    {
        FakeClock clock;
        Made m = makeVault(clock, 2);
        const auto drillItem = [&] {
            for (const ReadinessItem& i : Readiness(*m.vault).items())
                if (i.id == QLatin1String("drill"))
                    return i;
            qFatal("no drill item");
        };
        QCOMPARE(drillItem().colour, ReadinessColour::Red);
        QCOMPARE(drillItem().action, ReadinessItem::Action::Drill);
        DrillRun run;
        run.finishedUtc = clock.nowUtc();
        QVERIFY(DrillStore(*m.vault).keep(run, QByteArrayLiteral("%PDF-1.4 test")));
        QCOMPARE(drillItem().colour, ReadinessColour::Green);
        clock.advanceSecs(183LL * 86400);
        QCOMPARE(drillItem().colour, ReadinessColour::Green);
        clock.advanceSecs(86400);
        QCOMPARE(drillItem().colour, ReadinessColour::Amber);
        QVERIFY(drillItem().nextAction.contains(u"Run a new outage drill"));
        // The practice's own limit.
        ReadinessThresholds t;
        QVERIFY(t.set(QStringLiteral("drill_green_days=365")));
        QVERIFY(t.save(*m.vault));
        QCOMPARE(drillItem().colour, ReadinessColour::Green);
        QVERIFY(!t.set(QStringLiteral("drill_green_days=0")) || !t.check());
        // A drill with a failed step: amber until it is run again.
        DrillStepResult failed;
        failed.outcome = DrillStepResult::Outcome::Failed;
        run.steps = {failed};
        run.finishedUtc = clock.nowUtc();
        QVERIFY(DrillStore(*m.vault).keep(run, QByteArrayLiteral("%PDF-1.4 test")));
        QCOMPARE(drillItem().colour, ReadinessColour::Amber);
        QVERIFY(drillItem().fact.contains(u"1 step(s) failed"));
        QCOMPARE(DrillStore(*m.vault).list()->size(), 2);
        QVERIFY(!DrillStore(*m.vault).keep(run, {}));
    }

    // The demo vault's past drill: dated as asked, one step too slow with its action.
    void demoExample()
    {
        Made m = makeVault();
        const QDateTime at = QDateTime::currentDateTimeUtc().addDays(-41);
        const DrillRun run = Drill::example(*m.vault, at, QStringLiteral("Dr Test"));
        QCOMPARE(run.startedUtc, at);
        QVERIFY(run.passed());
        QCOMPARE(run.steps.at(int(DrillStep::Prescription)).outcome, DrillStepResult::Outcome::Slow);
        auto pdf = DrillReport::pdf(run);
        QVERIFY(pdf);
        QFile out(test::artefactDir() + QStringLiteral("/drill-report-demo.pdf"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*pdf);
        const QString text = pdfText(*pdf);
        QVERIFY(text.contains(QLocale(QLocale::French).toString(at.toLocalTime().date(), QStringLiteral("dddd d MMMM yyyy"))));
        QVERIFY2(text.contains(u"Imprimer une ordonnance : Fait en 236,0 s pour un objectif de 180 s"), qPrintable(text));
        QCOMPARE(text.count(u"Réussi, trop lent"), 1);
    }

    void cliExitCodes()
    {
        const QString pass = m_dir.filePath(QStringLiteral("pass.txt"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(test::kPassphrase) + '\n');
        }
        Made m = makeVault();
        const QString backups = freshFolder();
        QVERIFY(Backup::create(*m.vault, backups));
        const QString before = fingerprint(*m.vault);
        m.vault.reset();
        const QString xdg = m_dir.filePath(QStringLiteral("xdg"));
        const QString report = m_dir.filePath(QStringLiteral("cli-drill.pdf"));
        const QStringList base{QStringLiteral("drill"), QStringLiteral("--vault"), m.path, QStringLiteral("--passphrase-file"),
                               pass, QStringLiteral("--lang"), QStringLiteral("en")};
        test::CliRun r = test::runCli(base + QStringList{QStringLiteral("--report"), report, QStringLiteral("--backups"), backups}, xdg);
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"[Réussi] Restaurer la dernière sauvegarde et la vérifier"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"[Non réalisé] Saisir une consultation"));
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = pdfText(f.readAll());
        for (DrillStep s : DrillStepResult::all())
            QVERIFY(text.contains(DrillStepResult::stepName(s)));
        QVERIFY(text.contains(u"État de préparation au moment de l'exercice"));

        // No backup: the restore step fails, exit 6, the report is still written and kept.
        const QString empty = freshFolder();
        QVERIFY(QDir().mkpath(empty));
        QFile::remove(report);
        r = test::runCli(base + QStringList{QStringLiteral("--report"), report, QStringLiteral("--backups"), empty}, xdg);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.contains(u"[Échec] Restaurer la dernière sauvegarde"), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(report));
        // Usage and wrong passphrase.
        r = test::runCli(base, xdg);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(u"--report"));
        r = test::runCli({QStringLiteral("drill"), QStringLiteral("--vault"), m.path, QStringLiteral("--report"), report},
                         xdg, QByteArrayLiteral("wrong passphrase\n"));
        QCOMPARE(r.code, 3);

        auto v = Vault::open(m.path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
        QVERIFY(v);
        QCOMPARE(DrillStore(**v).list()->size(), 2);
        QCOMPARE(fingerprint(**v), before);
        auto audited = (*v)->audit().lastOf(QLatin1String(DrillStore::kAuditAction));
        QVERIFY(audited && *audited);
        QVERIFY((*audited)->detail.startsWith(QLatin1String("failed=1 ")));
    }
};

QTEST_MAIN(TestDrill)
#include "tst_drill.moc"
