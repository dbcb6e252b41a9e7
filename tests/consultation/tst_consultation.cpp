// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "consultation/ConsultationStore.h"
#include "consultation/DraftAutosave.h"
#include "demo/DemoData.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

Q_DECLARE_METATYPE(relais::Vitals::Field)

class TestConsultation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    qint64 m_patient = 0;

    QStringList actionsSince(qint64 seq)
    {
        QStringList out;
        const auto entries = m_vault->audit().entries(seq);
        for (const AuditEntry& e : *entries)
            out.append(e.action);
        return out;
    }
    qint64 lastSeq() { return m_vault->audit().entries(0, 1000000)->last().seq; }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto c = Vault::create(m_dir.filePath(QStringLiteral("c.vault")), QStringLiteral("Dr C"), secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        Patient p;
        p.birthName = QStringLiteral("Hénin");
        p.firstGivenName = QStringLiteral("Zoé");
        p.birthGivenNames = {p.firstGivenName};
        p.sex = Sex::Female;
        p.birthDate = QDate(1954, 3, 12);
        auto id = PatientStore(*m_vault).create(p, IdentityStatus::Prov);
        QVERIFY(id);
        m_patient = *id;
    }

    void vitals_data()
    {
        QTest::addColumn<relais::Vitals::Field>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");  // 0 ok, 1 warning, 2 refused
        using F = Vitals::Field;
        QTest::newRow("weight 72") << F::Weight << 72.0 << 0;
        QTest::newRow("weight newborn 3.2") << F::Weight << 3.2 << 0;
        QTest::newRow("weight 280 unusual") << F::Weight << 280.0 << 1;
        QTest::newRow("weight 0 impossible") << F::Weight << 0.0 << 2;
        QTest::newRow("weight 720 impossible") << F::Weight << 720.0 << 2;
        QTest::newRow("height 176") << F::Height << 176.0 << 0;
        QTest::newRow("height 230 unusual") << F::Height << 230.0 << 1;
        QTest::newRow("height 1.76 (metres typed)") << F::Height << 1.76 << 2;
        QTest::newRow("systolic 300+ impossible") << F::Systolic << 320.0 << 2;
        QTest::newRow("heart rate 72") << F::HeartRate << 72.0 << 0;
        QTest::newRow("heart rate 190 unusual") << F::HeartRate << 190.0 << 1;
        QTest::newRow("heart rate 400 impossible") << F::HeartRate << 400.0 << 2;
        QTest::newRow("temperature 37.2") << F::Temperature << 37.2 << 0;
        QTest::newRow("temperature 41.5 unusual") << F::Temperature << 41.5 << 1;
        QTest::newRow("temperature 98.6 (Fahrenheit)") << F::Temperature << 98.6 << 2;
        QTest::newRow("SpO2 97") << F::SpO2 << 97.0 << 0;
        QTest::newRow("SpO2 82 unusual") << F::SpO2 << 82.0 << 1;
        QTest::newRow("SpO2 101 impossible") << F::SpO2 << 101.0 << 2;
        QTest::newRow("glucose 1.05") << F::Glucose << 1.05 << 0;
        QTest::newRow("glucose 4.5 unusual") << F::Glucose << 4.5 << 1;
        QTest::newRow("glucose 105 (mg/dL typed)") << F::Glucose << 105.0 << 2;
    }

    void vitals()
    {
        QFETCH(relais::Vitals::Field, field);
        QFETCH(double, value);
        QFETCH(int, expected);
        Vitals v;
        v.value(field) = value;
        QList<Vitals::Issue> issues;
        for (const Vitals::Issue& i : v.check())
            if (i.field == field)
                issues.append(i);
        QCOMPARE(issues.size(), expected == 0 ? 0 : 1);
        if (expected) {
            QCOMPARE(issues.first().blocking, expected == 2);
            QVERIFY2(issues.first().message.startsWith(Vitals::fieldName(field)), qPrintable(issues.first().message));
        }
        QCOMPARE(v.acceptable(), expected != 2);
    }

    void bloodPressurePairs()
    {
        Vitals v;
        v.systolic = 135;
        v.diastolic = 85;
        QVERIFY(v.check().isEmpty());
        v.diastolic = 140;  // inverted
        QVERIFY(!v.acceptable());
        v.diastolic.reset();
        QCOMPARE(v.check().size(), 1);  // only one of the pair: a warning
        QVERIFY(v.acceptable());
    }

    void bmiIsComputed()
    {
        Vitals v;
        QVERIFY(!v.bmi());
        v.weightKg = 82;
        v.heightCm = 176;
        QCOMPARE(*v.bmi(), 26.5);
        QCOMPARE(Vitals::fromJson(v.toJson()).bmi(), v.bmi());
    }

    void lifecycleKeepsEveryVersion()
    {
        ConsultationStore store(*m_vault);
        const qint64 before = lastSeq();
        auto id = store.start(m_patient);
        QVERIFY(id);
        auto c = store.get(*id);
        QCOMPARE(c->status, Consultation::Status::Draft);
        QCOMPARE(c->startedUtc, m_clock.nowUtc());
        QCOMPARE(c->slot, m_vault->slotId());
        QVERIFY(!c->toSend);

        c->reason = QStringLiteral("Toux fébrile depuis 3 jours");
        c->examination = QStringLiteral("Crépitants base droite");
        c->vitals.temperatureC = 38.9;
        c->vitals.spo2 = 94;
        c->diagnoses = {{QStringLiteral("Pneumopathie"), QStringLiteral("J18.9")}};
        QVERIFY(store.saveDraft(*c));
        QCOMPARE(store.drafts(m_patient)->size(), 1);

        m_clock.advanceSecs(600);
        QVERIFY(store.finalise(*id));
        QVERIFY(!store.saveDraft(*c));  // a final consultation is no draft
        QVERIFY(!store.finalise(*id));
        auto fin = store.get(*id);
        QCOMPARE(fin->status, Consultation::Status::Final);
        QCOMPARE(fin->revision, 1);
        QVERIFY(fin->toSend);
        QCOMPARE(fin->diagnoses.first().cim10, QStringLiteral("J18.9"));
        QVERIFY(store.drafts(m_patient)->isEmpty());

        Consultation edited = *fin;
        edited.conclusion = QStringLiteral("Pneumopathie franche lobaire");
        QVERIFY(!store.correct(edited, QString()));       // a reason is required
        QVERIFY(!store.correct(*fin, QStringLiteral("x")));  // nothing changed
        QVERIFY(store.correct(edited, QStringLiteral("conclusion précisée")));
        edited.vitals.temperatureC = 39.1;
        QVERIFY(store.correct(edited, QStringLiteral("température recopiée")));

        auto revs = store.revisions(*id);
        QVERIFY(revs);
        QCOMPARE(revs->size(), 3);
        QCOMPARE(revs->at(0).content.conclusion, QString());
        QCOMPARE(revs->at(1).content.conclusion, QStringLiteral("Pneumopathie franche lobaire"));
        QCOMPARE(*revs->at(1).content.vitals.temperatureC, 38.9);
        QCOMPARE(*revs->at(2).content.vitals.temperatureC, 39.1);
        QCOMPARE(revs->at(2).why, QStringLiteral("température recopiée"));
        QCOMPARE(store.get(*id)->revision, 3);
        // The kept versions cannot be rewritten.
        QVERIFY(!m_vault->db().exec(QStringLiteral("UPDATE consultation_revision SET content = '{}'")));
        QCOMPARE(actionsSince(before), (QStringList{"consultation.create", "consultation.finalise", "consultation.correct",
                                                    "consultation.correct"}));
    }

    void finaliseRefusesImpossibleValues()
    {
        ConsultationStore store(*m_vault);
        auto id = store.start(m_patient);
        auto c = store.get(*id);
        QVERIFY(!store.finalise(*id));  // no reason yet
        c->reason = QStringLiteral("Contrôle tension");
        c->vitals.systolic = 350;
        c->vitals.diastolic = 80;
        QVERIFY(store.saveDraft(*c));  // a draft may hold anything while typed
        auto r = store.finalise(*id);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("Systolic")));
        c->vitals.systolic = 150;
        QVERIFY(store.saveDraft(*c));
        QVERIFY(store.finalise(*id));
        QVERIFY(store.discardDraft(*id).error().message.contains(QLatin1String("not a draft")));
    }

    void timelineOrdersImportedAndLocal()
    {
        Patient p;
        p.birthName = QStringLiteral("Timeline");
        p.firstGivenName = QStringLiteral("Tom");
        p.birthDate = QDate(1970, 1, 1);
        p.sex = Sex::Male;
        const qint64 pid = *PatientStore(*m_vault).create(p, IdentityStatus::Prov);
        ConsultationStore store(*m_vault);
        const auto imported = [&](const QString& src, const QDateTime& at, const QString& reason) {
            Consultation c;
            c.patientId = pid;
            c.origin = Origin::Imported;
            c.sourceId = src;
            c.status = Consultation::Status::Final;
            c.startedUtc = at;
            c.finalisedUtc = at;
            c.reason = reason;
            return store.insertRaw(c);
        };
        QVERIFY(imported(QStringLiteral("enc-1"), QDateTime(QDate(2025, 3, 1), QTime(10, 0), Qt::UTC), QStringLiteral("Vaccin")));
        QVERIFY(imported(QStringLiteral("enc-2"), QDateTime(QDate(2026, 9, 15), QTime(10, 0), Qt::UTC), QStringLiteral("Angine")));
        m_clock.set(QDateTime(QDate(2026, 11, 24), QTime(8, 30), Qt::UTC));
        auto local = store.start(pid);
        auto c = store.get(*local);
        c->reason = QStringLiteral("Lombalgie");
        c->vitals.weightKg = 80;
        c->vitals.systolic = 130;
        c->vitals.diastolic = 80;
        QVERIFY(store.saveDraft(*c));
        QVERIFY(store.finalise(*local));
        QVERIFY(!imported(QStringLiteral("enc-1"), m_clock.nowUtc(), QStringLiteral("dup")));  // same source id twice

        auto t = store.timeline(pid);
        QVERIFY(t);
        QCOMPARE(t->size(), 3);
        QCOMPARE(t->at(0).reason, QStringLiteral("Lombalgie"));
        QCOMPARE(t->at(0).origin, Origin::Local);
        QCOMPARE(t->at(1).reason, QStringLiteral("Angine"));
        QCOMPARE(t->at(1).origin, Origin::Imported);
        QCOMPARE(t->at(2).reason, QStringLiteral("Vaccin"));
        auto h = store.vitalHistory(pid);
        QCOMPARE(h->size(), 1);
        QCOMPARE(*h->first().weightKg, 80.0);
        QCOMPARE(*h->first().systolic, 130.0);
    }

    void demoDataHasHistoryAndOutageConsultations()
    {
        QTemporaryDir dir;
        auto c = Vault::create(dir.filePath(QStringLiteral("d.vault")), QStringLiteral("Dr D"), secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        QVERIFY(DemoData(3).fill(*c->vault, 200, m_clock.nowUtc()));
        Database& db = c->vault->db();
        const int imported = db.scalar(QStringLiteral("SELECT count(*) FROM consultation WHERE origin = 'imported' AND to_send = 0"))->toInt();
        const int outage = db.scalar(QStringLiteral("SELECT count(*) FROM consultation WHERE origin = 'local' AND status = 'final' "
                                                    "AND to_send = 1 AND started_utc >= '%1'")
                                         .arg(m_clock.nowUtc().addDays(-2).toString(Qt::ISODateWithMs)))
                                 ->toInt();
        QVERIFY2(imported > 100, qPrintable(QString::number(imported)));
        QVERIFY2(outage > 10, qPrintable(QString::number(outage)));
        // Every outage consultation has its first version kept.
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM consultation c WHERE origin = 'local' AND NOT EXISTS "
                                          "(SELECT 1 FROM consultation_revision r WHERE r.consultation_id = c.id AND r.revision = 1)"))->toInt(),
                 0);
        QCOMPARE(db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_utc'"))->toString(),
                 QDateTime(m_clock.nowUtc().date().addDays(-1), QTime(22, 0), Qt::UTC).toString(Qt::ISODate));
        QVERIFY(c->vault->checkIntegrity().ok);
    }

    void autosaveEveryFiveSecondsAndOnFocus()
    {
        ConsultationStore store(*m_vault);
        auto id = store.start(m_patient);
        auto c = *store.get(*id);
        DraftAutosave autosave(store, m_clock);
        c.reason = QStringLiteral("T");
        QCOMPARE(*autosave.edited(c), false);  // first change: the 5 s start now
        m_clock.advanceSecs(3);
        c.reason = QStringLiteral("To");
        QCOMPARE(*autosave.edited(c), false);
        QCOMPARE(store.get(*id)->reason, QString());
        m_clock.advanceSecs(2);
        QCOMPARE(*autosave.tick(), true);  // typing stopped: the timer saves
        QCOMPARE(store.get(*id)->reason, QStringLiteral("To"));
        QVERIFY(!autosave.pending());
        c.reason = QStringLiteral("Tou");
        QCOMPARE(*autosave.edited(c), false);
        QCOMPARE(*autosave.flush(), true);  // focus change
        QCOMPARE(store.get(*id)->reason, QStringLiteral("Tou"));
        QCOMPARE(*autosave.flush(), false);  // nothing pending
    }

    void autosaveSurvivesSigkill()
    {
        const QString path = m_dir.filePath(QStringLiteral("c.vault"));
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator rng(seed);
        for (int run = 0; run < 12; ++run) {
            qint64 draftId = 0;
            {
                auto id = ConsultationStore(*m_vault).start(m_patient);
                QVERIFY(id);
                draftId = *id;
            }
            m_vault->lock();  // the child owns the vault while typing
            QProcess typist;
            typist.start(QStringLiteral(DRAFT_TYPIST_PATH), {path, QString::fromLatin1(test::kPassphrase), QString::number(draftId)});
            QVERIFY(typist.waitForStarted());
            const int killAt = int(rng.bounded(10, 400));
            int typed = 0;
            while (typed < killAt) {
                if (!typist.canReadLine() && !typist.waitForReadyRead(20000))
                    QFAIL("typist stopped");
                while (typist.canReadLine())
                    typed = std::max(typed, typist.readLine().trimmed().split(' ').value(1).toInt());
            }
            typist.kill();
            QVERIFY(typist.waitForFinished());
            for (const QByteArray& line : typist.readAllStandardOutput().split('\n'))
                if (line.startsWith("typed "))
                    typed = std::max(typed, line.split(' ').value(1).toInt());

            auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
            m_vault = std::move(*v);
            auto drafts = ConsultationStore(*m_vault).drafts(m_patient);
            QVERIFY(drafts);
            const auto it = std::find_if(drafts->cbegin(), drafts->cend(), [&](const Consultation& d) { return d.id == draftId; });
            QVERIFY(it != drafts->cend());  // reopening offers the draft
            const QString saved = it->reason;
            QString expected;
            for (int n = 1; n <= saved.size(); ++n)
                expected.append(QChar(u'a' + n % 26));
            QCOMPARE(saved, expected);  // what was saved is exactly what was typed
            // At most 5 s of typing (25 keystrokes at 200 ms) lost.
            qInfo("run %d: typed %d, saved %d", run, typed, int(saved.size()));
            QVERIFY2(typed - saved.size() <= 25, qPrintable(QStringLiteral("typed %1, saved %2").arg(typed).arg(saved.size())));
            QVERIFY(m_vault->checkIntegrity().ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestConsultation)
#include "tst_consultation.moc"
