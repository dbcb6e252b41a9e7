// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/ConsultationText.h"

#include "records/PatientText.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace relais::ui {

namespace {

QString esc(const QString& s) { return s.toHtmlEscaped(); }
QString paragraphs(const QString& s) { return esc(s).replace(u'\n', QStringLiteral("<br>")); }

} // namespace

QString ConsultationText::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 %2").arg(PatientText::date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString ConsultationText::diagnosesText(const QList<Diagnosis>& list)
{
    QStringList lines;
    for (const Diagnosis& d : list)
        lines << (d.cim10.isEmpty() ? d.text : QStringLiteral("%1 (%2)").arg(d.text, d.cim10));
    return lines.join(u'\n');
}

QList<Diagnosis> ConsultationText::parseDiagnoses(const QString& text)
{
    // A CIM-10 code: a letter, two digits, optionally a dot and up to four more characters.
    static const QRegularExpression code(QStringLiteral("^(.*?)\\s*\\(\\s*([A-Za-z][0-9]{2}(?:\\.[0-9A-Za-z+]{1,4})?)\\s*\\)\\s*$"));
    QList<Diagnosis> out;
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const auto m = code.match(line);
        if (m.hasMatch() && !m.captured(1).trimmed().isEmpty())
            out.append({m.captured(1).trimmed(), m.captured(2).toUpper()});
        else
            out.append({line, QString()});
    }
    return out;
}

QString ConsultationText::number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : (v * 10 == std::floor(v * 10) ? 1 : 2));
}

std::optional<double> ConsultationText::parseNumber(const QString& text, bool* ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    bool parsed = false;
    double v = QLocale().toDouble(t, &parsed);
    if (!parsed) {
        QString c = t;
        c.replace(u',', u'.');
        v = QLocale::c().toDouble(c, &parsed);
    }
    if (!parsed) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

QString ConsultationText::html(const Consultation& c)
{
    QString out;
    const auto block = [&](const QString& title, const QString& body) {
        if (body.trimmed().isEmpty())
            return;
        out += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(esc(title), body);
    };
    block(tr("Reason for visit"), paragraphs(c.reason));
    block(tr("Examination"), paragraphs(c.examination));
    QStringList vitals;
    for (int i = 0; i <= int(Vitals::Field::Glucose); ++i) {
        const auto f = Vitals::Field(i);
        if (const auto& v = c.vitals.value(f))
            vitals << QStringLiteral("%1 %2 %3").arg(esc(Vitals::fieldName(f)), number(*v), esc(Vitals::unit(f)));
    }
    if (const auto b = c.vitals.bmi())
        vitals << esc(tr("BMI %1 kg/m²").arg(number(*b)));
    block(tr("Vitals"), vitals.join(QStringLiteral("<br>")));
    block(tr("Conclusion"), paragraphs(c.conclusion));
    block(tr("Diagnoses"), paragraphs(diagnosesText(c.diagnoses)));
    block(tr("Plan"), paragraphs(c.plan));
    return out;
}

QString ConsultationText::importedNote(const QDateTime& snapshotUtc)
{
    if (!snapshotUtc.isValid())
        return tr("Imported from the practice software");
    const QDateTime local = snapshotUtc.toLocalTime();
    return tr("Imported from the practice software (data of %1 at %2)")
        .arg(PatientText::date(local.date()), local.time().toString(QStringLiteral("HH:mm")));
}

QString ConsultationText::recordedNote() { return tr("Recorded in Relais during the outage"); }

} // namespace relais::ui
