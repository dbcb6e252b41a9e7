// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncServerDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "widgets/SecretField.h"
#include "sync/FhirClient.h"
#include "sync/SyncSettings.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

SyncServerDialog::SyncServerDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("syncServerDialog"));
    setWindowTitle(tr("Practice software server"));

    auto* intro = new QLabel(tr("\"Send now\" hands everything back to the practice software through its FHIR "
                                "interface. Its address and access token are given by the software's vendor or "
                                "whoever looks after the practice's computers."),
                             this);
    intro->setWordWrap(true);

    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("url"));
    m_url->setPlaceholderText(QStringLiteral("https://dpi.cabinet.fr/fhir/"));
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caFile"));
    m_ca->setPlaceholderText(tr("Only for a server with its own certificate"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseCaFile"));
    connect(browse, &QPushButton::clicked, this, &SyncServerDialog::chooseCaFile);
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(browse);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    wipeWhenFinished(*this, {m_token});
    m_tokenState = new QLabel(this);
    m_tokenState->setObjectName(QStringLiteral("tokenState"));
    m_tokenState->setWordWrap(true);
    m_tokenState->setForegroundRole(QPalette::PlaceholderText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("FHIR &address:"), m_url);
    auto* caLabel = new QLabel(tr("Extra &CA certificate (PEM):"), this);
    caLabel->setBuddy(m_ca);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Access &token:"), m_token);
    form->addRow(QString(), m_tokenState);

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();
    for (QLineEdit* edit : {m_url, m_ca, m_token})
        connect(edit, &QLineEdit::textEdited, m_error, &QLabel::hide);  // a correction is under way

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncServerDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(560);

    if (auto s = SyncSettings::load(vault); s) {
        m_url->setText(s->baseUrl.toString());
        m_ca->setText(s->caFile);
    }
    const auto stored = SyncSettings::hasToken(vault);
    const bool hasToken = stored && *stored;
    m_token->setPlaceholderText(hasToken ? tr("Leave empty to keep the saved token") : tr("Given by the vendor"));
    m_tokenState->setText(hasToken ? tr("A token is saved in the vault; it is never shown again.")
                                   : tr("No token saved yet. Leave empty if the server needs none."));
}

QString SyncServerDialog::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void SyncServerDialog::chooseCaFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ca->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!file.isEmpty())
        m_ca->setText(file);
}

void SyncServerDialog::accept()
{
    SyncSettings settings;
    settings.baseUrl = QUrl(m_url->text().trimmed());
    settings.caFile = m_ca->text().trimmed();
    const bool newToken = !m_token->text().isEmpty();
    const SecureBytes token = newToken ? secretFrom(*m_token) : SecureBytes();
    const Result<void> r = SyncSettings::save(m_vault, settings,
                                              newToken ? std::optional<QByteArrayView>(token.view().trimmed()) : std::nullopt);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        growToFit(*this);
        return;
    }
    if (newToken)
        wipeField(*m_token);
    QDialog::accept();
}

} // namespace relais::ui
