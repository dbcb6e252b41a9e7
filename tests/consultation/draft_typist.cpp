// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_consultation: types into a draft one character per 200 ms of its own
// clock, through the real DraftAutosave, reporting each keystroke, until it is killed.
#include "FakeClock.h"
#include "common/Clock.h"
#include "consultation/ConsultationStore.h"
#include "consultation/DraftAutosave.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

using namespace relais;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4)
        return 2;
    FakeClock clock;
    auto v = Vault::open(QString::fromLocal8Bit(argv[1]), SecureBytes(argv[2], std::strlen(argv[2])), SlotKind::Passphrase, clock);
    if (!v)
        return 1;
    ConsultationStore store(**v);
    auto draft = store.get(QString::fromLatin1(argv[3]).toLongLong());
    if (!draft)
        return 1;
    DraftAutosave autosave(store, clock);
    for (int n = 1; n < 100000; ++n) {
        clock.advanceSecs(0);  // one keystroke every 200 ms:
        clock.set(clock.nowUtc().addMSecs(200));
        draft->reason.append(QChar(u'a' + n % 26));
        if (!autosave.edited(*draft))
            return 1;
        std::printf("typed %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
