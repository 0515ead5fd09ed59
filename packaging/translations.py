"""Update the translation catalogues from the code and compile them (``make translations``).

``pyside6-lupdate`` reads every ``self.tr(...)``, ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` with literal strings in ``wopdesk/``; the vocabulary labels,
which the code computes, are written to a scratch file of ``QT_TRANSLATE_NOOP("vocab", ...)``
lines first so lupdate puts them in the ``vocab`` context too. ``pyside6-lrelease`` then
compiles each ``.ts`` to the ``.qm`` that Qt loads. ``--check`` changes nothing and lists
what a translator still has to do (the test suite runs it).

Usage: python packaging/translations.py [--check]
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wopdesk.domain.i18n import (  # noqa: E402
    CATALOGUE_PREFIX,
    SOURCE_LANGUAGE,
    VOCAB_CONTEXT,
    Message,
    read_ts,
    vocab_labels,
)

TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "wopdesk"
LANGUAGES = ("fr", "es")
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")


def qt_tool(name: str) -> Path:
    """``pyside6-<name>`` from the running Python's environment, else from PATH."""
    scripts = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(scripts)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 in this environment.")
    return Path(found)


def catalogue_path(language: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"{CATALOGUE_PREFIX}{language}.ts"


def _run(command: list[str | Path]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"{Path(command[0]).name} failed:\n{result.stdout}{result.stderr}")


def write_vocab_source(folder: Path) -> Path:
    """A scratch Python file that marks every vocabulary label for lupdate."""
    path = folder / "vocab_labels.py"
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(VOCAB_CONTEXT)}, {json.dumps(text, ensure_ascii=False)})"
        for text in vocab_labels()
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def update_catalogues(folder: Path = TRANSLATIONS) -> list[Path]:
    """Merge the strings of the code into the ``.ts`` files of ``folder``; return them all."""
    folder.mkdir(parents=True, exist_ok=True)
    lupdate = qt_tool("lupdate")
    translated = [catalogue_path(language, folder) for language in LANGUAGES]
    english = catalogue_path(SOURCE_LANGUAGE, folder)
    with tempfile.TemporaryDirectory() as scratch:
        vocab = write_vocab_source(Path(scratch))
        common: list[str | Path] = [lupdate, "-silent", "-extensions", "py"]
        common += ["-locations", "none", "-no-obsolete"]
        _run([*common, SOURCES, vocab, "-ts", *translated])
        # English needs a catalogue only for plural forms ("%n visit(s)" -> "1 visit").
        _run([*common, "-pluralonly", "-source-language", "en", SOURCES, vocab, "-ts", english])
    return [english, *translated]


def release(ts_file: Path, qm_file: Path | None = None) -> Path:
    """Compile one catalogue; unfinished translations stay out, so Qt shows the English."""
    qm_file = qm_file or ts_file.with_suffix(".qm")
    _run([qt_tool("lrelease"), "-silent", "-nounfinished", ts_file, "-qm", qm_file])
    return qm_file


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def message_problems(language: str, message: Message) -> list[str]:
    """What is wrong with one message of a catalogue, in words a translator understands."""
    where = f"{CATALOGUE_PREFIX}{language}.ts [{message.context}] {message.source!r}"
    if not message.finished:
        return [f"{where}: not translated yet (missing, empty or marked unfinished)"]
    expected = _placeholders(message.source)
    wrong = [form for form in message.forms if _placeholders(form) != expected]
    # Every plural form except a singular form may drop %n ("une visite"), none may add one.
    if message.numerus:
        wrong = [f for f in wrong if _placeholders(f) != [p for p in expected if p != "%n"]]
    return [f"{where}: placeholders {expected} differ in {form!r}" for form in wrong]


def check(folder: Path = TRANSLATIONS) -> list[str]:
    """Everything a translator or a developer must still do; empty when all is in order."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for language in (SOURCE_LANGUAGE, *LANGUAGES):
            committed = catalogue_path(language, folder)
            if committed.exists():
                shutil.copy(committed, catalogue_path(language, work))
            else:
                problems.append(f"{committed.name} is missing: run make translations")
        for ts_file in update_catalogues(work):
            language = ts_file.stem.removeprefix(CATALOGUE_PREFIX)
            for message in read_ts(ts_file):
                problems.extend(message_problems(language, message))
            committed_ts = catalogue_path(language, folder)
            committed_qm = committed_ts.with_suffix(".qm")
            if not committed_ts.exists():
                continue
            fresh_qm = release(committed_ts, work / f"fresh_{language}.qm")
            if not committed_qm.exists() or committed_qm.read_bytes() != fresh_qm.read_bytes():
                problems.append(f"{committed_qm.name} is older than its .ts: run make translations")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing, list what is left")
    if parser.parse_args().check:
        problems = check()
        print("\n".join(problems) or "The catalogues are complete and compiled.")
        return 1 if problems else 0
    for ts_file in update_catalogues():
        release(ts_file)
        print(f"{ts_file.relative_to(ROOT)} -> {ts_file.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
