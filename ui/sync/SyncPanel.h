// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sync/Outbox.h"
#include "vault/Kdf.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

class StatusLabel;

class HandoverExportDialog;
class PurgeDialog;
class SyncServerDialog;

// "Synchronisation": everything recorded in Relais that the practice software must receive, with
// its state in words, and the next actions: send now (FHIR push, a progress bar per patient),
// retry what failed, export a handover file, purge what was received long ago. Opening it is
// audited. A conflict row offers "Compare versions…" (compareRequested).
class SyncPanel : public QDialog
{
    Q_OBJECT

public:
    enum Column { Date, Patient, Type, State, Error, NextRetry, Action, ColumnCount };

    SyncPanel(Vault& vault, const Clock& clock, KdfParams exportKdf, QWidget* parent = nullptr);

    static QString stateName(OutboxEntry::State s);  // "Received by the practice software"
    static QString kindName(OutboxEntry::Kind k);    // "Consultation"

    QTableWidget* table() const { return m_table; }
    const QList<OutboxEntry>& entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(qint64 outboxEntryId) const;
    QString summaryText() const;
    QString resultText() const;
    bool isBusy() const { return m_busy; }
    // The dialogs opened from the panel, while open (for tests and for focus).
    SyncServerDialog* serverDialog() const;
    HandoverExportDialog* exportDialog() const;
    PurgeDialog* purgeDialog() const;

public slots:
    void reload();
    void sendNow();
    void retryFailed();
    void exportHandover();
    void editServer();
    void openPurge();
    void reject() override;

signals:
    void compareRequested(qint64 outboxEntryId);
    // Something changed the outbox (a send, a retry, a purge): the status bar counts again.
    void outboxChanged();
    // Sending or exporting: the vault is in use, no auto-lock under it.
    void busyChanged(bool busy);

private:
    void setBusy(bool busy);
    void showResult(const QString& text, bool error);
    void updateSummary();
    QString patientName(qint64 patientId);

    Vault& m_vault;
    const Clock& m_clock;
    KdfParams m_kdf;
    QList<OutboxEntry> m_entries;
    QHash<qint64, QString> m_names;
    bool m_busy = false;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
    StatusLabel* m_result = nullptr;
    QPushButton* m_send = nullptr;
    QPushButton* m_retry = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_serverButton = nullptr;
    QPushButton* m_purgeButton = nullptr;
    QPushButton* m_close = nullptr;
    QPointer<SyncServerDialog> m_server;
    QPointer<HandoverExportDialog> m_export;
    QPointer<PurgeDialog> m_purge;
};

} // namespace relais::ui
