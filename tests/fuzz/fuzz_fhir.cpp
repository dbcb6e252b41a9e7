// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the FHIR reader: the first byte picks Bundle (SAX) or NDJSON mode.
#include "interop/FhirReader.h"

#include <QBuffer>

#include <cstdlib>

namespace {

// How deep a value goes, counted no further than the cap allows and one past it.
int depth(const rapidjson::Value& v, int level = 1)
{
    if (level > relais::FhirReader::kMaxDepth)
        return level;
    int deepest = level;
    if (v.IsObject())
        for (const auto& m : v.GetObject())
            deepest = std::max(deepest, m.value.IsObject() || m.value.IsArray() ? depth(m.value, level + 1) : level);
    else if (v.IsArray())
        for (const auto& x : v.GetArray())
            deepest = std::max(deepest, x.IsObject() || x.IsArray() ? depth(x, level + 1) : level);
    return deepest;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    QByteArray bytes(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    QBuffer in(&bytes);
    in.open(QIODevice::ReadOnly);
    const auto visit = [](const rapidjson::Value& r, const relais::SourceLocation&) -> relais::Result<bool> {
        // A resource handed out is an object with a resourceType, never deeper than the cap
        // (the importer walks it recursively).
        if (!r.IsObject() || depth(r) > relais::FhirReader::kMaxDepth)
            std::abort();
        return true;
    };
    if (data[0] & 1)
        (void)relais::FhirReader::readNdjson(in, QStringLiteral("fuzz.ndjson"), visit);
    else
        (void)relais::FhirReader::readBundle(in, QStringLiteral("fuzz.json"), visit);
    return 0;
}
