// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/DuplicateDialog.h"

#include "records/PatientText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace relais::ui {

DuplicateDialog::DuplicateDialog(const QList<PatientStore::Duplicate>& duplicates, QWidget* parent)
    : QDialog(parent), m_duplicates(duplicates)
{
    setWindowTitle(tr("Relais — possible duplicate"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    auto* title = new QLabel(tr("This patient may already be in Relais"), this);
    title->setObjectName(QStringLiteral("duplicateTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    auto* explain = new QLabel(tr("Two charts for one person split the history and the allergies. Open the existing "
                                  "chart unless you are sure this is someone else."),
                               this);
    explain->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("duplicates"));
    for (const PatientStore::Duplicate& d : duplicates) {
        auto* item = new QListWidgetItem(tr("%1 — born %2 — %3").arg(d.displayName, PatientText::date(d.birthDate), d.reason), m_list);
        item->setData(Qt::UserRole, d.id);
        item->setSizeHint(QSize(0, m_list->fontMetrics().height() + 12));  // room for the accents of capitals
    }
    m_list->setCurrentRow(0);
    const int rows = int(std::min<qsizetype>(duplicates.size(), 5));
    m_list->setFixedHeight(rows * (m_list->fontMetrics().height() + 12) + 2 * m_list->frameWidth() + 4);
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { choose(Choice::OpenExisting); });

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* open = buttons->addButton(tr("&Open the existing chart"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openExisting"));
    open->setDefault(true);
    QPushButton* create = buttons->addButton(tr("&Create anyway"), QDialogButtonBox::DestructiveRole);
    create->setObjectName(QStringLiteral("createAnyway"));
    create->setAutoDefault(false);
    QPushButton* back = buttons->addButton(tr("&Back to the form"), QDialogButtonBox::RejectRole);
    back->setObjectName(QStringLiteral("back"));
    back->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, [this] { choose(Choice::OpenExisting); });
    connect(create, &QPushButton::clicked, this, [this] { choose(Choice::CreateAnyway); });
    connect(back, &QPushButton::clicked, this, &DuplicateDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QVBoxLayout;
    text->addWidget(title);
    text->addWidget(explain);
    top->addLayout(text, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list);
    layout->addSpacing(6);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    open->setFocus();
}

qint64 DuplicateDialog::selectedId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void DuplicateDialog::choose(Choice c)
{
    m_choice = c;
    accept();
}

} // namespace relais::ui
