// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QObject>
#include <QTest>
#include <QWidget>

#include <functional>

namespace relais::test {

// A named child widget; a missing one is a broken test, not a failed assertion.
template <typename T>
T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qFatal("no child %s", name);
    return w;
}

// Saves what the widget shows into artefactDir(), for a person to look at.
inline void saveShot(QWidget& w, const char* file)
{
    QCoreApplication::processEvents();  // pending layout requests, as the event loop would
    const QString path = artefactDir() + QLatin1Char('/') + QLatin1String(file);
    QVERIFY2(w.grab().save(path), qPrintable(path));
}

// The newest audit entry, paging through the trail however long it is.
inline AuditEntry lastAuditEntry(Vault& vault)
{
    AuditEntry last;
    qint64 after = 0;
    for (;;) {
        auto page = vault.audit().entries(after, 1000);
        if (!page || page->isEmpty())
            return last;
        last = page->last();
        after = last.seq;
    }
}

// A vault of Dr Marie Martin (test passphrase, fast KDF) at `path`, prepared, then locked.
inline QString makeLockedVault(const QString& path, const Clock& clock, const std::function<void(Vault&)>& prepare = {})
{
    auto created = Vault::create(path, QStringLiteral("Dr Marie Martin"), secret(kPassphrase), KdfParams::fastForTests(), clock);
    if (!created)
        qFatal("vault not created");
    if (prepare)
        prepare(*created->vault);
    created->vault->lock();
    return path;
}

} // namespace relais::test
