// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QtGlobal>

namespace relais {

class Database;

// The settings every vault connection runs with, chosen with tests/bench/bench_vault (README,
// "Performance"). The bench applies the same ones to its plaintext baseline.
namespace ConnectionSettings {

// Page cache (KiB) for a vault file of `fileBytes`: the whole file and room to grow, so that a
// page is decrypted once per session rather than at every visit (SQLCipher's default 2 MB cache
// made the encrypted vault 2.3× slower than plaintext). Only a bound: pages are allocated when
// read. At least 64 MiB, at most 512 MiB or an eighth of the RAM.
qint64 cacheKiB(qint64 fileBytes);

// WAL, synchronous FULL, foreign keys, secure delete, temporary tables in memory, busy timeout
// and the page cache above. (mmap is not used: SQLCipher never maps an encrypted file, pages
// must pass through the codec.)
Result<void> apply(Database& db, qint64 fileBytes);

} // namespace ConnectionSettings

} // namespace relais
