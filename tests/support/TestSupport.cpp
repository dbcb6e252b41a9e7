// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>

#include <cstring>

namespace relais::test {

SecureBytes secret(const char* text) { return SecureBytes(text, std::strlen(text)); }

QString artefactDir()
{
    const QString dir = QStringLiteral(RELAIS_TEST_BINARY_DIR "/artefacts");
    QDir().mkpath(dir);
    return dir;
}

} // namespace relais::test
