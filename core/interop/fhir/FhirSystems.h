// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The identifier and code systems Relais reads in the EHR's exports (core/interop/fhir) and
// writes in what it sends back (core/sync/FhirExport): defined once, here.
namespace relais::fhir::systems {

// INS matricule (ANS, "Référentiel INS"): NIR, NIA (provisional), and the test and demo ranges.
inline const QString kNir = QStringLiteral("urn:oid:1.2.250.1.213.1.4.8");
inline const QString kNia = QStringLiteral("urn:oid:1.2.250.1.213.1.4.9");
inline const QString kNirTest = QStringLiteral("urn:oid:1.2.250.1.213.1.4.10");
inline const QString kNirDemo = QStringLiteral("urn:oid:1.2.250.1.213.1.4.11");

// Practitioners: RPPS number, and idNatPs ("8" + RPPS).
inline const QString kRpps = QStringLiteral("https://rpps.esante.gouv.fr");
inline const QString kIdNatPs = QStringLiteral("urn:oid:1.2.250.1.71.4.2.1");

// Identifier type codes (HL7 v2-0203): "NH" marks the NSS, the insured person's number.
inline const QString kIdentifierType = QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203");

inline const QString kLoinc = QStringLiteral("http://loinc.org");
inline const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

// ICD-10 (CIM-10) as exports name it.
inline const QString kIcd10 = QStringLiteral("http://hl7.org/fhir/sid/icd-10");
inline const QString kIcd10Oid = QStringLiteral("urn:oid:2.16.840.1.113883.6.3");
inline const QString kIcd10Fr = QStringLiteral("http://hl7.org/fhir/sid/icd-10-fr");

inline const QString kAllergyClinical = QStringLiteral("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical");
inline const QString kConditionClinical = QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical");

} // namespace relais::fhir::systems
