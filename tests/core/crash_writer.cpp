// SPDX-License-Identifier: GPL-3.0-or-later
// Child process for tst_crash: opens the vault and commits rows until it is killed, reporting
// each commit on stdout only after COMMIT returned.
#include "common/Clock.h"
#include "vault/Vault.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstring>

using namespace relais;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const char* pass = argv[2];
    auto v = Vault::open(QString::fromLocal8Bit(argv[1]), SecureBytes(pass, std::strlen(pass)), SlotKind::Passphrase,
                         SystemClock::instance());
    if (!v) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(v.error().message));
        return 1;
    }
    Database& db = (*v)->db();
    if (!db.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS rows(id INTEGER PRIMARY KEY, payload BLOB NOT NULL)")))
        return 1;
    const QByteArray payload(3000, 'x');  // a few pages per transaction: kills land inside writes
    for (qint64 i = 0;; ++i) {
        Transaction tx(db);
        if (!tx.begin())
            return 1;
        auto ins = db.prepare(QStringLiteral("INSERT INTO rows(payload) VALUES (?)"));
        for (int k = 0; k < 3; ++k) {
            ins->reset();
            ins->bind(1, payload);
            if (!ins->run())
                return 1;
        }
        const qint64 last = db.lastInsertId();
        auto seq = (*v)->audit().append(QStringLiteral("test.write"), QStringLiteral("row"), QString::number(last));
        if (!seq || !tx.commit())
            return 1;
        std::printf("committed %lld %lld\n", static_cast<long long>(last), static_cast<long long>(*seq));
        std::fflush(stdout);
    }
}
