// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readiness/Readiness.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

// The first start after a vault is created: the readiness checklist as steps (practitioners,
// recovery sheet, backup folder, the EHR's export folder and the nightly task, a printer test
// page). Each step can be skipped; the assistant is reachable later from the readiness screen.
class SetupAssistant : public QDialog
{
    Q_OBJECT

public:
    enum Step { Practitioners, RecoverySheet, BackupFolder, NightlyTask, TestPage, StepCount };

    explicit SetupAssistant(Vault& vault, QWidget* parent = nullptr);

    int currentStep() const;
    void showStep(int step);
    bool stepDone(int step) const;
    static QString stepTitle(int step);
    // Where "Install the nightly task" writes (tests); default: ~/.config (XDG_CONFIG_HOME) on
    // Linux, the application's data folder on Windows.
    void setNightlyTarget(const QString& folder) { m_nightlyTarget = folder; }

public slots:
    // Reads the vault again (after a step was taken in another screen).
    void reload();
    void skip();

signals:
    void actionRequested(relais::ReadinessItem::Action action);
    void backupSettingsRequested();

protected:
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    QWidget* page(int step);
    void installNightlyTask();

    Vault& m_vault;
    QListWidget* m_steps = nullptr;
    QStackedWidget* m_pages = nullptr;
    QList<QLabel*> m_status;
    QList<bool> m_done;
    QLineEdit* m_exportFolder = nullptr;
    QLabel* m_nightlyResult = nullptr;
    QPushButton* m_skip = nullptr;
    QString m_nightlyTarget;
};

} // namespace relais::ui
