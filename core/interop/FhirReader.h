// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <rapidjson/document.h>

#include <functional>

class QIODevice;

namespace relais {

// Where a resource was read: named in every error message.
struct SourceLocation
{
    QString file;
    qint64 line = 0;   // NDJSON: line number
    qint64 entry = -1; // Bundle: entry index
    QString fullUrl;   // Bundle: the entry's fullUrl (urn:uuid references point to it)
    QString describe() const;
};

// Streams FHIR R4 resources from JSON: a Bundle of any type (entries read one at a time with a
// SAX parser, never the whole file in memory) or NDJSON (one resource per line, Bulk Data).
class FhirReader
{
    Q_DECLARE_TR_FUNCTIONS(relais::FhirReader)

public:
    // Deeper JSON is refused (FHIR needs about 15 levels): parsing is iterative, so a hostile file
    // cannot exhaust the stack, and this bound keeps every later recursive walk of a resource
    // (hashing, serialising) shallow too.
    static constexpr int kMaxDepth = 64;

    // Return false from the callback to stop (cancel); an Error from it stops with that error.
    using Visitor = std::function<Result<bool>(const rapidjson::Value& resource, const SourceLocation& where)>;

    static Result<qint64> readNdjson(QIODevice& in, const QString& name, const Visitor& visit);
    static Result<qint64> readBundle(QIODevice& in, const QString& name, const Visitor& visit);
    // By content: a first non-blank character '{' followed by a Bundle or resource object on
    // several lines → Bundle mode; a file named *.ndjson → NDJSON.
    static Result<qint64> read(QIODevice& in, const QString& name, const Visitor& visit);
};

} // namespace relais
