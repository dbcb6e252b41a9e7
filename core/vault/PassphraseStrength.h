// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace relais {

class SecureBytes;

// Estimates a passphrase's strength with zxcvbn (Debian's libzxcvbn), never by hand-made rules.
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(relais::PassphraseStrength)

public:
    enum class Level { TooWeak, Weak, Fair, Strong };
    static constexpr double kMinimumBits = 45.0;  // below this, the vault refuses the passphrase

    double bits = 0;
    Level level = Level::TooWeak;

    static PassphraseStrength evaluate(const SecureBytes& passphrase);
    bool acceptable() const { return level != Level::TooWeak; }
    QString describe() const;
};

} // namespace relais
