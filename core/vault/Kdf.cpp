// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Kdf.h"

#include "common/Sodium.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sodium.h>

#include <algorithm>
#include <cmath>

namespace relais {

bool KdfParams::isValid() const
{
    return opsLimit >= crypto_pwhash_OPSLIMIT_MIN && opsLimit <= 64 && memLimitBytes >= crypto_pwhash_MEMLIMIT_MIN
        && memLimitBytes <= 4ull * 1024 * 1024 * 1024;
}

KdfParams KdfParams::fastForTests() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

KdfParams KdfParams::calibrate(double targetSeconds)
{
    ensureSodium();
    const auto timeOnce = [](const KdfParams& p) {
        SecureBytes out(kKeyBytes);
        const char pw[] = "calibration";
        unsigned char salt[crypto_pwhash_SALTBYTES] = {};
        QElapsedTimer t;
        t.start();
        if (crypto_pwhash(out.data(), out.size(), pw, sizeof pw - 1, salt, p.opsLimit, std::size_t(p.memLimitBytes),
                          crypto_pwhash_ALG_ARGON2ID13)
            != 0)
            return 1e9;  // out of memory: treat as too slow
        return std::max(t.nsecsElapsed() / 1e9, 1e-4);
    };
    // Memory first (it is what hurts GPU attackers), then passes to reach the target time.
    KdfParams p{1, 256ull * 1024 * 1024};
    (void)timeOnce(p);  // the first run pays for mapping the memory
    double t = timeOnce(p);
    while (t > targetSeconds && p.memLimitBytes > kMinProductionMem) {
        p.memLimitBytes /= 2;
        t = timeOnce(p);
    }
    const double passes = std::round(targetSeconds / t);
    p.opsLimit = quint64(std::clamp(passes, 1.0, 32.0));
    // Time is not quite linear in passes: one correction from a real run at the chosen setting.
    const double chosen = timeOnce(p);
    if (chosen < targetSeconds * 0.8 || chosen > targetSeconds * 1.25)
        p.opsLimit = quint64(std::clamp(std::round(double(p.opsLimit) * targetSeconds / chosen), 1.0, 32.0));
    return p;
}

Result<SecureBytes> deriveKey(const SecureBytes& secret, const QByteArray& salt, const KdfParams& params)
{
    ensureSodium();
    if (!params.isValid() || salt.size() != qsizetype(crypto_pwhash_SALTBYTES))
        return fail(ErrorKind::VaultCorrupt,
                    KdfParams::tr("Key slot has invalid key-derivation parameters"));
    SecureBytes out(kKeyBytes);
    if (crypto_pwhash(out.data(), out.size(), secret.chars(), secret.size(),
                      reinterpret_cast<const unsigned char*>(salt.constData()), params.opsLimit,
                      std::size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return fail(ErrorKind::Other,
                    KdfParams::tr("Not enough memory to derive the key (%1 MiB needed)")
                        .arg(params.memLimitBytes / (1024 * 1024)));
    return out;
}

} // namespace relais
