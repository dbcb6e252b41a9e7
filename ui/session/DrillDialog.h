// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readiness/Drill.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// Fichier → Exercice de panne: walks the practice through the drill, one step at a time with a
// running timer. Each step is really performed, on the training vault of invented patients
// (core/drill/Drill) for those that write; the real vault only receives the report at the end
// (DrillStore: the PDF and "drill.run" in the audit trail).
class DrillDialog : public QDialog
{
    Q_OBJECT

public:
    // `backupFolder`: where the practice's backups are (the restore step uses the newest).
    DrillDialog(Vault& vault, QString backupFolder, QWidget* parent = nullptr);
    ~DrillDialog() override;

    Drill* drill() const { return m_drill.get(); }
    qint64 keptReportId() const { return m_keptId; }
    const QByteArray& reportPdf() const { return m_pdf; }
    // Writes the report where the user chose (0600); false with a message shown otherwise.
    bool saveReport(const QString& path);
    // Tests: do not hand the printed PDF to the desktop's viewer.
    void setOpenFiles(bool open) { m_openFiles = open; }

signals:
    // The report is kept in the vault (the readiness screen then shows it).
    void reportKept(qint64 id);

private:
    QWidget* stepPage(DrillStep step);
    void showStep(int index);
    void perform(DrillStep step);
    void stepDone(DrillStep step, const DrillStepResult& r, bool openPdf = true);
    void afterStep(DrillStep step);
    void finishDrill();
    void refreshList();
    void tick();

    Vault& m_vault;
    QString m_backupFolder;
    std::unique_ptr<Drill> m_drill;
    SecureBytes m_secret;  // typed at the unlock step, reused to restore the backup
    QList<QLabel*> m_stepLabels;
    QList<QCheckBox*> m_participants;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_timer = nullptr;
    StatusLabel* m_message = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_query = nullptr;
    QLineEdit* m_reason = nullptr;
    QLineEdit* m_conclusion = nullptr;
    QLineEdit* m_folder = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_skip = nullptr;
    QTimer* m_tick = nullptr;
    int m_current = 0;
    QElapsedTimer m_stepClock;  // the running display only; the drill times the steps
    qint64 m_keptId = 0;
    QByteArray m_pdf;
    DrillRun m_run;
    bool m_openFiles = true;
};

} // namespace relais::ui
