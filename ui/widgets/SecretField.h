// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

class QDialog;
class QLineEdit;

namespace relais::ui {

// A line edit's text copied into locked memory (the temporary UTF-8 copy wiped).
SecureBytes secretFrom(const QLineEdit& edit);
// The same, then the field is wiped (wipeField) so that the widget no longer shows or holds it.
SecureBytes takeSecret(QLineEdit& edit);
// Zeroes the widget's own text buffer in place (the QString it keeps, not a copy of it), then
// overwrites and empties the field; setText() also drops the undo/redo history.
void wipeField(QLineEdit& edit);
// Wipes the fields when the dialog closes, whichever way (accepted, cancelled, Escape).
void wipeWhenFinished(QDialog& dialog, std::initializer_list<QLineEdit*> fields);

} // namespace relais::ui
