"""Screenshots of every page of the app, at 1366×768, in English, French and Spanish.

    .venv/bin/python docs/screenshots/make.py            # all languages, into docs/screenshots
    .venv/bin/python docs/screenshots/make.py --language fr --out /tmp/shots

Real captures of the app on the demo partnership: the demo is built in a temporary
profile (your own data and settings are never touched), the main window is opened on it
at the size of a 1366×768 laptop screen on Qt's offscreen platform, each page is shown
with its first record chosen once its data has been read, and the window is saved as
``{language}-{page}.png``. Each language runs in a process of its own, as the app does.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCREEN = ROOT / "tests" / "screen-1366x768.json"
LANGUAGES = ("en", "fr", "es")
SIZE = (1366, 768)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--language", action="append", choices=LANGUAGES)
    parser.add_argument("--out", type=Path, default=HERE)
    parser.add_argument("--one", help=argparse.SUPPRESS)  # the child process: one language
    args = parser.parse_args(argv)
    if args.one:
        return capture(args.one, args.out)
    args.out.mkdir(parents=True, exist_ok=True)
    for language in args.language or LANGUAGES:
        with tempfile.TemporaryDirectory(prefix="wopdesk-shots-") as home:
            env = sandboxed(Path(home), language)
            command = [sys.executable, __file__, "--one", language, "--out", str(args.out)]
            done = subprocess.run(command, env=env, cwd=ROOT, check=False)
            if done.returncode != 0:
                print(f"The {language} screenshots failed.", file=sys.stderr)
                return done.returncode
    return 0


def sandboxed(home: Path, language: str) -> dict[str, str]:
    """The environment of a child: its own profile, settings and logs, offscreen, 1366×768."""
    env = dict(os.environ)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env[name] = str(home / name.lower())
    env["WOPDESK_DATA_DIR"] = str(home / "profile")
    env["WOPDESK_LOG_DIR"] = str(home / "log")
    env["WOPDESK_LANGUAGE"] = language
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
    return env


def capture(language: str, out: Path) -> int:
    """In the child: build the demo, open the window, save every page."""
    from wopdesk.demo import create_demo, demo_id
    from wopdesk.storage.store import Store
    from wopdesk.ui.app import create_application, register_fonts
    from wopdesk.ui.context import AppContext
    from wopdesk.ui.i18n import install_translators
    from wopdesk.ui.main_window import MainWindow

    app = create_application(sys.argv[:1])
    install_translators(app, language)
    register_fonts()
    store = Store.open(os.environ["WOPDESK_DATA_DIR"])
    create_demo(store)
    store.set_setting("me_person_id", demo_id("person:maria"))
    window = MainWindow(AppContext(store))
    window.resize(*SIZE)
    window.show()
    settle(app, window)
    for page_id in window.page_ids:
        page = window.show_page(page_id)
        settle(app, window)
        choose_first_row(page)
        settle(app, window)
        path = out / f"{language}-{page_id}.png"
        save_small(window.grab(), path)
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    window.close()
    store.close()
    return 0


def save_small(pixmap: object, path: Path) -> None:
    """Save as a 256-colour PNG: a third of the size, and a window's flat colours and
    anti-aliased text look the same."""
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")  # type: ignore[attr-defined]
    image = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    image.quantize(256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def choose_first_row(page: object) -> None:
    """Choose a list page's first record, as a person would, so its details show."""
    from PySide6.QtWidgets import QAbstractItemView

    table = getattr(page, "table", None)
    if isinstance(table, QAbstractItemView) and table.model() is not None:
        if table.model().rowCount() > 0:
            table.setCurrentIndex(table.model().index(0, 0))


def settle(app: object, window: object, quiet_s: float = 0.4, timeout_s: float = 60) -> None:
    """Run the event loop until the window is ready and no background work has run for a
    while (reads, page builds, thumbnails), so that what is saved is what a person sees."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.monotonic() + timeout_s
    quiet_since = time.monotonic()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(20)

    def check() -> None:
        nonlocal quiet_since
        busy = not window.is_ready or window.ctx.busy  # type: ignore[attr-defined]
        now = time.monotonic()
        if busy:
            quiet_since = now
        if now - quiet_since >= quiet_s or now > deadline:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    loop.exec()
    timer.stop()


if __name__ == "__main__":
    sys.exit(main())
