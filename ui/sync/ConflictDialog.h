// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// A patient changed both in Relais and in the EHR since the snapshot (the EHR refused our
// If-Match update): both versions side by side, one row per field, the differing rows marked,
// and the user keeps one. Opened by the Synchronisation panel for an outbox entry in conflict.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(Vault& vault, qint64 outboxEntryId, QWidget* parent = nullptr);

    bool loaded() const { return m_loaded; }

signals:
    // After the choice is stored: keptRelais true when Relais's version is to be sent again.
    void resolved(qint64 outboxEntryId, bool keptRelais);

private:
    void resolve(bool keepRelais);

    Vault& m_vault;
    qint64 m_outboxId = 0;
    bool m_loaded = false;
    QTableWidget* m_table = nullptr;
    StatusLabel* m_error = nullptr;
    QPushButton* m_keepRelais = nullptr;
    QPushButton* m_takeEhr = nullptr;
};

} // namespace relais::ui
