// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BackupSettingsDialog.h"

#include "backup/Backup.h"
#include "common/Clock.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QSpinBox* count(QWidget* parent, const char* name, int min)
{
    auto* s = new QSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(min, BackupRotation::kMaxCount);
    return s;
}

} // namespace

BackupSettingsDialog::BackupSettingsDialog(Vault& vault, const Clock& clock, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_clock(clock)
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Backups"));
    auto* intro = new QLabel(tr("Relais writes an encrypted, verified copy of the vault into this folder (a USB disk or "
                                "a network share) when you lock it or quit, if the last backup is more than a day old, "
                                "and whenever you click \"Back up now\"."),
                             this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("backupFolder"));
    m_folder->setPlaceholderText(tr("no folder chosen: no automatic backup"));
    auto* choose = new QPushButton(tr("Choose…"), this);
    choose->setObjectName(QStringLiteral("backupChooseFolder"));
    connect(choose, &QPushButton::clicked, this, &BackupSettingsDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);

    m_daily = count(this, "rotationDaily", 1);
    m_weekly = count(this, "rotationWeekly", 0);
    m_monthly = count(this, "rotationMonthly", 0);
    auto* form = new QFormLayout;
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Daily copies kept:"), m_daily);
    form->addRow(tr("Weekly copies kept:"), m_weekly);
    form->addRow(tr("Monthly copies kept:"), m_monthly);

    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("backupLast"));
    m_last->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("backupSettingsMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("backupSave"));
    QPushButton* now = buttons->addButton(tr("Back up now"), QDialogButtonBox::ActionRole);
    now->setObjectName(QStringLiteral("backupNow"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &BackupSettingsDialog::save);
    connect(now, &QPushButton::clicked, this, [this] {
        if (save())
            emit backupRequested();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_last);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(620, 340);

    m_folder->setText(QDir::toNativeSeparators(Backup::folder(m_vault.db())));
    auto rotation = BackupRotation::load(m_vault.db());
    const BackupRotation r = rotation ? *rotation : BackupRotation{};
    m_daily->setValue(r.daily);
    m_weekly->setValue(r.weekly);
    m_monthly->setValue(r.monthly);
    reload();
}

void BackupSettingsDialog::reload()
{
    const auto last = Backup::lastVerified(m_vault.db());
    QString text;
    if (!last) {
        text = tr("Last verified backup: none yet.");
    } else {
        const qint64 days = std::max<qint64>(0, last->secsTo(m_clock.nowUtc()) / 86400);
        text = tr("Last verified backup: %1 (%n day(s) ago).", nullptr, int(days))
                   .arg(QLocale().toString(last->toLocalTime(), QLocale::ShortFormat));
    }
    const QString folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    if (!folder.isEmpty() && QDir(folder).exists())
        text += QLatin1Char(' ') + tr("%n backup(s) in the folder.", nullptr, int(Backup::list(folder).size()));
    m_last->setText(text);
}

void BackupSettingsDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the backups (USB disk, network share)"),
                                                             QDir::fromNativeSeparators(m_folder->text()));
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

bool BackupSettingsDialog::save()
{
    const BackupRotation rotation{m_daily->value(), m_weekly->value(), m_monthly->value()};
    if (auto r = rotation.check(); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    if (auto r = Backup::setFolder(m_vault.db(), QDir::fromNativeSeparators(m_folder->text())); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    if (auto r = rotation.save(m_vault.db()); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->setText(tr("Saved."));
    reload();
    emit saved();
    return true;
}

} // namespace relais::ui
