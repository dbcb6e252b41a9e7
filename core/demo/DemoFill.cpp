// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoFill.h"

#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

namespace relais {

Result<DemoFill> DemoFill::run(Vault& vault, quint32 seed, int count, const QDateTime& nowUtc,
                               const std::function<void(int done)>& progress)
{
    Transaction tx(vault.db());
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    DemoFill added;
    if (count > 0) {
        auto patients = DemoData(seed).fill(vault, count, nowUtc, progress);
        if (!patients)
            return std::unexpected(patients.error());
        added.patients = *patients;
    }
    // Today's and tomorrow's appointments, through the demo EHR's CSV export.
    auto appointments = DemoData(seed).addAppointments(vault, nowUtc);
    if (!appointments)
        return std::unexpected(appointments.error());
    added.appointments = *appointments;
    if (auto r = vault.audit().append(QStringLiteral("demo.fill"), QStringLiteral("patient"), QString(),
                                      QStringLiteral("count=%1").arg(added.patients));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return added;
}

} // namespace relais
