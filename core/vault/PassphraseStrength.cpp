// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/PassphraseStrength.h"

#include "common/SecureBytes.h"

#include <zxcvbn.h>

#include <cstring>

namespace relais {

PassphraseStrength PassphraseStrength::evaluate(const SecureBytes& passphrase)
{
    PassphraseStrength s;
    if (passphrase.isEmpty())
        return s;
    SecureBytes terminated(passphrase.size() + 1);  // zxcvbn wants a C string; keep it in wiped memory
    std::memcpy(terminated.data(), passphrase.data(), passphrase.size());
    // Words an attacker would try first against a medical practice.
    const char* practiceWords[] = {"relais", "medecin", "docteur", "cabinet", "patient", "sante", "ordonnance", nullptr};
    s.bits = ZxcvbnMatch(terminated.chars(), practiceWords, nullptr);
    if (s.bits < kMinimumBits)
        s.level = Level::TooWeak;
    else if (s.bits < 60)
        s.level = Level::Weak;
    else if (s.bits < 80)
        s.level = Level::Fair;
    else
        s.level = Level::Strong;
    return s;
}

QString PassphraseStrength::describe() const
{
    switch (level) {
    case Level::TooWeak:
        return tr("Too weak: add words, it must resist a determined attacker");
    case Level::Weak:
        return tr("Weak: accepted, but a longer passphrase is better");
    case Level::Fair:
        return tr("Good");
    case Level::Strong:
        return tr("Very good");
    }
    return {};
}

} // namespace relais
