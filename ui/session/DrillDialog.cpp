// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DrillDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/SecretField.h"
#include "widgets/BusyGuard.h"
#include "common/PrivateFile.h"
#include "readiness/DrillReport.h"
#include "readiness/DrillStore.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString mark(DrillStepResult::Outcome o)
{
    switch (o) {
    case DrillStepResult::Outcome::Passed:
        return QStringLiteral("✔");
    case DrillStepResult::Outcome::Slow:
        return QStringLiteral("⏱");
    case DrillStepResult::Outcome::Failed:
        return QStringLiteral("✘");
    case DrillStepResult::Outcome::NotRun:
        break;
    }
    return QStringLiteral("·");
}

QString clockText(qint64 ms)
{
    const qint64 s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

DrillDialog::DrillDialog(Vault& vault, QString backupFolder, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_backupFolder(std::move(backupFolder))
{
    setObjectName(QStringLiteral("drillDialog"));
    setWindowTitle(tr("Outage drill"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A timed rehearsal of an outage, on a training vault filled with invented patients: the "
                                "practice's records are never touched. Each step is timed against its target; at the "
                                "end the report is kept in the vault."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* who = new QHBoxLayout;
    who->addWidget(new QLabel(tr("Taking part:"), this));
    for (const KeySlot& slot : vault.keySlots()) {
        if (slot.kind != SlotKind::Passphrase)
            continue;
        auto* box = new QCheckBox(slot.label, this);
        box->setObjectName(QStringLiteral("drillParticipant_%1").arg(m_participants.size()));
        box->setChecked(slot.id == vault.slotId());
        m_participants.append(box);
        who->addWidget(box);
    }
    who->addStretch(1);
    layout->addLayout(who);

    auto* body = new QHBoxLayout;
    auto* list = new QVBoxLayout;
    for (DrillStep s : DrillStepResult::all()) {
        auto* label = new QLabel(this);
        label->setObjectName(QStringLiteral("drillStep_%1").arg(DrillStepResult::stepCode(s)));
        m_stepLabels.append(label);
        list->addWidget(label);
    }
    list->addStretch(1);
    body->addLayout(list);
    auto* right = new QVBoxLayout;
    m_timer = new QLabel(this);
    m_timer->setObjectName(QStringLiteral("drillTimer"));
    m_timer->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold;"));
    right->addWidget(m_timer);
    m_pages = new QStackedWidget(this);
    for (DrillStep s : DrillStepResult::all())
        m_pages->addWidget(stepPage(s));
    auto* end = new QWidget(this);
    auto* endLayout = new QVBoxLayout(end);
    m_summary = new QLabel(end);
    m_summary->setObjectName(QStringLiteral("drillSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    endLayout->addWidget(m_summary);
    m_save = new QPushButton(tr("Save the report…"), end);
    m_save->setObjectName(QStringLiteral("drillSaveReport"));
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the drill report"),
                                                          QStringLiteral("exercice-de-panne.pdf"), tr("PDF (*.pdf)"));
        if (!path.isEmpty())
            saveReport(path);
    });
    auto* print = new QPushButton(tr("Print the report…"), end);
    print->setObjectName(QStringLiteral("drillPrintReport"));
    connect(print, &QPushButton::clicked, this, [this] {
        QPrinter printer(QPrinter::HighResolution);
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (auto r = DrillReport::paint(printer, m_run); !r)
            QMessageBox::warning(this, tr("Outage drill"), r.error().message);
    });
    auto* endButtons = new QHBoxLayout;
    endButtons->addWidget(m_save);
    endButtons->addWidget(print);
    endButtons->addStretch(1);
    endLayout->addLayout(endButtons);
    endLayout->addStretch(1);
    m_pages->addWidget(end);
    right->addWidget(m_pages, 1);
    m_message = new StatusLabel(StatusKind::Plain, this);
    m_message->setObjectName(QStringLiteral("drillMessage"));
    m_message->setWordWrap(true);
    right->addWidget(m_message);
    body->addLayout(right, 1);
    layout->addLayout(body, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* skip = buttons->addButton(tr("Skip this step"), QDialogButtonBox::ActionRole);
    skip->setObjectName(QStringLiteral("drillSkip"));
    m_skip = skip;
    connect(skip, &QPushButton::clicked, this, [this] {
        if (m_current >= DrillStepResult::all().size())
            return;
        const DrillStep step = DrillStepResult::all().at(m_current);
        m_drill->skip(step, dualText([] { return tr("Skipped during the drill"); }));
        afterStep(step);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    wipeWhenFinished(*this, {m_passphrase});

    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DrillDialog::tick);

    {
        BusyGuard busy;
        auto d = Drill::start(vault);
        if (d)
            m_drill = std::move(*d);
        else
            m_message->setText(d.error().message);
    }
    resize(900, 520);
    if (!m_drill) {
        m_pages->setEnabled(false);
        skip->setEnabled(false);
        return;
    }
    m_query->setPlaceholderText(m_drill->patientToFind());
    showStep(0);
    m_tick->start();
}

DrillDialog::~DrillDialog() = default;

QWidget* DrillDialog::stepPage(DrillStep step)
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(DrillStepResult::stepTitle(step).toHtmlEscaped()), page);
    form->addRow(title);
    auto* go = new QPushButton(page);
    go->setObjectName(QStringLiteral("drillDo_%1").arg(DrillStepResult::stepCode(step)));
    connect(go, &QPushButton::clicked, this, [this, step] { perform(step); });
    const auto explain = [&](const QString& text) {
        auto* l = new QLabel(text, page);
        l->setWordWrap(true);
        form->addRow(l);
    };
    switch (step) {
    case DrillStep::Unlock:
        explain(tr("Type your passphrase as at an unlock. It is checked against the vault's key header; it also "
                   "opens the backup at the restore step."));
        m_passphrase = new QLineEdit(page);
        m_passphrase->setObjectName(QStringLiteral("drillPassphrase"));
        m_passphrase->setEchoMode(QLineEdit::Password);
        connect(m_passphrase, &QLineEdit::returnPressed, go, &QPushButton::click);
        form->addRow(tr("Passphrase:"), m_passphrase);
        go->setText(tr("Unlock"));
        break;
    case DrillStep::FindPatient:
        explain(tr("Find this invented patient of the training vault (the name is shown in the field)."));
        m_query = new QLineEdit(page);
        m_query->setObjectName(QStringLiteral("drillQuery"));
        connect(m_query, &QLineEdit::returnPressed, go, &QPushButton::click);
        form->addRow(tr("Search:"), m_query);
        go->setText(tr("Find"));
        break;
    case DrillStep::Consultation:
        explain(tr("Record a short consultation for the patient found, as during an outage, and finalise it."));
        m_reason = new QLineEdit(page);
        m_reason->setObjectName(QStringLiteral("drillReason"));
        m_conclusion = new QLineEdit(page);
        m_conclusion->setObjectName(QStringLiteral("drillConclusion"));
        form->addRow(tr("Reason:"), m_reason);
        form->addRow(tr("Conclusion:"), m_conclusion);
        go->setText(tr("Finalise the consultation"));
        break;
    case DrillStep::Prescription: {
        explain(tr("Print a paracetamol prescription for this patient to a PDF, then open it to check it, or on "
                   "the practice's printer."));
        go->setText(tr("Print to PDF"));
        auto* paper = new QPushButton(tr("Print on paper…"), page);
        paper->setObjectName(QStringLiteral("drillPrintPaper"));
        connect(paper, &QPushButton::clicked, this, [this] {
            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog dialog(&printer, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            m_message->clear();
            DrillStepResult r;
            {
                BusyGuard busy;
                r = m_drill->printPrescription(&printer, printer.printerName());
            }
            stepDone(DrillStep::Prescription, r, false);
        });
        form->addRow(paper);
        break;
    }
    case DrillStep::Handover:
        explain(tr("Write the handover archive of the training vault (what would go back to the EHR), then open it "
                   "and check every file against its manifest."));
        go->setText(tr("Export and open"));
        break;
    case DrillStep::Restore: {
        explain(tr("Restore the newest backup into a temporary file and verify it. The practice's vault is not "
                   "touched."));
        m_folder = new QLineEdit(m_backupFolder, page);
        m_folder->setObjectName(QStringLiteral("drillBackupFolder"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_folder, 1);
        auto* choose = new QPushButton(tr("Choose…"), page);
        connect(choose, &QPushButton::clicked, this, [this] {
            const QString d = QFileDialog::getExistingDirectory(this, tr("Folder of the backups"), m_folder->text());
            if (!d.isEmpty())
                m_folder->setText(d);
        });
        row->addWidget(choose);
        form->addRow(tr("Backups:"), row);
        go->setText(tr("Restore and verify"));
        break;
    }
    case DrillStep::Readiness:
        explain(tr("Read the readiness check of the practice's vault as it is now; it goes into the report."));
        go->setText(tr("Check"));
        break;
    }
    form->addRow(go);
    return page;
}

void DrillDialog::showStep(int index)
{
    m_current = index;
    m_pages->setCurrentIndex(index);
    if (index < DrillStepResult::all().size()) {
        const DrillStep step = DrillStepResult::all().at(index);
        m_drill->begin(step);
        m_stepClock.start();
        if (QWidget* first = m_pages->currentWidget()->findChild<QLineEdit*>())
            first->setFocus();
    }
    refreshList();
    tick();
}

void DrillDialog::perform(DrillStep step)
{
    m_message->clear();
    DrillStepResult r;
    {
        BusyGuard busy;
        switch (step) {
        case DrillStep::Unlock:
            m_secret = takeSecret(*m_passphrase);
            r = m_drill->unlock(m_secret, SlotKind::Passphrase);
            break;
        case DrillStep::FindPatient:
            r = m_drill->findPatient(m_query->text().isEmpty() ? m_query->placeholderText() : m_query->text());
            break;
        case DrillStep::Consultation:
            r = m_drill->recordConsultation(m_reason->text(), m_conclusion->text());
            break;
        case DrillStep::Prescription:
            r = m_drill->printPrescription();
            break;
        case DrillStep::Handover:
            r = m_drill->exportAndOpen();
            break;
        case DrillStep::Restore:
            r = m_drill->restoreLatestBackup(m_folder->text(), m_secret, SlotKind::Passphrase);
            break;
        case DrillStep::Readiness:
            r = m_drill->checkReadiness();
            break;
        }
    }
    stepDone(step, r);
}

void DrillDialog::stepDone(DrillStep step, const DrillStepResult& r, bool openPdf)
{
    if (!r.ok()) {
        // Stays on the step: try again (the time keeps running) or skip it.
        m_message->setKind(StatusKind::Error);
        m_message->setText(tr("%1\nWhat to do: %2").arg(r.detail, r.action));
        refreshList();
        return;
    }
    if (step == DrillStep::Prescription && openPdf && m_openFiles)
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_drill->pdfPath()));
    afterStep(step);
}

void DrillDialog::afterStep(DrillStep step)
{
    const DrillStepResult& r = m_drill->result(step);
    m_message->setKind(StatusKind::Plain);
    m_message->setText(r.detail);
    if (int(step) + 1 < DrillStepResult::all().size())
        showStep(int(step) + 1);
    else
        finishDrill();
}

void DrillDialog::finishDrill()
{
    m_tick->stop();
    m_skip->hide();
    m_message->clear();
    m_current = DrillStepResult::all().size();
    m_pages->setCurrentIndex(m_current);
    refreshList();
    QStringList who;
    for (QCheckBox* box : std::as_const(m_participants))
        if (box->isChecked())
            who << box->text();
    m_run = m_drill->run(who);
    const DrillRun& run = m_run;
    QString text = (run.passed() ? tr("Drill passed: %1") : tr("Drill failed: %1")).arg(run.summary());
    const QStringList actions = DrillReport::actions(run, true);
    if (!actions.isEmpty())
        text += QLatin1Char('\n') + tr("Actions to take:") + QStringLiteral("\n• ") + actions.join(QStringLiteral("\n• "));
    BusyGuard busy;
    auto pdf = DrillReport::pdf(run);
    if (!pdf) {
        m_summary->setText(text + QLatin1Char('\n') + pdf.error().message);
        m_save->setEnabled(false);
        return;
    }
    m_pdf = *pdf;
    auto id = DrillStore(m_vault).keep(run, m_pdf);
    if (!id) {
        m_summary->setText(text + QLatin1Char('\n') + tr("The report could not be kept in the vault: %1").arg(id.error().message));
        return;
    }
    m_keptId = *id;
    m_summary->setText(text + QLatin1Char('\n') + tr("The report is kept in the vault (readiness check)."));
    m_timer->setText(run.passed() ? tr("Drill passed") : tr("Drill failed"));
    m_timer->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold; color: %1;")
                               .arg(statusColour(run.passed() ? StatusKind::Ok : StatusKind::Error).name()));
    emit reportKept(*id);
}

bool DrillDialog::saveReport(const QString& path)
{
    if (auto r = PrivateFile::write(path, m_pdf); !r) {
        QMessageBox::warning(this, tr("Outage drill"), r.error().message);
        return false;
    }
    return true;
}

void DrillDialog::refreshList()
{
    const QList<DrillStep> steps = DrillStepResult::all();
    for (int i = 0; i < steps.size(); ++i) {
        const DrillStepResult& r = m_drill->result(steps.at(i));
        QString text = QStringLiteral("%1  %2").arg(mark(r.outcome), DrillStepResult::stepTitle(steps.at(i)));
        if (r.outcome != DrillStepResult::Outcome::NotRun)
            text += QStringLiteral("  (%1 / %2)").arg(clockText(r.elapsedMs), clockText(qint64(r.targetSecs) * 1000));
        m_stepLabels.at(i)->setText(text);
        QString style = i == m_current ? QStringLiteral("font-weight: bold;") : QString();
        if (r.outcome == DrillStepResult::Outcome::Failed)
            style += QStringLiteral("color: %1;").arg(statusColour(StatusKind::Error).name());
        else if (r.outcome == DrillStepResult::Outcome::Slow)
            style += QStringLiteral("color: %1;").arg(statusColour(StatusKind::Warning).name());
        else if (r.outcome == DrillStepResult::Outcome::Passed)
            style += QStringLiteral("color: %1;").arg(statusColour(StatusKind::Ok).name());
        m_stepLabels.at(i)->setStyleSheet(style);
    }
}

void DrillDialog::tick()
{
    if (m_current >= DrillStepResult::all().size())
        return;
    const int target = DrillStepResult::defaultTargetSecs(DrillStepResult::all().at(m_current));
    const qint64 ms = m_stepClock.isValid() ? m_stepClock.elapsed() : 0;
    m_timer->setText(tr("%1 — target %2").arg(clockText(ms), clockText(qint64(target) * 1000)));
    m_timer->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold; color: %1;")
                               .arg(statusColour(ms > qint64(target) * 1000 ? StatusKind::Warning : StatusKind::Ok).name()));
}

} // namespace relais::ui
