// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretInput.h"

#include <QFile>

#include <cstdio>
#include <cstring>
#include <termios.h>
#include <unistd.h>

namespace relais::cli {

namespace {
constexpr std::size_t kMaxSecret = 4096;
}

Result<SecureBytes> SecretInput::fromFile(const QString& path)
{
    // Unbuffered: read(2) straight into locked memory, no QIODevice buffer keeping a copy.
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ErrorKind::Invalid, tr("Cannot read the secret file %1: %2").arg(path, f.errorString()));
    SecureBytes buf(kMaxSecret);
    std::size_t n = 0;
    while (n < kMaxSecret) {
        const qint64 got = f.read(reinterpret_cast<char*>(buf.data()) + n, qint64(kMaxSecret - n));
        if (got <= 0)
            break;
        n += std::size_t(got);
    }
    const auto* end = static_cast<const unsigned char*>(std::memchr(buf.data(), '\n', n));
    SecureBytes out(buf.data(), end ? std::size_t(end - buf.data()) : n);
    out.chompNewline();
    if (out.isEmpty())
        return fail(ErrorKind::Invalid, tr("The secret file %1 is empty").arg(path));
    return out;
}

Result<SecureBytes> SecretInput::fromStdin(const QString& prompt)
{
    const bool tty = isatty(STDIN_FILENO);
    termios old{};
    if (tty) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &old);
        termios silent = old;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    SecureBytes buf(kMaxSecret);
    std::size_t n = 0;
    // read(2) one byte at a time: stdio buffering would keep a copy of the secret.
    unsigned char c = 0;
    while (n < kMaxSecret && ::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        buf.data()[n++] = c;
    if (tty) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
        std::fputs("\n", stderr);
    }
    SecureBytes out(buf.data(), n);
    out.chompNewline();
    if (out.isEmpty())
        return fail(ErrorKind::Invalid, tr("No secret was given on standard input"));
    return out;
}

} // namespace relais::cli
