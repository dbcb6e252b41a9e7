// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/Barcode.h"

#include <QPainter>

#include <zint.h>

#include <memory>

namespace relais {

Result<Barcode> Barcode::code128(const QString& data)
{
    if (data.isEmpty())
        return fail(ErrorKind::Invalid, tr("Barcode: nothing to encode"));
    const std::unique_ptr<zint_symbol, decltype(&ZBarcode_Delete)> symbol(ZBarcode_Create(), &ZBarcode_Delete);
    if (!symbol)
        return fail(ErrorKind::Other, tr("Barcode: out of memory"));
    symbol->symbology = BARCODE_CODE128;
    symbol->show_hrt = 0;  // the digits are drawn by us, in the document font, so they are text
    symbol->whitespace_width = 0;
    symbol->border_width = 0;
    symbol->height = 20;
    const QByteArray bytes = data.toUtf8();
    const int rc = ZBarcode_Encode_and_Buffer_Vector(symbol.get(), reinterpret_cast<const unsigned char*>(bytes.constData()),
                                                     int(bytes.size()), 0);
    if (rc >= ZINT_ERROR || !symbol->vector || symbol->width <= 0)
        return fail(ErrorKind::Invalid, tr("Barcode: \"%1\" cannot be encoded (%2)").arg(data, QString::fromUtf8(symbol->errtxt)));
    Barcode b;
    b.m_modules = symbol->width;
    const double unitsPerModule = double(symbol->vector->width) / symbol->width;
    for (const zint_vector_rect* r = symbol->vector->rectangles; r; r = r->next)
        if (r->colour == -1)
            b.m_bars.append({r->x / unitsPerModule, r->width / unitsPerModule});
    return b;
}

void Barcode::paint(QPainter& p, const QRectF& rect) const
{
    if (m_modules <= 0)
        return;
    const double module = rect.width() / m_modules;
    for (const auto& [x, w] : m_bars)
        p.fillRect(QRectF(rect.left() + x * module, rect.top(), w * module, rect.height()), Qt::black);
}

} // namespace relais
