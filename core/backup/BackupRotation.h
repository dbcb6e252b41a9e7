// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace relais {

class Database;
class Vault;

// Which backups to keep: the newest of each of the `daily` most recent days that have one, of
// the `weekly` most recent ISO weeks, of the `monthly` most recent months (UTC calendar), all
// pooled. A pure function of the backups' times: the same set whether pruning runs every day
// or once after a year.
// The counts are the practice's choice, kept in the vault's meta key `backup_rotation` (owner:
// this struct); missing or out of range there, they read as the defaults.
struct BackupRotation
{
    Q_DECLARE_TR_FUNCTIONS(relais::BackupRotation)

public:
    static constexpr auto kMetaKey = "backup_rotation";
    static constexpr int kMaxCount = 1000;

    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    // The times to keep, newest first (the newest backup is always among them).
    QList<QDateTime> keep(QList<QDateTime> times) const;

    // daily 1 to 1000, weekly and monthly 0 to 1000; the message names the count.
    Result<void> check() const;
    static Result<BackupRotation> load(Vault& vault);
    Result<void> save(Vault& vault) const;
    bool operator==(const BackupRotation&) const = default;
};

} // namespace relais
