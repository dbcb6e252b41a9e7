// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/Prescription.h"

#include "prescribing/FrenchWords.h"
#include "records/Patient.h"

#include <QStringList>

#include <bit>

namespace relais {

// The sentences below are printed on a French legal document: they are French whatever the
// interface language.

namespace {

QString momentsText(int moments)
{
    QStringList names;
    if (moments & Posology::Morning)
        names << QStringLiteral("matin");
    if (moments & Posology::Noon)
        names << QStringLiteral("midi");
    if (moments & Posology::Evening)
        names << QStringLiteral("soir");
    if (moments & Posology::Bedtime)
        names << QStringLiteral("au coucher");
    if (names.size() == 1)
        return names.first() == u"au coucher" ? names.first() : QStringLiteral("le ") + names.first();
    const QString last = names.takeLast();
    return names.join(QStringLiteral(", ")) + QStringLiteral(" et ") + last;
}

QString daysText(int days, bool words)
{
    const auto n = [&](int v, bool fem) { return words ? FrenchWords::number(v, fem) : QString::number(v); };
    if (days % 30 == 0 && days >= 30)
        return n(days / 30, false) + QStringLiteral(" mois");
    if (days % 7 == 0 && days >= 14 && !words)
        return n(days / 7, true) + QStringLiteral(" semaines");
    return n(days, false) + (days > 1 ? QStringLiteral(" jours") : QStringLiteral(" jour"));
}

QString frequency(const Posology& p, bool words)
{
    const auto n = [&](int v, bool fem) { return words ? FrenchWords::number(v, fem) : QString::number(v); };
    QStringList parts;
    if (p.moments)
        parts << momentsText(p.moments);
    else if (p.timesPerDay > 0)
        parts << n(p.timesPerDay, true) + QStringLiteral(" fois par jour");
    else if (p.everyHours > 0)
        parts << QStringLiteral("toutes les ") + n(p.everyHours, true) + QStringLiteral(" heures");
    if (p.asNeeded)
        parts << QStringLiteral("si besoin");
    QString s = parts.join(u' ');
    if (p.maxPerDay > 0)
        s += QStringLiteral(", maximum ") + n(p.maxPerDay, FrenchWords::isFeminine(p.unit)) + QStringLiteral(" par jour");
    return s;
}

} // namespace

int Posology::dosesPerDay() const
{
    if (moments)
        return std::popcount(unsigned(moments));
    if (timesPerDay > 0)
        return timesPerDay;
    if (everyHours > 0)
        return 24 / everyHours;
    return maxPerDay;
}

QJsonObject Posology::toJson() const
{
    QJsonObject o{{QStringLiteral("quantity"), quantity}, {QStringLiteral("unit"), unit}};
    if (moments)
        o.insert(QStringLiteral("moments"), moments);
    if (timesPerDay)
        o.insert(QStringLiteral("timesPerDay"), timesPerDay);
    if (everyHours)
        o.insert(QStringLiteral("everyHours"), everyHours);
    if (asNeeded)
        o.insert(QStringLiteral("asNeeded"), true);
    if (maxPerDay)
        o.insert(QStringLiteral("maxPerDay"), maxPerDay);
    if (durationDays)
        o.insert(QStringLiteral("durationDays"), durationDays);
    if (!extra.isEmpty())
        o.insert(QStringLiteral("extra"), extra);
    return o;
}

Posology Posology::fromJson(const QJsonObject& o)
{
    Posology p;
    p.quantity = o.value(QStringLiteral("quantity")).toDouble();
    p.unit = o.value(QStringLiteral("unit")).toString();
    p.moments = o.value(QStringLiteral("moments")).toInt();
    p.timesPerDay = o.value(QStringLiteral("timesPerDay")).toInt();
    p.everyHours = o.value(QStringLiteral("everyHours")).toInt();
    p.asNeeded = o.value(QStringLiteral("asNeeded")).toBool();
    p.maxPerDay = o.value(QStringLiteral("maxPerDay")).toInt();
    p.durationDays = o.value(QStringLiteral("durationDays")).toInt();
    p.extra = o.value(QStringLiteral("extra")).toString();
    return p;
}

QString nonSubstitutableCode(NonSubstitutable n)
{
    switch (n) {
    case NonSubstitutable::Mte:
        return QStringLiteral("MTE");
    case NonSubstitutable::Efg:
        return QStringLiteral("EFG");
    case NonSubstitutable::Cif:
        return QStringLiteral("CIF");
    case NonSubstitutable::None:
        break;
    }
    return {};
}

NonSubstitutable nonSubstitutableFrom(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    return c == u"MTE" ? NonSubstitutable::Mte
        : c == u"EFG"  ? NonSubstitutable::Efg
        : c == u"CIF"  ? NonSubstitutable::Cif
                       : NonSubstitutable::None;
}

QString PrescriptionLine::posologySentence() const
{
    if (!posologyText.trimmed().isEmpty())
        return posologyText.simplified();
    const Posology& p = posology;
    if (p.isEmpty())
        return {};
    // "1 comprimé matin, midi et soir pendant 7 jours"
    QString s = FrenchWords::decimal(p.quantity) + u' ' + FrenchWords::plural(p.unit, p.quantity);
    const QString f = frequency(p, false);
    if (!f.isEmpty())
        s += (f.startsWith(u',') ? QString() : QStringLiteral(" ")) + f;
    if (!p.extra.isEmpty())
        s += u' ' + p.extra;
    if (p.durationDays > 0)
        s += QStringLiteral(" pendant ") + daysText(p.durationDays, false);
    return s;
}

QString PrescriptionLine::posologyInWords() const
{
    const Posology& p = posology;
    if (p.isEmpty())
        return posologySentence();
    // "deux comprimés par prise, trois prises par jour (matin, midi et soir), pendant vingt-huit jours"
    QString s = FrenchWords::count(p.quantity, p.unit) + QStringLiteral(" par prise");
    const int doses = p.dosesPerDay();
    if (doses > 0 && (p.everyHours == 0 || p.everyHours <= 24))
        s += QStringLiteral(", ") + FrenchWords::count(doses, QStringLiteral("prise")) + QStringLiteral(" par jour");
    const QString f = frequency(p, true);
    if (!f.isEmpty())
        s += QStringLiteral(" (") + f + u')';
    if (!p.extra.isEmpty())
        s += u' ' + p.extra;
    const int days = p.durationDays > 0 ? p.durationDays : durationDays();
    if (days > 0)
        s += QStringLiteral(", pendant ") + daysText(days, true);
    return s;
}

QString PrescriptionLine::strengthInWords() const { return FrenchWords::quantity(strength); }

int PrescriptionLine::durationDays() const
{
    switch (durationUnit) {
    case DurationUnit::Days:
        return durationValue;
    case DurationUnit::Weeks:
        return durationValue * 7;
    case DurationUnit::Months:
        return durationValue * 30;
    }
    return durationValue;
}

QString PrescriptionLine::durationText() const
{
    QStringList parts;
    if (durationValue > 0) {
        const QString unit = durationUnit == DurationUnit::Months ? QStringLiteral("mois")
            : durationUnit == DurationUnit::Weeks ? (durationValue > 1 ? QStringLiteral("semaines") : QStringLiteral("semaine"))
            : (durationValue > 1 ? QStringLiteral("jours") : QStringLiteral("jour"));
        parts << (rules().inWords ? QStringLiteral("QSP ") + FrenchWords::number(durationValue, durationUnit == DurationUnit::Weeks) + u' ' + unit
                             : QStringLiteral("QSP %1 %2").arg(durationValue).arg(unit));
    }
    if (packs > 0)
        parts << (packs > 1 ? QStringLiteral("%1 boîtes").arg(packs) : QStringLiteral("1 boîte"));
    return parts.join(QStringLiteral(", "));
}

LineRules PrescriptionLine::rules() const { return SubstanceRules::shipped().forLine(*this); }

QJsonObject PrescriptionLine::toJson() const
{
    QJsonObject o{{QStringLiteral("dci"), dci},
                  {QStringLiteral("strength"), strength},
                  {QStringLiteral("form"), form},
                  {QStringLiteral("route"), route},
                  {QStringLiteral("brand"), brand},
                  {QStringLiteral("posology"), posology.toJson()},
                  {QStringLiteral("posologyText"), posologyText},
                  {QStringLiteral("durationValue"), durationValue},
                  {QStringLiteral("durationUnit"), durationUnit == DurationUnit::Months ? QStringLiteral("months")
                                                   : durationUnit == DurationUnit::Weeks ? QStringLiteral("weeks")
                                                                                         : QStringLiteral("days")},
                  {QStringLiteral("packs"), packs},
                  {QStringLiteral("renewals"), renewals},
                  {QStringLiteral("nonSubstitutable"), nonSubstitutable},
                  {QStringLiteral("nonSubstitutableReason"), nonSubstitutableCode(nonSubstitutableReason)},
                  {QStringLiteral("cifExcipient"), cifExcipient},
                  {QStringLiteral("ald"), ald},
                  {QStringLiteral("stupefiant"), stupefiant},
                  {QStringLiteral("fractionDays"), fractionDays},
                  {QStringLiteral("maxDays"), maxDays},
                  {QStringLiteral("limitDays"), limitDays},
                  {QStringLiteral("securePaper"), securePaper}};
    return o;
}

PrescriptionLine PrescriptionLine::fromJson(const QJsonObject& o)
{
    PrescriptionLine l;
    l.dci = o.value(QStringLiteral("dci")).toString();
    l.strength = o.value(QStringLiteral("strength")).toString();
    l.form = o.value(QStringLiteral("form")).toString();
    l.route = o.value(QStringLiteral("route")).toString();
    l.brand = o.value(QStringLiteral("brand")).toString();
    l.posology = Posology::fromJson(o.value(QStringLiteral("posology")).toObject());
    l.posologyText = o.value(QStringLiteral("posologyText")).toString();
    l.durationValue = o.value(QStringLiteral("durationValue")).toInt();
    const QString unit = o.value(QStringLiteral("durationUnit")).toString();
    l.durationUnit = unit == u"months" ? DurationUnit::Months : unit == u"weeks" ? DurationUnit::Weeks : DurationUnit::Days;
    l.packs = o.value(QStringLiteral("packs")).toInt();
    l.renewals = o.value(QStringLiteral("renewals")).toInt();
    l.nonSubstitutable = o.value(QStringLiteral("nonSubstitutable")).toBool();
    l.nonSubstitutableReason = nonSubstitutableFrom(o.value(QStringLiteral("nonSubstitutableReason")).toString());
    l.cifExcipient = o.value(QStringLiteral("cifExcipient")).toString();
    l.ald = o.value(QStringLiteral("ald")).toBool();
    l.stupefiant = o.value(QStringLiteral("stupefiant")).toBool();
    l.fractionDays = o.value(QStringLiteral("fractionDays")).toInt();
    l.maxDays = o.value(QStringLiteral("maxDays")).toInt(28);
    l.limitDays = o.value(QStringLiteral("limitDays")).toInt();
    l.securePaper = o.value(QStringLiteral("securePaper")).toBool();
    return l;
}

PrescriptionLine PrescriptionLine::fromTreatment(const Treatment& t)
{
    PrescriptionLine l;
    l.dci = t.dci;
    l.strength = t.strength;
    l.form = t.form;
    l.route = t.route;
    l.brand = t.brand;
    l.posologyText = t.posology;
    l.renewals = t.renewals;
    l.nonSubstitutableReason = nonSubstitutableFrom(t.nonSubstitutable);
    l.nonSubstitutable = l.nonSubstitutableReason != NonSubstitutable::None;
    l.ald = t.ald;
    // The chart keeps durations as text: "3 mois", "1 mois", "15 jours", "2 semaines".
    const QString d = t.duration.simplified().toLower();
    const int n = d.section(u' ', 0, 0).toInt();
    const QString unit = d.section(u' ', 1, 1);
    if (n > 0) {
        l.durationValue = n;
        l.durationUnit = unit.startsWith(QStringLiteral("mois")) ? DurationUnit::Months
            : unit.startsWith(QStringLiteral("sem"))             ? DurationUnit::Weeks
                                                                 : DurationUnit::Days;
    }
    return l;
}

bool Prescription::hasAldLines() const
{
    for (const PrescriptionLine& l : lines)
        if (l.ald)
            return true;
    return false;
}

QString kindCode(Prescription::Kind k)
{
    return k == Prescription::Kind::Certificate ? QStringLiteral("certificate")
        : k == Prescription::Kind::Document     ? QStringLiteral("document")
                                                : QStringLiteral("medicines");
}

std::optional<Prescription::Kind> kindFrom(const QString& code)
{
    if (code == u"medicines")
        return Prescription::Kind::Medicines;
    if (code == u"certificate")
        return Prescription::Kind::Certificate;
    if (code == u"document")
        return Prescription::Kind::Document;
    return std::nullopt;
}

QString layoutCode(Prescription::Layout l)
{
    return l == Prescription::Layout::A5 ? QStringLiteral("a5")
        : l == Prescription::Layout::Secure ? QStringLiteral("secure")
                                            : QStringLiteral("a4");
}

std::optional<Prescription::Layout> layoutFrom(const QString& code)
{
    if (code == u"a4")
        return Prescription::Layout::A4;
    if (code == u"a5")
        return Prescription::Layout::A5;
    if (code == u"secure")
        return Prescription::Layout::Secure;
    return std::nullopt;
}

} // namespace relais
