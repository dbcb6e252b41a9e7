// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace relais {

// Installs Relais's and Qt's translations for `lang` ("fr", "en"), or for the system locale
// when empty; French is used for any French locale, English otherwise. Returns the language.
QString installTranslations(const QString& lang = {});

} // namespace relais
