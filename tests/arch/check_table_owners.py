#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every table has exactly one owner in core/ (README, Architecture: "Tables and their owner").

Scans the string literals of core/ and app/ (adjacent literals joined, comments ignored) for SQL
naming a table: FROM t, JOIN t, INTO t, UPDATE t, TABLE t, ON t (indexes, triggers), TRIGGER t.
Fails (exit 1, one line per finding: file:line: table) when a table is named outside the .cpp
files of its owner. core/storage/ (Schema and its migrations) may create and alter every table;
nothing else may, demo generators and backups included. ALLOWED lists the known exceptions.
Usage: check_table_owners.py SOURCE_DIR   (the directory holding core/ and app/)
"""
import pathlib
import re
import sys

from cxx_source import strip_comments

# table -> the files of its owner class (paths under SOURCE_DIR).
OWNERS = {
    # DrugReference.cpp's meta is the one of its own file (the drug reference), not the vault's.
    'meta': ['core/vault/VaultMeta.cpp', 'core/drugs/DrugReference.cpp'],
    'audit_log': ['core/audit/AuditLog.cpp'],
    'audit_head': ['core/audit/AuditLog.cpp'],
    'appointment': ['core/records/AppointmentStore.cpp'],
    'consultation': ['core/consultation/ConsultationStore.cpp'],
    'consultation_revision': ['core/consultation/ConsultationStore.cpp'],
    'consultation_pdf': ['core/consultation/ConsultationReportStore.cpp'],
    'practitioner': ['core/prescribing/PractitionerStore.cpp'],
    'ehr_practitioner': ['core/prescribing/PractitionerStore.cpp'],
    'prescription': ['core/prescribing/PrescriptionStore.cpp'],
    'prescription_pdf': ['core/prescribing/PrescriptionStore.cpp'],
    'print_setting': ['core/print/PrintSettings.cpp'],
    'snapshot_import': ['core/interop/ImportWriter.cpp'],
    'inbox_key': ['core/interop/Inbox.cpp'],
    'outbox': ['core/sync/Outbox.cpp', 'core/sync/Conflict.cpp'],
    'outbox_conflict': ['core/sync/Outbox.cpp', 'core/sync/Conflict.cpp'],
    'sync_setting': ['core/sync/SyncSettings.cpp'],
    'drill_report': ['core/readiness/DrillStore.cpp'],
    # The drug reference is its own file (not the vault), with its own meta table.
    'medicine': ['core/drugs/DrugReference.cpp'],
    'medicine_fts': ['core/drugs/DrugReference.cpp'],
    'composition': ['core/drugs/DrugReference.cpp'],
    'presentation': ['core/drugs/DrugReference.cpp'],
}
# The patient record: PatientStore writes it, PatientSearch searches it.
for _t in ('patient', 'patient_fts', 'allergy', 'antecedent', 'ald', 'treatment', 'measurement'):
    OWNERS[_t] = ['core/records/PatientStore.cpp', 'core/records/PatientSearch.cpp']

# Schema and its migrations create and alter everything.
FREE = ('core/storage/',)

# (file, table, reason): known uses outside the owner, to be trimmed as they move.
ALLOWED = [
    ('core/sync/Outbox.cpp', 'consultation', 'a join in the outbox\'s own selection (acknowledged records to purge, local patients): to ask the owner store: issue 15'),
    ('core/sync/Outbox.cpp', 'prescription', 'a join in the outbox\'s own selection (acknowledged records to purge, local patients): to ask the owner store: issue 15'),
    ('core/sync/Outbox.cpp', 'patient', 'a join in the outbox\'s own selection (acknowledged records to purge, local patients): to ask the owner store: issue 15'),
    ('core/consultation/ConsultationStore.cpp', 'patient', 'reads: the patient exists (start); still to ask PatientStore: issue 15'),
    ('core/consultation/ConsultationStore.cpp', 'measurement', 'reads: weights for the vitals chart; still to ask PatientStore: issue 15'),
    ('core/consultation/ConsultationStore.cpp', 'ehr_practitioner', 'reads: LEFT JOIN for the author name; still to ask PractitionerStore: issue 15'),
    ('core/prescribing/PrescriptionStore.cpp', 'patient', 'reads: JOIN for the history list; still to ask PatientStore: issue 15'),
    ('core/prescribing/PrescriptionStore.cpp', 'practitioner', 'reads: the prescriber exists, JOIN for the list; still to ask PractitionerStore: issue 15'),
    ('core/records/PatientSearch.cpp', 'meta', 'documented (README): watches meta.patients_generation, its own temp triggers'),
]

# Literals separated only by blanks, string prefixes/suffixes or QStringLiteral( … ) boundaries.
GLUE = re.compile(r'^(?:\s|\)|_s|_L1|QStringLiteral\(|QLatin1String\(|u8|u|L)*$')
NAMED = re.compile(r'\b(?:FROM|JOIN|INTO|UPDATE|TABLE|ON|TRIGGER)\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?'
                   r'(?:(?:main|temp)\.)?"?([a-z_][a-z0-9_]*)\b')


def statements(code):
    """(text, [(offset in text, line)]) for each run of adjacent string literals."""
    literals = []
    for m in re.finditer(r'R"([^(\s]*)\((.*?)\)\1"|"(?:[^"\\\n]|\\.)*"', code, re.S):
        if m.group(0).startswith('R'):
            body, start = m.group(2), m.start(2)
        else:
            body, start = m.group(0)[1:-1], m.start() + 1
        literals.append((m.start(), m.end(), start, body))
    runs, current, end = [], [], -1
    for lit in literals:
        if current and GLUE.match(code[end:lit[0]]):
            current.append(lit)
        else:
            if current:
                runs.append(current)
            current = [lit]
        end = lit[1]
    if current:
        runs.append(current)
    for run in runs:
        text, marks = '', []
        for _, _, start, body in run:
            marks.append((len(text), code.count('\n', 0, start) + 1, start, body))
            text += body + ' '
        yield text, marks


def line_of(marks, offset):
    for at, line, start, body in reversed(marks):
        if offset >= at:
            return line + body.count('\n', 0, offset - at)
    return marks[0][1]


def scan(root):
    findings = []
    allowed = {(f, t) for f, t, _ in ALLOWED}
    used = set()
    files = sorted(p for d in ('core', 'app') for p in (root / d).rglob('*')
                   if p.suffix in ('.cpp', '.h', '.hpp', '.cc'))
    for path in files:
        rel = path.relative_to(root).as_posix()
        if rel.startswith(FREE):
            continue
        code = strip_comments(path.read_text(encoding='utf-8'))
        for text, marks in statements(code):
            for m in NAMED.finditer(text):
                table = m.group(1)
                if table not in OWNERS or rel in OWNERS[table]:
                    continue
                if (rel, table) in allowed:
                    used.add((rel, table))
                    continue
                owner = ', '.join(OWNERS[table])
                findings.append(f'{rel}:{line_of(marks, m.start(1))}: table {table} used outside its owner ({owner})')
    stale = sorted(allowed - used)
    return findings, stale


def self_test():
    """The scan must see a planted use (split over two literals, after a comment) and let the
    owner's own SQL pass; returns what went wrong, empty when the scan works."""
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp)
        (root / 'core/records').mkdir(parents=True)
        (root / 'core/demo').mkdir(parents=True)
        (root / 'app').mkdir()
        (root / 'core/records/PatientStore.cpp').write_text('auto q = db.prepare("DELETE FROM patient");\n')
        (root / 'core/demo/Planted.cpp').write_text(
            '// SELECT * FROM outbox (a comment)\n'
            'auto q = db.prepare(QStringLiteral("SELECT id "\n'
            '                                   "FROM patient WHERE id = ?"));\n')
        findings, _ = scan(root)
    expected = ['core/demo/Planted.cpp:3: table patient used outside its owner']
    if [f[:len(expected[0])] for f in findings] != expected:
        return [f'self-test: expected {expected}, got {findings}']
    return []


def main():
    if len(sys.argv) != 2 or not (pathlib.Path(sys.argv[1]) / 'core').is_dir():
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    problems = self_test()
    if problems:
        print('\n'.join(problems))
        return 1
    findings, stale = scan(pathlib.Path(sys.argv[1]))
    for f in findings:
        print(f)
    for f, t in stale:
        print(f'ALLOWED ({f}, {t}) matches nothing any more: remove it from {pathlib.Path(__file__).name}')
    if findings or stale:
        print(f'{len(findings) + len(stale)} finding(s): every table has one owner in core/ '
              '(see README, Architecture)', file=sys.stderr)
        return 1
    print(f'{len(OWNERS)} tables, each used only by its owner ({len(ALLOWED)} allowed exceptions)')
    return 0


if __name__ == '__main__':
    sys.exit(main())
