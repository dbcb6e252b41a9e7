// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <rapidjson/document.h>

#include <initializer_list>

// Reading FHIR JSON already parsed by FhirReader (iterative, depth-capped: see FhirReader.h).
// Every helper tolerates a missing member or a value of the wrong type: it gives the empty
// value, and the mapper decides whether that is an error.
namespace relais::fhir {

using rapidjson::Value;

// The string member `key` of an object, else empty.
QString str(const Value& v, const char* key);
// The member `key` of an object, else nullptr.
const Value* member(const Value& v, const char* key);
// The strings of an array member ("given", "line"), others left out.
QStringList strings(const Value& v, const char* arrayKey);
// The first element of an array member, else nullptr.
const Value* first(const Value& v, const char* arrayKey);
// The words of a CodeableConcept: its text, else the first coding's display, else its code.
QString conceptText(const Value* cc);
// The code of the first coding of a CodeableConcept in one of the systems, else empty.
QString codeIn(const Value* cc, std::initializer_list<QString> systems);
// Whether any coding of an array of CodeableConcepts has this code (case-insensitive).
bool hasCode(const Value* concepts, const QString& code);
// The identifier's type code (HL7 v2-0203 or FR Core's copy of it): "NH" for the NSS.
QString identifierType(const Value& identifier);

// Content hash of a resource without its meta (lastUpdated changes on every export): change
// detection, not security (BLAKE2b-128).
QString hashOf(const Value& resource);
QString hashOf(const QStringList& fields);

// "2025-01-10" (or the date part of a dateTime); invalid otherwise.
QDate date(const QString& s);
// A FHIR dateTime in UTC; a date alone is taken at noon UTC. Invalid if unreadable.
QDateTime dateTime(const QString& s);
// Narrative XHTML as plain text (line breaks kept).
QString stripHtml(QString html);

} // namespace relais::fhir
