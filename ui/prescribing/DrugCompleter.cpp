// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/DrugCompleter.h"

#include "vault/Vault.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QLineEdit>
#include <QStandardItemModel>

namespace relais::ui {

namespace {

constexpr int kRowRole = Qt::UserRole + 1;

struct Shared
{
    QString vaultPath;
    QString openedPath;
    QDateTime openedModified;
    std::shared_ptr<DrugReference> reference;
    QString error;
};

Shared& state()
{
    static Shared s;
    return s;
}

QString vaultFromArguments()
{
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--vault") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--vault=")))
            return args.at(i).mid(8);
    }
    return Vault::defaultPath();
}

} // namespace

void DrugCompleter::setVaultPath(const QString& vaultPath)
{
    state().vaultPath = vaultPath;
}

std::shared_ptr<DrugReference> DrugCompleter::shared(QString* error)
{
    Shared& s = state();
    const QString path = DrugReference::pathBeside(s.vaultPath.isEmpty() ? vaultFromArguments() : s.vaultPath);
    const QFileInfo info(path);
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    if (path != s.openedPath || modified != s.openedModified) {
        s.openedPath = path;
        s.openedModified = modified;
        s.reference.reset();
        s.error.clear();
        if (info.exists()) {
            auto opened = DrugReference::open(path);
            if (opened)
                s.reference = std::shared_ptr<DrugReference>(std::move(*opened));
            else
                s.error = opened.error().message;
        }
    }
    if (error)
        *error = s.error;
    return s.reference;
}

QString DrugCompleter::referencePath()
{
    Shared& s = state();
    return DrugReference::pathBeside(s.vaultPath.isEmpty() ? vaultFromArguments() : s.vaultPath);
}

DrugCompleter::DrugCompleter(std::shared_ptr<DrugReference> reference, QLineEdit* edit)
    : QCompleter(edit), m_reference(std::move(reference)), m_edit(edit), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("drugCompleter"));
    setModel(m_model);
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setMaxVisibleItems(12);
    setWidget(edit);
    popup()->setObjectName(QStringLiteral("drugPopup"));
    connect(edit, &QLineEdit::textEdited, this, &DrugCompleter::lookUp);
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this, [this](const QModelIndex& index) {
        const int row = index.data(kRowRole).toInt();
        if (row >= 0 && row < m_hits.size())
            emit chosen(m_hits.at(row));
    });
}

void DrugCompleter::lookUp(const QString& text)
{
    m_model->clear();
    m_hits.clear();
    const QString query = text.trimmed();
    if (!m_reference || query.size() < 2) {
        popup()->hide();
        return;
    }
    auto hits = m_reference->search(query, 20);
    if (!hits || hits->isEmpty()) {
        popup()->hide();
        return;
    }
    m_hits = *hits;
    for (qsizetype i = 0; i < m_hits.size(); ++i) {
        const DrugHit& h = m_hits.at(i);
        auto* item = new QStandardItem(h.display());
        item->setData(int(i), kRowRole);
        item->setToolTip(h.name);
        if (!h.available)
            item->setForeground(QColor(0x80, 0x80, 0x80));
        m_model->appendRow(item);
    }
    setCompletionPrefix(QString());
    complete();
}

} // namespace relais::ui
