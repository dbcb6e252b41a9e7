// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace relais {

struct PrescriptionLine;

// What the law asks of one prescription line, decided by its substance, whatever way the line was
// written (typed, picked from the drug reference, renewed from the chart).
struct LineRules
{
    bool securePaper = false;     // ordonnance sécurisée (R.5132-5 CSP)
    bool inWords = false;         // strength, units per dose, doses and duration in words (R.5132-29)
    int maxDays = 0;              // one prescription covers at most this (0: no limit)
    int maxTotalDays = 0;         // with its renewals (0: no limit)
    bool renewalAllowed = true;
    int fractionDays = 0;         // delivery fraction unless the prescriber states otherwise (0: none)
    QString substance;            // the substance that decided ("TRAMADOL"), empty when none did
    QString category;             // "stupéfiant", "assimilé stupéfiant (liste I)"…
    QString source;               // the text the rule comes from, printed in refusals

    bool restricted() const { return securePaper || inWords || maxDays > 0 || maxTotalDays > 0 || !renewalAllowed; }
};

// The shipped regulatory tables (resources/regulation/*.tsv, embedded) and what the drug
// reference said about the line (its `stupefiant` flag and `limitDays`): the stricter wins.
class SubstanceRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::SubstanceRules)

public:
    struct Row
    {
        QString substance;    // folded words, "valproate de sodium"
        QStringList routes;   // folded words; empty: every route
        QString category;
        bool securePaper = false;
        bool inWords = false;
        int maxDays = 0;
        int maxTotalDays = 0;
        bool renewalAllowed = true;
        int fractionDays = 0;
        QString source;
    };
    struct MteRow
    {
        QString substance;
        QString source;
    };

    // The tables shipped with Relais (parsed once; a damaged table is a build defect: tested).
    static const SubstanceRules& shipped();
    // Parses the two TSV files; `name`s appear in errors with the line number.
    static Result<SubstanceRules> parse(const QByteArray& rules, const QString& rulesName, const QByteArray& mte,
                                        const QString& mteName);

    LineRules forLine(const PrescriptionLine& line) const;
    // The MTE list's row for a DCI (any of its substances), or nullptr: MTE is refused then.
    const MteRow* mte(const QString& dci) const;
    const QList<Row>& rows() const { return m_rows; }
    const QList<MteRow>& mteRows() const { return m_mte; }

    // The substances of a DCI line, folded: "PARACÉTAMOL + CODÉINE" → "paracetamol", "codeine".
    static QStringList substancesOf(const QString& dci);
    // The BDPM conditions' "durée de prescription limitée à 12 semaines" → 84 (0 when none).
    static int limitDaysFromConditions(const QString& conditions);

private:
    QList<Row> m_rows;
    QList<MteRow> m_mte;
};

} // namespace relais
