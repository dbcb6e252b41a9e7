// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/PrivateFile.h"

#include <QSaveFile>

namespace relais {

Result<void> PrivateFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorKind::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace relais
