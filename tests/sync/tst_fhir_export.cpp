// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "SyncFixtures.h"
#include "consultation/ConsultationReportStore.h"
#include "consultation/ConsultationStore.h"
#include "demo/DemoData.h"
#include "records/PatientStore.h"
#include "sync/FhirExport.h"
#include "sync/Handover.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

namespace {

QList<QJsonObject> resources(const QJsonObject& bundle, const QString& type)
{
    QList<QJsonObject> out;
    for (const QJsonValue& e : bundle["entry"].toArray())
        if (e["resource"]["resourceType"].toString() == type)
            out.append(e["resource"].toObject());
    return out;
}

const QJsonObject observation(const QJsonObject& bundle, const QString& loinc)
{
    for (const QJsonObject& o : resources(bundle, "Observation"))
        if (o["code"]["coding"][qsizetype(0)]["code"].toString() == loinc)
            return o;
    return {};
}

// Where a JSON value holds an empty or whitespace-only string, an empty array or object, or a
// null (what a strict FHIR server refuses), as "path: what".
void findEmpty(const QJsonValue& v, const QString& path, QStringList* found)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        found->append(path + ": null");
        break;
    case QJsonValue::String: {
        const QString s = v.toString();
        if (std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace() || c == QChar(0xfeff); }))
            found->append(path + (s.isEmpty() ? ": empty string" : ": whitespace-only string"));
        break;
    }
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        if (a.isEmpty())
            found->append(path + ": empty array");
        for (qsizetype i = 0; i < a.size(); ++i)
            findEmpty(a.at(i), QString("%1[%2]").arg(path).arg(i), found);
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        if (o.isEmpty())
            found->append(path + ": empty object");
        for (auto it = o.begin(); it != o.end(); ++it)
            findEmpty(it.value(), path + "." + it.key(), found);
        break;
    }
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
}

QStringList emptiesIn(const QJsonObject& o, const QString& name)
{
    QStringList found;
    findEmpty(o, name, &found);
    return found;
}

} // namespace

class TestFhirExport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    test::Outage m_outage;

    int m_vaults = 0;
    // A vault of its own for a test that changes the outage records.
    void freshVault()
    {
        m_vault.reset();
        auto c = Vault::create(m_dir.filePath(QString("e%1/relais.vault").arg(++m_vaults)), "Dr E", secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        m_outage = test::makeOutage(*m_vault);
        QVERIFY(m_outage.localPatient > 0);
    }

    PatientBundle bundleFor(qint64 patientId)
    {
        Outbox box(*m_vault, m_clock);
        auto entries = box.unsent(patientId);
        auto b = FhirExport(*m_vault).build(patientId, *entries);
        if (!b)
            qWarning() << b.error().message;
        return b ? *b : PatientBundle{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        freshVault();
    }

    void transactionWithEveryResource()
    {
        const PatientBundle pb = bundleFor(m_outage.localPatient);
        const QJsonObject& b = pb.bundle;
        QCOMPARE(b["resourceType"].toString(), "Bundle");
        QCOMPARE(b["type"].toString(), "transaction");
        QCOMPARE(resources(b, "Patient").size(), 1);
        QCOMPARE(resources(b, "Encounter").size(), 1);
        QCOMPARE(resources(b, "Observation").size(), 7);
        QCOMPARE(resources(b, "Condition").size(), 1);
        QCOMPARE(resources(b, "MedicationRequest").size(), 1);
        QCOMPARE(resources(b, "DocumentReference").size(), 1);
        QCOMPARE(pb.outboxIdOfEntry.size(), b["entry"].toArray().size());

        const QJsonObject weight = observation(b, "29463-7");
        QCOMPARE(weight["valueQuantity"]["value"].toDouble(), 64.5);
        QCOMPARE(weight["valueQuantity"]["code"].toString(), "kg");
        QCOMPARE(weight["valueQuantity"]["system"].toString(), "http://unitsofmeasure.org");
        QCOMPARE(observation(b, "8302-2")["valueQuantity"]["code"].toString(), "cm");
        const QJsonObject bp = observation(b, "85354-9");
        QCOMPARE(bp["component"][qsizetype(0)]["code"]["coding"][qsizetype(0)]["code"].toString(), "8480-6");
        QCOMPARE(bp["component"][qsizetype(0)]["valueQuantity"]["value"].toDouble(), 132.0);
        QCOMPARE(bp["component"][1]["code"]["coding"][qsizetype(0)]["code"].toString(), "8462-4");
        QCOMPARE(bp["component"][1]["valueQuantity"]["code"].toString(), "mm[Hg]");
        QCOMPARE(observation(b, "8867-4")["valueQuantity"]["code"].toString(), "/min");
        QCOMPARE(observation(b, "8310-5")["valueQuantity"]["code"].toString(), "Cel");
        QCOMPARE(observation(b, "59408-5")["valueQuantity"]["code"].toString(), "%");
        QCOMPARE(observation(b, "41653-7")["valueQuantity"]["code"].toString(), "g/L");

        const QJsonObject cond = resources(b, "Condition").first();
        QCOMPARE(cond["code"]["coding"][qsizetype(0)]["system"].toString(), "http://hl7.org/fhir/sid/icd-10");
        QCOMPARE(cond["code"]["coding"][qsizetype(0)]["code"].toString(), "J18.9");

        const QJsonObject mr = resources(b, "MedicationRequest").first();
        QVERIFY(mr["medicationCodeableConcept"]["text"].toString().startsWith("LÉVOTHYROXINE SODIQUE 75 µg"));
        QVERIFY(!mr["dosageInstruction"][qsizetype(0)]["text"].toString().isEmpty());
        QCOMPARE(mr["dispenseRequest"]["numberOfRepeatsAllowed"].toInt(), 2);
        QCOMPARE(mr["substitution"]["allowedBoolean"].toBool(true), false);
        QCOMPARE(mr["substitution"]["reason"]["text"].toString(), "MTE");
        QCOMPARE(mr["requester"]["identifier"]["value"].toString(), "10001234565");

        const QJsonObject doc = resources(b, "DocumentReference").first();
        const QJsonObject att = doc["content"][qsizetype(0)]["attachment"].toObject();
        QCOMPARE(att["contentType"].toString(), "application/pdf");
        QVERIFY(QByteArray::fromBase64(att["data"].toString().toLatin1()).startsWith("%PDF"));
        QCOMPARE(pb.documents.size(), 1);
        QCOMPARE(pb.documents.first().fileName, QString("HÉNIN Zoé — 1954-03-12 — 2026-11-23.pdf"));
    }

    void everyResourceIsIdempotentAndReferencesResolve()
    {
        const QJsonObject b = bundleFor(m_outage.localPatient).bundle;
        const QString system = FhirExport(*m_vault).identifierSystem();
        QVERIFY(system.startsWith("urn:relais:"));
        QSet<QString> fullUrls, values;
        for (const QJsonValue& e : b["entry"].toArray())
            fullUrls.insert(e["fullUrl"].toString());
        for (const QJsonValue& e : b["entry"].toArray()) {
            const QJsonObject r = e["resource"].toObject();
            const QJsonObject id = r["identifier"][qsizetype(0)].toObject();
            QCOMPARE(id["system"].toString(), system);
            const QString value = id["value"].toString();
            QVERIFY2(!values.contains(value), qPrintable(value));
            values.insert(value);
            QVERIFY(!fullUrls.contains(value));  // servers rewrite strings equal to a fullUrl
            QCOMPARE(e["request"]["method"].toString(), "POST");
            QCOMPARE(e["request"]["ifNoneExist"].toString(), "identifier=" + system + "|" + value);
            if (r.contains("subject"))
                QVERIFY(fullUrls.contains(r["subject"]["reference"].toString()));
        }
        // The same records give the same identifiers (a second export matches the first).
        QSet<QString> again;
        for (const QJsonValue& e : bundleFor(m_outage.localPatient).bundle["entry"].toArray())
            again.insert(e["resource"]["identifier"][qsizetype(0)]["value"].toString());
        QCOMPARE(again, values);
    }

    void provisionalIdentityCarriesNoIns()
    {
        PatientStore ps(*m_vault);
        auto p = ps.get(m_outage.localPatient);
        QVERIFY(p);
        const QJsonObject patient = resources(bundleFor(m_outage.localPatient).bundle, "Patient").first();
        QCOMPARE(patient["identifier"].toArray().size(), 1);  // Relais's own only
        QCOMPARE(patient["birthDate"].toString(), "1954-03-12");
        QCOMPARE(patient["name"][qsizetype(0)]["family"].toString(), "Hénin");
    }

    // The NSS imported with a patient (a parent's number for a child) goes back beside the INS,
    // typed NH, even where the INS may not travel (PROV).
    void theNssGoesBackTypedNh()
    {
        freshVault();
        auto set = m_vault->db().prepare("UPDATE patient SET nss = ? WHERE id = ?");
        QVERIFY(set);
        const QString nss = DemoData::makeNir(1, 62, 5, "69", 123, 7);
        set->bindAll({nss, m_outage.localPatient});
        QVERIFY(set->run());
        const QJsonArray ids = resources(bundleFor(m_outage.localPatient).bundle, "Patient").first()["identifier"].toArray();
        QCOMPARE(ids.size(), 2);  // Relais's own and the NSS, no INS on a PROV identity
        const QJsonObject nh = ids.at(1).toObject();
        QCOMPARE(nh["value"].toString(), nss);
        QCOMPARE(nh["type"]["coding"][0]["code"].toString(), "NH");
        QVERIFY(nh["system"].toString().startsWith("urn:oid:1.2.250.1.213.1.4."));
    }

    void importedPatientReferencedByEhrId()
    {
        const QJsonObject b = bundleFor(m_outage.importedPatient).bundle;
        QCOMPARE(resources(b, "Patient").size(), 0);
        QCOMPARE(QJsonValue(resources(b, "Encounter").first())["subject"]["reference"].toString(), "Patient/ehr-42");
    }

    void reportKeptAtFinalisationIsTheOneExported()
    {
        // Finalising rendered and kept revision 1's report; the Bundle and the file carry those bytes.
        const qint64 cid = m_outage.consultations.first();
        auto kept = ConsultationReportStore(*m_vault).stored(cid, 1);
        QVERIFY(kept);
        QVERIFY(kept->has_value());
        QVERIFY((*kept)->startsWith("%PDF"));
        const PatientBundle pb = bundleFor(m_outage.localPatient);
        QCOMPARE(pb.documents.size(), 1);
        QCOMPARE(pb.documents.first().pdf, **kept);
        const QJsonObject att = resources(pb.bundle, "DocumentReference").first()["content"][qsizetype(0)]["attachment"].toObject();
        QCOMPARE(QByteArray::fromBase64(att["data"].toString().toLatin1()), **kept);
    }

    void correctionKeepsANewReport()
    {
        test::Outage o = m_outage;
        QVERIFY(test::addVisit(*m_vault, m_outage.localPatient, m_outage.doctorId, o, 64.5));
        const qint64 cid = o.consultations.last();
        ConsultationStore cs(*m_vault);
        auto c = cs.get(cid);
        QVERIFY(c);
        c->conclusion = "Bronchite aiguë";
        QVERIFY(cs.correct(*c, "erreur de saisie"));
        ConsultationReportStore reports(*m_vault);
        auto first = reports.stored(cid, 1);
        auto second = reports.stored(cid, 2);
        QVERIFY(first && first->has_value());
        QVERIFY(second && second->has_value());
        QVERIFY(**first != **second);
        // The export takes the current revision's report, as kept.
        auto now = cs.get(cid);
        auto patient = PatientStore(*m_vault).get(now->patientId);
        auto doctor = reports.prescriber(*now);
        QVERIFY(patient && doctor && doctor->has_value());
        auto pdf = reports.pdf(*now, **doctor, *patient);
        QVERIFY(pdf);
        QCOMPARE(*pdf, **second);
    }

    void reportRenderedAgainWhenThePatientChanged()
    {
        // A report kept from another identity is not handed back: it is rendered again.
        ConsultationReportStore reports(*m_vault);
        const qint64 cid = m_outage.consultations.last();  // the imported patient's
        auto c = ConsultationStore(*m_vault).get(cid);
        QVERIFY(c);
        auto before = reports.stored(cid, c->revision);
        QVERIFY(before && before->has_value());
        auto patient = PatientStore(*m_vault).get(c->patientId);
        auto doctor = reports.prescriber(*c);
        QVERIFY(patient && doctor && doctor->has_value());
        Patient renamed = *patient;
        renamed.birthName = "DUVAL-HÉNIN";
        QVERIFY(ConsultationReportStore::inputsHash(*c, **doctor, renamed) != ConsultationReportStore::inputsHash(*c, **doctor, *patient));
        auto again = reports.pdf(*c, **doctor, renamed);
        QVERIFY(again);
        QVERIFY(*again != **before);
        auto after = reports.stored(cid, c->revision);
        QCOMPARE(**after, *again);  // kept in place of the outdated one
        auto same = reports.pdf(*c, **doctor, renamed);
        QCOMPARE(*same, *again);    // and reused from now on
    }

    void fastJsonIsQtsJsonByteForByte()
    {
        const PatientBundle pb = bundleFor(m_outage.localPatient);
        const QByteArray fast = FhirExport::toJson(pb.bundle);
        QCOMPARE(fast, QJsonDocument(pb.bundle).toJson(QJsonDocument::Compact));
        QVERIFY(fast.size() > 20000);  // the PDF is in it
        // Not base64 (a quote would need escaping): left to Qt's writer, still identical.
        QJsonObject odd = pb.bundle;
        QJsonArray entries = odd["entry"].toArray();
        QJsonObject e = entries.last().toObject();
        e["resource"] = QJsonObject{{"resourceType", "DocumentReference"},
                                    {"content", QJsonArray{QJsonObject{{"attachment", QJsonObject{{"data", QString(2000, u'"')}}}}}}};
        entries.append(e);
        odd["entry"] = entries;
        QCOMPARE(FhirExport::toJson(odd), QJsonDocument(odd).toJson(QJsonDocument::Compact));
    }

    void changedImportedPatientIsAnUpdateConditionedOnTheSnapshotVersion()
    {
        freshVault();
        QVERIFY(m_vault->db().exec(QString("UPDATE patient SET source_version = '7' WHERE id = %1").arg(m_outage.importedPatient)));
        PatientStore ps(*m_vault);
        Patient p = *ps.get(m_outage.importedPatient);
        p.city = "Villeurbanne";
        QVERIFY(ps.update(p, p.identityStatus));
        const PatientBundle pb = bundleFor(m_outage.importedPatient);
        QJsonObject request;
        for (const QJsonValue& e : pb.bundle["entry"].toArray())
            if (e["resource"]["resourceType"].toString() == "Patient")
                request = e["request"].toObject();
        QCOMPARE(request["method"].toString(), "PUT");
        QCOMPARE(request["url"].toString(), "Patient/ehr-42");
        QCOMPARE(request["ifMatch"].toString(), "W/\"7\"");
        QCOMPARE(pb.conditionedPatientRef, QString("Patient/ehr-42"));
        QVERIFY(pb.conditionedPatientOutboxId > 0);
        QCOMPARE(pb.conditionedPatient["address"][0]["city"].toString(), "Villeurbanne");

        // Towards another server than the snapshot's, the EHR's ids mean nothing.
        QVERIFY(FhirExport::sameServerAsSnapshot(*m_vault, QUrl("https://ehr.example.fr/fhir/")));
        QVERIFY(FhirExport::setSnapshotServer(*m_vault, QUrl("https://ehr.example.fr/fhir")));
        QVERIFY(FhirExport::sameServerAsSnapshot(*m_vault, QUrl("https://ehr.example.fr/fhir/")));
        QVERIFY(!FhirExport::sameServerAsSnapshot(*m_vault, QUrl("https://autre.example.fr/fhir/")));
        QVERIFY(FhirExport::setSnapshotServer(*m_vault, QUrl()));
        FhirExport other(*m_vault);
        other.setUseEhrIds(false);
        const auto entries = Outbox(*m_vault, m_clock).unsent(m_outage.importedPatient);
        auto elsewhere = other.build(m_outage.importedPatient, *entries, false);
        QVERIFY(elsewhere);
        const QString subject = QJsonValue(resources(elsewhere->bundle, "Encounter").first())["subject"]["reference"].toString();
        QVERIFY2(!subject.contains("ehr-42"), qPrintable(subject));
        QCOMPARE(elsewhere->conditionedPatientOutboxId, 0);
    }

    void prunedRemovesEveryEmptyAtAnyDepth_data()
    {
        QTest::addColumn<QByteArray>("in");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("town without street")
            << QByteArray(R"({"address":[{"line":[""],"postalCode":"","city":"Lyon"}]})")
            << QByteArray(R"({"address":[{"city":"Lyon"}]})");
        QTest::newRow("blank lines among lines")
            << QByteArray(R"({"line":["3 place Bellecour"," ","\t","Bât. B"]})")
            << QByteArray(R"({"line":["3 place Bellecour","Bât. B"]})");
        QTest::newRow("emptied up to the top")
            << QByteArray(R"({"resourceType":"Patient","name":[{"given":[" "],"family":"\u00a0"}],"telecom":[{}],"x":{"y":{"z":[]}}})")
            << QByteArray(R"({"resourceType":"Patient"})");
        QTest::newRow("nulls and byte-order marks") << QByteArray(R"({"a":null,"b":"\ufeff","c":[null],"d":"x"})")
                                                    << QByteArray(R"({"d":"x"})");
        QTest::newRow("numbers, booleans, inner spaces kept")
            << QByteArray(R"({"a":0,"b":false,"c":" x ","d":[0,true]})") << QByteArray(R"({"a":0,"b":false,"c":" x ","d":[0,true]})");
    }
    void prunedRemovesEveryEmptyAtAnyDepth()
    {
        QFETCH(QByteArray, in);
        QFETCH(QByteArray, out);
        const QJsonObject input = QJsonDocument::fromJson(in).object();
        QVERIFY(!input.isEmpty());
        if (in != out)
            QVERIFY(!emptiesIn(input, "in").isEmpty());  // the walker sees them
        const QJsonObject result = FhirExport::pruned(input);
        QCOMPARE(QJsonDocument(result).toJson(QJsonDocument::Compact), QJsonDocument::fromJson(out).toJson(QJsonDocument::Compact));
        QVERIFY(emptiesIn(result, "out").isEmpty());
    }

    void theWalkerFindsEveryKindOfEmpty()
    {
        const QJsonObject bad = QJsonDocument::fromJson(R"({"a":"","b":" \n","c":[],"d":{},"e":null,"f":[{"g":"ok"}]})").object();
        QCOMPARE(emptiesIn(bad, "r").size(), 5);
    }

    // Every resource Relais can hand back, for every case of a demo vault (partial addresses,
    // blanks, children, secure prescriptions, corrections, an imported patient changed), towards
    // the snapshot's EHR and towards another server, and the handover archive's files: no empty
    // string, whitespace-only string, empty array, empty object or null anywhere.
    void nothingEmptyInAnythingRelaisWrites()
    {
        m_vault.reset();
        auto created = Vault::create(m_dir.filePath("demo/relais.vault"), "Dr D", secret(test::kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        m_vault = std::move(created->vault);
        const test::DemoOutage demo = test::makeDemoOutage(*m_vault, 30);
        QVERIFY(demo.ok);
        QVERIFY(m_vault->db().exec(QString("UPDATE patient SET source_version = '3' WHERE id = %1").arg(demo.changedImported)));
        Outbox box(*m_vault, m_clock);
        auto due = box.duePatients();
        QVERIFY(due && due->size() > 10);
        QStringList found;
        int sent = 0;
        int conditioned = 0;
        QSet<QString> types;
        for (const bool ehrIds : {true, false}) {
            FhirExport exporter(*m_vault);
            exporter.setUseEhrIds(ehrIds);
            for (qint64 pid : std::as_const(*due)) {
                auto b = exporter.build(pid, *box.unsent(pid), ehrIds);  // the PDFs once
                QVERIFY2(b, b ? "" : qPrintable(b.error().message));
                found += emptiesIn(b->bundle, QString("patient %1 Bundle").arg(pid));
                if (b->conditionedPatientOutboxId) {
                    ++conditioned;
                    found += emptiesIn(b->conditionedPatient, "conditioned patient");
                }
                QCOMPARE(QJsonDocument::fromJson(FhirExport::toJson(b->bundle)).object(), b->bundle);
                for (const QJsonValue& e : b->bundle["entry"].toArray()) {
                    if (e["resource"].isObject()) {
                        ++sent;
                        types.insert(e["resource"]["resourceType"].toString());
                    }
                }
                if (pid == demo.townOnly) {
                    const QJsonObject patient = resources(b->bundle, "Patient").first();
                    QCOMPARE(patient["address"].toArray(), (QJsonArray{QJsonObject{{"city", "Lyon"}, {"country", "FR"}}}));
                }
                if (pid == demo.createdInRelais.at(1))  // the blank used name is no name
                    QCOMPARE(resources(b->bundle, "Patient").first()["name"].toArray().size(), 1);
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join('\n')));
        QCOMPARE(types, (QSet<QString>{"Patient", "Encounter", "Observation", "Condition", "AllergyIntolerance",
                                       "MedicationRequest", "DocumentReference"}));
        QVERIFY(sent > 100);
        QCOMPARE(conditioned, 1);  // the imported patient corrected in Relais, towards its EHR
        const auto nothingThere = [&](qint64 pid) {
            const QJsonObject b = bundleFor(pid).bundle;
            return resources(b, "Patient").first().contains("address") ? QString() : QString("no address");
        };
        QCOMPARE(nothingThere(demo.createdInRelais.at(4)), QString("no address"));  // blanks only: none at all

        // The handover archive: every file of JSON in it.
        const QString out = m_dir.filePath("demo-out");
        auto s = Handover::exportTo(*m_vault, out, secret("tapis volant cerise quarante"), KdfParams::fastForTests());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const QString opened = m_dir.filePath("demo-opened");
        auto files = Handover::open(s->archivePath, secret("tapis volant cerise quarante"), opened);
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        int bundles = 0;
        for (const QString& name : std::as_const(*files)) {
            if (!name.endsWith(".json"))
                continue;
            QFile f(QDir(opened).filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(name));
            found += emptiesIn(doc.object(), name);
            bundles += name.startsWith("fhir/");
        }
        QCOMPARE(bundles, s->patients);
        QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 20).join('\n')));
    }

    void correctedConsultationUpdatesAndRemovesByIdentifier()
    {
        freshVault();
        ConsultationStore cs(*m_vault);
        const qint64 id = m_outage.consultations.first();
        Consultation c = *cs.get(id);
        c.vitals.temperatureC.reset();
        c.diagnoses.clear();
        QVERIFY(cs.correct(c, "erreur"));
        const QJsonObject b = bundleFor(m_outage.localPatient).bundle;
        const QString system = FhirExport(*m_vault).identifierSystem();
        QStringList puts, deletes;
        for (const QJsonValue& e : b["entry"].toArray()) {
            const QString method = e["request"]["method"].toString();
            const QString url = e["request"]["url"].toString();
            if (method == "PUT")
                puts.append(url);
            else if (method == "DELETE")
                deletes.append(url);
            if (e["resource"]["resourceType"].toString() == "Observation")
                QCOMPARE(method, "PUT");
        }
        const QString cid = QString::number(id);
        QVERIFY(puts.contains(QString("Encounter?identifier=%1|consultation-%2").arg(system, cid)));
        QVERIFY(puts.contains(QString("Observation?identifier=%1|consultation-%2-weight").arg(system, cid)));
        QCOMPARE(deletes, (QStringList{QString("Observation?identifier=%1|consultation-%2-temp").arg(system, cid),
                                      QString("Condition?identifier=%1|consultation-%2-dx1").arg(system, cid)}));
        QCOMPARE(resources(b, "Condition").size(), 0);
    }
};

QTEST_MAIN(TestFhirExport)
#include "tst_fhir_export.moc"
