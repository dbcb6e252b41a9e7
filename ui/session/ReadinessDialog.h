// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readiness/Readiness.h"

#include <QDialog>
#include <QPushButton>

class QGridLayout;

namespace relais {
class Vault;
}

namespace relais::ui {

// Fichier → État de préparation: one line per readiness item (colour, fact, next action) with a
// button for the action where Relais has one. Reads through core/readiness only.
class ReadinessDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReadinessDialog(Vault& vault, QWidget* parent = nullptr);

    const QList<ReadinessItem>& items() const { return m_items; }
    // The button's text for an action, empty when Relais has no screen for it.
    static QString actionText(ReadinessItem::Action action);
    static QString colourStyle(ReadinessColour colour);
    // Writes a drill report kept in the vault to `path` (0600).
    Result<void> saveDrillReport(qint64 id, const QString& path);

public slots:
    // Reads the vault again (after an action was taken).
    void reload();
    // The thresholds form (ReadinessThresholds), modal over this screen; reads again once saved.
    void editThresholds();

signals:
    void actionRequested(relais::ReadinessItem::Action action);
    // The worst colour, after every reading.
    void checked(relais::ReadinessColour worst);
    void backupSettingsRequested();
    void setupRequested();

private:
    void addDrillReportButton(int row);

    Vault& m_vault;
    QGridLayout* m_grid = nullptr;
    QList<ReadinessItem> m_items;
};

// The worst readiness colour in the status bar; a click opens the readiness screen.
class ReadinessStatus : public QPushButton
{
    Q_OBJECT

public:
    explicit ReadinessStatus(QWidget* parent = nullptr);
    void setColour(ReadinessColour worst);
    void clearSession();
};

} // namespace relais::ui
