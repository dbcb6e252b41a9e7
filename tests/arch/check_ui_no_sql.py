#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""ui/ holds no SQL: every table has its owner in core/ (a store or a small typed service).

Fails (exit 1, one line per finding: file:line: what) when a file under the given ui/ folder
- includes a storage header (anything under storage/: Sqlite.h, Schema.h, ConnectionSettings.h;
  or <sqlite3.h>),
- calls .db() / ->db() (the raw connection of the vault),
- holds an SQL statement in a string literal (SQL keywords in capitals, as the code writes them:
  SELECT … FROM, INSERT INTO, UPDATE … SET, DELETE FROM, CREATE/DROP TABLE|INDEX|TRIGGER|VIEW,
  PRAGMA, or a literal starting with SELECT, INSERT, UPDATE, DELETE, WITH, BEGIN, COMMIT…).
Usage: check_ui_no_sql.py UI_DIR
"""
import pathlib
import re
import sys

from cxx_source import STRING, strip_comments

INCLUDE = re.compile(r'#\s*include\s*[<"]((?:[^">]*/)?storage/[^">]*|(?:[^">]*/)?(?:Sqlite|Schema|sqlite3)\.h)[">]')
DB_CALL = re.compile(r'(?:\.|->)\s*db\s*\(\s*\)')
SQL = re.compile(
    r'\bSELECT\b.*\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b'
    r'|\b(?:CREATE|DROP)\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b|\bPRAGMA\s+\w+'
    r'|^\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|VACUUM|ATTACH)\b')


def main():
    if len(sys.argv) != 2 or not pathlib.Path(sys.argv[1]).is_dir():
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = pathlib.Path(sys.argv[1])
    findings = []
    files = sorted(p for p in root.rglob('*') if p.suffix in ('.cpp', '.h', '.hpp', '.cc'))
    for path in files:
        code = strip_comments(path.read_text(encoding='utf-8'))
        for number, line in enumerate(code.splitlines(), 1):
            where = f'{path}:{number}'
            if m := INCLUDE.search(line):
                findings.append(f'{where}: includes the storage header {m.group(1)}')
            if DB_CALL.search(line):
                findings.append(f'{where}: uses the raw connection (db()); go through the store that owns the table')
            for literal in STRING.findall(line):
                if SQL.search(literal[1:-1]):
                    findings.append(f'{where}: SQL in a string literal: {literal[:60]}')
    for f in findings:
        print(f)
    if findings:
        print(f'{len(findings)} finding(s): ui/ must hold no SQL (see README, Architecture)', file=sys.stderr)
        return 1
    print(f'{len(files)} files under {root}: no SQL, no db(), no storage header')
    return 0


if __name__ == '__main__':
    sys.exit(main())
