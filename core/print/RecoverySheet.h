// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace relais {

class SecureBytes;

// The sheet the practice keeps in its safe: the recovery key and how to use it. Painted on any
// paged device (a QPrinter for the practice printer, a QPdfWriter in tests).
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(relais::RecoverySheet)

public:
    static bool paint(QPagedPaintDevice& device, const SecureBytes& recoveryKey, const QString& vaultPath,
                      const QDateTime& createdUtc);
};

} // namespace relais
