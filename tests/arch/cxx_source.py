"""C++ source as the arch checks read it: string literals (plain and raw) and their positions,
comments blanked with line numbers kept. Imported by check_ui_no_sql.py and check_table_owners.py."""
import re

STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
RAW = re.compile(r'R"([^(\s]*)\((.*?)\)\1"', re.S)


def strip_comments(text):
    """Comments blanked (a comment may mention SQL), line numbers and string literals kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == 'R' and text.startswith('R"', i) and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == '_')):
            m = RAW.match(text, i)
            j = m.end() if m else i + 2
            out.append(text[i:j])
            i = j
        elif c == '"':
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
