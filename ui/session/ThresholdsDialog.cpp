// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ThresholdsDialog.h"

#include "widgets/StatusLabel.h"

#include "readiness/Readiness.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::ui {

QString ThresholdsDialog::label(const QString& name)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("snapshot_green_hours"), QT_TR_NOOP("Snapshot green up to (hours):")},
        {QStringLiteral("snapshot_amber_hours"), QT_TR_NOOP("Snapshot amber up to (hours):")},
        {QStringLiteral("backup_green_days"), QT_TR_NOOP("Backup green up to (days):")},
        {QStringLiteral("backup_amber_days"), QT_TR_NOOP("Backup amber up to (days):")},
        {QStringLiteral("test_page_days"), QT_TR_NOOP("Printer test page green up to (days):")},
        {QStringLiteral("drug_reference_months"), QT_TR_NOOP("Drug reference green up to (months):")},
        {QStringLiteral("disk_amber_mb"), QT_TR_NOOP("Free disk space amber below (MB):")},
        {QStringLiteral("disk_red_mb"), QT_TR_NOOP("Free disk space red below (MB):")},
    };
    const auto it = labels.constFind(name);
    return it == labels.cend() ? name + QLatin1Char(':') : tr(*it);
}

ThresholdsDialog::ThresholdsDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("thresholdsDialog"));
    setWindowTitle(tr("Readiness thresholds"));
    auto* intro = new QLabel(tr("When each line of the readiness check turns amber or red. Kept in the vault."), this);
    intro->setWordWrap(true);
    auto current = ReadinessThresholds::load(m_vault);
    const ReadinessThresholds t = current ? *current : ReadinessThresholds{};
    auto* form = new QFormLayout;
    for (const QString& name : ReadinessThresholds::names()) {
        auto* field = new QSpinBox(this);
        field->setObjectName(QStringLiteral("threshold_") + name);
        // Wider than the limits: what check() refuses is said in words, not silently clamped.
        field->setRange(0, 99999999);
        field->setValue(t.value(name));
        field->setToolTip(name);
        form->addRow(label(name), field);
        m_fields.insert(name, field);
    }
    m_message = new StatusLabel(StatusKind::Error, this);
    m_message->setObjectName(QStringLiteral("thresholdsMessage"));
    m_message->setWordWrap(true);
    m_message->setKind(StatusKind::Error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("thresholdsSave"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

bool ThresholdsDialog::save()
{
    ReadinessThresholds t;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (auto r = t.set(it.key() + QLatin1Char('=') + QString::number(it.value()->value())); !r) {
            m_message->setText(r.error().message);
            return false;
        }
    if (auto r = t.save(m_vault); !r) {
        m_message->setText(r.error().message);
        return false;
    }
    m_message->clear();
    emit saved();
    return true;
}

} // namespace relais::ui
