// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/Backup.h"

#include <QCoreApplication>

class QWidget;

namespace relais::ui {

// Writes and verifies a backup on a worker thread while a progress dialog (with its Cancel)
// keeps the screen alive; returns once it is done. The caller must not touch the vault
// meanwhile (the session's screens are detached, or the dialog is modal).
class BackupRunner
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::BackupRunner)

public:
    // `cancelText`: the progress dialog's button ("Cancel", "Quit without backup"…);
    // `cancelled`: set when the user pressed it (the result is then an error, nothing written).
    static Result<Backup::Created> run(Vault& vault, const QString& folder, const BackupRotation& rotation,
                                       QWidget* parent, const QString& label, const QString& cancelText = {},
                                       bool* cancelled = nullptr);
};

} // namespace relais::ui
