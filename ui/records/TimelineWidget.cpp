// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/TimelineWidget.h"

#include "consultation/ConsultationEditor.h"
#include "consultation/ConsultationText.h"
#include "consultation/VitalsPlot.h"
#include "common/Clock.h"
#include "consultation/ConsultationStore.h"
#include "interop/SnapshotImporter.h"
#include "vault/Vault.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

namespace {

QLabel* title(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont bold = l->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    l->setFont(bold);
    return l;
}

} // namespace

TimelineWidget::TimelineWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("timelineSection"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#timelineSection { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }"));

    m_new = new QAction(tr("New consultation"), this);
    m_new->setObjectName(QStringLiteral("actionNewConsultation"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_new->setShortcutContext(Qt::WindowShortcut);
    addAction(m_new);
    connect(m_new, &QAction::triggered, this, &TimelineWidget::newConsultation);

    m_newButton = new QPushButton(tr("New consultation (Ctrl+N)"), this);
    m_newButton->setObjectName(QStringLiteral("newConsultation"));
    m_newButton->setAutoDefault(false);
    connect(m_newButton, &QPushButton::clicked, this, &TimelineWidget::newConsultation);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("consultations"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    // Alt+T reaches the list from anywhere in the chart, without the mouse.
    QLabel* heading = title(tr("Consul&tations"), this);
    auto* head = new QHBoxLayout;
    head->addWidget(heading, 1);
    head->addWidget(m_newButton);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("draftBanner"));
    m_banner->setStyleSheet(QStringLiteral("#draftBanner { background: #fff4d6; border: 1px solid #e0b84d; border-radius: 4px; }"
                                           "#draftBanner QLabel { color: #4a3700; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("draftText"));
    m_bannerText->setWordWrap(true);
    auto* resume = new QPushButton(tr("&Resume"), m_banner);
    resume->setObjectName(QStringLiteral("resumeDraft"));
    resume->setAutoDefault(false);
    auto* discard = new QPushButton(tr("Discard…"), m_banner);
    discard->setObjectName(QStringLiteral("discardDraft"));
    discard->setAutoDefault(false);
    connect(resume, &QPushButton::clicked, this, &TimelineWidget::resumeDraft);
    connect(discard, &QPushButton::clicked, this, &TimelineWidget::discardDraft);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 6, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(resume);
    bannerLayout->addWidget(discard);
    m_banner->hide();

    m_list = new QListWidget(this);
    heading->setBuddy(m_list);
    m_list->setObjectName(QStringLiteral("timeline"));
    m_list->setWordWrap(true);
    m_list->setSpacing(3);
    m_list->setAlternatingRowColors(true);
    m_list->setMinimumHeight(fontMetrics().lineSpacing() * 13);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openConsultation(item->data(Qt::UserRole).toLongLong()); });
    m_empty = new QLabel(this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_plot = new VitalsPlot(this);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 10);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    // The list beside the plot: both visible without scrolling the chart.
    auto* listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    listColumn->addWidget(m_empty);
    listColumn->addStretch();
    auto* plotColumn = new QVBoxLayout;
    plotColumn->addWidget(title(tr("Weight and blood pressure"), this));
    plotColumn->addWidget(m_plot);
    plotColumn->addStretch();
    auto* body = new QHBoxLayout;
    body->addLayout(listColumn, 3);
    body->addSpacing(8);
    body->addLayout(plotColumn, 2);
    layout->addLayout(body);
}

TimelineWidget::~TimelineWidget() = default;

ConsultationEditor* TimelineWidget::editor() const { return m_editor.data(); }

void TimelineWidget::attach(Vault& vault, const Clock& clock)
{
    m_vault = &vault;
    m_clock = &clock;
}

void TimelineWidget::detach()
{
    // The draft is written while the vault is still open: done() flushes before closing.
    if (m_editor)
        m_editor->reject();
    m_vault = nullptr;
    m_clock = nullptr;
    clear();
}

void TimelineWidget::clear()
{
    m_patient = Patient{};
    m_draftId = 0;
    m_list->clear();
    m_summary->clear();
    m_banner->hide();
    m_empty->hide();
    m_plot->setPoints({});
}

void TimelineWidget::showPatient(const Patient& patient)
{
    if (m_editor && m_patient.id != patient.id)
        m_editor->reject();  // saved as a draft, offered again when this chart is reopened
    m_patient = patient;
    refresh();
}

qint64 TimelineWidget::leftoverDraft()
{
    if (!m_vault || !m_patient.id)
        return 0;
    auto drafts = ConsultationStore(*m_vault).drafts(m_patient.id);
    if (!drafts) {
        emit warning(drafts.error().message);
        return 0;
    }
    if (drafts->isEmpty())
        return 0;
    const Consultation& d = drafts->first();
    QString text = tr("An unfinished consultation of %1 was kept (saved at %2).")
                       .arg(ConsultationText::dateTime(d.startedUtc),
                            d.draftSavedUtc.toLocalTime().time().toString(QStringLiteral("HH:mm")));
    if (!d.reason.isEmpty())
        text += u' ' + tr("Reason: %1.").arg(d.reason);
    text += u' ' + tr("Resume it with Ctrl+N.");
    m_bannerText->setText(text);
    return d.id;
}

void TimelineWidget::refresh()
{
    m_list->clear();
    if (!m_vault || !m_patient.id)
        return;
    ConsultationStore store(*m_vault);
    m_draftId = (m_editor && m_editor->mode() == ConsultationEditor::Mode::Draft) ? 0 : leftoverDraft();
    m_banner->setVisible(m_draftId != 0);
    m_newButton->setText(m_draftId ? tr("Resume the consultation (Ctrl+N)") : tr("New consultation (Ctrl+N)"));

    const QDateTime snapshot = SnapshotImporter::snapshotTime(*m_vault).value_or(QDateTime());
    auto items = store.timeline(m_patient.id);
    if (!items) {
        emit warning(items.error().message);
        return;
    }
    const QColor grey = palette().placeholderText().color();
    for (const TimelineItem& t : *items) {
        QStringList lines;
        lines << QStringLiteral("%1 — %2").arg(ConsultationText::dateTime(t.atUtc),
                                              t.reason.isEmpty() ? tr("(no reason typed yet)") : t.reason);
        if (!t.conclusion.trimmed().isEmpty())
            lines << t.conclusion.simplified();
        QString note;
        if (t.origin == Origin::Imported)
            note = ConsultationText::importedNote(snapshot) + (t.author.isEmpty() ? QString() : QStringLiteral(" · ") + t.author);
        else if (t.status == Consultation::Status::Draft)
            note = tr("Unfinished: being typed in Relais");
        else
            note = ConsultationText::recordedNote() + QStringLiteral(" · ")
                + (t.revision > 1 ? tr("version %1 (corrected %n time(s))", nullptr, t.revision - 1).arg(t.revision)
                                  : tr("version 1"));
        lines << note;
        auto* item = new QListWidgetItem(lines.join(u'\n'), m_list);
        item->setData(Qt::UserRole, t.consultationId);
        item->setData(Qt::UserRole + 1, t.origin == Origin::Imported ? QStringLiteral("imported") : QStringLiteral("local"));
        item->setToolTip(tr("Enter or double-click: open"));
        if (t.origin == Origin::Imported) {
            item->setForeground(grey);
        } else {
            QFont f = item->font();
            f.setBold(t.status == Consultation::Status::Draft ? false : true);
            f.setItalic(t.status == Consultation::Status::Draft);
            item->setFont(f);
        }
    }
    const auto local = std::count_if(items->begin(), items->end(), [](const TimelineItem& t) { return t.origin == Origin::Local; });
    m_summary->setText(items->isEmpty() ? tr("None yet. Ctrl+N starts one, dated now.")
                                        : tr("%n consultation(s)", nullptr, int(items->size())) + QStringLiteral(": ")
                                              + tr("%n recorded in Relais", nullptr, int(local)) + QStringLiteral(", ")
                                              + tr("%n imported", nullptr, int(items->size() - local)));
    m_empty->setText(tr("No consultation recorded or imported for this patient."));
    m_empty->setVisible(items->isEmpty());
    m_list->setVisible(!items->isEmpty());
    // The newest is current (Enter opens it) but not highlighted, so the greying stays readable.
    if (m_list->count() > 0)
        m_list->setCurrentRow(0, QItemSelectionModel::NoUpdate);

    auto points = store.vitalHistory(m_patient.id);
    if (!points)
        emit warning(points.error().message);
    m_plot->setPoints(points ? *points : QList<ConsultationStore::VitalPoint>{});
}

void TimelineWidget::newConsultation()
{
    if (!m_vault || !m_patient.id)
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    if (const qint64 draft = leftoverDraft()) {
        openConsultation(draft);
        return;
    }
    auto id = ConsultationStore(*m_vault).start(m_patient.id);
    if (!id) {
        emit warning(id.error().message);
        return;
    }
    openConsultation(*id);
}

void TimelineWidget::resumeDraft()
{
    if (const qint64 draft = leftoverDraft())
        openConsultation(draft);
}

void TimelineWidget::discardDraft()
{
    const qint64 draft = leftoverDraft();
    if (!draft || !m_vault)
        return;
    const auto answer = QMessageBox::question(this, tr("Discard the unfinished consultation"),
                                              tr("Everything typed in this unfinished consultation will be lost. Discard it?"),
                                              QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (auto r = ConsultationStore(*m_vault).discardDraft(draft); !r)
        emit warning(r.error().message);
    refresh();
}

void TimelineWidget::openConsultation(qint64 id)
{
    if (!m_vault || !m_clock || !id)
        return;
    if (m_editor) {
        if (m_editor->consultationId() == id) {
            m_editor->raise();
            m_editor->activateWindow();
            return;
        }
        m_editor->reject();
    }
    auto c = ConsultationStore(*m_vault).get(id);
    if (!c) {
        emit warning(c.error().message);
        return;
    }
    showEditor(new ConsultationEditor(*m_vault, *m_clock, m_patient, *c, this));
}

void TimelineWidget::showEditor(ConsultationEditor* editor)
{
    m_editor = editor;
    editor->setWindowFlag(Qt::Window);
    // Ctrl+L locks from the consultation window too (the draft is saved first).
    if (auto* lock = window()->findChild<QAction*>(QStringLiteral("actionLock")))
        editor->addAction(lock);
    connect(editor, &ConsultationEditor::consultationChanged, this, &TimelineWidget::refresh);
    connect(editor, &ConsultationEditor::consultationChanged, this, &TimelineWidget::consultationChanged);
    // A prescription written from the consultation is owed to the EHR too.
    connect(editor, &ConsultationEditor::prescriptionSaved, this,
            [this, editor] { emit consultationChanged(editor->consultationId()); });
    connect(editor, &QDialog::finished, this, [this] {
        m_editor = nullptr;  // deleted later
        refresh();
        if (isVisible()) {
            window()->activateWindow();
            m_list->setFocus();
        }
    });
    editor->show();
    editor->raise();
    editor->activateWindow();
    refresh();
}

bool TimelineWidget::eventFilter(QObject* watched, QEvent* event)
{
    // Enter on the list opens the item even where the style does not activate on Enter.
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_list->currentItem()) {
            openConsultation(m_list->currentItem()->data(Qt::UserRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace relais::ui
