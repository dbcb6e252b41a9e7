// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/AllergyCheck.h"

#include "prescribing/Prescription.h"
#include "records/Patient.h"
#include "records/TextFold.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace relais {

namespace {

// A class of medicines: the words that name it in an allergy (folded, whole words or word
// starts) and the folded DCI fragments of its members. Kept short and conservative: a class
// is only listed when its members share a recognisable DCI stem or are few and common.
struct DrugClass
{
    const char* name;                 // as shown to the GP
    std::initializer_list<const char*> allergyWords;
    std::initializer_list<const char*> dciFragments;
};

const std::array<DrugClass, 12>& classes()
{
    static const std::array<DrugClass, 12> table{{
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "penicillins"),
         {"penicilline", "penicillines", "betalactamine", "betalactamines", "beta-lactamine",
          "beta-lactamines", "amoxicilline"},
         {"cilline", "mecillinam"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "cephalosporins"),
         {"cephalosporine", "cephalosporines", "betalactamine", "betalactamines", "beta-lactamine", "beta-lactamines"},
         {"cefa", "cefi", "cefo", "cefp", "cefr", "cefu", "ceft", "cephal"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "non-steroidal anti-inflammatory drugs"),
         {"ains", "anti-inflammatoire", "anti-inflammatoires", "antiinflammatoire", "antiinflammatoires"},
         {"ibuprofene", "ketoprofene", "flurbiprofene", "dexketoprofene", "naproxene", "diclofenac", "aceclofenac",
          "piroxicam", "meloxicam", "tenoxicam", "celecoxib", "etoricoxib", "parecoxib", "indometacine",
          "nimesulide", "acide mefenamique", "acide niflumique", "acide tiaprofenique", "acetylsalicyl",
          "aspirine", "sulindac", "etodolac", "nabumetone"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "salicylates"),
         {"aspirine", "salicyle", "salicyles", "salicylate", "salicylates"},
         {"acetylsalicyl", "aspirine", "salicyl"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "sulfonamides"),
         {"sulfamide", "sulfamides", "sulfonamide", "sulfonamides"},
         {"sulfamethoxazole", "sulfadiazine", "sulfasalazine", "sulfafurazole"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "macrolides"),
         {"macrolide", "macrolides"},
         {"azithromycine", "clarithromycine", "erythromycine", "roxithromycine", "josamycine", "spiramycine",
          "midecamycine", "telithromycine"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "quinolones"),
         {"quinolone", "quinolones", "fluoroquinolone", "fluoroquinolones"},
         {"floxacine", "acide nalidixique"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "tetracyclines"),
         {"tetracycline", "tetracyclines", "cycline", "cyclines"},
         {"doxycycline", "minocycline", "lymecycline", "tetracycline", "metacycline", "tigecycline"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "opioids"),
         {"codeine", "opiace", "opiaces", "opioide", "opioides", "morphine", "morphiniques", "morphinique"},
         {"codeine", "morphine", "tramadol", "oxycodone", "hydromorphone", "fentanyl", "buprenorphine",
          "methadone", "tapentadol", "nalbuphine", "pholcodine", "ethylmorphine"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "ACE inhibitors"),
         {"iec", "inhibiteur de l'enzyme de conversion", "inhibiteurs de l'enzyme de conversion"},
         {"pril"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "iodine"),
         {"iode", "iodes", "iodee", "iodees", "povidone"},
         {"povidone iodee", "iodee", "amiodarone", "iode"}},
        {QT_TRANSLATE_NOOP("relais::AllergyCheck", "glycopeptides"),
         {"glycopeptide", "glycopeptides"},
         {"vancomycine", "teicoplanine"}},
    }};
    return table;
}

// Folded with punctuation other than hyphens and apostrophes made spaces, single-spaced.
QString normalised(const QString& text)
{
    QString folded = TextFold::fold(text);
    for (QChar& c : folded)
        if (!c.isLetterOrNumber() && c != u'-' && c != u'\'')
            c = u' ';
    return folded.simplified();
}

// `phrase` appears in `text` as whole words.
bool hasPhrase(const QString& text, const QString& phrase)
{
    const QString padded = QString(u' ' + text + u' ');
    return padded.contains(QString(u' ' + phrase + u' '));
}

QStringList significantWords(const QString& text)
{
    QStringList out;
    for (const QString& w : text.split(QRegularExpression(QStringLiteral("[ \\-']+")), Qt::SkipEmptyParts))
        if (w.size() >= 5)
            out.append(w);
    return out;
}

} // namespace

QList<AllergyMatch> AllergyCheck::matchLine(const PrescriptionLine& line, const QList<Allergy>& allergies, int number)
{
    QList<AllergyMatch> out;
    const QString drug = normalised(QString(line.dci + u' ' + line.brand));
    if (drug.isEmpty())
        return out;
    const QStringList drugWords = significantWords(drug);
    for (const Allergy& a : allergies) {
        const QString allergy = normalised(a.substance);
        if (allergy.isEmpty())
            continue;
        const QStringList allergyWords = significantWords(allergy);
        // The substance itself: a word of one is a word of the other ("Amoxicilline" / AMOXICILLINE 1 g).
        const bool same = std::any_of(allergyWords.begin(), allergyWords.end(),
                                      [&](const QString& w) { return drugWords.contains(w); });
        if (same) {
            out.append({number, a.substance, {}});
            continue;
        }
        for (const DrugClass& c : classes()) {
            const bool named = std::any_of(c.allergyWords.begin(), c.allergyWords.end(), [&](const char* w) {
                return hasPhrase(allergy, QString::fromUtf8(w));
            });
            if (!named)
                continue;
            const bool member = std::any_of(c.dciFragments.begin(), c.dciFragments.end(), [&](const char* f) {
                const QString fragment = QString::fromUtf8(f);
                // Stems of the form "cef…" only at a word start, others anywhere in a word.
                if (fragment.startsWith(QLatin1String("cef")) || fragment.startsWith(QLatin1String("cephal")))
                    return std::any_of(drugWords.begin(), drugWords.end(),
                                       [&](const QString& w) { return w.startsWith(fragment); });
                if (fragment == QLatin1String("pril"))
                    return std::any_of(drugWords.begin(), drugWords.end(),
                                       [&](const QString& w) { return w.endsWith(fragment); });
                return drug.contains(fragment);
            });
            if (member) {
                out.append({number, a.substance, tr(c.name)});
                break;
            }
        }
    }
    return out;
}

QList<AllergyMatch> AllergyCheck::check(const Prescription& rx, const Patient& patient)
{
    QList<AllergyMatch> out;
    if (rx.kind != Prescription::Kind::Medicines || patient.allergies.isEmpty())
        return out;
    for (int i = 0; i < rx.lines.size(); ++i)
        out.append(matchLine(rx.lines.at(i), patient.allergies, i + 1));
    return out;
}

QString AllergyCheck::describe(const AllergyMatch& match)
{
    return match.className.isEmpty() ? tr("Known allergy: %1").arg(match.allergy)
                                     : tr("Known allergy: %1 (this medicine is one of the %2)").arg(match.allergy, match.className);
}

} // namespace relais
