// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/Mappers.h"

namespace relais::fhir {

// MedicationStatement and MedicationRequest: the same record, the dosage under another name.
Mapped<ForPatient<Treatment>> mapMedication(const Value& r, const QString& id, const QString& type, MapContext& ctx)
{
    const QString status = str(r, "status");
    if (!status.isEmpty() && status != u"active")
        return std::nullopt;
    auto pid = ctx.patient(r, "subject");
    if (!pid)
        return std::unexpected(pid.error());
    Treatment t;
    t.sourceId = id;
    t.dci = conceptText(member(r, "medicationCodeableConcept"));
    if (t.dci.isEmpty())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"medicationCodeableConcept\" is missing"));
    const Value* dosage = first(r, type == u"MedicationRequest" ? "dosageInstruction" : "dosage");
    t.posology = dosage ? str(*dosage, "text") : QString();
    if (const Value* dispense = member(r, "dispenseRequest"))
        if (const Value* n = member(*dispense, "numberOfRepeatsAllowed"); n && n->IsInt())
            t.renewals = n->GetInt();
    if (const Value* sub = member(r, "substitution")) {
        const Value* allowed = member(*sub, "allowedBoolean");
        if (allowed && allowed->IsBool() && !allowed->GetBool()) {
            const QString reason = conceptText(member(*sub, "reason")).toUpper();
            t.nonSubstitutable = reason.contains(QLatin1String("EFG")) ? QStringLiteral("EFG")
                : reason.contains(QLatin1String("CIF"))                ? QStringLiteral("CIF")
                                                                       : QStringLiteral("MTE");
        }
    }
    return ForPatient<Treatment>{*pid, t};
}

} // namespace relais::fhir
