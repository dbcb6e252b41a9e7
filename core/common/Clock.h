// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace relais {

// Injected wherever time matters (auto-lock, unlock back-off, audit timestamps) so tests set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock& instance();
};

// The same text as t.toUTC().toString(Qt::ISODate) ("2026-11-23T09:00:00Z") or, with
// milliseconds, Qt::ISODateWithMs ("2026-11-23T09:00:00.000Z"), without QString::asprintf
// (bulk writes format hundreds of thousands of these). An invalid time gives an empty string.
QString isoUtcText(const QDateTime& t, bool withMs = false);

} // namespace relais
