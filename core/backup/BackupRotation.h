// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>

namespace relais {

// Which backups to keep: the newest of each of the `daily` most recent days that have one, of
// the `weekly` most recent ISO weeks, of the `monthly` most recent months (UTC calendar), all
// pooled. A pure function of the backups' times: the same set whether pruning runs every day
// or once after a year.
struct BackupRotation
{
    int daily = 7;
    int weekly = 4;
    int monthly = 12;

    // The times to keep, newest first (the newest backup is always among them).
    QList<QDateTime> keep(QList<QDateTime> times) const;
};

} // namespace relais
