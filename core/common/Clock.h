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

class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {
    }
    QDateTime nowUtc() const override { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void set(QDateTime t) { m_now = std::move(t); }

private:
    QDateTime m_now;
};

// The same text as t.toUTC().toString(Qt::ISODate) ("2026-11-23T09:00:00Z") or, with
// milliseconds, Qt::ISODateWithMs ("2026-11-23T09:00:00.000Z"), without QString::asprintf
// (bulk writes format hundreds of thousands of these). An invalid time gives an empty string.
QString isoUtcText(const QDateTime& t, bool withMs = false);

} // namespace relais
