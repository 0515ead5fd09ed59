"""French and Spanish: full catalogues, translated vocabularies, Qt dialogs, locale formats."""

import ast
import datetime as dt
import importlib.util
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import wopdesk
from tests.demo_facts import BUDGET, SPENT, cash_budget, cash_spent
from wopdesk.cli import main as cli_main
from wopdesk.demo import DEMO_PARTNERSHIP_ID, bobo, demo_id
from wopdesk.domain import i18n
from wopdesk.domain import vocab as v
from wopdesk.domain.rules import check_reading_in_range, parse_date, validate
from wopdesk.errors import ValidationError
from wopdesk.reports.progress import build_progress_report
from wopdesk.reports.visit import build_visit_summary
from wopdesk.storage.models import LearningActivity, SiteVisit
from wopdesk.storage.store import Store
from wopdesk.ui import forms
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.context import AppContext
from wopdesk.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
LOCALE_VARS = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", i18n.LANGUAGE_ENV)


def load_tool(name: str) -> ModuleType:
    """A script of packaging/ (not a package: its name would shadow PyPI's ``packaging``)."""
    spec = importlib.util.spec_from_file_location(f"wopdesk_{name}", ROOT / "packaging" / name)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def clean_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """No language in the environment and none chosen, restored afterwards."""
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)
    i18n.set_language(None)
    yield monkeypatch
    i18n.set_language(None)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "wopdesk.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def translated_app(qapp: QApplication) -> Iterator[QApplication]:
    """The application, put back into English after the test."""
    yield qapp
    ui_i18n.remove_translators(qapp)


# The catalogues -------------------------------------------------------------------------


def test_every_string_of_the_app_is_translated_in_french_and_spanish() -> None:
    """Runs lupdate over the code into scratch copies: a new or changed string fails here."""
    problems = load_tool("translations.py").check()
    assert problems == [], "Run `make translations`, then translate:\n" + "\n".join(problems)


def _text_argument(call: ast.Call) -> ast.expr | None:
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    index = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1}.get(name)
    if index is None or len(call.args) <= index:
        return None
    context = call.args[0]
    if index == 1 and not (isinstance(context, ast.Constant) and isinstance(context.value, str)):
        return None  # not a translation call: e.g. a canvas's translate(x, y)
    return call.args[index]


def test_report_and_rule_texts_reach_the_catalogues() -> None:
    """What lupdate cannot see (reports' _() calls, computed labels) is marked for it."""
    marked = load_tool("translations.py").marked_texts()
    assert ("reports", "Agreed actions") in marked
    assert {("rules", "Site visit"), ("rules", "Planned start"), ("vocab", "Water")} <= set(marked)
    for language in ("fr", "es"):
        table = i18n._catalogue(language)
        assert [text for text in marked if (*text, "") not in table] == []


def test_a_report_string_lupdate_could_not_read_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bad.py").write_text('TITLE = "Agreed actions"\nprint(_(TITLE))\n')
    with pytest.raises(SystemExit, match=r"bad.py:2: _\(\) takes one literal string"):
        load_tool("translations.py").report_strings(tmp_path)


def _literal_text_in_a_named_context(call: ast.Call) -> bool:
    """``translate(CONTEXT, "text")``: lupdate needs the context spelled out, or skips it."""
    name = call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")
    if name not in ("translate", "QT_TRANSLATE_NOOP") or len(call.args) < 2:
        return False
    context, text = call.args[0], call.args[1]
    literal_text = isinstance(text, ast.Constant) and isinstance(text.value, str)
    literal_context = isinstance(context, ast.Constant) and isinstance(context.value, str)
    return literal_text and not literal_context


def test_every_translated_call_is_one_lupdate_can_read() -> None:
    """lupdate silently skips keyword arguments and named contexts; an f-string never matches."""
    offenders = []
    for path in Path(wopdesk.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            text = _text_argument(node)
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            built = isinstance(text, ast.JoinedStr | ast.BinOp)
            if built or (literal and (node.keywords or len(node.args) > 4)):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            elif _literal_text_in_a_named_context(node):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno} (context)")
    assert offenders == []


def test_a_catalogue_that_is_not_xml_is_refused_in_one_sentence(tmp_path: Path) -> None:
    broken = tmp_path / "wopdesk_fr.ts"
    broken.write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^wopdesk_fr.ts is not a valid translation catalogue"):
        list(i18n.read_ts(broken))


def test_read_ts_skips_vanished_and_keeps_plural_forms(tmp_path: Path) -> None:
    catalogue = tmp_path / "wopdesk_fr.ts"
    catalogue.write_text(
        """<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr_FR">
        <context><name>reports</name>
        <message numerus="yes"><source>%n visit(s)</source><translation>
          <numerusform>%n visite</numerusform><numerusform>%n visites</numerusform>
        </translation></message>
        <message><source>Gone</source><translation type="vanished">Parti</translation></message>
        <message><source>Draft</source><translation type="unfinished">Brou</translation></message>
        </context></TS>""",
        encoding="utf-8",
    )
    messages = {m.source: m for m in i18n.read_ts(catalogue)}
    assert set(messages) == {"%n visit(s)", "Draft"}
    assert messages["%n visit(s)"].forms == ("%n visite", "%n visites")
    assert messages["%n visit(s)"].finished
    assert not messages["Draft"].finished


def test_english_reads_its_catalogue_only_for_plural_forms(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The English catalogue holds plural forms only: drawing English text (the Overview's
    cycle card at start-up) does not wait for the catalogue to be read."""
    read: list[str] = []
    real = i18n._catalogue.__wrapped__

    def counted(language: str) -> dict[i18n.Key, tuple[str, ...]]:
        read.append(language)
        return real(language)

    monkeypatch.setattr(i18n, "_catalogue", counted)
    english = i18n.translator("en")
    assert english.translate("reports", "Draft") == "Draft"
    assert read == []
    assert english.translate("reports", "%n page(s)", n=1) == "1 page"
    assert english.translate("reports", "%n page(s)", n=3) == "3 pages"
    assert read == ["en", "en"]
    assert i18n.translator("fr").translate("reports", "%n page(s)", n=3) == "3 pages"
    assert read[-1] == "fr"


# Headless translation: vocabularies and reports ------------------------------------------


def every_vocabulary_value() -> list[v.LabelledEnum]:
    kinds = [getattr(v, name) for name in dir(v)]
    return [
        member
        for kind in kinds
        if isinstance(kind, type)
        and issubclass(kind, v.LabelledEnum)
        and kind is not v.LabelledEnum
        for member in kind
    ]


@pytest.mark.parametrize("language", ["fr", "es"])
def test_every_vocabulary_label_has_a_translation(language: str) -> None:
    untranslated = [
        member.label
        for member in every_vocabulary_value()
        if (i18n.VOCAB_CONTEXT, member.label, "") not in i18n._catalogue(language)
    ]
    assert untranslated == []


def test_vocabulary_labels_read_as_a_water_utility_would() -> None:
    assert i18n.label(v.WorkingArea.NON_REVENUE_WATER, "fr") == "Eau non facturée"
    assert i18n.label(v.WorkingArea.NON_REVENUE_WATER, "es") == "Agua no facturada"
    assert i18n.label(v.WopPhase.IMPLEMENTATION, "fr") == "Mise en œuvre et appui entre pairs"
    assert i18n.label(v.LearningForm.ON_THE_JOB, "es") == "Capacitación en el puesto de trabajo"
    assert i18n.label(v.ActionStatus.IN_PROGRESS, "en") == "In progress"


def test_translator_falls_back_to_english_and_fills_in_the_count() -> None:
    french = i18n.translator("fr")
    assert french.translate("MainWindow", "Partnership") == "Partenariat"
    assert french.translate("reports", "A sentence nobody translated") == (
        "A sentence nobody translated"
    )
    assert french.translate("reports", "%n photo(s)", None, 3) == "3 photo(s)"


def test_current_language_follows_the_environment(clean_locale: pytest.MonkeyPatch) -> None:
    assert i18n.current_language() == "en"
    clean_locale.setenv("LANG", "fr_FR.UTF-8")
    assert i18n.current_language() == "fr"
    clean_locale.setenv("LANGUAGE", "de:es")  # German is not offered: the next preference
    assert i18n.current_language() == "es"
    clean_locale.setenv(i18n.LANGUAGE_ENV, "fr")
    assert i18n.current_language() == "fr"
    i18n.set_language("es")
    assert i18n.current_language() == "es"
    assert i18n.translate("vocab", "Water") == "Agua"


def test_a_system_in_a_language_we_lack_gets_english(clean_locale: pytest.MonkeyPatch) -> None:
    clean_locale.setenv("LANG", "de_DE.UTF-8")
    assert i18n.current_language() == "en"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("fr_FR.UTF-8", "fr"),
        ("es-MX", "es"),
        ("French_France", "fr"),
        ("Spanish_Spain", "es"),
        ("C.UTF-8", None),
        ("", None),
    ],
)
def test_locale_names_of_every_platform_are_understood(name: str, code: str | None) -> None:
    assert i18n.normalise_language(name) == code


def test_report_dates_and_numbers_follow_the_language() -> None:
    day = dt.date(2026, 3, 31)
    assert i18n.format_date(day, "en") == "31 March 2026"
    assert i18n.format_date(day, "fr") == "31 mars 2026"
    assert i18n.format_date(day, "es") == "31 de marzo de 2026"
    assert i18n.format_date(None, "fr") == ""
    assert i18n.format_number(1234567.891, 2, "en") == "1,234,567.89"
    assert i18n.format_number(1234567.891, 2, "fr") == "1\u202f234\u202f567,89"
    assert i18n.format_number(1234.5, 1, "es") == "1234,5"  # Spanish groups from 10 000
    assert i18n.format_number(-12345.5, 1, "es") == "-12.345,5"
    assert i18n.format_number(-0.001, 1, "fr") == "0,0"


# The Qt side ------------------------------------------------------------------------------


def test_qt_translations_for_our_languages_are_found() -> None:
    for language in ("fr", "es"):
        assert (ui_i18n.qt_translations_dir() / f"qtbase_{language}.qm").is_file()


def test_qt_own_dialogs_speak_french(translated_app: QApplication, qtbot: QtBot) -> None:
    assert ui_i18n.install_translators(translated_app, "fr") == "fr"
    box = QMessageBox(QMessageBox.Icon.Question, "WOPdesk", "?")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {button.text().replace("&", "") for button in box.buttons()}
    assert texts == {"Enregistrer", "Annuler"}


def test_the_main_window_speaks_spanish(
    translated_app: QApplication, qtbot: QtBot, demo_store: Store
) -> None:
    ui_i18n.install_translators(translated_app, "es")
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    titles = {window.sidebar.item(row).text() for row in range(window.sidebar.count())}
    assert {"Visitas técnicas", "Plan de trabajo", "Registro de aprendizaje"} <= titles
    assert QCoreApplication.translate("vocab", "Non-revenue water") == "Agua no facturada"
    # Reports built by the app follow the app's language.
    assert i18n.label(v.WopPhase.DIAGNOSIS) == "Diagnóstico"


def test_english_removes_the_translations(translated_app: QApplication) -> None:
    ui_i18n.install_translators(translated_app, "fr")
    ui_i18n.install_translators(translated_app, "en")
    assert QCoreApplication.translate("MainWindow", "Partnership") == "Partnership"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_the_chosen_language_is_remembered(
    settings: QSettings, clean_locale: pytest.MonkeyPatch
) -> None:
    assert ui_i18n.saved_language(settings) is None
    ui_i18n.save_language("es", settings)
    assert ui_i18n.saved_language(settings) == "es"
    assert ui_i18n.resolve_language(None, settings) == "es"
    clean_locale.setenv(i18n.LANGUAGE_ENV, "fr")
    assert ui_i18n.resolve_language(None, settings) == "fr"
    assert ui_i18n.resolve_language("en", settings) == "en"
    ui_i18n.save_language(None, settings)
    assert ui_i18n.saved_language(settings) is None


def test_a_language_we_lack_is_refused_and_changes_nothing(settings: QSettings) -> None:
    ui_i18n.save_language("fr", settings)
    with pytest.raises(ValueError, match="no translation into 'de'"):
        ui_i18n.save_language("de", settings)
    assert ui_i18n.saved_language(settings) == "fr"


def test_languages_are_offered_in_their_own_names() -> None:
    assert ui_i18n.available_languages() == {
        "en": "English",
        "es": "Español",
        "fr": "Français",
    }


def test_the_app_follows_the_system_language(tmp_path: Path) -> None:
    """Qt reads the system locale once, at start: a fresh process with a French system."""
    script = (
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wopdesk.ui.i18n import install_translators\n"
        "app = QApplication([])\n"
        f"settings = QSettings({str(tmp_path / 's.ini')!r}, QSettings.Format.IniFormat)\n"
        "print(install_translators(app, None, settings))\n"
    )
    env = {k: val for k, val in os.environ.items() if k not in LOCALE_VARS}
    env.update(LANG="fr_FR.UTF-8", QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "fr"


@pytest.fixture
def french_locale() -> Iterator[None]:
    QLocale.setDefault(QLocale("fr_FR"))
    i18n.set_language("fr")
    yield
    i18n.set_language(None)
    QLocale.setDefault(QLocale.system())


def test_ui_dates_numbers_and_money_use_the_locale(french_locale: None) -> None:
    day = dt.date(2026, 3, 31)
    assert forms.format_date(day) == "31 mars 2026"
    assert ui_i18n.format_datetime(dt.datetime(2026, 3, 31, 14, 5)) == "31 mars 2026 14:05"
    assert forms.format_number(1234.5, 1) == "1\u202f234,5"
    assert forms.format_money(Decimal("1234.5"), "EUR") == "1\u202f234,50 EUR"
    # As many decimals as the currency's minor units (ISO 4217): the CFA franc has none.
    assert forms.format_money(20000, "XOF") == "20\u202f000 XOF"
    assert forms.format_date(None) == ""


def test_english_dates_and_numbers() -> None:
    QLocale.setDefault(QLocale("en_US"))
    i18n.set_language("en")
    try:
        assert forms.format_date(dt.date(2026, 3, 31)) == "31 Mar 2026"
        assert forms.format_number(1234.5, 1) == "1,234.5"
    finally:
        i18n.set_language(None)
        QLocale.setDefault(QLocale.system())


def test_spanish_locale_for_the_language_alone() -> None:
    assert ui_i18n.locale_for("es").language() == QLocale.Language.Spanish


# Reports and validation messages in the chosen language ----------------------------------


@pytest.fixture
def speak(clean_locale: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Choose the language of headless translation for one test."""
    yield i18n.set_language


def report_text(path: Path) -> str:
    reader = PdfReader(path)
    text = " ".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_a_visit_summary_in_spanish(
    demo_store: Store, tmp_path: Path, speak: Callable[[str], None]
) -> None:
    speak("es")
    out = tmp_path / "visita.pdf"
    build_visit_summary(demo_store, demo_id("visit:first"), out, today=dt.date(2026, 11, 20))
    text = report_text(out)
    for title in (
        "Resumen de la visita",
        "Participantes",
        "Propósito",
        "Hallazgos",
        "Acciones acordadas",
        "Aprendizaje impartido durante la visita",
        "Situación de los indicadores",
        "Próxima visita",
        "Firmas",
        "Página 1 de",
        "Impreso el 20 nov 2026",
        "14–18 oct 2024",
    ):
        assert title in text
    assert "Agreed actions" not in text
    assert "Signatures" not in text
    assert "Definitiva" in text
    assert "Técnica" in text


def test_a_progress_report_in_french_formats_numbers_the_french_way(
    demo_store: Store, tmp_path: Path, speak: Callable[[str], None]
) -> None:
    speak("fr")
    out = tmp_path / "avancement.pdf"
    build_progress_report(demo_store, DEMO_PARTNERSHIP_ID, out, today=dt.date(2026, 11, 20))
    text = report_text(out)
    assert "Rapport d’avancement du partenariat" in text
    assert "Situation au 20 nov. 2026" in text
    assert "Page 1 sur" in text
    # A narrow no-break space groups the thousands (NFKC reads it as a space). The
    # report is for 2026-Q3, the latest period with a record: spent up to its end.
    end = dt.date(2026, 9, 30)
    budget, spent = cash_budget(end), cash_spent(end)  # euros at the recorded parity
    share = round(100 * spent / budget)
    french = (
        f"{spent:,.0f} XOF dépensés au 30 sept. 2026 sur un budget de {budget:,.0f} XOF ({share} %)"
    )
    assert french.replace(",", " ") in text


def test_report_command_follows_the_language(
    demo_store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clean_locale: pytest.MonkeyPatch,
) -> None:
    data_dir = str(demo_store.data_dir)
    clean_locale.setenv(i18n.LANGUAGE_ENV, "es")
    args = ["report", "visit", "--latest", "--data-dir", data_dir]
    assert cli_main([*args, "-o", str(tmp_path / "es.pdf")]) == 0
    assert "Resumen de la visita guardado en" in capsys.readouterr().out
    assert cli_main([*args, "--language", "fr", "-o", str(tmp_path / "fr.pdf")]) == 0
    assert "Compte rendu de visite écrit dans" in capsys.readouterr().out
    assert "Compte rendu de visite" in report_text(tmp_path / "fr.pdf")
    assert i18n.current_language() == "es"  # --language chose for that one command only


def test_a_language_we_lack_is_refused_by_the_report_command(
    demo_store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["report", "visit", "--latest", "--language", "de", "-o", str(tmp_path / "x.pdf")]
    with pytest.raises(SystemExit) as exit_info:
        cli_main([*argv, "--data-dir", str(demo_store.data_dir)])
    assert exit_info.value.code == 2
    assert "invalid choice: 'de'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_validation_messages_speak_the_language(speak: Callable[[str], None]) -> None:
    visit = {"partnership_id": "p", "title": " ", "start_date": dt.date(2026, 3, 2)}
    speak("fr")
    with pytest.raises(ValidationError) as refused:
        validate(SiteVisit.rules, {**visit, "end_date": dt.date(2026, 3, 3)})
    assert (
        str(refused.value)
        == "Visite technique\u00a0: le champ «\u00a0Titre\u00a0» est obligatoire."
    )
    speak("es")
    with pytest.raises(ValidationError) as refused:
        validate(SiteVisit.rules, {**visit, "title": "x", "end_date": dt.date(2026, 3, 1)})
    assert str(refused.value) == (
        "Visita técnica: «Fecha de fin» (1 de marzo de 2026) es anterior a "
        "«fecha de inicio» (2 de marzo de 2026)."
    )
    with pytest.raises(ValidationError, match=r"fuera del rango válido de NRW \(0 a 100\)"):
        check_reading_in_range("NRW", 140.5, 0, 100)
    with pytest.raises(ValidationError, match=r"^Fecha: «31/03/2026» no es una fecha"):
        parse_date("31/03/2026")


def test_validation_messages_stay_english_in_english() -> None:
    with pytest.raises(ValidationError, match=r"^Site visit: Title is required\.$"):
        validate(SiteVisit.rules, {"partnership_id": "p", "start_date": dt.date(2026, 3, 2)})
    with pytest.raises(ValidationError, match=r"Learning activity: Hours must be between 0.25"):
        validate(
            LearningActivity.rules,
            {"partnership_id": "p", "date": dt.date(2026, 3, 2), "form": "x", "topic": "t"}
            | {"hours": 2000},
        )


# The app in French, and choosing a language ----------------------------------------------


def test_the_main_window_speaks_french(
    translated_app: QApplication, qtbot: QtBot, demo_store: Store
) -> None:
    ui_i18n.install_translators(translated_app, "fr")
    window = MainWindow(AppContext(demo_store))
    qtbot.addWidget(window)
    titles = {window.sidebar.item(row).text() for row in range(window.sidebar.count())}
    assert {
        "Vue d’ensemble",
        "Partenariats",
        "Visites techniques",
        "Plan de travail",
        "Journal d’apprentissage",
        "Indicateurs",
    } <= titles
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[0] == "&Fichier"
    assert "&Aide" in menus
    window.show()
    qtbot.waitUntil(lambda: window.is_ready, timeout=10000)
    assert window.page("overview").title() == "Vue d’ensemble"
    qtbot.waitUntil(lambda: window.page("overview").data is not None, timeout=10000)
    # Dates and figures as French writes them, not 2024-03-01 or 38.4%.
    subtitle = window.page("overview").subtitle.text()
    assert "prévu du 1 mars 2024 au 30 juin 2027" in subtitle
    assert f"Mentoré\u00a0: {bobo.UTILITIES[1].name}" in subtitle
    assert window.page("overview").budget_bar.format() == f"{round(100 * SPENT / BUDGET)}\u202f%"


def test_the_language_menu_saves_the_choice_for_the_next_start(
    qtbot: QtBot, demo_store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WOPDESK_LANGUAGE")
    window = MainWindow(AppContext(demo_store), settings=settings)
    qtbot.addWidget(window)
    actions = window.language_actions
    assert set(actions) == {None, "en", "es", "fr"}
    assert actions[None].isChecked()  # nothing chosen yet: the system's language
    assert actions["es"].text() == "Español"
    actions["es"].trigger()
    assert ui_i18n.saved_language(settings) == "es"
    assert actions["es"].isChecked()
    assert not actions[None].isChecked()
    notice = window.language_notice
    assert notice is not None
    assert notice.isVisible()
    assert "Español" in notice.text()
    assert "next time" in notice.text()
    notice.accept()
    actions[None].trigger()
    assert ui_i18n.saved_language(settings) is None
    window.language_notice.accept()


def test_the_language_menu_shows_the_saved_choice(
    qtbot: QtBot, demo_store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("WOPDESK_LANGUAGE")
    ui_i18n.save_language("fr", settings)
    window = MainWindow(AppContext(demo_store), settings=settings)
    qtbot.addWidget(window)
    checked = [code for code, action in window.language_actions.items() if action.isChecked()]
    assert checked == ["fr"]


def test_the_language_menu_ticks_the_language_set_by_the_environment(
    qtbot: QtBot, demo_store: Store, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """WOPDESK_LANGUAGE=fr makes the app French: French is ticked, not the saved Spanish."""
    ui_i18n.save_language("es", settings)
    monkeypatch.setenv("WOPDESK_LANGUAGE", "fr")
    window = MainWindow(AppContext(demo_store), settings=settings)
    qtbot.addWidget(window)
    checked = [code for code, action in window.language_actions.items() if action.isChecked()]
    assert checked == ["fr"]


def test_in_french_the_overview_keeps_room_for_indicator_names(
    translated_app: QApplication, qtbot: QtBot, demo_store: Store
) -> None:
    """French units ("12,4 % des branchements par an") once squeezed the names to two
    letters at 1366×768; the figures now give way, and their full text is in the tip."""
    ui_i18n.install_translators(translated_app, "fr")
    i18n.set_language("fr")
    try:
        window = MainWindow(AppContext(demo_store))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        page = window.page("overview")
        qtbot.waitUntil(lambda: page.data is not None, timeout=10000)
        table = page.indicator_table
        qtbot.waitUntil(lambda: table.columnWidth(0) > 0)
        assert table.columnWidth(0) >= table.viewport().width() // 3
        assert sum(table.columnWidth(c) for c in range(6)) <= table.viewport().width() + 2
        assert table.item(0, 3).toolTip() == table.item(0, 3).text()
        # One utility's readings: its name is in the tip, not repeated on every row.
        utility = page.data.indicators[0].utility_name
        assert utility not in table.item(0, 0).text()
        assert utility in table.item(0, 0).toolTip()
        # "79 % des échantillons" is read whole, not cut after "des échanti".
        for column in (2, 3):
            text = table.item(0, column).text()
            width = table.fontMetrics().horizontalAdvance(text)
            assert width <= table.columnWidth(column), text
        window.resize(1024, 700)  # a smaller screen: the name keeps its third
        qtbot.waitUntil(lambda: table.viewport().width() < 900)
        qtbot.waitUntil(lambda: table.columnWidth(0) >= table.viewport().width() // 3)
        assert sum(table.columnWidth(c) for c in range(6)) <= table.viewport().width() + 2
    finally:
        i18n.set_language(None)


def test_the_widest_figures_give_way_first_down_to_one_shared_width() -> None:
    from wopdesk.ui.pages.overview import fitted_widths

    assert fitted_widths({1: 50, 2: 80}, room=200, floor=10) == {1: 50, 2: 80}
    assert fitted_widths({1: 50, 2: 300, 3: 200}, room=300, floor=10) == {1: 50, 2: 125, 3: 125}
    assert fitted_widths({1: 50, 2: 300}, room=20, floor=30) == {1: 30, 2: 30}
    assert fitted_widths({1: 5, 2: 300}, room=20, floor=30) == {1: 5, 2: 30}
