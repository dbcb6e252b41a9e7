// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrintSettings.h"

#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace relais {

namespace {

QJsonArray rectJson(const QRectF& r) { return {r.x(), r.y(), r.width(), r.height()}; }

bool rectFrom(const QJsonValue& v, QRectF* out)
{
    const QJsonArray a = v.toArray();
    if (a.size() != 4)
        return false;
    *out = QRectF(a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toDouble(), a.at(3).toDouble());
    return true;
}

} // namespace

QJsonObject SecurePaperLayout::toJson() const
{
    return {{QStringLiteral("page"), page == QPageSize::A5 ? QStringLiteral("A5") : QStringLiteral("A4")},
            {QStringLiteral("date"), rectJson(date)},
            {QStringLiteral("patient"), rectJson(patient)},
            {QStringLiteral("lines"), rectJson(lines)},
            {QStringLiteral("countSquare"), rectJson(countSquare)},
            {QStringLiteral("signature"), rectJson(signature)},
            {QStringLiteral("printPrescriber"), printPrescriber}};
}

Result<SecurePaperLayout> SecurePaperLayout::fromJson(const QJsonObject& o)
{
    SecurePaperLayout l;
    if (o.isEmpty())
        return l;
    l.page = o.value(QStringLiteral("page")).toString() == u"A5" ? QPageSize::A5 : QPageSize::A4;
    const QSizeF sheet = QPageSize(l.page).size(QPageSize::Millimeter);
    const struct
    {
        const char* key;
        QRectF* rect;
        const char* field;
    } fields[] = {{"date", &l.date, QT_TR_NOOP("date position")},
                  {"patient", &l.patient, QT_TR_NOOP("patient position")},
                  {"lines", &l.lines, QT_TR_NOOP("medicines area")},
                  {"countSquare", &l.countSquare, QT_TR_NOOP("square for the number of medicines")},
                  {"signature", &l.signature, QT_TR_NOOP("signature area")}};
    for (const auto& f : fields) {
        const QJsonValue v = o.value(QLatin1String(f.key));
        if (v.isUndefined())
            continue;
        QRectF r;
        if (!rectFrom(v, &r) || r.width() <= 0 || r.height() <= 0 || r.left() < 0 || r.top() < 0 ||
            r.right() > sheet.width() || r.bottom() > sheet.height())
            return fail(ErrorKind::Invalid, PrintSettings::tr("Secure paper, %1: must be [x, y, width, height] in mm inside the %2 × %3 mm sheet")
                                                .arg(PrintSettings::tr(f.field))
                                                .arg(sheet.width())
                                                .arg(sheet.height()));
        *f.rect = r;
    }
    l.printPrescriber = o.value(QStringLiteral("printPrescriber")).toBool();
    return l;
}

PrintSettings::PrintSettings(Vault& vault) : m_db(vault.db()) { }

Result<QJsonObject> PrintSettings::read(const QString& key)
{
    auto q = m_db.prepare(QStringLiteral("SELECT value FROM print_setting WHERE key = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, key);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return QJsonObject();
    return QJsonDocument::fromJson(q->text(0).toUtf8()).object();
}

Result<void> PrintSettings::write(const QString& key, const QJsonObject& value)
{
    auto q = m_db.prepare(QStringLiteral("INSERT INTO print_setting (key, value) VALUES (?, ?) "
                                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({key, QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact))});
    return q->run();
}

Result<PrinterCalibration> PrintSettings::calibration(const QString& printerName)
{
    auto o = read(QStringLiteral("calibration/") + printerName);
    if (!o)
        return std::unexpected(o.error());
    return PrinterCalibration{o->value(QStringLiteral("dx")).toDouble(), o->value(QStringLiteral("dy")).toDouble()};
}

Result<void> PrintSettings::setCalibration(const QString& printerName, const PrinterCalibration& c)
{
    if (printerName.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Printer: the name is required"));
    if (!std::isfinite(c.dxMm) || std::fabs(c.dxMm) > 20)
        return fail(ErrorKind::Invalid, tr("Horizontal offset: %1 mm is out of range (−20 to 20 mm)").arg(c.dxMm));
    if (!std::isfinite(c.dyMm) || std::fabs(c.dyMm) > 20)
        return fail(ErrorKind::Invalid, tr("Vertical offset: %1 mm is out of range (−20 to 20 mm)").arg(c.dyMm));
    return write(QStringLiteral("calibration/") + printerName, {{QStringLiteral("dx"), c.dxMm}, {QStringLiteral("dy"), c.dyMm}});
}

Result<SecurePaperLayout> PrintSettings::secureLayout()
{
    auto o = read(QStringLiteral("secure-paper"));
    if (!o)
        return std::unexpected(o.error());
    return SecurePaperLayout::fromJson(*o);
}

Result<void> PrintSettings::setSecureLayout(const SecurePaperLayout& layout)
{
    auto checked = SecurePaperLayout::fromJson(layout.toJson());
    if (!checked)
        return std::unexpected(checked.error());
    return write(QStringLiteral("secure-paper"), layout.toJson());
}

} // namespace relais
