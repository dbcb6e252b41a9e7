// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

#include <csv.h>

namespace relais {

namespace {

struct State
{
    QStringList header;
    QStringList fields;
    qint64 line = 1;        // physical line being read
    qint64 recordLine = 1;  // where the current record started
    qint64 rows = 0;
    bool win1252 = false;
    const CsvReader::Visitor* visit = nullptr;
    std::optional<Error> error;
    bool stopped = false;

    QString decode(const char* s, size_t n) const
    {
        const QByteArray bytes(s, qsizetype(n));
        if (win1252) {
            QStringDecoder d("Windows-1252");
            return d(bytes);
        }
        return QString::fromUtf8(bytes);
    }
};

void onField(void* s, size_t n, void* data)
{
    auto* st = static_cast<State*>(data);
    st->fields.append(st->decode(static_cast<const char*>(s), n).trimmed());
}

void onRecord(int, void* data)
{
    auto* st = static_cast<State*>(data);
    if (st->error || st->stopped) {
        st->fields.clear();
        return;
    }
    const bool blank = st->fields.size() == 1 && st->fields.first().isEmpty();
    if (!blank) {
        if (st->header.isEmpty()) {
            st->header = st->fields;
        } else {
            auto r = (*st->visit)(st->header, st->fields, st->recordLine);
            if (!r)
                st->error = r.error();
            else if (!*r)
                st->stopped = true;
            else
                ++st->rows;
        }
    }
    st->fields.clear();
}

} // namespace

Result<qint64> CsvReader::read(QIODevice& in, const QString& name, const Visitor& visit)
{
    // Encoding and separator from the first 64 KiB (a header line and some rows).
    const QByteArray head = in.peek(64 * 1024);
    State st;
    st.visit = &visit;
    {
        QStringDecoder utf8(QStringDecoder::Utf8);
        // The decoder is lazy: the QString must be built for the error to be known.
        const QString probe = utf8(head.left(head.lastIndexOf('\n') > 0 ? head.lastIndexOf('\n') : head.size()));
        st.win1252 = utf8.hasError();
    }
    const QByteArray firstLine = head.left(head.indexOf('\n'));
    const unsigned char sep = firstLine.count(';') >= firstLine.count(',') ? ';' : ',';

    csv_parser p;
    if (csv_init(&p, CSV_APPEND_NULL) != 0)
        return fail(ErrorKind::Other, tr("%1: the CSV reader could not start").arg(name));
    csv_set_delim(&p, sep);
    // libcsv grows a field's buffer by this step (128 bytes by default: a long field would be
    // copied again at every step).
    csv_set_blk_size(&p, 64 * 1024);
    char buf[64 * 1024];
    bool bom = true;
    qint64 recordBytes = 0;  // fed since the current record started
    const auto tooLong = [&] {
        csv_free(&p);
        return fail(ErrorKind::Invalid, tr("%1, line %2: a record longer than %3 MiB: not a patient or appointment list")
                                            .arg(name)
                                            .arg(st.recordLine)
                                            .arg(kMaxRecordBytes >> 20));
    };
    for (;;) {
        qint64 n = in.read(buf, sizeof buf);
        if (n <= 0)
            break;
        char* start = buf;
        if (bom && n >= 3 && static_cast<unsigned char>(buf[0]) == 0xEF && static_cast<unsigned char>(buf[1]) == 0xBB
            && static_cast<unsigned char>(buf[2]) == 0xBF) {
            start += 3;
            n -= 3;
        }
        bom = false;
        // Feed line by line so that errors can name the line of the record.
        qint64 from = 0;
        for (qint64 i = 0; i < n; ++i) {
            if (start[i] != '\n')
                continue;
            if ((recordBytes += i + 1 - from) > kMaxRecordBytes)
                return tooLong();
            if (csv_parse(&p, start + from, size_t(i + 1 - from), onField, onRecord, &st) != size_t(i + 1 - from)) {
                const QString why = QString::fromLatin1(csv_strerror(csv_error(&p)));
                csv_free(&p);
                return fail(ErrorKind::Invalid, tr("%1, line %2: malformed CSV (%3)").arg(name).arg(st.line).arg(why));
            }
            from = i + 1;
            ++st.line;
            if (st.fields.isEmpty()) {
                st.recordLine = st.line;  // the next record starts here (unless a quoted field goes on)
                recordBytes = 0;
            }
            if (st.error || st.stopped)
                break;
        }
        if (!st.error && !st.stopped && from < n && (recordBytes += n - from) > kMaxRecordBytes)
            return tooLong();
        if (!st.error && !st.stopped && from < n
            && csv_parse(&p, start + from, size_t(n - from), onField, onRecord, &st) != size_t(n - from)) {
            csv_free(&p);
            return fail(ErrorKind::Invalid, tr("%1, line %2: malformed CSV").arg(name).arg(st.line));
        }
        if (st.error || st.stopped)
            break;
    }
    if (!st.error && !st.stopped && csv_fini(&p, onField, onRecord, &st) != 0) {
        csv_free(&p);
        return fail(ErrorKind::Invalid, tr("%1, line %2: malformed CSV (unterminated quoted field)").arg(name).arg(st.recordLine));
    }
    csv_free(&p);
    if (st.error)
        return std::unexpected(*st.error);
    if (st.stopped)
        return fail(ErrorKind::Other, tr("Import cancelled"));
    if (st.header.isEmpty())
        return fail(ErrorKind::Invalid, tr("%1: empty file, no header line").arg(name));
    return st.rows;
}

} // namespace relais
