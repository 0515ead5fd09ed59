"""A refused save, as a person meets it: typed with the keyboard, saved with the mouse, at
1366×768, in English, French and Spanish. Every problem shows at once, each next to its
field, in the domain's own sentence; nothing is written; currencies come from a list."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from tests.demo_facts import CURRENCY
from tests.ui_helpers import window
from wopdesk.demo import DEMO_PARTNERSHIP_ID
from wopdesk.domain.rules import not_a_number, parse_date, problems
from wopdesk.errors import ValidationError
from wopdesk.storage.models import Expense, Partnership, Person
from wopdesk.ui.forms import RecordEditorDialog
from wopdesk.ui.main_window import MainWindow
from wopdesk.ui.pages.finance import CurrencyField, ExpenseEditor
from wopdesk.ui.pages.partnership_dialogs import PartnershipEditor, PersonEditor
from wopdesk.ui.pages.partnerships import PartnershipsPage

from .ui_pages_support import count, shown

__all__ = ["window"]  # the shared fixture, used by name

# The currency list is a popup: the offscreen platform cannot raise it or grab the keyboard.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")


def type_into(qtbot: QtBot, editor: RecordEditorDialog, name: str, text: str) -> None:
    """Replace what a field holds with ``text``, typed key by key."""
    field = editor.form.field(name)
    target: QWidget = getattr(field, "edit", None) or field
    if isinstance(field, CurrencyField):
        line = field.lineEdit()
        assert line is not None
        target = line
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(target, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(target, text)
    qtbot.keyClick(target, Qt.Key.Key_Tab)  # on to the next field (a list that opened closes)


def click_save(qtbot: QtBot, editor: RecordEditorDialog) -> None:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.saving)
    assert editor.isVisible(), "a refused save keeps the editor open"


def sentence(model: type[Person] | type[Partnership] | type[Expense], name: str, value: str) -> str:
    """The domain's sentence for ``value`` in field ``name``, in the current language."""
    found = [p for p in problems(model.rules, {name: value}) if p.field == name]
    assert len(found) == 1
    return str(found[0])


def date_sentence(editor: RecordEditorDialog, name: str, text: str) -> str:
    """The domain's sentence for a date that cannot be read, as this field words it."""
    with pytest.raises(ValidationError) as refused:
        parse_date(text, editor.form.field(name).label_text)
    return str(refused.value)


def test_an_email_the_domain_refuses_is_shown_next_to_its_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = shown(qtbot, window, "partnerships")
    assert isinstance(page, PartnershipsPage)
    page.add_member()
    membership = page.current_editor()
    assert membership is not None
    picker = membership.form.field("person_id")
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    editor = picker.current_editor()
    assert isinstance(editor, PersonEditor)
    people = count(window.ctx.store, Person)
    type_into(qtbot, editor, "name", "Awa Ba")
    # Two dots in a row: the old pattern (anything@anything.anything) let it through.
    type_into(qtbot, editor, "email", "awa..ba@see-kolda.example")
    click_save(qtbot, editor)
    assert editor.form.error_text("email") == sentence(Person, "email", "awa..ba@see-kolda.example")
    assert count(window.ctx.store, Person) == people
    type_into(qtbot, editor, "email", "awa.ba@see-kolda.example")
    with qtbot.waitSignal(editor.saved, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert count(window.ctx.store, Person) == people + 1


def test_every_problem_of_an_expense_shows_at_once_next_to_its_field(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = shown(qtbot, window, "finance")
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, ExpenseEditor)
    expenses = count(window.ctx.store, Expense)
    type_into(qtbot, editor, "date", "2026-02-30")
    type_into(qtbot, editor, "amount", "twelve")
    type_into(qtbot, editor, "currency", "DOL")
    click_save(qtbot, editor)
    form = editor.form
    assert form.error_text("date") == date_sentence(editor, "date", "2026-02-30")
    assert form.error_text("amount") == str(not_a_number(form.field("amount").label_text, "twelve"))
    assert form.error_text("currency") == sentence(Expense, "currency", "DOL")
    # The focus is on the first field to fix.
    assert editor.focusWidget() is form.field("date").edit
    assert count(window.ctx.store, Expense) == expenses
    # Fixing one field leaves the others' sentences where they are.
    type_into(qtbot, editor, "amount", "-12")
    click_save(qtbot, editor)
    assert form.error_text("date") == date_sentence(editor, "date", "2026-02-30")
    assert form.error_text("currency") == sentence(Expense, "currency", "DOL")
    assert form.error_text("amount") == str(
        next(p for p in problems(Expense.rules, {"amount": -12.0}) if p.field == "amount")
    )
    assert count(window.ctx.store, Expense) == expenses


def test_every_problem_of_a_partnership_shows_at_once(qtbot: QtBot, window: MainWindow) -> None:
    page = shown(qtbot, window, "partnerships")
    assert isinstance(page, PartnershipsPage)
    qtbot.waitUntil(lambda: page.selected_partnership() == DEMO_PARTNERSHIP_ID)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    editor = page.current_editor()
    assert isinstance(editor, PartnershipEditor)
    title = editor.form.field("title").value()
    type_into(qtbot, editor, "title", "")
    type_into(qtbot, editor, "actual_start", "31/03/2026")
    type_into(qtbot, editor, "currency", "DOL")
    click_save(qtbot, editor)
    form = editor.form
    assert form.error_text("title") == sentence(Partnership, "title", "")
    assert form.error_text("actual_start") == date_sentence(editor, "actual_start", "31/03/2026")
    assert form.error_text("currency") == sentence(Partnership, "currency", "DOL")
    with window.ctx.store.reading() as session:
        partnership = session.get(Partnership, DEMO_PARTNERSHIP_ID)
        assert partnership is not None
        assert (partnership.title, partnership.currency) == (title, CURRENCY)


def test_a_currency_is_chosen_from_its_list_by_name_or_with_the_mouse(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = shown(qtbot, window, "finance")
    page.new_record()
    editor = page.current_editor()
    assert isinstance(editor, ExpenseEditor)
    field = editor.form.field("currency")
    assert isinstance(field, CurrencyField)
    assert field.value() == CURRENCY  # the partnership's
    # Keyboard: part of a code or name narrows the list; Down and Enter take the first.
    line = field.lineEdit()
    assert line is not None
    line.setFocus()
    type_into(qtbot, editor, "currency", "XO")
    completer = field.completer()
    assert completer is not None
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    assert completer.completionCount() >= 1
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: field.value() == "XOF")
    assert editor.form.field("amount").unit.text() == "XOF"
    # Mouse: open the list and click a currency in it.
    field.showPopup()
    view = field.view()
    qtbot.waitUntil(view.isVisible)
    index = field.model().index(field.findData("EUR"), 0)
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: field.value() == "EUR")
    assert field.currentText().startswith("EUR — ")
