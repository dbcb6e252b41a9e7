// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPagedPaintDevice;

namespace relais {
class Vault;
}

namespace relais::ui {

// Settings → Printer calibration: how far each printer shifts the page, so that what prints lands
// where the PDF says (and in the boxes of the secure paper).
class PrintSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrintSettingsDialog(Vault& vault, QWidget* parent = nullptr);

    bool save();
    // The test page, with the calibration being edited, on `device`; audited. Empty when done,
    // else what went wrong.
    QString printTestPageTo(QPagedPaintDevice& device);
    QString printerName() const;

public slots:
    // Asks for the printer (paper only) and prints the test page there.
    void printTestPage();

signals:
    void testPagePrinted();

private:
    void load();

    Vault& m_vault;
    QComboBox* m_printer = nullptr;
    QDoubleSpinBox* m_dx = nullptr;
    QDoubleSpinBox* m_dy = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::ui
