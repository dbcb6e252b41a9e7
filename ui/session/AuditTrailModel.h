// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "access/AuditTable.h"

#include <QAbstractTableModel>

namespace relais {
class Vault;
}

namespace relais::ui {

// The audit viewer's rows, a page at a time (the view asks for more as it scrolls): newest
// first, in the words of AuditTable, patients named at display time.
class AuditTrailModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPage = 200;

    explicit AuditTrailModel(Vault& vault, QObject* parent = nullptr);

    // Reads the first page of `filter`; the error, or "".
    QString setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    AuditTable& table() { return m_table; }
    const AuditEntry& entry(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    Vault& m_vault;
    mutable AuditTable m_table;
    AuditFilter m_filter;
    QList<AuditEntry> m_rows;
    bool m_more = false;
};

} // namespace relais::ui
