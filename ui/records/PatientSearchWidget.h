// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Patient.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;

namespace relais {
class Clock;
class PatientSearch;
class PatientStore;
}

namespace relais::ui {

class StatusLabel;

class PatientHitModel;

// One box, searched on every keystroke: names, dates of birth, digits of the NIR or a phone.
// The arrow keys move in the results while the focus stays in the box, Enter opens the selected
// patient (the first by default), Escape clears.
class PatientSearchWidget : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSearchWidget(QWidget* parent = nullptr);
    ~PatientSearchWidget() override;

    // Searches go to `search`; where each hit comes from is read from `store`.
    void attach(PatientStore& store, PatientSearch& search, const Clock& clock);
    // Forgets the query, the results and the cache (on lock: no patient data may stay).
    void detach();

    QLineEdit* searchBox() const { return m_box; }
    QListView* resultList() const { return m_list; }
    PatientHitModel* model() const { return m_model; }
    qint64 selectedId() const;

public slots:
    void focusSearch();
    // Runs the current query again (a patient was created or corrected).
    void refresh();
    void clearSearch();

signals:
    void openRequested(qint64 id);
    void newPatientRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runSearch(const QString& text);
    // One slice of the ranking table's build, then the next from the event loop.
    void prepareSlice();
    void showIdle();
    void moveSelection(int delta);
    void selectRow(int row);
    void openSelected();
    QHash<qint64, Origin> originsOf(const QList<qint64>& ids);

    PatientStore* m_store = nullptr;
    PatientSearch* m_search = nullptr;
    bool m_rankingPending = false;  // a build in slices was under way: search again once done
    const Clock* m_clock = nullptr;
    QHash<qint64, Origin> m_originCache;  // an id's origin never changes
    QLineEdit* m_box = nullptr;
    QListView* m_list = nullptr;
    PatientHitModel* m_model = nullptr;
    StatusLabel* m_count = nullptr;
    QPushButton* m_new = nullptr;
};

} // namespace relais::ui
