// SPDX-License-Identifier: GPL-3.0-or-later
// One mapper per FHIR resource type (core/interop/fhir): rows of resource JSON → the record it
// gives (or "skipped", or the exact error). A new resource type brings its mapper and its rows.
#include "interop/SnapshotImporter.h"
#include "interop/fhir/Mappers.h"

#include <QTest>

#include <rapidjson/document.h>

using namespace relais;
using namespace relais::fhir;

namespace {

// Patients p1 (row 1) and a Bundle's urn:uuid (row 2), practitioner d1: the rest is unknown.
class Context : public MapContext
{
public:
    QDate today() const override { return QDate(2026, 12, 4); }
    Result<qint64> patient(const Value& r, const char* key) override
    {
        const Value* ref = member(r, key);
        const QString reference = ref ? str(*ref, "reference") : QString();
        if (reference.isEmpty())
            return fail(ErrorKind::Invalid, QString("field \"%1.reference\" is missing").arg(key));
        if (auto known = knownPatient(reference))
            return *known;
        return fail(ErrorKind::Invalid, QString("field \"%1\" refers to %2, which is not in this snapshot nor in the vault").arg(key, reference));
    }
    std::optional<qint64> knownPatient(const QString& reference) override
    {
        if (reference == "Patient/p1")
            return 1;
        if (reference == "urn:uuid:5d0c5c70-0000-4000-8000-000000000002")
            return 2;
        return std::nullopt;
    }
    std::optional<Author> practitioner(const QString& reference) override
    {
        if (reference == "Practitioner/d1")
            return Author{"d1", "Dr Camille Roche"};
        return std::nullopt;
    }
};

// "key=value; …", empty values left out: one line per record, easy to read in a failure.
class Line
{
public:
    Line& operator()(const char* key, const QString& value)
    {
        if (!value.isEmpty())
            m_parts << QString("%1=%2").arg(key, value);
        return *this;
    }
    Line& operator()(const char* key, const QDate& d) { return (*this)(key, d.isValid() ? d.toString(Qt::ISODate) : QString()); }
    Line& operator()(const char* key, const QDateTime& t) { return (*this)(key, t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString()); }
    Line& operator()(const char* key, qint64 n) { return (*this)(key, n ? QString::number(n) : QString()); }
    Line& operator()(const char* key, double x) { return (*this)(key, x != 0 ? QString::number(x) : QString()); }
    QString str() const { return m_parts.join("; "); }

private:
    QStringList m_parts;
};

QString describe(const Patient& p)
{
    return Line()("id", p.sourceId)("birthName", p.birthName)("given", p.birthGivenNames.join(','))("first", p.firstGivenName)(
               "used", p.usedName)("usedGiven", p.usedGivenName)("sex", sexCode(p.sex))("born", p.birthDate)(
               "ins", p.matricule)("nss", p.nss)("status", identityStatusCode(p.identityStatus))(
               "demo", QString(p.demo ? "yes" : ""))("birthPlace", p.birthPlaceInsee)("address", p.address)(
               "postalCode", p.postalCode)("city", p.city)("phone", p.phone)("mobile", p.mobile)("email", p.email)(
               "version", p.sourceVersion)
        .str();
}

QString describe(const EhrPractitioner& p)
{
    return Line()("id", p.sourceId)("name", p.name)("surname", p.surname)("given", p.givenNames)("rpps", p.rpps)(
               "specialty", p.specialty)("address", QString(p.address).replace('\n', '|'))("postalCode", p.postalCode)(
               "city", p.city)("phone", p.phone)("email", p.email)
        .str();
}

QString describe(const Allergy& a)
{
    return Line()("id", a.sourceId)("substance", a.substance)("reaction", a.reaction)("severity", a.severity).str();
}

QString describe(const Antecedent& a)
{
    const char* kinds[] = {"medical", "surgical", "family"};
    return Line()("antecedent", a.sourceId)("label", a.label)("cim10", a.cim10)("date", a.date)("kind", QString(kinds[int(a.kind)])).str();
}

QString describe(const Ald& a)
{
    return Line()("ald", a.sourceId)("label", a.label)("cim10", a.cim10)("start", a.start)("end", a.end).str();
}

QString describe(const std::variant<Antecedent, Ald>& v)
{
    return std::visit([](const auto& x) { return describe(x); }, v);
}

QString describe(const Treatment& t)
{
    return Line()("id", t.sourceId)("dci", t.dci)("posology", t.posology)("renewals", qint64(t.renewals))(
               "nonSubstitutable", t.nonSubstitutable)
        .str();
}

QString describe(const Measurement& m)
{
    return Line()("id", m.sourceId)("date", m.date)("weightKg", m.weightKg)("heightCm", m.heightCm).str();
}

QString describe(const Consultation& c)
{
    return Line()("id", c.sourceId)("patient", c.patientId)("start", c.startedUtc)("end", c.finalisedUtc)("reason", c.reason)(
               "examination", QString(c.examination).replace('\n', '|'))("author", c.author)("authorRef", c.authorRef)(
               "final", QString(c.status == Consultation::Status::Final && c.origin == Origin::Imported ? "imported" : "?"))
        .str();
}

QString describe(const Appointment& a)
{
    return Line()("id", a.sourceId)("patient", a.patientId)("start", a.startUtc)("end", a.endUtc)("status", a.status)(
               "description", a.description)("label", a.patientLabel)
        .str();
}

template <typename T>
QString describe(const ForPatient<T>& part)
{
    return QString("patient %1: %2").arg(part.patientId).arg(describe(part.record));
}

// The outcome as one line: the record, "skipped", or "error: " and the message.
template <typename T>
QString outcome(const Result<T>& r)
{
    if (!r)
        return "error: " + r.error().message;
    return describe(*r);
}

template <typename T>
QString outcome(const Result<std::optional<T>>& r)
{
    if (!r)
        return "error: " + r.error().message;
    return *r ? describe(**r) : QString("skipped");
}

const QString kNir = "250037505601286";

// The rows' JSON in single quotes (moc does not read raw string literals): back to JSON.
QString json(const char* singleQuoted)
{
    return QString(singleQuoted).replace('\'', '"');
}  // valid key
const QString kNss = "185057800608491";

} // namespace

class TestFhirMappers : public QObject
{
    Q_OBJECT

    // Each test function maps its rows with one mapper.
    template <typename F>
    void check(F map)
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        rapidjson::Document doc;
        doc.Parse(json.toUtf8().constData());
        QVERIFY2(!doc.HasParseError() && doc.IsObject(), "the row's JSON does not parse");
        Context ctx;
        const QString id = str(doc, "id");
        QCOMPARE(map(doc, id, ctx), expected);
    }

    static void columns()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
    }

private slots:
    void patient_data()
    {
        columns();
        QTest::newRow("official and usual names, INS, NSS, telecom, address")
            << QString(json("{'resourceType':'Patient','id':'p1','meta':{'versionId':'3'},"
                 " 'identifier':[{'system':'urn:oid:1.2.250.1.213.1.4.8','value':'%1'},"
                 " {'type':{'coding':[{'code':'NH'}]},'system':'urn:oid:1.2.250.1.213.1.4.8','value':'%2'}],"
                 " 'name':[{'use':'usual','family':'Hénin','given':['Zoé']},{'use':'official','family':'Durand','given':['Zoé Marie','Louise']}],"
                 " 'gender':'female','birthDate':'2000-03-15',"
                 " 'telecom':[{'system':'phone','value':'04 78 00 00 00'},{'system':'phone','use':'mobile','value':'06 11 22 33 44'},"
                 " {'system':'email','value':'zoe@example.fr'}],"
                 " 'address':[{'line':['3 rue Garibaldi','Bât. B'],'postalCode':'69003','city':'Lyon'}]}")).arg(kNir, kNss)
            << QString("id=p1; birthName=Durand; given=Zoé,Marie,Louise; first=Zoé; used=Hénin; usedGiven=Zoé; sex=F; born=2000-03-15; "
                       "ins=%1; nss=%2; status=PROV; address=3 rue Garibaldi, Bât. B; postalCode=69003; city=Lyon; "
                       "phone=04 78 00 00 00; mobile=06 11 22 33 44; email=zoe@example.fr; version=3").arg(kNir, kNss);
        QTest::newRow("identity status and birth place (FR Core extensions), demo INS")
            << QString(json("{'resourceType':'Patient','id':'p2','name':[{'family':'Martin','given':['Paul']}],'gender':'male','birthDate':'2000-03-15',"
                 " 'identifier':[{'system':'urn:oid:1.2.250.1.213.1.4.11','value':'%1'}],"
                 " 'extension':[{'url':'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability',"
                 " 'extension':[{'url':'identityStatus','valueCoding':{'code':'VALI'}}]},"
                 " {'url':'http://hl7.org/fhir/StructureDefinition/patient-birthPlace',"
                 " 'valueAddress':{'extension':[{'url':'x','valueCoding':{'code':'75056'}}]}}]}")).arg(kNir)
            << QString("id=p2; birthName=Martin; given=Paul; first=Paul; sex=M; born=2000-03-15; ins=%1; status=VALI; demo=yes; "
                       "birthPlace=75056").arg(kNir);
        QTest::newRow("same usual and official name: no used name")
            << QString(json("{'resourceType':'Patient','id':'p3','name':[{'use':'official','family':'Roux','given':['Léa']},{'use':'usual','family':'ROUX'}],'birthDate':'1990-01-02'}"))
            << QString("id=p3; birthName=Roux; given=Léa; first=Léa; sex=U; born=1990-01-02; status=PROV");
        QTest::newRow("birth date not a full date")
            << QString(json("{'resourceType':'Patient','id':'p4','name':[{'family':'Roux','given':['Léa']}],'birthDate':'1990-01'}"))
            << QString("error: field \"birthDate\": \"1990-01\" is not a full date (YYYY-MM-DD)");
        QTest::newRow("INS with a wrong key")
            << QString(json("{'resourceType':'Patient','id':'p5','name':[{'family':'Roux','given':['Léa']}],'birthDate':'1990-01-02',"
                 " 'identifier':[{'system':'urn:oid:1.2.250.1.213.1.4.8','value':'250037505601285'}]}"))
            << QString("error: identifier (INS): the key 85 does not match the number (expected 86); check the digits");
        QTest::newRow("identity status not a code")
            << QString(json("{'resourceType':'Patient','id':'p6','name':[{'family':'Roux','given':['Léa']}],'birthDate':'1990-01-02',"
                 " 'extension':[{'url':'https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability',"
                 " 'extension':[{'url':'identityStatus','valueCode':'SURE'}]}]}"))
            << QString("error: field \"identityStatus\": \"SURE\" is not PROV, VALI, RECUP or QUAL");
        QTest::newRow("no given name (PatientStore::validate)")
            << QString(json("{'resourceType':'Patient','id':'p7','name':[{'family':'Roux'}],'birthDate':'1990-01-02'}"))
            << QString("error: First given name: required");
    }
    void patient() { check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapPatient(r, id, ctx)); }); }

    void practitioner_data()
    {
        columns();
        QTest::newRow("RPPS, prefix, qualification, telecom, address")
            << QString(json("{'resourceType':'Practitioner','id':'d1','identifier':[{'system':'https://rpps.esante.gouv.fr','value':'10001234565'}],"
                 " 'name':[{'family':'Roche','given':['Camille'],'prefix':['Dr']}],'qualification':[{'code':{'text':'Médecine générale'}}],"
                 " 'telecom':[{'system':'phone','value':'04 78 11 11 11'},{'system':'phone','value':'04 78 22 22 22'},{'system':'email','value':'c.roche@example.fr'}],"
                 " 'address':[{'line':['1 place Bellecour','Cabinet 2'],'postalCode':'69002','city':'Lyon'}]}"))
            << QString("id=d1; name=Dr Camille Roche; surname=Roche; given=Camille; rpps=10001234565; specialty=Médecine générale; "
                       "address=1 place Bellecour|Cabinet 2; postalCode=69002; city=Lyon; phone=04 78 11 11 11; email=c.roche@example.fr");
        QTest::newRow("idNatPs (8 + RPPS), the official name chosen")
            << QString(json("{'resourceType':'Practitioner','id':'d2','identifier':[{'system':'urn:oid:1.2.250.1.71.4.2.1','value':'810001234565'}],"
                 " 'name':[{'use':'old','family':'Ancien'},{'use':'official','family':'Bernard','given':['Luc','Marie']}]}"))
            << QString("id=d2; name=Luc Marie Bernard; surname=Bernard; given=Luc Marie; rpps=10001234565");
        QTest::newRow("nobody to name: skipped")
            << QString(json("{'resourceType':'Practitioner','id':'d3','identifier':[{'system':'https://rpps.esante.gouv.fr','value':'10001234565'}]}"))
            << QString("skipped");
        QTest::newRow("RPPS with a wrong key")
            << QString(json("{'resourceType':'Practitioner','id':'d4','identifier':[{'system':'https://rpps.esante.gouv.fr','value':'10001234566'}],'name':[{'family':'Roche'}]}"))
            << QString("error: field \"identifier\" (RPPS): \"10001234566\" is not 11 digits with a valid key");
    }
    void practitioner() { check([](const Value& r, const QString& id, Context&) { return outcome(mapPractitioner(r, id)); }); }

    void allergyIntolerance_data()
    {
        columns();
        QTest::newRow("substance, reaction, high criticality")
            << QString(json("{'resourceType':'AllergyIntolerance','id':'a1','patient':{'reference':'Patient/p1'},'criticality':'high',"
                 " 'code':{'coding':[{'system':'http://snomed.info/sct','code':'764146007','display':'Pénicilline'}]},"
                 " 'reaction':[{'manifestation':[{'text':'Urticaire'}]}]}"))
            << QString("patient 1: id=a1; substance=Pénicilline; reaction=Urticaire; severity=high");
        QTest::newRow("a Bundle's urn:uuid, no criticality")
            << QString(json("{'resourceType':'AllergyIntolerance','id':'a2','patient':{'reference':'urn:uuid:5d0c5c70-0000-4000-8000-000000000002'},'code':{'text':'Iode'}}"))
            << QString("patient 2: id=a2; substance=Iode; severity=unknown");
        QTest::newRow("resolved: skipped")
            << QString(json("{'resourceType':'AllergyIntolerance','id':'a3','patient':{'reference':'Patient/p1'},'code':{'text':'Iode'},"
                 " 'clinicalStatus':{'coding':[{'system':'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical','code':'resolved'}]}}"))
            << QString("skipped");
        QTest::newRow("no substance")
            << QString(json("{'resourceType':'AllergyIntolerance','id':'a4','patient':{'reference':'Patient/p1'}}"))
            << QString("error: field \"code\" is missing: which substance?");
        QTest::newRow("no patient reference")
            << QString(json("{'resourceType':'AllergyIntolerance','id':'a5','code':{'text':'Iode'}}"))
            << QString("error: field \"patient.reference\" is missing");
        QTest::newRow("an unknown patient")
            << QString(json("{'resourceType':'AllergyIntolerance','id':'a6','patient':{'reference':'Patient/zz'},'code':{'text':'Iode'}}"))
            << QString("error: field \"patient\" refers to Patient/zz, which is not in this snapshot nor in the vault");
    }
    void allergyIntolerance()
    {
        check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapAllergyIntolerance(r, id, ctx)); });
    }

    void condition_data()
    {
        columns();
        QTest::newRow("ALD with its CIM-10 code and period")
            << QString(json("{'resourceType':'Condition','id':'c1','subject':{'reference':'Patient/p1'},'category':[{'coding':[{'code':'ald'}]}],"
                 " 'code':{'coding':[{'system':'http://hl7.org/fhir/sid/icd-10','code':'E11.9','display':'Diabète de type 2'}]},"
                 " 'onsetDateTime':'2019-04-02','abatementDateTime':'2029-04-01'}"))
            << QString("patient 1: ald=c1; label=Diabète de type 2; cim10=E11.9; start=2019-04-02; end=2029-04-01");
        QTest::newRow("surgical antecedent")
            << QString(json("{'resourceType':'Condition','id':'c2','subject':{'reference':'Patient/p1'},'category':[{'coding':[{'code':'surgical'}]}],"
                 " 'code':{'text':'Appendicectomie','coding':[{'system':'http://hl7.org/fhir/sid/icd-10-fr','code':'K35'}]},'onsetDateTime':'1998-06-01T10:00:00Z'}"))
            << QString("patient 1: antecedent=c2; label=Appendicectomie; cim10=K35; date=1998-06-01; kind=surgical");
        QTest::newRow("family, a date in the future and a code that is no CIM-10: both left out")
            << QString(json("{'resourceType':'Condition','id':'c3','subject':{'reference':'Patient/p1'},'category':[{'coding':[{'code':'FAMILY'}]}],"
                 " 'code':{'text':'Cancer du sein','coding':[{'system':'urn:oid:2.16.840.1.113883.6.3','code':'sein'}]},'onsetDateTime':'2027-01-01'}"))
            << QString("patient 1: antecedent=c3; label=Cancer du sein; kind=family");
        QTest::newRow("no code")
            << QString(json("{'resourceType':'Condition','id':'c4','subject':{'reference':'Patient/p1'}}"))
            << QString("error: field \"code\" is missing");
    }
    void condition() { check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapCondition(r, id, ctx)); }); }

    void medication_data()
    {
        columns();
        QTest::newRow("MedicationStatement: dosage")
            << QString(json("{'resourceType':'MedicationStatement','id':'m1','status':'active','subject':{'reference':'Patient/p1'},"
                 " 'medicationCodeableConcept':{'text':'METFORMINE 1000 mg'},'dosage':[{'text':'1 comprimé matin et soir'}]}"))
            << QString("patient 1: id=m1; dci=METFORMINE 1000 mg; posology=1 comprimé matin et soir");
        QTest::newRow("MedicationRequest: dosageInstruction, renewals, not substitutable (EFG)")
            << QString(json("{'resourceType':'MedicationRequest','id':'m2','subject':{'reference':'Patient/p1'},"
                 " 'medicationCodeableConcept':{'coding':[{'display':'LÉVOTHYROXINE 75 µg'}]},'dosageInstruction':[{'text':'1 le matin'}],"
                 " 'dispenseRequest':{'numberOfRepeatsAllowed':2},'substitution':{'allowedBoolean':false,'reason':{'text':'efg'}}}"))
            << QString("patient 1: id=m2; dci=LÉVOTHYROXINE 75 µg; posology=1 le matin; renewals=2; nonSubstitutable=EFG");
        QTest::newRow("not substitutable, no reason: MTE")
            << QString(json("{'resourceType':'MedicationRequest','id':'m3','subject':{'reference':'Patient/p1'},"
                 " 'medicationCodeableConcept':{'text':'X'},'substitution':{'allowedBoolean':false}}"))
            << QString("patient 1: id=m3; dci=X; nonSubstitutable=MTE");
        QTest::newRow("stopped: skipped")
            << QString(json("{'resourceType':'MedicationStatement','id':'m4','status':'stopped','subject':{'reference':'Patient/p1'},'medicationCodeableConcept':{'text':'X'}}"))
            << QString("skipped");
        QTest::newRow("no medication")
            << QString(json("{'resourceType':'MedicationStatement','id':'m5','subject':{'reference':'Patient/p1'}}"))
            << QString("error: field \"medicationCodeableConcept\" is missing");
    }
    void medication()
    {
        check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapMedication(r, id, str(r, "resourceType"), ctx)); });
    }

    void observation_data()
    {
        columns();
        QTest::newRow("weight in grams")
            << QString(json("{'resourceType':'Observation','id':'o1','subject':{'reference':'Patient/p1'},'effectiveDateTime':'2026-11-30T08:00:00Z',"
                 " 'code':{'coding':[{'system':'http://loinc.org','code':'29463-7'}]},'valueQuantity':{'value':72500,'code':'g'}}"))
            << QString("patient 1: id=o1; date=2026-11-30; weightKg=72.5");
        QTest::newRow("height in metres")
            << QString(json("{'resourceType':'Observation','id':'o2','subject':{'reference':'Patient/p1'},'effectiveDateTime':'2026-11-30',"
                 " 'code':{'coding':[{'system':'http://loinc.org','code':'8302-2'}]},'valueQuantity':{'value':1.68,'unit':'m'}}"))
            << QString("patient 1: id=o2; date=2026-11-30; heightCm=168");
        QTest::newRow("another vital sign: skipped")
            << QString(json("{'resourceType':'Observation','id':'o3','subject':{'reference':'Patient/p1'},"
                 " 'code':{'coding':[{'system':'http://loinc.org','code':'8867-4'}]},'valueQuantity':{'value':70}}"))
            << QString("skipped");
        QTest::newRow("no value")
            << QString(json("{'resourceType':'Observation','id':'o4','subject':{'reference':'Patient/p1'},"
                 " 'code':{'coding':[{'system':'http://loinc.org','code':'29463-7'}]},'valueQuantity':{'unit':'kg'}}"))
            << QString("error: field \"valueQuantity.value\" is missing");
    }
    void observation() { check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapObservation(r, id, ctx)); }); }

    void encounter_data()
    {
        columns();
        QTest::newRow("reason, narrative, a known author")
            << QString(json("{'resourceType':'Encounter','id':'e1','subject':{'reference':'Patient/p1'},"
                 " 'period':{'start':'2026-11-30T09:00:00Z','end':'2026-11-30T09:20:00.000Z'},'reasonCode':[{'text':'Toux'}],"
                 " 'text':{'div':'<div><p>Auscultation &amp; gorge</p>RAS<br/>fin</div>'},"
                 " 'participant':[{'individual':{'reference':'Practitioner/d1','display':'Dr C. Roche'}}]}"))
            << QString("id=e1; patient=1; start=2026-11-30T09:00:00Z; end=2026-11-30T09:20:00Z; reason=Toux; "
                       "examination=Auscultation & gorge|RAS|fin; author=Dr Camille Roche; authorRef=d1; final=imported");
        QTest::newRow("type for the reason, an unknown author named by display, offset time")
            << QString(json("{'resourceType':'Encounter','id':'e2','subject':{'reference':'Patient/p1'},'period':{'start':'2026-11-30T10:00:00+01:00'},"
                 " 'type':[{'coding':[{'display':'Consultation'}]}],'participant':[{'individual':{'reference':'Practitioner/zz','display':'Dr Inconnu'}}]}"))
            << QString("id=e2; patient=1; start=2026-11-30T09:00:00Z; reason=Consultation; author=Dr Inconnu; final=imported");
        QTest::newRow("no start")
            << QString(json("{'resourceType':'Encounter','id':'e3','subject':{'reference':'Patient/p1'},'period':{'end':'2026-11-30'}}"))
            << QString("error: field \"period.start\" is missing or not a date");
    }
    void encounter() { check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapEncounter(r, id, ctx)); }); }

    void appointment_data()
    {
        columns();
        QTest::newRow("a patient of the vault")
            << QString(json("{'resourceType':'Appointment','id':'r1','status':'booked','description':'Renouvellement',"
                 " 'start':'2026-12-04T08:30:00Z','end':'2026-12-04T08:45:00Z',"
                 " 'participant':[{'actor':{'reference':'Practitioner/d1'}},{'actor':{'reference':'Patient/p1','display':'DURAND Zoé'}}]}"))
            << QString("id=r1; patient=1; start=2026-12-04T08:30:00Z; end=2026-12-04T08:45:00Z; status=booked; "
                       "description=Renouvellement; label=DURAND Zoé");
        QTest::newRow("a patient named only by text")
            << QString(json("{'resourceType':'Appointment','id':'r2','status':'cancelled','start':'2026-12-04T09:00:00Z',"
                 " 'participant':[{'actor':{'display':'M. Nouveau'}}]}"))
            << QString("id=r2; start=2026-12-04T09:00:00Z; status=cancelled; label=M. Nouveau");
        QTest::newRow("no start")
            << QString(json("{'resourceType':'Appointment','id':'r3','start':'demain'}"))
            << QString("error: field \"start\" is missing or not a date");
    }
    void appointment() { check([](const Value& r, const QString& id, Context& ctx) { return outcome(mapAppointment(r, id, ctx)); }); }
};

QTEST_GUILESS_MAIN(TestFhirMappers)
#include "tst_fhir_mappers.moc"
