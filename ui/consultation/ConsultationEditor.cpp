// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/ConsultationEditor.h"

#include "widgets/StatusLabel.h"

#include "consultation/ConsultationText.h"
#include "print/PlainFilePrint.h"
#include "consultation/RevisionDialog.h"
#include "prescribing/PrescriptionEditor.h"
#include "prescribing/PrescriptionLineWidget.h"
#include "consultation/VitalsForm.h"
#include "common/Clock.h"
#include "consultation/ConsultationStore.h"
#include "consultation/DraftAutosave.h"
#include "prescribing/PractitionerStore.h"
#include "consultation/ConsultationReport.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

namespace {

QLabel* heading(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont bold = l->font();
    bold.setBold(true);
    l->setFont(bold);
    l->setBuddy(buddy);
    return l;
}

QPlainTextEdit* textBox(const char* name, QWidget* parent)
{
    auto* e = new QPlainTextEdit(parent);
    e->setObjectName(QLatin1String(name));
    e->setTabChangesFocus(true);  // Tab goes to the next heading, as in a form
    return e;
}

} // namespace

ConsultationEditor::ConsultationEditor(Vault& vault, const Clock& clock, const Patient& patient, const Consultation& c,
                                       QWidget* parent)
    : QDialog(parent), m_vault(&vault), m_clock(clock), m_patient(patient),
      m_store(std::make_unique<ConsultationStore>(vault))
{
    setObjectName(QStringLiteral("consultationEditor"));
    setStyleSheet(QStringLiteral("QLineEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"] { background: palette(window); }"));
    setAttribute(Qt::WA_DeleteOnClose);
    build();
    load(c);
    if (c.status == Consultation::Status::Draft) {
        m_autosave = std::make_unique<DraftAutosave>(*m_store, m_clock);
        m_tick = new QTimer(this);
        m_tick->setInterval(1000);
        connect(m_tick, &QTimer::timeout, this, &ConsultationEditor::autosaveTick);
        m_tick->start();
        // Leaving a field saves what it holds: a crash then loses nothing already moved past.
        connect(qApp, &QApplication::focusChanged, this, [this] { flushDraft(); });
        setMode(Mode::Draft);
    } else {
        setMode(Mode::ReadOnly);
    }
    resize(1040, 720);
}

ConsultationEditor::~ConsultationEditor() = default;

void ConsultationEditor::build()
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("consultationTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedStatus"));
    m_saved->setForegroundRole(QPalette::PlaceholderText);

    m_why = new QLineEdit(this);
    m_why->setObjectName(QStringLiteral("correctionWhy"));
    m_why->setPlaceholderText(tr("e.g. wrong weight typed; diagnosis specified after the lab results"));
    m_whyLabel = heading(tr("&Why is it corrected?"), m_why, this);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_examination = textBox("examination", this);
    m_vitals = new VitalsForm(this);
    m_conclusion = textBox("conclusion", this);
    m_diagnoses = textBox("diagnoses", this);
    m_diagnoses->setPlaceholderText(tr("One a line; the CIM-10 code in brackets if known, e.g.\nAcute tonsillitis (J03.9)"));
    m_diagnoses->setMaximumHeight(fontMetrics().lineSpacing() * 5 + 12);
    m_plan = textBox("plan", this);

    auto* vitalsBox = new QGroupBox(tr("Vitals"), this);
    auto* vitalsLayout = new QVBoxLayout(vitalsBox);
    vitalsLayout->addWidget(m_vitals);

    auto* left = new QVBoxLayout;
    left->addWidget(heading(tr("R&eason for visit"), m_reason, this));
    left->addWidget(m_reason);
    left->addWidget(heading(tr("E&xamination"), m_examination, this));
    left->addWidget(m_examination, 1);
    left->addWidget(vitalsBox);
    auto* right = new QVBoxLayout;
    right->addWidget(heading(tr("&Conclusion"), m_conclusion, this));
    right->addWidget(m_conclusion, 1);
    right->addWidget(heading(tr("Dia&gnoses"), m_diagnoses, this));
    right->addWidget(m_diagnoses);
    right->addWidget(heading(tr("&Plan"), m_plan, this));
    right->addWidget(m_plan, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("consultationError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    m_close = new QPushButton(tr("Close the consultation"), this);
    m_close->setObjectName(QStringLiteral("closeConsultation"));
    m_close->setToolTip(tr("Validate and freeze this consultation (Ctrl+Enter). It can still be corrected afterwards."));
    m_correct = new QPushButton(tr("Co&rrect…"), this);
    m_correct->setObjectName(QStringLiteral("correct"));
    m_versions = new QPushButton(tr("&Versions…"), this);
    m_versions->setObjectName(QStringLiteral("versions"));
    m_print = new QPushButton(tr("Print re&port…"), this);
    m_print->setObjectName(QStringLiteral("printReport"));
    m_leave = new QPushButton(tr("Close window"), this);
    m_leave->setObjectName(QStringLiteral("leave"));
    m_prescribe = new QPushButton(tr("Pre&scription…"), this);
    m_prescribe->setObjectName(QStringLiteral("prescribe"));
    m_prescribe->setToolTip(tr("Write a prescription or a certificate for this consultation (Alt+S)"));
    connect(m_prescribe, &QPushButton::clicked, this, &ConsultationEditor::prescribe);
    for (QPushButton* b : {m_close, m_correct, m_versions, m_print, m_leave, m_prescribe})
        b->setAutoDefault(false);
    connect(m_close, &QPushButton::clicked, this, &ConsultationEditor::closeConsultation);
    connect(m_correct, &QPushButton::clicked, this, &ConsultationEditor::startCorrection);
    connect(m_versions, &QPushButton::clicked, this, &ConsultationEditor::showRevisions);
    connect(m_print, &QPushButton::clicked, this, &ConsultationEditor::printReport);
    connect(m_leave, &QPushButton::clicked, this, &ConsultationEditor::reject);
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, &ConsultationEditor::closeConsultation);
    }

    // The keys, said once where the eye lands before closing.
    m_keys = new QLabel(this);
    m_keys->setObjectName(QStringLiteral("keysHint"));
    m_keys->setForegroundRole(QPalette::PlaceholderText);

    auto* print = new QShortcut(QKeySequence::Print, this);
    connect(print, &QShortcut::activated, this, [this] {
        if (m_print->isVisible())
            printReport();
    });
    m_print->setToolTip(tr("Print the consultation report (compte rendu) for the patient or a colleague (Ctrl+P)"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_prescribe);
    buttons->addWidget(m_print);
    buttons->addWidget(m_versions);
    buttons->addWidget(m_correct);
    buttons->addStretch();
    buttons->addWidget(m_keys);
    buttons->addWidget(m_leave);
    buttons->addWidget(m_close);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_saved, 0, Qt::AlignBottom);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_whyLabel);
    layout->addWidget(m_why);
    layout->addLayout(columns, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    // The keyboard path: the headings in reading order, the vitals between the examination and the conclusion.
    QList<QWidget*> order{m_why, m_reason, m_examination};
    for (int i = 0; i < VitalsForm::kCount; ++i)
        order << m_vitals->field(Vitals::Field(i));
    order << m_conclusion << m_diagnoses << m_plan << m_close << m_leave;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    connect(m_reason, &QLineEdit::textChanged, this, &ConsultationEditor::onEdited);
    for (QPlainTextEdit* e : {m_examination, m_conclusion, m_diagnoses, m_plan})
        connect(e, &QPlainTextEdit::textChanged, this, &ConsultationEditor::onEdited);
    connect(m_vitals, &VitalsForm::changed, this, &ConsultationEditor::onEdited);
}

void ConsultationEditor::load(const Consultation& c)
{
    m_c = c;
    m_loading = true;
    m_reason->setText(c.reason);
    m_examination->setPlainText(c.examination);
    m_vitals->setVitals(c.vitals);
    m_conclusion->setPlainText(c.conclusion);
    m_diagnoses->setPlainText(ConsultationText::diagnosesText(c.diagnoses));
    m_plan->setPlainText(c.plan);
    m_loading = false;
    const QString who = m_patient.displayName();
    m_title->setText(tr("%1 — consultation of %2").arg(who, ConsultationText::dateTime(c.startedUtc)));
}

void ConsultationEditor::setMode(Mode mode)
{
    m_mode = mode;
    const bool editable = mode != Mode::ReadOnly;
    m_reason->setReadOnly(!editable);
    for (QPlainTextEdit* e : {m_examination, m_conclusion, m_diagnoses, m_plan})
        e->setReadOnly(!editable);
    m_vitals->setReadOnly(!editable);
    m_whyLabel->setVisible(mode == Mode::Correcting);
    m_why->setVisible(mode == Mode::Correcting);
    m_close->setVisible(editable);
    m_close->setText(mode == Mode::Correcting ? tr("Save the correction") : tr("Close the consultation"));
    m_close->setToolTip(mode == Mode::Correcting ? tr("Store this as a new version (Ctrl+Enter); the earlier ones stay readable.")
                                                 : tr("Validate and freeze this consultation (Ctrl+Enter). It can still be corrected afterwards."));
    const bool closed = m_c.status == Consultation::Status::Final;
    const bool local = m_c.origin == Origin::Local;
    m_correct->setVisible(mode == Mode::ReadOnly && closed && local);
    m_versions->setVisible(closed && local);
    m_print->setVisible(closed);
    m_prescribe->setVisible(mode != Mode::Correcting);
    m_leave->setText(mode == Mode::Correcting ? tr("Cancel the correction") : tr("Close window"));
    if (mode == Mode::Draft)
        m_keys->setText(tr("Ctrl+Enter: close the consultation · Esc: leave (the draft is kept)"));
    else if (mode == Mode::Correcting)
        m_keys->setText(tr("Ctrl+Enter: save the correction · Esc: cancel it"));
    else
        m_keys->setText(tr("Ctrl+P: print the report · Esc: close"));
    // Read-only fields look read-only.
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w)) {
            w->style()->unpolish(w);
            w->style()->polish(w);
        }
    }

    QString state;
    if (mode == Mode::Draft)
        state = tr("Being typed");
    else if (!local)
        state = ConsultationText::importedNote({});
    else
        state = tr("Closed on %1 · version %2").arg(ConsultationText::dateTime(m_c.finalisedUtc)).arg(m_c.revision);
    m_saved->setText(state);
    setWindowTitle(mode == Mode::Draft ? tr("Consultation — %1").arg(m_patient.displayName())
                                       : tr("Consultation (read only) — %1").arg(m_patient.displayName()));
    if (mode == Mode::Correcting)
        m_why->setFocus();
    else if (mode == Mode::Draft)
        m_reason->setFocus();
    else
        m_leave->setFocus();
}

Consultation ConsultationEditor::current() const
{
    Consultation c = m_c;
    c.reason = m_reason->text().trimmed();
    c.examination = m_examination->toPlainText();
    c.vitals = m_vitals->vitals();
    c.conclusion = m_conclusion->toPlainText();
    c.diagnoses = ConsultationText::parseDiagnoses(m_diagnoses->toPlainText());
    c.plan = m_plan->toPlainText();
    return c;
}

bool ConsultationEditor::isEmpty() const
{
    const Consultation c = current();
    return c.reason.isEmpty() && c.examination.trimmed().isEmpty() && c.conclusion.trimmed().isEmpty()
        && c.plan.trimmed().isEmpty() && c.diagnoses.isEmpty() && c.vitals.isEmpty() && m_vitals->parseErrors().isEmpty();
}

QString ConsultationEditor::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void ConsultationEditor::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ConsultationEditor::showSaved()
{
    if (m_mode != Mode::Draft || !m_autosave)
        return;
    if (m_autosave->pending())
        m_saved->setText(tr("Typing not saved yet"));
    else if (m_autosave->lastSavedUtc().isValid())
        m_saved->setText(tr("Draft saved at %1").arg(m_autosave->lastSavedUtc().toLocalTime().time().toString(QStringLiteral("HH:mm:ss"))));
}

void ConsultationEditor::onEdited()
{
    if (m_loading || m_mode != Mode::Draft || !m_autosave)
        return;
    if (auto r = m_autosave->edited(current()); !r)
        showError(tr("The draft could not be saved: %1").arg(r.error().message));
    showSaved();
}

void ConsultationEditor::autosaveTick()
{
    if (m_mode != Mode::Draft || !m_autosave)
        return;
    if (auto r = m_autosave->tick(); !r)
        showError(tr("The draft could not be saved: %1").arg(r.error().message));
    showSaved();
}

void ConsultationEditor::flushDraft()
{
    if (m_mode != Mode::Draft || !m_autosave)
        return;
    if (auto r = m_autosave->flush(); !r)
        showError(tr("The draft could not be saved: %1").arg(r.error().message));
    showSaved();
}

void ConsultationEditor::closeConsultation()
{
    if (!m_store || m_mode == Mode::ReadOnly)
        return;
    if (const QStringList errors = m_vitals->parseErrors(); !errors.isEmpty()) {
        showError(errors.join(u'\n'));
        return;
    }
    if (m_mode == Mode::Draft) {
        flushDraft();
        if (auto r = m_store->finalise(m_c.id); !r) {
            showError(r.error().message);
            return;
        }
        showError({});
        const qint64 id = m_c.id;
        m_autosave.reset();  // nothing left to save: the draft is now version 1
        emit consultationChanged(id);
        accept();
        return;
    }
    if (auto r = m_store->correct(current(), m_why->text()); !r) {
        showError(r.error().message);
        return;
    }
    showError({});
    auto stored = m_store->get(m_c.id);
    if (!stored) {
        showError(stored.error().message);
        return;
    }
    m_why->clear();
    load(*stored);
    setMode(Mode::ReadOnly);
    emit consultationChanged(m_c.id);
}

void ConsultationEditor::startCorrection()
{
    if (m_mode != Mode::ReadOnly || m_c.status != Consultation::Status::Final || m_c.origin != Origin::Local)
        return;
    showError({});
    setMode(Mode::Correcting);
}

void ConsultationEditor::showRevisions()
{
    if (!m_store)
        return;
    auto list = m_store->revisions(m_c.id);
    if (!list) {
        showError(list.error().message);
        return;
    }
    auto* dialog = new RevisionDialog(*list, *m_vault, m_patient.displayName(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConsultationEditor::printReport()
{
    if (!m_vault || m_c.status != Consultation::Status::Final)
        return;
    PractitionerStore practitioners(*m_vault);
    auto all = practitioners.list();
    if (!all) {
        showError(all.error().message);
        return;
    }
    if (all->isEmpty()) {
        showError(tr("No practitioner is recorded in this vault, so the report has no author. Add one in the settings "
                     "(Settings, Practitioners), then print again."));
        return;
    }
    Practitioner doctor = all->first();
    if (auto mine = practitioners.forSlot(m_vault->slotId()); mine && *mine) {
        doctor = **mine;
    } else if (all->size() > 1) {
        QStringList names;
        for (const Practitioner& p : *all)
            names << p.displayName();
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Print the report"), tr("Report signed by:"), names, 0, false, &ok);
        if (!ok)
            return;
        doctor = all->at(std::max<qsizetype>(0, names.indexOf(chosen)));
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Consultation report"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the consultation report"));
    if (dialog.exec() != QDialog::Accepted || !PlainFilePrint::confirm(this, printer))
        return;
    const QDate date = m_clock.nowUtc().toLocalTime().date();
    if (auto r = ConsultationReport::paint(printer, m_c, doctor, m_patient, date); !r) {
        showError(r.error().message);
        return;
    }
    if (m_vault)
        PlainFilePrint::audit(*m_vault, printer, QStringLiteral("consultation"), m_c.id);
    showError({});
    m_saved->setText(tr("Report sent to the printer"));
}

void ConsultationEditor::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_mode == Mode::Draft && m_store
        && isEmpty()) {
        // An empty draft is no use to anyone; ask, since Esc is easy to hit by accident.
        const auto answer = QMessageBox::question(this, tr("Empty consultation"),
                                                  tr("Nothing has been typed in this consultation. Discard it?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
        m_autosave.reset();
        if (auto r = m_store->discardDraft(m_c.id); !r) {
            showError(r.error().message);
            return;
        }
        emit consultationChanged(m_c.id);
        done(Rejected);
        return;
    }
    if (event->key() == Qt::Key_Escape && m_mode == Mode::Correcting) {
        // Esc leaves the correction, not the window.
        if (auto stored = m_store->get(m_c.id))
            load(*stored);
        setMode(Mode::ReadOnly);
        return;
    }
    QDialog::keyPressEvent(event);
}

void ConsultationEditor::done(int result)
{
    // Whatever closes the window (a lock included, which rejects every dialog before the vault
    // is closed) first writes the typing to the vault.
    if (m_mode == Mode::Draft)
        flushDraft();
    if (m_tick)
        m_tick->stop();
    const bool wasDraft = m_mode == Mode::Draft && m_autosave;
    m_autosave.reset();
    m_store.reset();
    m_vault = nullptr;
    if (wasDraft)
        emit consultationChanged(m_c.id);  // the timeline shows it as unfinished
    QDialog::done(result);
}

void ConsultationEditor::prescribe()
{
    if (!m_vault || m_mode == Mode::Correcting)
        return;
    if (m_prescription) {
        m_prescription->raise();
        m_prescription->activateWindow();
        return;
    }
    flushDraft();  // the prescription refers to a consultation that is stored
    m_prescription = new PrescriptionEditor(*m_vault, m_clock, m_patient, m_c.id, this);
    m_prescription->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto weight = current().vitals.weightKg)
        m_prescription->setWeight(*weight);
    connect(m_prescription, &PrescriptionEditor::saved, this, &ConsultationEditor::prescriptionSaved);
    m_prescription->addLine();
    m_prescription->open();
    if (!m_prescription->lines().isEmpty())
        m_prescription->lines().first()->setFocus();
}

} // namespace relais::ui
