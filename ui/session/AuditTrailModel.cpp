// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AuditTrailModel.h"

#include "vault/Vault.h"

namespace relais::ui {

AuditTrailModel::AuditTrailModel(Vault& vault, QObject* parent)
    : QAbstractTableModel(parent), m_vault(vault), m_table(vault)
{
}

QString AuditTrailModel::setFilter(const AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.newestFirst = true;
    m_rows.clear();
    auto page = m_vault.audit().page(m_filter, std::nullopt, kPage);
    if (page) {
        m_table.prefetchNames(*page);
        m_rows = *page;
    }
    m_more = page && page->size() == kPage;
    endResetModel();
    return page ? QString() : page.error().message;
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(AuditTable::ColumnCount);
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry& e = m_rows.at(index.row());
    if (role == Qt::DisplayRole)
        return m_table.cell(e, AuditTable::Column(index.column()), true);
    if (role == Qt::ToolTipRole)
        return tr("Entry #%1 %2").arg(e.seq).arg(e.detail);
    if (role == Qt::UserRole)
        return e.seq;
    return {};
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return AuditTable::headers().value(section);
    return {};
}

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const { return !parent.isValid() && m_more; }

void AuditTrailModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_rows.isEmpty())
        return;
    auto page = m_vault.audit().page(m_filter, m_rows.last(), kPage);
    if (!page || page->isEmpty()) {
        m_more = false;
        return;
    }
    m_table.prefetchNames(*page);
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows += *page;
    endInsertRows();
    m_more = page->size() == kPage;
}

} // namespace relais::ui
