"""Every language fits: the learning form within its panel at 1366×768, Qt's dialogs translated."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from tests.ui_helpers import open_window, settle
from wopdesk.demo import demo_id
from wopdesk.storage.store import Store
from wopdesk.ui import i18n as ui_i18n
from wopdesk.ui.pages.learning import LearningPage


@pytest.fixture
def translated_app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    ui_i18n.remove_translators(qapp)


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_the_learning_form_fits_its_panel(
    qtbot: QtBot, demo_store: Store, translated_app: QApplication, language: str
) -> None:
    ui_i18n.install_translators(translated_app, language)
    window = open_window(qtbot, demo_store, me=demo_id("person:maria"))
    assert window.width() <= 1366
    page = window.show_page("learning")
    assert isinstance(page, LearningPage)
    editor = page.editor
    page.new_record()
    settle(qtbot, window)
    qtbot.waitExposed(editor)
    scroll = editor.findChild(QScrollArea)
    assert scroll is not None
    room = scroll.viewport().width()
    assert editor.form.minimumSizeHint().width() <= room
    assert not scroll.horizontalScrollBar().isVisible()
    # Every label is whole, not cut off at the panel's edge.
    for label in editor.form.findChildren(QLabel):
        if label.isVisible() and label.text():
            right = label.mapTo(scroll.viewport(), label.rect().topRight()).x()
            assert right <= room, label.text()


def test_qt_file_dialogs_speak_french(translated_app: QApplication, qtbot: QtBot) -> None:
    ui_i18n.install_translators(translated_app, "fr")
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    texts = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert "Nom de fichier :" in texts or "Nom de fichier\u00a0:" in texts, texts
