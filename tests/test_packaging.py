"""The installable app: desktop entry, AppStream metainfo, icon, the quit hook, the real build."""

import configparser
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image

from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.storage.store import Store
from wopdesk.ui.app import APP_ID, QUIT_AFTER_SHOW_ENV
from wopdesk.ui.context import PARTNERSHIP_SETTING

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "resources" / "icons"
DESKTOP_FILE = PACKAGING / f"{APP_ID}.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"


def load_tool(name: str) -> ModuleType:
    """A script of packaging/ (not a package: its name would shadow PyPI's ``packaging``)."""
    spec = importlib.util.spec_from_file_location(f"wopdesk_{name}", PACKAGING / name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_entry_names_the_app_id_and_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    entry.read(DESKTOP_FILE, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "wopdesk"
    assert {"Comment[fr]", "Comment[es]"} <= set(desktop)


def test_metainfo_launches_the_desktop_entry() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == "wopdesk"
    assert {lang.text for lang in component.iter("lang")} == {"en", "fr", "es"}


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_is_valid() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP_FILE)], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="needs appstream")
def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", [48, 128, 256])
def test_icon_is_rendered_at_each_size(size: int) -> None:
    assert (ICONS / f"{APP_ID}.svg").is_file()
    with Image.open(ICONS / f"{APP_ID}-{size}.png") as image:
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # transparent around the drop
        assert image.getpixel((size // 2, size * 2 // 3))[3] == 255


def _run_wopdesk(args: list[str], data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), **env}
    return subprocess.run(
        [sys.executable, "-m", "wopdesk", *args, "--data-dir", str(data_dir)],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_app_opens_the_demo_and_quits_when_asked(tmp_path: Path) -> None:
    """The hook the package smoke check relies on, run from the source tree."""
    data_dir = tmp_path / "profile"
    assert _run_wopdesk(["demo"], data_dir).returncode == 0
    result = _run_wopdesk([], data_dir, **{QUIT_AFTER_SHOW_ENV: "1", "WOPDESK_LANGUAGE": "fr"})
    assert result.returncode == 0, result.stderr
    store = Store.open(data_dir)
    try:
        assert store.get_setting(PARTNERSHIP_SETTING) == DEMO_PARTNERSHIP_ID
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("WOPDESK_TEST_PACKAGE") != "1",
    reason="builds the package with PyInstaller (minutes): set WOPDESK_TEST_PACKAGE=1",
)
def test_the_built_package_starts_without_the_virtualenv(tmp_path: Path) -> None:
    build = load_tool("build.py")
    folder = build.build(tmp_path / "dist", tmp_path / "work")
    assert build.smoke_check(folder) == []
    inside = folder / "_internal"
    for shipped in (
        "resources/indicators.csv",
        "resources/translations/wopdesk_fr.qm",
        "resources/translations/wopdesk_es.ts",
        "resources/icons/org.wopdesk.WOPdesk-256.png",
        "wopdesk/storage/migrations/env.py",
        "wopdesk/storage/migrations/versions/0001_initial_schema.py",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/Qt/translations/qtbase_es.qm",
    ):
        assert (inside / shipped).is_file(), shipped
    names = {path.name for path in inside.rglob("*")}
    assert not {n for n in names if n.startswith(("libQt6WebEngine", "libQt6Quick", "libQt6Qml"))}
    assert "qtbase_de.qm" not in names
    assert [p for p in inside.rglob("*") if p.is_symlink() and not p.exists()] == []
    _check_linux_install(folder, tmp_path / "prefix")


def _check_linux_install(folder: Path, prefix: Path) -> None:
    """packaging/install-linux.sh puts the built folder into a desktop's menus."""
    subprocess.run(
        [str(PACKAGING / "install-linux.sh"), str(prefix), str(folder)],
        check=True,
        capture_output=True,
    )
    program = prefix / "opt" / "wopdesk" / "wopdesk"
    entry = prefix / "share" / "applications" / DESKTOP_FILE.name
    assert f"Exec={program}" in entry.read_text(encoding="utf-8")
    assert (prefix / "bin" / "wopdesk").resolve() == program.resolve()
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    result = subprocess.run([str(prefix / "bin" / "wopdesk"), "--help"], capture_output=True)
    assert result.returncode == 0
