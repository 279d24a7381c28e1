"""The import graph of tracker_core has no cycles, function-level imports included.

import-linter's contracts in pyproject.toml (`lint-imports`, run by `make lint`) hold the layers
and the cycles between sibling packages; this test also finds a cycle between any two modules,
wherever they sit, and names it. Run this file as a script to print the graph's figures.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterable
from pathlib import Path

import grimp

PACKAGE = "tracker_core"


@functools.cache
def build_graph() -> grimp.ImportGraph:
    return grimp.build_graph(PACKAGE, cache_dir=None)  # every import, lazy ones too


def strongly_connected(nodes: Iterable[str], edges: dict[str, set[str]]) -> list[list[str]]:
    """Groups of two or more nodes that reach each other (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    for root in sorted(nodes):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(edges.get(root, ())))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = len(index)
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(edges.get(nxt, ()))))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == node:
                        break
                if len(group) > 1:
                    groups.append(sorted(group))
    return groups


def module_edges(graph: grimp.ImportGraph) -> dict[str, set[str]]:
    return {m: set(graph.find_modules_directly_imported_by(m)) for m in graph.modules}


def describe_cycle(graph: grimp.ImportGraph, group: list[str]) -> str:
    """One concrete cycle through the group: a -> b -> ... -> a."""
    start = group[0]
    nxt = sorted(set(graph.find_modules_directly_imported_by(start)) & set(group))[0]
    chain = graph.find_shortest_chain(importer=nxt, imported=start) or (nxt, start)
    return " -> ".join((start, *chain))


def figures(graph: grimp.ImportGraph) -> tuple[int, int, int]:
    """(modules, import edges between them, cycles)."""
    edges = module_edges(graph)
    count = sum(len(targets) for targets in edges.values())
    return len(graph.modules), count, len(strongly_connected(graph.modules, edges))


def test_the_cycle_finder_finds_a_cycle() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert strongly_connected("abcd", edges) == [["a", "b", "c"]]
    assert strongly_connected("ab", {"a": {"b"}}) == []


def test_no_module_of_tracker_core_imports_itself_through_others() -> None:
    graph = build_graph()
    groups = strongly_connected(graph.modules, module_edges(graph))
    cycles = [describe_cycle(graph, g) for g in groups]
    assert not cycles, "Import cycles in tracker_core:\n" + "\n".join(cycles)


def test_no_two_sibling_packages_import_each_other() -> None:
    """Within each package, its children (each with everything below it) form no cycle."""
    graph = build_graph()
    packages = {m for m in graph.modules if graph.find_children(m)}
    broken = []
    for package in sorted(packages):
        children = graph.find_children(package)

        def child_of(module: str, children: set[str] = children) -> str | None:
            return next((c for c in children if module == c or module.startswith(c + ".")), None)

        edges: dict[str, set[str]] = {c: set() for c in children}
        for module in graph.find_descendants(package):
            source = child_of(module)
            for imported in graph.find_modules_directly_imported_by(module):
                target = child_of(imported)
                if source and target and source != target:
                    edges[source].add(target)
        broken += [" <-> ".join(g) for g in strongly_connected(children, edges)]
    assert not broken, "Sibling packages that import each other:\n" + "\n".join(broken)


def test_the_graph_is_the_real_one() -> None:
    modules, edges, _ = figures(build_graph())
    assert modules > 50 and edges > 100  # a broken graph build would pass the cycle tests


# SQL lives in repositories (and the engine set-up in db, the schema in migrations).
SQL_HOMES = ("tracker_core/repositories", "tracker_core/db.py", "tracker_core/migrations")
STATEMENTS = {"select", "insert", "update", "delete", "text"}
SESSION_QUERIES = {"exec", "execute", "scalars", "scalar", "get", "query"}


def _session_name(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id == "session"
    return isinstance(node, ast.Attribute) and node.attr == "session"


def sql_outside_repositories(root: Path) -> list[str]:
    found = []
    for path in sorted((root / PACKAGE).rglob("*.py")):
        where = path.relative_to(root).as_posix()
        if where.startswith(SQL_HOMES):
            continue
        for node in ast.walk(ast.parse(path.read_text(), where)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in {
                "sqlalchemy",
                "sqlmodel",
            }:
                names = {a.name for a in node.names} & STATEMENTS
                if names:
                    found.append(f"{where}:{node.lineno} imports {', '.join(sorted(names))}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SESSION_QUERIES
                and _session_name(node.func.value)
            ):
                found.append(f"{where}:{node.lineno} calls session.{node.func.attr}()")
    return found


def test_only_repositories_write_sql() -> None:
    root = Path(__file__).resolve().parents[2]
    found = sql_outside_repositories(root)
    assert not found, "SQL outside tracker_core/repositories:\n" + "\n".join(found)


def test_the_sql_check_sees_a_query(tmp_path: Path) -> None:
    service = tmp_path / PACKAGE / "services" / "x.py"
    service.parent.mkdir(parents=True)
    service.write_text(
        "from sqlmodel import Session, select\n"
        "def f(session: Session) -> None:\n"
        "    session.exec(select(1))\n"
    )
    assert sql_outside_repositories(tmp_path) == [
        f"{PACKAGE}/services/x.py:1 imports select",
        f"{PACKAGE}/services/x.py:3 calls session.exec()",
    ]


if __name__ == "__main__":
    m, e, c = figures(build_graph())
    print(f"{PACKAGE}: {m} modules, {e} import edges, {c} cycles")
