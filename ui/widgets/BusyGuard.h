// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QPointer>
#include <QWidget>

namespace relais::ui {

// For the length of a scope: the wait cursor (key derivation takes about half a second, a report
// a few) and, when given one, a widget disabled meanwhile so that it takes no second click.
class BusyGuard
{
public:
    explicit BusyGuard(QWidget* disable = nullptr)
    {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (disable && disable->isEnabled()) {
            m_disabled = disable;
            disable->setEnabled(false);
        }
    }
    ~BusyGuard()
    {
        if (m_disabled)
            m_disabled->setEnabled(true);
        QApplication::restoreOverrideCursor();
    }
    BusyGuard(const BusyGuard&) = delete;
    BusyGuard& operator=(const BusyGuard&) = delete;

private:
    QPointer<QWidget> m_disabled;
};

} // namespace relais::ui
