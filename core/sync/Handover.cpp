// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Handover.h"

#include "common/Clock.h"
#include "common/DocumentLanguage.h"
#include "common/SecureBytes.h"
#include "consultation/ConsultationStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "sync/FhirExport.h"
#include "sync/Outbox.h"
#include "sync/Worksheet.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <future>
#include <utility>

#include <openssl/evp.h>
#include <sodium.h>

namespace relais {

using namespace Qt::StringLiterals;

namespace {

// File layout: magic, salt, opslimit and memlimit (LE 64-bit), secretstream header, then frames
// (LE 32-bit length + ciphertext), the last one tagged FINAL. The plaintext is a sequence of
// files: name length (LE 32), UTF-8 name, data length (LE 64), data.
constexpr char kMagic[8] = {'R', 'L', 'S', 'X', 'P', 'R', 'T', '1'};
constexpr qsizetype kFrame = 64 * 1024;
constexpr qsizetype kHeaderBytes = 8 + crypto_pwhash_SALTBYTES + 16 + crypto_secretstream_xchacha20poly1305_HEADERBYTES;

template <typename T>
QByteArray le(T v)
{
    QByteArray b(sizeof(T), Qt::Uninitialized);
    qToLittleEndian(v, b.data());
    return b;
}

class Writer
{
public:
    explicit Writer(QSaveFile& file) : m_file(file) { }
    ~Writer() { sodium_memzero(&m_state, sizeof m_state); }

    bool start(const SecureBytes& passphrase, const KdfParams& params, QString* error)
    {
        QByteArray salt(crypto_pwhash_SALTBYTES, Qt::Uninitialized);
        randombytes_buf(salt.data(), std::size_t(salt.size()));
        auto key = deriveKey(passphrase, salt, params);
        if (!key) {
            *error = key.error().message;
            return false;
        }
        unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
        crypto_secretstream_xchacha20poly1305_init_push(&m_state, header, key->data());
        QByteArray head(kMagic, sizeof kMagic);
        head += salt + le<quint64>(params.opsLimit) + le<quint64>(params.memLimitBytes);
        head += QByteArray(reinterpret_cast<const char*>(header), sizeof header);
        return write(head);
    }

    bool addFile(const QString& name, const QByteArray& data)
    {
        const QByteArray n = name.toUtf8();
        m_plain += le<quint32>(quint32(n.size())) + n + le<quint64>(quint64(data.size()));
        m_plain += data;
        qsizetype at = 0;
        for (; m_plain.size() - at >= kFrame; at += kFrame)
            if (!push(QByteArrayView(m_plain).sliced(at, kFrame), false))
                return false;
        m_plain.remove(0, at);
        return true;
    }

    bool finish()
    {
        const bool ok = push(m_plain, true);
        sodium_memzero(m_plain.data(), std::size_t(m_plain.size()));
        m_plain.clear();
        return ok;
    }

private:
    bool push(QByteArrayView plain, bool last)
    {
        QByteArray cipher(plain.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
        crypto_secretstream_xchacha20poly1305_push(
            &m_state, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char*>(plain.data()), std::size_t(plain.size()), nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        return write(le<quint32>(quint32(cipher.size())) + cipher);
    }
    bool write(const QByteArray& bytes) { return m_file.write(bytes) == bytes.size(); }

    QSaveFile& m_file;
    crypto_secretstream_xchacha20poly1305_state m_state{};
    QByteArray m_plain;
};

// OpenSSL (linked for SQLCipher) hashes with the CPU's SHA extensions: ~10x QCryptographicHash,
// which was a quarter of the export's time once the reports are kept in the vault.
QByteArray sha256Hex(QByteArrayView data)
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.data(), std::size_t(data.size()), md, &len, EVP_sha256(), nullptr) != 1)
        return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
    return QByteArray(reinterpret_cast<const char*>(md), int(len)).toHex();
}

QString csvField(const QString& s) { return Worksheet::csvCell(s); }

} // namespace

Result<Handover::Summary> Handover::exportTo(Vault& vault, const QString& outDir, const SecureBytes& passphrase,
                                             const KdfParams& params, const std::function<void(int, int)>& progress)
{
    if (passphrase.isEmpty())
        return fail(ErrorKind::Invalid, tr("The export needs a passphrase"));
    if (!QDir().mkpath(outDir))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1").arg(outDir));
    Summary summary;
    const QDateTime now = vault.clock().nowUtc();
    summary.archivePath = QDir(outDir).filePath(u"relais-export-%1%2"_s.arg(now.toString(u"yyyyMMdd-HHmmss"_s),
                                                                             QLatin1StringView(kSuffix)));
    Outbox box(vault, vault.clock());
    auto all = box.entries();
    if (!all)
        return std::unexpected(all.error());
    QMap<qint64, QList<OutboxEntry>> byPatient;
    for (const OutboxEntry& e : std::as_const(*all))
        byPatient[e.patientId].append(e);

    QSaveFile file(summary.archivePath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(summary.archivePath, file.errorString()));
    Writer w(file);
    QString error;
    if (!w.start(passphrase, params, &error))
        return fail(ErrorKind::Other, error);

    QJsonArray manifestFiles;
    auto add = [&](const QString& name, const QByteArray& data) {
        manifestFiles.append(QJsonObject{{u"name"_s, name}, {u"size"_s, double(data.size())},
                                         {u"sha256"_s, QString::fromLatin1(sha256Hex(data))}});
        ++summary.files;
        return w.addFile(name, data);
    };
    // Serialising, hashing, encrypting and writing run on a second thread, one batch of patients
    // behind the vault reads (the Database stays on this thread); files keep their order.
    struct Pending
    {
        QString name;
        QJsonObject bundle;  // serialised on the writing thread
        QByteArray data;
    };
    QList<Pending> batch;
    std::future<bool> writing;  // after everything it uses: destroyed (joined) first
    const auto writeBatch = [&add](QList<Pending> files) {
        for (const Pending& f : files)
            if (!add(f.name, f.bundle.isEmpty() ? f.data : FhirExport::toJson(f.bundle)))
                return false;
        return true;
    };
    const auto flush = [&]() {
        const bool ok = !writing.valid() || writing.get();
        if (ok && !batch.isEmpty())
            writing = std::async(std::launch::async, writeBatch, std::exchange(batch, {}));
        return ok;
    };
    const auto cannotWrite = [&] { return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(summary.archivePath, file.errorString())); };
    // reconciliation.csv is read by the practice's staff: French whatever the interface.
    QStringList csv{inFrench([] { return tr("Patient;Birth date;EHR id;Record;Local id;Date;State;Server id;PDF;To do"); })};
    const QString receivedText = inFrench([] { return tr("already received by the EHR"); });
    const QString toEnterText = inFrench([] { return tr("to enter or attach in the EHR"); });
    QList<Worksheet::Row> sheet;
    FhirExport fhir(vault);
    ConsultationStore consultations(vault);
    PatientStore patients(vault);
    QSet<QString> pdfNames;
    int done = 0;
    for (auto it = byPatient.cbegin(); it != byPatient.cend(); ++it) {
        auto pb = fhir.build(it.key(), it.value());
        if (!pb)
            return std::unexpected(pb.error());
        auto patient = patients.reference(it.key());
        if (!patient)
            return std::unexpected(patient.error());
        QString birth, ehrId;
        if (*patient) {
            birth = (*patient)->birthDate;
            ehrId = (*patient)->sourceId;
        }
        batch.append({u"fhir/patient-%1.json"_s.arg(it.key()), pb->bundle, {}});
        QHash<qint64, QString> pdfOf;
        for (const PatientBundle::Document& d : std::as_const(pb->documents)) {
            QString name = d.fileName;
            for (int n = 2; pdfNames.contains(name); ++n)
                name = d.fileName.chopped(4) + u" (%1).pdf"_s.arg(n);
            pdfNames.insert(name);
            pdfOf.insert(d.consultationId, name);
            batch.append({u"pdf/"_s + name, {}, d.pdf});
        }
        ++summary.patients;
        for (const OutboxEntry& e : it.value()) {
            QString date, pdf;
            if (e.kind == OutboxEntry::Kind::Consultation) {
                ++summary.consultations;
                if (auto c = consultations.get(e.recordId))
                    date = c->startedUtc.toLocalTime().date().toString(Qt::ISODate);
                pdf = pdfOf.value(e.recordId);
            } else if (e.kind == OutboxEntry::Kind::Prescription) {
                ++summary.prescriptions;
            }
            const bool received = e.state == OutboxEntry::State::Acknowledged;
            csv.append(QStringList{csvField(pb->patientName), csvField(birth), csvField(ehrId), outboxKindCode(e.kind),
                                   QString::number(e.recordId), csvField(date), outboxStateCode(e.state), csvField(e.serverId),
                                   csvField(pdf),
                                   received ? receivedText : toEnterText}
                           .join(u';'));
            sheet.append({date, u"%1, %2"_s.arg(pb->patientName, QDate::fromString(birth, Qt::ISODate).toString(u"dd/MM/yyyy"_s)),
                          Worksheet::typeText(outboxKindCode(e.kind)), pdf, Worksheet::stateText(outboxStateCode(e.state), received)});
        }
        if (batch.size() >= 64 && !flush())
            return cannotWrite();
        if (progress)
            progress(++done, int(byPatient.size()));
    }
    if (!flush() || (writing.valid() && !writing.get()))
        return cannotWrite();
    // Patients created in Relais who may already exist in the EHR: listed, never merged (their
    // reasons in French: they are only printed, on the sheet and in the CSV).
    auto duplicates = inFrench([&] { return PossibleDuplicates::find(vault); });
    if (!duplicates)
        return std::unexpected(duplicates.error());
    for (const PossibleDuplicate& d : std::as_const(*duplicates))
        csv.append(QStringList{csvField(d.patientName), d.birthDate.toString(Qt::ISODate), QString(), u"patient"_s,
                               QString::number(d.patientId), QString(), QString(), QString(), QString(),
                               csvField(inFrench([&] { return d.describe(); }))}
                       .join(u';'));
    auto worksheet = Worksheet::render(vault, sheet, *duplicates, now);
    if (!worksheet)
        return std::unexpected(worksheet.error());
    if (!add(u"reconciliation.csv"_s, (csv.join(u"\r\n"_s) + u"\r\n"_s).toUtf8()) || !add(u"reconciliation.pdf"_s, *worksheet))
        return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(summary.archivePath, file.errorString()));
    const QJsonObject manifest{{u"format"_s, u"relais-export/1"_s},
                               {u"created"_s, now.toString(Qt::ISODate)},
                               {u"identifierSystem"_s, fhir.identifierSystem()},
                               {u"patients"_s, summary.patients},
                               {u"consultations"_s, summary.consultations},
                               {u"prescriptions"_s, summary.prescriptions},
                               {u"files"_s, manifestFiles}};
    if (!w.addFile(u"manifest.json"_s, QJsonDocument(manifest).toJson()) || !w.finish() || !file.commit())
        return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(summary.archivePath, file.errorString()));
    ++summary.files;
    (void)vault.audit().append(u"sync.export"_s, QString(), QString(),
                               u"patients=%1 consultations=%2 prescriptions=%3"_s.arg(summary.patients)
                                   .arg(summary.consultations).arg(summary.prescriptions));
    return summary;
}

Result<QStringList> Handover::open(const QString& archivePath, const SecureBytes& passphrase, const QString& outDir)
{
    // Everything is decrypted into a private folder beside the target (0700, files 0600), checked
    // (final tag, nothing after it, the manifest's hashes and file list), and only then renamed
    // into place: a cut, damaged or foreign archive leaves nothing behind, in clear or not.
    const QString target = QDir(outDir).absolutePath();
    const QFileInfo targetInfo(target);
    const auto anything = QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System;
    if (targetInfo.exists() && (!targetInfo.isDir() || !QDir(target).isEmpty(anything)))
        return fail(ErrorKind::Invalid,
                    tr("%1 already exists and is not an empty folder: choose a new folder").arg(target));
    QFile in(archivePath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, tr("Cannot read %1: %2").arg(archivePath, in.errorString()));
    const QByteArray head = in.read(kHeaderBytes);
    if (head.size() != kHeaderBytes || !head.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return fail(ErrorKind::Invalid, tr("%1 is not a Relais export archive").arg(archivePath));
    const QByteArray salt = head.mid(8, crypto_pwhash_SALTBYTES);
    KdfParams params;
    params.opsLimit = qFromLittleEndian<quint64>(head.constData() + 8 + crypto_pwhash_SALTBYTES);
    params.memLimitBytes = qFromLittleEndian<quint64>(head.constData() + 16 + crypto_pwhash_SALTBYTES);
    auto key = deriveKey(passphrase, salt, params);
    if (!key)
        return fail(ErrorKind::Invalid, tr("%1 is damaged (key derivation settings): %2").arg(archivePath, key.error().message));
    crypto_secretstream_xchacha20poly1305_state state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(
            &state, reinterpret_cast<const unsigned char*>(head.constData() + 8 + crypto_pwhash_SALTBYTES + 16), key->data())
        != 0)
        return fail(ErrorKind::Invalid, tr("%1 is damaged (header)").arg(archivePath));
    struct WipeState
    {
        crypto_secretstream_xchacha20poly1305_state* s;
        ~WipeState() { sodium_memzero(s, sizeof *s); }
    } wipeState{&state};

    const QString parent = targetInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1").arg(parent));
    QTemporaryDir staging(QDir(parent).filePath(u".relais-open-XXXXXX"_s));  // mkdtemp: 0700, removed on failure
    if (!staging.isValid())
        return fail(ErrorKind::Io,
                    tr("Cannot create a temporary folder in %1: %2").arg(parent, staging.errorString()));
    const QDir dir(staging.path());
    constexpr QFileDevice::Permissions kPrivateDir =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

    QHash<QString, QByteArray> hashes;
    QStringList written;
    QByteArray manifest;
    QByteArray plain;
    const auto damaged = [&] {
        return fail(ErrorKind::Invalid, tr("%1 is damaged (file table)").arg(archivePath));
    };
    const auto takeFiles = [&]() -> Result<void> {
        qsizetype pos = 0;
        for (;;) {
            if (plain.size() - pos < 4)
                break;
            const quint32 nameLen = qFromLittleEndian<quint32>(plain.constData() + pos);
            if (nameLen > 4096)
                return damaged();
            if (plain.size() - pos < 4 + qsizetype(nameLen) + 8)
                break;
            const quint64 size = qFromLittleEndian<quint64>(plain.constData() + pos + 4 + nameLen);
            if (size > quint64(1) << 34)
                return damaged();
            if (quint64(plain.size() - pos - 12 - nameLen) < size)
                break;
            const QString name = QString::fromUtf8(plain.mid(pos + 4, nameLen));
            const QByteArrayView data = QByteArrayView(plain).sliced(pos + 12 + nameLen, qsizetype(size));
            pos += 12 + nameLen + qsizetype(size);
            // Relative names of plain segments only: nothing may land outside the folder.
            const QStringList parts = name.split(u'/');
            for (const QString& part : parts)
                if (part.isEmpty() || part == u"."_s || part == u".."_s || part.contains(u'\\')
                    || std::any_of(part.cbegin(), part.cend(), [](QChar c) { return c.unicode() < 0x20; }))
                    return damaged();
            if (hashes.contains(name))
                return damaged();
            if (name == u"manifest.json"_s)
                manifest = data.toByteArray();
            hashes.insert(name, sha256Hex(data));
            QString folder = dir.path();
            for (qsizetype k = 0; k + 1 < parts.size(); ++k) {
                folder += u'/' + parts.at(k);
                if (!QFileInfo(folder).isDir() && !QDir().mkdir(folder, kPrivateDir))
                    return fail(ErrorKind::Io, tr("Cannot create the folder for %1").arg(name));
            }
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                || f.write(data.data(), data.size()) != data.size() || !f.flush())
                return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(name, f.errorString()));
            written.append(name);
        }
        plain.remove(0, pos);
        return {};
    };
    bool final = false;
    bool first = true;
    while (!final) {
        const QByteArray len = in.read(4);
        if (len.size() != 4)
            return fail(ErrorKind::Invalid, tr("%1 is incomplete: the export was cut short").arg(archivePath));
        const quint32 n = qFromLittleEndian<quint32>(len.constData());
        if (n < crypto_secretstream_xchacha20poly1305_ABYTES || n > kFrame + crypto_secretstream_xchacha20poly1305_ABYTES)
            return fail(ErrorKind::Invalid, tr("%1 is damaged").arg(archivePath));
        const QByteArray cipher = in.read(n);
        if (cipher.size() != qsizetype(n))
            return fail(ErrorKind::Invalid, tr("%1 is incomplete: the export was cut short").arg(archivePath));
        QByteArray chunk(qsizetype(n - crypto_secretstream_xchacha20poly1305_ABYTES), Qt::Uninitialized);
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char*>(chunk.data()), nullptr, &tag,
                                                       reinterpret_cast<const unsigned char*>(cipher.constData()), n, nullptr, 0)
            != 0) {
            if (first)
                return fail(ErrorKind::WrongSecret, tr("Wrong passphrase for the export %1 (or the file is damaged)").arg(archivePath));
            return fail(ErrorKind::Invalid, tr("%1 is damaged (a block fails authentication)").arg(archivePath));
        }
        first = false;
        plain += chunk;
        final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (auto r = takeFiles(); !r)
            return std::unexpected(r.error());
    }
    if (!in.atEnd() || !plain.isEmpty())
        return fail(ErrorKind::Invalid, tr("%1 is damaged (data after its end)").arg(archivePath));
    const QJsonObject m = QJsonDocument::fromJson(manifest).object();
    if (m.value(u"format"_s).toString() != u"relais-export/1"_s)
        return fail(ErrorKind::Invalid, tr("%1 has no readable manifest").arg(archivePath));
    QSet<QString> listed;
    for (const QJsonValue& f : m.value(u"files"_s).toArray()) {
        const QString name = f[u"name"_s].toString();
        if (name == u"manifest.json"_s || listed.contains(name) || !hashes.contains(name)
            || hashes.value(name) != f[u"sha256"_s].toString().toLatin1())
            return fail(ErrorKind::Invalid, tr("%1: the file %2 does not match the manifest").arg(archivePath, name));
        listed.insert(name);
    }
    for (const QString& name : std::as_const(written))
        if (name != u"manifest.json"_s && !listed.contains(name))
            return fail(ErrorKind::Invalid, tr("%1: the file %2 is not in the manifest").arg(archivePath, name));

    // rename(2) replaces an empty folder, and is atomic on the same file system (hence beside it).
    if (::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(target).constData()) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        return fail(ErrorKind::Io, tr("Cannot move the files into %1: %2").arg(target, why));
    }
    staging.setAutoRemove(false);
    return written;
}

} // namespace relais
