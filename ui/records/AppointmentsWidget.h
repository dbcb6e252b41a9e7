// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace relais {
class AppointmentStore;
class Clock;
class Vault;
}

namespace relais::ui {

// "Today's appointments": what the practice software had booked for today and the next days, so
// the GP knows who is coming. Choosing a row linked to a patient asks for that chart.
class AppointmentsWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDaysShown = 3;  // today and the next two days

    explicit AppointmentsWidget(QWidget* parent = nullptr);
    ~AppointmentsWidget() override;

    void attach(Vault& vault, const Clock& clock);
    void detach();
    // Reads the appointments again (after an import).
    void reload();

    QTreeWidget* list() const { return m_list; }
    // The patient of each appointment row, in display order (0 when not linked), for tests.
    QList<qint64> patientIds() const;

signals:
    void openRequested(qint64 patientId);

private:
    void activate(QTreeWidgetItem* item);

    std::unique_ptr<AppointmentStore> m_store;
    const Clock* m_clock = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_empty = nullptr;
    QTreeWidget* m_list = nullptr;
};

} // namespace relais::ui
