// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the FHIR reader: the first byte picks Bundle (SAX) or NDJSON mode.
#include "interop/FhirReader.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const auto visit = [](const rapidjson::Value& r, const relais::SourceLocation&) -> relais::Result<bool> {
        return r.IsObject();  // a resource handed out is always an object with a resourceType
    };
    if (data[0] & 1)
        (void)relais::FhirReader::readNdjson(in, QStringLiteral("fuzz.ndjson"), visit);
    else
        (void)relais::FhirReader::readBundle(in, QStringLiteral("fuzz.json"), visit);
    return 0;
}
