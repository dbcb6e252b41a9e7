// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "SyncFixtures.h"
#include "storage/Sqlite.h"
#include "sync/Outbox.h"
#include "sync/Purge.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

class TestPurge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    test::Outage m_o;
    qint64 m_snapshotVisit = 0;   // a consultation of the EHR's snapshot
    qint64 m_rxOnSnapshot = 0;    // a prescription written in Relais, tied to it

    Outbox outbox() { return Outbox(*m_vault, m_clock); }
    int count(const QString& sql) { return m_vault->db().scalar(sql)->toInt(); }
    int rows(const char* table, const QString& where)
    {
        return count(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(QLatin1String(table), where));
    }
    // Acknowledges these outbox entries now, as a push accepted by the EHR would.
    void acknowledge(const QList<OutboxEntry>& entries)
    {
        QHash<qint64, QString> ids;
        for (const OutboxEntry& e : entries)
            ids.insert(e.id, QStringLiteral("Resource/%1").arg(e.id));
        QVERIFY(outbox().markAcknowledged(entries, ids));
    }
    QList<OutboxEntry> entriesOf(qint64 patientId, OutboxEntry::Kind kind, qint64 recordId = 0)
    {
        QList<OutboxEntry> out;
        const auto all = outbox().entries(patientId);  // kept alive for the loop
        for (const OutboxEntry& e : *all)
            if (e.kind == kind && (recordId == 0 || e.recordId == recordId))
                out.append(e);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = Vault::create(m_dir.filePath("relais.vault"), "Dr P", secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        m_o = test::makeOutage(*m_vault);
        QVERIFY(m_o.localPatient > 0);
        // Printed prescriptions keep their PDF.
        for (qint64 rx : std::as_const(m_o.prescriptions))
            QVERIFY(PrescriptionStore(*m_vault).storePdf(rx, QByteArray("%PDF-1.4 test"), 1));
        // A visit from the EHR's snapshot, and a prescription written in Relais on it.
        Consultation snap = test::visit(0, m_o.importedPatient);
        snap.origin = Origin::Imported;
        snap.sourceId = "enc-ehr-7";
        snap.status = Consultation::Status::Final;
        snap.startedUtc = snap.finalisedUtc = m_clock.nowUtc().addDays(-40);
        snap.revision = 1;
        auto sid = ConsultationStore(*m_vault).insertRaw(snap);
        QVERIFY(sid);
        m_snapshotVisit = *sid;
        Prescription rx;
        rx.date = m_clock.nowUtc().date();
        rx.practitionerId = m_o.doctorId;
        rx.patientId = m_o.importedPatient;
        rx.consultationId = m_snapshotVisit;
        rx.weightKg = 11.2;  // a child: the weight is required
        rx.lines = {test::paracetamol()};
        auto rid = PrescriptionStore(*m_vault).create(rx);
        QVERIFY2(rid, rid ? "" : qPrintable(rid.error().message));
        m_rxOnSnapshot = *rid;
        // A correction: the local visit has two versions.
        ConsultationStore cs(*m_vault);
        Consultation corrected = *cs.get(m_o.consultations[0]);
        corrected.plan = "Amoxicilline 1 g x3 pendant 7 jours";
        QVERIFY(cs.correct(corrected, "posologie précisée"));
        QCOMPARE(rows("consultation_revision", QString("consultation_id = %1").arg(m_o.consultations[0])), 2);
    }

    void nothingBeforeAcknowledgement()
    {
        m_clock.advanceSecs(90 * 86400);
        auto p = Purge(*m_vault).preview(0);
        QVERIFY(p);
        QVERIFY(p->isEmpty());
        m_clock.advanceSecs(-90 * 86400);
    }

    void onlyAcknowledgedLongEnoughAgoGoes()
    {
        // Received by the EHR: the local patient's everything; for the imported patient her
        // Relais visit but not its prescription (failed), and the prescription on the snapshot visit.
        acknowledge(outbox().entries(m_o.localPatient).value());
        acknowledge(entriesOf(m_o.importedPatient, OutboxEntry::Kind::Consultation));
        acknowledge(entriesOf(m_o.importedPatient, OutboxEntry::Kind::Prescription, m_rxOnSnapshot));
        QVERIFY(outbox().markFailed(entriesOf(m_o.importedPatient, OutboxEntry::Kind::Prescription, m_o.prescriptions[1]),
                                    "HTTP 400: refused", false));

        // Too recent for 30 days, not for 0.
        m_clock.advanceSecs(10 * 86400);
        auto recent = Purge(*m_vault).preview(Purge::kDefaultDays);
        QVERIFY(recent);
        QVERIFY(recent->isEmpty());
        QCOMPARE(Purge(*m_vault).preview(5)->consultations, 1);

        m_clock.advanceSecs(25 * 86400);
        // A later visit of the local patient, received yesterday: it stays.
        test::Outage later;
        QVERIFY(test::addVisit(*m_vault, m_o.localPatient, m_o.doctorId, later, 64.0));
        acknowledge(entriesOf(m_o.localPatient, OutboxEntry::Kind::Consultation, later.consultations[0]));
        acknowledge(entriesOf(m_o.localPatient, OutboxEntry::Kind::Prescription, later.prescriptions[0]));
        m_clock.advanceSecs(86400);

        auto preview = Purge(*m_vault).preview(Purge::kDefaultDays);
        QVERIFY(preview);
        QCOMPARE(preview->consultations, 1);
        QCOMPARE(preview->revisions, 2);
        QCOMPARE(preview->prescriptions, 2);  // the local visit's, and the one on the snapshot visit
        QCOMPARE(preview->pdfs, 1);
        QCOMPARE(preview->patients, 2);
        // A preview changes nothing.
        QCOMPARE(rows("consultation", QString("id = %1").arg(m_o.consultations[0])), 1);

        const int outboxBefore = count("SELECT count(*) FROM outbox");
        const int pendingBefore = count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'");
        const int auditBefore = count("SELECT count(*) FROM audit_log");
        auto done = Purge(*m_vault).run(Purge::kDefaultDays);
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(done->consultations, preview->consultations);
        QCOMPARE(done->prescriptions, preview->prescriptions);

        // Gone: the old acknowledged visit, its versions, prescription and PDF, their outbox entries.
        QCOMPARE(rows("consultation", QString("id = %1").arg(m_o.consultations[0])), 0);
        QCOMPARE(rows("consultation_revision", QString("consultation_id = %1").arg(m_o.consultations[0])), 0);
        QCOMPARE(rows("prescription", QString("id IN (%1, %2)").arg(m_o.prescriptions[0]).arg(m_rxOnSnapshot)), 0);
        QCOMPARE(rows("prescription_pdf", QString("prescription_id = %1").arg(m_o.prescriptions[0])), 0);
        QCOMPARE(rows("outbox", QString("kind = 'consultation' AND record_id = %1").arg(m_o.consultations[0])), 0);
        QCOMPARE(count("SELECT count(*) FROM outbox"), outboxBefore - 3);

        // Kept: the patients, the snapshot's visit, the visit whose prescription failed (with it,
        // and its PDF), the recent visit, and the patient entry of the local patient.
        QCOMPARE(rows("patient", QString("id IN (%1, %2)").arg(m_o.localPatient).arg(m_o.importedPatient)), 2);
        QCOMPARE(rows("consultation", QString("id = %1 AND origin = 'imported'").arg(m_snapshotVisit)), 1);
        QCOMPARE(rows("consultation", QString("id = %1").arg(m_o.consultations[1])), 1);
        QCOMPARE(rows("prescription", QString("id = %1").arg(m_o.prescriptions[1])), 1);
        QCOMPARE(rows("prescription_pdf", QString("prescription_id = %1").arg(m_o.prescriptions[1])), 1);
        QCOMPARE(rows("consultation", QString("id = %1").arg(later.consultations[0])), 1);
        QCOMPARE(rows("prescription", QString("id = %1").arg(later.prescriptions[0])), 1);
        QCOMPARE(rows("outbox", QString("kind = 'patient' AND record_id = %1").arg(m_o.localPatient)), 1);

        // Nothing was put back in the outbox by the deletions.
        QCOMPARE(count("SELECT count(*) FROM outbox WHERE state <> 'acknowledged'"), pendingBefore);

        // One audit event with the counts, no patient text.
        QCOMPARE(count("SELECT count(*) FROM audit_log"), auditBefore + 1);
        const AuditEntry a = m_vault->audit().entries(auditBefore, 10)->last();
        QCOMPARE(a.action, QString("sync.purge"));
        QCOMPARE(a.detail, QString("days=30 patients=2 consultations=1 revisions=2 prescriptions=2 pdfs=1"));
        QVERIFY(m_vault->audit().verify().ok);

        // Done: nothing left to purge at 30 days; the recent visit goes at 0 days.
        QVERIFY(Purge(*m_vault).preview(Purge::kDefaultDays)->isEmpty());
        QCOMPARE(Purge(*m_vault).preview(0)->consultations, 1);
    }

    void refusesANegativeNumberOfDays()
    {
        auto r = Purge(*m_vault).run(-1);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains("-1"));
    }
};

QTEST_MAIN(TestPurge)
#include "tst_purge.moc"
