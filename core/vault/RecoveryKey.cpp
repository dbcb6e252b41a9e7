// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/RecoveryKey.h"

#include <sodium.h>

namespace relais::RecoveryKey {

namespace {
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kChars = 32;  // 160 bits
} // namespace

SecureBytes generate()
{
    SecureBytes raw = SecureBytes::random(20);
    SecureBytes out(kChars + kChars / 4 - 1);
    std::size_t o = 0;
    for (std::size_t i = 0; i < kChars; ++i) {
        // 5 bits at offset 5*i, big-endian across the 20 bytes.
        const std::size_t bit = i * 5;
        const unsigned v = ((unsigned(raw.data()[bit / 8]) << 8 | (bit / 8 + 1 < 20 ? raw.data()[bit / 8 + 1] : 0))
                            >> (11 - bit % 8))
            & 0x1f;
        if (i && i % 4 == 0)
            out.data()[o++] = '-';
        out.data()[o++] = static_cast<unsigned char>(kAlphabet[v]);
    }
    return out;
}

SecureBytes normalize(const SecureBytes& typed)
{
    SecureBytes out(kChars);
    std::size_t o = 0;
    for (std::size_t i = 0; i < typed.size(); ++i) {
        unsigned char c = typed.data()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        if (c >= 'a' && c <= 'z')
            c = static_cast<unsigned char>(c - 'a' + 'A');
        if (c == 'I' || c == 'L')
            c = '1';
        else if (c == 'O')
            c = '0';
        bool known = false;
        for (const char* a = kAlphabet; *a; ++a)
            known |= (*a == char(c));
        if (!known || o >= kChars)
            return {};
        out.data()[o++] = c;
    }
    if (o != kChars)
        return {};
    return out;
}

} // namespace relais::RecoveryKey
