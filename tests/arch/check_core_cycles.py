#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""No cycles between the folders of core/: each concern depends on the ones below it only.

Reads every `#include "folder/..."` line of core/ (folder: a folder directly under core/, so
interop/fhir/ counts as interop), builds the folder graph and fails (exit 1) naming each cycle
with the include lines that make it. With --graph, prints the graph (one line per folder and
its arrows) in any case. Usage: check_core_cycles.py CORE_DIR [--graph]
"""
import pathlib
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"/]+)/[^"]*"', re.MULTILINE)


def read_graph(root):
    folders = {p.name for p in root.iterdir() if p.is_dir()}
    edges = {f: {} for f in folders}  # folder -> {target: first "file:line" that includes it}
    for path in sorted(root.rglob('*')):
        if path.suffix not in ('.cpp', '.h', '.hpp', '.cc', '.in') or not path.is_file():
            continue
        source = path.relative_to(root).parts[0]
        if source not in folders:
            continue  # a file directly under core/
        text = path.read_text(encoding='utf-8')
        for m in INCLUDE.finditer(text):
            target = m.group(1)
            if target in folders and target != source:
                line = text.count('\n', 0, m.start()) + 1
                edges[source].setdefault(target, f'{path.relative_to(root.parent)}:{line}')
    return edges


def strongly_connected(edges):
    """Tarjan's algorithm; the components of more than one folder are the cycles' places."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return [c for c in out if len(c) > 1]


def shortest_cycle(edges, component):
    """A shortest cycle through the component's first folder (breadth-first, inside it)."""
    start, inside = component[0], set(component)
    previous, queue = {start: None}, [start]
    while queue:
        v = queue.pop(0)
        for w in sorted(edges[v]):
            if w not in inside:
                continue
            if w == start:
                path = [v]
                while previous[path[-1]] is not None:
                    path.append(previous[path[-1]])
                return list(reversed(path)) + [start]
            if w not in previous:
                previous[w] = v
                queue.append(w)
    return component + [component[0]]


def main():
    args = [a for a in sys.argv[1:] if a != '--graph']
    if len(args) != 1 or not pathlib.Path(args[0]).is_dir():
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    edges = read_graph(pathlib.Path(args[0]))
    if '--graph' in sys.argv:
        for f in sorted(edges):
            print(f'{f} -> {", ".join(sorted(edges[f])) or "(nothing)"}')
    cycles = strongly_connected(edges)
    for comp in cycles:
        cycle = shortest_cycle(edges, comp)
        print(f'cycle: {" -> ".join(cycle)}   (folders tied together: {", ".join(comp)})')
        for a, b in zip(cycle, cycle[1:]):
            print(f'  {a} -> {b}: {edges[a][b]}')
    if cycles:
        print(f'{len(cycles)} cycle(s) between core/ folders: move the type to the folder below, or pass an '
              'interface or a callback (README, Architecture)', file=sys.stderr)
        return 1
    print(f'{len(edges)} folders under {args[0]}, {sum(len(e) for e in edges.values())} arrows, no cycle')
    return 0


if __name__ == '__main__':
    sys.exit(main())
