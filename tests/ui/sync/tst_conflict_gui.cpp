// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "sync/ConflictDialog.h"
#include "GuiTestSupport.h"
#include "PatientFixtures.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "sync/Conflict.h"
#include "sync/FhirExport.h"
#include "sync/Outbox.h"
#include "vault/Vault.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace relais;
using namespace relais::ui;
using relais::test::henin;
using relais::test::kPassphrase;
using relais::test::lastAuditEntry;
using relais::test::saveShot;
using relais::test::secret;

class TestConflictGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    int m_n = 0;
    qint64 m_patient = 0;

    // An imported patient corrected in Relais (mobile, address) whose EHR record changed too
    // (phone, version 3): the conflict the push records. Returns the outbox entry.
    qint64 conflict()
    {
        auto c = Vault::create(m_dir.filePath(QString("c%1/relais.vault").arg(++m_n)), "Dr C", secret(kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        if (!c)
            return 0;
        m_vault = std::move(c->vault);
        PatientStore ps(*m_vault);
        Patient p = henin();  // imported, EHR-1001, 12 rue des Lilas, 04 78 12 34 56
        auto id = ps.insertRaw(p);
        if (!id || !m_vault->db().exec(QString("UPDATE patient SET source_version = '2' WHERE id = %1").arg(*id)))
            return 0;
        m_patient = *id;
        p = *ps.get(m_patient);
        p.mobile = "06 11 22 33 44";
        p.address = "14 rue de la République";
        if (!ps.update(p, p.identityStatus))
            return 0;
        Outbox box(*m_vault, m_clock);
        const auto entries = box.unsent(m_patient);
        auto pb = FhirExport(*m_vault).build(m_patient, *entries, false);
        if (!pb || !pb->conditionedPatientOutboxId)
            return 0;
        QJsonObject remote = pb->conditionedPatient;
        remote["meta"] = QJsonObject{{"versionId", "3"}};
        remote["telecom"] = QJsonArray{QJsonObject{{"system", "phone"}, {"use", "home"}, {"value", "04 78 99 99 99"}}};
        remote["address"] = QJsonArray{QJsonObject{{"line", QJsonArray{"12 rue des Lilas"}}, {"postalCode", "69003"},
                                                   {"city", "Lyon"}}};
        if (!ConflictStore(*m_vault).record(pb->conditionedPatientOutboxId, pb->conditionedPatientRef, pb->conditionedPatient,
                                            remote, "HTTP 412: Precondition Failed"))
            return 0;
        return pb->conditionedPatientOutboxId;
    }

    QStringList differing(QTableWidget* t)
    {
        QStringList out;
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 1)->data(Qt::UserRole).toBool())
                out.append(t->item(r, 0)->text());
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void showsBothVersionsSideBySide()
    {
        const qint64 entry = conflict();
        QVERIFY(entry > 0);
        ConflictDialog d(*m_vault, entry, nullptr);
        QVERIFY(d.loaded());
        d.show();
        auto* t = test::child<QTableWidget>(&d, "conflictRows");
        QCOMPARE(t->horizontalHeaderItem(1)->text(), QString("In Relais"));
        QCOMPARE(t->horizontalHeaderItem(2)->text(), QString("In the EHR software"));
        QVERIFY(t->rowCount() >= 12);
        QCOMPARE(differing(t), (QStringList{"Address", "Phone", "Mobile"}));
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0)->text() == "Birth name") {
                QCOMPARE(t->item(r, 1)->text(), QString("Hénin"));
                QCOMPARE(t->item(r, 2)->text(), QString("Hénin"));
            } else if (t->item(r, 0)->text() == "Phone") {
                QCOMPARE(t->item(r, 1)->text(), QString("04 78 12 34 56"));
                QCOMPARE(t->item(r, 2)->text(), QString("04 78 99 99 99"));
                QVERIFY(t->item(r, 2)->background().color() != t->item(0, 2)->background().color());
            }
        QCOMPARE(lastAuditEntry(*m_vault).action, QString("sync.conflict.view"));
        QCOMPARE(lastAuditEntry(*m_vault).objectId, QString::number(m_patient));
        saveShot(d, "conflict-dialog.png");
    }

    void takingTheEhrVersionUpdatesThePatient()
    {
        const qint64 entry = conflict();
        QVERIFY(entry > 0);
        ConflictDialog d(*m_vault, entry, nullptr);
        QSignalSpy resolved(&d, &ConflictDialog::resolved);
        d.show();
        test::child<QPushButton>(&d, "takeEhr")->click();
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(resolved.first().at(1).toBool(), false);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const Patient p = *PatientStore(*m_vault).get(m_patient);
        QCOMPARE(p.phone, QString("04 78 99 99 99"));
        QCOMPARE(p.address, QString("12 rue des Lilas"));
        QVERIFY(p.mobile.isEmpty());
        QCOMPARE(Outbox(*m_vault, m_clock).entries(m_patient)->first().state, OutboxEntry::State::Acknowledged);
        QCOMPARE(lastAuditEntry(*m_vault).action, QString("sync.conflict.take_ehr"));
    }

    void keepingRelaisVersionSendsItAgainOnTheEhrVersion()
    {
        const qint64 entry = conflict();
        QVERIFY(entry > 0);
        ConflictDialog d(*m_vault, entry, nullptr);
        d.show();
        test::child<QPushButton>(&d, "keepRelais")->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        const OutboxEntry e = Outbox(*m_vault, m_clock).entries(m_patient)->first();
        QCOMPARE(e.state, OutboxEntry::State::Pending);
        QCOMPARE(m_vault->db().scalar(QString("SELECT source_version FROM patient WHERE id = %1").arg(m_patient))->toString(),
                 QString("3"));
        QCOMPARE(PatientStore(*m_vault).get(m_patient)->mobile, QString("06 11 22 33 44"));  // ours, unchanged
        QCOMPARE(lastAuditEntry(*m_vault).action, QString("sync.conflict.keep_relais"));
        // Resolved: opening it again says so and offers no choice.
        ConflictDialog again(*m_vault, entry, nullptr);
        QVERIFY(!again.loaded());
        QVERIFY(!test::child<QPushButton>(&again, "keepRelais")->isEnabled());
        QVERIFY(!test::child<QLabel>(&again, "conflictError")->text().isEmpty());
    }
};

QTEST_MAIN(TestConflictGui)
#include "tst_conflict_gui.moc"
