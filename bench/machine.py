"""A description of the machine and the software a run measured."""

import os
import platform
import sqlite3
import sys
from importlib import metadata
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gb() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _qt_version() -> str | None:
    try:
        from PySide6.QtCore import qVersion
    except ImportError:
        return None
    return qVersion()


def describe() -> dict[str, Any]:
    """CPU, cores, RAM, OS and the versions that matter to the figures."""
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gb": _ram_gb(),
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "qt": _qt_version(),
        "pyside6": _version("PySide6"),
        "sqlite": sqlite3.sqlite_version,
        "sqlalchemy": _version("SQLAlchemy"),
        "reportlab": _version("reportlab"),
        "uvicorn": _version("uvicorn"),
        "load_average_at_start": [round(x, 2) for x in load] if load else None,
        "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
    }


def one_line(machine: dict[str, Any]) -> str:
    return (
        f"{machine['cpu']}, {machine['cores']} cores, {machine['ram_gb']} GB RAM; "
        f"Python {machine['python']}, Qt {machine['qt']}, SQLite {machine['sqlite']}"
    )
