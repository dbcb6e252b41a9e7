// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/AppointmentsWidget.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "records/AppointmentStore.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

constexpr int kPatientRole = Qt::UserRole + 1;

QString statusText(const QString& status)
{
    if (status == u"cancelled")
        return AppointmentsWidget::tr("cancelled");
    if (status == u"noshow")
        return AppointmentsWidget::tr("did not come");
    if (status == u"fulfilled")
        return AppointmentsWidget::tr("seen");
    if (status == u"arrived" || status == u"checked-in")
        return AppointmentsWidget::tr("arrived");
    return {};
}

} // namespace

AppointmentsWidget::AppointmentsWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("appointments"));
    m_title = new QLabel(tr("Today's appointments"), this);
    m_title->setObjectName(QStringLiteral("appointmentsTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("appointmentsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("appointmentList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Time"), tr("Patient"), tr("Reason")});
    m_list->setRootIsDecorated(false);
    m_list->setItemsExpandable(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_list->setToolTip(tr("Click an appointment to open the patient's chart."));
    // One click opens, like the search results.
    connect(m_list, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) { activate(item); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_empty);
    layout->addWidget(m_list, 1);
}

AppointmentsWidget::~AppointmentsWidget() = default;

void AppointmentsWidget::attach(Vault& vault, const Clock& clock)
{
    m_store = std::make_unique<AppointmentStore>(vault);
    m_clock = &clock;
    reload();
}

void AppointmentsWidget::detach()
{
    m_store.reset();
    m_clock = nullptr;
    m_list->clear();
    m_empty->clear();
}

void AppointmentsWidget::reload()
{
    m_list->clear();
    if (!m_store)
        return;
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const QDateTime from = today.startOfDay().toUTC();
    const QDateTime to = today.addDays(kDaysShown).startOfDay().toUTC();
    auto appointments = m_store->between(from, to);
    if (!appointments) {
        m_empty->setText(appointments.error().message);
        m_empty->show();
        return;
    }
    const QLocale locale;
    QDate day;
    int count = 0;
    int todayCount = 0;
    for (const Appointment& a : std::as_const(*appointments)) {
        const QDateTime start = a.startUtc.toLocalTime();
        const QDateTime end = a.endUtc.toLocalTime();
        if (start.date() != day) {
            day = start.date();
            const QString name = day == today ? tr("Today") : day == today.addDays(1) ? tr("Tomorrow")
                                                                                    : locale.dayName(day.dayOfWeek());
            auto* header = new QTreeWidgetItem(m_list, {QStringLiteral("%1 %2").arg(name, day.toString(QStringLiteral("dd/MM")))});
            header->setFirstColumnSpanned(true);
            header->setFlags(Qt::ItemIsEnabled);
            QFont f = m_list->font();
            f.setBold(true);
            header->setFont(0, f);
            header->setBackground(0, m_list->palette().alternateBase());
        }
        QString time = start.toString(QStringLiteral("HH:mm"));
        if (end.isValid())
            time += QStringLiteral("–") + end.toString(QStringLiteral("HH:mm"));
        const QString& status = a.status;
        QString reason = a.description;
        if (const QString s = statusText(status); !s.isEmpty())
            reason = reason.isEmpty() ? s : QStringLiteral("%1 (%2)").arg(reason, s);
        const qint64 patientId = a.patientId;
        QString label = a.patientLabel;
        if (label.isEmpty())
            label = patientId ? tr("Patient in the vault") : tr("Unknown patient");
        auto* item = new QTreeWidgetItem(m_list, {time, label, reason});
        item->setData(0, kPatientRole, patientId);
        if (!patientId) {
            item->setToolTip(1, tr("This appointment is not linked to a patient in the vault: search by name."));
            item->setForeground(1, m_list->palette().brush(QPalette::PlaceholderText));
        }
        if (status == u"cancelled" || status == u"noshow") {
            for (int c = 0; c < 3; ++c) {
                QFont f = m_list->font();
                f.setStrikeOut(status == u"cancelled");
                item->setFont(c, f);
                item->setForeground(c, m_list->palette().brush(QPalette::PlaceholderText));
            }
        }
        ++count;
        if (day == today)
            ++todayCount;
    }
    m_title->setText(tr("Today's appointments (%n)", nullptr, todayCount));
    m_empty->setText(count == 0 ? tr("No appointment imported for today or the next days.")
                                : todayCount == 0 ? tr("No appointment today.") : QString());
    m_empty->setVisible(!m_empty->text().isEmpty());
    m_list->setVisible(count > 0);
    m_list->resizeColumnToContents(1);
    m_list->setColumnWidth(1, m_list->columnWidth(1) + 16);  // room before the reason
}

QList<qint64> AppointmentsWidget::patientIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->flags() & Qt::ItemIsSelectable)
            ids.append(item->data(0, kPatientRole).toLongLong());
    }
    return ids;
}

void AppointmentsWidget::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    if (const qint64 id = item->data(0, kPatientRole).toLongLong())
        emit openRequested(id);
}

} // namespace relais::ui
