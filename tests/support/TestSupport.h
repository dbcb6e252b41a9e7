// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace relais::test {

// A secret held the way the product holds it.
SecureBytes secret(const char* text);
inline constexpr auto kPassphrase = "correct horse battery staple relais";

// Where screenshots and rendered pages are saved for a person to look at.
QString artefactDir();

// relais-cli run as the practice runs it: C.UTF-8, its data under `xdgDataHome`, `stdinData` on
// its standard input (then closed). `code` is -1 when it did not start or did not exit normally.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList& args, const QString& xdgDataHome, const QByteArray& stdinData = {});

} // namespace relais::test
