// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/Consultation.h"

#include <QJsonArray>

namespace relais {

QJsonObject Consultation::contentJson() const
{
    QJsonArray dx;
    for (const Diagnosis& d : diagnoses)
        dx.append(QJsonObject{{QStringLiteral("text"), d.text}, {QStringLiteral("cim10"), d.cim10}});
    return QJsonObject{{QStringLiteral("reason"), reason},
                       {QStringLiteral("examination"), examination},
                       {QStringLiteral("conclusion"), conclusion},
                       {QStringLiteral("plan"), plan},
                       {QStringLiteral("vitals"), vitals.toJson()},
                       {QStringLiteral("diagnoses"), dx}};
}

void Consultation::setContent(const QJsonObject& o)
{
    reason = o.value(QStringLiteral("reason")).toString();
    examination = o.value(QStringLiteral("examination")).toString();
    conclusion = o.value(QStringLiteral("conclusion")).toString();
    plan = o.value(QStringLiteral("plan")).toString();
    vitals = Vitals::fromJson(o.value(QStringLiteral("vitals")).toObject());
    diagnoses.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("diagnoses")).toArray())
        diagnoses.append({v.toObject().value(QStringLiteral("text")).toString(), v.toObject().value(QStringLiteral("cim10")).toString()});
}

bool Consultation::sameContent(const Consultation& other) const { return contentJson() == other.contentJson(); }

} // namespace relais
