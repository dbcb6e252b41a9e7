// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PossibleDuplicates.h"

#include "sync/Outbox.h"
#include "vault/Vault.h"

namespace relais {

using namespace Qt::StringLiterals;

QString PossibleDuplicate::describe() const
{
    QStringList others;
    for (const PatientStore::Duplicate& d : matches)
        others.append(PossibleDuplicates::tr("%1 (%2): %3")
                          .arg(d.displayName, d.birthDate.toString(u"dd/MM/yyyy"_s), d.reason));
    return PossibleDuplicates::tr("%1 (%2), created in Relais, possible duplicate of %3")
        .arg(patientName, birthDate.toString(u"dd/MM/yyyy"_s), others.join(u"; "_s));
}

Result<QList<PossibleDuplicate>> PossibleDuplicates::find(Vault& vault, qint64 onlyPatientId)
{
    auto local = Outbox(vault, vault.clock()).localPatients(onlyPatientId);
    if (!local)
        return std::unexpected(local.error());
    const QList<qint64> ids = *local;
    PatientStore store(vault);
    QList<PossibleDuplicate> out;
    for (qint64 id : std::as_const(ids)) {
        auto p = store.get(id);
        if (!p)
            return std::unexpected(p.error());
        auto matches = store.findDuplicates(*p);
        if (!matches)
            return std::unexpected(matches.error());
        if (!matches->isEmpty())
            out.append({id, p->displayName(), p->birthDate, *matches});
    }
    return out;
}

} // namespace relais
