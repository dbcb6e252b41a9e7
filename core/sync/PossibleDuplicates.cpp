// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PossibleDuplicates.h"

#include "storage/Sqlite.h"
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
    auto q = vault.db().prepare(u"SELECT p.id FROM patient p JOIN outbox o ON o.kind = 'patient' AND o.record_id = p.id "
                                "WHERE p.origin = 'local' AND (? = 0 OR p.id = ?) ORDER BY p.id"_s);
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({onlyPatientId, onlyPatientId});
    QList<qint64> ids;
    if (auto r = q->each([&](const Statement& s) { ids.append(s.integer(0)); }); !r)
        return std::unexpected(r.error());
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
