// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

class QLineEdit;

namespace relais::ui {

// A line edit's text copied into locked memory (the temporary UTF-8 and QString copies wiped).
SecureBytes secretFrom(const QLineEdit& edit);
// The same, then the field is emptied so that the widget no longer shows or holds the secret.
SecureBytes takeSecret(QLineEdit& edit);

} // namespace relais::ui
