// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace relais {

// A document in clear written outside the vault (a PDF the user asked for): readable by its owner
// only from the first byte, written beside and renamed, so a failure leaves nothing half-written.
struct PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrivateFile)

public:
    // "Cannot write PATH: reason" on failure.
    static Result<void> write(const QString& path, const QByteArray& bytes);
};

} // namespace relais
