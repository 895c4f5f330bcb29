"""geo's modules import one another in one direction only (issue 15), and never events or
dashboard. Imports inside functions count; those under ``if TYPE_CHECKING`` do not."""
from __future__ import annotations

import ast
from pathlib import Path

GEO = Path(__file__).resolve().parent.parent / "geo"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip |= {id(n) for n in ast.walk(node)}
    out = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                out.add(node.module.split(".")[0])
            elif node.level == 0 and node.module:
                out.add("/" + node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            out |= {"/" + a.name.split(".")[0] for a in node.names}
    return out


def test_geo_never_imports_events_or_dashboard():
    for path in GEO.glob("*.py"):
        assert not _imports(path) & {"/events", "/dashboard"}, path.name


def test_no_import_cycle_inside_geo():
    graph = {p.stem: {m for m in _imports(p) if not m.startswith("/")}
             for p in GEO.glob("*.py") if p.stem != "__init__"}
    state: dict[str, int] = {}

    def visit(mod: str, trail: list[str]) -> None:
        if state.get(mod) == 2:
            return
        assert state.get(mod) != 1, "import cycle: " + " -> ".join([*trail, mod])
        state[mod] = 1
        for dep in sorted(graph.get(mod, ())):
            visit(dep, [*trail, mod])
        state[mod] = 2

    for mod in sorted(graph):
        visit(mod, [])
    assert "resolve" not in graph["fallback"] and "resolve" not in graph["mentions"]


def test_no_geo_module_is_over_500_lines():
    long = {p.name: n for p in GEO.glob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long
