"""Only wopdesk/ui imports Qt: the core runs headless."""

import ast
from pathlib import Path

import wopdesk

PACKAGE = Path(wopdesk.__file__).parent


def test_no_qt_below_the_ui() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.relative_to(PACKAGE).parts[0] == "ui":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in names):
                offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


WRITES = (".transaction(", "run_write(", "run_exclusive(", "commands.create(", "commands.update(")


def test_the_ui_writes_only_through_operations() -> None:
    """No widget opens a write transaction or declares what changed: every user action
    is an operation of wopdesk/operations, run by ``AppContext.run_op``."""
    offenders = [
        f"{path.relative_to(PACKAGE)}: {call}"
        for path in (PACKAGE / "ui").rglob("*.py")
        for call in WRITES
        if call in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
