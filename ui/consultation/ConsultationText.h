// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/Consultation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace relais::ui {

// How a consultation reads on screen: the editor's diagnosis lines, the timeline and the
// revision dialog share it.
class ConsultationText
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::ConsultationText)

public:
    // "23/11/2026 10:05", local time (DD/MM/YYYY whatever the interface language).
    static QString dateTime(const QDateTime& utc);
    // One diagnosis a line, its CIM-10 code in brackets at the end: "Angine (J02.9)".
    static QString diagnosesText(const QList<Diagnosis>& list);
    static QList<Diagnosis> parseDiagnoses(const QString& text);
    // A number as the GP types it ("70,5" in French); accepts both decimal separators.
    static QString number(double v);
    static std::optional<double> parseNumber(const QString& text, bool* ok);
    // The whole clinical content, as rich text.
    static QString html(const Consultation& c);
    // Where an item comes from, as the timeline says it.
    static QString importedNote(const QDateTime& snapshotUtc);
    static QString recordedNote();
};

} // namespace relais::ui
