// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/DrillStore.h"

#include "common/Clock.h"
#include "readiness/Drill.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

namespace relais {

namespace {

constexpr auto kColumns = "id, run_utc, participants, failed_steps, not_run_steps, summary";

DrillStore::Kept readKept(const Statement& st)
{
    DrillStore::Kept k;
    k.id = st.integer(0);
    k.runUtc = QDateTime::fromString(st.text(1), Qt::ISODate);
    k.participants = st.text(2);
    k.failedSteps = int(st.integer(3));
    k.notRunSteps = int(st.integer(4));
    k.summary = st.text(5);
    return k;
}

} // namespace

Result<qint64> DrillStore::keep(const DrillRun& run, const QByteArray& pdf)
{
    if (pdf.isEmpty())
        return fail(ErrorKind::Invalid, tr("The drill report is empty: nothing kept"));
    Database& db = m_vault.db();
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto st = db.prepare(QStringLiteral("INSERT INTO drill_report (run_utc, participants, failed_steps, not_run_steps, "
                                        "summary, pdf) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll({isoUtcText(run.finishedUtc.isValid() ? run.finishedUtc : m_vault.clock().nowUtc()),
                 run.participants.join(QStringLiteral(", ")), run.failedSteps(), run.notRunSteps(), run.summary(), pdf});
    if (auto r = st->run(); !r)
        return std::unexpected(r.error());
    const qint64 id = db.lastInsertId();
    QStringList outcomes;
    for (const DrillStepResult& s : run.steps)
        outcomes << QStringLiteral("%1:%2").arg(DrillStepResult::stepCode(s.step)).arg(int(s.outcome));
    if (auto a = m_vault.audit().append(QLatin1String(kAuditAction), QStringLiteral("drill_report"), QString::number(id),
                                        QStringLiteral("failed=%1 not_run=%2 %3")
                                            .arg(run.failedSteps())
                                            .arg(run.notRunSteps())
                                            .arg(outcomes.join(u' ')));
        !a)
        return std::unexpected(a.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<QList<DrillStore::Kept>> DrillStore::list()
{
    auto st = m_vault.db().prepare(
        QStringLiteral("SELECT %1 FROM drill_report ORDER BY run_utc DESC, id DESC").arg(QLatin1String(kColumns)));
    if (!st)
        return std::unexpected(st.error());
    QList<Kept> out;
    if (auto r = st->each([&](const Statement& s) { out.append(readKept(s)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<QByteArray> DrillStore::pdf(qint64 id)
{
    auto st = m_vault.db().prepare(QStringLiteral("SELECT pdf FROM drill_report WHERE id = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::Invalid, tr("No drill report #%1 in the vault").arg(id));
    return st->blob(0);
}

Result<std::optional<DrillStore::Kept>> DrillStore::latest()
{
    auto st = m_vault.db().prepare(
        QStringLiteral("SELECT %1 FROM drill_report ORDER BY run_utc DESC, id DESC LIMIT 1").arg(QLatin1String(kColumns)));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Kept>{};
    return std::optional<Kept>{readKept(*st)};
}

} // namespace relais
