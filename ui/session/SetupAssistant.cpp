// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SetupAssistant.h"

#include "widgets/StatusLabel.h"

#include "audit/AuditLog.h"
#include "backup/Backup.h"
#include "interop/Inbox.h"
#include "prescribing/PractitionerStore.h"
#include "readiness/NightlyTask.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

QString when(const QDateTime& utc) { return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat); }

} // namespace

QString SetupAssistant::stepTitle(int step)
{
    switch (step) {
    case Practitioners:
        return tr("Practitioners");
    case RecoverySheet:
        return tr("Recovery sheet");
    case BackupFolder:
        return tr("Backup folder");
    case NightlyTask:
        return tr("EHR export and nightly task");
    case TestPage:
        return tr("Printer test page");
    default:
        break;
    }
    return {};
}

SetupAssistant::SetupAssistant(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("setupAssistant"));
    setWindowTitle(tr("Setting up Relais"));
    auto* intro = wrapped(tr("A few steps make the practice ready for an outage. Each can be skipped and done later "
                             "from File → Readiness check → Setup assistant."),
                          this);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(QStringLiteral("setupSteps"));
    m_steps->setMaximumWidth(240);
    m_pages = new QStackedWidget(this);
    for (int s = 0; s < StepCount; ++s) {
        m_steps->addItem(stepTitle(s));
        m_pages->addWidget(page(s));
        m_done.append(false);
    }
    connect(m_steps, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        m_skip->setText(row + 1 < StepCount ? tr("Skip this step") : tr("Finish"));
    });
    auto* middle = new QHBoxLayout;
    middle->addWidget(m_steps);
    middle->addWidget(m_pages, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("setupClose"));
    m_skip = buttons->addButton(tr("Skip this step"), QDialogButtonBox::ActionRole);
    m_skip->setObjectName(QStringLiteral("setupSkip"));
    connect(m_skip, &QPushButton::clicked, this, &SetupAssistant::skip);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(middle, 1);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
    m_steps->setCurrentRow(0);
}

QWidget* SetupAssistant::page(int step)
{
    auto* w = new QWidget(this);
    w->setObjectName(QStringLiteral("setupPage%1").arg(step));
    auto* layout = new QVBoxLayout(w);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(stepTitle(step).toHtmlEscaped()), w);
    layout->addWidget(title);
    const auto button = [&](const QString& text, const char* name) {
        auto* b = new QPushButton(text, w);
        b->setObjectName(QLatin1String(name));
        auto* row = new QHBoxLayout;
        row->addWidget(b);
        row->addStretch();
        layout->addLayout(row);
        return b;
    };
    switch (step) {
    case Practitioners:
        layout->addWidget(wrapped(tr("Add each prescriber of the practice with the RPPS number, the AM or FINESS "
                                     "number, the address and the phone: prescriptions print with them."),
                                  w));
        connect(button(tr("Practitioners…"), "setupPractitioners"), &QPushButton::clicked, this,
                [this] { emit actionRequested(ReadinessItem::Action::Practitioners); });
        break;
    case RecoverySheet:
        layout->addWidget(wrapped(tr("The recovery key was shown once, when the vault was created: printed (or copied "
                                     "by hand) and kept in the practice safe, it opens the vault if every passphrase "
                                     "is lost."),
                                  w));
        break;
    case BackupFolder:
        layout->addWidget(wrapped(tr("Choose where the backups go: a USB disk or a network share, not this computer's "
                                     "own disk. Relais then backs up at lock and at quit when the last backup is more "
                                     "than a day old."),
                                  w));
        connect(button(tr("Backup settings…"), "setupBackupSettings"), &QPushButton::clicked, this,
                &SetupAssistant::backupSettingsRequested);
        break;
    case NightlyTask: {
        layout->addWidget(wrapped(tr("Each evening the practice software exports its records into a folder; a nightly "
                                     "task seals them into Relais's inbox (no passphrase needed) and Relais merges them "
                                     "at the next unlock."),
                                  w));
        m_exportFolder = new QLineEdit(w);
        m_exportFolder->setObjectName(QStringLiteral("setupExportFolder"));
        m_exportFolder->setPlaceholderText(tr("the folder the practice software exports into"));
        m_exportFolder->setText(QDir::toNativeSeparators(relais::NightlyTask::exportFolder(m_vault)));
        auto* choose = new QPushButton(tr("Choose…"), w);
        choose->setObjectName(QStringLiteral("setupChooseExport"));
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString dir = QFileDialog::getExistingDirectory(this, tr("The EHR's export folder"),
                                                                  QDir::fromNativeSeparators(m_exportFolder->text()));
            if (!dir.isEmpty())
                m_exportFolder->setText(QDir::toNativeSeparators(dir));
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_exportFolder, 1);
        row->addWidget(choose);
        layout->addLayout(row);
        connect(button(tr("Install the nightly task"), "setupInstallNightly"), &QPushButton::clicked, this,
                &SetupAssistant::installNightlyTask);
        m_nightlyResult = wrapped(QString(), w);
        m_nightlyResult->setObjectName(QStringLiteral("setupNightlyResult"));
        m_nightlyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(m_nightlyResult);
        break;
    }
    case TestPage:
        layout->addWidget(wrapped(tr("Print a test page on the prescription printer: the crosses and the square show "
                                     "whether it prints where Relais expects."),
                                  w));
        connect(button(tr("Print a test page…"), "setupTestPage"), &QPushButton::clicked, this,
                [this] { emit actionRequested(ReadinessItem::Action::PrintTestPage); });
        break;
    default:
        break;
    }
    auto* status = wrapped(QString(), w);
    status->setObjectName(QStringLiteral("setupStatus%1").arg(step));
    layout->addWidget(status);
    layout->addStretch();
    m_status.append(status);
    return w;
}

int SetupAssistant::currentStep() const { return m_steps->currentRow(); }

void SetupAssistant::showStep(int step) { m_steps->setCurrentRow(std::clamp(step, 0, StepCount - 1)); }

bool SetupAssistant::stepDone(int step) const { return m_done.value(step); }

void SetupAssistant::skip()
{
    if (currentStep() + 1 < StepCount)
        showStep(currentStep() + 1);
    else
        accept();
}

void SetupAssistant::reload()
{
    QStringList text(StepCount);
    auto list = PractitionerStore(m_vault).list();
    m_done[Practitioners] = list && !list->isEmpty();
    text[Practitioners] = m_done[Practitioners] ? tr("Done: %n prescriber(s) recorded.", nullptr, int(list->size()))
                                                : tr("Not done yet: no prescriber is recorded.");
    const auto printedOf = [&](const char* action) -> std::optional<QDateTime> {
        auto last = m_vault.audit().lastOf(QLatin1String(action));
        if (last && *last)
            return (*last)->atUtc;
        return std::nullopt;
    };
    const auto sheet = printedOf(AuditAction::RecoverySheetPrint);
    m_done[RecoverySheet] = sheet.has_value();
    text[RecoverySheet] = sheet ? tr("Done: printed %1.").arg(when(*sheet))
                                : tr("Not printed from Relais: check that the key was copied by hand and is in the safe.");
    const QString folder = Backup::folder(m_vault);
    m_done[BackupFolder] = !folder.isEmpty();
    text[BackupFolder] = folder.isEmpty() ? tr("Not done yet: no backup folder chosen.")
                                          : tr("Done: backups go to %1.").arg(QDir::toNativeSeparators(folder));
    const QString exportFolder = relais::NightlyTask::exportFolder(m_vault);
    m_done[NightlyTask] = !exportFolder.isEmpty();
    text[NightlyTask] = exportFolder.isEmpty()
                            ? tr("Not done yet.")
                            : tr("Done: the nightly task reads %1.").arg(QDir::toNativeSeparators(exportFolder));
    const auto page = printedOf(AuditAction::PrinterTestPage);
    m_done[TestPage] = page.has_value();
    text[TestPage] = page ? tr("Done: printed %1.").arg(when(*page)) : tr("Not done yet.");
    for (int s = 0; s < StepCount; ++s) {
        m_status[s]->setText(text[s]);
        m_status[s]->setStyleSheet(statusStyle(m_done[s] ? StatusKind::Ok : StatusKind::Warning));
        m_steps->item(s)->setText((m_done[s] ? QStringLiteral("✓ ") : QStringLiteral("• ")) + stepTitle(s));
    }
}

void SetupAssistant::installNightlyTask()
{
    const QString exportDir = QDir::fromNativeSeparators(m_exportFolder->text().trimmed());
    const relais::NightlyTask::Paths paths{exportDir, Inbox::defaultDir(m_vault.path()), relais::NightlyTask::defaultCliPath()};
    if (auto r = relais::NightlyTask::check(paths); !r) {
        m_nightlyResult->setText(r.error().message);
        return;
    }
#ifdef Q_OS_WIN
    const QString target = m_nightlyTarget.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                                     : m_nightlyTarget;
    auto written = relais::NightlyTask::writeWindows(paths, target);
#else
    auto written = relais::NightlyTask::writeSystemd(paths, m_nightlyTarget);
#endif
    if (!written) {
        m_nightlyResult->setText(written.error().message);
        return;
    }
    if (auto r = relais::NightlyTask::setExportFolder(m_vault, exportDir); !r) {
        m_nightlyResult->setText(r.error().message);
        return;
    }
    QStringList files;
    for (const QString& f : std::as_const(written->files))
        files.append(QDir::toNativeSeparators(f));
    m_nightlyResult->setText(tr("Written: %1\nTo turn it on, run once (as the practice's user):\n%2")
                                 .arg(files.join(QStringLiteral(", ")), written->enableCommand));
    reload();
}

void SetupAssistant::changeEvent(QEvent* event)
{
    // Back from the screen a step opened: what it changed shows at once.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        reload();
    QDialog::changeEvent(event);
}

void SetupAssistant::done(int result)
{
    (void)FirstStart::setPending(m_vault, false);
    QDialog::done(result);
}

} // namespace relais::ui
