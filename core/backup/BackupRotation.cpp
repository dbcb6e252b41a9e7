// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupRotation.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include "storage/Sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace relais {

QList<QDateTime> BackupRotation::keep(QList<QDateTime> times) const
{
    for (QDateTime& t : times)
        t = t.toUTC();
    std::sort(times.begin(), times.end(), std::greater<>());
    QSet<qint64> kept;  // msecs since epoch
    const auto rule = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (const QDateTime& t : std::as_const(times)) {
            if (seen.size() >= count)
                break;
            const qint64 p = period(t.date());
            if (seen.contains(p))
                continue;  // an older backup of a period already represented
            seen.insert(p);
            kept.insert(t.toMSecsSinceEpoch());
        }
    };
    rule(std::max(daily, 1), [](const QDate& d) { return d.toJulianDay(); });
    rule(weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    rule(monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QList<QDateTime> out;
    for (const QDateTime& t : std::as_const(times))
        if (kept.contains(t.toMSecsSinceEpoch()))
            out.append(t);
    return out;
}

Result<void> BackupRotation::check() const
{
    const struct
    {
        const char* name;
        int value;
        int min;
    } counts[] = {{"daily", daily, 1}, {"weekly", weekly, 0}, {"monthly", monthly, 0}};
    for (const auto& c : counts)
        if (c.value < c.min || c.value > kMaxCount)
            return fail(ErrorKind::Invalid, tr("Backup rotation: the %1 count must be between %2 and %3 (it is %4)")
                                                .arg(QLatin1String(c.name))
                                                .arg(c.min)
                                                .arg(kMaxCount)
                                                .arg(c.value));
    return {};
}

Result<BackupRotation> BackupRotation::load(Vault& vault)
{
    auto v = VaultMeta(vault).value(kMetaKey);
    if (!v)
        return std::unexpected(v.error());
    BackupRotation r;
    if (!*v)
        return r;
    const QJsonObject o = QJsonDocument::fromJson((*v)->toUtf8()).object();
    const BackupRotation defaults;
    r.daily = o.value(QStringLiteral("daily")).toInt(defaults.daily);
    r.weekly = o.value(QStringLiteral("weekly")).toInt(defaults.weekly);
    r.monthly = o.value(QStringLiteral("monthly")).toInt(defaults.monthly);
    if (!r.check())
        return defaults;
    return r;
}

Result<void> BackupRotation::save(Vault& vault) const
{
    if (auto r = check(); !r)
        return r;
    const QJsonObject o{{QStringLiteral("daily"), daily}, {QStringLiteral("weekly"), weekly}, {QStringLiteral("monthly"), monthly}};
    return VaultMeta(vault).set(kMetaKey, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

} // namespace relais
