// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPageSize>
#include <QRectF>

namespace relais {

class Database;
class Vault;

// Shift of everything printed, to compensate a printer's paper feed (mm, + = right / down).
struct PrinterCalibration
{
    double dxMm = 0;
    double dyMm = 0;
};

// Where to print on the practice's pre-printed secure paper (ordonnance sécurisée), in mm from
// the sheet's top-left corner. The defaults are a guess at a common A4 stock (unconfirmed): the
// practice adjusts them to its own pads.
struct SecurePaperLayout
{
    QPageSize::PageSizeId page = QPageSize::A4;
    QRectF date{120, 58, 75, 6};
    QRectF patient{20, 68, 170, 14};
    QRectF lines{20, 88, 170, 160};
    QRectF countSquare{182, 42, 10, 10};  // "nombre de spécialités prescrites"
    QRectF signature{120, 252, 70, 25};
    bool printPrescriber = false;  // the identity is usually pre-printed in blue

    QJsonObject toJson() const;
    // Refuses rectangles outside the sheet, with the field named.
    static Result<SecurePaperLayout> fromJson(const QJsonObject& o);
};

// Print settings kept in the vault (not secret, but they travel with the practice's data).
class PrintSettings
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrintSettings)

public:
    explicit PrintSettings(Vault& vault);

    Result<PrinterCalibration> calibration(const QString& printerName);
    // Offsets beyond ±20 mm are refused (a wrong paper size, not a feed offset).
    Result<void> setCalibration(const QString& printerName, const PrinterCalibration& c);
    Result<SecurePaperLayout> secureLayout();
    Result<void> setSecureLayout(const SecurePaperLayout& layout);

private:
    Result<QJsonObject> read(const QString& key);
    Result<void> write(const QString& key, const QJsonObject& value);

    Database& m_db;
};

} // namespace relais
