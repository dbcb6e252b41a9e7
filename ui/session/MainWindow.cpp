// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/MainWindow.h"

#include "prescribing/DrugCompleter.h"
#include "prescribing/DrugReferenceDialog.h"

#include "widgets/MessageBar.h"
#include "records/PatientWorkspace.h"
#include "prescribing/PrescriptionLauncher.h"
#include "session/ReadinessDialog.h"
#include "interop/SnapshotStatus.h"
#include "sync/SyncStatus.h"
#include "vault/Vault.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Relais"));

    auto* central = new QWidget(this);
    m_messages = new MessageBar(central);
    m_workspace = new PatientWorkspace(central);
    connect(m_workspace, &PatientWorkspace::warning, m_messages, &MessageBar::showWarning);

    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_messages);
    layout->addWidget(m_workspace, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    // Room for the results and a chart side by side, within the screen.
    QSize size(1240, 780);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.95);
    resize(size);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* lock = file->addAction(tr("&Lock"));
    lock->setObjectName(QStringLiteral("actionLock"));
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lock, &QAction::triggered, this, &MainWindow::lockRequested);
    QAction* importAction = file->addAction(tr("&Import an export of the practice software…"));
    importAction->setObjectName(QStringLiteral("actionImport"));
    connect(importAction, &QAction::triggered, this, &MainWindow::importRequested);
    QAction* syncAction = file->addAction(tr("&Synchronisation…"));
    syncAction->setObjectName(QStringLiteral("actionSync"));
    syncAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    syncAction->setToolTip(tr("Hand back to the practice software what was recorded in Relais"));
    connect(syncAction, &QAction::triggered, this, &MainWindow::syncRequested);
    QAction* readiness = file->addAction(tr("&Readiness check…"));
    readiness->setObjectName(QStringLiteral("actionReadiness"));
    readiness->setToolTip(tr("Would the practice get through tomorrow's outage: backups, snapshot, recovery sheet…"));
    connect(readiness, &QAction::triggered, this, &MainWindow::readinessRequested);
    QAction* drill = file->addAction(tr("Outage &drill…"));
    drill->setObjectName(QStringLiteral("actionDrill"));
    drill->setToolTip(tr("A timed rehearsal of an outage on invented patients, with a report kept in the vault"));
    connect(drill, &QAction::triggered, this, &MainWindow::drillRequested);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &MainWindow::close);

    QMenu* patient = menuBar()->addMenu(tr("&Patient"));
    QAction* find = patient->addAction(tr("&Find a patient"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    connect(find, &QAction::triggered, m_workspace, &PatientWorkspace::focusSearch);
    QAction* create = patient->addAction(tr("&New patient…"));
    create->setObjectName(QStringLiteral("actionNewPatient"));
    create->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(create, &QAction::triggered, m_workspace, &PatientWorkspace::newPatient);
    QAction* correct = patient->addAction(tr("&Correct identity…"));
    correct->setObjectName(QStringLiteral("actionCorrectIdentity"));
    correct->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));  // Ctrl+E moves to the end of the search box
    correct->setEnabled(false);
    connect(correct, &QAction::triggered, m_workspace, &PatientWorkspace::correctIdentity);
    connect(m_workspace, &PatientWorkspace::chartOpened, correct, &QAction::setEnabled);
    patient->addSeparator();
    PrescriptionLauncher* rx = m_workspace->prescriptions();
    QAction* prescribe = patient->addAction(tr("&Prescription…"));
    prescribe->setObjectName(QStringLiteral("actionPrescribe"));
    prescribe->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    // The commonest outage act gets its own keystroke (and a mnemonic of its own: Alt+N is "New patient").
    QAction* renew = patient->addAction(tr("Renew &treatments…"));
    renew->setObjectName(QStringLiteral("actionRenewTreatments"));
    renew->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    renew->setToolTip(tr("A prescription renewing the chart's current treatments (%1)")
                          .arg(renew->shortcut().toString(QKeySequence::NativeText)));
    QAction* history = patient->addAction(tr("Prescriptions &history…"));
    history->setObjectName(QStringLiteral("actionPrescriptionHistory"));
    connect(prescribe, &QAction::triggered, rx, &PrescriptionLauncher::prescribe);
    connect(renew, &QAction::triggered, rx, &PrescriptionLauncher::renewTreatments);
    connect(history, &QAction::triggered, rx, &PrescriptionLauncher::showHistory);
    for (QAction* a : {prescribe, renew, history}) {
        a->setEnabled(false);
        connect(m_workspace, &PatientWorkspace::chartOpened, a, &QAction::setEnabled);
    }

    QMenu* settings = menuBar()->addMenu(tr("&Settings"));
    QAction* delay = settings->addAction(tr("&Auto-lock delay…"));
    delay->setObjectName(QStringLiteral("actionAutoLockDelay"));
    connect(delay, &QAction::triggered, this, &MainWindow::askAutoLockDelay);
    QAction* practitioners = settings->addAction(tr("&Practitioners…"));
    practitioners->setObjectName(QStringLiteral("actionPractitioners"));
    connect(practitioners, &QAction::triggered, rx, &PrescriptionLauncher::editPractitioners);
    QAction* access = settings->addAction(tr("&Vault access…"));
    access->setObjectName(QStringLiteral("actionVaultAccess"));
    access->setToolTip(tr("Each practitioner's passphrase, the recovery key"));
    connect(access, &QAction::triggered, this, &MainWindow::vaultAccessRequested);
    QAction* audit = settings->addAction(tr("Audit &trail…"));
    audit->setObjectName(QStringLiteral("actionAuditTrail"));
    audit->setToolTip(tr("Who opened which record, printed, exported: the vault's journal"));
    connect(audit, &QAction::triggered, this, &MainWindow::auditTrailRequested);
    QAction* calibration = settings->addAction(tr("Printer &calibration…"));
    calibration->setObjectName(QStringLiteral("actionPrinterCalibration"));
    connect(calibration, &QAction::triggered, rx, &PrescriptionLauncher::calibratePrinters);
    QAction* backups = settings->addAction(tr("&Backups…"));
    backups->setObjectName(QStringLiteral("actionBackupSettings"));
    connect(backups, &QAction::triggered, this, &MainWindow::backupSettingsRequested);
    QAction* drugs = settings->addAction(tr("&Drug reference (BDPM)…"));
    drugs->setObjectName(QStringLiteral("actionDrugReference"));
    connect(drugs, &QAction::triggered, this, &MainWindow::openDrugReference);
}

void MainWindow::openDrugReference()
{
    auto* dialog = new DrugReferenceDialog(DrugCompleter::referencePath(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::buildStatusBar()
{
    m_vaultLabel = new QLabel(this);
    m_vaultLabel->setObjectName(QStringLiteral("statusVault"));
    m_slotLabel = new QLabel(this);
    m_slotLabel->setObjectName(QStringLiteral("statusSlot"));
    m_autoLockLabel = new QLabel(this);
    m_autoLockLabel->setObjectName(QStringLiteral("statusAutoLock"));
    m_lockButton = new QPushButton(tr("Lock"), this);
    m_lockButton->setObjectName(QStringLiteral("lockButton"));
    m_lockButton->setToolTip(tr("Lock the vault now (Ctrl+L)"));
    connect(m_lockButton, &QPushButton::clicked, this, &MainWindow::lockRequested);

    for (QLabel* l : {m_vaultLabel, m_slotLabel, m_autoLockLabel})
        l->setContentsMargins(6, 0, 12, 0);
    statusBar()->addWidget(m_vaultLabel);
    statusBar()->addWidget(m_slotLabel);
    // How old the records are matters more than which vault: first of the permanent widgets.
    m_snapshot = new SnapshotStatus(this);
    statusBar()->addPermanentWidget(m_snapshot);
    m_sync = new SyncStatus(this);
    connect(m_sync, &SyncStatus::clicked, this, &MainWindow::syncRequested);
    statusBar()->addPermanentWidget(m_sync);
    m_readiness = new ReadinessStatus(this);
    connect(m_readiness, &ReadinessStatus::clicked, this, &MainWindow::readinessRequested);
    statusBar()->addPermanentWidget(m_readiness);
    statusBar()->addPermanentWidget(m_autoLockLabel);
    statusBar()->addPermanentWidget(m_lockButton);
}

int MainWindow::autoLockSecondsSetting()
{
    const int secs = QSettings().value(QLatin1String(kAutoLockKey), kDefaultAutoLockSecs).toInt();
    return secs > 0 ? secs : kDefaultAutoLockSecs;
}

void MainWindow::setAutoLockSeconds(int secs)
{
    QSettings().setValue(QLatin1String(kAutoLockKey), secs);
    emit autoLockDelayChanged(secs);
}

void MainWindow::askAutoLockDelay()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(this, tr("Auto-lock delay"),
                                             tr("Lock the vault after this many minutes without activity:"),
                                             std::max(1, autoLockSecondsSetting() / 60), 1, 120, 1, &ok);
    if (ok)
        setAutoLockSeconds(minutes * 60);
}

void MainWindow::showSession(const QString& vaultPath, const QString& slotLabel)
{
    m_vaultLabel->setText(tr("Vault: %1").arg(QFileInfo(vaultPath).fileName()));
    m_vaultLabel->setToolTip(vaultPath);
    m_slotLabel->setText(tr("Unlocked by: %1").arg(slotLabel));
    m_messages->hide();
}

void MainWindow::clearSession()
{
    m_workspace->detach();
    m_vaultLabel->clear();
    m_vaultLabel->setToolTip({});
    m_slotLabel->clear();
    m_autoLockLabel->clear();
    m_snapshot->clearSession();
    m_sync->clearSession();
    m_readiness->clearSession();
    m_messages->hide();
}

void MainWindow::attachSession(Vault& vault, PatientStore& store, PatientSearch& search, const Clock& clock)
{
    DrugCompleter::setVaultPath(vault.path());  // the drug reference sits beside the unlocked vault
    m_workspace->attach(store, search, clock);
    m_snapshot->refresh(vault, clock);
}

void MainWindow::refreshAfterImport(Vault& vault, const Clock& clock)
{
    m_snapshot->refresh(vault, clock);
    m_workspace->refresh();
}

void MainWindow::refreshSyncStatus(Vault& vault) { m_sync->refresh(vault); }

void MainWindow::setReadinessColour(ReadinessColour worst) { m_readiness->setColour(worst); }

void MainWindow::addWarning(const QString& text)
{
    m_messages->showWarning(!m_messages->isHidden() && !m_messages->text().isEmpty()
                                ? m_messages->text() + QStringLiteral("\n\n") + text
                                : text);
}

void MainWindow::setAutoLockRemaining(qint64 secs)
{
    const QString time = QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
    m_autoLockLabel->setText(tr("Auto-lock in %1").arg(time));
}

void MainWindow::showFailedAttempts(const QList<QDateTime>& attemptsUtc)
{
    if (attemptsUtc.isEmpty())
        return;
    const QDateTime last = attemptsUtc.last().toLocalTime();
    const QLocale locale;
    m_messages->showWarning(
        tr("%n failed unlock attempt(s) since the last unlock, the last on %1 at %2. If it was not you, tell "
           "whoever looks after the practice's computers.",
           nullptr, int(attemptsUtc.size()))
            .arg(locale.toString(last.date(), QLocale::ShortFormat), locale.toString(last.time(), QLocale::ShortFormat)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    emit closeRequested();
    event->accept();
}

} // namespace relais::ui
