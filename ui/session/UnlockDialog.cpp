// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/UnlockDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "widgets/SecretField.h"
#include "widgets/BusyGuard.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

UnlockDialog::UnlockDialog(const QString& vaultPath, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_path(vaultPath), m_clock(clock)
{
    setWindowTitle(tr("Relais — unlock"));

    auto* title = new QLabel(tr("The vault is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto* which = new QLabel(tr("Vault: %1").arg(QFileInfo(vaultPath).fileName()), this);
    which->setObjectName(QStringLiteral("vaultPath"));
    which->setToolTip(vaultPath);
    auto* where = new QLabel(QFileInfo(vaultPath).absolutePath(), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background: #e8f0fb; border: 1px solid #b7cbe8; border-radius: 4px;"
                                           " padding: 6px; color: #1d3557; }"));
    m_notice->hide();

    m_fieldLabel = new QLabel(this);
    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_recoveryKey = new QLineEdit(this);
    m_recoveryKey->setObjectName(QStringLiteral("recoveryKey"));
    m_recoveryKey->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_recoveryKey->setPlaceholderText(tr("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"));
    wipeWhenFinished(*this, {m_pass, m_recoveryKey});
    m_recoveryKey->hide();

    m_toggle = new QPushButton(this);
    m_toggle->setObjectName(QStringLiteral("toggleRecovery"));
    // Looks like a link: a way out for the rare case, not a second main action.
    m_toggle->setFlat(true);
    m_toggle->setCursor(Qt::PointingHandCursor);
    m_toggle->setStyleSheet(QStringLiteral("QPushButton { color: palette(link); text-decoration: underline; border: none;"
                                           " padding: 2px 0px; text-align: left; }"));
    m_toggle->setAutoDefault(false);
    connect(m_toggle, &QPushButton::clicked, this, [this] { setUseRecoveryKey(!m_recovery); });
    auto* toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_toggle);
    toggleRow->addStretch();

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    m_countdown = new QLabel(this);
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setWordWrap(true);
    m_countdown->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    // Accepting happens only when the vault opens: the button runs the attempt.
    connect(buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::tryUnlock);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(which);
    layout->addWidget(where);
    layout->addWidget(m_notice);
    layout->addSpacing(8);
    layout->addWidget(m_fieldLabel);
    layout->addWidget(m_pass);
    layout->addWidget(m_recoveryKey);
    layout->addLayout(toggleRow);
    layout->addWidget(m_error);
    layout->addWidget(m_countdown);
    layout->addStretch();
    layout->addSpacing(8);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &UnlockDialog::refreshDelay);

    setUseRecoveryKey(false);
    refreshDelay();
}

UnlockDialog::~UnlockDialog() = default;

std::unique_ptr<Vault> UnlockDialog::takeVault() { return std::move(m_vault); }

void UnlockDialog::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
    growToFit(*this);
}

void UnlockDialog::setUseRecoveryKey(bool recovery)
{
    m_recovery = recovery;
    m_pass->clear();
    m_recoveryKey->clear();
    m_pass->setVisible(!recovery);
    m_recoveryKey->setVisible(recovery);
    m_fieldLabel->setText(recovery ? tr("&Recovery key (from the sheet kept in the safe):") : tr("&Passphrase:"));
    m_fieldLabel->setBuddy(recovery ? m_recoveryKey : m_pass);
    m_toggle->setText(recovery ? tr("Use the passphrase instead") : tr("Forgotten passphrase? Use the recovery key"));
    (recovery ? m_recoveryKey : m_pass)->setFocus();
}

void UnlockDialog::tryUnlock()
{
    refreshDelay();
    if (!m_unlock->isEnabled())
        return;
    QLineEdit& field = m_recovery ? *m_recoveryKey : *m_pass;
    if (field.text().isEmpty()) {
        showError({ErrorKind::Invalid, m_recovery ? tr("Type the recovery key.") : tr("Type your passphrase.")});
        field.setFocus();
        return;
    }
    const SecureBytes secret = takeSecret(field);
    Result<std::unique_ptr<Vault>> opened;
    {
        // The key derivation (about half a second by design) runs on a worker thread: the window
        // keeps painting, and what the GP types meanwhile waits for the answer (input events are
        // held back, not lost). Still one call for the caller.
        const BusyGuard busy;
        const SlotKind kind = m_recovery ? SlotKind::Recovery : SlotKind::Passphrase;
        QEventLoop loop;
        std::unique_ptr<QThread> worker(QThread::create([&] { opened = Vault::open(m_path, secret, kind, m_clock); }));
        connect(worker.get(), &QThread::finished, &loop, &QEventLoop::quit);
        worker->start();
        loop.exec(QEventLoop::ExcludeUserInputEvents);
        worker->wait();
    }
    if (!opened) {
        showError(opened.error());
        refreshDelay();
        field.setFocus();
        return;
    }
    m_vault = std::move(*opened);
    showError({});
    emit unlocked();
    accept();
}

void UnlockDialog::showError(const Error& error)
{
    m_lastError = error.kind;
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
    growToFit(*this);
}

void UnlockDialog::refreshDelay()
{
    const qint64 wait = Vault::retryDelaySecs(m_path, m_clock);
    m_unlock->setEnabled(wait == 0);
    if (wait == 0) {
        m_tick->stop();
        m_countdown->hide();
        // The "wait N seconds" message is stale once the wait is over.
        if (m_lastError == ErrorKind::RateLimited)
            showError({});
        return;
    }
    m_countdown->setText(tr("Too many failed attempts. You can try again in %n second(s).", nullptr, int(wait)));
    m_countdown->show();
    growToFit(*this);
    if (!m_tick->isActive())
        m_tick->start();
}

} // namespace relais::ui
