// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace relais {

// Where a record comes from: the EHR snapshot (with its id there) or typed in Relais.
enum class Origin { Imported, Local };

// INS identity reliability (référentiel national d'identitovigilance).
enum class IdentityStatus { Prov, Vali, Recup, Qual };
QString identityStatusCode(IdentityStatus s);  // "PROV", "VALI", "RECUP", "QUAL"
std::optional<IdentityStatus> identityStatusFromCode(const QString& code);

enum class Sex { Male, Female, Unknown };
QString sexCode(Sex s);  // "M", "F", "U"
std::optional<Sex> sexFromCode(const QString& code);

struct Allergy
{
    qint64 id = 0;
    QString substance;
    QString reaction;
    QString severity;  // "low", "high", "unknown"
    Origin origin = Origin::Local;
    QString sourceId;
    QString sourceHash;  // imported: the EHR content it was made from (unchanged detection)
};

struct Antecedent
{
    enum class Kind { Medical, Surgical, Family };
    qint64 id = 0;
    Kind kind = Kind::Medical;
    QString label;
    QDate date;       // optional
    QString cim10;    // optional CIM-10 code
    Origin origin = Origin::Local;
    QString sourceId;
    QString sourceHash;  // imported: the EHR content it was made from (unchanged detection)
};

struct Ald
{
    qint64 id = 0;
    QString label;
    QString cim10;
    QDate start;
    QDate end;  // optional
    Origin origin = Origin::Local;
    QString sourceId;
    QString sourceHash;  // imported: the EHR content it was made from (unchanged detection)
};

// A current long-term treatment, shaped like a prescription line so that it can be renewed.
struct Treatment
{
    qint64 id = 0;
    QString dci;        // active substance(s), "+"-joined
    QString strength;   // "1000 mg"
    QString form;       // "comprimé"
    QString route;      // "orale"
    QString brand;      // optional
    QString posology;   // "1 comprimé matin et soir"
    QString duration;   // "1 mois"
    int renewals = 0;
    QString nonSubstitutable;  // "", "MTE", "EFG", "CIF"
    bool ald = false;          // belongs to the ALD zone
    Origin origin = Origin::Local;
    QString sourceId;
    QString sourceHash;  // imported: the EHR content it was made from (unchanged detection)
};

struct Measurement
{
    qint64 id = 0;
    QDate date;
    double weightKg = 0;  // 0 = not measured
    double heightCm = 0;
    Origin origin = Origin::Local;
    QString sourceId;
    QString sourceHash;  // imported: the EHR content it was made from (unchanged detection)
};

struct Patient
{
    Q_DECLARE_TR_FUNCTIONS(relais::Patient)

public:
    qint64 id = 0;
    Origin origin = Origin::Local;
    QString sourceId;  // EHR id when imported
    // INS traits.
    QString birthName;
    QStringList birthGivenNames;  // in order, as on the ID document
    QString firstGivenName;       // the first of them, kept separately (INS)
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString birthPlaceInsee;      // INSEE code of the birth place ("99xxx" abroad)
    QString matricule;            // NIR or NIA, canonical 15 characters, or empty
    QString nss;                  // social-security number care is billed to (a parent's for a child), or empty
    IdentityStatus identityStatus = IdentityStatus::Prov;
    // Usage.
    QString usedName;
    QString usedGivenName;
    bool demo = false;  // invented data (demo vaults): exported with the INS demo system
    // Contact.
    QString address;
    QString postalCode;
    QString city;
    QString phone;
    QString mobile;
    QString email;
    QString notes;
    bool changedLocally = false;  // created or corrected in Relais: goes back to the EHR
    // Imported: the EHR content it was made from (unchanged detection) and its version. Written
    // by insertRaw only (the snapshot import updates them itself).
    QString sourceHash;
    QString sourceVersion;
    QDateTime createdUtc;
    QDateTime updatedUtc;

    QList<Allergy> allergies;
    QList<Antecedent> antecedents;
    QList<Ald> alds;
    QList<Treatment> treatments;
    QList<Measurement> measurements;

    QString displayName() const;   // "HÉNIN (née DURAND) Zoé"
    QString documentName() const;  // the same in French whatever the interface language: printed documents
    int ageYears(const QDate& today) const;
    QString ageText(const QDate& today) const;  // "71 ans", "18 mois"
};

} // namespace relais
