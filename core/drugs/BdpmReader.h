// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace relais {

// A row left out of the import, named by file and 1-based line.
struct BdpmProblem
{
    QString file;
    qint64 line = 0;
    QString reason;  // translated
};

struct BdpmMedicine  // CIS_bdpm.txt
{
    qint64 cis = 0;
    QString name;        // "DOLIPRANE 500 mg, comprimé"
    QString form;        // "comprimé"
    QStringList routes;  // "orale"
    QString ammStatus;   // "Autorisation active"
    QString marketing;   // "Commercialisée"
    QDate ammDate;
};

struct BdpmPresentation  // CIS_CIP_bdpm.txt
{
    qint64 cis = 0;
    QString cip7;
    QString label;
    QString adminStatus;  // "Présentation active"
    QString marketing;    // "Déclaration de commercialisation"
    QDate date;
    QString cip13;
    QString rate;                 // "65%"
    std::optional<double> price;  // euros, with fees
};

struct BdpmComponent  // CIS_COMPO_bdpm.txt
{
    qint64 cis = 0;
    QString element;    // "comprimé"
    QString code;       // substance code
    QString substance;  // "PARACÉTAMOL"
    QString strength;   // "500 mg"
    QString reference;  // "un comprimé"
    QString nature;     // SA or FT
    int link = 0;       // SA–FT link number
};

struct BdpmCondition  // CIS_CPD_bdpm.txt
{
    qint64 cis = 0;
    QString text;  // "prescription sur ordonnance sécurisée"
};

// The DCI form of a medicine built from its composition.
struct DciLine
{
    QString dci;       // "AMOXICILLINE + ACIDE CLAVULANIQUE"
    QString strength;  // "500 mg + 62,5 mg"
};

// Reads the tab-separated BDPM files (no header, optional trailing tabs, UTF-8 or Windows-1252
// detected per file). Malformed rows are counted in `problems` and left out; the rest is kept.
// Qt Core only, so the fuzzer can build it alone.
class BdpmReader
{
    Q_DECLARE_TR_FUNCTIONS(relais::BdpmReader)

public:
    static QList<BdpmMedicine> medicines(const QByteArray& bytes, const QString& file, QList<BdpmProblem>& problems);
    static QList<BdpmPresentation> presentations(const QByteArray& bytes, const QString& file,
                                                 QList<BdpmProblem>& problems);
    static QList<BdpmComponent> components(const QByteArray& bytes, const QString& file, QList<BdpmProblem>& problems);
    static QList<BdpmCondition> conditions(const QByteArray& bytes, const QString& file, QList<BdpmProblem>& problems);

    // UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), Windows-1252 otherwise.
    static QString decode(const QByteArray& bytes, bool* win1252 = nullptr);
    // "1,00 mg" → "1 mg", "2,50 mg" → "2,5 mg"; the decimal comma is kept.
    static QString tidyStrength(const QString& strength);
    // "12,50" or "1 234,56" → 12.5 / 1234.56; nothing when not a number.
    static std::optional<double> frenchNumber(const QString& text);
    // SA substances, or the FT that replaces its SA (same link number), in file order.
    static DciLine dciLine(const QList<BdpmComponent>& composition);
    // The brand part of a denomination: "DOLIPRANE 500 mg, comprimé" → "DOLIPRANE".
    static QString brandOf(const QString& denomination);
    // A condition that requires the secure prescription form (stupéfiants and assimilated).
    static bool requiresSecurePaper(const QString& condition);
};

} // namespace relais
