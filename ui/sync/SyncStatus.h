// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPushButton>

namespace relais {
class Vault;
}

namespace relais::ui {

// The status-bar button that says how much is still owed to the practice software ("3 items to
// hand back", amber when something failed or is in conflict); a click opens the Synchronisation
// panel. Hidden while the vault holds nothing recorded in Relais.
class SyncStatus : public QPushButton
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget* parent = nullptr);

    // Counts the outbox again (after unlock, a change of a record, a send, a purge).
    void refresh(Vault& vault);
    void clearSession();

    int waiting() const { return m_waiting; }
    int problems() const { return m_problems; }

private:
    int m_waiting = 0;
    int m_problems = 0;
};

} // namespace relais::ui
