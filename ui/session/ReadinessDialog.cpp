// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReadinessDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/BusyGuard.h"
#include "common/PrivateFile.h"
#include "readiness/DrillStore.h"
#include "vault/Vault.h"
#include "session/ThresholdsDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QMessageBox>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace relais::ui {

ReadinessDialog::ReadinessDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("readinessDialog"));
    setWindowTitle(tr("Readiness check"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Would the practice get through tomorrow's outage? Each line is green, amber or red, "
                                "with what to do."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* rows = new QWidget(this);
    m_grid = new QGridLayout(rows);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(rows, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* again = buttons->addButton(tr("Check again"), QDialogButtonBox::ActionRole);
    again->setObjectName(QStringLiteral("readinessReload"));
    connect(again, &QPushButton::clicked, this, &ReadinessDialog::reload);
    QPushButton* thresholds = buttons->addButton(tr("Thresholds…"), QDialogButtonBox::ActionRole);
    thresholds->setObjectName(QStringLiteral("readinessThresholds"));
    connect(thresholds, &QPushButton::clicked, this, &ReadinessDialog::editThresholds);
    QPushButton* backups = buttons->addButton(tr("Backup settings…"), QDialogButtonBox::ActionRole);
    backups->setObjectName(QStringLiteral("readinessBackupSettings"));
    connect(backups, &QPushButton::clicked, this, &ReadinessDialog::backupSettingsRequested);
    QPushButton* setup = buttons->addButton(tr("Setup assistant…"), QDialogButtonBox::ActionRole);
    setup->setObjectName(QStringLiteral("readinessSetup"));
    connect(setup, &QPushButton::clicked, this, &ReadinessDialog::setupRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 560);
    reload();
}

QString ReadinessDialog::actionText(ReadinessItem::Action action)
{
    switch (action) {
    case ReadinessItem::Action::Import:
        return tr("Import…");
    case ReadinessItem::Action::Backup:
        return tr("Back up…");
    case ReadinessItem::Action::Practitioners:
        return tr("Practitioners…");
    case ReadinessItem::Action::Sync:
        return tr("Synchronisation…");
    case ReadinessItem::Action::Drill:
        return tr("Outage drill…");
    case ReadinessItem::Action::PrintTestPage:
        return tr("Test page…");
    case ReadinessItem::Action::DrugReference:
        return tr("Drug reference…");
    case ReadinessItem::Action::PrintRecoverySheet:  // the key is shown once: a new one, with its sheet
        return tr("Vault access…");
    case ReadinessItem::Action::None:
        break;
    }
    return {};
}

QString ReadinessDialog::colourStyle(ReadinessColour colour)
{
    const StatusKind kind = colour == ReadinessColour::Green   ? StatusKind::Ok
                            : colour == ReadinessColour::Amber ? StatusKind::Warning
                                                               : StatusKind::Error;
    return statusBadgeStyle(kind) + QStringLiteral(" border-radius: 4px; padding: 1px 8px;");
}

void ReadinessDialog::reload()
{
    {
        BusyGuard busy;
        m_items = Readiness(m_vault).items();
    }
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const ReadinessItem& item : std::as_const(m_items)) {
        auto* colour = new QLabel(Readiness::colourWord(item.colour));
        colour->setObjectName(QStringLiteral("readinessColour_%1").arg(item.id));
        colour->setAlignment(Qt::AlignCenter);
        colour->setStyleSheet(colourStyle(item.colour));
        auto* fact = new QLabel(item.nextAction.isEmpty() ? item.fact
                                                          : item.fact + QLatin1Char('\n') + item.nextAction);
        fact->setObjectName(QStringLiteral("readinessFact_%1").arg(item.id));
        fact->setWordWrap(true);
        fact->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_grid->addWidget(colour, row, 0, Qt::AlignTop);
        m_grid->addWidget(fact, row, 1);
        const QString text = item.colour == ReadinessColour::Green ? QString() : actionText(item.action);
        if (!text.isEmpty()) {
            auto* button = new QPushButton(text);
            button->setObjectName(QStringLiteral("readinessAction_%1").arg(item.id));
            const ReadinessItem::Action action = item.action;
            connect(button, &QPushButton::clicked, this, [this, action] { emit actionRequested(action); });
            m_grid->addWidget(button, row, 2, Qt::AlignTop);
        }
        if (item.id == QLatin1String("drill"))
            addDrillReportButton(row);
        ++row;
    }
    emit checked(Readiness::worst(m_items));
}

// The last drill's report, kept in the vault: saved where the user chooses.
void ReadinessDialog::addDrillReportButton(int row)
{
    auto last = DrillStore(m_vault).latest();
    if (!last || !*last)
        return;
    auto* button = new QPushButton(tr("Drill report…"));
    button->setObjectName(QStringLiteral("readinessDrillReport"));
    button->setToolTip(tr("Save the report of the drill of %1").arg(QLocale().toString((*last)->runUtc.toLocalTime(), QLocale::ShortFormat)));
    const qint64 id = (*last)->id;
    connect(button, &QPushButton::clicked, this, [this, id] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the drill report"),
                                                          QStringLiteral("exercice-de-panne.pdf"), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto r = saveDrillReport(id, path); !r)
            QMessageBox::warning(this, tr("Readiness check"), r.error().message);
    });
    m_grid->addWidget(button, row, 3, Qt::AlignTop);
}

Result<void> ReadinessDialog::saveDrillReport(qint64 id, const QString& path)
{
    auto pdf = DrillStore(m_vault).pdf(id);
    if (!pdf)
        return std::unexpected(pdf.error());
    return PrivateFile::write(path, *pdf);
}

void ReadinessDialog::editThresholds()
{
    ThresholdsDialog dialog(m_vault, this);
    connect(&dialog, &ThresholdsDialog::saved, this, &ReadinessDialog::reload);
    dialog.exec();
}

ReadinessStatus::ReadinessStatus(QWidget* parent) : QPushButton(parent)
{
    setObjectName(QStringLiteral("statusReadiness"));
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
    setToolTip(tr("The worst line of the readiness check. Click to see every line."));
    hide();
}

void ReadinessStatus::setColour(ReadinessColour worst)
{
    setText(tr("Readiness: %1").arg(Readiness::colourWord(worst)));
    setStyleSheet(QStringLiteral("QPushButton { %1 }").arg(ReadinessDialog::colourStyle(worst)));
    show();
}

void ReadinessStatus::clearSession()
{
    setText({});
    hide();
}

} // namespace relais::ui
