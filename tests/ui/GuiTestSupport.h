// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "session/MainWindow.h"
#include "session/SessionController.h"
#include "session/UnlockDialog.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLineEdit>
#include <QObject>
#include <QPushButton>
#include <QSize>
#include <QTest>
#include <QWidget>

#include <functional>
#include <memory>

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

// Types the passphrase into the unlock dialog (what was there is cleared) and presses Unlock.
inline void enterPassphrase(ui::UnlockDialog& dialog, const char* passphrase)
{
    auto* field = child<QLineEdit>(&dialog, "passphrase");
    field->clear();
    QTest::keyClicks(field, QString::fromUtf8(passphrase));
    child<QPushButton>(&dialog, "unlock")->click();
}

// Types the passphrase into the session's unlock dialog and presses Unlock; no dialog, or a session
// still locked afterwards, is a broken test. The main window then gets windowSize (the screenshots'
// size; an invalid size leaves it as it is).
inline void unlock(ui::SessionController& session, const char* passphrase = kPassphrase,
                   QSize windowSize = QSize(1240, 800))
{
    ui::UnlockDialog* dialog = session.unlockDialog();
    if (!dialog)
        qFatal("no unlock dialog");
    enterPassphrase(*dialog, passphrase);
    if (session.isLocked())
        qFatal("the vault did not unlock");
    if (windowSize.isValid())
        session.mainWindow()->resize(windowSize);
}

// A session on the vault at `path` (see makeLockedVault), started and unlocked with the test passphrase.
inline std::unique_ptr<ui::SessionController> unlockedSession(const QString& path, const Clock& clock,
                                                              QSize windowSize = QSize(1240, 800))
{
    auto session = std::make_unique<ui::SessionController>(path, clock, KdfParams::fastForTests());
    session->start();
    unlock(*session, kPassphrase, windowSize);
    return session;
}

} // namespace relais::test
