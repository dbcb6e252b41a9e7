// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace relais {

class AuditTable;
class Vault;

// The audit trail's report for an inspector or the practice's DPO: the filtered entries as the
// viewer shows them, dated and paginated, with the chain check and the vault id. Patients are
// named only when the filter is one patient (an access request); otherwise only their row id.
class AuditReport
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditReport)

public:
    static constexpr int kMaxEntries = 20000;  // about 450 pages; a narrower filter beyond

    // Whether the report would hold personal data in clear (the caller says so before writing).
    static bool namesPatients(const AuditFilter& filter) { return filter.objectType == QLatin1String("patient"); }
    // The PDF bytes, in French whatever the interface (its filter described by filterWords);
    // `entries` receives the count.
    static Result<QByteArray> render(Vault& vault, AuditFilter filter, int* pages = nullptr, int* entries = nullptr);
    // Renders, writes `path` (owner-only, atomically) and records "audit.export".
    static Result<int> write(Vault& vault, const AuditFilter& filter, const QString& path);
    // The filter in words ("from 02/11/2026, practitioner Dr B, Record opened"), in the current
    // language (French in the report); "" for no filter.
    static QString filterWords(AuditTable& table, const AuditFilter& filter);
};

} // namespace relais
