// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/SnapshotImporter.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace relais::ui {

// What an import did, per resource type: created, updated, unchanged, kept as changed in Relais,
// skipped; then the patients marked absent. Used by the import wizard and the inbox merge.
class ImportSummaryView : public QWidget
{
    Q_OBJECT

public:
    explicit ImportSummaryView(QWidget* parent = nullptr);

    // Several summaries (several sealed snapshots) are added up.
    void setSummaries(const QList<ImportSummary>& summaries);
    void clear();

    QTableWidget* table() const { return m_table; }
    QLabel* note() const { return m_note; }
    // The lines of ImportSummary::lines(), as shown.
    QStringList lines() const { return m_lines; }

private:
    QTableWidget* m_table = nullptr;
    QLabel* m_note = nullptr;
    QStringList m_lines;
};

} // namespace relais::ui
