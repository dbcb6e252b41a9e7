// SPDX-License-Identifier: GPL-3.0-or-later
// The audit viewer on a long trail (default 1,000,000 entries): each filter's first page as the
// viewer shows it (the query, the rows decoded, the words, the slot labels and the patients'
// names looked up in one query) beside the bare SQLCipher query (the same SQL, rows stepped, nothing read),
// median and 95th percentile, in the same run, after a fresh unlock.
#include "FakeClock.h"
#include "access/AuditTable.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "demo/DemoData.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace relais;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

int bare(Database& db, const AuditFilter& f, int limit)
{
    QVariantList args;
    auto st = db.prepare(AuditLog::pageSql(f, std::nullopt, limit, args));
    st->bindAll(args);
    int n = 0;
    while (*st->step())
        ++n;
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    configureLogging(false, true);
    const int total = argc > 1 ? std::max(10000, QString::fromLocal8Bit(argv[1]).toInt()) : 1000000;
    const int patients = 2000;
    const int reps = 15;
    const int pageSize = 200;  // AuditTrailModel::kPage
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.vault"));
    const char pass[] = "correct horse battery staple relais";
    const SecureBytes secret(pass, sizeof pass - 1);
    FakeClock clock(QDateTime(QDate(2026, 1, 5), QTime(8, 0), Qt::UTC));
    QStringList slotIds;
    {
        auto created = Vault::create(path, QStringLiteral("Dr A"), secret, KdfParams::fastForTests(), clock);
        if (!created)
            return 1;
        Vault& vault = *created->vault;
        slotIds << vault.slotId();
        for (const char* label : {"Dr B", "Dr C", "Dr D"})
            slotIds << *vault.addSlot(QString::fromLatin1(label), SlotKind::Passphrase, SecureBytes(label, 4),
                                    KdfParams::fastForTests());
        PatientStore store(vault);
        if (!DemoData(2026).fill(store, patients, clock.nowUtc().date()))
            return 1;
        // A practice's year or so: charts opened most, then prints, unlocks and locks.
        const char* actions[] = {"patient.view", "patient.view", "patient.view", "patient.view", "patient.view",
                                 "patient.view", "prescription.print", "consultation.create", "vault.unlock",
                                 "vault.lock"};
        QRandomGenerator rng(2026);
        QElapsedTimer t;
        t.start();
        Transaction tx(vault.db());
        (void)tx.begin();
        for (int i = 0; i < total; ++i) {
            clock.advanceSecs(30);
            vault.audit().setSlot(slotIds.at(int(rng.bounded(4))));
            const QString action = QString::fromLatin1(actions[rng.bounded(10)]);
            const bool onPatient = action.startsWith(QLatin1String("patient"));
            (void)vault.audit().append(action, onPatient ? QStringLiteral("patient") : QString(),
                                       onPatient ? QString::number(1 + rng.bounded(patients)) : QString());
            if (i % 50000 == 49999) {
                (void)tx.commit();
                (void)tx.begin();
            }
        }
        (void)tx.commit();
        std::printf("bench_audit: %d audit entries written in %.1f s (%d patients, 4 slots)\n", total,
                    double(t.elapsed()) / 1000, patients);
        (void)vault.db().scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    std::printf("vault file %.1f MiB\n", double(QFileInfo(path).size()) / 1048576);

    // As the viewer runs: after an unlock (a cold page cache).
    auto opened = Vault::open(path, secret, SlotKind::Passphrase, clock);
    if (!opened)
        return 1;
    Vault& vault = **opened;
    QElapsedTimer t;
    t.start();
    AuditTable table(vault);
    std::printf("viewer opening (slot labels from the trail): %.1f ms\n", double(t.nsecsElapsed()) / 1e6);

    const QDateTime mid = clock.nowUtc().addDays(-90);
    struct Case
    {
        const char* name;
        AuditFilter f;
    };
    QList<Case> cases;
    const auto add = [&](const char* name, auto set) {
        AuditFilter f;
        set(f);
        cases.append({name, f});
    };
    add("no filter", [](AuditFilter&) {});
    add("action: record opened", [](AuditFilter& f) { f.action = QStringLiteral("patient.view"); });
    add("action: failed unlock (none)", [](AuditFilter& f) { f.action = QStringLiteral("vault.unlock_failed"); });
    add("practitioner Dr C", [&](AuditFilter& f) { f.slot = slotIds.at(2); });
    add("one patient", [](AuditFilter& f) {
        f.objectType = QStringLiteral("patient");
        f.objectId = QStringLiteral("1234");
    });
    add("one week", [&](AuditFilter& f) {
        f.fromUtc = mid;
        f.toUtc = mid.addDays(7);
    });
    add("Dr C + prescription printed", [&](AuditFilter& f) {
        f.slot = slotIds.at(2);
        f.action = QStringLiteral("prescription.print");
    });
    add("one patient + one month", [&](AuditFilter& f) {
        f.objectType = QStringLiteral("patient");
        f.objectId = QStringLiteral("1234");
        f.fromUtc = mid;
        f.toUtc = mid.addDays(30);
    });
    add("Dr C + record opened + one week", [&](AuditFilter& f) {
        f.slot = slotIds.at(2);
        f.action = QStringLiteral("patient.view");
        f.fromUtc = mid;
        f.toUtc = mid.addDays(7);
    });

    std::printf("%-34s %6s %22s %22s %7s\n", "filter, first page", "rows", "viewer median/p95 ms", "bare median/p95 ms",
                "ratio");
    double worst = 0;
    for (const Case& c : std::as_const(cases)) {
        QList<double> viewer, raw;
        int rows = 0;
        for (int r = 0; r < reps; ++r) {
            AuditTable shown(vault);  // a fresh name cache, as a fresh viewer
            t.restart();
            auto page = vault.audit().page(c.f, std::nullopt, pageSize);
            shown.prefetchNames(*page);
            int cells = 0;
            for (const AuditEntry& e : *page)
                cells += int(shown.row(e, true).size());
            viewer << double(t.nsecsElapsed()) / 1e6;
            rows = int(page->size());
            (void)cells;
            t.restart();
            (void)bare(vault.db(), c.f, pageSize);
            raw << double(t.nsecsElapsed()) / 1e6;
        }
        const double vm = percentile(viewer, 0.5), vp = percentile(viewer, 0.95);
        const double bm = percentile(raw, 0.5), bp = percentile(raw, 0.95);
        worst = std::max(worst, vp);
        std::printf("%-34s %6d %10.2f / %-9.2f %10.2f / %-9.2f %6.1fx\n", c.name, rows, vm, vp, bm, bp, bm > 0 ? vm / bm : 0.0);
    }
    std::printf("worst viewer p95: %.1f ms (target 200 ms)\n", worst);
    return worst <= 200 ? 0 : 1;
}
