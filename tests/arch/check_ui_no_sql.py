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

INCLUDE = re.compile(r'#\s*include\s*[<"]((?:[^">]*/)?storage/[^">]*|(?:[^">]*/)?(?:Sqlite|Schema|sqlite3)\.h)[">]')
DB_CALL = re.compile(r'(?:\.|->)\s*db\s*\(\s*\)')
STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
SQL = re.compile(
    r'\bSELECT\b.*\bFROM\b|\bINSERT\s+(?:OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b'
    r'|\b(?:CREATE|DROP)\s+(?:UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b|\bPRAGMA\s+\w+'
    r'|^\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|VACUUM|ATTACH)\b')


def strip_comments(text):
    """Comments out (a comment may mention SQL), line numbers kept; string literals untouched."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            m = STRING.match(text, i)
            j = m.end() if m else i + 1
            out.append(text[i:j])
            i = j
        elif c == "'":
            j = text.find("'", i + 1)
            while j > 0 and text[j - 1] == '\\' and text[j - 2] != '\\':
                j = text.find("'", j + 1)
            j = n if j < 0 else j + 1
            out.append(text[i:j])
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            i = n if j < 0 else j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append('\n' * text.count('\n', i, j))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


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
