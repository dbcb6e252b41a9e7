// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientSearchWidget.h"

#include "widgets/StatusLabel.h"

#include "records/PatientHitDelegate.h"
#include "records/PatientHitModel.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace relais::ui {

PatientSearchWidget::PatientSearchWidget(QWidget* parent) : QWidget(parent)
{
    m_box = new QLineEdit(this);
    m_box->setObjectName(QStringLiteral("searchBox"));
    m_box->setPlaceholderText(tr("Name, date of birth (12/03/1954) or social-security number…"));
    m_box->setClearButtonEnabled(true);
    m_box->setToolTip(tr("Type a few letters of the name, a date of birth or digits of the social-security "
                         "number.\n↑ ↓ choose, Enter opens the chart, Esc clears. Ctrl+F comes back here."));
    QFont bigger = m_box->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.1);
    m_box->setFont(bigger);
    m_box->installEventFilter(this);
    connect(m_box, &QLineEdit::textChanged, this, &PatientSearchWidget::runSearch);

    m_count = new StatusLabel(StatusKind::Plain, this);
    m_count->setObjectName(QStringLiteral("resultCount"));
    m_count->setWordWrap(true);
    m_count->setForegroundRole(QPalette::PlaceholderText);

    m_model = new PatientHitModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PatientHitDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The keyboard stays in the box; a click opens the chart like Enter does.
    m_list->setFocusPolicy(Qt::NoFocus);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex& index) {
        selectRow(index.row());
        openSelected();
    });

    m_new = new QPushButton(tr("&New patient…"), this);
    m_new->setObjectName(QStringLiteral("newPatient"));
    m_new->setToolTip(tr("Create a patient who is not in the list (Ctrl+Shift+N)"));
    m_new->setAutoDefault(false);
    connect(m_new, &QPushButton::clicked, this, &PatientSearchWidget::newPatientRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    layout->addWidget(m_count);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);
    setMinimumWidth(320);
}

PatientSearchWidget::~PatientSearchWidget() = default;

void PatientSearchWidget::attach(PatientStore& store, PatientSearch& search, const Clock& clock)
{
    m_store = &store;
    m_search = &search;
    m_clock = &clock;
    clearSearch();
    // The ranking table (0.5 s for 100,000 patients, seconds for a million) is built on a worker
    // thread (or, without a second connection, in slices from the event loop) while the window
    // appears: the GUI never waits for it, and a search typed meanwhile finds every match
    // (ranked once the table is there).
    QTimer::singleShot(0, this, &PatientSearchWidget::prepareSlice);
}

void PatientSearchWidget::prepareSlice()
{
    if (!m_search)
        return;
    auto done = m_search->prepareStep();
    if (!done) {
        qCWarning(lcUi) << "search ranking not built:" << done.error().message;  // the next search builds it
        return;
    }
    if (!*done) {
        m_rankingPending = true;
        // A worker's build is only looked at now and then; slices follow one another.
        QTimer::singleShot(m_search->buildingInBackground() ? 50 : 0, this, &PatientSearchWidget::prepareSlice);
        return;
    }
    if (m_rankingPending && !m_box->text().trimmed().isEmpty())
        runSearch(m_box->text());  // typed while unranked: shown again, best first
    m_rankingPending = false;
}

void PatientSearchWidget::detach()
{
    m_store = nullptr;
    m_search = nullptr;
    m_clock = nullptr;
    m_originCache.clear();
    m_box->setText(QString());  // unlike clear(), also empties the undo history
    m_model->clear();
    m_count->clear();
}

qint64 PatientSearchWidget::selectedId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void PatientSearchWidget::focusSearch()
{
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void PatientSearchWidget::refresh()
{
    m_originCache.clear();
    runSearch(m_box->text());
    // After an import the ranking may be rebuilt in slices: carry them on from the event loop.
    QTimer::singleShot(0, this, &PatientSearchWidget::prepareSlice);
}

void PatientSearchWidget::clearSearch()
{
    m_box->setText(QString());
    runSearch(QString());
}

void PatientSearchWidget::showIdle()
{
    m_model->clear();
    m_count->setKind(StatusKind::Plain);
    if (!m_store) {
        m_count->clear();
        return;
    }
    auto total = m_store->count();
    if (total && *total == 0)
        m_count->setText(tr("No patient in this vault yet. Create one with “New patient”."));
    else if (total)
        m_count->setText(tr("%Ln patient(s) in the vault. Type a name, a date of birth or digits of the "
                            "social-security number.",
                            nullptr, int(*total)));
    else
        m_count->setText(total.error().message);
}

void PatientSearchWidget::runSearch(const QString& text)
{
    if (!m_search || text.trimmed().isEmpty()) {
        showIdle();
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto result = m_search->search(text);
    if (!result) {
        m_model->clear();
        m_count->setKind(StatusKind::Error);
        m_count->setText(tr("The search failed: %1").arg(result.error().message));
        return;
    }
    QList<qint64> ids;
    for (const PatientHit& h : std::as_const(result->hits))
        ids << h.id;
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    m_model->setHits(std::move(result->hits), originsOf(ids), today);
    qCDebug(lcUi) << "search:" << result->total << "matches," << ids.size() << "shown in" << timer.elapsed() << "ms";
    m_count->setKind(StatusKind::Plain);
    const int shown = m_model->rowCount();
    if (result->total == 0)
        m_count->setText(tr("No patient found. Check the spelling, type fewer letters, or create the patient with "
                            "“New patient”."));
    else if (shown < result->total)
        m_count->setText(tr("%1 of %Ln patient(s) — type more to narrow", nullptr, result->total)
                             .arg(QLocale().toString(shown)));
    else
        m_count->setText(tr("%Ln patient(s)", nullptr, result->total));
    selectRow(0);
}

QHash<qint64, Origin> PatientSearchWidget::originsOf(const QList<qint64>& ids)
{
    QHash<qint64, Origin> out;
    for (qint64 id : ids) {
        auto cached = m_originCache.constFind(id);
        if (cached == m_originCache.cend()) {
            // PatientHit does not carry the origin yet; one read per new id, then cached.
            auto p = m_store->get(id);
            if (!p) {
                qCWarning(lcUi) << "origin of patient" << id << "not read";
                continue;
            }
            cached = m_originCache.insert(id, p->origin);
        }
        out.insert(id, *cached);
    }
    return out;
}

void PatientSearchWidget::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_list->setCurrentIndex({});
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void PatientSearchWidget::moveSelection(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : 0;
    selectRow(std::clamp(current + delta, 0, rows - 1));
}

void PatientSearchWidget::openSelected()
{
    if (const qint64 id = selectedId())
        emit openRequested(id);
}

bool PatientSearchWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int page = std::max(1, m_list->viewport()->height() / std::max(1, m_list->sizeHintForRow(0)));
        switch (key->key()) {
        case Qt::Key_Down:
            moveSelection(1);
            return true;
        case Qt::Key_Up:
            moveSelection(-1);
            return true;
        case Qt::Key_PageDown:
            moveSelection(page);
            return true;
        case Qt::Key_PageUp:
            moveSelection(-page);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openSelected();
            return true;
        case Qt::Key_Escape:
            if (m_box->text().isEmpty())
                return false;
            clearSearch();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais::ui
