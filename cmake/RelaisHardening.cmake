# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings and hardening flags for every Relais target, applied through one interface library.
include(CheckPIESupported)
check_pie_supported()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

add_library(relais_build_flags INTERFACE)
target_compile_options(relais_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Wformat=2
    -Wno-dangling-pointer  # GCC 12 false positives inside Qt 6.4 container headers
    -Wno-missing-field-initializers  # aggregates rely on default member initialisers
    -fstack-protector-strong -fstack-clash-protection -fcf-protection
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>
    $<$<BOOL:${RELAIS_WERROR}>:-Werror>)
target_compile_definitions(relais_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_USE_QSTRINGBUILDER)
target_link_options(relais_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
