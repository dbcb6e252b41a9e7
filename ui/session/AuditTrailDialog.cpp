// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/AuditTrailDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/BusyGuard.h"
#include "audit/AuditActions.h"
#include "common/Clock.h"
#include "print/AuditReport.h"
#include "records/PatientSearch.h"
#include "session/AuditTrailModel.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace relais::ui {

AuditTrailDialog::AuditTrailDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("auditTrailDialog"));
    setWindowTitle(tr("Audit trail"));
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    // Opening the journal is itself recorded.
    (void)m_vault.audit().append(QString::fromLatin1(AuditAction::TrailView));
    m_model = new AuditTrailModel(vault, this);

    const QDate today = vault.clock().nowUtc().toLocalTime().date();
    m_useFrom = new QCheckBox(tr("&From"), this);
    m_useFrom->setObjectName(QStringLiteral("useFrom"));
    m_from = new QDateEdit(today.addDays(-30), this);
    m_from->setObjectName(QStringLiteral("from"));
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(tr("&to"), this);
    m_useTo->setObjectName(QStringLiteral("useTo"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("to"));
    m_to->setCalendarPopup(true);
    auto* period = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_useFrom, m_from, m_useTo, m_to})
        period->addWidget(w);
    period->addStretch();

    m_slot = new QComboBox(this);
    m_slot->setObjectName(QStringLiteral("practitioner"));
    m_slot->addItem(tr("Everyone"), QString());
    const auto& labels = m_model->table().slotLabels();
    QStringList ids = labels.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString& a, const QString& b) { return labels.value(a) < labels.value(b); });
    for (const QString& id : std::as_const(ids))
        m_slot->addItem(labels.value(id), id);

    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("action"));
    m_action->addItem(tr("Every action"), QString());
    for (const AuditActions::Known& k : AuditActions::all())
        m_action->addItem(k.words, k.id);

    m_patientQuery = new QLineEdit(this);
    m_patientQuery->setObjectName(QStringLiteral("patientQuery"));
    m_patientQuery->setPlaceholderText(tr("Name or date of birth, then Enter"));
    m_patient = new QComboBox(this);
    m_patient->setObjectName(QStringLiteral("patient"));
    m_patient->addItem(tr("Every patient"), 0);
    m_patient->setMinimumContentsLength(28);
    connect(m_patientQuery, &QLineEdit::returnPressed, this, [this] { findPatients(m_patientQuery->text()); });
    auto* patientRow = new QHBoxLayout;
    patientRow->addWidget(m_patientQuery, 1);
    patientRow->addWidget(m_patient, 1);

    auto* form = new QFormLayout;
    form->addRow(tr("Period:"), period);
    form->addRow(tr("P&ractitioner:"), m_slot);
    form->addRow(tr("&Action:"), m_action);
    auto* patientLabel = new QLabel(tr("&Patient:"), this);
    patientLabel->setBuddy(m_patientQuery);
    form->addRow(patientLabel, patientRow);

    for (QCheckBox* c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &AuditTrailDialog::applyFilter);
    for (QDateEdit* d : {m_from, m_to})
        connect(d, &QDateEdit::dateChanged, this, &AuditTrailDialog::applyFilter);
    for (QComboBox* c : {m_slot, m_action, m_patient})
        connect(c, &QComboBox::currentIndexChanged, this, &AuditTrailDialog::applyFilter);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("entries"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);

    m_check = new StatusLabel(StatusKind::Plain, this);
    m_check->setObjectName(QStringLiteral("chainCheck"));
    m_check->setWordWrap(true);
    m_message = new StatusLabel(StatusKind::Plain, this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* verify = new QPushButton(tr("&Check the chain"), this);
    verify->setObjectName(QStringLiteral("verify"));
    verify->setAutoDefault(false);
    connect(verify, &QPushButton::clicked, this, &AuditTrailDialog::verifyChain);
    auto* pdf = new QPushButton(tr("E&xport as PDF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    pdf->setAutoDefault(false);
    connect(pdf, &QPushButton::clicked, this, &AuditTrailDialog::exportPdf);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(verify, QDialogButtonBox::ActionRole);
    buttons->addButton(pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &AuditTrailDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_check);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(980, 640);
    applyFilter();
    m_view->resizeColumnsToContents();
}

AuditFilter AuditTrailDialog::currentFilter() const
{
    AuditFilter f;
    if (m_useFrom->isChecked())
        f.fromUtc = m_from->date().startOfDay().toUTC();
    if (m_useTo->isChecked())
        f.toUtc = m_to->date().addDays(1).startOfDay().toUTC();
    f.slot = m_slot->currentData().toString();
    f.action = m_action->currentData().toString();
    if (const qint64 patient = m_patient->currentData().toLongLong(); patient > 0) {
        f.objectType = QStringLiteral("patient");
        f.objectId = QString::number(patient);
    }
    return f;
}

int AuditTrailDialog::findPatients(const QString& query)
{
    const QSignalBlocker block(m_patient);
    m_patient->clear();
    m_patient->addItem(tr("Every patient"), 0);
    int found = 0;
    if (!query.trimmed().isEmpty()) {
        const BusyGuard busy;
        PatientSearch search(m_vault);
        auto hits = search.search(query, 20);
        if (hits) {
            for (const PatientHit& h : std::as_const(hits->hits))
                m_patient->addItem(QStringLiteral("%1 (%2)").arg(h.displayName(),
                                                                 QLocale().toString(h.birthDate, QLocale::ShortFormat)),
                                   h.id);
            found = int(hits->hits.size());
        }
        if (found > 0)
            m_patient->setCurrentIndex(1);
    }
    applyFilter();
    return found;
}

void AuditTrailDialog::applyFilter()
{
    const QString error = m_model->setFilter(currentFilter());
    m_message->setKind(StatusKind::Error);
    m_message->setText(error);
    m_message->setVisible(!error.isEmpty());
}

void AuditTrailDialog::verifyChain()
{
    AuditVerification v = [&] {
        const BusyGuard busy;
        return m_vault.audit().verify();
    }();
    QString text = v.message;
    if (!m_vault.auditRollbackWarning().isEmpty())
        text += QLatin1Char(' ') + m_vault.auditRollbackWarning();
    const bool good = v.ok && m_vault.auditRollbackWarning().isEmpty();
    m_check->setKind(good ? StatusKind::Ok : StatusKind::Error);
    m_check->setText(text);
    // The broken entry, when the page on screen holds it.
    if (!v.ok && v.firstBrokenSeq > 0)
        for (int row = 0; row < m_model->rowCount(); ++row)
            if (m_model->entry(row).seq == v.firstBrokenSeq) {
                m_view->selectRow(row);
                m_view->scrollTo(m_model->index(row, 0));
                break;
            }
}

QString AuditTrailDialog::exportTo(const QString& path)
{
    const AuditFilter f = currentFilter();
    if (AuditReport::namesPatients(f)
        && !m_confirm(tr("This report will name the patient: the PDF file will hold personal health data in clear. "
                         "Write it?")))
        return tr("Nothing was written.");
    Result<int> written = [&] {
        const BusyGuard busy;
        return AuditReport::write(m_vault, f, path);
    }();
    if (!written) {
        m_message->setKind(StatusKind::Error);
        m_message->setText(written.error().message);
        m_message->show();
        return written.error().message;
    }
    m_message->setKind(StatusKind::Plain);
    m_message->setText(tr("Report written: %1 (%n entries)", nullptr, *written).arg(QDir::toNativeSeparators(path)));
    m_message->show();
    return {};
}

void AuditTrailDialog::exportPdf()
{
    const QString name = tr("audit-trail-%1.pdf").arg(m_vault.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the audit report"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace relais::ui
