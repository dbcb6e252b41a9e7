// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/Vitals.h"

#include <QLocale>

#include <cmath>

namespace relais {

namespace {

struct Limits
{
    double impossibleLow, implausibleLow, implausibleHigh, impossibleHigh;
};

// Impossible: refused. Implausible: accepted with a visible warning (a typo is likelier than the value).
Limits limits(Vitals::Field f)
{
    switch (f) {
    case Vitals::Field::Weight: return {0.2, 1.5, 250, 500};
    case Vitals::Field::Height: return {20, 40, 220, 260};
    case Vitals::Field::Systolic: return {30, 70, 220, 300};
    case Vitals::Field::Diastolic: return {10, 40, 130, 200};
    case Vitals::Field::HeartRate: return {10, 35, 180, 300};
    case Vitals::Field::Temperature: return {25, 34, 41, 45};
    case Vitals::Field::SpO2: return {30, 85, 100, 100};
    case Vitals::Field::Glucose: return {0.1, 0.5, 4, 10};
    }
    return {0, 0, 0, 0};
}

const char* const kKeys[] = {"weight_kg", "height_cm", "systolic_mmhg", "diastolic_mmhg", "heart_rate_min",
                             "temperature_c", "spo2_pct", "glucose_g_l"};
constexpr Vitals::Field kAll[] = {Vitals::Field::Weight, Vitals::Field::Height, Vitals::Field::Systolic,
                                  Vitals::Field::Diastolic, Vitals::Field::HeartRate, Vitals::Field::Temperature,
                                  Vitals::Field::SpO2, Vitals::Field::Glucose};

} // namespace

QString Vitals::fieldName(Field f)
{
    switch (f) {
    case Field::Weight: return tr("Weight");
    case Field::Height: return tr("Height");
    case Field::Systolic: return tr("Systolic blood pressure");
    case Field::Diastolic: return tr("Diastolic blood pressure");
    case Field::HeartRate: return tr("Heart rate");
    case Field::Temperature: return tr("Temperature");
    case Field::SpO2: return tr("SpO2");
    case Field::Glucose: return tr("Capillary glucose");
    }
    return {};
}

QString Vitals::unit(Field f)
{
    switch (f) {
    case Field::Weight: return QStringLiteral("kg");
    case Field::Height: return QStringLiteral("cm");
    case Field::Systolic:
    case Field::Diastolic: return QStringLiteral("mmHg");
    case Field::HeartRate: return QStringLiteral("/min");
    case Field::Temperature: return QStringLiteral("°C");
    case Field::SpO2: return QStringLiteral("%");
    case Field::Glucose: return QStringLiteral("g/L");
    }
    return {};
}

std::optional<double>& Vitals::value(Field f)
{
    return const_cast<std::optional<double>&>(std::as_const(*this).value(f));
}

const std::optional<double>& Vitals::value(Field f) const
{
    switch (f) {
    case Field::Weight: return weightKg;
    case Field::Height: return heightCm;
    case Field::Systolic: return systolic;
    case Field::Diastolic: return diastolic;
    case Field::HeartRate: return heartRate;
    case Field::Temperature: return temperatureC;
    case Field::SpO2: return spo2;
    case Field::Glucose: return glucoseGL;
    }
    return weightKg;
}

std::optional<double> Vitals::bmi() const
{
    if (!weightKg || !heightCm || *heightCm <= 0)
        return std::nullopt;
    const double m = *heightCm / 100.0;
    return std::round(*weightKg / (m * m) * 10.0) / 10.0;
}

bool Vitals::isEmpty() const
{
    for (Field f : kAll)
        if (value(f))
            return false;
    return true;
}

QList<Vitals::Issue> Vitals::check() const
{
    QList<Issue> out;
    const QLocale locale;
    for (Field f : kAll) {
        const auto& v = value(f);
        if (!v)
            continue;
        const Limits l = limits(f);
        const QString shown = locale.toString(*v, 'g', 6) + QLatin1Char(' ') + unit(f);
        if (!std::isfinite(*v) || *v < l.impossibleLow || *v > l.impossibleHigh)
            out.append({f, true, tr("%1: %2 is impossible (expected %3 to %4 %5)")
                                     .arg(fieldName(f), shown, locale.toString(l.impossibleLow), locale.toString(l.impossibleHigh), unit(f))});
        else if (*v < l.implausibleLow || *v > l.implausibleHigh)
            out.append({f, false, tr("%1: %2 is unusual; check the value").arg(fieldName(f), shown)});
    }
    if (systolic && diastolic && *diastolic >= *systolic)
        out.append({Field::Diastolic, true, tr("Blood pressure: the diastolic (%1) must be lower than the systolic (%2)")
                                                .arg(locale.toString(*diastolic), locale.toString(*systolic))});
    if (systolic.has_value() != diastolic.has_value())
        out.append({systolic ? Field::Diastolic : Field::Systolic, false,
                    tr("Blood pressure: give both the systolic and the diastolic value")});
    if (const auto b = bmi(); b && (*b < 10 || *b > 70))
        out.append({Field::Weight, false, tr("BMI %1 kg/m² is unusual; check weight and height").arg(locale.toString(*b))});
    return out;
}

bool Vitals::acceptable() const
{
    for (const Issue& i : check())
        if (i.blocking)
            return false;
    return true;
}

QJsonObject Vitals::toJson() const
{
    QJsonObject o;
    for (int i = 0; i < 8; ++i)
        if (const auto& v = value(kAll[i]))
            o.insert(QLatin1String(kKeys[i]), *v);
    return o;
}

Vitals Vitals::fromJson(const QJsonObject& o)
{
    Vitals v;
    for (int i = 0; i < 8; ++i) {
        const QJsonValue x = o.value(QLatin1String(kKeys[i]));
        if (x.isDouble())
            v.value(kAll[i]) = x.toDouble();
    }
    return v;
}

} // namespace relais
