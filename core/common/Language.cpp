// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Language.h"

#include "common/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace relais {

QString installTranslations(const QString& lang)
{
    QString chosen = lang.isEmpty() ? QLocale::system().name().section(QLatin1Char('_'), 0, 0) : lang;
    if (chosen != QLatin1String("fr"))
        chosen = QStringLiteral("en");
    QLocale::setDefault(QLocale(chosen == QLatin1String("fr") ? QStringLiteral("fr_FR") : QStringLiteral("en_GB")));

    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/relais_%1.qm").arg(chosen)))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(chosen), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    // Documents stay French: their translator goes in front of these.
    DocumentLanguage::install();
    return chosen;
}

} // namespace relais
