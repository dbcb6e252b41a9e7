// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/Inbox.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/SecureBytes.h"
#include "interop/FhirReader.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

namespace relais {

namespace {

constexpr char kMagic[8] = {'R', 'E', 'L', 'A', 'I', 'S', 'S', '1'};
constexpr qint64 kFrame = 64 * 1024;
constexpr qint64 kSealedKeyBytes = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;

// Reads the plaintext of a sealed file, frame by frame; fails on any tampering or truncation.
class SealedReader final : public QIODevice
{
public:
    SealedReader(const QString& path, const SecureBytes& publicKey, const SecureBytes& secretKey, const QString& vaultId)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            m_error = Inbox::tr("%1 cannot be read: %2").arg(path, m_file.errorString());
            return;
        }
        const QByteArray head = m_file.read(8 + 32 + kSealedKeyBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES);
        if (head.size() != 8 + 32 + kSealedKeyBytes + qsizetype(crypto_secretstream_xchacha20poly1305_HEADERBYTES)
            || std::memcmp(head.constData(), kMagic, 8) != 0) {
            m_error = Inbox::tr("%1 is not a Relais sealed snapshot").arg(path);
            return;
        }
        if (QString::fromLatin1(head.mid(8, 32)) != vaultId) {
            m_error = Inbox::tr("%1 was sealed for another vault").arg(path);
            return;
        }
        SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char*>(head.constData() + 40), kSealedKeyBytes,
                                 publicKey.data(), secretKey.data())
                != 0
            || crypto_secretstream_xchacha20poly1305_init_pull(
                   &m_state, reinterpret_cast<const unsigned char*>(head.constData() + 40 + kSealedKeyBytes), key.data())
                != 0) {
            m_error = Inbox::tr("%1 cannot be opened with this vault's key (damaged, or sealed for another vault)").arg(path);
            return;
        }
        QIODevice::open(QIODevice::ReadOnly);
    }
    ~SealedReader() override { sodium_memzero(&m_state, sizeof m_state); }
    bool isSequential() const override { return true; }
    QString failure() const { return m_error; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        qint64 done = 0;
        while (done < max) {
            if (m_pos == m_plain.size()) {
                if (m_final || !m_error.isEmpty() || !nextFrame())
                    break;
                continue;
            }
            const qint64 n = std::min<qint64>(max - done, m_plain.size() - m_pos);
            std::memcpy(data + done, m_plain.constData() + m_pos, std::size_t(n));
            m_pos += n;
            done += n;
        }
        if (done == 0 && !m_error.isEmpty())
            return -1;
        return done;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

public:
    bool atEnd() const override { return m_final && m_pos == m_plain.size() && QIODevice::bytesAvailable() == 0; }

private:
    bool nextFrame()
    {
        quint32 len = 0;
        if (m_file.read(reinterpret_cast<char*>(&len), 4) != 4) {
            m_error = Inbox::tr("%1 is truncated (its last part is missing)").arg(m_file.fileName());
            return false;
        }
        len = qFromBigEndian(len);
        if (len < crypto_secretstream_xchacha20poly1305_ABYTES || len > kFrame + crypto_secretstream_xchacha20poly1305_ABYTES) {
            m_error = Inbox::tr("%1 is damaged").arg(m_file.fileName());
            return false;
        }
        const QByteArray cipher = m_file.read(len);
        if (cipher.size() != qsizetype(len)) {
            m_error = Inbox::tr("%1 is truncated (its last part is missing)").arg(m_file.fileName());
            return false;
        }
        wipe(m_plain);
        m_plain.resize(qsizetype(len - crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long plainLen = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&m_state, reinterpret_cast<unsigned char*>(m_plain.data()), &plainLen, &tag,
                                                       reinterpret_cast<const unsigned char*>(cipher.constData()), len, nullptr, 0)
            != 0) {
            m_error = Inbox::tr("%1 is damaged or was altered").arg(m_file.fileName());
            return false;
        }
        m_plain.resize(qsizetype(plainLen));
        m_pos = 0;
        const bool final = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
        if (final && !m_file.atEnd()) {  // the final block must be the last thing in the file
            wipe(m_plain);
            m_plain.clear();
            m_error = Inbox::tr("%1 has data after its final block (altered or damaged)").arg(m_file.fileName());
            return false;
        }
        m_final = final;
        return true;
    }

    QFile m_file;
    crypto_secretstream_xchacha20poly1305_state m_state{};
    QByteArray m_plain;
    qint64 m_pos = 0;
    bool m_final = false;
    QString m_error;
};

// One entry of the plaintext: exactly `size` bytes of the reader.
class EntryDevice final : public QIODevice
{
public:
    EntryDevice(std::unique_ptr<SealedReader> reader, qint64 size) : m_reader(std::move(reader)), m_left(size)
    {
        QIODevice::open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_left == 0 && QIODevice::bytesAvailable() == 0; }

protected:
    qint64 readData(char* data, qint64 max) override
    {
        if (m_left == 0)
            return 0;
        const qint64 n = m_reader->read(data, std::min(max, m_left));
        if (n <= 0)
            return -1;
        m_left -= n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    std::unique_ptr<SealedReader> m_reader;
    qint64 m_left;
};

bool readExact(QIODevice& d, char* out, qint64 n)
{
    qint64 got = 0;
    while (got < n) {
        const qint64 r = d.read(out + got, n - got);
        if (r <= 0)
            return false;
        got += r;
    }
    return true;
}

struct KeyPair
{
    SecureBytes publicKey{crypto_box_PUBLICKEYBYTES};
    SecureBytes secretKey{crypto_box_SECRETKEYBYTES};
};

Result<KeyPair> keyPair(Vault& vault)
{
    KeyPair kp;
    auto q = vault.db().prepare(QStringLiteral("SELECT public_key, secret_key FROM inbox_key WHERE id = 1"));
    if (!q)
        return std::unexpected(q.error());
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        QByteArray pk = q->blob(0), sk = q->blob(1);
        std::memcpy(kp.publicKey.data(), pk.constData(), kp.publicKey.size());
        std::memcpy(kp.secretKey.data(), sk.constData(), kp.secretKey.size());
        wipe(sk);
        return kp;
    }
    crypto_box_keypair(kp.publicKey.data(), kp.secretKey.data());
    auto ins = vault.db().prepare(QStringLiteral("INSERT INTO inbox_key (id, public_key, secret_key) VALUES (1, ?, ?)"));
    if (!ins)
        return std::unexpected(ins.error());
    QByteArray sk(kp.secretKey.chars(), qsizetype(kp.secretKey.size()));
    ins->bindAll({kp.publicKey.view().toByteArray(), sk});
    wipe(sk);
    if (auto r = ins->run(); !r)
        return std::unexpected(r.error());
    return kp;
}

QString vaultIdOf(Vault& vault)
{
    return VaultMeta(vault).text(VaultMeta::kVaultId);
}

} // namespace

QString Inbox::defaultDir(const QString& vaultPath) { return QFileInfo(vaultPath).absoluteDir().filePath(QStringLiteral("inbox")); }

Result<void> Inbox::publish(Vault& vault, const QString& dir)
{
    auto kp = keyPair(vault);
    if (!kp)
        return std::unexpected(kp.error());
    if (!QDir().mkpath(dir))
        return fail(ErrorKind::Io, tr("Cannot create the inbox folder %1").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QJsonObject o{{QStringLiteral("format"), QStringLiteral("relais-inbox-key")},
                        {QStringLiteral("vault_id"), vaultIdOf(vault)},
                        {QStringLiteral("public_key"), QString::fromLatin1(kp->publicKey.view().toByteArray().toBase64())}};
    QSaveFile f(QDir(dir).filePath(QLatin1String(kPublicKeyFile)));
    const QByteArray data = QJsonDocument(o).toJson();
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return fail(ErrorKind::Io, tr("Cannot write the inbox key in %1: %2").arg(dir, f.errorString()));
    return {};
}

Result<QString> Inbox::seal(const QString& dir, const QList<SnapshotImporter::Source>& sourcesIn, bool partial)
{
    // The import options travel inside the sealed file, as a first entry.
    QList<SnapshotImporter::Source> sources = sourcesIn;
    const QByteArray options = QJsonDocument(QJsonObject{{QStringLiteral("full_export"), !partial}}).toJson(QJsonDocument::Compact);
    sources.prepend({QLatin1String(kOptionsEntry), [options]() -> std::unique_ptr<QIODevice> {
                         auto b = std::make_unique<QBuffer>();
                         b->setData(options);
                         b->open(QIODevice::ReadOnly);
                         return b;
                     }});
    QFile keyFile(QDir(dir).filePath(QLatin1String(kPublicKeyFile)));
    if (!keyFile.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Invalid, tr("No inbox key in %1: unlock Relais once on this computer so that it publishes it").arg(dir));
    const QJsonObject o = QJsonDocument::fromJson(keyFile.readAll()).object();
    const QByteArray pk = QByteArray::fromBase64(o.value(QStringLiteral("public_key")).toString().toLatin1());
    const QByteArray vaultId = o.value(QStringLiteral("vault_id")).toString().toLatin1();
    if (o.value(QStringLiteral("format")).toString() != u"relais-inbox-key" || pk.size() != crypto_box_PUBLICKEYBYTES || vaultId.size() != 32)
        return fail(ErrorKind::Invalid, tr("%1 is not a valid inbox key").arg(keyFile.fileName()));

    SecureBytes key = SecureBytes::random(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    QByteArray sealedKey(kSealedKeyBytes, Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealedKey.data()), key.data(), key.size(), reinterpret_cast<const unsigned char*>(pk.constData()));
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray header(crypto_secretstream_xchacha20poly1305_HEADERBYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(&state, reinterpret_cast<unsigned char*>(header.data()), key.data());

    const QString name = QStringLiteral("snapshot-%1-%2.sealed")
                             .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")))
                             .arg(randombytes_uniform(1000000), 6, 10, QLatin1Char('0'));
    QSaveFile out(QDir(dir).filePath(name));  // atomic: a half-written snapshot never appears
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, tr("Cannot write in the inbox %1: %2").arg(dir, out.errorString()));
    out.write(kMagic, 8);
    out.write(vaultId);
    out.write(sealedKey);
    out.write(header);

    QByteArray plain;
    QByteArray cipher;
    const auto push = [&](bool final) {
        cipher.resize(plain.size() + qsizetype(crypto_secretstream_xchacha20poly1305_ABYTES));
        unsigned long long len = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), &len,
                                                   reinterpret_cast<const unsigned char*>(plain.constData()), std::size_t(plain.size()),
                                                   nullptr, 0, final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        const quint32 be = qToBigEndian(quint32(len));
        out.write(reinterpret_cast<const char*>(&be), 4);
        out.write(cipher.constData(), qint64(len));
        wipe(plain);
    };
    const auto append = [&](const char* data, qint64 n) {
        while (n > 0) {
            const qint64 take = std::min<qint64>(n, kFrame - plain.size());
            plain.append(data, take);
            data += take;
            n -= take;
            if (plain.size() == kFrame)
                push(false);
        }
    };
    for (const SnapshotImporter::Source& s : sources) {
        auto dev = s.open();
        if (!dev)
            return fail(ErrorKind::Io, tr("%1: cannot be read").arg(s.name));
        const QByteArray entryName = QFileInfo(s.name).fileName().toUtf8();
        const quint32 nameLen = qToBigEndian(quint32(entryName.size()));
        const quint64 size = qToBigEndian(quint64(dev->size()));
        append(reinterpret_cast<const char*>(&nameLen), 4);
        append(entryName.constData(), entryName.size());
        append(reinterpret_cast<const char*>(&size), 8);
        char buf[64 * 1024];
        qint64 total = 0;
        for (qint64 n; (n = dev->read(buf, sizeof buf)) > 0;) {
            append(buf, n);
            total += n;
        }
        sodium_memzero(buf, sizeof buf);
        if (total != dev->size())
            return fail(ErrorKind::Io, tr("%1: changed while it was being read").arg(s.name));
    }
    push(true);
    sodium_memzero(&state, sizeof state);
    if (!out.commit())
        return fail(ErrorKind::Io, tr("Cannot write in the inbox %1: %2").arg(dir, out.errorString()));
    return out.fileName();
}

QStringList Inbox::pending(const QString& dir)
{
    QStringList out;
    const QDir d(dir);
    for (const QString& f : d.entryList({QStringLiteral("snapshot-*.sealed")}, QDir::Files, QDir::Name))
        out.append(d.filePath(f));
    return out;
}

Result<QList<SnapshotImporter::Source>> Inbox::open(Vault& vault, const QString& sealedFile, bool* partial,
                                                   const std::function<bool()>& keepGoing)
{
    if (partial)
        *partial = false;
    auto kp = keyPair(vault);
    if (!kp)
        return std::unexpected(kp.error());
    const QString vaultId = vaultIdOf(vault);
    auto pk = std::make_shared<SecureBytes>(std::move(kp->publicKey));
    auto sk = std::make_shared<SecureBytes>(std::move(kp->secretKey));
    // List the entries once (decrypting the whole file also checks it is complete and intact).
    SealedReader reader(sealedFile, *pk, *sk, vaultId);
    if (!reader.failure().isEmpty())
        return fail(ErrorKind::Invalid, reader.failure());
    QList<SnapshotImporter::Source> out;
    bool sawOptions = false;
    int index = 0;
    for (;; ++index) {
        quint32 nameLen = 0;
        if (!readExact(reader, reinterpret_cast<char*>(&nameLen), 4))
            break;
        if (index >= kMaxEntries)
            return fail(ErrorKind::Invalid, tr("%1 holds more than %2 files: refused").arg(sealedFile).arg(kMaxEntries));
        nameLen = qFromBigEndian(nameLen);
        if (nameLen == 0 || nameLen > kMaxNameBytes)
            return fail(ErrorKind::Invalid, tr("%1 is damaged (a file name of %2 bytes)").arg(sealedFile).arg(nameLen));
        QByteArray name(qsizetype(nameLen), Qt::Uninitialized);
        quint64 size = 0;
        if (!readExact(reader, name.data(), nameLen) || !readExact(reader, reinterpret_cast<char*>(&size), 8))
            return fail(ErrorKind::Invalid, reader.failure().isEmpty() ? tr("%1 is damaged").arg(sealedFile) : reader.failure());
        size = qFromBigEndian(size);
        const QString entryName = QString::fromUtf8(name);
        const bool options = entryName == QLatin1String(kOptionsEntry);
        if (size > kMaxEntryBytes || (options && size > kMaxOptionsBytes))
            return fail(ErrorKind::Invalid, tr("%1 is damaged (%2 announces %3 bytes)").arg(sealedFile, entryName).arg(size));
        char buf[64 * 1024];
        for (quint64 left = size; left > 0;) {
            if (keepGoing && !keepGoing())
                return fail(ErrorKind::Other, FhirReader::tr("Import cancelled"));
            const qint64 n = reader.read(buf, qint64(std::min<quint64>(left, sizeof buf)));
            if (n <= 0)
                return fail(ErrorKind::Invalid, !reader.failure().isEmpty() ? reader.failure()
                                                    : reader.atEnd()        ? tr("%1 is truncated (its last part is missing)").arg(sealedFile)
                                                                            : tr("%1 is damaged").arg(sealedFile));
            left -= quint64(n);
        }
        if (options) {
            // Whether the export is full (missing patients get marked) must be said, not guessed.
            QJsonParseError error{};
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(buf, qsizetype(size)), &error);
            sodium_memzero(buf, sizeof buf);
            const QJsonValue full = doc.object().value(QStringLiteral("full_export"));
            if (sawOptions || error.error != QJsonParseError::NoError || !full.isBool())
                return fail(ErrorKind::Invalid, tr("%1: its import options are not readable (%2): refused").arg(sealedFile, QLatin1String(kOptionsEntry)));
            sawOptions = true;
            if (partial)
                *partial = !full.toBool();
            continue;
        }
        sodium_memzero(buf, sizeof buf);
        out.append({QFileInfo(sealedFile).fileName() + u'/' + entryName, [=]() -> std::unique_ptr<QIODevice> {
                        auto r = std::make_unique<SealedReader>(sealedFile, *pk, *sk, vaultId);
                        if (!r->failure().isEmpty())
                            return nullptr;
                        // Skip to entry `index`.
                        for (int i = 0;; ++i) {
                            quint32 len = 0;
                            quint64 sz = 0;
                            if (i > kMaxEntries || !readExact(*r, reinterpret_cast<char*>(&len), 4))
                                return nullptr;
                            len = qFromBigEndian(len);
                            if (len == 0 || len > kMaxNameBytes)  // read again: the file may have changed
                                return nullptr;
                            QByteArray n(qsizetype(len), Qt::Uninitialized);
                            if (!readExact(*r, n.data(), n.size()) || !readExact(*r, reinterpret_cast<char*>(&sz), 8))
                                return nullptr;
                            sz = qFromBigEndian(sz);
                            if (sz > kMaxEntryBytes)
                                return nullptr;
                            if (i == index)
                                return std::make_unique<EntryDevice>(std::move(r), qint64(sz));
                            char skip[64 * 1024];
                            for (quint64 left = sz; left > 0;) {
                                const qint64 got = r->read(skip, qint64(std::min<quint64>(left, sizeof skip)));
                                if (got <= 0)
                                    return nullptr;
                                left -= quint64(got);
                            }
                        }
                    }});
    }
    if (!reader.failure().isEmpty())
        return fail(ErrorKind::Invalid, reader.failure());
    if (!reader.atEnd())
        return fail(ErrorKind::Invalid, tr("%1 is truncated (its last part is missing)").arg(sealedFile));
    if (!sawOptions)
        return fail(ErrorKind::Invalid, tr("%1 does not say whether it is a full or a partial export (no %2): refused; seal it "
                                           "again with relais-cli import --inbox")
                                            .arg(sealedFile, QLatin1String(kOptionsEntry)));
    return out;
}

Inbox::Merged Inbox::mergeAll(Vault& vault, const QString& dir, const Hooks& hooks)
{
    Merged merged;
    const auto quarantine = [&](const QString& file, const QString& reason) {
        const QString aside = file + QLatin1String(kQuarantineSuffix);
        QFile::remove(aside);
        if (!QFile::rename(file, aside)) {
            merged.errors.append(reason + u' ' + tr("(it could not be set aside: it will be tried again at the next unlock)"));
            return;
        }
        // The reason may name a record: sealed to the vault's key like the snapshot, never in clear.
        if (auto kp = keyPair(vault)) {
            const QByteArray plain = reason.toUtf8();
            QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
            crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), reinterpret_cast<const unsigned char*>(plain.constData()),
                            std::size_t(plain.size()), kp->publicKey.data());
            QSaveFile f(aside + QLatin1String(kReasonSuffix));
            if (f.open(QIODevice::WriteOnly) && f.write(sealed) == sealed.size())
                (void)f.commit();
        }
        merged.quarantineReasons.append(reason);
        merged.quarantined.append(aside);
        qCWarning(lcVault) << "inbox snapshot quarantined";
    };
    for (const QString& file : pending(dir)) {
        bool partial = false;
        bool stopped = false;
        auto sources = open(vault, file, &partial, [&] { return !(stopped = hooks.keepGoing && !hooks.keepGoing()); });
        if (!sources && stopped) {
            merged.cancelled = true;
            break;
        }
        if (!sources) {
            if (sources.error().kind == ErrorKind::Invalid)
                quarantine(file, sources.error().message);
            else
                merged.errors.append(sources.error().message);
            continue;
        }
        SnapshotImporter::Options options;
        options.takenUtc = QFileInfo(file).lastModified().toUTC();
        options.fullSnapshot = !partial;
        bool cancelled = false;
        if (hooks.progress)
            options.progress = [&](qint64 done) { return !(cancelled = !hooks.progress(done)); };
        if (hooks.beforeCommit)
            options.beforeCommit = [&](const ImportSummary& s) { return !(cancelled = !hooks.beforeCommit(file, s)); };
        auto summary = SnapshotImporter(vault).run(*sources, options);
        if (!summary) {
            if (cancelled) {  // this one stays in the inbox, and so do the next ones
                merged.cancelled = true;
                break;
            }
            // The file's content is at fault: set aside. The vault or the disk: tried again next time.
            if (summary.error().kind == ErrorKind::Invalid)
                quarantine(file, summary.error().message);
            else
                merged.errors.append(summary.error().message);
            continue;
        }
        QFile::remove(file);
        merged.files.append(file);
        merged.summaries.append(*summary);
        qCInfo(lcVault) << "inbox snapshot merged";
    }
    return merged;
}

QList<Inbox::Quarantined> Inbox::quarantined(Vault& vault, const QString& dir)
{
    QList<Quarantined> out;
    const QDir d(dir);
    auto kp = keyPair(vault);
    for (const QString& f : d.entryList({QStringLiteral("snapshot-*.sealed") + QLatin1String(kQuarantineSuffix)}, QDir::Files, QDir::Name)) {
        Quarantined q{d.filePath(f), {}};
        QFile reason(q.file + QLatin1String(kReasonSuffix));
        if (kp && reason.open(QIODevice::ReadOnly) && reason.size() > qint64(crypto_box_SEALBYTES) && reason.size() < 1024 * 1024) {
            const QByteArray sealed = reason.readAll();
            QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), Qt::Uninitialized);
            if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), reinterpret_cast<const unsigned char*>(sealed.constData()),
                                     std::size_t(sealed.size()), kp->publicKey.data(), kp->secretKey.data())
                == 0)
                q.reason = QString::fromUtf8(plain);
            wipe(plain);
        }
        out.append(q);
    }
    return out;
}

} // namespace relais
