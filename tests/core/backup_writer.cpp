// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_backup: opens the vault and writes backups into a folder until it is
// killed, saying "begin" before each and "done PATH" only once Backup::create returned.
#include "backup/Backup.h"
#include "common/Clock.h"
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
    const char* pass = argv[2];
    auto v = Vault::open(QString::fromLocal8Bit(argv[1]), SecureBytes(pass, std::strlen(pass)), SlotKind::Passphrase,
                         SystemClock::instance());
    if (!v) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(v.error().message));
        return 1;
    }
    Backup::Options options;
    options.rotation = BackupRotation{1000, 0, 0};  // nothing removed: every backup stays listed
    const QString folder = QString::fromLocal8Bit(argv[3]);
    for (;;) {
        std::printf("begin\n");
        std::fflush(stdout);
        auto made = Backup::create(**v, folder, options);
        if (!made) {
            std::fprintf(stderr, "backup failed: %s\n", qPrintable(made.error().message));
            return 1;
        }
        std::printf("done %s\n", qPrintable(made->path));
        std::fflush(stdout);
    }
}
