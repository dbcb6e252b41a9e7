// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/Consultation.h"
#include "interop/fhir/Json.h"
#include "prescribing/PractitionerStore.h"
#include "records/AppointmentStore.h"
#include "records/Patient.h"

#include <QCoreApplication>

#include <optional>
#include <variant>

// One mapper per FHIR resource type: the resource (JSON already parsed) → the record Relais
// keeps, or nothing when the resource is read but not kept (inactive, a kind Relais does not
// keep), or an error naming the field. A mapper writes nothing: ImportWriter does, through the
// stores. Error messages name the field only; the importer adds the file, line and Type/id.
// A new resource type: one mapper here (and its .cpp), its line in ImportWriter's table, its
// rows in tests/interop/tst_fhir_mappers.cpp.
namespace relais::fhir {

// What a mapper may ask about the rest of the snapshot and the vault.
class MapContext
{
public:
    virtual ~MapContext() = default;
    virtual QDate today() const = 0;
    // The patient row the reference at `key` ("subject", "patient") names: "Patient/123", an
    // entry's fullUrl in this Bundle, a urn:uuid of an earlier import. An error when the field
    // is missing or the patient is neither in the snapshot nor in the vault.
    virtual Result<qint64> patient(const Value& resource, const char* key) = 0;
    // The same for a participant's reference, when it names a known patient (else nothing).
    virtual std::optional<qint64> knownPatient(const QString& reference) = 0;
    // A practitioner of this snapshot or an earlier one: its source id and name.
    struct Author
    {
        QString sourceId;
        QString name;
    };
    virtual std::optional<Author> practitioner(const QString& reference) = 0;
};

// A sub-record and the patient it belongs to.
template <typename Record>
struct ForPatient
{
    qint64 patientId = 0;
    Record record;
};

template <typename Record>
using Mapped = Result<std::optional<Record>>;  // nothing: read, not kept

// For tr(): the messages are the importer's own.
struct Mapper
{
    Q_DECLARE_TR_FUNCTIONS(relais::SnapshotImporter)
};

// Patient: names, sex, birth date, INS (NIR/NIA) and NSS, identity status, birth place,
// telecom, address; checked with PatientStore::validate. sourceVersion = meta.versionId.
Result<Patient> mapPatient(const Value& r, const QString& id, MapContext& ctx);
// Practitioner: name, RPPS (or idNatPs), specialty, telecom, address. Nothing when unnamed.
Mapped<EhrPractitioner> mapPractitioner(const Value& r, const QString& id);
// AllergyIntolerance: substance, first reaction, criticality. Nothing when inactive.
Mapped<ForPatient<Allergy>> mapAllergyIntolerance(const Value& r, const QString& id, MapContext& ctx);
// Condition: an ALD (category "ald") or an antecedent (medical, surgical, family).
Result<ForPatient<std::variant<Antecedent, Ald>>> mapCondition(const Value& r, const QString& id, MapContext& ctx);
// MedicationStatement and MedicationRequest (type): an active treatment. Nothing when not active.
Mapped<ForPatient<Treatment>> mapMedication(const Value& r, const QString& id, const QString& type, MapContext& ctx);
// Observation: weight (LOINC 29463-7) or height (8302-2). Nothing for other observations.
Mapped<ForPatient<Measurement>> mapObservation(const Value& r, const QString& id, MapContext& ctx);
// Encounter: an imported, final consultation (reason, examination text, author).
Result<Consultation> mapEncounter(const Value& r, const QString& id, MapContext& ctx);
// Appointment: start, end, status, description, the patient (or the name given for one).
Result<Appointment> mapAppointment(const Value& r, const QString& id, MapContext& ctx);

} // namespace relais::fhir
