// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/FhirSystems.h"
#include "interop/fhir/Mappers.h"
#include "records/Nir.h"
#include "records/PatientStore.h"

namespace relais::fhir {

Result<Patient> mapPatient(const Value& r, const QString& id, MapContext& ctx)
{
    Patient p;
    p.origin = Origin::Imported;
    p.sourceId = id;
    const Value* names = member(r, "name");
    if (names && names->IsArray()) {
        const Value* official = nullptr;
        for (const Value& n : names->GetArray()) {
            const QString use = str(n, "use");
            if (use == u"official" && !official)
                official = &n;
            if (use == u"usual") {
                p.usedName = str(n, "family");
                if (const Value* g = first(n, "given"); g && g->IsString())
                    p.usedGivenName = QString::fromUtf8(g->GetString());
            }
        }
        if (!official && !names->Empty())
            official = &(*names)[0];
        if (official) {
            p.birthName = str(*official, "family");
            if (const Value* given = member(*official, "given"); given && given->IsArray())
                for (const Value& g : given->GetArray())
                    if (g.IsString())
                        p.birthGivenNames += QString::fromUtf8(g.GetString()).split(u' ', Qt::SkipEmptyParts);
            p.firstGivenName = p.birthGivenNames.value(0);
        }
    }
    if (p.usedName.compare(p.birthName, Qt::CaseInsensitive) == 0)
        p.usedName.clear();
    const QString gender = str(r, "gender");
    p.sex = gender == u"male" ? Sex::Male : gender == u"female" ? Sex::Female : Sex::Unknown;
    const QString birth = str(r, "birthDate");
    p.birthDate = QDate::fromString(birth, Qt::ISODate);
    if (!birth.isEmpty() && !p.birthDate.isValid())
        return fail(ErrorKind::Invalid, Mapper::tr("field \"birthDate\": \"%1\" is not a full date (YYYY-MM-DD)").arg(birth));
    if (const Value* ids = member(r, "identifier"); ids && ids->IsArray())
        for (const Value& i : ids->GetArray()) {
            const QString system = str(i, "system");
            if (identifierType(i) == u"NH") {  // NSS: the insured person's number, not the INS
                auto nss = Nir::validate(str(i, "value"), QStringLiteral("identifier (NSS)"));
                if (!nss)
                    return fail(ErrorKind::Invalid, nss.error().message);
                p.nss = *nss;
            } else if (system == systems::kNir || system == systems::kNia || system == systems::kNirTest
                       || system == systems::kNirDemo) {
                auto nir = Nir::validate(str(i, "value"), QStringLiteral("identifier (INS)"));
                if (!nir)
                    return fail(ErrorKind::Invalid, nir.error().message);
                p.matricule = *nir;
                p.demo = p.demo || system == systems::kNirDemo || system == systems::kNirTest;
            }
        }
    if (const Value* exts = member(r, "extension"); exts && exts->IsArray())
        for (const Value& e : exts->GetArray()) {
            const QString url = str(e, "url");
            if (url.contains(QLatin1String("identity-reliability"), Qt::CaseInsensitive)
                || url.contains(QLatin1String("IdentityReliability"), Qt::CaseInsensitive)) {
                if (const Value* subs = member(e, "extension"); subs && subs->IsArray())
                    for (const Value& s : subs->GetArray())
                        if (str(s, "url") == u"identityStatus") {
                            const QString code = str(s, "valueCode").isEmpty() ? (member(s, "valueCoding") ? str(*member(s, "valueCoding"), "code") : QString())
                                                                                : str(s, "valueCode");
                            const auto status = identityStatusFromCode(code);
                            if (!status)
                                return fail(ErrorKind::Invalid, Mapper::tr("field \"identityStatus\": \"%1\" is not PROV, VALI, RECUP or QUAL").arg(code));
                            p.identityStatus = *status;
                        }
            } else if (url.contains(QLatin1String("birthPlace"), Qt::CaseInsensitive)) {
                if (const Value* addr = member(e, "valueAddress"))
                    if (const Value* ax = member(*addr, "extension"); ax && ax->IsArray())
                        for (const Value& x : ax->GetArray())
                            if (const Value* coding = member(x, "valueCoding"))
                                p.birthPlaceInsee = str(*coding, "code");
            }
        }
    if (const Value* telecom = member(r, "telecom"); telecom && telecom->IsArray())
        for (const Value& t : telecom->GetArray()) {
            const QString system = str(t, "system");
            if (system == u"email")
                p.email = str(t, "value");
            else if (system == u"phone" && str(t, "use") == u"mobile")
                p.mobile = str(t, "value");
            else if (system == u"phone")
                p.phone = str(t, "value");
        }
    if (const Value* a = first(r, "address")) {
        p.address = strings(*a, "line").join(QStringLiteral(", "));
        p.postalCode = str(*a, "postalCode");
        p.city = str(*a, "city");
    }
    if (auto v = PatientStore::validate(p, ctx.today()); !v)
        return fail(ErrorKind::Invalid, v.error().message);
    if (const Value* meta = member(r, "meta"))
        p.sourceVersion = str(*meta, "versionId");
    return p;
}

} // namespace relais::fhir
