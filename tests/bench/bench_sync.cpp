// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-back after an outage: the encrypted export of N outage consultations (FHIR Bundles, one
// PDF report each, worksheet, manifest), in seconds and consultations a second. Target: 10,000
// in ≤ 10 s. With a FHIR base URL as argument (e.g. the loopback test server of
// tests/sync/fhir-server), also the push of the first 1,000 consultations' Bundles.
//   bench_sync [CONSULTATIONS] [http://127.0.0.1:PORT/]
#include "common/Clock.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "records/PatientStore.h"
#include "sync/FhirClient.h"
#include "sync/Handover.h"
#include "sync/Outbox.h"
#include "vault/Sqlite.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

using namespace relais;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int n = args.size() > 1 ? args.at(1).toInt() : 10000;
    const QString url = args.size() > 2 ? args.at(2) : QString();
    QTemporaryDir dir;
    FakeClock clock;
    QByteArray pw("bench passphrase for sync");
    auto created = Vault::create(dir.filePath(u"b.vault"_s), u"Dr B"_s, SecureBytes::takeFrom(pw), KdfParams::fastForTests(), clock);
    if (!created) {
        out << created.error().message << Qt::endl;
        return 1;
    }
    Vault& vault = *created->vault;
    Practitioner d;
    d.surname = u"Roche"_s;
    d.givenNames = u"Camille"_s;
    d.title = u"Docteur en médecine"_s;
    d.specialty = u"Médecine générale"_s;
    d.rpps = u"10001234565"_s;
    d.amNumber = u"691234567"_s;
    d.address = u"12 rue des Tanneurs\n69003 Lyon"_s;
    d.city = u"Lyon"_s;
    d.phone = u"04 78 12 34 56"_s;
    d.email = u"cabinet.roche@example.fr"_s;
    if (auto r = PractitionerStore(vault).create(d); !r) {
        out << r.error().message << Qt::endl;
        return 1;
    }
    // One consultation per patient, half of the patients created in Relais.
    QElapsedTimer fill;
    fill.start();
    {
        Transaction tx(vault.db());
        (void)tx.begin();
        PatientStore ps(vault);
        ConsultationStore cs(vault);
        for (int i = 0; i < n; ++i) {
            Patient p;
            p.birthName = u"Patient%1"_s.arg(i);
            p.firstGivenName = u"Zoé"_s;
            p.birthGivenNames = {p.firstGivenName};
            p.sex = i % 2 ? Sex::Male : Sex::Female;
            p.birthDate = QDate(1940 + i % 70, 1 + i % 12, 1 + i % 28);
            p.origin = i % 2 ? Origin::Local : Origin::Imported;
            p.sourceId = i % 2 ? QString() : u"ehr-%1"_s.arg(i);
            p.changedLocally = i % 2;
            p.createdUtc = p.updatedUtc = clock.nowUtc();
            auto pid = ps.insertRaw(p);
            if (!pid) {
                out << pid.error().message << Qt::endl;
                return 1;
            }
            Consultation c;
            c.patientId = *pid;
            c.status = Consultation::Status::Final;
            c.startedUtc = c.finalisedUtc = clock.nowUtc();
            c.revision = 1;
            c.toSend = true;
            c.reason = u"Toux fébrile"_s;
            c.examination = u"Crépitants base droite, SpO2 95 %"_s;
            c.conclusion = u"Pneumopathie probable"_s;
            c.plan = u"Amoxicilline 1 g × 3 / j pendant 7 jours"_s;
            c.vitals.weightKg = 70;
            c.vitals.systolic = 130;
            c.vitals.diastolic = 80;
            c.vitals.heartRate = 80;
            c.vitals.temperatureC = 38.2;
            c.diagnoses = {Diagnosis{u"Pneumopathie"_s, u"J18.9"_s}};
            if (auto r = cs.insertRaw(c); !r) {
                out << r.error().message << Qt::endl;
                return 1;
            }
        }
        (void)tx.commit();
    }
    out << "vault filled: " << n << " consultations in " << fill.elapsed() / 1000.0 << " s" << Qt::endl;

    QByteArray ep("another export passphrase");
    QElapsedTimer t;
    t.start();
    auto s = Handover::exportTo(vault, dir.filePath(u"out"_s), SecureBytes::takeFrom(ep), KdfParams::fastForTests());
    const double secs = t.nsecsElapsed() / 1e9;
    if (!s) {
        out << s.error().message << Qt::endl;
        return 1;
    }
    out << "export: " << s->consultations << " consultations, " << s->files << " files, "
        << QFileInfo(s->archivePath).size() / (1024 * 1024) << " MiB in " << secs << " s = "
        << qRound(s->consultations / secs) << " consultations/s (target: 10000 in <= 10 s)" << Qt::endl;

    if (!url.isEmpty()) {
        // Only the first 1,000 patients (one consultation each) are due.
        (void)vault.db().exec(u"UPDATE outbox SET state = 'conflict' WHERE patient_id > 1000"_s);
        FhirClient client(vault, FhirClient::Config{QUrl(url), {}, 60000});
        QElapsedTimer p;
        p.start();
        auto r = client.syncDue();
        const double psecs = p.nsecsElapsed() / 1e9;
        if (!r) {
            out << r.error().message << Qt::endl;
            return 1;
        }
        out << "push: " << r->acknowledged << " Bundles accepted, " << r->failed << " failed, in " << psecs << " s = "
            << qRound(r->acknowledged / psecs) << " Bundles/s" << Qt::endl;
    }
    return 0;
}
