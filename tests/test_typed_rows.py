"""Rows are read by name, never by position (issue 18).

An AST scan of the UI: no ``Row = Any`` alias, and no lambda (a column's display, sort
or tooltip function, a ``flagged`` test) indexing its parameter with an integer, such as
``lambda r: r[0]``. Positional access into named rows is what typed rows replaced.
"""

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parent.parent / "wopdesk" / "ui"
ROW_NAMES = {"row", "r"}


def positional_reads(tree: ast.AST) -> list[int]:
    """Lines where a lambda's parameter, or a variable called row, is indexed by an int."""
    lines = []
    for node in ast.walk(tree):
        names = set(ROW_NAMES)
        if isinstance(node, ast.Lambda):
            names |= {arg.arg for arg in node.args.args}
        for sub in ast.walk(node) if isinstance(node, ast.Lambda) else [node]:
            if (
                isinstance(sub, ast.Subscript)
                and isinstance(sub.value, ast.Name)
                and sub.value.id in names
                and isinstance(sub.slice, ast.Constant)
                and isinstance(sub.slice.value, int)
            ):
                lines.append(sub.lineno)
    return sorted(set(lines))


def any_row_alias(tree: ast.AST) -> list[int]:
    """Lines assigning ``Any`` to a name ending in Row (``Row = Any``)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and isinstance(node.value, ast.Name)
        and node.value.id == "Any"
        and any(isinstance(t, ast.Name) and t.id.endswith("Row") for t in node.targets)
    ]


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: p.name)
def test_rows_are_read_by_name(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert positional_reads(tree) == [], f"{path.name}: read the row's fields by name"


@pytest.mark.parametrize("path", sorted(UI.rglob("*.py")), ids=lambda p: p.name)
def test_no_untyped_row_alias(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert any_row_alias(tree) == [], f"{path.name}: rows are typed, not Any"


def test_the_scan_finds_positional_reads() -> None:
    found = positional_reads(ast.parse("f = lambda r: r[0]\ng = lambda x: (x[1], x.name)"))
    assert found == [1, 2]


def test_the_scan_finds_an_untyped_row() -> None:
    assert any_row_alias(ast.parse("from typing import Any\nRow = Any\n")) == [2]


def test_the_scan_leaves_names_and_other_subscripts() -> None:
    source = "f = lambda r: r.title\ng = lambda r: LEVELS[r.level]\nh = lambda r: r[k]\n"
    assert positional_reads(ast.parse(source)) == []
