// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/fhir/Json.h"

#include <QRegularExpression>

#include <sodium.h>

#include <cstring>
#include <string>

namespace relais::fhir {

namespace {

// Lays a JSON value out as rapidjson walks it (a SAX handler): every token tagged and every
// string length-prefixed, so that two different values never give the same bytes; nothing is
// escaped or formatted, unlike serialising it again.
class HashInput
{
public:
    explicit HashInput(std::string& out) : m_out(out) { }
    bool Null() { return tag('n'); }
    bool Bool(bool b) { return tag(b ? 't' : 'f'); }
    bool Int(int i) { return raw('i', &i, sizeof i); }
    bool Uint(unsigned u) { return raw('u', &u, sizeof u); }
    bool Int64(int64_t i) { return raw('I', &i, sizeof i); }
    bool Uint64(uint64_t u) { return raw('U', &u, sizeof u); }
    bool Double(double d) { return raw('d', &d, sizeof d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return text('r', s, n); }
    bool String(const char* s, rapidjson::SizeType n, bool) { return text('s', s, n); }
    bool Key(const char* s, rapidjson::SizeType n, bool) { return text('k', s, n); }
    bool StartObject() { return tag('{'); }
    bool EndObject(rapidjson::SizeType) { return tag('}'); }
    bool StartArray() { return tag('['); }
    bool EndArray(rapidjson::SizeType) { return tag(']'); }

private:
    bool tag(char t)
    {
        m_out.push_back(t);
        return true;
    }
    bool raw(char t, const void* v, std::size_t n)
    {
        m_out.push_back(t);
        m_out.append(static_cast<const char*>(v), n);
        return true;
    }
    bool text(char t, const char* s, rapidjson::SizeType n)
    {
        raw(t, &n, sizeof n);
        m_out.append(s, n);
        return true;
    }
    std::string& m_out;
};

// Change detection, not security: BLAKE2b-128 (libsodium), several times faster than SHA-256.
QString digest(const char* data, std::size_t size)
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(data), size, nullptr, 0);
    char hex[sizeof h * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return QString::fromLatin1(hex, qsizetype(sizeof h * 2));
}

} // namespace

QString str(const Value& v, const char* key)
{
    if (!v.IsObject())
        return {};
    const auto it = v.FindMember(key);
    return it != v.MemberEnd() && it->value.IsString() ? QString::fromUtf8(it->value.GetString(), it->value.GetStringLength())
                                                       : QString();
}

const Value* member(const Value& v, const char* key)
{
    if (!v.IsObject())
        return nullptr;
    const auto it = v.FindMember(key);
    return it != v.MemberEnd() ? &it->value : nullptr;
}

QStringList strings(const Value& v, const char* arrayKey)
{
    QStringList out;
    if (const Value* a = member(v, arrayKey); a && a->IsArray())
        for (const Value& x : a->GetArray())
            if (x.IsString())
                out.append(QString::fromUtf8(x.GetString(), x.GetStringLength()));
    return out;
}

const Value* first(const Value& v, const char* arrayKey)
{
    const Value* a = member(v, arrayKey);
    return a && a->IsArray() && !a->Empty() ? &(*a)[0] : nullptr;
}

QString conceptText(const Value* c)
{
    if (!c)
        return {};
    const QString text = str(*c, "text");
    if (!text.isEmpty())
        return text;
    if (const Value* coding = first(*c, "coding"))
        return str(*coding, "display").isEmpty() ? str(*coding, "code") : str(*coding, "display");
    return {};
}

QString codeIn(const Value* cc, std::initializer_list<QString> systems)
{
    if (!cc)
        return {};
    const Value* codings = member(*cc, "coding");
    if (!codings || !codings->IsArray())
        return {};
    for (const Value& c : codings->GetArray())
        for (const QString& s : systems)
            if (str(c, "system") == s)
                return str(c, "code");
    return {};
}

bool hasCode(const Value* concepts, const QString& code)
{
    if (!concepts || !concepts->IsArray())
        return false;
    for (const Value& cc : concepts->GetArray())
        if (const Value* codings = member(cc, "coding"); codings && codings->IsArray())
            for (const Value& c : codings->GetArray())
                if (str(c, "code").compare(code, Qt::CaseInsensitive) == 0)
                    return true;
    return false;
}

QString identifierType(const Value& identifier)
{
    if (const Value* type = member(identifier, "type"))
        if (const Value* coding = first(*type, "coding"))
            return str(*coding, "code");
    return {};
}

// One buffer for the whole import (one thread): cleared, not reallocated.
QString hashOf(const Value& resource)
{
    static thread_local std::string bytes;
    bytes.clear();
    HashInput in(bytes);
    in.StartObject();
    for (const auto& m : resource.GetObject()) {
        if (std::strcmp(m.name.GetString(), "meta") == 0)
            continue;
        m.name.Accept(in);
        m.value.Accept(in);
    }
    in.EndObject(0);
    return digest(bytes.data(), bytes.size());
}

QString hashOf(const QStringList& fields)
{
    const QByteArray joined = fields.join(QChar(0x1f)).toUtf8();
    return digest(joined.constData(), std::size_t(joined.size()));
}

QDate date(const QString& s)
{
    return QDate::fromString(s.left(10), Qt::ISODate);
}

namespace {

// "2025-01-10T09:00:00Z" or with milliseconds, the usual form in exports, read directly;
// anything else (offsets, fractions of other lengths, dates only) goes through Qt.
QDateTime utcFast(const QString& s)
{
    const qsizetype n = s.size();
    if ((n != 20 && n != 24) || s.at(n - 1) != u'Z' || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' || s.at(13) != u':'
        || s.at(16) != u':' || (n == 24 && s.at(19) != u'.'))
        return {};
    const auto num = [&s](qsizetype at, qsizetype len) {
        int v = 0;
        for (qsizetype i = at; i < at + len; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), se = num(17, 2);
    const int ms = n == 24 ? num(20, 3) : 0;
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || se < 0 || ms < 0)
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, se, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime dateTime(const QString& s)
{
    if (QDateTime fast = utcFast(s); fast.isValid())
        return fast;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid() && s.size() == 10)
        t = QDateTime(QDate::fromString(s, Qt::ISODate), QTime(12, 0), Qt::UTC);
    return t.toUTC();
}

QString stripHtml(QString html)
{
    html.replace(QRegularExpression(QStringLiteral("<br\\s*/?>|</p>|</div>"), QRegularExpression::CaseInsensitiveOption), QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&")).replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    return html.trimmed();
}

} // namespace relais::fhir
