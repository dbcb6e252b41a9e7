// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Patient.h"

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace relais::ui {

// How patient facts read on screen, the same in the search list, the chart and the editor.
class PatientText
{
    Q_DECLARE_TR_FUNCTIONS(relais::ui::PatientText)

public:
    // French GPs read and type dates as DD/MM/YYYY whatever the interface language.
    static QString date(const QDate& d);
    // Accepts 12/03/1954, 12.03.1954, 12-3-1954 and 12031954; invalid date otherwise.
    static QDate parseDate(const QString& typed);

    static QString sex(Sex s);       // "Female"
    static QString sexShort(Sex s);  // "F"

    static QString statusName(IdentityStatus s);         // "Validated"
    static QString statusExplanation(IdentityStatus s);  // a sentence for the tooltip
    static QColor statusColor(IdentityStatus s);

    static QString origin(Origin o);  // "imported" / "added in Relais"
    static QString severity(const QString& code);
    // "Pénicillines (urticaire, severe)" joined with " · ", or "No known allergy".
    static QString allergies(const Patient& p);
};

} // namespace relais::ui
