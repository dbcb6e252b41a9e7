// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

// Vital signs of one consultation, in the units French GPs write them.
struct Vitals
{
    Q_DECLARE_TR_FUNCTIONS(relais::Vitals)

public:
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    std::optional<double> systolic;     // mmHg
    std::optional<double> diastolic;    // mmHg
    std::optional<double> heartRate;    // /min
    std::optional<double> temperatureC;
    std::optional<double> spo2;         // %
    std::optional<double> glucoseGL;    // capillary glucose, g/L

    enum class Field { Weight, Height, Systolic, Diastolic, HeartRate, Temperature, SpO2, Glucose };

    struct Issue
    {
        Field field;
        bool blocking = false;  // impossible (refused) or only implausible (warning)
        QString message;        // names the field, the value and the unit
    };

    std::optional<double> bmi() const;  // kg/m², when weight and height are known
    bool isEmpty() const;
    QList<Issue> check() const;
    bool acceptable() const;  // no blocking issue

    QJsonObject toJson() const;
    static Vitals fromJson(const QJsonObject& o);

    static QString fieldName(Field f);
    static QString unit(Field f);
    std::optional<double>& value(Field f);
    const std::optional<double>& value(Field f) const;
};

} // namespace relais
