// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

namespace relais {

// Reads a CSV export with a header row (libcsv: quoting, embedded separators and line breaks).
// Separator ';' or ',' taken from the header line; UTF-8, or Windows-1252 when the bytes are
// not valid UTF-8.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(relais::CsvReader)

public:
    // `row` gets the header, the fields and the 1-based line number where the record starts.
    using Visitor = std::function<Result<bool>(const QStringList& header, const QStringList& fields, qint64 line)>;
    // A record (a line, or several when a quoted field goes on) longer than this is refused:
    // a patient or appointment row is a few hundred bytes.
    static constexpr qint64 kMaxRecordBytes = 1 << 20;
    static Result<qint64> read(QIODevice& in, const QString& name, const Visitor& visit);
};

} // namespace relais
