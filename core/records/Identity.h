// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/Patient.h"

#include <QCoreApplication>

namespace relais {

// Identity-status rules for an identity edited in Relais (offline: no INSi teleservice).
class Identity
{
    Q_DECLARE_TR_FUNCTIONS(relais::Identity)

public:
    // The status an identity gets when the GP saves it in Relais. `previous` is the stored one
    // (nullopt for a new patient); `tracesChanged` tells whether an INS trait was edited.
    // - RECUP and QUAL come only from INSi (through the EHR snapshot): they cannot be chosen,
    //   and are kept as they came while the traits are untouched.
    // - Editing a trait of a RECUP/QUAL identity drops it to what the GP asks (PROV or VALI):
    //   the traits are no longer those INSi returned.
    // - VALI needs the complete traits (birth name, first given name, sex, date of birth).
    // - A doubtful or fictitious identity stays PROV.
    static Result<IdentityStatus> statusOnSave(const Patient& edited, IdentityStatus requested,
                                               std::optional<IdentityStatus> previous, bool traitsChanged,
                                               bool doubtful);
    static bool traitsDiffer(const Patient& a, const Patient& b);
    static bool traitsComplete(const Patient& p);
};

} // namespace relais
