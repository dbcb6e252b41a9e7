// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace relais {

// What went wrong, in words a user can act on. `kind` drives exit codes and UI choices.
enum class ErrorKind {
    Other,
    WrongSecret,  // wrong passphrase or recovery key
    RateLimited,  // too many failed unlocks: wait
    VaultMissing,
    VaultCorrupt,
    VaultTooNew,
    Invalid,      // input refused (usage, impossible value)
    Io,
};

struct Error
{
    ErrorKind kind = ErrorKind::Other;
    QString message;  // translated, names what and where; never contains a secret or patient text
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorKind kind, QString message)
{
    return std::unexpected(Error{kind, std::move(message)});
}

} // namespace relais
