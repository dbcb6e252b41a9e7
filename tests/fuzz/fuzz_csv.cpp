// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the CSV reader (encoding and separator detection, quoting, line numbers).
#include "interop/CsvReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    (void)relais::CsvReader::read(in, QStringLiteral("fuzz.csv"),
                                  [](const QStringList& header, const QStringList&, qint64 line) -> relais::Result<bool> {
                                      return !header.isEmpty() && line > 0;
                                  });
    return 0;
}
