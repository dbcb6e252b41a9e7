// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ImportWizard.h"

#include "widgets/StatusLabel.h"

#include "interop/ImportSummaryView.h"
#include "interop/SnapshotImporter.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace relais::ui {

ImportWizard::ImportWizard(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import an export of the practice software"));

    // Step 1: what to import.
    auto* choose = new QWidget(this);
    auto* intro = new QLabel(tr("Choose the files exported by the practice software, or the folder that holds them: "
                                "a FHIR Bundle (.json), a Bulk Data set (.ndjson files with their manifest) or the "
                                "patient and appointment lists (.csv). Records changed in Relais are never "
                                "overwritten; the import is all or nothing."),
                             choose);
    intro->setWordWrap(true);
    m_files = new QListWidget(choose);
    m_files->setObjectName(QStringLiteral("importFiles"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_files, &QListWidget::itemSelectionChanged, this, &ImportWizard::updateButtons);
    auto* addFiles = new QPushButton(tr("Add &files…"), choose);
    addFiles->setObjectName(QStringLiteral("addFiles"));
    connect(addFiles, &QPushButton::clicked, this, &ImportWizard::addFiles);
    auto* addFolder = new QPushButton(tr("Add a f&older…"), choose);
    addFolder->setObjectName(QStringLiteral("addFolder"));
    connect(addFolder, &QPushButton::clicked, this, &ImportWizard::addFolder);
    m_remove = new QPushButton(tr("&Remove"), choose);
    m_remove->setObjectName(QStringLiteral("removeFiles"));
    connect(m_remove, &QPushButton::clicked, this, [this] {
        qDeleteAll(m_files->selectedItems());
        updateButtons();
    });
    auto* fileButtons = new QVBoxLayout;
    fileButtons->addWidget(addFiles);
    fileButtons->addWidget(addFolder);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch(1);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files, 1);
    fileRow->addLayout(fileButtons);
    m_dryRun = new QCheckBox(tr("&Check only (nothing is changed)"), choose);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setToolTip(tr("Reads everything and tells what the import would do, without changing the vault."));
    m_partial = new QCheckBox(tr("&Partial export (patients missing from it are not marked absent)"), choose);
    m_partial->setObjectName(QStringLiteral("partial"));
    auto* chooseLayout = new QVBoxLayout(choose);
    chooseLayout->setContentsMargins(0, 0, 0, 0);
    chooseLayout->addWidget(intro);
    chooseLayout->addLayout(fileRow, 1);
    chooseLayout->addWidget(m_dryRun);
    chooseLayout->addWidget(m_partial);

    // Step 2: progress.
    auto* busy = new QWidget(this);
    m_progress = new QLabel(busy);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setWordWrap(true);
    m_bar = new QProgressBar(busy);
    m_bar->setRange(0, 0);  // the total is not known before reading
    auto* busyLayout = new QVBoxLayout(busy);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addStretch(1);
    busyLayout->addWidget(m_progress);
    busyLayout->addWidget(m_bar);
    busyLayout->addStretch(1);

    // Step 3: what was done, or why nothing was.
    auto* done = new QWidget(this);
    m_heading = new QLabel(done);
    m_heading->setObjectName(QStringLiteral("importHeading"));
    QFont big = m_heading->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_heading->setFont(big);
    m_result = new StatusLabel(StatusKind::Plain, done);
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary = new ImportSummaryView(done);
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->setContentsMargins(0, 0, 0, 0);
    doneLayout->addWidget(m_heading);
    doneLayout->addWidget(m_result);
    doneLayout->addWidget(m_summary, 1);
    doneLayout->addStretch(0);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(choose);
    m_pages->addWidget(busy);
    m_pages->addWidget(done);

    m_back = new QPushButton(tr("&Back"), this);
    m_back->setObjectName(QStringLiteral("back"));
    connect(m_back, &QPushButton::clicked, this, [this] {
        m_step = Step::Choose;
        m_pages->setCurrentIndex(0);
        updateButtons();
    });
    m_start = new QPushButton(tr("&Import"), this);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_start->setDefault(true);
    connect(m_start, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(m_dryRun, &QCheckBox::toggled, this, &ImportWizard::updateButtons);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportWizard::reject);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeImport"));
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    resize(720, 420);
    updateButtons();
}

void ImportWizard::setPaths(const QStringList& paths)
{
    m_files->clear();
    for (const QString& p : paths)
        m_files->addItem(QDir::toNativeSeparators(p));
    updateButtons();
}

QStringList ImportWizard::paths() const
{
    QStringList out;
    for (int i = 0; i < m_files->count(); ++i)
        out << QDir::fromNativeSeparators(m_files->item(i)->text());
    return out;
}

void ImportWizard::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Files exported by the practice software"), QDir::homePath(),
        tr("Exports (*.json *.ndjson *.csv);;All files (*)"));
    QStringList all = paths();
    for (const QString& f : files)
        if (!all.contains(f))
            all << f;
    setPaths(all);
}

void ImportWizard::addFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder exported by the practice software"),
                                                          QDir::homePath());
    if (dir.isEmpty())
        return;
    QStringList all = paths();
    if (!all.contains(dir))
        all << dir;
    setPaths(all);
}

void ImportWizard::updateButtons()
{
    const bool choosing = m_step == Step::Choose;
    const bool importing = m_step == Step::Importing;
    m_remove->setEnabled(!m_files->selectedItems().isEmpty());
    m_start->setVisible(choosing);
    m_start->setEnabled(m_files->count() > 0);
    m_start->setText(m_dryRun->isChecked() ? tr("&Check") : tr("&Import"));
    m_back->setVisible(m_step == Step::Done || m_step == Step::Failed);
    m_cancel->setVisible(choosing || importing);
    m_cancel->setEnabled(!importing || !m_cancelRequested);
    m_close->setVisible(!choosing && !importing);
    if (m_close->isVisible())
        m_close->setDefault(true);
}

void ImportWizard::reject()
{
    if (m_step == Step::Importing) {
        m_cancelRequested = true;  // the next progress call returns false: everything rolls back
        m_progress->setText(tr("Cancelling…"));
        updateButtons();
        return;
    }
    QDialog::reject();
}

void ImportWizard::startImport()
{
    if (m_step != Step::Choose || m_files->count() == 0)
        return;
    auto sources = SnapshotImporter::sourcesFromPaths(paths());
    if (!sources) {
        showResult(Step::Failed, sources.error().message);
        return;
    }
    SnapshotImporter::Options options;
    options.dryRun = m_dryRun->isChecked();
    options.fullSnapshot = !m_partial->isChecked();
    const QLocale locale;
    options.progress = [&](qint64 done) {
        m_progress->setText(tr("%1 records read…").arg(locale.toString(done)));
        emit progressed(done);
        QCoreApplication::processEvents();  // the vault is single-threaded: import here, keep painting
        return !m_cancelRequested;
    };

    m_step = Step::Importing;
    m_cancelRequested = false;
    m_progress->setText(options.dryRun ? tr("Checking the export…") : tr("Importing the export…"));
    m_pages->setCurrentIndex(1);
    updateButtons();
    emit busyChanged(true);
    QCoreApplication::processEvents();
    auto summary = SnapshotImporter(m_vault).run(*sources, options);
    emit busyChanged(false);

    if (m_cancelRequested) {
        showResult(Step::Failed, tr("Import cancelled: nothing was changed."));
        return;
    }
    if (!summary) {
        showResult(Step::Failed, summary.error().message);
        return;
    }
    m_summary->setSummaries({*summary});
    showResult(Step::Done, summary->dryRun ? tr("Check only: nothing was changed. The import would give:")
                                           : tr("Imported. Records changed in Relais during the outage were kept "
                                                "as they are."));
    if (!summary->dryRun)
        emit imported();
}

void ImportWizard::showResult(Step step, const QString& message)
{
    m_step = step;
    // A cancel is what the GP asked for; anything else that failed is shown as an error.
    m_result->setKind(step == Step::Failed && !m_cancelRequested ? StatusKind::Error : StatusKind::Plain);
    m_result->setText(message);
    if (step == Step::Done)
        m_heading->setText(m_dryRun->isChecked() ? tr("Check complete") : tr("Import complete"));
    else if (m_cancelRequested)
        m_heading->setText(tr("Import cancelled"));
    else
        m_heading->setText(tr("Nothing was imported"));
    if (step == Step::Failed && !m_cancelRequested)
        m_result->setText(message + QStringLiteral("\n\n")
                          + tr("Correct the file or export it again from the practice software, then choose Back to "
                               "try again."));
    if (step == Step::Failed)
        m_summary->clear();
    m_summary->setVisible(step == Step::Done);
    m_pages->setCurrentIndex(2);
    updateButtons();
}

} // namespace relais::ui
