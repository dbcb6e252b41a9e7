// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Patient.h"

#include <QLocale>

namespace relais {

QString identityStatusCode(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Prov:
        return QStringLiteral("PROV");
    case IdentityStatus::Vali:
        return QStringLiteral("VALI");
    case IdentityStatus::Recup:
        return QStringLiteral("RECUP");
    case IdentityStatus::Qual:
        return QStringLiteral("QUAL");
    }
    return {};
}

std::optional<IdentityStatus> identityStatusFromCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"PROV")
        return IdentityStatus::Prov;
    if (c == u"VALI")
        return IdentityStatus::Vali;
    if (c == u"RECUP")
        return IdentityStatus::Recup;
    if (c == u"QUAL")
        return IdentityStatus::Qual;
    return std::nullopt;
}

QString sexCode(Sex s) { return s == Sex::Male ? QStringLiteral("M") : s == Sex::Female ? QStringLiteral("F") : QStringLiteral("U"); }

std::optional<Sex> sexFromCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c == u"M" || c == u"H" || c == u"MALE")
        return Sex::Male;
    if (c == u"F" || c == u"FEMALE")
        return Sex::Female;
    if (c == u"U" || c == u"I" || c == u"UNKNOWN" || c == u"OTHER")
        return Sex::Unknown;
    return std::nullopt;
}

QString Patient::displayName() const
{
    const QString given = usedGivenName.isEmpty() ? firstGivenName : usedGivenName;
    if (!usedName.isEmpty() && usedName.compare(birthName, Qt::CaseInsensitive) != 0) {
        return sex == Sex::Female ? tr("%1 (née %2) %3").arg(usedName.toUpper(), birthName.toUpper(), given)
                                  : tr("%1 (born %2) %3").arg(usedName.toUpper(), birthName.toUpper(), given);
    }
    return QStringLiteral("%1 %2").arg(birthName.toUpper(), given);
}

QString Patient::documentName() const
{
    // Printed documents are French whatever the interface language (R.4127-76 CSP).
    const QString given = usedGivenName.isEmpty() ? firstGivenName : usedGivenName;
    if (!usedName.isEmpty() && usedName.compare(birthName, Qt::CaseInsensitive) != 0) {
        const QString born = sex == Sex::Female ? QStringLiteral("née") : sex == Sex::Male ? QStringLiteral("né")
                                                                                          : QStringLiteral("né(e)");
        return QStringLiteral("%1 (%2 %3) %4").arg(usedName.toUpper(), born, birthName.toUpper(), given);
    }
    return QStringLiteral("%1 %2").arg(birthName.toUpper(), given);
}

int Patient::ageYears(const QDate& today) const
{
    if (!birthDate.isValid() || today < birthDate)
        return 0;
    int years = today.year() - birthDate.year();
    if (today.month() < birthDate.month() || (today.month() == birthDate.month() && today.day() < birthDate.day()))
        --years;
    return years;
}

QString Patient::ageText(const QDate& today) const
{
    if (!birthDate.isValid())
        return {};
    const int years = ageYears(today);
    if (years >= 2)
        return tr("%n year(s)", nullptr, years);
    int months = (today.year() - birthDate.year()) * 12 + today.month() - birthDate.month();
    if (today.day() < birthDate.day())
        --months;
    if (months >= 1)
        return tr("%n month(s)", nullptr, months);
    return tr("%n day(s)", nullptr, int(birthDate.daysTo(today)));
}

} // namespace relais
