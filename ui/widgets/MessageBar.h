// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace relais::ui {

// A dismissible band at the top of the window for things the user should know once
// (e.g. failed unlock attempts), without a modal box in the way.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    explicit MessageBar(QWidget* parent = nullptr);

    void showWarning(const QString& text);
    QString text() const;

private:
    QLabel* m_text = nullptr;
};

} // namespace relais::ui
