// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace relais {

// Disables core dumps and ptrace attachment of this process (a dump would hold keys and
// patient data). Returns false if the kernel refused; callers warn but keep running.
bool hardenProcess();

} // namespace relais
