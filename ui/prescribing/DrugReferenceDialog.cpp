// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/DrugReferenceDialog.h"

#include "widgets/StatusLabel.h"

#include "drugs/DrugReference.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace relais::ui {

namespace {

const char* const kFiles[] = {"CIS_bdpm.txt", "CIS_CIP_bdpm.txt", "CIS_COMPO_bdpm.txt", "CIS_CPD_bdpm.txt"};

} // namespace

DrugReferenceDialog::DrugReferenceDialog(const QString& referencePath, QWidget* parent)
    : QDialog(parent), m_path(referencePath)
{
    setObjectName(QStringLiteral("drugReferenceDialog"));
    setWindowTitle(tr("Drug reference (BDPM)"));
    auto* explain = new QLabel(
        tr("While a prescription is written, Relais offers the medicines of the public drug database (BDPM), "
           "without the network. To bring it up to date, download the files CIS_bdpm.txt, CIS_CIP_bdpm.txt, "
           "CIS_COMPO_bdpm.txt and CIS_CPD_bdpm.txt from base-donnees-publique.medicaments.gouv.fr while the "
           "network works, put them in one folder and choose it here."),
        this);
    explain->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("referenceStatus"));
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("bdpmFolder"));
    m_folder->setPlaceholderText(tr("Folder holding the four BDPM files"));
    m_choose = new QPushButton(tr("Choose…"), this);
    m_choose->setObjectName(QStringLiteral("chooseFolder"));
    m_refresh = new QPushButton(tr("&Update the reference"), this);
    m_refresh->setObjectName(QStringLiteral("refreshReference"));
    m_refresh->setDefault(true);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setAutoDefault(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 0);  // the import gives no steps: busy
    m_progress->setVisible(false);
    m_result = new StatusLabel(StatusKind::Plain, this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_choose);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_close);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addSpacing(6);
    layout->addWidget(m_status);
    layout->addSpacing(6);
    layout->addLayout(folderRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder of the BDPM files"), m_folder->text());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    connect(m_folder, &QLineEdit::textChanged, this, [this] { updateEnabled(); });
    connect(m_refresh, &QPushButton::clicked, this, &DrugReferenceDialog::refresh);
    connect(m_close, &QPushButton::clicked, this, &DrugReferenceDialog::reject);
    showStatus();
    updateEnabled();
    fitHeight();
}

void DrugReferenceDialog::fitHeight()
{
    // Wrapped labels need the height their width gives them.
    const int w = std::max(width(), 640);
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(w) : sizeHint().height();
    resize(w, std::max(h, sizeHint().height()));
}

DrugReferenceDialog::~DrugReferenceDialog()
{
    if (m_worker)
        m_worker->wait();  // the reference is replaced atomically; let the rename happen or not
}

void DrugReferenceDialog::setFolder(const QString& dir)
{
    m_folder->setText(QDir::toNativeSeparators(dir));
}

QString DrugReferenceDialog::statusText() const { return m_status->text(); }
QString DrugReferenceDialog::resultText() const { return m_result->text(); }

void DrugReferenceDialog::showStatus()
{
    if (!QFileInfo::exists(m_path)) {
        m_status->setText(tr("No drug reference yet: prescription lines are typed in full."));
        return;
    }
    auto opened = DrugReference::open(m_path);
    if (!opened) {
        m_status->setText(tr("The drug reference cannot be used: %1").arg(opened.error().message));
        return;
    }
    m_status->setText(tr("%1: %n medicine(s), imported on %2.", nullptr, int((*opened)->medicineCount()))
                          .arg((*opened)->describe(),
                               (*opened)->importedUtc().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
}

void DrugReferenceDialog::updateEnabled()
{
    const bool busy = m_worker != nullptr;
    m_refresh->setEnabled(!busy && !m_folder->text().trimmed().isEmpty());
    m_choose->setEnabled(!busy);
    m_folder->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void DrugReferenceDialog::refresh()
{
    if (m_worker)
        return;
    const QString dir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    QStringList missing;
    for (const char* f : kFiles)
        if (!QFileInfo::exists(QDir(dir).filePath(QString::fromLatin1(f))))
            missing.append(QString::fromLatin1(f));
    if (!QFileInfo(dir).isDir() || !missing.isEmpty()) {
        m_result->setKind(StatusKind::Error);
        m_result->setText(!QFileInfo(dir).isDir() ? tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir))
                                                  : tr("Missing in %1: %2. Nothing was changed.")
                                                        .arg(QDir::toNativeSeparators(dir), missing.join(QStringLiteral(", "))));
        fitHeight();
        return;
    }
    auto outcome = std::make_shared<Result<BdpmImportReport>>(std::unexpected(Error{}));
    const QString path = m_path;
    m_worker = QThread::create([outcome, dir, path] { *outcome = DrugReference::refresh(dir, path); });
    m_worker->setObjectName(QStringLiteral("bdpm-refresh"));
    m_result->setKind(StatusKind::Plain);
    m_result->setText(tr("Reading the BDPM files…"));
    connect(m_worker, &QThread::finished, this, [this, outcome] {
        m_worker->deleteLater();
        m_worker = nullptr;
        updateEnabled();
        if (!*outcome) {
            m_result->setKind(StatusKind::Error);
            m_result->setText(tr("The reference was not changed: %1").arg(outcome->error().message));
            fitHeight();
            return;
        }
        const BdpmImportReport& r = **outcome;
        QString text = tr("Updated: %n medicine(s), %1 presentation(s) (files of %2).", nullptr, int(r.medicines))
                           .arg(QLocale().toString(r.presentations), r.sourceDate.toString(QStringLiteral("dd/MM/yyyy")));
        if (!r.problems.isEmpty()) {
            QStringList lines;
            for (qsizetype i = 0; i < r.problems.size() && i < 8; ++i)
                lines.append(formatBdpmProblem(r.problems.at(i)));
            if (r.problems.size() > 8)
                lines.append(tr("… and %1 more").arg(r.problems.size() - 8));
            text += u'\n' + tr("%n malformed row(s) left out:", nullptr, int(r.problems.size())) + u'\n' + lines.join(u'\n');
        }
        m_result->setText(text);
        showStatus();
        fitHeight();
        emit refreshed();
    });
    updateEnabled();
    m_worker->start();
}

void DrugReferenceDialog::reject()
{
    if (m_worker)
        return;  // a few seconds: the reference is being replaced
    QDialog::reject();
}

} // namespace relais::ui
