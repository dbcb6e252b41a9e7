// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "records/AppointmentsWidget.h"
#include "records/ChartWidget.h"
#include "interop/ImportSummaryView.h"
#include "interop/ImportWizard.h"
#include "interop/InboxMergeDialog.h"
#include "session/MainWindow.h"
#include "widgets/MessageBar.h"
#include "records/PatientSearchWidget.h"
#include "records/PatientWorkspace.h"
#include "session/SessionController.h"
#include "interop/SnapshotStatus.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "session/UnlockDialog.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "interop/Inbox.h"
#include "interop/SnapshotImporter.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace relais;
using relais::test::child;
using relais::test::saveShot;
using relais::test::lastAuditEntry;
using namespace relais::ui;
using relais::test::kPassphrase;
using relais::test::secret;

namespace {

QJsonObject patient(const QString& id, const QString& family, const QString& given, const QString& birth, const QString& gender)
{
    return {{"resourceType", "Patient"}, {"id", id},
            {"name", QJsonArray{QJsonObject{{"use", "official"}, {"family", family}, {"given", QJsonArray{given}}}}},
            {"gender", gender}, {"birthDate", birth}};
}

QJsonObject appointment(const QString& id, const QString& start, const QString& end, const QString& patientId,
                        const QString& display, const QString& reason, const QString& status = "booked")
{
    QJsonObject actor{{"display", display}};
    if (!patientId.isEmpty())
        actor["reference"] = QString("Patient/" + patientId);
    return {{"resourceType", "Appointment"}, {"id", id}, {"status", status}, {"start", start}, {"end", end},
            {"description", reason}, {"participant", QJsonArray{QJsonObject{{"actor", actor}}}}};
}

QByteArray bundle(const QList<QJsonObject>& resources)
{
    QJsonArray entries;
    for (const QJsonObject& r : resources)
        entries.append(QJsonObject{{"fullUrl", QString("https://ehr.example/fhir/" + r["resourceType"].toString() + "/" + r["id"].toString())},
                                   {"resource", r}});
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}}).toJson();
}

// Yesterday's export: three patients, appointments out of order, one cancelled, one for someone
// the export does not hold (p99), one tomorrow and one yesterday (not shown).
QList<QJsonObject> practice()
{
    return {
        patient("p1", "Hénin", "Zoé", "1954-03-12", "female"),
        patient("p2", "N'Diaye", "Fatou", "1990-07-14", "female"),
        patient("p3", "Évrard", "Noël", "1948-12-25", "male"),
        appointment("r3", "2026-11-23T14:00:00Z", "2026-11-23T14:20:00Z", "p3", "Évrard Noël", "Pansement"),
        appointment("r1", "2026-11-23T08:30:00Z", "2026-11-23T08:45:00Z", "p1", "Hénin Zoé", "Renouvellement diabète"),
        appointment("r2", "2026-11-23T09:15:00Z", "2026-11-23T09:30:00Z", "p2", "N'Diaye Fatou", "Certificat", "cancelled"),
        appointment("r4", "2026-11-23T10:00:00Z", "2026-11-23T10:15:00Z", "p99", "Martin Paul", "Première consultation"),
        appointment("r5", "2026-11-24T08:00:00Z", "2026-11-24T08:15:00Z", "p2", "N'Diaye Fatou", "Résultats prise de sang"),
        appointment("r0", "2026-11-22T16:00:00Z", "2026-11-22T16:15:00Z", "p1", "Hénin Zoé", "Hier"),
    };
}

} // namespace

class TstSnapshotGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 30), Qt::UTC)};
    const QDateTime m_taken{QDate(2026, 11, 21), QTime(23, 0), Qt::UTC};

    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath("files/" + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    std::unique_ptr<SessionController> unlockedSession() { return test::unlockedSession(m_path, m_clock, {1240, 780}); }

    // Everything an import could change, to prove that nothing did.
    static QString fingerprint(Vault& vault)
    {
        QStringList parts;
        for (const char* sql : {"SELECT count(*) FROM patient", "SELECT count(*) FROM appointment",
                                "SELECT count(*) FROM snapshot_import", "SELECT value FROM meta WHERE key = 'snapshot_utc'"})
            parts << vault.db().scalar(QString::fromLatin1(sql))->toString();
        return parts.join(u',');
    }

    static ImportWizard* openWizard(SessionController& s)
    {
        s.mainWindow()->findChild<QAction*>("actionImport")->trigger();
        ImportWizard* wizard = s.importWizard();
        if (!wizard || !wizard->isVisible())
            qFatal("no import wizard");
        return wizard;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-snapshot-gui"));
        QSettings().clear();
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("relais.vault"));

        auto created = Vault::create(m_path, QStringLiteral("Dr Marie Martin"), secret(kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        SnapshotImporter::Options options;
        options.takenUtc = m_taken;
        auto summary = SnapshotImporter(*created->vault).run(*SnapshotImporter::sourcesFromPaths({write("yesterday.json", bundle(practice()))}),
                                                             options);
        QVERIFY2(summary.has_value(), summary ? "" : qPrintable(summary.error().message));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void statusSaysHowOldTheDataIs_data()
    {
        QTest::addColumn<int>("hoursOld");
        QTest::addColumn<int>("age");
        QTest::addColumn<QString>("colour");
        QTest::newRow("2 h: normal") << 2 << int(SnapshotStatus::Age::Fresh) << QString();
        QTest::newRow("30 h: amber") << 30 << int(SnapshotStatus::Age::Stale) << QString("#ffc94d");
        QTest::newRow("80 h: red") << 80 << int(SnapshotStatus::Age::Old) << QString("#b00020");
        QTest::newRow("none") << -1 << int(SnapshotStatus::Age::None) << QString("#ffc94d");
    }

    void statusSaysHowOldTheDataIs()
    {
        QFETCH(int, hoursOld);
        QFETCH(int, age);
        QFETCH(QString, colour);
        static int n = 0;
        auto created = Vault::create(m_dir.filePath(QStringLiteral("status%1/v.vault").arg(++n)), "Dr S", secret(kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        Vault& vault = *created->vault;
        const QDateTime taken = m_clock.nowUtc().addSecs(-3600LL * hoursOld);
        if (hoursOld >= 0) {
            auto q = vault.db().prepare("INSERT INTO meta (key, value) VALUES ('snapshot_utc', ?)");
            q->bind(1, taken.toString(Qt::ISODate));
            QVERIFY(q->run());
        }
        SnapshotStatus status;
        status.refresh(vault, m_clock);
        QCOMPARE(int(status.age()), age);
        if (hoursOld >= 0) {
            const QDateTime local = taken.toLocalTime();
            QCOMPARE(status.text(), SnapshotStatus::tr("Data of %1 at %2").arg(local.toString("dd/MM/yyyy"), local.toString("HH:mm")));
            QVERIFY(status.toolTip().contains(QString::number(hoursOld)));
        } else {
            QCOMPARE(status.text(), SnapshotStatus::tr("No imported data"));
        }
        QVERIFY(!status.toolTip().isEmpty());
        if (colour.isEmpty())
            QVERIFY(!status.styleSheet().contains("background"));
        else
            QVERIFY2(status.styleSheet().contains(colour), qPrintable(status.styleSheet()));
    }

    void todaysAppointmentsListedInTimeOrderAndOpenTheChart()
    {
        auto s = unlockedSession();
        MainWindow* main = s->mainWindow();
        PatientWorkspace* ws = main->workspace();
        // The status bar says when the export was taken: 21/11 23:00, 32.5 hours ago: amber.
        QCOMPARE(main->snapshotStatus()->snapshotUtc(), m_taken);
        QCOMPARE(main->snapshotStatus()->age(), SnapshotStatus::Age::Stale);
        QVERIFY(main->snapshotStatus()->isVisible());

        AppointmentsWidget* appts = ws->appointments();
        QVERIFY(appts->isVisible());
        QTreeWidget* list = appts->list();
        QStringList times;
        QStringList names;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->flags() & Qt::ItemIsSelectable) {
                times << list->topLevelItem(i)->text(0);
                names << list->topLevelItem(i)->text(1);
            }
        const auto at = [](int h, int m) { return QDateTime(QDate(2026, 11, 23), QTime(h, m), Qt::UTC).toLocalTime().toString("HH:mm"); };
        QCOMPARE(times.size(), 5);  // four today, one tomorrow; yesterday's is not shown
        QCOMPARE(times.first(), at(8, 30) + QStringLiteral("–") + at(8, 45));
        QVERIFY(times.at(1).startsWith(at(9, 15)));
        QVERIFY(times.at(2).startsWith(at(10, 0)));
        QVERIFY(times.at(3).startsWith(at(14, 0)));
        QCOMPARE(names.mid(0, 4), (QStringList{"Hénin Zoé", "N'Diaye Fatou", "Martin Paul", "Évrard Noël"}));
        const QList<qint64> ids = appts->patientIds();
        QVERIFY(ids.at(0) && ids.at(1) && ids.at(3));
        QCOMPARE(ids.at(2), qint64(0));  // not in the export: no chart to open
        QVERIFY(appts->findChild<QLabel*>("appointmentsTitle")->text().contains("4"));

        // Typing a name shows the results instead; clearing brings the appointments back.
        QLineEdit* box = ws->searchWidget()->searchBox();
        QTest::keyClicks(box, "hen");
        QVERIFY(!appts->isVisible());
        QVERIFY(ws->searchWidget()->resultList()->isVisible());
        box->clear();
        QVERIFY(appts->isVisible());

        // A click on the first appointment opens Mme Hénin's chart, audited.
        QTreeWidgetItem* first = nullptr;
        for (int i = 0; i < list->topLevelItemCount() && !first; ++i)
            if (list->topLevelItem(i)->flags() & Qt::ItemIsSelectable)
                first = list->topLevelItem(i);
        QVERIFY(first);
        QCoreApplication::processEvents();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(first).center());
        QVERIFY(ws->chart()->hasPatient());
        QCOMPARE(ws->chart()->patient().id, ids.at(0));
        QCOMPARE(ws->chart()->patient().birthName, QStringLiteral("Hénin"));
        const AuditEntry entry = lastAuditEntry(*s->vault());
        QCOMPARE(entry.action, QStringLiteral("patient.view"));
        QCOMPARE(entry.objectId, QString::number(ids.at(0)));
        saveShot(*main, "status-appointments-fr.png");

        // The unlinked appointment opens nothing.
        QTreeWidgetItem* unlinked = list->findItems("Martin Paul", Qt::MatchExactly, 1).value(0);
        QVERIFY(unlinked);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(unlinked).center());
        QCOMPARE(ws->chart()->patient().id, ids.at(0));
    }

    void wizardCancelLeavesTheVaultUnchanged()
    {
        QList<QJsonObject> many;
        for (int i = 0; i < 1500; ++i)
            many << patient(QStringLiteral("bulk%1").arg(i), QStringLiteral("Durand%1").arg(i), "Jean", "1970-01-01", "male");
        const QString big = write("big.json", bundle(many));

        auto s = unlockedSession();
        const QString before = fingerprint(*s->vault());
        ImportWizard* wizard = openWizard(*s);
        wizard->setPaths({big});
        int calls = 0;
        connect(wizard, &ImportWizard::progressed, wizard, [&] {
            ++calls;
            wizard->cancelButton()->click();
        });
        wizard->startButton()->click();
        QCOMPARE(calls, 1);
        QCOMPARE(wizard->step(), ImportWizard::Step::Failed);
        QCOMPARE(wizard->resultLabel()->text(), ImportWizard::tr("Import cancelled: nothing was changed."));
        QCOMPARE(fingerprint(*s->vault()), before);
        QVERIFY(wizard->isVisible());  // Cancel during the import stops it, the dialog stays to say so
    }

    void wizardShowsTheSummaryPerType()
    {
        QList<QJsonObject> today = practice();
        today[1] = patient("p2", "N'Diaye", "Fatou", "1990-07-14", "female");
        today[1]["telecom"] = QJsonArray{QJsonObject{{"system", "phone"}, {"value", "06 12 34 56 78"}}};
        today << patient("p4", "Martin", "Paul", "1985-02-02", "male");
        const QString file = write("today.json", bundle(today));

        auto s = unlockedSession();
        const QString before = fingerprint(*s->vault());
        ImportWizard* wizard = openWizard(*s);
        wizard->resize(760, 440);
        wizard->setPaths({file});
        // A check first: nothing changes.
        wizard->dryRunBox()->setChecked(true);
        wizard->startButton()->click();
        QCOMPARE(wizard->step(), ImportWizard::Step::Done);
        QCOMPARE(fingerprint(*s->vault()), before);
        child<QPushButton>(wizard, "back")->click();
        wizard->dryRunBox()->setChecked(false);
        wizard->startButton()->click();
        QCOMPARE(wizard->step(), ImportWizard::Step::Done);
        QTableWidget* table = wizard->summaryView()->table();
        QStringList rows;
        for (int r = 0; r < table->rowCount(); ++r)
            rows << QStringList{table->item(r, 0)->data(Qt::UserRole).toString(), table->item(r, 1)->text(), table->item(r, 2)->text(),
                                table->item(r, 3)->text()}.join(u' ');
        QVERIFY2(rows.contains("Patient 1 1 2"), qPrintable(rows.join(" | ")));
        QVERIFY2(rows.contains("Appointment 0 0 6"), qPrintable(rows.join(" | ")));
        QVERIFY(!wizard->summaryView()->lines().isEmpty());
        QVERIFY(*s->patientStore()->count() == 4);
        // The status bar follows the import (taken now).
        QCOMPARE(s->mainWindow()->snapshotStatus()->snapshotUtc(), m_clock.nowUtc());
        QCOMPARE(s->mainWindow()->snapshotStatus()->age(), SnapshotStatus::Age::Fresh);
        saveShot(*wizard, "import-summary-fr.png");
        child<QPushButton>(wizard, "closeImport")->click();
    }

    void malformedFileShowsTheNamedError()
    {
        QList<QJsonObject> broken = practice();
        broken[4].remove("start");  // r1, entry 4
        const QString file = write("broken.json", bundle(broken));
        auto s = unlockedSession();
        const QString before = fingerprint(*s->vault());
        ImportWizard* wizard = openWizard(*s);
        wizard->resize(760, 440);
        wizard->setPaths({file});
        wizard->startButton()->click();
        QCOMPARE(wizard->step(), ImportWizard::Step::Failed);
        const QString text = wizard->resultLabel()->text();
        for (const QString& part : {QString("broken.json"), QString("4"), QString("start"), QString("r1")})
            QVERIFY2(text.contains(part), qPrintable(text + " — missing: " + part));
        QVERIFY(wizard->resultLabel()->styleSheet().contains("#b00020"));
        QCOMPARE(fingerprint(*s->vault()), before);
        saveShot(*wizard, "import-error-fr.png");

        // Back to the files: another try is possible.
        child<QPushButton>(wizard, "back")->click();
        QCOMPARE(wizard->step(), ImportWizard::Step::Choose);
        QVERIFY(wizard->startButton()->isVisible());
    }

    void sealedSnapshotMergedAtUnlock()
    {
        const QString inbox = Inbox::defaultDir(m_path);
        {
            auto opened = Vault::open(m_path, secret(kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(opened);
            QVERIFY(Inbox::publish(**opened, inbox));
        }
        const QString file = write("night.json", bundle({patient("p9", "Lefèvre", "Anne", "1962-06-30", "female"),
                                                         appointment("r9", "2026-11-23T16:00:00Z", "2026-11-23T16:15:00Z", "p9",
                                                                     "Lefèvre Anne", "Suivi tension")}));
        auto sealed = Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({file}));
        QVERIFY2(sealed.has_value(), sealed ? "" : qPrintable(sealed.error().message));
        // And one damaged: kept, its error in the message bar.
        const QString damaged = inbox + "/snapshot-zz-damaged.sealed";
        QVERIFY(QFile::copy(*sealed, damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek(f.size() - 20);
            f.write("xxxxxxxxxxxxxxxxxxxx");
        }
        QCOMPARE(Inbox::pending(inbox).size(), 2);

        auto s = unlockedSession();
        InboxMergeDialog* merge = s->mergeDialog();
        QVERIFY(merge);
        QVERIFY(merge->isVisible());
        // A full export without the four patients of the earlier ones: said, and asked, before the commit.
        QTRY_VERIFY_WITH_TIMEOUT(merge->confirmAbsentButton()->isVisible(), 30000);
        QVERIFY(merge->isBusy());
        QVERIFY2(merge->messageLabel()->text().contains("4 patients de Relais"), qPrintable(merge->messageLabel()->text()));
        saveShot(*merge, "merge-absent-question-fr.png");
        merge->confirmAbsentButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!merge->isBusy(), 30000);
        // The import ran on the merge's worker, not on the GUI thread.
        QVERIFY(merge->mergeThread());
        QVERIFY(merge->mergeThread() != QCoreApplication::instance()->thread());
        QTableWidget* table = merge->summaryView()->table();
        QVERIFY(table->isVisible());
        QVERIFY(!merge->summaryView()->lines().isEmpty());
        QCOMPARE(table->item(1, 0)->data(Qt::UserRole).toString(), QStringLiteral("Patient"));
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("1"));
        // The damaged one is set aside, said in the dialog and in the message bar.
        QVERIFY(Inbox::pending(inbox).isEmpty());
        QVERIFY(QFile::exists(damaged + ".failed"));
        QVERIFY(merge->errorsLabel()->isVisible());
        QVERIFY(merge->errorsLabel()->text().contains("snapshot-zz-damaged.sealed"));
        MessageBar* bar = s->mainWindow()->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains("snapshot-zz-damaged.sealed"), qPrintable(bar->text()));
        // The new patient and the appointment are there at once.
        QVERIFY(!s->mainWindow()->workspace()->appointments()->list()->findItems("Lefèvre Anne", Qt::MatchExactly, 1).isEmpty());
        saveShot(*merge, "merge-summary-fr.png");
        child<QPushButton>(merge, "closeMerge")->click();
        QTRY_VERIFY(!s->mergeDialog());
    }

    // Cancel at the question: nobody is marked, the export stays for the next unlock.
    void cancelAtTheAbsentQuestionKeepsTheExport()
    {
        const QString inbox = Inbox::defaultDir(m_path);
        auto sealed = Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("lone.json", bundle({patient("p1", "Hénin", "Zoé", "1954-03-12", "female")}))}));
        QVERIFY(sealed);
        QString before;
        {
            auto opened = Vault::open(m_path, secret(kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(opened);
            before = fingerprint(**opened) + (*opened)->db().scalar("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL")->toString();
        }
        auto s = unlockedSession();
        InboxMergeDialog* merge = s->mergeDialog();
        QVERIFY(merge);
        QTRY_VERIFY_WITH_TIMEOUT(merge->confirmAbsentButton()->isVisible(), 30000);
        merge->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!merge->isBusy(), 30000);
        QVERIFY(merge->merged().cancelled);
        QVERIFY(Inbox::pending(inbox).contains(*sealed));
        QCOMPARE(fingerprint(*s->vault()) + s->vault()->db().scalar("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL")->toString(),
                 before);
        QVERIFY(s->patientStore());
        child<QPushButton>(merge, "closeMerge")->click();
        QTRY_VERIFY(!s->mergeDialog());
        s->lock();
        s.reset();

        // The question left unanswered: the vault locks itself as usual, nothing is marked.
        auto idle = unlockedSession();
        QVERIFY(idle->mergeDialog());
        QTRY_VERIFY_WITH_TIMEOUT(idle->mergeDialog()->confirmAbsentButton()->isVisible(), 30000);
        m_clock.advanceSecs(idle->idleTimer().delaySecs() + 1);
        idle->checkIdle();
        QVERIFY(idle->isLocked());
        QVERIFY(Inbox::pending(inbox).contains(*sealed));
        m_clock.advanceSecs(-(idle->idleTimer().delaySecs() + 1));
        idle.reset();
        {
            auto opened = Vault::open(m_path, secret(kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(opened);
            QCOMPARE(fingerprint(**opened) + (*opened)->db().scalar("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL")->toString(),
                     before);
        }
        QFile::remove(*sealed);  // not for the next tests
    }

    // A sealed file nested 150,000 levels deep (it crashed Relais at every unlock): the unlock
    // goes through, the patients are there, the file is set aside with its reason shown once,
    // and the next unlock does not try it again.
    void deeplyNestedSnapshotIsSetAsideOnce()
    {
        const QString inbox = Inbox::defaultDir(m_path);
        const QByteArray line = R"({"resourceType":"Patient","id":"p8","extension":)" + QByteArray(150000, '[') + QByteArray(150000, ']') + "}\n";
        auto sealed = Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("Patient.ndjson", line)}));
        QVERIFY(sealed);
        QString before;
        {
            auto opened = Vault::open(m_path, secret(kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(opened);
            before = fingerprint(**opened);
        }
        auto s = unlockedSession();
        InboxMergeDialog* merge = s->mergeDialog();
        QVERIFY(merge);
        QTRY_VERIFY_WITH_TIMEOUT(!merge->isBusy(), 30000);
        QVERIFY(merge->errorsLabel()->isVisible());
        const QString shown = merge->errorsLabel()->text();
        for (const QString& part : QStringList{QFileInfo(*sealed).fileName(), "Patient.ndjson", "ligne 1", "64"})
            QVERIFY2(shown.contains(part), qPrintable(shown + " — missing: " + part));
        MessageBar* bar = s->mainWindow()->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QFileInfo(*sealed).fileName()) && bar->text().contains("64"), qPrintable(bar->text()));
        saveShot(*merge, "merge-quarantine-fr.png");
        child<QPushButton>(merge, "closeMerge")->click();
        QTRY_VERIFY(!s->mergeDialog());
        saveShot(*s->mainWindow(), "merge-quarantine-message-fr.png");
        // Nothing changed, and the patients are reachable.
        QCOMPARE(fingerprint(*s->vault()), before);
        QVERIFY(s->patientStore());
        QLineEdit* box = s->mainWindow()->workspace()->searchWidget()->searchBox();
        QTest::keyClicks(box, "henin");
        QTRY_VERIFY(s->mainWindow()->workspace()->searchWidget()->resultList()->model()->rowCount() > 0);
        QVERIFY(Inbox::pending(inbox).isEmpty());
        QVERIFY(QFile::exists(*sealed + ".failed"));

        // The next unlock: no merge, no message about it.
        s->lock();
        s.reset();
        auto again = unlockedSession();
        QVERIFY(!again->mergeDialog());
        QVERIFY(again->patientStore());
        QVERIFY(!again->mainWindow()->messageBar()->text().contains(QFileInfo(*sealed).fileName()));
    }

    void cancellingTheMergeKeepsTheSnapshotForLater()
    {
        const QString inbox = Inbox::defaultDir(m_path);
        QList<QJsonObject> many;
        for (int i = 0; i < 1500; ++i)
            many << patient(QStringLiteral("night%1").arg(i), QStringLiteral("Petit%1").arg(i), "Jean", "1970-01-01", "male");
        auto sealed = Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("big-night.json", bundle(many))}));
        QVERIFY(sealed);
        QString before;
        {
            auto opened = Vault::open(m_path, secret(kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(opened);
            before = fingerprint(**opened);
        }
        // The merge runs on its thread after the unlock; Cancel is pressed at once, well before
        // its first check (after 1000 records).
        auto session = std::make_unique<SessionController>(m_path, m_clock, KdfParams::fastForTests());
        session->start();
        test::unlock(*session, kPassphrase, QSize());
        InboxMergeDialog* merge = session->mergeDialog();
        QVERIFY(merge);
        QVERIFY(merge->isBusy());
        QVERIFY(!session->patientStore());  // the session waits for the merge before it reads the vault
        merge->cancelButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!merge->isBusy(), 30000);
        QVERIFY(merge->merged().cancelled);
        QVERIFY(merge->merged().quarantined.isEmpty());
        QCOMPARE(merge->messageLabel()->text(),
                 InboxMergeDialog::tr("Merge cancelled: the export not yet merged stays in the inbox for the next unlock."));
        QVERIFY(Inbox::pending(inbox).contains(*sealed));
        QCOMPARE(fingerprint(*session->vault()), before);
        QVERIFY(session->patientStore());  // the GP works on; the export waits for the next unlock
    }
};

QTEST_MAIN(TstSnapshotGui)
#include "tst_snapshot_gui.moc"
