// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "audit/AuditActions.h"
#include "access/AuditTable.h"
#include "print/AuditReport.h"
#include "vault/Vault.h"

#include <optional>

namespace relais::cli {
namespace commands {
extern const CommandInfo audit;
}

namespace {

class AuditCommand : public VaultCommand
{
public:
    AuditCommand()
        : VaultCommand(
            commands::audit, Cli::tr("the audit trail as the viewer shows it, then the chain check"))
    {
        // --slot names whose entries to show here, not the slot to unlock with.
        m_slotIsFilter = true;
        redescribe(m_slot, Cli::tr("Only the entries of this practitioner (key slot label)."));
    }

protected:
    // The filter, from the options: what needs no vault.
    int prepare() override
    {
        const auto day = [&](const QCommandLineOption& opt, QDate* d) {
            *d = QDate::fromString(value(opt), Qt::ISODate);
            return d->isValid();
        };
        QDate since, until;
        if (isSet(m_since) && !day(m_since, &since))
            return usage(Cli::tr("--since takes a date as YYYY-MM-DD, not \"%1\"").arg(value(m_since)));
        if (isSet(m_until) && !day(m_until, &until))
            return usage(Cli::tr("--until takes a date as YYYY-MM-DD, not \"%1\"").arg(value(m_until)));
        if (since.isValid()) {
            m_filter.fromUtc = since.startOfDay().toUTC();
        }
        if (until.isValid()) {
            m_filter.toUtc = until.addDays(1).startOfDay().toUTC();
        }
        if (isSet(m_action)) {
            const QString wanted = value(m_action).trimmed();
            for (const AuditActions::Known& k : AuditActions::all())
                if (k.id == wanted || k.words.compare(wanted, Qt::CaseInsensitive) == 0)
                    m_filter.action = k.id;
            if (m_filter.action.isEmpty())
                m_filter.action = wanted; // an id the table does not know yet: taken as it is
        }
        if (isSet(m_patient)) {
            bool ok = false;
            const qint64 id = value(m_patient).toLongLong(&ok);
            if (!ok || id <= 0)
                return usage(Cli::tr("--patient takes the patient's row number"));
            m_filter.objectType = QStringLiteral("patient");
            m_filter.objectId = QString::number(id);
        }
        if (isSet(m_pdf) && !hasFonts())
            return noFonts();
        return -1;
    }

    int runUnlocked(Vault& vault) override
    {
        if (slotGiven()) {
            const auto s = vault.findSlot(slot());
            AuditTable labels(vault);
            if (s) {
                m_filter.slot = s->id;
            } else {
                for (auto it = labels.slotLabels().cbegin(); it != labels.slotLabels().cend(); ++it)
                    if (it.value() == slot() || it.key() == slot())
                        m_filter.slot = it.key();
            }
            if (m_filter.slot.isEmpty())
                return report(
                    {ErrorKind::Invalid, Cli::tr("The vault has no key slot named \"%1\"").arg(slot())});
        }
        return isSet(m_pdf) ? writeReport(vault) : printTable(vault);
    }

private:
    int writeReport(Vault& vault)
    {
        if (AuditReport::namesPatients(m_filter))
            QTextStream(stderr) << Cli::tr(
                "The report names the patient: the file holds personal health data in clear.")
                                << Qt::endl;
        auto n = AuditReport::write(vault, m_filter, value(m_pdf));
        if (!n)
            return report(n.error());
        out() << Cli::tr("Audit report written to %1 (%n entries)", nullptr, *n).arg(value(m_pdf))
              << Qt::endl;
        return Cli::Ok;
    }

    int printTable(Vault& vault)
    {
        (void)vault.audit().append(QString::fromLatin1(AuditAction::TrailView), m_filter.objectType,
            m_filter.objectId, QStringLiteral("cli"));
        AuditTable table(vault);
        const bool names = AuditReport::namesPatients(m_filter);
        out() << AuditTable::headers().join(u'\t') << Qt::endl;
        m_filter.newestFirst = false;
        std::optional<AuditEntry> after;
        for (;;) {
            auto page = vault.audit().page(m_filter, after, 1000);
            if (!page)
                return report(page.error());
            for (const AuditEntry& e : std::as_const(*page))
                out() << table.row(e, names).join(u'\t') << Qt::endl;
            if (page->size() < 1000)
                break;
            after = page->last();
        }
        const AuditVerification v = vault.audit().verify();
        out() << Cli::tr("Chain check: %1").arg(v.message);
        if (!vault.auditRollbackWarning().isEmpty())
            out() << ' ' << vault.auditRollbackWarning();
        out() << Qt::endl;
        return v.ok && vault.auditRollbackWarning().isEmpty() ? Cli::Ok : Cli::BadVault;
    }

    AuditFilter m_filter;
    const QCommandLineOption m_since = option({QStringLiteral("since"),
        Cli::tr("Entries from this day on (YYYY-MM-DD, local time)."), QStringLiteral("DATE")});
    const QCommandLineOption m_until = option({QStringLiteral("until"),
        Cli::tr("Entries up to this day included (YYYY-MM-DD)."), QStringLiteral("DATE")});
    const QCommandLineOption m_action = option({QStringLiteral("action"),
        Cli::tr("One action, by its id (patient.view) or its words (\"Record opened\")."),
        QStringLiteral("NAME")});
    const QCommandLineOption m_patient = option({QStringLiteral("patient"),
        Cli::tr("The entries about one patient (row number); names them."), QStringLiteral("ID")});
    const QCommandLineOption m_pdf = option({QStringLiteral("pdf"),
        Cli::tr("Write the report (PDF) to FILE instead of printing the table."), QStringLiteral("FILE")});
};

} // namespace

const CommandInfo commands::audit {"audit", true, &make<AuditCommand>};

} // namespace relais::cli
