// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/FhirSystems.h"
#include "interop/fhir/Mappers.h"
#include "prescribing/PractitionerId.h"

namespace relais::fhir {

Mapped<EhrPractitioner> mapPractitioner(const Value& r, const QString& id)
{
    QString prefix, surname, given;
    if (const Value* names = member(r, "name"); names && names->IsArray() && !names->Empty()) {
        const Value* chosen = &(*names)[0];
        for (const Value& n : names->GetArray())
            if (str(n, "use") == u"official" || str(n, "use") == u"usual") {
                chosen = &n;
                break;
            }
        surname = str(*chosen, "family");
        given = strings(*chosen, "given").join(u' ');
        if (const Value* pre = first(*chosen, "prefix"); pre && pre->IsString())
            prefix = QString::fromUtf8(pre->GetString());
    }
    QString rpps;
    if (const Value* ids = member(r, "identifier"); ids && ids->IsArray())
        for (const Value& i : ids->GetArray()) {
            const QString system = str(i, "system");
            QString value = PractitionerId::compact(str(i, "value"));
            if (system == systems::kIdNatPs && value.size() == 12 && value.startsWith(u'8'))
                value = value.mid(1);  // idNatPs: "8" + RPPS
            else if (system != systems::kRpps)
                continue;
            if (!PractitionerId::isRpps(value))
                return fail(ErrorKind::Invalid, Mapper::tr("field \"identifier\" (RPPS): \"%1\" is not 11 digits with a valid key").arg(str(i, "value")));
            rpps = value;
        }
    QString specialty;
    if (const Value* q = first(r, "qualification"))
        specialty = conceptText(member(*q, "code"));
    QString phone, email;
    if (const Value* telecom = member(r, "telecom"); telecom && telecom->IsArray())
        for (const Value& t : telecom->GetArray()) {
            if (str(t, "system") == u"email" && email.isEmpty())
                email = str(t, "value");
            else if (str(t, "system") == u"phone" && phone.isEmpty())
                phone = str(t, "value");
        }
    QString address, postalCode, city;
    if (const Value* a = first(r, "address")) {
        address = strings(*a, "line").join(u'\n');
        postalCode = str(*a, "postalCode");
        city = str(*a, "city");
    }
    if (surname.isEmpty())
        return std::nullopt;  // nobody to name: nothing worth keeping
    EhrPractitioner p;
    p.sourceId = id;
    p.name = QStringList{prefix, given, surname}.join(u' ').simplified();
    p.surname = surname;
    p.givenNames = given;
    p.rpps = rpps;
    p.specialty = specialty;
    p.address = address;
    p.postalCode = postalCode;
    p.city = city;
    p.phone = phone;
    p.email = email;
    return p;
}

} // namespace relais::fhir
