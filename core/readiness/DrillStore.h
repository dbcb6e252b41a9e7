// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

class Vault;
struct DrillRun;

// The drill reports kept in the (real) vault: the PDF as printed, with its date and summary,
// inside the encrypted file. Owner of the table `drill_report`.
class DrillStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrillStore)

public:
    static constexpr auto kAuditAction = "drill.run";

    struct Kept
    {
        qint64 id = 0;
        QDateTime runUtc;
        QString participants;  // slot labels, ", "-joined
        int failedSteps = 0;
        int notRunSteps = 0;
        QString summary;
        bool passed() const { return failedSteps == 0; }
    };

    explicit DrillStore(Vault& vault) : m_vault(vault) { }

    // Keeps the report and writes "drill.run" to the audit trail, in one transaction.
    Result<qint64> keep(const DrillRun& run, const QByteArray& pdf);
    Result<QList<Kept>> list();
    Result<QByteArray> pdf(qint64 id);
    // The newest drill, if any (the readiness check reads this).
    Result<std::optional<Kept>> latest();

private:
    Vault& m_vault;
};

} // namespace relais
