"""Indicators are named as their framework numbers them ("IBNET 15.4 · …"), in the
reader's language, wherever the app lists them; WOPdesk's own codes are not shown."""

from pytestqt.qtbot import QtBot

from tests.ui_helpers import overview_with_indicators, window  # noqa: F401  (fixture)
from wopdesk.domain import i18n
from wopdesk.domain.catalogue import by_id, indicator_label
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.indicators import IndicatorsPage


def test_the_indicators_page_names_indicators_by_their_framework_number(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    page = window.show_page("indicators")
    assert isinstance(page, IndicatorsPage)
    box = page.indicator_box
    qtbot.waitUntil(lambda: box.count() > 0, timeout=10000)
    texts = [box.itemText(i) for i in range(box.count())]
    codes = [d.code for d in by_id().values()]
    assert not [t for t in texts if any(code in t for code in codes)]
    chlorine = next(d for d in by_id().values() if d.code == "IBNET-CL-PASS")
    expected = f"IBNET {chlorine.number} · {chlorine.text('name', i18n.current_language())}"
    assert expected in texts
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=10000)
    assert not any(code in page.summary.text() for code in codes)


def test_the_overview_tip_gives_the_framework_number(
    window: MainWindow,  # noqa: F811
    qtbot: QtBot,
) -> None:
    page = overview_with_indicators(qtbot, window)
    tip = page.indicator_table.item(0, 0).toolTip()
    status = page.data.indicators[0]
    assert status.reference.startswith(("IBNET ", "SLB "))
    assert tip.startswith(f"{status.reference}: {status.name}")
    assert status.code not in tip


def test_a_users_own_indicator_is_named_alone() -> None:
    class Own:
        id = "own-1"
        builtin = False
        name = "Meters read on time"
        code = "OWN-METERS"

    assert indicator_label(Own()) == "Meters read on time"
