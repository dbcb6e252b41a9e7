// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/Practitioner.h"

#include "prescribing/PractitionerId.h"

#include <QRegularExpression>

namespace relais {

QString Practitioner::displayName() const
{
    return QStringLiteral("Dr %1 %2").arg(givenNames.trimmed(), surname.trimmed().toUpper()).simplified();
}

QString Practitioner::structureLabel() const
{
    // Printed document text: always French (the prescription is a French legal document).
    return amNumber.isEmpty() ? QStringLiteral("N° FINESS") : QStringLiteral("N° Assurance Maladie");
}

QString Practitioner::normalisePhone(const QString& phone)
{
    QString digits;
    QString s = phone.trimmed();
    s.remove(QStringLiteral("(0)"));
    for (QChar c : s) {
        if (c.isDigit())
            digits.append(c);
        else if (c == u'+' && digits.isEmpty())
            digits.append(QStringLiteral("00"));
        else if (!c.isSpace() && c != u'.' && c != u'-' && c != u'/')
            return {};
    }
    QString national;  // 9 digits after the trunk 0
    if (digits.startsWith(QStringLiteral("0033")) && digits.size() == 13)
        national = digits.mid(4);
    else if (digits.startsWith(QStringLiteral("33")) && digits.size() == 11)
        national = digits.mid(2);
    else if (digits.startsWith(u'0') && digits.size() == 10 && !digits.startsWith(QStringLiteral("00")))
        national = digits.mid(1);
    if (national.size() != 9 || national.startsWith(u'0'))
        return {};
    return QStringLiteral("+33 %1 %2 %3 %4 %5")
        .arg(national.left(1), national.mid(1, 2), national.mid(3, 2), national.mid(5, 2), national.mid(7, 2));
}

Result<Practitioner> Practitioner::normalised(Practitioner p)
{
    p.surname = p.surname.simplified();
    p.givenNames = p.givenNames.simplified();
    p.title = p.title.simplified();
    p.specialty = p.specialty.simplified();
    p.city = p.city.simplified();
    p.email = p.email.trimmed();
    p.rpps = PractitionerId::compact(p.rpps);
    p.amNumber = PractitionerId::compact(p.amNumber);
    p.finess = PractitionerId::compact(p.finess);
    p.address = p.address.trimmed();
    if (p.surname.isEmpty())
        return fail(ErrorKind::Invalid, tr("Surname: required"));
    if (p.givenNames.isEmpty())
        return fail(ErrorKind::Invalid, tr("First names: required"));
    if (p.title.isEmpty() && p.specialty.isEmpty())
        return fail(ErrorKind::Invalid, tr("Title or specialty: required (for example \"Médecine générale\")"));
    if (p.rpps.isEmpty())
        return fail(ErrorKind::Invalid, tr("RPPS number: required (11 digits)"));
    if (p.rpps.size() != 11 || !PractitionerId::luhnValid(p.rpps))
        return fail(ErrorKind::Invalid,
                    p.rpps.size() != 11
                        ? tr("RPPS number: \"%1\" does not have 11 digits").arg(p.rpps)
                        : tr("RPPS number: \"%1\" has a wrong check digit (Luhn key); check it on the CPS card")
                              .arg(p.rpps));
    if (p.amNumber.isEmpty() && p.finess.isEmpty())
        return fail(ErrorKind::Invalid, tr("AM number or FINESS: one of them is required (9 digits)"));
    if (!p.amNumber.isEmpty() && !PractitionerId::isAmNumber(p.amNumber))
        return fail(ErrorKind::Invalid, tr("AM number: \"%1\" is not 9 digits").arg(p.amNumber));
    if (!p.finess.isEmpty() && !PractitionerId::isFiness(p.finess))
        return fail(ErrorKind::Invalid, tr("FINESS: \"%1\" is not 9 characters").arg(p.finess));
    if (p.address.isEmpty())
        return fail(ErrorKind::Invalid, tr("Professional address: required"));
    if (!p.address.contains(QStringLiteral("France"), Qt::CaseInsensitive))
        p.address += QStringLiteral("\nFrance");
    if (p.city.isEmpty())
        return fail(ErrorKind::Invalid, tr("City: required (printed before the date)"));
    if (p.phone.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Phone: required"));
    const QString phone = normalisePhone(p.phone);
    if (phone.isEmpty())
        return fail(ErrorKind::Invalid, tr("Phone: \"%1\" is not a French number (10 digits or +33)").arg(p.phone));
    p.phone = phone;
    static const QRegularExpression mail(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (p.email.isEmpty())
        return fail(ErrorKind::Invalid, tr("E-mail: required"));
    if (!mail.match(p.email).hasMatch())
        return fail(ErrorKind::Invalid, tr("E-mail: \"%1\" is not an e-mail address").arg(p.email));
    return p;
}

} // namespace relais
