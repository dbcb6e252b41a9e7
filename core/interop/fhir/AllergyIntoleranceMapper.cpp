// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/FhirSystems.h"
#include "interop/fhir/Mappers.h"

namespace relais::fhir {

namespace {

bool inactive(const Value& r, const char* key = "clinicalStatus")
{
    const Value* status = member(r, key);
    if (!status)
        return false;
    const QString code = status->IsString() ? QString::fromUtf8(status->GetString()) : codeIn(status, {systems::kAllergyClinical, systems::kConditionClinical});
    return code == u"inactive" || code == u"resolved" || code == u"stopped" || code == u"completed" || code == u"entered-in-error"
        || code == u"cancelled";
}

} // namespace

Mapped<ForPatient<Allergy>> mapAllergyIntolerance(const Value& r, const QString& id, MapContext& ctx)
{
    if (inactive(r))
        return std::nullopt;
    auto pid = ctx.patient(r, "patient");
    if (!pid)
        return std::unexpected(pid.error());
    Allergy a;
    a.sourceId = id;
    a.substance = conceptText(member(r, "code"));
    if (a.substance.isEmpty())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"code\" is missing: which substance?"));
    if (const Value* reaction = first(r, "reaction"))
        a.reaction = conceptText(first(*reaction, "manifestation"));
    const QString crit = str(r, "criticality");
    a.severity = crit == u"high" ? QStringLiteral("high") : crit == u"low" ? QStringLiteral("low") : QStringLiteral("unknown");
    return ForPatient<Allergy>{*pid, a};
}

} // namespace relais::fhir
