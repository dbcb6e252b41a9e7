// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/Mappers.h"

namespace relais::fhir {

namespace {

// The practitioner an Encounter names (participant.individual): its source id when the
// snapshot or the vault holds it, and its name, else the reference's display text.
// Informative only: an unknown one is no error.
void setAuthor(Consultation& c, const Value& encounter, MapContext& ctx)
{
    const Value* parts = member(encounter, "participant");
    if (!parts || !parts->IsArray())
        return;
    for (const Value& p : parts->GetArray())
        if (const Value* who = member(p, "individual")) {
            if (const auto known = ctx.practitioner(str(*who, "reference"))) {
                c.authorRef = known->sourceId;
                c.author = known->name;
                return;
            }
            if (!str(*who, "display").isEmpty()) {
                c.author = str(*who, "display");
                return;
            }
        }
}

} // namespace

Result<Consultation> mapEncounter(const Value& r, const QString& id, MapContext& ctx)
{
    auto pid = ctx.patient(r, "subject");
    if (!pid)
        return std::unexpected(pid.error());
    const Value* period = member(r, "period");
    const QDateTime start = dateTime(period ? str(*period, "start") : QString());
    if (!start.isValid())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"period.start\" is missing or not a date"));
    Consultation c;
    c.patientId = *pid;
    c.origin = Origin::Imported;
    c.sourceId = id;
    c.status = Consultation::Status::Final;
    c.startedUtc = start;
    c.finalisedUtc = dateTime(str(*period, "end"));
    c.reason = conceptText(first(r, "reasonCode"));
    if (c.reason.isEmpty())
        c.reason = conceptText(first(r, "type"));
    if (const Value* text = member(r, "text"))
        c.examination = stripHtml(str(*text, "div"));
    setAuthor(c, r, ctx);
    return c;
}

} // namespace relais::fhir
