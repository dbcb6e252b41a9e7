// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Identity.h"

namespace relais {

bool Identity::traitsDiffer(const Patient& a, const Patient& b)
{
    return a.birthName != b.birthName || a.birthGivenNames != b.birthGivenNames || a.firstGivenName != b.firstGivenName
        || a.sex != b.sex || a.birthDate != b.birthDate || a.birthPlaceInsee != b.birthPlaceInsee
        || a.matricule != b.matricule;
}

bool Identity::traitsComplete(const Patient& p)
{
    return !p.birthName.trimmed().isEmpty() && !p.firstGivenName.trimmed().isEmpty() && p.sex != Sex::Unknown
        && p.birthDate.isValid();
}

Result<IdentityStatus> Identity::statusOnSave(const Patient& edited, IdentityStatus requested,
                                              std::optional<IdentityStatus> previous, bool traitsChanged, bool doubtful)
{
    const bool fromInsi = previous && (*previous == IdentityStatus::Recup || *previous == IdentityStatus::Qual);
    if (requested == IdentityStatus::Recup || requested == IdentityStatus::Qual) {
        if (fromInsi && requested == *previous && !traitsChanged && !doubtful)
            return requested;  // kept as imported
        return fail(ErrorKind::Invalid,
                    tr("Identity status: RECUP and QUAL are obtained from the INSi teleservice, which Relais cannot "
                       "reach; choose PROV or VALI"));
    }
    if (doubtful)
        return IdentityStatus::Prov;
    if (requested == IdentityStatus::Vali && !traitsComplete(edited))
        return fail(ErrorKind::Invalid,
                    tr("Identity status: VALI needs the birth name, first given name, sex and date of birth"));
    return requested;
}

} // namespace relais
