// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <utility>

namespace relais {

// The documents a pharmacist, an inspector or a secretary reads (prescriptions, reports, drill
// report, audit report, hand-back worksheet …) are French whatever the interface language. The
// French catalogue (:/i18n/relais_fr.qm) is loaded here once, apart from the interface's
// translators, so the strings stay in the one catalogue:
//  - translate() gives the French text of a tr() source string;
//  - while a Scope lives, every tr() of this thread answers in French (a document generator
//    opens one around its text), through a translator put in front of the interface's that
//    answers nothing outside a scope. Other threads and the screens are not affected.
// A string missing from the French catalogue comes out as the interface would show it.
class DocumentLanguage
{
public:
    // French text of `source` in `context` ("relais::Readiness"); `n` replaces "%n" as tr() does.
    static QString translate(const char* context, const char* source, const char* disambiguation = nullptr, int n = -1);
    // Whether the French catalogue was found (when not, documents follow the interface).
    static bool available();
    // Puts the scope's translator in front of the application's translators (installTranslations
    // calls it after installing its own; a Scope does it the first time if needed).
    static void install();

    class Scope
    {
    public:
        Scope();
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
    };
    // Whether a Scope is open on this thread.
    static bool active();
    // French in a scope, the interface's locale otherwise (numbers and dates inside texts).
    static QLocale locale();
};

// `make` run in a DocumentLanguage::Scope: its tr() texts come out French.
template <typename Make>
auto inFrench(Make&& make)
{
    DocumentLanguage::Scope french;
    return std::forward<Make>(make)();
}

// A text for a screen (interface language) and for a document (French), built by the same code.
struct DualText
{
    DualText() = default;
    // A text that is the same in both, e.g. an error message passed on.
    DualText(const QString& same) : shown(same), printed(same) { }  // NOLINT(google-explicit-constructor)
    QString shown;
    QString printed;
};

// `make` (which calls tr()) run twice: for the screen, then in a DocumentLanguage::Scope.
template <typename Make>
DualText dualText(Make&& make)
{
    DualText t;
    t.shown = make();
    DocumentLanguage::Scope french;
    t.printed = std::forward<Make>(make)();
    return t;
}

} // namespace relais
