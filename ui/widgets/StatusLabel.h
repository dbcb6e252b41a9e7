// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QLabel>
#include <QString>

namespace relais::ui {

// What a line of status says: nothing special, something failed or must be corrected, something to
// look at soon (a warning), a hint (what is still to do, said quietly), something done.
enum class StatusKind { Plain, Error, Warning, Hint, Ok };

// The one palette of those kinds, for every screen: red, amber, grey, green (Plain: no colour).
QColor statusColour(StatusKind kind);
// "color: …;" for a style sheet (empty for Plain); errors are bold as well.
QString statusStyle(StatusKind kind);
// A badge: the kind's colour as the background, readable text on it (empty for Plain).
QString statusBadgeStyle(StatusKind kind);

// A label that says how things went, in the palette's colour for its kind.
class StatusLabel : public QLabel
{
    Q_OBJECT

public:
    explicit StatusLabel(StatusKind kind = StatusKind::Error, QWidget* parent = nullptr);
    explicit StatusLabel(QWidget* parent)
        : StatusLabel(StatusKind::Error, parent)
    { }

    StatusKind kind() const { return m_kind; }
    void setKind(StatusKind kind);
    // The text and its kind at once.
    void showStatus(const QString& text, StatusKind kind);

private:
    StatusKind m_kind = StatusKind::Plain;
};

} // namespace relais::ui
