// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QMap>

class QLabel;
class QSpinBox;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// The readiness limits the practice can change (ReadinessThresholds), one field each; what
// ReadinessThresholds::check refuses is said under the form and nothing is saved.
class ThresholdsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ThresholdsDialog(Vault& vault, QWidget* parent = nullptr);

    // Saves and closes; false (the reason shown) when refused.
    bool save();
    // The label of a threshold by its name ("snapshot_green_hours").
    static QString label(const QString& name);

signals:
    void saved();

private:
    Vault& m_vault;
    QMap<QString, QSpinBox*> m_fields;
    StatusLabel* m_message = nullptr;
};

} // namespace relais::ui
