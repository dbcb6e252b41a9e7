// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DocumentLanguage.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThread>
#include <QTranslator>

#include <atomic>

namespace relais {

namespace {

thread_local int t_scopes = 0;

const QTranslator& french()
{
    // Never destroyed: documents may be written until the process ends.
    static const QTranslator* const catalogue = [] {
        auto* t = new QTranslator;
        (void)t->load(QStringLiteral(":/i18n/relais_fr.qm"));
        return t;
    }();
    return *catalogue;
}

// Installed in front of the application's translators; silent outside a scope, so that
// QCoreApplication::translate goes on to the interface's.
class ScopeTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        if (t_scopes == 0)
            return {};
        return french().translate(context, source, disambiguation, n);
    }
};

ScopeTranslator* g_router = nullptr;
std::atomic<bool> g_installed{false};

} // namespace

QString DocumentLanguage::translate(const char* context, const char* source, const char* disambiguation, int n)
{
    QString text = french().translate(context, source, disambiguation, n);
    if (text.isNull())
        text = QCoreApplication::translate(context, source, disambiguation, n);
    else if (n >= 0)
        text.replace(QLatin1String("%Ln"), QLocale(QLocale::French).toString(n)).replace(QLatin1String("%n"), QString::number(n));
    return text;
}

bool DocumentLanguage::available() { return !french().isEmpty(); }

void DocumentLanguage::install()
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return;
    if (!g_router)
        g_router = new ScopeTranslator;
    // Translators installed last are asked first: it goes (back) in front.
    QCoreApplication::removeTranslator(g_router);
    QCoreApplication::installTranslator(g_router);
    g_installed = true;
}

bool DocumentLanguage::active() { return t_scopes > 0; }

QLocale DocumentLanguage::locale() { return active() ? QLocale(QLocale::French, QLocale::France) : QLocale(); }

DocumentLanguage::Scope::Scope()
{
    ++t_scopes;
    // Installing sends a LanguageChange event: only from the application's thread.
    if (!g_installed && QCoreApplication::instance() && QThread::currentThread() == QCoreApplication::instance()->thread())
        install();
}

DocumentLanguage::Scope::~Scope() { --t_scopes; }

} // namespace relais
