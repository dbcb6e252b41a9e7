// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/SecretField.h"

#include <QDialog>
#include <QLineEdit>
#include <QPointer>

#include <sodium.h>

namespace relais::ui {

SecureBytes secretFrom(const QLineEdit& edit)
{
    QByteArray utf8 = edit.text().toUtf8();
    return SecureBytes::takeFrom(utf8);
}

SecureBytes takeSecret(QLineEdit& edit)
{
    SecureBytes secret = secretFrom(edit);
    wipeField(edit);
    return secret;
}

void wipeField(QLineEdit& edit)
{
    // text() shares the widget's buffer: writing through constData() reaches it without the
    // detach that data() would make (a copy wiped, the original left). Static data is skipped.
    QString shared = edit.text();
    const qsizetype n = shared.size();
    if (n > 0 && shared.data_ptr().isMutable())
        sodium_memzero(const_cast<QChar*>(shared.constData()), std::size_t(n) * sizeof(QChar));
    shared = QString();
    edit.setText(QString(n, QLatin1Char('x')));  // same length: the layout's copy is overwritten too
    edit.setText(QString());
}

void wipeWhenFinished(QDialog& dialog, std::initializer_list<QLineEdit*> fields)
{
    for (QLineEdit* field : fields)
        QObject::connect(&dialog, &QDialog::finished, field, [f = QPointer<QLineEdit>(field)] {
            if (f)
                wipeField(*f);
        });
}

} // namespace relais::ui
