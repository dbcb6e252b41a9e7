// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ImportSummaryView.h"

#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

namespace {

// The importer counts by FHIR resource type; the GP reads what they hold.
QString typeName(const QString& type)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("Patient"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Patients")},
        {QStringLiteral("AllergyIntolerance"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Allergies")},
        {QStringLiteral("Condition"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "History and ALD")},
        {QStringLiteral("MedicationStatement"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Treatments (statements)")},
        {QStringLiteral("MedicationRequest"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Treatments (prescriptions)")},
        {QStringLiteral("Observation"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Measurements")},
        {QStringLiteral("Encounter"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Consultations")},
        {QStringLiteral("Appointment"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Appointments")},
        {QStringLiteral("CSV patients"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Patients (CSV list)")},
        {QStringLiteral("CSV appointments"), QT_TRANSLATE_NOOP("relais::ui::ImportSummaryView", "Appointments (CSV list)")},
    };
    const char* name = names.value(type);
    return name ? ImportSummaryView::tr(name) : type;
}

} // namespace

ImportSummaryView::ImportSummaryView(QWidget* parent) : QWidget(parent)
{
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("summaryTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Type"), tr("Created"), tr("Updated"), tr("Unchanged"), tr("Kept (changed in Relais)"), tr("Skipped")});
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("Records changed in Relais during the outage: the export never overwrites them."));
    m_table->horizontalHeaderItem(5)->setToolTip(tr("Read but not kept (inactive, or a type Relais does not keep)."));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("summaryNote"));
    m_note->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addStretch(1);
}

void ImportSummaryView::clear()
{
    m_table->setRowCount(0);
    m_note->clear();
    m_lines.clear();
}

void ImportSummaryView::setSummaries(const QList<ImportSummary>& summaries)
{
    clear();
    QMap<QString, ImportCounts> total;
    int absent = 0;
    for (const ImportSummary& s : summaries) {
        m_lines += s.lines();
        absent += s.markedAbsent;
        for (auto it = s.byType.cbegin(); it != s.byType.cend(); ++it) {
            ImportCounts& t = total[it.key()];
            t.created += it->created;
            t.updated += it->updated;
            t.unchanged += it->unchanged;
            t.keptLocal += it->keptLocal;
            t.skipped += it->skipped;
        }
    }
    const QLocale locale;
    m_table->setRowCount(int(total.size()));
    int row = 0;
    for (auto it = total.cbegin(); it != total.cend(); ++it, ++row) {
        auto* type = new QTableWidgetItem(typeName(it.key()));
        type->setToolTip(it.key());
        type->setData(Qt::UserRole, it.key());
        m_table->setItem(row, 0, type);
        const int values[] = {it->created, it->updated, it->unchanged, it->keptLocal, it->skipped};
        for (int c = 0; c < 5; ++c) {
            auto* item = new QTableWidgetItem(locale.toString(values[c]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (values[c] == 0)
                item->setForeground(m_table->palette().brush(QPalette::PlaceholderText));
            m_table->setItem(row, c + 1, item);
        }
    }
    // As tall as its rows (up to a dozen): the notes follow the table, not an empty area.
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < std::min(12, m_table->rowCount()); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);

    QStringList notes;
    if (total.isEmpty())
        notes << tr("The export held no record Relais keeps.");
    if (absent)
        notes << tr("%n patient(s) no longer in the practice software's export: marked in their chart, not deleted.",
                    nullptr, absent);
    m_note->setText(notes.join(QLatin1Char('\n')));
    m_note->setVisible(!notes.isEmpty());
}

} // namespace relais::ui
