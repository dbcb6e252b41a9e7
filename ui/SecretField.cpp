// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecretField.h"

#include <QLineEdit>

namespace relais::ui {

SecureBytes secretFrom(const QLineEdit& edit)
{
    QString text = edit.text();
    QByteArray utf8 = text.toUtf8();
    wipe(text);
    return SecureBytes::takeFrom(utf8);
}

SecureBytes takeSecret(QLineEdit& edit)
{
    SecureBytes secret = secretFrom(edit);
    edit.clear();
    return secret;
}

} // namespace relais::ui
