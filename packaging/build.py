"""Build WOPdesk as a one-folder app with PyInstaller, then check that the result starts.

Usage (from the project root, in an environment with ``pip install -e '.[package]'``):

    python packaging/build.py            # dist/wopdesk (dist/WOPdesk.app on macOS)
    python packaging/build.py --no-check # build only

The check runs the built program as a person would, with no Python or virtualenv in the
environment: ``wopdesk demo --data-dir D`` creates a profile, then the desktop app opens
it offscreen in English, French and Spanish and quits as soon as the window shows.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "wopdesk.spec"
sys.path[:0] = [str(ROOT), str(ROOT / "packaging")]

# Qt's offscreen platform says this about every window it shows; it is not a problem.
HARMLESS_STDERR = ("This plugin does not support propagateSizeHints()",)


def compile_translations() -> None:
    """Build each .qm from its committed .ts, so the package never ships stale ones."""
    import translations  # packaging/translations.py

    for ts_file in sorted(translations.TRANSLATIONS.glob("*.ts")):
        translations.release(ts_file)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the folder that holds the program."""
    compile_translations()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / "wopdesk"


def program_in(folder: Path) -> Path:
    return folder / ("wopdesk.exe" if sys.platform == "win32" else "wopdesk")


def clean_environment(home: Path, **extra: str) -> dict[str, str]:
    """What a person's session would give the program: no Python, no virtualenv, no Qt paths."""
    if sys.platform == "win32":
        keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "USERPROFILE", "APPDATA", "LOCALAPPDATA")
        env = {key: os.environ[key] for key in keep if key in os.environ}
        env["PATH"] = os.environ.get("SYSTEMROOT", r"C:\Windows") + r"\System32"
    else:
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8"}
        env["XDG_RUNTIME_DIR"] = str(home / "runtime")
        (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.update(extra)
    return env


def _run(program: Path, args: list[str], env: dict[str, str]) -> list[str]:
    """Run the built program; return what went wrong, in words."""
    result = subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    shown = " ".join(args)
    problems = []
    if result.returncode != 0:
        problems.append(f"`wopdesk {shown}` exited {result.returncode}: {result.stderr.strip()}")
    noise = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and not any(harmless in line for harmless in HARMLESS_STDERR)
    ]
    if noise and result.returncode == 0:
        problems.append(f"`wopdesk {shown}` printed warnings: {' | '.join(noise)}")
    return problems


def smoke_check(folder: Path) -> list[str]:
    """Start the built program on a fresh profile; empty when it works."""
    from wopdesk.demo import DEMO_PARTNERSHIP_ID
    from wopdesk.storage.store import Store
    from wopdesk.ui.context import PARTNERSHIP_SETTING

    program = program_in(folder)
    if not program.is_file():
        return [f"{program} was not built."]
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="wopdesk-smoke-") as scratch:
        home, data_dir = Path(scratch), Path(scratch) / "profile"
        env = clean_environment(home)
        problems += _run(program, ["--help"], env)
        problems += _run(program, ["demo", "--data-dir", str(data_dir)], env)
        if not (data_dir / "wopdesk.db").is_file():
            return [*problems, "`wopdesk demo` created no database."]
        for language in ("en", "fr", "es"):
            app_env = clean_environment(
                home, WOPDESK_QUIT_AFTER_SHOW="1", WOPDESK_LANGUAGE=language
            )
            problems += _run(program, ["--data-dir", str(data_dir)], app_env)
        store = Store.open(data_dir)
        try:
            opened = store.get_setting(PARTNERSHIP_SETTING)
        finally:
            store.close()
        if opened != DEMO_PARTNERSHIP_ID:
            problems.append(f"The app did not open the demo partnership (it opened {opened!r}).")
    return problems


def folder_size(folder: Path) -> int:
    """Bytes on disk, counting each file once (PyInstaller links some Qt libraries)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description="Build WOPdesk with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-check", action="store_true", help="build without the smoke check")
    args = parser.parse_args()
    if not _has_pyinstaller():
        print("PyInstaller is missing: pip install -e '.[package]'", file=sys.stderr)
        return 1
    started = time.monotonic()
    folder = build(args.dist, args.work)
    elapsed = time.monotonic() - started
    print(f"Built {folder} in {elapsed:.0f} s, {folder_size(folder) / 2**20:.0f} MiB.")
    if args.no_check:
        return 0
    problems = smoke_check(folder)
    print("\n".join(problems) or "Smoke check passed: the built program starts and opens the demo.")
    return 1 if problems else 0


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
