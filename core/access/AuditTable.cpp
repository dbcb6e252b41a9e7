// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/AuditTable.h"

#include "audit/AuditActions.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QRegularExpression>

namespace relais {

AuditTable::AuditTable(Vault& vault) : m_vault(vault)
{
    // Removed slots first, so that the header's current labels win.
    AuditFilter f;
    f.newestFirst = false;
    static const QRegularExpression label(QStringLiteral("(?:^| )label=(.*?)(?: replaced_by=|$)"));
    for (const char* action : {AuditAction::SlotAdd, AuditAction::SlotRemove}) {
        f.action = QString::fromLatin1(action);
        std::optional<AuditEntry> after;
        for (;;) {
            auto page = vault.audit().page(f, after, 500);
            if (!page || page->isEmpty())
                break;
            for (const AuditEntry& e : std::as_const(*page))
                if (const auto m = label.match(e.detail); m.hasMatch())
                    m_labels.insert(e.objectId, m.captured(1));
            after = page->last();
        }
    }
    for (const KeySlot& s : vault.keySlots())
        m_labels.insert(s.id, s.label);
}

QStringList AuditTable::headers() { return {tr("Time"), tr("Practitioner"), tr("Action"), tr("Object")}; }

QString AuditTable::localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString AuditTable::slotLabel(const QString& slotId) const
{
    if (slotId.isEmpty())
        return {};
    const QString l = m_labels.value(slotId);
    return l.isEmpty() ? tr("slot %1").arg(slotId.left(8)) : l;
}

QString AuditTable::patientName(qint64 id)
{
    if (const auto it = m_names.constFind(id); it != m_names.constEnd())
        return *it;
    auto p = PatientStore(m_vault).get(id);
    const QString name = p ? p->displayName() : QString();
    m_names.insert(id, name);
    return name;
}

void AuditTable::prefetchNames(const QList<AuditEntry>& entries)
{
    QList<qint64> ids;
    for (const AuditEntry& e : entries) {
        bool ok = false;
        const qint64 id = e.objectType == QLatin1String("patient") ? e.objectId.toLongLong(&ok) : 0;
        if (ok && !m_names.contains(id) && !ids.contains(id))
            ids << id;
    }
    PatientStore store(m_vault);
    for (qsizetype at = 0; at < ids.size(); at += 500) {
        const QList<qint64> chunk = ids.mid(at, 500);
        auto names = store.displayNames(chunk);
        if (!names)
            return;  // the rest looked up one by one when shown
        for (qint64 id : chunk)
            m_names.insert(id, names->value(id));
    }
}

QString AuditTable::cell(const AuditEntry& e, Column c, bool patientNames)
{
    switch (c) {
    case Time:
        return localTime(e.atUtc);
    case Practitioner:
        return slotLabel(e.slot);
    case Action:
        return AuditActions::words(e.action);
    case Object: {
        if (e.objectType.isEmpty())
            return {};
        if (e.objectType == QLatin1String("slot"))
            return AuditActions::objectWords(e.objectType) + QLatin1Char(' ') + slotLabel(e.objectId);
        QString text = AuditActions::objectWords(e.objectType);
        if (!e.objectId.isEmpty())
            text += QStringLiteral(" #") + e.objectId;
        if (patientNames && e.objectType == QLatin1String("patient")) {
            bool ok = false;
            const qint64 id = e.objectId.toLongLong(&ok);
            const QString name = ok ? patientName(id) : QString();
            if (!name.isEmpty())
                text += QStringLiteral(" – ") + name;
        }
        return text;
    }
    case ColumnCount:
        break;
    }
    return {};
}

QStringList AuditTable::row(const AuditEntry& e, bool patientNames)
{
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c)
        out << cell(e, Column(c), patientNames);
    return out;
}

} // namespace relais
