// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace relais {

// Initialises libsodium once; aborts the process if the library cannot start (no safe fallback).
void ensureSodium();

} // namespace relais
