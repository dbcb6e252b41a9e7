// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusLabel.h"

namespace relais::ui {

QColor statusColour(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Error:
        return QColor(0xb0, 0x00, 0x20);
    case StatusKind::Warning:
        return QColor(0x8a, 0x5a, 0x00);
    case StatusKind::Hint:
        return QColor(0x6b, 0x6b, 0x6b);
    case StatusKind::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case StatusKind::Plain:
        break;
    }
    return {};
}

QString statusStyle(StatusKind kind)
{
    if (kind == StatusKind::Plain)
        return {};
    QString style = QStringLiteral("color: %1;").arg(statusColour(kind).name());
    if (kind == StatusKind::Error)
        style += QStringLiteral(" font-weight: bold;");
    return style;
}

QString statusBadgeStyle(StatusKind kind)
{
    switch (kind) {
    case StatusKind::Error:
    case StatusKind::Ok:
    case StatusKind::Hint:
        return QStringLiteral("color: white; background: %1; font-weight: bold;")
            .arg(statusColour(kind).name());
    case StatusKind::Warning: // dark text on a light amber: the amber text colour is too dark as a background
        return QStringLiteral("color: #3d2a00; background: #ffc94d; font-weight: bold;");
    case StatusKind::Plain:
        break;
    }
    return {};
}

StatusLabel::StatusLabel(StatusKind kind, QWidget* parent)
    : QLabel(parent)
{
    setKind(kind);
}

void StatusLabel::setKind(StatusKind kind)
{
    m_kind = kind;
    setStyleSheet(statusStyle(kind));
}

void StatusLabel::showStatus(const QString& text, StatusKind kind)
{
    setKind(kind);
    setText(text);
}

} // namespace relais::ui
