// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PlainFilePrint.h"

#include "vault/Vault.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>

namespace relais::ui {

bool PlainFilePrint::writesFile(const QPrinter& printer)
{
    return printer.outputFormat() == QPrinter::PdfFormat || !printer.outputFileName().isEmpty()
        || printer.printerName().contains(QLatin1String("pdf"), Qt::CaseInsensitive);
}

bool PlainFilePrint::confirm(QWidget* parent, const QPrinter& printer)
{
    if (!writesFile(printer))
        return true;
    const QString file = printer.outputFileName().isEmpty() ? printer.printerName()
                                                             : QFileInfo(printer.outputFileName()).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unencrypted PDF file"),
                    tr("This writes the document to an unencrypted PDF file, not on paper."), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("plainPdfWarning"));
    box.setInformativeText(tr("The file (%1) can be read by anyone who reaches this computer's files, or wherever it is "
                              "copied. Print on paper instead, or confirm that you need this file and delete it once "
                              "used. Writing it is recorded in the audit trail.")
                               .arg(file));
    QPushButton* back = box.addButton(tr("Go back"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("back"));
    QPushButton* write = box.addButton(tr("Write the unencrypted file"), QMessageBox::AcceptRole);
    write->setObjectName(QStringLiteral("writeFile"));
    box.setDefaultButton(back);
    box.setEscapeButton(back);
    box.exec();
    return box.clickedButton() == write;
}

void PlainFilePrint::audit(Vault& vault, const QPrinter& printer, const QString& objectType, qint64 objectId)
{
    if (writesFile(printer))
        (void)vault.audit().append(QStringLiteral("print.pdf_file"), objectType, QString::number(objectId));
}

} // namespace relais::ui
