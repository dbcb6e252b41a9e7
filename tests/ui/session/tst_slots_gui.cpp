// SPDX-License-Identifier: GPL-3.0-or-later
#include "../prescribing/Fixtures.h"
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "session/MainWindow.h"
#include "records/PatientWorkspace.h"
#include "prescribing/PrescriptionEditor.h"
#include "prescribing/PrescriptionLauncher.h"
#include "session/SessionController.h"
#include "TestSupport.h"
#include "../../prescribing/Fixtures.h"
#include "session/UnlockDialog.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "print/AuditReport.h"
#include "prescribing/PractitionerStore.h"
#include "demo/DemoData.h"
#include "records/PatientStore.h"
#include "session/AuditTrailDialog.h"
#include "session/AuditTrailModel.h"
#include "session/SlotPassphraseDialog.h"
#include "session/VaultAccessDialog.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace relais;
using namespace relais::ui;
using relais::test::child;
using relais::test::doctor;
using relais::test::kPassphrase;
using relais::test::saveShot;

namespace {

constexpr auto kPassB = "lighthouse parsley violin november";
constexpr auto kPassB2 = "harbour cinnamon trumpet october";

// Runs `fill` on the modal dialog `exec()` is about to show, once it is up.
template <typename Dialog>
void whenModal(std::function<void(Dialog*)> fill)
{
    QTimer::singleShot(0, [fill] {
        auto* d = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!d)
            qFatal("no modal dialog of the expected type");
        fill(d);
    });
}

} // namespace

class TstSlotsGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    QString m_path;
    qint64 m_doctorA = 0;
    qint64 m_doctorB = 0;
    QByteArray m_recovery;

    static void unlock(SessionController& session, const char* pass) { test::unlock(session, pass, QSize()); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-slots-gui"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("relais.vault"));
        auto c = Vault::create(m_path, QStringLiteral("Dr A"), test::secret(kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_recovery = c->recoveryKey.view().toByteArray();
        PatientStore patients(*c->vault);
        QVERIFY(DemoData(11).fill(patients, 3, m_clock.nowUtc().date()));
        PractitionerStore store(*c->vault);
        auto a = store.create(doctor("Aubert", "10001234565"));
        QVERIFY(a);
        m_doctorA = *a;
        QVERIFY(store.linkSlot(c->vault->slotId(), m_doctorA));
        auto b = store.create(doctor("Bernard", "10009876540"));
        QVERIFY(b);
        m_doctorB = *b;
        // Whoever was picked last on this PC: A.
        QSettings().setValue(QStringLiteral("prescribing/lastPractitionerId"), m_doctorA);
    }

    void cleanupTestCase() { QSettings().clear(); }

    // A adds B with B's own passphrase; locked; B unlocks and the prescription proposes B.
    void addedPractitionerUnlocksAndIsTheProposedPrescriber()
    {
        SessionController session(m_path, m_clock, KdfParams::fastForTests());
        session.start();
        unlock(session, kPassphrase);
        MainWindow* window = session.mainWindow();
        child<QAction>(window, "actionVaultAccess")->trigger();
        VaultAccessDialog* access = session.vaultAccessDialog();
        QVERIFY(access && access->isVisible());
        QCOMPARE(access->list()->topLevelItemCount(), 2);
        QVERIFY(access->list()->topLevelItem(0)->text(0).contains(QLatin1String("Dr A")));
        QVERIFY(access->list()->topLevelItem(0)->font(0).bold());  // the slot that unlocked

        whenModal<SlotPassphraseDialog>([](SlotPassphraseDialog* d) {
            auto* ok = child<QPushButton>(d, "ok");
            QTest::keyClicks(child<QLineEdit>(d, "slotLabel"), QStringLiteral("Dr B"));
            auto* prescriber = child<QComboBox>(d, "prescriber");
            prescriber->setCurrentIndex(prescriber->findText(QStringLiteral("BERNARD"), Qt::MatchContains));
            QTest::keyClicks(child<QLineEdit>(d, "passphrase"), QStringLiteral("azerty"));
            QTest::keyClicks(child<QLineEdit>(d, "confirmation"), QStringLiteral("azerty"));
            if (ok->isEnabled())
                qFatal("a weak passphrase was accepted");
            child<QLineEdit>(d, "passphrase")->setText(QString::fromLatin1(kPassB));
            child<QLineEdit>(d, "confirmation")->setText(QString::fromLatin1(kPassB));
            if (!ok->isEnabled())
                qFatal("a good passphrase was refused: %s", qPrintable(child<QLabel>(d, "reason")->text()));
            d->resize(640, d->sizeHint().height());
            saveShot(*d, "slots-add-practitioner.png");
            ok->click();
        });
        access->addPractitioner();
        QCOMPARE(access->list()->topLevelItemCount(), 3);
        const auto b = session.vault()->findSlot(QStringLiteral("Dr B"));
        QVERIFY(b);
        auto linked = PractitionerStore(*session.vault()).forSlot(b->id);
        QVERIFY(linked && *linked);
        QCOMPARE((*linked)->id, m_doctorB);
        saveShot(*access, "slots-vault-access.png");

        session.lock();
        QVERIFY(!session.vaultAccessDialog());
        unlock(session, kPassB);
        QCOMPARE(session.vault()->slotId(), b->id);
        window = session.mainWindow();
        const QString who = child<QLabel>(window, "statusSlot")->text();
        QVERIFY2(who.contains(QLatin1String("Dr B")) && who.contains(QLatin1String("BERNARD")), qPrintable(who));

        PatientWorkspace* workspace = window->workspace();
        workspace->openPatient(1);
        child<QAction>(window, "actionPrescribe")->trigger();
        QPointer<PrescriptionEditor> editor = workspace->prescriptions()->editor();
        QVERIFY(editor);
        QCOMPARE(child<QComboBox>(editor, "practitioner")->currentData().toLongLong(), m_doctorB);
        editor->reject();
        session.lock();
    }

    // B changes their own passphrase: the current one is asked again; the old one stops working.
    void changeOwnPassphrase()
    {
        SessionController session(m_path, m_clock, KdfParams::fastForTests());
        session.start();
        unlock(session, kPassB);
        child<QAction>(session.mainWindow(), "actionVaultAccess")->trigger();
        VaultAccessDialog* access = session.vaultAccessDialog();
        QVERIFY(access);
        QString firstError;
        whenModal<SlotPassphraseDialog>([&firstError](SlotPassphraseDialog* d) {
            QTest::keyClicks(child<QLineEdit>(d, "currentPassphrase"), QStringLiteral("not my passphrase at all"));
            child<QLineEdit>(d, "passphrase")->setText(QString::fromLatin1(kPassB2));
            child<QLineEdit>(d, "confirmation")->setText(QString::fromLatin1(kPassB2));
            child<QPushButton>(d, "ok")->click();
            firstError = child<QLabel>(d, "error")->text();
            if (!d->isVisible())
                qFatal("accepted with a wrong current passphrase");
            QTest::keyClicks(child<QLineEdit>(d, "currentPassphrase"), QString::fromLatin1(kPassB));
            child<QLineEdit>(d, "passphrase")->setText(QString::fromLatin1(kPassB2));
            child<QLineEdit>(d, "confirmation")->setText(QString::fromLatin1(kPassB2));
            child<QPushButton>(d, "ok")->click();
        });
        access->changeOwnPassphrase();
        QVERIFY2(firstError.contains(QLatin1String("current passphrase")), qPrintable(firstError));
        session.lock();
        QVERIFY(!Vault::open(m_path, test::secret(kPassB), SlotKind::Passphrase, m_clock));
        QVERIFY(Vault::open(m_path, test::secret(kPassB2), SlotKind::Passphrase, m_clock));
    }

    // The journal: filters, names shown (not stored), opening audited, a tampered entry named.
    void auditTrailViewer()
    {
        SessionController session(m_path, m_clock, KdfParams::fastForTests());
        session.start();
        unlock(session, kPassphrase);
        Vault* vault = session.vault();
        const QString name = PatientStore(*vault).get(1)->displayName();
        session.mainWindow()->workspace()->openPatient(1);
        child<QAction>(session.mainWindow(), "actionAuditTrail")->trigger();
        AuditTrailDialog* trail = session.auditTrailDialog();
        QVERIFY(trail && trail->isVisible());
        QCOMPARE(test::lastAuditEntry(*vault).action, QString::fromLatin1(AuditAction::TrailView));
        AuditTrailModel* model = trail->model();
        QVERIFY(model->rowCount() > 10);

        auto* action = child<QComboBox>(trail, "action");
        action->setCurrentIndex(action->findData(QStringLiteral("patient.view")));
        QCOMPARE(model->rowCount(), 2);  // B opened patient 1 in the first test, A now
        for (int row = 0; row < model->rowCount(); ++row) {
            QCOMPARE(model->data(model->index(row, AuditTable::Action), Qt::DisplayRole).toString(),
                     QStringLiteral("Record opened"));
            QVERIFY(model->data(model->index(row, AuditTable::Object), Qt::DisplayRole).toString().contains(name));
        }
        auto* practitioner = child<QComboBox>(trail, "practitioner");
        practitioner->setCurrentIndex(practitioner->findText(QStringLiteral("Dr B")));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->data(model->index(0, AuditTable::Practitioner), Qt::DisplayRole).toString(), QStringLiteral("Dr B"));
        action->setCurrentIndex(0);
        QVERIFY(model->rowCount() >= 3);  // slot change, unlocks, locks
        practitioner->setCurrentIndex(0);
        QCOMPARE(trail->findPatients(name.section(QLatin1Char(' '), 0, 0)), 1);
        QCOMPARE(model->rowCount(), 2);
        AuditTable words(*vault);  // the report's description of the filter names the patient
        QVERIFY(AuditReport::filterWords(words, trail->currentFilter()).contains(name.section(QLatin1Char(' '), 0, 0)));

        child<QPushButton>(trail, "verify")->click();
        auto* check = child<QLabel>(trail, "chainCheck");
        QVERIFY2(check->text().contains(QLatin1String("intact")), qPrintable(check->text()));

        // Edited behind Relais's back: the check names the entry and selects it.
        const qint64 target = model->entry(0).seq;
        QVERIFY(vault->db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(vault->db().exec(QStringLiteral("UPDATE audit_log SET object_id = '2' WHERE seq = %1").arg(target)));
        trail->findPatients(QString());
        child<QPushButton>(trail, "verify")->click();
        QVERIFY2(check->text().contains(QStringLiteral("#%1").arg(target)), qPrintable(check->text()));
        const QModelIndexList selected = trail->view()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(model->entry(selected.first().row()).seq, target);
        saveShot(*trail, "audit-trail-viewer.png");
        session.lock();
        QVERIFY(!session.auditTrailDialog());
    }

    // Last: B's slot removed (asked first, refused once), then a new recovery key replaces the old.
    void removeSlotAndReplaceRecoveryKey()
    {
        SessionController session(m_path, m_clock, KdfParams::fastForTests());
        session.start();
        unlock(session, kPassphrase);
        child<QAction>(session.mainWindow(), "actionVaultAccess")->trigger();
        VaultAccessDialog* access = session.vaultAccessDialog();
        QVERIFY(access);
        const QString bId = session.vault()->findSlot(QStringLiteral("Dr B"))->id;
        QTreeWidget* list = access->list();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(0, Qt::UserRole).toString() == bId)
                list->setCurrentItem(list->topLevelItem(i));
        QVERIFY(child<QPushButton>(access, "removeSlot")->isEnabled());
        QString asked;
        access->setConfirmer([&asked](const QString& q) {
            asked = q;
            return false;
        });
        access->removeSelected();
        QVERIFY(asked.contains(QLatin1String("Dr B")));
        QVERIFY(session.vault()->findSlot(bId));  // said no: nothing removed
        access->setConfirmer([](const QString&) { return true; });
        access->removeSelected();
        QVERIFY(!session.vault()->findSlot(bId));
        QCOMPARE(list->topLevelItemCount(), 2);
        QVERIFY(!*PractitionerStore(*session.vault()).forSlot(bId));  // B's profile stays, untied

        QByteArray shown;
        access->setRecoveryKeyShower([&shown](const SecureBytes& key) { shown = key.view().toByteArray(); });
        access->replaceRecoveryKey();
        QVERIFY(!shown.isEmpty());
        QVERIFY(shown != m_recovery);
        session.lock();
        QVERIFY(!Vault::open(m_path, test::secret(kPassB2), SlotKind::Passphrase, m_clock));
        QVERIFY(!Vault::open(m_path, SecureBytes(m_recovery.constData(), m_recovery.size()), SlotKind::Recovery, m_clock));
        QVERIFY(Vault::open(m_path, SecureBytes(shown.constData(), shown.size()), SlotKind::Recovery, m_clock));
    }
};

QTEST_MAIN(TstSlotsGui)
#include "tst_slots_gui.moc"
