// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintSettingsDialog.h"

#include "print/PrintSettings.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QDoubleSpinBox* offset(QWidget* parent, const char* name)
{
    auto* s = new QDoubleSpinBox(parent);
    s->setObjectName(QLatin1String(name));
    s->setRange(-20, 20);
    s->setSingleStep(0.5);
    s->setDecimals(1);
    s->setSuffix(PrintSettingsDialog::tr(" mm"));
    return s;
}

} // namespace

PrintSettingsDialog::PrintSettingsDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("printSettingsDialog"));
    setWindowTitle(tr("Printer calibration"));

    auto* intro = new QLabel(tr("Print a prescription, measure how far the text is from where it should be, and "
                                "enter the shift here. Positive values move the print right and down."),
                             this);
    intro->setWordWrap(true);

    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printer"));
    m_printer->setEditable(true);
    m_printer->addItems(QPrinterInfo::availablePrinterNames());
    m_printer->lineEdit()->setPlaceholderText(tr("the printer's name, as in the print dialog"));
    const QString defaultPrinter = QPrinterInfo::defaultPrinterName();
    if (!defaultPrinter.isEmpty())
        m_printer->setCurrentText(defaultPrinter);
    m_dx = offset(this, "offsetX");
    m_dy = offset(this, "offsetY");

    auto* form = new QFormLayout;
    form->addRow(tr("Printer:"), m_printer);
    form->addRow(tr("Horizontal shift:"), m_dx);
    form->addRow(tr("Vertical shift:"), m_dy);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("calibrationMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &PrintSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_printer, &QComboBox::currentTextChanged, this, &PrintSettingsDialog::load);
    load();
    resize(460, 260);
}

void PrintSettingsDialog::load()
{
    m_message->clear();
    auto c = PrintSettings(m_vault).calibration(m_printer->currentText().trimmed());
    if (!c) {
        m_message->setText(c.error().message);
        return;
    }
    m_dx->setValue(c->dxMm);
    m_dy->setValue(c->dyMm);
}

bool PrintSettingsDialog::save()
{
    const QString printer = m_printer->currentText().trimmed();
    if (printer.isEmpty()) {
        m_message->setText(tr("Printer: choose or type its name"));
        return false;
    }
    auto r = PrintSettings(m_vault).setCalibration(printer, PrinterCalibration{m_dx->value(), m_dy->value()});
    m_message->setText(r ? tr("Saved for %1.").arg(printer) : r.error().message);
    return bool(r);
}

} // namespace relais::ui
