# SPDX-License-Identifier: GPL-3.0-or-later
# SQLCipher 4.6 linked statically: the sqlite3_* symbols are resolved at link time inside our
# binaries and never exported, so a libsqlite3 loaded later (QtSql's plugin) cannot capture them.
# The .pc file carries the embedded SQLite version: 3.46 is the one SQLCipher 4.6 ships.
pkg_check_modules(SQLCIPHER_PC REQUIRED sqlcipher>=3.46)
find_library(SQLCIPHER_STATIC NAMES libsqlcipher.a HINTS ${SQLCIPHER_PC_LIBRARY_DIRS} REQUIRED)
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(ZLIB REQUIRED)
add_library(relais_sqlcipher INTERFACE)
target_include_directories(relais_sqlcipher SYSTEM INTERFACE ${SQLCIPHER_PC_INCLUDE_DIRS})
target_compile_definitions(relais_sqlcipher INTERFACE SQLITE_HAS_CODEC SQLITE_TEMP_STORE=3)
target_link_libraries(relais_sqlcipher INTERFACE ${SQLCIPHER_STATIC} OpenSSL::Crypto ZLIB::ZLIB m)
