// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientText.h"

#include <QRegularExpression>

namespace relais::ui {

QString PatientText::date(const QDate& d) { return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QDate PatientText::parseDate(const QString& typed)
{
    static const QRegularExpression separated(QStringLiteral("^\\s*(\\d{1,2})[/.\\- ](\\d{1,2})[/.\\- ](\\d{4})\\s*$"));
    static const QRegularExpression packed(QStringLiteral("^\\s*(\\d{2})(\\d{2})(\\d{4})\\s*$"));
    auto m = separated.match(typed);
    if (!m.hasMatch())
        m = packed.match(typed);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QString PatientText::sex(Sex s)
{
    switch (s) {
    case Sex::Female:
        return tr("Female");
    case Sex::Male:
        return tr("Male");
    case Sex::Unknown:
        break;
    }
    return tr("Sex not stated");
}

QString PatientText::sexShort(Sex s)
{
    switch (s) {
    case Sex::Female:
        return tr("F", "sex: female");
    case Sex::Male:
        return tr("M", "sex: male");
    case Sex::Unknown:
        break;
    }
    return tr("?", "sex: not stated");
}

QString PatientText::statusName(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Prov:
        return tr("Provisional identity");
    case IdentityStatus::Vali:
        return tr("Validated identity");
    case IdentityStatus::Recup:
        return tr("Retrieved identity");
    case IdentityStatus::Qual:
        return tr("Qualified identity");
    }
    return {};
}

QString PatientText::statusExplanation(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Prov:
        return tr("PROV — provisional: the identity has not been checked against an identity document, or it is "
                  "doubtful. The INS cannot be used to share data.");
    case IdentityStatus::Vali:
        return tr("VALI — validated: the identity was checked against an identity document (identity card, "
                  "passport, residence permit), but not against the national INSi service.");
    case IdentityStatus::Recup:
        return tr("RECUP — retrieved: the identity comes from the national INSi service, but nobody has checked "
                  "it against an identity document yet.");
    case IdentityStatus::Qual:
        return tr("QUAL — qualified: retrieved from the national INSi service and checked against an identity "
                  "document. The most reliable status.");
    }
    return {};
}

QColor PatientText::statusColor(IdentityStatus s)
{
    switch (s) {
    case IdentityStatus::Prov:
        return QColor(0xb3, 0x5c, 0x00);  // amber: needs checking
    case IdentityStatus::Vali:
        return QColor(0x1f, 0x5f, 0xa8);
    case IdentityStatus::Recup:
        return QColor(0x00, 0x7a, 0x78);
    case IdentityStatus::Qual:
        return QColor(0x2e, 0x7d, 0x32);
    }
    return {};
}

QString PatientText::origin(Origin o) { return o == Origin::Imported ? tr("imported") : tr("added in Relais"); }

QString PatientText::severity(const QString& code)
{
    if (code == u"high")
        return tr("severe");
    if (code == u"low")
        return tr("mild");
    return {};
}

QString PatientText::allergies(const Patient& p)
{
    if (p.allergies.isEmpty())
        return tr("No known allergy");
    QStringList parts;
    for (const Allergy& a : p.allergies) {
        QStringList detail;
        if (!a.reaction.isEmpty())
            detail << a.reaction;
        if (const QString sev = severity(a.severity); !sev.isEmpty())
            detail << sev;
        parts << (detail.isEmpty() ? a.substance : QStringLiteral("%1 (%2)").arg(a.substance, detail.join(QStringLiteral(", "))));
    }
    return tr("Allergies: %1").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace relais::ui
