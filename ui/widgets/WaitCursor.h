// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>

namespace relais::ui {

// A wait cursor for the length of a scope (key derivation takes about half a second).
class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor&) = delete;
    WaitCursor& operator=(const WaitCursor&) = delete;
};

} // namespace relais::ui
