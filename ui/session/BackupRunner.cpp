// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BackupRunner.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace relais::ui {

Result<Backup::Created> BackupRunner::run(Vault& vault, const QString& folder, const BackupRotation& rotation,
                                          QWidget* parent, const QString& label, const QString& cancelText,
                                          bool* cancelled)
{
    std::atomic<int> percent{0};
    std::atomic<bool> cancel{false};
    Result<Backup::Created> result = fail(ErrorKind::Other, tr("The backup did not run"));
    Backup::Options options;
    options.rotation = rotation;
    options.progress = [&](int p) {
        percent = p;
        return !cancel.load();
    };
    QThread* worker = QThread::create([&] { result = Backup::create(vault, folder, options); });

    QProgressDialog progress(label, cancelText.isEmpty() ? tr("Cancel") : cancelText, 0, 101, parent);
    progress.setObjectName(QStringLiteral("backupProgress"));
    progress.setWindowTitle(tr("Backup"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancel = true;
        progress.setLabelText(tr("Stopping the backup…"));
        progress.show();  // canceled() hides it: the copy stops at its next step
    });
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        // 100 is the copy; its verification follows.
        if (!cancel)
            progress.setValue(std::min(percent.load(), 100));
        if (percent.load() >= 100 && !cancel)
            progress.setLabelText(tr("Verifying the backup…"));
    });
    QEventLoop loop;
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    poll.start();
    progress.show();
    loop.exec();
    worker->wait();
    delete worker;
    poll.stop();
    const bool userCancelled = cancel.load() && !result;
    QObject::disconnect(&progress, &QProgressDialog::canceled, nullptr, nullptr);  // close() emits it too
    progress.close();
    if (cancelled)
        *cancelled = userCancelled;
    return result;
}

} // namespace relais::ui
