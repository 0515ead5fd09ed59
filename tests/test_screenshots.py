"""The README's screenshots: every page, in every language, made by docs/screenshots/make.py."""

from pathlib import Path

import pytest

from wopdesk.ui.pages.registry import PAGE_ENTRIES

ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "docs" / "screenshots"


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_every_page_has_its_screenshot(language: str) -> None:
    missing = [p for p in PAGE_ENTRIES if not (SHOTS / f"{language}-{p}.png").is_file()]
    assert missing == [], "Run .venv/bin/python docs/screenshots/make.py"


def test_the_readme_shows_screenshots_that_exist() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    shown = [line for line in readme.splitlines() if "docs/screenshots/" in line]
    assert shown
    for line in shown:
        for part in line.split("(docs/screenshots/")[1:]:
            assert (SHOTS / part.split(")")[0]).is_file(), part
