// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrintSettingsDialog.h"

#include "print/PlainFilePrint.h"
#include "common/Clock.h"
#include "print/PrintSettings.h"
#include "print/TestPage.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
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

    auto* intro = new QLabel(tr("Print a test page (or a prescription), measure how far the print is from where it "
                                "should be, and enter the shift here. Positive values move the print right and down."),
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
    QPushButton* testPage = buttons->addButton(tr("Print a test page…"), QDialogButtonBox::ActionRole);
    testPage->setObjectName(QStringLiteral("printTestPage"));
    connect(testPage, &QPushButton::clicked, this, &PrintSettingsDialog::printTestPage);
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

QString PrintSettingsDialog::printerName() const { return m_printer->currentText().trimmed(); }

QString PrintSettingsDialog::printTestPageTo(QPagedPaintDevice& device)
{
    const PrinterCalibration calibration{m_dx->value(), m_dy->value()};
    if (auto r = TestPage::paint(device, printerName(), calibration, m_vault.clock().nowUtc()); !r)
        return r.error().message;
    if (auto r = TestPage::recordPrinted(m_vault, printerName()); !r)
        return tr("The test page was printed but the audit log could not record it: %1").arg(r.error().message);
    m_message->setText(tr("Test page sent to %1. Check the crosses (20 mm from the edges) and the square (100 mm).")
                           .arg(printerName().isEmpty() ? tr("the printer") : printerName()));
    emit testPagePrinted();
    return {};
}

void PrintSettingsDialog::printTestPage()
{
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        m_message->setText(tr("No printer is set up on this computer."));
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Relais printer test page"));
    if (!printerName().isEmpty())
        printer.setPrinterName(printerName());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print a test page"));
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (PlainFilePrint::writesFile(printer)) {
        m_message->setText(tr("Choose a paper printer: the test page checks the printer itself."));
        return;
    }
    if (printer.printerName() != printerName())
        m_printer->setCurrentText(printer.printerName());  // its own calibration, loaded
    const QString problem = printTestPageTo(printer);
    if (!problem.isEmpty())
        m_message->setText(problem);
}

} // namespace relais::ui
