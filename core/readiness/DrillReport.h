// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace relais {

struct DrillRun;

// The dated drill report (A4, French, as the other printed documents): the practice, who took
// part, each step with its time against its target and its result, the readiness check at that
// moment, and what to do for every step not passed and every amber or red readiness line.
class DrillReport
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrillReport)

public:
    static Result<int> paint(QPagedPaintDevice& device, const DrillRun& run);
    static Result<QByteArray> pdf(const DrillRun& run, int* pages = nullptr);
    // The lines of the "actions" section, in French; `onScreen`: the same in the interface
    // language (the dialog, relais-cli's output).
    static QStringList actions(const DrillRun& run, bool onScreen = false);
};

} // namespace relais
