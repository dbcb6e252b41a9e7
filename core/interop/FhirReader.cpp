// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/FhirReader.h"

#include <QIODevice>

#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cstring>
#include <vector>

namespace relais {

QString SourceLocation::describe() const
{
    if (entry >= 0)
        return FhirReader::tr("%1, entry %2").arg(file).arg(entry);
    if (line > 0)
        return FhirReader::tr("%1, line %2").arg(file).arg(line);
    return file;
}

namespace {

// RapidJSON input stream over a sequential QIODevice, buffered.
class DeviceStream
{
public:
    using Ch = char;
    explicit DeviceStream(QIODevice& d) : m_dev(d) { fill(); }
    Ch Peek() const { return m_pos < m_len ? m_buf[m_pos] : '\0'; }
    Ch Take()
    {
        const Ch c = Peek();
        if (m_pos < m_len) {
            ++m_pos;
            ++m_count;
            if (m_pos == m_len)
                fill();
        }
        return c;
    }
    size_t Tell() const { return m_count; }
    Ch* PutBegin() { return nullptr; }
    void Put(Ch) { }
    void Flush() { }
    size_t PutEnd(Ch*) { return 0; }

private:
    void fill()
    {
        m_len = std::max<qint64>(0, m_dev.read(m_buf, sizeof m_buf));
        m_pos = 0;
    }
    QIODevice& m_dev;
    char m_buf[64 * 1024];
    qint64 m_len = 0;
    qint64 m_pos = 0;
    size_t m_count = 0;
};

constexpr unsigned kIterative = rapidjson::kParseIterativeFlag;

QString tooDeep(const QString& where)
{
    return FhirReader::tr("%1: nesting deeper than %2 levels: not a FHIR resource").arg(where).arg(FhirReader::kMaxDepth);
}

// Forwards the events of an iterative parse to a handler, refusing nesting deeper than
// FhirReader::kMaxDepth (the parse then stops with a termination error).
template <typename Handler>
class DepthLimit
{
public:
    explicit DepthLimit(Handler& h) : m_h(h) { }
    bool Null() { return m_h.Null(); }
    bool Bool(bool b) { return m_h.Bool(b); }
    bool Int(int i) { return m_h.Int(i); }
    bool Uint(unsigned u) { return m_h.Uint(u); }
    bool Int64(int64_t i) { return m_h.Int64(i); }
    bool Uint64(uint64_t u) { return m_h.Uint64(u); }
    bool Double(double d) { return m_h.Double(d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool c) { return m_h.RawNumber(s, n, c); }
    bool String(const char* s, rapidjson::SizeType n, bool c) { return m_h.String(s, n, c); }
    bool Key(const char* s, rapidjson::SizeType n, bool c) { return m_h.Key(s, n, c); }
    bool StartObject() { return enter() && m_h.StartObject(); }
    bool EndObject(rapidjson::SizeType n)
    {
        --m_depth;
        return m_h.EndObject(n);
    }
    bool StartArray() { return enter() && m_h.StartArray(); }
    bool EndArray(rapidjson::SizeType n)
    {
        --m_depth;
        return m_h.EndArray(n);
    }
    bool tooDeep = false;

private:
    bool enter()
    {
        tooDeep = ++m_depth > FhirReader::kMaxDepth;
        return !tooDeep;
    }
    Handler& m_h;
    int m_depth = 0;
};

// Follows the Bundle's structure; while inside entry[i].resource, copies the events to a
// writer, then parses that one resource on its own.
class BundleHandler : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, BundleHandler>
{
public:
    BundleHandler(const QString& name, const FhirReader::Visitor& visit) : m_name(name), m_visit(visit) { }

    bool Default() { return forward([](auto& w) { return w.Null(); }); }
    bool Null() { return forward([](auto& w) { return w.Null(); }); }
    bool Bool(bool b) { return forward([b](auto& w) { return w.Bool(b); }); }
    bool Int(int i) { return forward([i](auto& w) { return w.Int(i); }); }
    bool Uint(unsigned u) { return forward([u](auto& w) { return w.Uint(u); }); }
    bool Int64(int64_t i) { return forward([i](auto& w) { return w.Int64(i); }); }
    bool Uint64(uint64_t u) { return forward([u](auto& w) { return w.Uint64(u); }); }
    bool Double(double d) { return forward([d](auto& w) { return w.Double(d); }); }
    bool String(const char* s, rapidjson::SizeType n, bool c)
    {
        if (!inResource() && m_path.size() == 1 && m_lastKey == "resourceType")
            m_rootType = std::string(s, n);
        if (!inResource() && m_path.size() == 3 && m_path[2] == Node::Entry && m_lastKey == "fullUrl")
            m_fullUrl = QString::fromUtf8(s, qsizetype(n));
        return forward([=](auto& w) { return w.String(s, n, c); });
    }
    bool Key(const char* s, rapidjson::SizeType n, bool c)
    {
        if (inResource())
            return m_writer->Key(s, n, c);
        m_lastKey.assign(s, n);
        return true;
    }
    bool StartObject()
    {
        if (!enter())
            return false;
        if (inResource()) {
            ++m_resourceDepth;
            return m_writer->StartObject();
        }
        // entry[i].resource starts: depth root(1) > entry array > entry object > resource.
        if (m_path.size() == 3 && m_path[1] == Node::EntryArray && m_path[2] == Node::Entry && m_lastKey == "resource") {
            m_buffer.Clear();
            m_writer.emplace(m_buffer);
            m_resourceDepth = 1;
            m_pending = false;
            return m_writer->StartObject();
        }
        if (m_path.size() == 2 && m_path[1] == Node::EntryArray) {
            ++m_entry;
            m_fullUrl.clear();
            m_pending = false;
            m_path.push_back(Node::Entry);
            return true;
        }
        m_path.push_back(m_path.empty() ? Node::Root : Node::Other);
        return true;
    }
    bool EndObject(rapidjson::SizeType n)
    {
        if (inResource()) {
            if (!m_writer->EndObject(n))
                return false;
            if (--m_resourceDepth == 0) {
                // Handed out when its entry ends: the entry's fullUrl may come after it.
                m_writer.reset();
                m_pending = true;
            }
            return true;
        }
        const bool entryEnds = m_path.size() == 3 && m_path[2] == Node::Entry;
        m_path.pop_back();
        if (entryEnds && m_pending) {
            m_pending = false;
            return deliver();
        }
        return true;
    }
    bool StartArray()
    {
        if (!enter())
            return false;
        if (inResource()) {
            ++m_resourceDepth;
            return m_writer->StartArray();
        }
        m_path.push_back(m_path.size() == 1 && m_lastKey == "entry" ? Node::EntryArray : Node::Other);
        return true;
    }
    bool EndArray(rapidjson::SizeType n)
    {
        if (inResource()) {
            --m_resourceDepth;
            return m_writer->EndArray(n);
        }
        m_path.pop_back();
        return true;
    }

    std::optional<Error> error;
    bool stopped = false;
    qint64 count = 0;
    std::string m_rootType;
    qint64 m_entry = -1;

private:
    enum class Node { Root, EntryArray, Entry, Other };
    bool inResource() const { return m_resourceDepth > 0; }
    // Every container opened is counted (Bundle levels and the resource's own), closed ones
    // are not: the parse stops at the first one too deep.
    bool enter()
    {
        if (qsizetype(m_path.size()) + m_resourceDepth < FhirReader::kMaxDepth)
            return true;
        const bool inEntry = m_path.size() >= 3 && m_path[1] == Node::EntryArray && m_path[2] == Node::Entry;
        error = Error{ErrorKind::Invalid, tooDeep(inEntry ? SourceLocation{m_name, 0, m_entry, {}}.describe() : m_name)};
        return false;
    }
    template <typename F>
    bool forward(F f)
    {
        return inResource() ? f(*m_writer) : true;
    }
    bool deliver()
    {
        rapidjson::Document doc;
        doc.Parse<kIterative>(m_buffer.GetString(), m_buffer.GetSize());
        if (doc.HasParseError() || !doc.IsObject() || !doc.HasMember("resourceType") || !doc["resourceType"].IsString()) {
            error = Error{ErrorKind::Invalid, FhirReader::tr("%1: field \"resourceType\" is missing: not a FHIR resource")
                                                  .arg(SourceLocation{m_name, 0, m_entry, {}}.describe())};
            return false;
        }
        const SourceLocation where{m_name, 0, m_entry, m_fullUrl};
        auto r = m_visit(doc, where);
        if (!r) {
            error = r.error();
            return false;
        }
        if (!*r) {
            stopped = true;
            return false;
        }
        ++count;
        return true;
    }

    QString m_name;
    const FhirReader::Visitor& m_visit;
    std::vector<Node> m_path;
    std::string m_lastKey;
    QString m_fullUrl;
    rapidjson::StringBuffer m_buffer;
    std::optional<rapidjson::Writer<rapidjson::StringBuffer>> m_writer;
    int m_resourceDepth = 0;
    bool m_pending = false;  // a resource read, waiting for the end of its entry
};

} // namespace

Result<qint64> FhirReader::readNdjson(QIODevice& in, const QString& name, const Visitor& visit)
{
    // The file is read in large blocks and cut at '\n'; every line is parsed into one Document
    // whose value pool lives on a buffer reused from line to line (a Document per line would
    // allocate and free its 64 KiB pool each time, a QByteArray per line its copy).
    constexpr qint64 kBlock = 1 << 20;
    std::vector<char> pool(64 * 1024);
    rapidjson::MemoryPoolAllocator<> values(pool.data(), pool.size());
    rapidjson::Document doc(&values);
    rapidjson::Reader reader;
    QByteArray buf;
    qsizetype pos = 0;
    bool end = false;
    qint64 lineNo = 0;
    qint64 count = 0;
    for (;;) {
        char* data = buf.data();
        auto* nl = static_cast<char*>(std::memchr(data + pos, '\n', std::size_t(buf.size() - pos)));
        if (!nl && !end) {
            buf.remove(0, pos);
            pos = 0;
            const qsizetype had = buf.size();
            // A file smaller than a block is read in one piece of its own size (small files,
            // and the fuzzer's many inputs, do not pay for a 1 MiB buffer).
            const qint64 block = in.isSequential() ? kBlock : std::clamp<qint64>(in.size() - in.pos(), 4096, kBlock);
            buf.resize(had + block);
            const qint64 got = in.read(buf.data() + had, block);
            buf.resize(had + std::max<qint64>(0, got));
            end = got <= 0;
            continue;
        }
        if (!nl && pos >= buf.size())
            break;
        const qsizetype lineEnd = nl ? qsizetype(nl - data) : buf.size();
        char* line = data + pos;
        const std::size_t size = std::size_t(lineEnd - pos);
        pos = nl ? lineEnd + 1 : buf.size();
        ++lineNo;
        if (std::all_of(line, line + size, [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }))
            continue;
        doc.SetNull();
        values.Clear();
        // Iterative and depth-limited: a line nested 150,000 levels is an error, not a stack
        // overflow. In place (strings decoded inside the line, not copied) when the line holds
        // no NUL byte; the line's '\n' (or the buffer's terminator) becomes its end. The block
        // is not read again, so changing it is harmless.
        bool tooDeepLine = false;
        if (!std::memchr(line, 0, size)) {
            line[size] = '\0';
            rapidjson::InsituStringStream stream(line);
            auto parse = [&](rapidjson::Document& d) {
                DepthLimit<rapidjson::Document> limited(d);
                const bool ok = !reader.Parse<rapidjson::kParseInsituFlag | kIterative>(stream, limited).IsError();
                tooDeepLine = limited.tooDeep;
                return ok;
            };
            doc.Populate(parse);
        } else {
            rapidjson::MemoryStream bytes(line, size);
            rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> stream(bytes);
            auto parse = [&](rapidjson::Document& d) {
                DepthLimit<rapidjson::Document> limited(d);
                const bool ok = !reader.Parse<kIterative>(stream, limited).IsError();
                tooDeepLine = limited.tooDeep;
                return ok;
            };
            doc.Populate(parse);
        }
        const SourceLocation where{name, lineNo, -1, {}};
        if (tooDeepLine)
            return fail(ErrorKind::Invalid, tooDeep(where.describe()));
        if (reader.HasParseError())
            return fail(ErrorKind::Invalid, tr("%1: not valid JSON at column %2 (%3)")
                                                .arg(where.describe())
                                                .arg(reader.GetErrorOffset() + 1)
                                                .arg(QString::fromLatin1(rapidjson::GetParseError_En(reader.GetParseErrorCode()))));
        if (!doc.IsObject() || !doc.HasMember("resourceType") || !doc["resourceType"].IsString())
            return fail(ErrorKind::Invalid, tr("%1: field \"resourceType\" is missing: not a FHIR resource").arg(where.describe()));
        auto r = visit(doc, where);
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            return fail(ErrorKind::Other, tr("Import cancelled"));
        ++count;
    }
    return count;
}

Result<qint64> FhirReader::readBundle(QIODevice& in, const QString& name, const Visitor& visit)
{
    DeviceStream stream(in);
    BundleHandler handler(name, visit);
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok = reader.Parse<rapidjson::kParseStopWhenDoneFlag | kIterative>(stream, handler);
    if (handler.error)
        return std::unexpected(*handler.error);
    if (handler.stopped)
        return fail(ErrorKind::Other, tr("Import cancelled"));
    if (!ok)
        return fail(ErrorKind::Invalid, tr("%1: not valid JSON at byte %2 (%3)")
                                            .arg(name)
                                            .arg(ok.Offset())
                                            .arg(QString::fromLatin1(rapidjson::GetParseError_En(ok.Code()))));
    if (handler.m_rootType != "Bundle")
        return fail(ErrorKind::Invalid, tr("%1: field \"resourceType\" is \"%2\", expected a Bundle (or use .ndjson for one resource per line)")
                                            .arg(name, QString::fromStdString(handler.m_rootType)));
    return handler.count;
}

Result<qint64> FhirReader::read(QIODevice& in, const QString& name, const Visitor& visit)
{
    if (name.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive))
        return readNdjson(in, name, visit);
    return readBundle(in, name, visit);
}

} // namespace relais
