// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "consultation/ConsultationStore.h"
#include "demo/DemoData.h"
#include "interop/FhirReader.h"
#include "interop/Inbox.h"
#include "interop/SnapshotImporter.h"
#include "prescribing/PractitionerStore.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <sodium.h>

using namespace relais;
using relais::test::secret;

namespace {

QJsonObject ref(const QString& id) { return {{"reference", QString("Patient/" + id)}}; }

QJsonObject patient(const QString& id, const QString& family, const QString& given, const QString& birth, const QString& gender,
                    const QString& nir = {}, const QString& status = {})
{
    QJsonObject p{{"resourceType", "Patient"}, {"id", id}, {"meta", QJsonObject{{"versionId", "3"}, {"lastUpdated", "2026-11-21T22:00:00Z"}}},
                  {"name", QJsonArray{QJsonObject{{"use", "official"}, {"family", family}, {"given", QJsonArray{given}}}}},
                  {"gender", gender}, {"birthDate", birth},
                  {"telecom", QJsonArray{QJsonObject{{"system", "phone"}, {"use", "mobile"}, {"value", "06 11 22 33 44"}}}}};
    if (!nir.isEmpty())
        p["identifier"] = QJsonArray{QJsonObject{{"system", "urn:oid:1.2.250.1.213.1.4.11"}, {"value", nir}}};
    if (!status.isEmpty())
        p["extension"] = QJsonArray{QJsonObject{
            {"url", "https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability"},
            {"extension", QJsonArray{QJsonObject{{"url", "identityStatus"}, {"valueCoding", QJsonObject{{"code", status}}}}}}}};
    return p;
}

// An invented GP of the practice (valid RPPS key), as FR Core exports a Practitioner.
QJsonObject roche(const QString& rpps = "10001234565")
{
    return {{"resourceType", "Practitioner"}, {"id", "dr-roche"},
            {"identifier", QJsonArray{QJsonObject{{"system", "urn:oid:1.2.250.1.71.4.2.1"}, {"value", QString("8" + rpps)}}}},
            {"name", QJsonArray{QJsonObject{{"use", "official"}, {"prefix", QJsonArray{"Dr"}}, {"family", "Roche"}, {"given", QJsonArray{"Camille"}}}}},
            {"qualification", QJsonArray{QJsonObject{{"code", QJsonObject{{"text", "Médecine générale"}}}}}},
            {"telecom", QJsonArray{QJsonObject{{"system", "phone"}, {"value", "04 78 12 34 56"}}}},
            {"address", QJsonArray{QJsonObject{{"line", QJsonArray{"12 rue des Lilas"}}, {"postalCode", "69003"}, {"city", "Lyon"}}}}};
}

// The NSS a child's care is billed to: a parent's number (identifier type NH).
QJsonObject nssIdentifier(const QString& nss)
{
    return {{"type", QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v2-0203"}, {"code", "NH"}}}}}},
            {"system", "urn:oid:1.2.250.1.213.1.4.8"}, {"value", nss}};
}

QList<QJsonObject> snapshot(const QString& heninFamily = "Hénin")
{
    const QString nir = DemoData::makeNir(2, 54, 3, "75", 56, 42);
    QJsonObject henin = patient("p1", heninFamily, "Zoé", "1954-03-12", "female", nir, "QUAL");
    QJsonArray names = henin["name"].toArray();
    names.append(QJsonObject{{"use", "usual"}, {"family", "Le Goff"}});
    henin["name"] = names;
    return {
        henin,
        patient("p2", "N'Diaye", "Fatou", "1990-07-14", "female"),
        QJsonObject{{"resourceType", "AllergyIntolerance"}, {"id", "a1"}, {"patient", ref("p1")}, {"criticality", "high"},
                    {"code", QJsonObject{{"text", "Pénicillines"}}},
                    {"reaction", QJsonArray{QJsonObject{{"manifestation", QJsonArray{QJsonObject{{"text", "urticaire"}}}}}}}},
        QJsonObject{{"resourceType", "Condition"}, {"id", "c1"}, {"subject", ref("p1")},
                    {"category", QJsonArray{QJsonObject{{"coding", QJsonArray{QJsonObject{{"code", "ald"}}}}}}},
                    {"code", QJsonObject{{"text", "Diabète de type 2"},
                                         {"coding", QJsonArray{QJsonObject{{"system", "http://hl7.org/fhir/sid/icd-10"}, {"code", "E11"}}}}}},
                    {"onsetDateTime", "2015-01-10"}},
        QJsonObject{{"resourceType", "Condition"}, {"id", "c2"}, {"subject", ref("p1")}, {"code", QJsonObject{{"text", "Appendicectomie"}}},
                    {"category", QJsonArray{QJsonObject{{"coding", QJsonArray{QJsonObject{{"code", "surgical"}}}}}}}},
        QJsonObject{{"resourceType", "MedicationStatement"}, {"id", "m1"}, {"status", "active"}, {"subject", ref("p1")},
                    {"medicationCodeableConcept", QJsonObject{{"text", "METFORMINE 1000 mg comprimé"}}},
                    {"dosage", QJsonArray{QJsonObject{{"text", "1 comprimé matin et soir"}}}}},
        QJsonObject{{"resourceType", "MedicationRequest"}, {"id", "m2"}, {"status", "active"}, {"subject", ref("p1")},
                    {"medicationCodeableConcept", QJsonObject{{"text", "LÉVOTHYROXINE 75 µg"}}},
                    {"dispenseRequest", QJsonObject{{"numberOfRepeatsAllowed", 2}}},
                    {"substitution", QJsonObject{{"allowedBoolean", false}, {"reason", QJsonObject{{"text", "MTE"}}}}}},
        QJsonObject{{"resourceType", "MedicationRequest"}, {"id", "m3"}, {"status", "stopped"}, {"subject", ref("p1")},
                    {"medicationCodeableConcept", QJsonObject{{"text", "AMOXICILLINE"}}}},
        QJsonObject{{"resourceType", "Observation"}, {"id", "o1"}, {"subject", ref("p1")}, {"effectiveDateTime", "2026-10-01"},
                    {"code", QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", "http://loinc.org"}, {"code", "29463-7"}}}}}},
                    {"valueQuantity", QJsonObject{{"value", 64.5}, {"unit", "kg"}, {"code", "kg"}}}},
        QJsonObject{{"resourceType", "Observation"}, {"id", "o2"}, {"subject", ref("p1")}, {"effectiveDateTime", "2026-10-01"},
                    {"code", QJsonObject{{"coding", QJsonArray{QJsonObject{{"system", "http://loinc.org"}, {"code", "8867-4"}}}}}},
                    {"valueQuantity", QJsonObject{{"value", 72}}}},
        QJsonObject{{"resourceType", "Encounter"}, {"id", "e1"}, {"status", "finished"}, {"subject", ref("p1")},
                    {"period", QJsonObject{{"start", "2026-09-15T08:30:00Z"}}},
                    {"reasonCode", QJsonArray{QJsonObject{{"text", "Angine"}}}},
                    {"text", QJsonObject{{"status", "generated"}, {"div", "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Amygdales rouges</p></div>"}}}},
        QJsonObject{{"resourceType", "Appointment"}, {"id", "r1"}, {"status", "booked"}, {"start", "2026-11-23T09:15:00Z"},
                    {"end", "2026-11-23T09:30:00Z"}, {"description", "Renouvellement"},
                    {"participant", QJsonArray{QJsonObject{{"actor", QJsonObject{{"reference", "Patient/p2"}, {"display", "N'Diaye Fatou"}}}}}}},
        QJsonObject{{"resourceType", "Practitioner"}, {"id", "dr1"}},
    };
}

QByteArray bundle(const QList<QJsonObject>& resources)
{
    QJsonArray entries;
    for (const QJsonObject& r : resources)
        entries.append(QJsonObject{{"fullUrl", QString("https://ehr.example/fhir/" + r["resourceType"].toString() + "/" + r["id"].toString())},
                                   {"resource", r}});
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"}, {"type", "collection"}, {"entry", entries}}).toJson();
}


// 150,000 levels: 300 KB of brackets, far past any stack a recursive parser could use.
QByteArray deep(int levels = 150000) { return QByteArray(levels, '[') + QByteArray(levels, ']'); }

// A sealed inbox file with any plaintext, as a foreign or broken tool could write it (the format
// of Inbox.h), to check what Relais refuses. Entries: [u32 name length][name][u64 size][bytes].
QByteArray entry(const QByteArray& name, const QByteArray& bytes, quint32 nameLen = 0, quint64 size = 0)
{
    QByteArray out;
    const quint32 n = qToBigEndian(nameLen ? nameLen : quint32(name.size()));
    const quint64 z = qToBigEndian(size ? size : quint64(bytes.size()));
    out.append(reinterpret_cast<const char*>(&n), 4).append(name).append(reinterpret_cast<const char*>(&z), 8).append(bytes);
    return out;
}
QByteArray options(bool full = true) { return entry(Inbox::kOptionsEntry, full ? "{\"full_export\":true}" : "{\"full_export\":false}"); }

QString sealRaw(const QString& inbox, const QString& name, const QByteArray& plain, const QByteArray& trailing = {})
{
    QFile keyFile(QDir(inbox).filePath(Inbox::kPublicKeyFile));
    if (!keyFile.open(QIODevice::ReadOnly))
        qFatal("no inbox key");
    const QJsonObject o = QJsonDocument::fromJson(keyFile.readAll()).object();
    const QByteArray pk = QByteArray::fromBase64(o["public_key"].toString().toLatin1());
    unsigned char key[crypto_secretstream_xchacha20poly1305_KEYBYTES];
    crypto_secretstream_xchacha20poly1305_keygen(key);
    QByteArray sealedKey(crypto_box_SEALBYTES + sizeof key, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealedKey.data()), key, sizeof key, reinterpret_cast<const unsigned char*>(pk.constData()));
    crypto_secretstream_xchacha20poly1305_state st;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&st, reinterpret_cast<unsigned char*>(header.data()), key);
    QByteArray out = "RELAISS1" + o["vault_id"].toString().toLatin1() + sealedKey + header;
    for (qsizetype at = 0;;) {
        const QByteArray part = plain.mid(at, 64 * 1024);
        at += part.size();
        const bool final = at >= plain.size();
        QByteArray c(part.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
        unsigned long long len = 0;
        crypto_secretstream_xchacha20poly1305_push(&st, reinterpret_cast<unsigned char*>(c.data()), &len,
                                                   reinterpret_cast<const unsigned char*>(part.constData()), std::size_t(part.size()),
                                                   nullptr, 0, final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        const quint32 be = qToBigEndian(quint32(len));
        out.append(reinterpret_cast<const char*>(&be), 4).append(c.left(qsizetype(len)));
        if (final)
            break;
    }
    const QString path = QDir(inbox).filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(out + trailing) != out.size() + trailing.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A transaction Bundle as an EHR posts it: no resource.id, entries named by fullUrl (urn:uuid or
// absolute URL), references between them through those fullUrls.
QByteArray idLessBundle(const QString& type)
{
    const QString pat = "urn:uuid:0c7a3f2e-8d1b-4b6e-9a55-3f1e2d4c5b6a";
    const QString pat2 = "https://ehr.example/fhir/Patient/42";
    const QString enc = "urn:uuid:5e9d0b11-2c3a-4f6d-8e7f-1a2b3c4d5e6f";
    const QString allergy = "urn:uuid:9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a";
    const QString doctor = "urn:uuid:77777777-1111-4222-8333-444444444444";
    QJsonObject p1 = patient("", "Fontaine", "Léa", "1971-05-02", "female");
    p1.remove("id");
    QJsonObject p2 = patient("", "Garnier", "Hugo", "1988-09-30", "male");
    p2.remove("id");
    QJsonObject dr = roche();
    dr.remove("id");
    const QJsonObject e{{"resourceType", "Encounter"}, {"status", "finished"}, {"subject", QJsonObject{{"reference", pat}}},
                        {"participant", QJsonArray{QJsonObject{{"individual", QJsonObject{{"reference", doctor}}}}}},
                        {"period", QJsonObject{{"start", "2026-11-20T10:00:00Z"}}}, {"reasonCode", QJsonArray{QJsonObject{{"text", "Toux"}}}}};
    const QJsonObject a{{"resourceType", "AllergyIntolerance"}, {"patient", QJsonObject{{"reference", pat2}}},
                        {"code", QJsonObject{{"text", "Aspirine"}}}};
    QJsonArray entries;
    const auto add = [&](const QString& fullUrl, const QJsonObject& r) {
        QJsonObject en{{"fullUrl", fullUrl}, {"resource", r}};
        if (type == "transaction")
            en["request"] = QJsonObject{{"method", "POST"}, {"url", r["resourceType"].toString()}};
        entries.append(en);
    };
    add(pat, p1);
    add(pat2, p2);
    add(doctor, dr);
    add(enc, e);
    add(allergy, a);
    return QJsonDocument(QJsonObject{{"resourceType", "Bundle"}, {"type", type}, {"entry", entries}}).toJson();
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    int m_n = 0;

    void freshVault()
    {
        auto c = Vault::create(m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n)), "Dr I", secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
    }
    QString write(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(QStringLiteral("f%1/").arg(m_n) + name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(data);
        return path;
    }
    Result<ImportSummary> import(const QStringList& paths, SnapshotImporter::Options o = {})
    {
        auto sources = SnapshotImporter::sourcesFromPaths(paths);
        if (!sources)
            return std::unexpected(sources.error());
        return SnapshotImporter(*m_vault).run(*sources, o);
    }
    int rows(const QString& table) { return m_vault->db().scalar("SELECT count(*) FROM " + table)->toInt(); }
    QString fingerprint()
    {
        QStringList parts;
        for (const char* t : {"patient", "allergy", "antecedent", "ald", "treatment", "measurement", "consultation", "appointment"})
            parts.append(QString::number(rows(QString::fromLatin1(t))));
        return parts.join(u',');
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void bundleImportsEveryKind()
    {
        freshVault();
        auto s = import({write("bundle.json", bundle(snapshot()))});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Patient"].created, 2);
        QCOMPARE(s->byType["AllergyIntolerance"].created, 1);
        QCOMPARE(s->byType["Condition"].created, 2);
        QCOMPARE(s->byType["MedicationStatement"].created, 1);
        QCOMPARE(s->byType["MedicationRequest"].created, 1);
        QCOMPARE(s->byType["MedicationRequest"].skipped, 1);  // stopped
        QCOMPARE(s->byType["Observation"].created, 1);
        QCOMPARE(s->byType["Observation"].skipped, 1);         // heart rate: not a weight/height
        QCOMPARE(s->byType["Encounter"].created, 1);
        QCOMPARE(s->byType["Appointment"].created, 1);
        QCOMPARE(s->byType["Practitioner"].skipped, 1);

        PatientStore store(*m_vault);
        auto hits = PatientSearch(m_vault->db()).search("henin");
        QCOMPARE(hits->total, 1);
        auto p = store.get(hits->hits.first().id);
        QCOMPARE(p->origin, Origin::Imported);
        QCOMPARE(p->sourceId, QStringLiteral("p1"));
        QCOMPARE(p->identityStatus, IdentityStatus::Qual);  // kept as it came
        QCOMPARE(p->usedName, QStringLiteral("Le Goff"));
        QVERIFY(p->demo);  // INS demo system
        QCOMPARE(p->mobile, QStringLiteral("06 11 22 33 44"));
        QCOMPARE(p->allergies.first().severity, QStringLiteral("high"));
        QCOMPARE(p->alds.first().cim10, QStringLiteral("E11"));
        QCOMPARE(p->antecedents.first().kind, Antecedent::Kind::Surgical);
        QCOMPARE(p->treatments.size(), 2);
        QCOMPARE(p->treatments.last().renewals, 2);
        QCOMPARE(p->treatments.last().nonSubstitutable, QStringLiteral("MTE"));
        QCOMPARE(p->measurements.first().weightKg, 64.5);
        QVERIFY(!p->changedLocally);
        auto t = ConsultationStore(*m_vault).timeline(p->id);
        QCOMPARE(t->first().origin, Origin::Imported);
        QCOMPARE(t->first().reason, QStringLiteral("Angine"));
        QCOMPARE(ConsultationStore(*m_vault).get(t->first().consultationId)->examination, QStringLiteral("Amygdales rouges"));
        // Times stored as before the fast paths (isoUtcText, the "…Z" reader): UTC with milliseconds.
        QCOMPARE(m_vault->db().scalar("SELECT started_utc FROM consultation")->toString(), QStringLiteral("2026-09-15T08:30:00.000Z"));
        QCOMPARE(m_vault->db().scalar("SELECT started_utc FROM consultation")->toString(),
                 QDateTime(QDate(2026, 9, 15), QTime(8, 30), Qt::UTC).toString(Qt::ISODateWithMs));
        QCOMPARE(m_vault->db().scalar("SELECT created_utc FROM patient LIMIT 1")->toString(), m_clock.nowUtc().toString(Qt::ISODateWithMs));
        QCOMPARE(m_vault->db().scalar("SELECT patient_label FROM appointment")->toString(), QStringLiteral("N'Diaye Fatou"));
        QVERIFY(m_vault->db().scalar("SELECT patient_id FROM appointment")->toLongLong() > 0);
        QCOMPARE(m_vault->audit().entries(0, 1000)->last().action, QStringLiteral("snapshot.import"));
    }

    void sameSnapshotTwiceChangesNothing()
    {
        freshVault();
        const QString file = write("bundle.json", bundle(snapshot()));
        QVERIFY(import({file}));
        const QString before = fingerprint();
        auto again = import({file});
        QVERIFY(again);
        for (auto it = again->byType.cbegin(); it != again->byType.cend(); ++it) {
            QCOMPARE(it->created, 0);
            QCOMPARE(it->updated, 0);
        }
        QCOMPARE(again->byType["Patient"].unchanged, 2);
        QCOMPARE(fingerprint(), before);
    }

    void newerSnapshotUpdatesButNeverOverwritesOutageWork()
    {
        freshVault();
        QVERIFY(import({write("s1.json", bundle(snapshot()))}));
        PatientStore store(*m_vault);
        const qint64 ndiaye = PatientSearch(m_vault->db()).search("ndiaye")->hits.first().id;
        const qint64 henin = PatientSearch(m_vault->db()).search("henin")->hits.first().id;
        // During the outage: the GP corrects N'Diaye's address and records a consultation for Hénin.
        Patient corrected = *store.get(ndiaye);
        corrected.address = "2 rue Neuve";
        QVERIFY(store.update(corrected, IdentityStatus::Prov));
        ConsultationStore visits(*m_vault);
        const qint64 local = *visits.start(henin);
        auto c = *visits.get(local);
        c.reason = "Toux";
        QVERIFY(visits.saveDraft(c));
        QVERIFY(visits.finalise(local));

        // The next night the EHR's export has a new name for Hénin and a new birth name for N'Diaye.
        QList<QJsonObject> next = snapshot("Hénin-Durand");
        next[1] = patient("p2", "N'Diaye-Sow", "Fatou", "1990-07-14", "female");
        auto s = import({write("s2.json", bundle(next))});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Patient"].updated, 1);
        QCOMPARE(s->byType["Patient"].keptLocal, 1);
        QCOMPARE(store.get(henin)->birthName, QStringLiteral("Hénin-Durand"));
        QCOMPARE(store.get(ndiaye)->birthName, QStringLiteral("N'Diaye"));     // ours wins
        QCOMPARE(store.get(ndiaye)->address, QStringLiteral("2 rue Neuve"));
        QCOMPARE(visits.get(local)->reason, QStringLiteral("Toux"));          // untouched
        QVERIFY(visits.get(local)->toSend);
        QCOMPARE(PatientSearch(m_vault->db()).search("durand")->total, 1);    // index follows the update
    }

    void patientMissingFromFullSnapshotIsMarkedNotDeleted()
    {
        freshVault();
        QVERIFY(import({write("s1.json", bundle(snapshot()))}));
        QList<QJsonObject> next = snapshot();
        next.removeAt(1);  // p2 gone
        next.removeLast();
        next.removeAt(next.size() - 2);  // its appointment too
        auto s = import({write("s2.json", bundle(next))});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->markedAbsent, 1);
        QCOMPARE(rows("patient"), 2);
        QCOMPARE(m_vault->db().scalar("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL")->toInt(), 1);
        // A partial export marks nobody.
        SnapshotImporter::Options partial;
        partial.fullSnapshot = false;
        QCOMPARE(import({write("s3.json", bundle({snapshot().first()}))}, partial)->markedAbsent, 0);
    }

    void ndjsonSetWithManifest()
    {
        freshVault();
        QMap<QString, QByteArray> files;
        for (const QJsonObject& r : snapshot())
            files[r["resourceType"].toString()] += QJsonDocument(r).toJson(QJsonDocument::Compact) + "\n";
        QJsonArray output;
        QString folder;
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            folder = QFileInfo(write("bulk/" + it.key() + ".ndjson", it.value())).absolutePath();
            output.append(QJsonObject{{"type", it.key()}, {"url", QString("https://ehr.example/bulk/" + it.key() + ".ndjson")}});
        }
        write("bulk/manifest.json", QJsonDocument(QJsonObject{{"transactionTime", "2026-11-22T22:00:00Z"}, {"request", "$export"},
                                                               {"requiresAccessToken", true}, {"output", output}}).toJson());
        auto viaFolder = import({folder});
        QVERIFY2(viaFolder.has_value(), viaFolder ? "" : qPrintable(viaFolder.error().message));
        QCOMPARE(viaFolder->byType["Patient"].created, 2);
        QCOMPARE(viaFolder->byType["Encounter"].created, 1);
        auto viaManifest = import({folder + "/manifest.json"});
        QVERIFY(viaManifest);
        QCOMPARE(viaManifest->byType["Patient"].unchanged, 2);
    }

    void csvInBothEncodings_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<char>("separator");
        QTest::newRow("UTF-8 ;") << QByteArray("UTF-8") << ';';
        QTest::newRow("Windows-1252 ,") << QByteArray("Windows-1252") << ',';
    }

    void csvInBothEncodings()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(char, separator);
        freshVault();
        const QString sep(QChar::fromLatin1(separator));
        QString patients = QStringList{"Identifiant", "Nom de naissance", "Prénoms", "Sexe", "Date de naissance", "NIR", "Statut identité",
                                       "Adresse", "Téléphone"}.join(sep) + "\r\n";
        patients += QStringList{"x1", "Hénin", "Zoé Marie", "F", "12/03/1954", DemoData::makeNir(2, 54, 3, "75", 56, 42), "VALI",
                                "\"12 rue de l'Église" + sep + " bât. B\"", "04 78 00 00 00"}.join(sep) + "\r\n";
        patients += QStringList{"x2", "Lefèvre", "Ève", "F", "31/12/1999", "", "", "", ""}.join(sep) + "\r\n";
        QString rdv = QStringList{"Date", "Heure", "Durée", "Identifiant patient", "Nom", "Prénom", "Motif"}.join(sep) + "\n";
        rdv += QStringList{"23/11/2026", "09h15", "15", "x1", "Hénin", "Zoé", "Contrôle"}.join(sep) + "\n";
        QStringEncoder enc(encoding.constData());
        auto s = import({write("patients.csv", enc(patients)), write("rdv.csv", enc(rdv))});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["CSV patients"].created, 2);
        QCOMPARE(s->byType["CSV appointments"].created, 1);
        auto p = PatientStore(*m_vault).get(PatientSearch(m_vault->db()).search("henin zoe")->hits.first().id);
        QCOMPARE(p->birthName, QStringLiteral("Hénin"));
        QCOMPARE(p->birthGivenNames, (QStringList{"Zoé", "Marie"}));
        QCOMPARE(p->address, QString("12 rue de l'Église" + sep + " bât. B"));
        QCOMPARE(p->identityStatus, IdentityStatus::Vali);
        QCOMPARE(PatientSearch(m_vault->db()).search("lefevre eve")->total, 1);
    }

    void malformedInputImportsNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("mustName");  // file, place, field, reason
        QList<QJsonObject> good = snapshot();
        const auto lines = [](const QList<QJsonObject>& rs) {
            QByteArray out;
            for (const QJsonObject& r : rs)
                out += QJsonDocument(r).toJson(QJsonDocument::Compact) + "\n";
            return out;
        };
        QByteArray broken = lines(good);
        broken.insert(broken.indexOf('\n', broken.indexOf('\n') + 1) + 1, "{\"resourceType\": \"Patient\", \"id\": \"p9\",,}\n");
        QTest::newRow("NDJSON bad JSON") << "set.ndjson" << broken << QStringList{"set.ndjson", "line 3", "not valid JSON"};
        QTest::newRow("NDJSON no resourceType") << "set.ndjson" << lines(good) + "{\"id\": \"x\"}\n"
                                                << QStringList{"line 14", "resourceType"};
        QList<QJsonObject> badNir = good;
        badNir[0]["identifier"] = QJsonArray{QJsonObject{{"system", "urn:oid:1.2.250.1.213.1.4.11"}, {"value", "254037505604299"}}};
        QTest::newRow("Bundle wrong NIR key") << "b.json" << bundle(badNir) << QStringList{"b.json", "entry 0", "Patient/p1", "key"};
        QList<QJsonObject> badDate = good;
        badDate[1]["birthDate"] = "1990-07";
        QTest::newRow("Bundle partial birth date") << "b.json" << bundle(badDate) << QStringList{"entry 1", "birthDate", "YYYY-MM-DD"};
        QList<QJsonObject> dangling = good;
        dangling[2]["patient"] = ref("nobody");
        QTest::newRow("reference to unknown patient") << "b.json" << bundle(dangling) << QStringList{"entry 2", "AllergyIntolerance/a1", "Patient/nobody"};
        QList<QJsonObject> badStatus = good;
        badStatus[0] = patient("p1", "Hénin", "Zoé", "1954-03-12", "female", {}, "SUPER");
        QTest::newRow("unknown identity status") << "b.json" << bundle(badStatus) << QStringList{"entry 0", "identityStatus", "SUPER"};
        QList<QJsonObject> badRpps = good;
        badRpps.append(roche("10001234566"));
        QTest::newRow("Practitioner wrong RPPS key") << "b.json" << bundle(badRpps)
                                                     << QStringList{"b.json", "entry 13", "Practitioner/dr-roche", "RPPS", "810001234566"};
        QList<QJsonObject> badNss = good;
        badNss[1]["identifier"] = QJsonArray{nssIdentifier(DemoData::makeNir(1, 62, 5, "69", 123, 7).left(13) + "00")};
        QTest::newRow("Patient wrong NSS key") << "b.json" << bundle(badNss) << QStringList{"b.json", "entry 1", "Patient/p2", "NSS"};
        QTest::newRow("Bundle truncated") << "b.json" << bundle(good).left(900) << QStringList{"b.json", "not valid JSON"};
        QTest::newRow("not a Bundle") << "b.json" << QJsonDocument(good.first()).toJson() << QStringList{"b.json", "Bundle"};
        QTest::newRow("CSV bad date") << "p.csv" << QByteArray("Identifiant;Nom de naissance;Prénoms;Sexe;Date de naissance\nx1;A;B;F;12/03/1954\nx2;C;D;M;31/02/1980\n")
                                      << QStringList{"p.csv", "line 3", "date de naissance", "31/02/1980"};
        QTest::newRow("CSV missing column") << "p.csv" << QByteArray("Identifiant;Nom de naissance;Sexe\nx1;A;F\n")
                                            << QStringList{"p.csv", "date de naissance", "missing"};
        QTest::newRow("CSV unterminated quote") << "p.csv" << QByteArray("Identifiant;Nom de naissance;Prénoms;Sexe;Date de naissance\nx1;\"A;B;F;12/03/1954\n")
                                                << QStringList{"p.csv", "line 2"};
        QTest::newRow("CSV record of 10 MB") << "p.csv" << QByteArray("Identifiant;Nom de naissance;Prénoms;Sexe;Date de naissance\nx1;A;B;F;12/03/1954\nx2;") + QByteArray(10 * 1024 * 1024, 'x') + "\n"
                                             << QStringList{"p.csv", "line 3", "longer than 1 MiB"};
    }

    void malformedInputImportsNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, mustName);
        freshVault();
        const QString before = fingerprint();
        const int auditBefore = int(m_vault->audit().entries(0, 100000)->size());
        const auto schema = [&] { return m_vault->db().scalar("SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM sqlite_schema ORDER BY name)")->toString(); };
        const QString schemaBefore = schema();
        auto s = import({write(name, content)});
        QVERIFY(!s);
        QCOMPARE(schema(), schemaBefore);  // the indexes a first import drops come back with the rollback
        for (const QString& part : mustName)
            QVERIFY2(s.error().message.contains(part), qPrintable(s.error().message + " — missing: " + part));
        QCOMPARE(fingerprint(), before);  // all or nothing
        QCOMPARE(int(m_vault->audit().entries(0, 100000)->size()), auditBefore);
    }

    // The bulk path of a first import (no SELECT per resource, search index written in one
    // batch, CHECK constraints off while resources are written) keeps what the per-row path
    // did: a resource named twice in one snapshot is created then updated, the search index
    // holds the last version, and the connection's settings come back however it ends.
    void firstImportBulkPathKeepsTheRules()
    {
        freshVault();
        const auto pragma = [&](const char* name) { return m_vault->db().scalar(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)))->toLongLong(); };
        const auto indexes = [&] {
            return m_vault->db().scalar("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema WHERE type = 'index' ORDER BY name)")->toString();
        };
        const QString indexesBefore = indexes();
        QVERIFY(indexesBefore.contains("consultation_source"));
        const qint64 cacheBefore = pragma("cache_size");
        const qint64 generationBefore = m_vault->db().scalar("SELECT value FROM meta WHERE key = 'patients_generation'")->toLongLong();
        QList<QJsonObject> twice = snapshot();
        twice.append(patient("p2", "Sow", "Fatou", "1990-07-14", "female"));  // p2 again, renamed
        QJsonObject c2 = twice[4];
        c2["code"] = QJsonObject{{"text", "Appendicectomie (1998)"}};
        twice.append(c2);
        QJsonObject e1 = twice[10];
        e1["reasonCode"] = QJsonArray{QJsonObject{{"text", "Angine blanche"}}};
        twice.append(e1);
        auto s = import({write("twice.json", bundle(twice))});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Patient"].created, 2);
        QCOMPARE(s->byType["Patient"].updated, 1);
        QCOMPARE(s->byType["Condition"].created, 2);
        QCOMPARE(s->byType["Condition"].updated, 1);
        QCOMPARE(s->byType["Encounter"].created, 1);
        QCOMPARE(s->byType["Encounter"].updated, 1);
        QCOMPARE(rows("patient"), 2);
        QCOMPARE(rows("antecedent"), 1);
        QCOMPARE(m_vault->db().scalar("SELECT label FROM antecedent")->toString(), QStringLiteral("Appendicectomie (1998)"));
        QCOMPARE(rows("consultation"), 1);
        QVERIFY(m_vault->db().scalar("SELECT content FROM consultation")->toString().contains("Angine blanche"));
        QVERIFY(!m_vault->db().scalar("SELECT source_hash FROM consultation")->toString().isEmpty());
        QCOMPARE(m_vault->db().scalar("SELECT count(*) FROM patient WHERE source_hash IS NULL OR source_version IS NULL")->toInt(), 0);
        // The search index: one row per patient, the last name given.
        QCOMPARE(rows("patient_fts"), 2);
        QCOMPARE(PatientSearch(m_vault->db()).search("sow")->total, 1);
        QCOMPARE(PatientSearch(m_vault->db()).search("ndiaye")->total, 0);
        QCOMPARE(PatientSearch(m_vault->db()).search("henin")->total, 1);
        QCOMPARE(PatientSearch(m_vault->db()).search("legoff")->total, 1);
        // The search generation moved (once for the batch), so rankings are rebuilt.
        QVERIFY(m_vault->db().scalar("SELECT value FROM meta WHERE key = 'patients_generation'")->toLongLong() > generationBefore);
        // The indexes dropped for a first import are all back, unchanged.
        QCOMPARE(indexes(), indexesBefore);
        // Settings back, CHECK constraints enforced again, the connection's own page cache.
        QCOMPARE(pragma("ignore_check_constraints"), 0);
        QCOMPARE(pragma("cache_size"), cacheBefore);
        QVERIFY(!m_vault->db().exec("UPDATE allergy SET severity = 'severe'"));
        // Also after a failed import.
        QVERIFY(!import({write("bad.ndjson", "{\"resourceType\":\"Patient\",\"id\":\"x\",\"birthDate\":\"1990-13-45\"}\n")}));
        QCOMPARE(pragma("ignore_check_constraints"), 0);
        QCOMPARE(pragma("cache_size"), cacheBefore);
        QCOMPARE(indexes(), indexesBefore);
        // Again: nothing new (what is named twice flips and flips back; the rest is unchanged).
        auto again = import({write("twice.json", bundle(twice))});
        QVERIFY(again);
        for (auto it = again->byType.cbegin(); it != again->byType.cend(); ++it)
            QCOMPARE(it->created, 0);
        QCOMPARE(again->byType["AllergyIntolerance"].unchanged, 1);
        QCOMPARE(again->byType["Patient"].unchanged, 1);
        QCOMPARE(rows("patient"), 2);
        QCOMPARE(rows("patient_fts"), 2);
        QCOMPARE(PatientSearch(m_vault->db()).search("sow")->total, 1);
    }

    // The NDJSON reader cuts large blocks at '\n' itself: CRLF, blank lines, a last line
    // without its newline and a line longer than a block all read as before, with the
    // right line numbers.
    void ndjsonLinesAcrossBlocks()
    {
        const QByteArray longText(3 * 1024 * 1024, 'x');
        QByteArray data = "{\"resourceType\":\"Patient\",\"id\":\"a\"}\r\n\r\n   \n";
        data += "{\"resourceType\":\"Observation\",\"id\":\"b\",\"note\":[{\"text\":\"" + longText + "\"}]}\n";
        data += "{\"resourceType\":\"Patient\",\"id\":\"c\"}";
        QBuffer in(&data);
        in.open(QIODevice::ReadOnly);
        QStringList seen;
        auto n = FhirReader::readNdjson(in, "x.ndjson", [&](const rapidjson::Value& r, const SourceLocation& at) -> Result<bool> {
            seen.append(QString::fromUtf8(r["id"].GetString()) + QString::number(at.line));
            if (r.HasMember("note"))
                seen.append(QString::number(r["note"][0]["text"].GetStringLength()));
            return true;
        });
        QVERIFY(n);
        QCOMPARE(*n, 3);
        QCOMPARE(seen, (QStringList{"a1", "b4", QString::number(longText.size()), "c5"}));
        QByteArray bad = data + "\n\n{\"resourceType\":";
        QBuffer badIn(&bad);
        badIn.open(QIODevice::ReadOnly);
        auto e = FhirReader::readNdjson(badIn, "x.ndjson", [](const rapidjson::Value&, const SourceLocation&) -> Result<bool> { return true; });
        QVERIFY(!e);
        QVERIFY2(e.error().message.contains("x.ndjson, line 7"), qPrintable(e.error().message));
        // A NUL byte ends a line's JSON for RapidJSON, as it did before lines were parsed in
        // place (lines holding one still go through the copying parser).
        QByteArray nul("{\"resourceType\":\"Patient\",\"id\":\"a\"}\0{\n{\"resourceType\"\0:1}\n", 58);
        QBuffer nulIn(&nul);
        nulIn.open(QIODevice::ReadOnly);
        QStringList ids;
        auto z = FhirReader::readNdjson(nulIn, "z.ndjson", [&](const rapidjson::Value& r, const SourceLocation&) -> Result<bool> {
            ids.append(QString::fromUtf8(r["id"].GetString()));
            return true;
        });
        QVERIFY(!z);
        QCOMPARE(ids, QStringList{"a"});
        QVERIFY2(z.error().message.contains("z.ndjson, line 2: not valid JSON"), qPrintable(z.error().message));
    }

    // Encounter starts in the forms exports use: "…Z" with or without milliseconds (read
    // directly), an offset (through Qt), and an impossible date.
    void encounterStartForms()
    {
        freshVault();
        QList<QJsonObject> r{patient("p1", "Martin", "Paul", "1960-01-01", "male")};
        const QStringList starts{"2026-03-01T10:15:30Z", "2026-03-02T10:15:30.250Z", "2026-03-03T10:15:30+01:00"};
        for (int i = 0; i < starts.size(); ++i)
            r.append(QJsonObject{{"resourceType", "Encounter"}, {"id", QStringLiteral("e%1").arg(i)}, {"subject", ref("p1")},
                                 {"period", QJsonObject{{"start", starts[i]}}}});
        QVERIFY(import({write("forms.json", bundle(r))}));
        QStringList stored;
        auto q = m_vault->db().prepare("SELECT started_utc FROM consultation ORDER BY source_id");
        QVERIFY(q->each([&](const Statement& s) { stored.append(s.text(0)); }));
        QCOMPARE(stored, (QStringList{"2026-03-01T10:15:30.000Z", "2026-03-02T10:15:30.250Z", "2026-03-03T09:15:30.000Z"}));
        r.append(QJsonObject{{"resourceType", "Encounter"}, {"id", "bad"}, {"subject", ref("p1")}, {"period", QJsonObject{{"start", "2026-02-30T10:00:00Z"}}}});
        auto s = import({write("bad.json", bundle(r))});
        QVERIFY(!s);
        QVERIFY2(s.error().message.contains("period.start"), qPrintable(s.error().message));
    }

    // A check (dry run) then the real import, as the wizard does; and an import while another
    // part of the app holds a statement on a row (indexes cannot be dropped then: they are
    // kept and written row by row).
    void firstImportAfterADryRunOrBesideAReader()
    {
        freshVault();
        const auto schema = [&] { return m_vault->db().scalar("SELECT group_concat(name || sql, ';') FROM (SELECT name, sql FROM sqlite_schema ORDER BY name)")->toString(); };
        const QString schemaBefore = schema();
        const QString file = write("b.json", bundle(snapshot()));
        SnapshotImporter::Options check;
        check.dryRun = true;
        QVERIFY(import({file}, check));
        auto s = import({file});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Patient"].created, 2);
        QCOMPARE(schema(), schemaBefore);

        freshVault();
        auto reader = m_vault->db().prepare("SELECT name FROM sqlite_schema");
        QVERIFY(reader && *reader->step());  // left on its first row
        s = import({file});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Condition"].created, 2);
        reader = Statement();
        QCOMPARE(schema(), schemaBefore);
        QCOMPARE(PatientSearch(m_vault->db()).search("henin")->total, 1);
    }

    void dryRunChangesNothing()
    {
        freshVault();
        SnapshotImporter::Options o;
        o.dryRun = true;
        auto s = import({write("b.json", bundle(snapshot()))}, o);
        QVERIFY(s);
        QVERIFY(s->dryRun);
        QCOMPARE(s->byType["Patient"].created, 2);
        QCOMPARE(rows("patient"), 0);
        QVERIFY(m_vault->db().scalar("SELECT value FROM meta WHERE key = 'snapshot_utc'")->isNull());
    }

    // Practitioners are read first (whatever the file order), name the authors of imported
    // consultations and are offered in Settings → Practitioners until added; the NSS is kept
    // apart from the INS.
    void practitionersAuthorsAndNss()
    {
        freshVault();
        const QString parentNss = DemoData::makeNir(1, 62, 5, "69", 123, 7);
        QList<QJsonObject> rs = snapshot();
        QJsonObject child = rs[1];
        child["identifier"] = QJsonArray{nssIdentifier(parentNss)};
        rs[1] = child;
        QJsonObject e1 = rs[10];
        e1["participant"] = QJsonArray{QJsonObject{{"individual", QJsonObject{{"reference", "Practitioner/dr-roche"}}}}};
        rs[10] = e1;
        rs.append(roche());  // after the Encounter that names it
        auto s = import({write("b.json", bundle(rs))});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Practitioner"].created, 1);
        QCOMPARE(s->byType["Practitioner"].skipped, 1);  // dr1 has no name
        QCOMPARE(m_vault->db().scalar("SELECT author FROM consultation WHERE source_id = 'e1'")->toString(), QStringLiteral("Dr Camille Roche"));
        const qint64 p1 = m_vault->db().scalar("SELECT id FROM patient WHERE source_id = 'p1'")->toLongLong();
        auto timeline = ConsultationStore(*m_vault).timeline(p1);
        QVERIFY(timeline);
        QCOMPARE(timeline->first().author, QStringLiteral("Dr Camille Roche"));
        // The child: the parent's NSS beside, never instead of, the INS.
        const qint64 p2 = m_vault->db().scalar("SELECT id FROM patient WHERE source_id = 'p2'")->toLongLong();
        auto fatou = PatientStore(*m_vault).get(p2);
        QVERIFY(fatou);
        QCOMPARE(fatou->nss, parentNss);
        QVERIFY(fatou->matricule.isEmpty());
        QVERIFY(!PatientStore(*m_vault).get(p1)->matricule.isEmpty());

        // Offered as a head start for a prescriber, with what the EHR knows.
        auto offered = PractitionerStore(*m_vault).fromEhr();
        QVERIFY(offered);
        QCOMPARE(offered->size(), 1);
        QCOMPARE(offered->first().rpps, QStringLiteral("10001234565"));
        QCOMPARE(offered->first().surname, QStringLiteral("Roche"));
        QCOMPARE(offered->first().specialty, QStringLiteral("Médecine générale"));
        QCOMPARE(offered->first().city, QStringLiteral("Lyon"));
        QCOMPARE(offered->first().address, QStringLiteral("12 rue des Lilas\n69003 Lyon"));
        Practitioner added = offered->first();
        added.amNumber = QStringLiteral("691234567");  // what the EHR does not export, typed by the GP
        added.email = QStringLiteral("camille.roche@example.org");
        auto created = PractitionerStore(*m_vault).create(added);  // completes into a valid prescriber
        QVERIFY2(created.has_value(), created ? "" : qPrintable(created.error().message));
        QCOMPARE(PractitionerStore(*m_vault).fromEhr()->size(), 0);  // added: no longer offered

        // Again: unchanged. Renamed in the EHR: updated, and the imported consultations she
        // wrote name her as she is now, unchanged themselves.
        auto again = import({write("b.json", bundle(rs))});
        QVERIFY(again);
        QCOMPARE(again->byType["Practitioner"].unchanged, 1);
        rs.last() = [] {
            QJsonObject r = roche();
            r["name"] = QJsonArray{QJsonObject{{"use", "official"}, {"prefix", QJsonArray{"Dr"}}, {"family", "Roche-Martin"}, {"given", QJsonArray{"Camille"}}}};
            return r;
        }();
        auto renamed = import({write("b.json", bundle(rs))});
        QVERIFY(renamed);
        QCOMPARE(renamed->byType["Practitioner"].updated, 1);
        QCOMPARE(renamed->byType["Encounter"].unchanged, 1);
        QCOMPARE(m_vault->db().scalar("SELECT count(*) FROM ehr_practitioner")->toInt(), 1);
        QCOMPARE(ConsultationStore(*m_vault).timeline(p1)->first().author, QStringLiteral("Dr Camille Roche-Martin"));
    }

    // In a Bulk Data set, Encounter.ndjson comes before Practitioner.ndjson: the practitioners
    // are read in the first pass with the patients. A later partial export still names them.
    void ndjsonPractitionerFileReadFirst()
    {
        freshVault();
        const auto line = [](const QJsonObject& o) -> QByteArray { return QJsonDocument(o).toJson(QJsonDocument::Compact) + "\n"; };
        QJsonObject e{{"resourceType", "Encounter"}, {"id", "e7"}, {"status", "finished"}, {"subject", ref("p2")},
                      {"period", QJsonObject{{"start", "2026-10-02T10:00:00Z"}}},
                      {"participant", QJsonArray{QJsonObject{{"individual", QJsonObject{{"reference", "Practitioner/dr-roche"}}}}}}};
        const QString dir = QFileInfo(write("set/Encounter.ndjson", line(e))).absolutePath();
        write("set/Patient.ndjson", line(snapshot()[1]));
        write("set/Practitioner.ndjson", line(roche()));
        write("set/PractitionerRole.ndjson", line(QJsonObject{{"resourceType", "PractitionerRole"}, {"id", "role1"}}));
        auto s = import({dir});
        QVERIFY2(s.has_value(), s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->byType["Practitioner"].created, 1);
        QCOMPARE(s->byType["PractitionerRole"].skipped, 1);
        QCOMPARE(m_vault->db().scalar("SELECT author FROM consultation WHERE source_id = 'e7'")->toString(), QStringLiteral("Dr Camille Roche"));
        // A partial export of the encounters alone: the author comes from the vault.
        e["id"] = "e8";
        SnapshotImporter::Options partial;
        partial.fullSnapshot = false;
        auto more = import({write("more/Encounter.ndjson", line(e))}, partial);
        QVERIFY2(more.has_value(), more ? "" : qPrintable(more.error().message));
        QCOMPARE(m_vault->db().scalar("SELECT author FROM consultation WHERE source_id = 'e8'")->toString(), QStringLiteral("Dr Camille Roche"));
    }

    void cancelRollsBack()
    {
        freshVault();
        QList<QJsonObject> many = snapshot();
        for (int i = 0; i < 2500; ++i)
            many.append(patient(QStringLiteral("bulk%1").arg(i), "Martin", "Jean", "1970-01-01", "male"));
        SnapshotImporter::Options o;
        qint64 seen = 0;
        o.progress = [&](qint64 done) {
            seen = done;
            return done < 2000;  // the user presses Cancel
        };
        auto s = import({write("b.json", bundle(many))}, o);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains("cancelled"));
        QCOMPARE(seen, 2000);
        QCOMPARE(rows("patient"), 0);
    }

    void sealedInboxRoundTripWithoutPassphrase()
    {
        freshVault();
        const QString inbox = m_dir.filePath("inbox");
        QVERIFY(Inbox::publish(*m_vault, inbox));
        const QString vaultPath = m_vault->path();
        m_vault.reset();  // the nightly task runs with the vault locked

        const QByteArray canary = "Hénin-Canari-Nocturne";
        auto sources = SnapshotImporter::sourcesFromPaths({write("night.json", bundle(snapshot(QString::fromUtf8(canary))))});
        QVERIFY(sources);
        auto sealed = Inbox::seal(inbox, *sources);
        QVERIFY2(sealed.has_value(), sealed ? "" : qPrintable(sealed.error().message));
        QFile f(*sealed);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(!bytes.contains(canary));
        QVERIFY(!bytes.contains("Pénicillines"));
        QCOMPARE(Inbox::pending(inbox).size(), 1);

        // A damaged copy is refused and set aside; the good one is merged at unlock.
        const QString damaged = inbox + "/snapshot-00000000-damaged.sealed";
        QByteArray bad = bytes;
        bad[bad.size() / 2] = char(bad[bad.size() / 2] ^ 0x20);
        QFile d(damaged);
        QVERIFY(d.open(QIODevice::WriteOnly));
        d.write(bad);
        d.close();

        auto v = Vault::open(vaultPath, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(v);
        m_vault = std::move(*v);
        const Inbox::Merged merged = Inbox::mergeAll(*m_vault, inbox);
        QCOMPARE(merged.files.size(), 1);
        QCOMPARE(merged.errors.size(), 0);
        QCOMPARE(merged.quarantined, QStringList{damaged + ".failed"});
        QVERIFY2(merged.quarantineReasons.first().contains("damaged"), qPrintable(merged.quarantineReasons.first()));
        QCOMPARE(merged.summaries.first().byType["Patient"].created, 2);
        QCOMPARE(PatientSearch(m_vault->db()).search("canari")->total, 1);
        QVERIFY(Inbox::pending(inbox).isEmpty());  // the merged one is gone, the damaged one set aside
        QVERIFY(QFile::exists(damaged + ".failed"));
        // Truncated: refused too.
        QVERIFY(QFile::copy(damaged + ".failed", damaged));
        QFile::resize(damaged, 200);
        const Inbox::Merged again = Inbox::mergeAll(*m_vault, inbox);
        QCOMPARE(again.quarantined.size(), 1);
        QVERIFY(again.errors.isEmpty());
    }

    void partialNightlyExportMarksNobodyAbsent()
    {
        freshVault();
        QVERIFY(import({write("full.json", bundle(snapshot()))}));
        const QString inbox = m_dir.filePath("inboxP");
        QVERIFY(Inbox::publish(*m_vault, inbox));
        // Tonight's export holds only one patient: sealed as partial, nobody is marked absent.
        QVERIFY(Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("one.json", bundle({snapshot().first()}))}), true));
        Inbox::Merged m = Inbox::mergeAll(*m_vault, inbox);
        QCOMPARE(m.summaries.size(), 1);
        QCOMPARE(m.summaries.first().markedAbsent, 0);
        // The same as a full export marks the other one.
        QVERIFY(Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("one.json", bundle({snapshot().first()}))})));
        m = Inbox::mergeAll(*m_vault, inbox);
        QCOMPARE(m.summaries.first().markedAbsent, 1);
    }

    void appointmentForAPatientNamedOnlyByText()
    {
        freshVault();
        QJsonObject rdv{{"resourceType", "Appointment"}, {"id", "r9"}, {"start", "2026-11-23T10:00:00Z"},
                        {"participant", QJsonArray{QJsonObject{{"actor", QJsonObject{{"display", "Nouveau patient Dupont"}}}}}}};
        QVERIFY(import({write("r.json", bundle({rdv}))}));
        QCOMPARE(m_vault->db().scalar("SELECT patient_label FROM appointment WHERE source_id = 'r9'")->toString(),
                 QStringLiteral("Nouveau patient Dupont"));
    }

    // A file nested 150,000 levels (a 300 KB line) is refused with its place and reason, the
    // process survives (no recursive parse to overflow the stack), nothing is imported.
    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QStringList>("mustName");
        QByteArray ndjson;
        for (const QJsonObject& r : snapshot().mid(0, 2))
            ndjson += QJsonDocument(r).toJson(QJsonDocument::Compact) + "\n";
        QTest::newRow("NDJSON arrays") << "deep.ndjson" << ndjson + R"({"resourceType":"Observation","id":"o9","note":)" + deep() + "}\n"
                                       << QStringList{"deep.ndjson", "line 3", "deeper than 64 levels"};
        QTest::newRow("NDJSON objects") << "deep.ndjson"
                                        << ndjson + QByteArray(R"({"resourceType":"Observation","id":"o9","a":)").repeated(1) + QByteArray(R"({"a":)").repeated(150000) + "1" + QByteArray(150001, '}') + "\n"
                                        << QStringList{"deep.ndjson", "line 3", "deeper than 64 levels"};
        QByteArray b = bundle(snapshot());
        b.insert(b.lastIndexOf(']'), R"(,{"fullUrl":"urn:uuid:x","resource":{"resourceType":"Observation","id":"o9","note":)" + deep() + "}}");
        QTest::newRow("Bundle entry") << "deep.json" << b << QStringList{"deep.json", "entry 13", "deeper than 64 levels"};
        QTest::newRow("Bundle outside the entries") << "deep.json"
                                                    << QByteArray(R"({"resourceType":"Bundle","type":"collection","meta":)") + deep() + "}"
                                                    << QStringList{"deep.json", "deeper than 64 levels"};
    }

    void deepNestingIsRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QStringList, mustName);
        freshVault();
        QVERIFY(import({write("first.json", bundle(snapshot()))}));
        const QString before = fingerprint();
        const qsizetype audit = m_vault->audit().entries(0, 100000)->size();
        auto s = import({write(name, content)});
        QVERIFY(!s);
        for (const QString& part : mustName)
            QVERIFY2(s.error().message.contains(part), qPrintable(s.error().message + " — missing: " + part));
        QVERIFY(s.error().message.contains("nothing was imported"));
        QCOMPARE(fingerprint(), before);
        QCOMPARE(m_vault->audit().entries(0, 100000)->size(), audit);
    }

    // Sealed into the inbox, the same file is set aside once with its reason, never tried again.
    void sealedDeepNestingIsQuarantined()
    {
        freshVault();
        QVERIFY(import({write("first.json", bundle(snapshot()))}));
        const QString before = fingerprint();
        const QString inbox = m_dir.filePath("inboxDeep");
        QVERIFY(Inbox::publish(*m_vault, inbox));
        const QByteArray line = R"({"resourceType":"Patient","id":"p7","extension":)" + deep() + "}\n";
        auto sealed = Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("Patient.ndjson", line)}));
        QVERIFY(sealed);
        const Inbox::Merged merged = Inbox::mergeAll(*m_vault, inbox);
        QVERIFY(merged.files.isEmpty());
        QVERIFY(merged.errors.isEmpty());
        QCOMPARE(merged.quarantined, QStringList{*sealed + ".failed"});
        const QString reason = merged.quarantineReasons.value(0);
        for (const QString& part : QStringList{QFileInfo(*sealed).fileName() + "/Patient.ndjson", "line 1", "deeper than 64 levels"})
            QVERIFY2(reason.contains(part), qPrintable(reason + " — missing: " + part));
        QCOMPARE(fingerprint(), before);
        QVERIFY(Inbox::pending(inbox).isEmpty());
        // Its reason stays beside it, sealed (readable with the vault's key only).
        QFile reasonFile(*sealed + ".failed.reason");
        QVERIFY(reasonFile.open(QIODevice::ReadOnly));
        QVERIFY(!reasonFile.readAll().contains("levels"));
        const QList<Inbox::Quarantined> aside = Inbox::quarantined(*m_vault, inbox);
        QCOMPARE(aside.size(), 1);
        QCOMPARE(aside.first().reason, reason);
        // The next unlock does not try it again.
        const Inbox::Merged next = Inbox::mergeAll(*m_vault, inbox);
        QVERIFY(next.files.isEmpty() && next.errors.isEmpty() && next.quarantined.isEmpty());
    }

    // Transaction and collection Bundles without resource.id: the fullUrl names the resource and
    // resolves the references between entries; a second import changes nothing.
    void idLessBundleImportedThenUnchanged_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("transaction") << "transaction";
        QTest::newRow("collection") << "collection";
    }

    void idLessBundleImportedThenUnchanged()
    {
        QFETCH(QString, type);
        freshVault();
        auto first = import({write("tx.json", idLessBundle(type))});
        QVERIFY2(first.has_value(), first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->byType["Patient"].created, 2);
        QCOMPARE(first->byType["Encounter"].created, 1);
        QCOMPARE(first->byType["AllergyIntolerance"].created, 1);
        QCOMPARE(first->byType["Practitioner"].created, 1);
        // The urn:uuid is the source id; the RESTful URL gives its id.
        QCOMPARE(m_vault->db().scalar("SELECT birth_name FROM patient WHERE source_id = 'urn:uuid:0c7a3f2e-8d1b-4b6e-9a55-3f1e2d4c5b6a'")->toString(),
                 QStringLiteral("Fontaine"));
        QCOMPARE(m_vault->db().scalar("SELECT birth_name FROM patient WHERE source_id = '42'")->toString(), QStringLiteral("Garnier"));
        // References through the fullUrls reach the right patient and author.
        QCOMPARE(m_vault->db().scalar("SELECT p.birth_name FROM consultation c JOIN patient p ON p.id = c.patient_id")->toString(),
                 QStringLiteral("Fontaine"));
        QCOMPARE(m_vault->db().scalar("SELECT author FROM consultation")->toString(), QStringLiteral("Dr Camille Roche"));
        QCOMPARE(m_vault->db().scalar("SELECT p.birth_name FROM allergy a JOIN patient p ON p.id = a.patient_id")->toString(),
                 QStringLiteral("Garnier"));
        const QString before = fingerprint();
        auto second = import({write("tx.json", idLessBundle(type))});
        QVERIFY(second);
        for (auto it = second->byType.cbegin(); it != second->byType.cend(); ++it) {
            QCOMPARE(it->created, 0);
            QCOMPARE(it->updated, 0);
        }
        QCOMPARE(second->byType["Patient"].unchanged, 2);
        QCOMPARE(second->byType["Encounter"].unchanged, 1);
        QCOMPARE(second->byType["AllergyIntolerance"].unchanged, 1);
        QCOMPARE(fingerprint(), before);
        // An entry with neither id nor fullUrl is still refused, by name.
        QByteArray none = idLessBundle(type);
        none.replace("\"fullUrl\": \"urn:uuid:5e9d0b11-2c3a-4f6d-8e7f-1a2b3c4d5e6f\",", "");
        auto refused = import({write("none.json", none)});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains("entry 3") && refused.error().message.contains("fullUrl"), qPrintable(refused.error().message));
    }

    // Sealed files a broken or foreign tool could write: refused by name, set aside, nothing
    // imported, no length taken on trust.
    void malformedInboxFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QByteArray>("trailing");
        QTest::addColumn<QString>("reason");
        const QByteArray patients = entry("Patient.ndjson", QJsonDocument(snapshot().at(1)).toJson(QJsonDocument::Compact) + "\n");
        QTest::newRow("bytes after the final block") << options() + patients << QByteArray("trailing garbage") << "after its final block";
        QTest::newRow("no options entry") << patients << QByteArray() << "full or a partial export";
        QTest::newRow("options not JSON") << entry(Inbox::kOptionsEntry, "full") + patients << QByteArray() << "import options";
        QTest::newRow("options twice") << options() + options(false) + patients << QByteArray() << "import options";
        QTest::newRow("huge options") << entry(Inbox::kOptionsEntry, QByteArray(5000, ' ')) + patients << QByteArray() << "announces 5000 bytes";
        QTest::newRow("name of 4 GiB") << options() + entry("x", "", 0xffffffffu) << QByteArray() << "file name of 4294967295 bytes";
        QTest::newRow("entry of 8 EiB") << options() + entry("Patient.ndjson", "", 0, quint64(1) << 63) << QByteArray() << "announces";
        QTest::newRow("size past the end") << options() + entry("Patient.ndjson", "{}", 0, 1000000) << QByteArray() << "truncated";
    }

    void malformedInboxFilesAreRefused()
    {
        QFETCH(QByteArray, plain);
        QFETCH(QByteArray, trailing);
        QFETCH(QString, reason);
        freshVault();
        QVERIFY(import({write("first.json", bundle(snapshot()))}));
        const QString before = fingerprint();
        const QString inbox = m_dir.filePath(QStringLiteral("inboxBad%1").arg(m_n));
        QVERIFY(Inbox::publish(*m_vault, inbox));
        const QString file = sealRaw(inbox, "snapshot-20261123-000000-000001.sealed", plain, trailing);
        auto opened = Inbox::open(*m_vault, file);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().message + " — missing: " + reason));
        QVERIFY(opened.error().message.contains(QFileInfo(file).fileName()));
        const Inbox::Merged merged = Inbox::mergeAll(*m_vault, inbox);
        QCOMPARE(merged.quarantined.size(), 1);
        QVERIFY(merged.files.isEmpty());
        QCOMPARE(fingerprint(), before);
        // Well formed, the same content merges.
        if (QTest::currentDataTag() == QByteArray("bytes after the final block")) {
            sealRaw(inbox, "snapshot-20261123-000000-000002.sealed", plain);
            const Inbox::Merged good = Inbox::mergeAll(*m_vault, inbox);
            QCOMPARE(good.files.size(), 1);
        }
    }

    // How many patients a full export marks absent is said before the commit; refusing then
    // commits nothing.
    void absentCountAnnouncedBeforeCommit()
    {
        freshVault();
        QVERIFY(import({write("full.json", bundle(snapshot()))}));
        const QString file = write("one.json", bundle({snapshot().first()}));
        int announced = -1;
        SnapshotImporter::Options o;
        o.beforeCommit = [&](const ImportSummary& s) {
            announced = s.markedAbsent;
            // Not committed yet: nobody is marked so far (the import's own transaction aside).
            return false;
        };
        QVERIFY(!import({file}, o));
        QCOMPARE(announced, 1);
        QCOMPARE(m_vault->db().scalar("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL")->toInt(), 0);
        o.beforeCommit = [&](const ImportSummary& s) {
            announced = s.markedAbsent + 100;
            return true;
        };
        auto done = import({file}, o);
        QVERIFY(done);
        QCOMPARE(announced, 101);
        QCOMPARE(done->markedAbsent, 1);
        QCOMPARE(m_vault->db().scalar("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL")->toInt(), 1);
        // Through the inbox: the hook names the file.
        const QString inbox = m_dir.filePath("inboxAbsent");
        QVERIFY(Inbox::publish(*m_vault, inbox));
        auto sealed = Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({write("p2.json", bundle({snapshot().at(1)}))}));
        QVERIFY(sealed);
        // Cancelled while the sealed file is decrypted and checked: kept, not set aside.
        const Inbox::Merged stopped = Inbox::mergeAll(*m_vault, inbox, Inbox::Hooks{{}, {}, [] { return false; }});
        QVERIFY(stopped.cancelled);
        QVERIFY(stopped.quarantined.isEmpty() && stopped.errors.isEmpty() && stopped.files.isEmpty());
        QCOMPARE(Inbox::pending(inbox), QStringList{*sealed});
        QString named;
        const Inbox::Merged m = Inbox::mergeAll(*m_vault, inbox, Inbox::Hooks{{}, [&](const QString& f, const ImportSummary& s) {
                                                                                 named = f;
                                                                                 announced = s.markedAbsent;
                                                                                 return true;
                                                                             }});
        QCOMPARE(named, *sealed);
        QCOMPARE(announced, 1);  // p1 now (p2 was marked, and comes back)
        QCOMPARE(m.summaries.value(0).markedAbsent, 1);
        QCOMPARE(m_vault->db().scalar("SELECT group_concat(source_id) FROM patient WHERE absent_since_utc IS NOT NULL")->toString(),
                 QStringLiteral("p1"));
    }

    void sealedForAnotherVaultIsRefused()
    {
        freshVault();
        const QString inboxA = m_dir.filePath("inboxA");
        QVERIFY(Inbox::publish(*m_vault, inboxA));
        auto sealed = Inbox::seal(inboxA, *SnapshotImporter::sourcesFromPaths({write("x.json", bundle(snapshot()))}));
        QVERIFY(sealed);
        freshVault();  // another practice's vault
        auto opened = Inbox::open(*m_vault, *sealed);
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains("another vault"));
        QVERIFY(!Inbox::seal(m_dir.filePath("nokey"), {}));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
