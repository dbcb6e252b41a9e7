// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncPanel.h"

#include "widgets/StatusLabel.h"

#include "sync/HandoverExportDialog.h"
#include "sync/PurgeDialog.h"
#include "sync/SyncServerDialog.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "records/PatientStore.h"
#include "sync/FhirClient.h"
#include "sync/SyncSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

namespace {

QString when(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace

SyncPanel::SyncPanel(Vault& vault, const Clock& clock, KdfParams exportKdf, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_clock(clock), m_kdf(exportKdf)
{
    setObjectName(QStringLiteral("syncPanel"));
    setWindowTitle(tr("Synchronisation"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummary"));
    m_summary->setWordWrap(true);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_summary->setFont(big);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("syncTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Patient"), tr("Type"), tr("State"), tr("Error"), tr("Next retry"), QString()});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Error, QHeaderView::Stretch);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->hide();
    m_result = new StatusLabel(StatusKind::Plain, this);
    m_result->setObjectName(QStringLiteral("syncResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto button = [this](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_send = button(tr("Send now"), "sendNow", tr("Send everything waiting to the practice software's server"));
    m_send->setDefault(true);
    m_retry = button(tr("Retry"), "retry", tr("Send the failed items again without waiting"));
    m_exportButton = button(tr("Export handover…"), "exportHandover",
                            tr("Write an encrypted file to hand over by USB stick, for a practice software "
                               "without a FHIR server"));
    m_serverButton = button(tr("Server settings…"), "serverSettings", tr("The practice software's address and access token"));
    m_purgeButton = button(tr("Purge…"), "purge", tr("Remove from this computer what was received long ago"));
    m_close = button(tr("Close"), "close", QString());
    connect(m_send, &QPushButton::clicked, this, &SyncPanel::sendNow);
    connect(m_retry, &QPushButton::clicked, this, &SyncPanel::retryFailed);
    connect(m_exportButton, &QPushButton::clicked, this, &SyncPanel::exportHandover);
    connect(m_serverButton, &QPushButton::clicked, this, &SyncPanel::editServer);
    connect(m_purgeButton, &QPushButton::clicked, this, &SyncPanel::openPurge);
    connect(m_close, &QPushButton::clicked, this, &SyncPanel::reject);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_send);
    actions->addWidget(m_retry);
    actions->addWidget(m_exportButton);
    actions->addStretch();
    actions->addWidget(m_serverButton);
    actions->addWidget(m_purgeButton);
    actions->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addLayout(actions);
    resize(1080, 560);

    reload();
    if (auto r = m_vault.audit().append(QStringLiteral("sync.view"), QStringLiteral("outbox"), QString(),
                                        QStringLiteral("entries=%1").arg(m_entries.size()));
        !r)
        qCWarning(lcUi) << "opening of the synchronisation panel not audited";
}

QString SyncPanel::stateName(OutboxEntry::State s)
{
    switch (s) {
    case OutboxEntry::State::Pending:
        return tr("Waiting");
    case OutboxEntry::State::Sending:
        return tr("Being sent");
    case OutboxEntry::State::Sent:
        return tr("Sent");
    case OutboxEntry::State::Acknowledged:
        return tr("Received by the practice software");
    case OutboxEntry::State::Failed:
        return tr("Failed");
    case OutboxEntry::State::Conflict:
        return tr("Conflict");
    }
    return {};
}

QString SyncPanel::kindName(OutboxEntry::Kind k)
{
    switch (k) {
    case OutboxEntry::Kind::Patient:
        return tr("Patient");
    case OutboxEntry::Kind::Consultation:
        return tr("Consultation");
    case OutboxEntry::Kind::Prescription:
        return tr("Prescription");
    }
    return {};
}

std::optional<OutboxEntry> SyncPanel::entry(qint64 outboxEntryId) const
{
    for (const OutboxEntry& e : m_entries)
        if (e.id == outboxEntryId)
            return e;
    return std::nullopt;
}

SyncServerDialog* SyncPanel::serverDialog() const { return m_server; }
HandoverExportDialog* SyncPanel::exportDialog() const { return m_export; }
PurgeDialog* SyncPanel::purgeDialog() const { return m_purge; }

QString SyncPanel::summaryText() const { return m_summary->text(); }

QString SyncPanel::resultText() const { return m_result->isVisible() ? m_result->text() : QString(); }

QString SyncPanel::patientName(qint64 patientId)
{
    if (auto it = m_names.constFind(patientId); it != m_names.cend())
        return *it;
    auto p = PatientStore(m_vault).get(patientId);
    const QString name = p ? p->displayName() : tr("patient no. %1").arg(patientId);
    m_names.insert(patientId, name);
    return name;
}

void SyncPanel::reload()
{
    auto list = Outbox(m_vault, m_clock).entries();
    if (!list) {
        showResult(list.error().message, true);
        m_entries.clear();
    } else {
        m_entries = *list;
    }
    m_table->setRowCount(0);  // the rows' buttons go too
    m_table->setRowCount(int(m_entries.size()));
    const QDateTime now = m_clock.nowUtc();
    for (int row = 0; row < m_entries.size(); ++row) {
        const OutboxEntry& e = m_entries.at(row);
        QString retry;
        if (e.state == OutboxEntry::State::Failed)
            retry = !e.nextRetryUtc.isValid() ? tr("after Retry")
                : e.nextRetryUtc <= now       ? tr("at the next send")
                                              : when(e.nextRetryUtc);
        const QStringList cells{when(e.updatedUtc), patientName(e.patientId), kindName(e.kind), stateName(e.state),
                                e.lastError, retry};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, e.id);
            if (col == Error)
                item->setToolTip(e.lastError);
            if (e.state == OutboxEntry::State::Failed)
                item->setBackground(QColor(0xfd, 0xe2, 0xe1));
            else if (e.state == OutboxEntry::State::Conflict)
                item->setBackground(QColor(0xff, 0xe9, 0xb3));
            else if (e.state == OutboxEntry::State::Acknowledged)
                item->setForeground(QColor(0x5f, 0x6b, 0x6d));
            if (col == State && (e.state == OutboxEntry::State::Failed || e.state == OutboxEntry::State::Conflict)) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            m_table->setItem(row, col, item);
        }
        if (e.state == OutboxEntry::State::Conflict) {
            auto* compare = new QPushButton(tr("Compare versions…"), m_table);
            compare->setObjectName(QStringLiteral("compare-%1").arg(e.id));
            compare->setAutoDefault(false);
            connect(compare, &QPushButton::clicked, this, [this, id = e.id] { emit compareRequested(id); });
            m_table->setCellWidget(row, Action, compare);
        }
    }
    updateSummary();
}

void SyncPanel::updateSummary()
{
    int waiting = 0, failed = 0, conflicts = 0;
    for (const OutboxEntry& e : std::as_const(m_entries)) {
        waiting += e.state != OutboxEntry::State::Acknowledged;
        failed += e.state == OutboxEntry::State::Failed;
        conflicts += e.state == OutboxEntry::State::Conflict;
    }
    const auto settings = SyncSettings::load(m_vault);
    const bool configured = settings && settings->isConfigured();
    QStringList lines;
    if (m_entries.isEmpty()) {
        lines << tr("Nothing recorded in Relais needs to be handed back.");
    } else if (waiting == 0) {
        lines << tr("Everything was received by the practice software. Once it has been checked there, you may "
                    "purge the outage records from this computer (Purge…).");
    } else {
        lines << tr("%n item(s) wait to be handed back. Send them to the practice software or export a handover "
                    "folder.",
                    nullptr, waiting);
        if (failed > 0)
            lines << tr("%n item(s) failed: read the error; once the cause is fixed, click Retry.", nullptr, failed);
        if (conflicts > 0)
            lines << tr("%n item(s) in conflict: the practice software changed them meanwhile. Compare the versions.",
                        nullptr, conflicts);
        if (!configured)
            lines << tr("No server is set up yet: enter its address in Server settings…, or export a handover folder.");
    }
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_send->setEnabled(!m_busy && waiting > 0);
    m_retry->setEnabled(!m_busy && failed > 0);
    m_exportButton->setEnabled(!m_busy && !m_entries.isEmpty());
    m_purgeButton->setEnabled(!m_busy && waiting < m_entries.size());
    m_serverButton->setEnabled(!m_busy);
    m_close->setEnabled(!m_busy);
}

void SyncPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateSummary();
    emit busyChanged(busy);
}

void SyncPanel::showResult(const QString& text, bool error)
{
    m_result->setKind(error ? StatusKind::Error : StatusKind::Plain);
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void SyncPanel::sendNow()
{
    if (m_busy)
        return;
    auto settings = SyncSettings::load(m_vault);
    if (!settings)
        return showResult(settings.error().message, true);
    if (!settings->isConfigured()) {
        showResult(tr("Enter the practice software's server first; the items are sent once it is saved."), false);
        editServer();
        connect(m_server, &QDialog::accepted, this, &SyncPanel::sendNow, Qt::QueuedConnection);
        return;
    }
    showResult({}, false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Connecting…"));
    m_progress->show();
    setBusy(true);
    FhirClient client(m_vault, FhirClient::Config{settings->baseUrl, settings->caFile});
    auto report = client.syncDue([this](int done, int total) {
        m_progress->setRange(0, std::max(total, 1));
        m_progress->setValue(done);
        m_progress->setFormat(done < total ? tr("Patient %1 of %2…").arg(done + 1).arg(total) : tr("Done"));
        QCoreApplication::processEvents();  // the bar moves; the window repaints between patients
    });
    m_progress->hide();
    setBusy(false);
    reload();
    emit outboxChanged();
    if (!report)
        return showResult(tr("Sending stopped: %1").arg(report.error().message), true);
    QString text = report->patients == 0
        ? tr("Nothing to send now (failed items wait for their retry time, or for Retry).")
        : QString(tr("%n patient(s) sent: ", nullptr, report->patients)
                  + tr("%1 received, %2 failed, %3 in conflict.").arg(report->acknowledged).arg(report->failed).arg(report->conflicts));
    if (!report->errors.isEmpty())
        text += QLatin1Char('\n') + tr("The server said:") + QLatin1Char('\n') + report->errors.join(QLatin1Char('\n'));
    showResult(text, report->failed + report->conflicts > 0);
}

void SyncPanel::retryFailed()
{
    if (m_busy)
        return;
    if (auto r = Outbox(m_vault, m_clock).retryNow(); !r)
        return showResult(r.error().message, true);
    reload();
    emit outboxChanged();
    auto settings = SyncSettings::load(m_vault);
    if (settings && settings->isConfigured())
        return sendNow();
    showResult(tr("The failed items will go with the next \"Send now\" (no server is set up yet)."), false);
}

void SyncPanel::exportHandover()
{
    if (m_busy)
        return;
    delete m_export.data();
    m_export = new HandoverExportDialog(m_vault, m_kdf, this);
    m_export->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_export, &HandoverExportDialog::busyChanged, this, &SyncPanel::busyChanged);
    connect(m_export, &HandoverExportDialog::exported, this, [this](const QString& path) {
        showResult(tr("Handover file written: %1").arg(path), false);
    });
    m_export->open();
}

void SyncPanel::editServer()
{
    if (m_busy)
        return;
    delete m_server.data();
    m_server = new SyncServerDialog(m_vault, this);
    m_server->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_server, &QDialog::accepted, this, &SyncPanel::updateSummary);
    m_server->open();
}

void SyncPanel::openPurge()
{
    if (m_busy)
        return;
    delete m_purge.data();
    m_purge = new PurgeDialog(m_vault, this);
    m_purge->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_purge, &PurgeDialog::purged, this, [this] {
        reload();
        emit outboxChanged();
    });
    m_purge->open();
}

void SyncPanel::reject()
{
    if (m_busy)
        return;  // sending or exporting: the panel stays until it is done
    QDialog::reject();
}

} // namespace relais::ui
