"""Translations for code without Qt (vocabulary labels, PDF reports), from the UI's catalogues.

The Qt Linguist catalogues ``resources/translations/wopdesk_<lang>.ts`` are the one
source of truth: Qt loads their compiled ``.qm`` form, and this module reads the ``.ts``
XML itself so storage, reports and the command line translate without a display.

Call ``translate("reports", "Visit summary")`` (current language) or
``translator("fr").translate("reports", "Visit summary")`` with literal strings and
positional arguments only, like ``QCoreApplication.translate``: ``pyside6-lupdate`` then
finds the call and adds the string to the catalogues. It silently skips a call with a
keyword argument or a fifth argument, and an f-string can never match a catalogue entry.
"""

import datetime as dt
import os
import sys
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from pathlib import Path
from typing import NamedTuple

from wopdesk.domain.resources import resources_dir

SOURCE_LANGUAGE = "en"
LANGUAGE_ENV = "WOPDESK_LANGUAGE"
VOCAB_CONTEXT = "vocab"
DATES_CONTEXT = "dates"
CATALOGUE_PREFIX = "wopdesk_"

_LOCALE_VARS = ("LC_ALL", "LC_MESSAGES", "LANG")

_chosen: str | None = None


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Mark ``text`` for the catalogues without translating it now."""
    return text


def translations_dir() -> Path:
    return resources_dir() / "translations"


# NamedTuples, not dataclasses, and ``locale`` imported where used: the desktop app's
# start-up imports this module before its first paint, and ``dataclasses`` and ``locale``
# cost about 8 ms there.
class Message(NamedTuple):
    """One entry of a catalogue; ``forms`` holds one text, or one per plural form."""

    context: str
    source: str
    disambiguation: str
    forms: tuple[str, ...]
    numerus: bool
    finished: bool


def read_ts(path: Path) -> Iterator[Message]:
    """Every current message of a ``.ts`` file (vanished and obsolete ones are skipped)."""
    import xml.etree.ElementTree as ET  # here: the app's start-up does not read catalogues

    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise ValueError(f"{path.name} is not a valid translation catalogue ({exc}).") from None
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: tuple[str, ...] = ()
            elif numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            yield Message(
                context=name,
                source=message.findtext("source") or "",
                disambiguation=message.findtext("comment") or "",
                forms=forms,
                numerus=numerus,
                finished=kind != "unfinished" and bool(forms) and all(forms),
            )


Key = tuple[str, str, str]


@cache
def _catalogue(language: str) -> dict[Key, tuple[str, ...]]:
    """Finished translations of one language; unfinished ones fall back to English, as in Qt.

    English has a catalogue only for its plural forms (``%n visit(s)`` -> ``1 visit``).
    """
    path = translations_dir() / f"{CATALOGUE_PREFIX}{language}.ts"
    if not path.is_file():
        return {}
    return {(m.context, m.source, m.disambiguation): m.forms for m in read_ts(path) if m.finished}


@cache
def available_languages() -> tuple[str, ...]:
    """English (the source language) and every language with a catalogue."""
    found = sorted(
        path.stem.removeprefix(CATALOGUE_PREFIX)
        for path in translations_dir().glob(f"{CATALOGUE_PREFIX}*.ts")
    )
    return (SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE))


def _plural_form(language: str, n: int) -> int:
    # Qt's numerus rules for the languages we ship: French treats 0 as singular.
    if language == "fr":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


class Translator(NamedTuple):
    """Translates into one language, with the signature of ``QCoreApplication.translate``."""

    language: str

    def translate(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """``text`` translated, else ``text``; as in Qt, ``%n`` becomes ``n`` when ``n >= 0``."""
        if n < 0 and self.language == SOURCE_LANGUAGE:
            # The source text: English's catalogue holds plural forms only, and reading
            # it (~15 ms) is not for the Overview's first paint to wait on.
            return text
        table = _catalogue(self.language)
        forms = table.get((context, text, disambiguation or "")) or table.get((context, text, ""))
        result = text
        if forms:
            result = forms[min(_plural_form(self.language, n), len(forms) - 1) if n >= 0 else 0]
        return result.replace("%n", str(n)) if n >= 0 else result

    def label(self, member: object) -> str:
        """A vocabulary value (a ``LabelledEnum`` member) as people read it."""
        return self.translate(VOCAB_CONTEXT, getattr(member, "label", str(member)))


def translator(language: str | None = None) -> Translator:
    """A translator for ``language``, by default the current language."""
    return Translator(language or current_language())


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language; see ``Translator.translate``."""
    return translator().translate(context, text, disambiguation, n)


def label(member: object, language: str | None = None) -> str:
    """A vocabulary value (a ``LabelledEnum`` member) as people read it, translated."""
    return translator(language).label(member)


def vocab_labels() -> list[str]:
    """The English label of every vocabulary value, for the ``vocab`` context of the catalogues."""
    from wopdesk.domain import vocab  # here: vocab may one day import this module

    kinds = [getattr(vocab, name) for name in dir(vocab)]
    return sorted(
        {
            member.label
            for kind in kinds
            if isinstance(kind, type)
            and issubclass(kind, vocab.LabelledEnum)
            and kind is not vocab.LabelledEnum
            for member in kind
        }
    )


# The current language -----------------------------------------------------------------


def normalise_language(name: str | None) -> str | None:
    """``fr_FR.UTF-8``, ``fr-CA``, ``French_France`` -> ``fr``; None when it names no language."""
    if not name or name in ("C", "POSIX") or name.startswith("C."):
        return None
    code = name.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    if len(code) in (2, 3) and code.isalpha():
        return code
    # Windows names the locale in English ("French_France"); Python's alias table knows them.
    import locale

    normalised = locale.normalize(name.split("_")[0].lower())
    code = normalised.split(".")[0].split("_")[0].lower()
    return code if len(code) in (2, 3) and code.isalpha() else None


def system_language() -> str:
    """The first language of the user's environment that WOPdesk offers, else English.

    As gettext does: ``LANGUAGE`` is a list of preferences, then the first of ``LC_ALL``,
    ``LC_MESSAGES`` and ``LANG`` that is set.
    """
    candidates = os.environ.get("LANGUAGE", "").split(":")
    candidates.append(next(filter(None, map(os.environ.get, _LOCALE_VARS)), ""))
    if sys.platform == "win32":
        import locale

        candidates.append(locale.getlocale()[0] or "")
    offered = available_languages()
    for candidate in candidates:
        code = normalise_language(candidate.strip())
        if code in offered:
            return code
    return SOURCE_LANGUAGE


def set_language(language: str | None) -> None:
    """Choose the language of ``translate`` for this process; None follows the system again."""
    global _chosen
    _chosen = normalise_language(language) if language else None


def current_language() -> str:
    """The chosen language, else ``WOPDESK_LANGUAGE``, else the system's, among those offered."""
    offered = available_languages()
    for candidate in (_chosen, normalise_language(os.environ.get(LANGUAGE_ENV))):
        if candidate in offered:
            return candidate
    return system_language()


# Dates and numbers for reports (the UI uses QLocale) -------------------------------------

_MONTHS = (
    QT_TRANSLATE_NOOP("dates", "January"),
    QT_TRANSLATE_NOOP("dates", "February"),
    QT_TRANSLATE_NOOP("dates", "March"),
    QT_TRANSLATE_NOOP("dates", "April"),
    QT_TRANSLATE_NOOP("dates", "May"),
    QT_TRANSLATE_NOOP("dates", "June"),
    QT_TRANSLATE_NOOP("dates", "July"),
    QT_TRANSLATE_NOOP("dates", "August"),
    QT_TRANSLATE_NOOP("dates", "September"),
    QT_TRANSLATE_NOOP("dates", "October"),
    QT_TRANSLATE_NOOP("dates", "November"),
    QT_TRANSLATE_NOOP("dates", "December"),
)

_DATE_PATTERN = QT_TRANSLATE_NOOP("dates", "{day} {month} {year}")

# (decimal point, group separator, smallest number that is grouped) as in CLDR.
_NUMBER_SYMBOLS: dict[str, tuple[str, str, int]] = {
    "en": (".", ",", 1000),
    "fr": (",", "\u202f", 1000),
    "es": (",", ".", 10000),
}


def format_date(value: dt.date | None, language: str | None = None) -> str:
    """``31 March 2026``, ``31 mars 2026``, ``31 de marzo de 2026``; empty for None."""
    if value is None:
        return ""
    tr = translator(language)
    month = tr.translate(DATES_CONTEXT, _MONTHS[value.month - 1])
    return tr.translate(DATES_CONTEXT, _DATE_PATTERN).format(
        day=value.day, month=month, year=value.year
    )


def _abbreviated_month(tr: Translator, number: int) -> str:
    names = (
        tr.translate("dates", "Jan"),
        tr.translate("dates", "Feb"),
        tr.translate("dates", "Mar"),
        tr.translate("dates", "Apr"),
        tr.translate("dates", "May", "abbreviated month"),
        tr.translate("dates", "Jun"),
        tr.translate("dates", "Jul"),
        tr.translate("dates", "Aug"),
        tr.translate("dates", "Sep"),
        tr.translate("dates", "Oct"),
        tr.translate("dates", "Nov"),
        tr.translate("dates", "Dec"),
    )
    return names[number - 1]


def format_short_date(value: dt.date | None, language: str | None = None) -> str:
    """``31 Mar 2026``, ``31 mars 2026``, ``31 mar 2026``: unambiguous in every country.

    Reports and tables use it: 10/12/2026 is October in one country and December in
    the next, and the locales' short formats differ even within a language.
    """
    if value is None:
        return ""
    tr = translator(language)
    pattern = tr.translate("dates", "{day} {month} {year}", "abbreviated month")
    return pattern.format(day=value.day, month=_abbreviated_month(tr, value.month), year=value.year)


def format_period(first: dt.date, last: dt.date, language: str | None = None) -> str:
    """A span of days, ``7–11 Apr 2025``, written as short as it stays clear."""
    if first == last:
        return format_short_date(first, language)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_short_date(last, language)}"
    return f"{format_short_date(first, language)} – {format_short_date(last, language)}"


def format_number(
    value: float | Decimal | None, decimals: int = 0, language: str | None = None
) -> str:
    """A number with the language's decimal point and digit grouping; empty for None."""
    if value is None:
        return ""
    point, group, grouped_from = _NUMBER_SYMBOLS.get(
        language or current_language(), _NUMBER_SYMBOLS[SOURCE_LANGUAGE]
    )
    magnitude: float | Decimal
    if isinstance(value, Decimal):  # money: exact, rounded half up as accountants do
        magnitude = abs(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    else:
        magnitude = round(abs(value), decimals)
    text = (
        f"{magnitude:,.{decimals}f}" if magnitude >= grouped_from else f"{magnitude:.{decimals}f}"
    )
    text = text.replace(",", "\0").replace(".", point).replace("\0", group)
    return f"-{text}" if value < 0 and magnitude != 0 else text
