// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace relais::ui {

MessageBar::MessageBar(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBar"));
    setStyleSheet(QStringLiteral("#messageBar { background: #fff4d6; border: 1px solid #e0b84d; border-radius: 4px; }"
                                 "#messageBar QLabel { color: #4a3700; }"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QPushButton(tr("Dismiss"), this);
    close->setObjectName(QStringLiteral("dismiss"));
    connect(close, &QPushButton::clicked, this, &MessageBar::hide);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignVCenter);
    hide();
}

void MessageBar::showWarning(const QString& text)
{
    m_text->setText(text);
    show();
}

QString MessageBar::text() const { return m_text->text(); }

} // namespace relais::ui
