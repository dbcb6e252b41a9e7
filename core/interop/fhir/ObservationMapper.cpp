// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/FhirSystems.h"
#include "interop/fhir/Mappers.h"

namespace relais::fhir {

Mapped<ForPatient<Measurement>> mapObservation(const Value& r, const QString& id, MapContext& ctx)
{
    const QString loinc = codeIn(member(r, "code"), {systems::kLoinc});
    if (loinc != u"29463-7" && loinc != u"8302-2")
        return std::nullopt;  // vitals other than weight and height live in consultations
    auto pid = ctx.patient(r, "subject");
    if (!pid)
        return std::unexpected(pid.error());
    const Value* q = member(r, "valueQuantity");
    const Value* v = q ? member(*q, "value") : nullptr;
    if (!v || !v->IsNumber())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"valueQuantity.value\" is missing"));
    const QString unit = str(*q, "code").isEmpty() ? str(*q, "unit") : str(*q, "code");
    double value = v->GetDouble();
    Measurement m;
    m.sourceId = id;
    m.date = date(str(r, "effectiveDateTime"));
    if (loinc == u"29463-7")
        m.weightKg = unit == u"g" ? value / 1000 : value;
    else
        m.heightCm = unit == u"m" ? value * 100 : value;
    return ForPatient<Measurement>{*pid, m};
}

} // namespace relais::fhir
