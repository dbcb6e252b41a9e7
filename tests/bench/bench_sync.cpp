// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-back after an outage: the encrypted export of N outage consultations (FHIR Bundles, one
// PDF report each, worksheet, manifest), in seconds and consultations a second. Target: 10,000
// in ≤ 10 s. The reports are rendered when each consultation is finalised (printed first, as a
// cost per consultation). Then the push of the first PUSH consultations' Bundles to the loopback
// medplum server of tests/sync/fhir-server (started here; needs node and npm), beside baselines.
//   bench_sync [CONSULTATIONS=10000] [PUSH=1000]   (PUSH 0: no push)
#include "FakeClock.h"
#include "common/Clock.h"
#include "consultation/ConsultationReportStore.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "sync/FhirClient.h"
#include "sync/FhirExport.h"
#include "sync/Handover.h"
#include "sync/Outbox.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QNetworkAccessManager>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTextStream>

#include "../sync/FhirTestServer.h"

#include <sodium.h>

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
    const int pushCount = args.size() > 2 ? args.at(2).toInt() : 1000;
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

    // The work moved out of the export: each report is rendered and kept when its consultation is
    // finalised (ConsultationStore::finalise calls this), one at a time while the GP closes it.
    {
        ConsultationReportStore reports(vault);
        QElapsedTimer k;
        k.start();
        qint64 bytes = 0;
        Transaction tx(vault.db());
        (void)tx.begin();
        for (qint64 id = 1; id <= n; ++id) {
            auto pdf = reports.keep(id);
            if (!pdf) {
                out << pdf.error().message << Qt::endl;
                return 1;
            }
            bytes += pdf->size();
        }
        (void)tx.commit();
        const double ksecs = k.nsecsElapsed() / 1e9;
        out << "finalisation (paid per consultation when it is closed): report rendered and kept, " << n << " in " << ksecs
            << " s = " << ksecs * 1000 / n << " ms per consultation, " << bytes / n / 1024 << " KiB per PDF" << Qt::endl;
    }

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
    {
        // Baseline in the same run: as many bytes as the archive, encrypted with the same
        // secretstream in 1 MiB frames and written to a file renamed at the end (QSaveFile), with
        // nothing to read from the vault, build, hash or compress.
        const qint64 size = QFileInfo(s->archivePath).size();
        QByteArray chunk(1 << 20, 'x');
        QByteArray cipher(chunk.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
        unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
        crypto_secretstream_xchacha20poly1305_keygen(key);
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_state state;
        QElapsedTimer b;
        b.start();
        QSaveFile bare(dir.filePath(u"bare.bin"_s));
        if (!bare.open(QIODevice::WriteOnly))
            return 1;
        crypto_secretstream_xchacha20poly1305_init_push(&state, header, key);
        bare.write(reinterpret_cast<const char*>(header), sizeof header);
        for (qint64 written = 0; written < size; written += chunk.size()) {
            unsigned long long len = 0;
            crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), &len,
                                                       reinterpret_cast<const unsigned char*>(chunk.constData()), chunk.size(),
                                                       nullptr, 0, written + chunk.size() >= size ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
            bare.write(cipher.constData(), qint64(len));
        }
        bare.commit();
        sodium_memzero(key, sizeof key);
        const double bsecs = b.nsecsElapsed() / 1e9;
        out << "export baseline: the same " << size / (1024 * 1024) << " MiB encrypted (secretstream) and written bare in " << bsecs
            << " s; the export takes " << secs / bsecs << "x that" << Qt::endl;
    }

    if (pushCount > 0) {
        // Push of the first patients (one consultation each): the real medplum server of the sync
        // tests, a fresh instance per measurement. Baselines in the same run: the server's answer
        // to an empty transaction, and the same Bundles POSTed bare (no outbox bookkeeping).
        const int m = std::min(pushCount, n);
        // A connection per Bundle, as FhirClient does (and a reused one for the minimal
        // transaction: large bodies on a kept-alive connection wait ~40 ms for a delayed ACK).
        auto post = [](QNetworkAccessManager& reused, const QUrl& base, const QByteArray& body) {
            QNetworkAccessManager fresh;
            QNetworkAccessManager& nam = body.size() > 4096 ? fresh : reused;
            QNetworkRequest req(base);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(FhirExport::kMimeType));
            QNetworkReply* r = nam.post(req, body);
            QEventLoop loop;
            QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!r->isFinished())
                loop.exec();
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            r->deleteLater();
            return status;
        };
        auto storedCount = [&](QNetworkAccessManager& nam, const QUrl& base, const QString& type) {
            QNetworkReply* r = nam.get(QNetworkRequest(base.resolved(QUrl(type + u"?_summary=count"_s))));
            QEventLoop loop;
            QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!r->isFinished())
                loop.exec();
            const int total = QJsonDocument::fromJson(r->readAll()).object().value(u"total"_s).toInt(-1);
            r->deleteLater();
            return total;
        };
        // The server checks references: the EHR holds its own (imported) patients.
        QStringList ehrIds;
        if (auto q = vault.db().prepare(u"SELECT source_id FROM patient WHERE origin = 'imported' AND id <= ?"_s)) {
            q->bind(1, m);
            (void)q->each([&](const Statement& st) { ehrIds.append(st.text(0)); });
        }
        auto seed = [&](QNetworkAccessManager& nam, const QUrl& base) {
            for (const QString& id : std::as_const(ehrIds)) {
                QNetworkRequest req(base.resolved(QUrl(u"Patient/"_s + id)));
                req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(FhirExport::kMimeType));
                const QJsonObject patient{{u"resourceType"_s, u"Patient"_s}, {u"id"_s, id},
                                          {u"name"_s, QJsonArray{QJsonObject{{u"family"_s, id}}}}};
                QNetworkReply* r = nam.put(req, QJsonDocument(patient).toJson(QJsonDocument::Compact));
                QEventLoop loop;
                QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                if (!r->isFinished())
                    loop.exec();
                const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r->deleteLater();
                if (status != 200 && status != 201)
                    return false;
            }
            return true;
        };
        QString why;
        relais::test::FhirTestServer bare;
        if (!bare.start(&why)) {
            out << "push: skipped (" << why << ")" << Qt::endl;
            return 0;
        }
        QNetworkAccessManager nam;
        const QUrl bareUrl(bare.baseUrl());
        if (!seed(nam, bareUrl)) {
            out << "push: the server refused the EHR's patients" << Qt::endl;
            return 1;
        }
        // The router refuses a transaction without entries: one search entry is the smallest.
        const QByteArray empty = R"({"resourceType":"Bundle","type":"transaction","entry":[{"request":{"method":"GET","url":"Patient?_count=1"}}]})";
        QElapsedTimer e;
        e.start();
        for (int i = 0; i < 200; ++i)
            if (post(nam, bareUrl, empty) != 200) {
                out << "push: the server refused a minimal transaction" << Qt::endl;
                return 1;
            }
        out << "push baseline: minimal transaction (one search entry) answered in " << e.nsecsElapsed() / 1e6 / 200 << " ms" << Qt::endl;

        Outbox box(vault, vault.clock());
        FhirExport fhir(vault);
        QList<QByteArray> bodies;
        qint64 bytes = 0;
        QElapsedTimer b;
        b.start();
        for (qint64 pid = 1; pid <= m; ++pid) {
            auto entries = box.unsent(pid);
            auto pb = entries ? fhir.build(pid, *entries) : Result<PatientBundle>(std::unexpected(entries.error()));
            if (!pb) {
                out << pb.error().message << Qt::endl;
                return 1;
            }
            bodies.append(FhirExport::toJson(pb->bundle));
            bytes += bodies.last().size();
        }
        const double bsecs = b.nsecsElapsed() / 1e9;
        e.restart();
        QList<double> slice;  // seconds per tenth, to see the server slow down as it fills
        QElapsedTimer tenth;
        tenth.start();
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            if (const int st = post(nam, bareUrl, bodies.at(i)); st != 200) {
                out << "push baseline: HTTP " << st << " for Bundle " << i + 1 << Qt::endl;
                return 1;
            }
            if ((i + 1) % std::max<qsizetype>(1, bodies.size() / 10) == 0) {
                slice.append(tenth.nsecsElapsed() / 1e9);
                tenth.restart();
            }
        }
        const double esecs = e.nsecsElapsed() / 1e9;
        QStringList tenths;
        for (double secsOfTenth : std::as_const(slice))
            tenths << QString::number(secsOfTenth * 1000 / std::max<qsizetype>(1, bodies.size() / 10), 'f', 1);
        out << "push baseline: " << m << " Bundles built in " << bsecs << " s (" << bytes / m / 1024 << " KiB each), POSTed bare in "
            << esecs << " s = " << qRound(m / esecs) << " Bundles/s; ms per Bundle by tenth: " << tenths.join(u' ') << Qt::endl;
        out << "push baseline: server holds " << storedCount(nam, bareUrl, u"DocumentReference"_s) << " DocumentReference, "
            << storedCount(nam, bareUrl, u"Observation"_s) << " Observation" << Qt::endl;
        bare.stop();

        relais::test::FhirTestServer server;
        if (!server.start(&why)) {
            out << "push: skipped (" << why << ")" << Qt::endl;
            return 0;
        }
        if (!seed(nam, QUrl(server.baseUrl()))) {
            out << "push: the server refused the EHR's patients" << Qt::endl;
            return 1;
        }
        // Only the first patients (one consultation each) are due.
        (void)vault.db().exec(u"UPDATE outbox SET state = 'conflict' WHERE patient_id > %1"_s.arg(m));
        FhirClient client(vault, FhirClient::Config{QUrl(server.baseUrl()), {}, 60000});
        QElapsedTimer p;
        p.start();
        auto r = client.syncDue();
        const double psecs = p.nsecsElapsed() / 1e9;
        if (!r) {
            out << r.error().message << Qt::endl;
            return 1;
        }
        out << "push: " << r->acknowledged << " Bundles accepted, " << r->failed << " failed, in " << psecs << " s = "
            << qRound(r->acknowledged / psecs) << " Bundles/s (outbox, build, POST, acknowledgement); server holds "
            << storedCount(nam, QUrl(server.baseUrl()), u"DocumentReference"_s) << " DocumentReference" << Qt::endl;
    }
    return 0;
}
