// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

// The print dialog can write to a PDF file (its "Print to file", or a virtual PDF printer): that
// file is a document about a patient in clear, outside the vault. The user is warned and must
// confirm, and the file's writing is audited.
class PlainFilePrint
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::PlainFilePrint)

public:
    // PDF output, an output file name, or a printer whose name says it makes PDF files.
    static bool writesFile(const QPrinter& printer);
    // true for a paper printer, or once the user confirmed writing the unencrypted file.
    static bool confirm(QWidget* parent, const QPrinter& printer);
    // "print.pdf_file" with the document's id; never the file's path (it often names the patient).
    static void audit(Vault& vault, const QPrinter& printer, const QString& objectType, qint64 objectId);
};

} // namespace relais::ui
