// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

namespace relais {

// Argon2id parameters of one key slot (libsodium crypto_pwhash).
struct KdfParams
{
    Q_DECLARE_TR_FUNCTIONS(relais::KdfParams)

public:
    quint64 opsLimit = 0;
    quint64 memLimitBytes = 0;

    static constexpr quint64 kMinProductionMem = 64ull * 1024 * 1024;

    // Measures this machine and picks parameters that take about `targetSeconds`, with at least
    // 64 MiB of memory.
    static KdfParams calibrate(double targetSeconds = 0.5);
    // The smallest libsodium accepts: for tests where key derivation is not what is tested.
    static KdfParams fastForTests();
    bool isValid() const;
};

inline constexpr std::size_t kKeyBytes = 32;
inline constexpr std::size_t kSaltBytes = 16;

Result<SecureBytes> deriveKey(const SecureBytes& secret, const QByteArray& salt, const KdfParams& params);

} // namespace relais
