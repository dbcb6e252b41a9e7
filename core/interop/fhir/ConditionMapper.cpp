// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/FhirSystems.h"
#include "interop/fhir/Mappers.h"

#include <QRegularExpression>

namespace relais::fhir {

Result<ForPatient<std::variant<Antecedent, Ald>>> mapCondition(const Value& r, const QString& id, MapContext& ctx)
{
    auto pid = ctx.patient(r, "subject");
    if (!pid)
        return std::unexpected(pid.error());
    const Value* code = member(r, "code");
    const QString label = conceptText(code);
    if (label.isEmpty())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"code\" is missing"));
    const QString cim10 = codeIn(code, {systems::kIcd10, systems::kIcd10Oid, systems::kIcd10Fr});
    const QDate onset = date(str(r, "onsetDateTime"));
    const bool ald = hasCode(member(r, "category"), QStringLiteral("ald"));
    if (ald) {
        Ald a;
        a.sourceId = id;
        a.label = label;
        a.cim10 = cim10;
        a.start = onset;
        a.end = date(str(r, "abatementDateTime"));
        return ForPatient<std::variant<Antecedent, Ald>>{*pid, a};
    }
    Antecedent a;
    a.sourceId = id;
    a.label = label;
    static const QRegularExpression cim10Code(QStringLiteral("^[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?$"));
    a.cim10 = cim10.isEmpty() || cim10Code.match(cim10).hasMatch() ? cim10 : QString();
    a.date = onset.isValid() && onset <= ctx.today() ? onset : QDate();
    a.kind = hasCode(member(r, "category"), QStringLiteral("surgical")) ? Antecedent::Kind::Surgical
        : hasCode(member(r, "category"), QStringLiteral("family"))      ? Antecedent::Kind::Family
                                                                          : Antecedent::Kind::Medical;
    return ForPatient<std::variant<Antecedent, Ald>>{*pid, a};
}

} // namespace relais::fhir
