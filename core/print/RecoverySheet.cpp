// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/RecoverySheet.h"

#include "common/SecureBytes.h"

#include <QFont>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace relais {

bool RecoverySheet::paint(QPagedPaintDevice& device, const SecureBytes& recoveryKey, const QString& vaultPath,
                          const QDateTime& createdUtc)
{
    device.setPageSize(QPageSize(QPageSize::A4));
    device.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&device))
        return false;
    const QRect page = p.viewport();
    const double mm = device.logicalDpiY() / 25.4;
    int y = 0;
    const auto block = [&](const QString& text, int pt, bool bold, int gapMm) {
        QFont f(QStringLiteral("DejaVu Sans"), pt);
        f.setBold(bold);
        // No shaping: no ligatures, so the PDF's text reads "coffre", not "coﬀre".
        f.setStyleStrategy(QFont::PreferNoShaping);
        p.setFont(f);
        const QRect r = p.boundingRect(QRect(0, y, page.width(), page.height()), Qt::TextWordWrap, text);
        p.drawText(r, Qt::TextWordWrap, text);
        y = r.bottom() + int(gapMm * mm);
    };
    block(tr("Relais — vault recovery key"), 18, true, 6);
    block(tr("Keep this sheet in the practice safe. Anyone holding it and a copy of the vault can read "
             "the patient records it contains."),
          11, false, 8);
    const QString key = QString::fromLatin1(recoveryKey.view().toByteArray());
    QFont mono(QStringLiteral("DejaVu Sans Mono"), 20);
    mono.setBold(true);
    p.setFont(mono);
    const QRect keyRect(0, y, page.width(), int(22 * mm));
    p.drawRect(keyRect);
    p.drawText(keyRect, Qt::AlignCenter, key);
    y = keyRect.bottom() + int(8 * mm);
    const QLocale locale;
    block(tr("Vault: %1").arg(vaultPath), 10, false, 2);
    block(tr("Created: %1").arg(locale.toString(createdUtc.toLocalTime(), QLocale::LongFormat)), 10, false, 8);
    block(tr("When to use it"), 13, true, 2);
    block(tr("If every passphrase is forgotten: start Relais, choose \"Use the recovery key\" on the unlock "
             "screen, type the key above (dashes and case do not matter), then set a new passphrase."),
          11, false, 6);
    block(tr("Never photograph this sheet, never send it by e-mail, never store it on the same computer."), 11,
          true, 0);
    return p.end();
}

} // namespace relais
