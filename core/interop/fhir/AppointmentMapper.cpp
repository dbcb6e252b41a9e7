// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/Mappers.h"

namespace relais::fhir {

Result<Appointment> mapAppointment(const Value& r, const QString& id, MapContext& ctx)
{
    const QDateTime start = dateTime(str(r, "start"));
    if (!start.isValid())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"start\" is missing or not a date"));
    qint64 patientId = 0;
    QString label;
    if (const Value* parts = member(r, "participant"); parts && parts->IsArray())
        for (const Value& p : parts->GetArray())
            if (const Value* actor = member(p, "actor")) {
                const QString ref = str(*actor, "reference");
                const bool isPatient = ref.startsWith(QLatin1String("Patient/")) || ref.startsWith(QLatin1String("urn:uuid:"));
                if (const auto known = ctx.knownPatient(ref))
                    patientId = *known;
                // A patient named only by text (not yet in the EHR) keeps that name.
                if ((isPatient || ref.isEmpty()) && label.isEmpty())
                    label = str(*actor, "display");
            }
    Appointment a;
    a.sourceId = id;
    a.patientId = patientId;
    a.startUtc = start;
    a.endUtc = dateTime(str(r, "end"));
    a.status = str(r, "status");
    a.description = str(r, "description");
    a.patientLabel = label;
    return a;
}

} // namespace relais::fhir
