// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>

#include <functional>

namespace relais {

class Vault;

// What `relais-cli demo` adds to a vault, in one transaction (all or nothing): `count` invented
// patients with their consultations (DemoData::fill, none when `count` is 0), today's and
// tomorrow's appointments (DemoData::addAppointments) and the audit entry "demo.fill".
struct DemoFill
{
    int patients = 0;
    int appointments = 0;

    static Result<DemoFill> run(Vault& vault, quint32 seed, int count, const QDateTime& nowUtc,
                                const std::function<void(int done)>& progress = {});
};

} // namespace relais
