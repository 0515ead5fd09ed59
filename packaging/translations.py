"""Update the translation catalogues from the code and compile them (``make translations``).

``pyside6-lupdate`` reads every ``self.tr(...)``, ``translate(...)`` and
``QT_TRANSLATE_NOOP(...)`` with literal strings in ``wopdesk/``. Three kinds of text it
cannot see are written to a scratch file of ``QT_TRANSLATE_NOOP(context, ...)`` lines
first, so lupdate adds them too: the vocabulary labels (context ``vocab``), the record and
field labels of the validation rules (``rules``), both computed by the code, and the
``_("...")`` strings of the PDF reports (``reports``). ``pyside6-lrelease`` then
compiles each ``.ts`` to the ``.qm`` that Qt loads. ``--check`` changes nothing and lists
what a translator still has to do (the test suite runs it).

Usage: python packaging/translations.py [--check]
"""

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from wopdesk.domain import health, rules  # noqa: E402
from wopdesk.domain.i18n import (  # noqa: E402
    CATALOGUE_PREFIX,
    SOURCE_LANGUAGE,
    VOCAB_CONTEXT,
    Message,
    read_ts,
    vocab_labels,
)
from wopdesk.reports import text as report_text  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = ROOT / "wopdesk"
REPORTS = SOURCES / "reports"
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


def report_strings(folder: Path = REPORTS) -> list[str]:
    """The text of every ``_("...")`` call of the report code.

    A call whose argument is not one literal string could never be found in a catalogue:
    it is refused here, so the check fails until the code is fixed.
    """
    found: set[str] = set()
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_"):
                continue
            argument = node.args[0] if len(node.args) == 1 and not node.keywords else None
            if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                where = f"{shown}:{node.lineno}"
                raise SystemExit(f"{where}: _() takes one literal string, as lupdate needs.")
            found.add(argument.value)
    return sorted(found)


def entity_rules() -> list[rules.EntityRules]:
    """The validation rules of every kind of record."""
    from wopdesk.storage.models import Base  # SQLAlchemy: only needed here

    return [
        mapper.class_.rules
        for mapper in Base.registry.mappers
        if isinstance(getattr(mapper.class_, "rules", None), rules.EntityRules)
    ]


def marked_texts() -> list[tuple[str, str]]:
    """(context, text) of everything lupdate cannot find by itself."""
    marked = [(VOCAB_CONTEXT, text) for text in vocab_labels()]
    marked += [(rules.CONTEXT, text) for text in rules.rule_labels(entity_rules())]
    marked += [(report_text.CONTEXT, text) for text in report_strings()]
    marked += [(health.CONTEXT, text) for text in health.texts()]  # resources/*.csv
    return marked


def write_marked_source(folder: Path) -> Path:
    """A scratch Python file that marks those texts for lupdate."""
    path = folder / "marked_texts.py"
    lines = [
        f"QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)})"
        for context, text in marked_texts()
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
        marked = write_marked_source(Path(scratch))
        common: list[str | Path] = [lupdate, "-silent", "-extensions", "py"]
        common += ["-locations", "none", "-no-obsolete"]
        _run([*common, SOURCES, marked, "-ts", *translated])
        # English needs a catalogue only for plural forms ("%n visit(s)" -> "1 visit").
        _run([*common, "-pluralonly", "-source-language", "en", SOURCES, marked, "-ts", english])
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
