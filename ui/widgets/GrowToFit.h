// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLayout>
#include <QWidget>

namespace relais::ui {

// A top-level layout ignores word-wrapped labels' height when a message appears, so the other
// widgets get squeezed; grow the window to what its current width needs.
inline void growToFit(QWidget& window)
{
    if (!window.isVisible())
        return;  // before show() the window takes its size hint anyway
    if (QLayout* layout = window.layout())
        layout->activate();
    const int needed = window.hasHeightForWidth() ? window.heightForWidth(window.width())
                                                  : window.sizeHint().height();
    if (needed > window.height())
        window.resize(window.width(), needed);
}

} // namespace relais::ui
