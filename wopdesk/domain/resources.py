"""Where the files shipped beside the code (catalogue, fonts, translations) live."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder, in a source tree or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
