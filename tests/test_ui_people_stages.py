"""With the mouse, in English, French and Spanish: the learning form counts people by sex
and shows person-hours; a track's stage of change is recorded in its dialog."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui_helpers import open_window, settle
from wopdesk.demo import demo_id
from wopdesk.domain.vocab import ChangeStage
from wopdesk.storage.models import LearningActivity, TrackStage
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.learning import LearningPage
from wopdesk.ui.pages.partnerships import PartnershipsPage
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.track_stages import StageEditor

MARIA = demo_id("person:maria")
NRW = demo_id("track:nrw")
LANGUAGES = ["en", "fr", "es"]
REFUSED_COUNTS = {
    "en": "Learning activity: women, men and not stated add up to 9, not the 10 participants; "
    "correct them or leave participants empty.",
    "fr": "Activité d’apprentissage\u00a0: femmes, hommes et non précisé font 9, pas les 10 "
    "participants\u00a0; corrigez-les ou laissez les participants vides.",
    "es": "Actividad de aprendizaje: mujeres, hombres y sin indicar suman 9, no los 10 "
    "participantes; corríjalos o deje vacío el número de participantes.",
}
REFUSED_STAGE = {
    "en": "Track stage: write the evidence that the track is piloted, as seen on site.",
    "fr": "Étape de l’axe\u00a0: indiquez ce qui montre que l’axe a atteint l’étape "
    "«\u00a0piloté\u00a0», tel qu’observé sur le terrain.",
    "es": "Etapa de la línea: indique lo que muestra que la línea alcanzó la etapa "
    "«piloteado», tal como se observa en el terreno.",
}
PILOTED = {"en": "Piloted", "fr": "Piloté", "es": "Piloteado"}


@pytest.fixture(params=LANGUAGES)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    ui_i18n.install_translators(qapp, request.param)
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield request.param
    QLocale.setDefault(previous)
    ui_i18n.remove_translators(qapp)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Click a field, select what it holds and type over it, as a person does."""
    click(qtbot, widget)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def count(store: Store, model: type[LearningActivity] | type[TrackStage]) -> int:
    with store.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_counts_by_sex_are_typed_refused_and_saved(
    qtbot: QtBot, demo_store: Store, language: str
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.show_page("learning")
    assert isinstance(page, LearningPage)
    qtbot.waitUntil(lambda: page.editor.partnership_id is not None and not window.ctx.busy)
    editor = page.editor
    form = editor.form
    before = count(demo_store, LearningActivity)
    type_into(qtbot, form.field("topic"), "Step testing a district meter area")
    type_into(qtbot, form.field("hours").edit, "2")
    type_into(qtbot, form.field("participants").edit, "10")
    type_into(qtbot, form.field("women").edit, "4")
    type_into(qtbot, form.field("men").edit, "5")
    click(qtbot, editor.save_button)
    assert form.error_text("participants") == REFUSED_COUNTS[language]
    settle(qtbot, window)
    assert count(demo_store, LearningActivity) == before  # nothing written

    type_into(qtbot, form.field("not_stated").edit, "1")
    assert editor.person_hours.text().startswith("20 (10 ")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        click(qtbot, editor.save_button)
    settle(qtbot, window)
    with demo_store.reading() as session:
        entry = session.get(LearningActivity, saved.args[0])
        assert entry is not None
        assert (entry.participants, entry.women, entry.men, entry.not_stated) == (10, 4, 5, 1)
    qtbot.waitUntil(lambda: page.proxy.index(page.proxy.row_of(saved.args[0]), 6).data() == "20")
    tip = page.proxy.index(page.proxy.row_of(saved.args[0]), 6).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("10 ")
    # 588 person-hours of the demo, and these 20.
    qtbot.waitUntil(lambda: "608" in page.totals.text())


def _stage_table(qtbot: QtBot, window: MainWindow) -> tuple[PartnershipsPage, RecordTable]:
    page = window.show_page("partnerships")
    assert isinstance(page, PartnershipsPage)
    settle(qtbot, window)
    bar = page.tabs.tabBar()
    index = page.tabs.indexOf(page.tracks_tab)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    tracks = page.track_table
    qtbot.waitUntil(lambda: NRW in tracks.model.ids)
    row = tracks.proxy.mapFromSource(tracks.model.index(tracks.model.ids.index(NRW), 0))
    position = tracks.view.visualRect(row).center()
    qtbot.mouseClick(tracks.view.viewport(), Qt.MouseButton.LeftButton, pos=position)
    inner = page.track_details.tabBar()
    index = page.track_details.indexOf(page.stages_box)
    qtbot.mouseClick(inner, Qt.MouseButton.LeftButton, pos=inner.tabRect(index).center())
    assert page.track_details.currentWidget() is page.stages_box
    qtbot.waitUntil(lambda: page.stage_table.model.rowCount() == 2)
    return page, page.stage_table


def test_a_stage_is_recorded_in_its_dialog_and_becomes_current(
    qtbot: QtBot, demo_store: Store, language: str
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page, history = _stage_table(qtbot, window)
    assert history.cell(history.model.ids[0], 0) == PILOTED[language]  # latest first
    assert page.track_table.cell(NRW, 5).startswith(PILOTED[language])
    click(qtbot, page.stages.new_button)
    editor = page.current_editor()
    assert isinstance(editor, StageEditor)
    qtbot.waitExposed(editor)
    before = count(demo_store, TrackStage)
    editor.form.field("stage").set_value(ChangeStage.PILOTED)
    click(qtbot, editor.save_button)
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.form.error_text("evidence") == REFUSED_STAGE[language]
    assert count(demo_store, TrackStage) == before

    editor.form.field("stage").set_value(ChangeStage.ADOPTED)
    type_into(qtbot, editor.form.field("evidence"), "Night-flow checks are part of the routine.")
    with qtbot.waitSignal(editor.saved, timeout=10000) as saved:
        click(qtbot, editor.save_button)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: history.model.rowCount() == 3)
    assert history.model.ids[0] == saved.args[0]
    qtbot.waitUntil(lambda: not page.track_table.cell(NRW, 5).startswith(PILOTED[language]))
    with demo_store.reading() as session:
        stage = session.get(TrackStage, saved.args[0])
        assert stage is not None
        assert (stage.track_id, stage.stage, stage.recorded_by_id) == (
            NRW,
            ChangeStage.ADOPTED,
            MARIA,
        )


def test_a_searched_stage_opens_on_its_track(qtbot: QtBot, demo_store: Store) -> None:
    from tests.test_ui_search import search

    window = open_window(qtbot, demo_store, me=MARIA)
    search(qtbot, window, "note de service")
    box = window.search
    item = box.results.item(0)
    assert item.text().startswith("Stage of change · Note de service")
    rect = box.results.visualItemRect(item)
    qtbot.mouseClick(box.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert isinstance(page, PartnershipsPage)
    stage = demo_id("stage:4")  # Bobo's billing track, adopted in routine
    qtbot.waitUntil(lambda: page.stage_table.current_id() == stage, timeout=10000)
    assert page.track_table.current_id() == demo_id("track:billing")
    assert page.tabs.currentWidget() is page.tracks_tab
    assert page.track_details.currentWidget() is page.stages_box


def test_the_overview_shows_person_hours_and_people_by_sex(
    qtbot: QtBot, demo_store: Store, language: str
) -> None:
    window = open_window(qtbot, demo_store, me=MARIA)
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.data is not None)
    expected = {
        "en": "588 person-hours · 58 participants: 18 women, 35 men, 5 not stated",
        "fr": "588 heures-personnes · 58 participants\u00a0: 18 femmes, 35 hommes, 5 non précisé",
        "es": "588 horas-persona · 58 participantes: 18 mujeres, 35 hombres, 5 sin indicar",
    }
    assert page.learning_people.text() == expected[language]
