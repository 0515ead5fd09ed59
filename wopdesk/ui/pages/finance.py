"""Expenses and contributions: what each partner and donor puts in, and what was spent."""

import datetime as dt
from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain.currencies import currency_choices
from wopdesk.domain.vocab import ContributionKind, ExpenseCategory
from wopdesk.storage import listing
from wopdesk.storage.finance import FunderFigures, finance_picture
from wopdesk.storage.models import BudgetLine, Contribution, ExchangeRate, Expense, Partnership
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    CheckField,
    DateField,
    LongTextField,
    MoneyField,
    NumberField,
    RecordEditorDialog,
    RecordPicker,
    TextField,
    VocabCombo,
    format_date,
    format_money,
    format_number,
    vocab_label,
)
from wopdesk.ui.models import Column
from wopdesk.ui.pages.records import RecordPage, heading_label, muted_label
from wopdesk.ui.pages.workplan import short
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.wrapping import prose_column

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def partnership_currency(ctx: AppContext, partnership_id: str | None) -> str:
    if not partnership_id:
        return "USD"
    with ctx.store.reading() as session:
        partnership = session.get(Partnership, partnership_id)
        return partnership.currency if partnership is not None else "USD"


class CurrencyField(QComboBox):
    """An ISO 4217 currency in use, chosen from the list ("XOF — West African CFA Franc",
    names in the user's language) or typed: its code, or part of its name, which the list
    narrows to as one types. Whatever is typed is left for the domain rules to judge, so a
    code not in the list ("DOL") gets the same sentence as everywhere else."""

    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(12)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setModel(currency_model(self))
        self.setCurrentIndex(-1)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("Code or name, e.g. XOF or franc CFA"))
        self.setCompleter(currency_completer(self))
        self.currentTextChanged.connect(lambda _text: self.value_changed.emit())

    def value(self) -> str | None:
        """The chosen code; typed text as typed (in capitals) when it names no currency."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.itemData(index))
        code = text.partition(" ")[0].upper()
        return code if self.findData(code) >= 0 or len(text) <= 3 else text

    def set_value(self, value: str | None) -> None:
        code = (value or "").strip().upper()
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code)


def currency_model(parent: QWidget) -> QStandardItemModel:
    """Every currency in use as "XOF — franc CFA (BCEAO)", holding its code."""
    model = QStandardItemModel(parent)
    for code, name in currency_choices():
        item = QStandardItem(f"{code} — {name}")
        item.setData(code, Qt.ItemDataRole.UserRole)
        model.appendRow(item)
    return model


def currency_completer(field: QComboBox) -> QCompleter:
    """Narrows the list to the currencies whose code or name holds what was typed."""
    completer = QCompleter(field.model(), field)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    completer.setMaxVisibleItems(12)
    popup = completer.popup()
    if popup is not None:
        popup.setMinimumWidth(320)
    return completer


class ExpenseEditor(RecordEditorDialog):
    """A cost of the partnership: when, what for, how much, in cash or in kind."""

    model = Expense

    def build(self) -> None:
        form = self.form
        self.currency = partnership_currency(self.ctx, self.partnership_id)
        form.add("date", self.tr("Date"), DateField())
        form.add("category", self.tr("Category"), VocabCombo(ExpenseCategory))
        amount: MoneyField = form.add(
            "amount", self.tr("Amount"), MoneyField(currency=self.currency)
        )
        currency: CurrencyField = form.add("currency", self.tr("Currency"), CurrencyField())
        currency.value_changed.connect(lambda: amount.set_currency(currency.value() or ""))
        form.add(
            "in_kind",
            self.tr("Payment"),
            CheckField(self.tr("In kind (staff time, equipment lent), not cash")),
        )
        form.add("description", self.tr("Description"), LongTextField(lines=2))
        line: RecordPicker = form.add(
            "budget_line_id",
            self.tr("Budget line"),
            RecordPicker(empty_label=self.tr("— outside the budget lines —")),
        )
        if self.partnership_id:
            with self.ctx.store.reading() as session:
                line.set_choices(
                    (row.id, f"{vocab_label(row.category)} — {row.funder}")
                    for row in listing.budget_lines(session, self.partnership_id)
                )

    def defaults(self) -> dict[str, Any]:
        return {"currency": self.currency, "category": ExpenseCategory.TRAVEL}


class BudgetLineEditor(RecordEditorDialog):
    """A line of the budget: what it pays for, who funds it, how much, in what currency."""

    model = BudgetLine

    def build(self) -> None:
        form = self.form
        currency = partnership_currency(self.ctx, self.partnership_id)
        form.add("category", self.tr("Pays for"), VocabCombo(ExpenseCategory))
        form.add("description", self.tr("Description"), TextField())
        form.add("funder", self.tr("Funder or partner"), TextField())
        amount: MoneyField = form.add("amount", self.tr("Amount"), MoneyField(currency=currency))
        money: CurrencyField = form.add("currency", self.tr("Currency"), CurrencyField())
        money.value_changed.connect(lambda: amount.set_currency(money.value() or ""))
        form.add(
            "in_kind",
            self.tr("Budgeted"),
            CheckField(self.tr("In kind (staff time, equipment lent), not cash")),
        )

    def defaults(self) -> dict[str, Any]:
        return {"currency": partnership_currency(self.ctx, self.partnership_id), "in_kind": False}


class ExchangeRateEditor(RecordEditorDialog):
    """What one unit of a currency was worth in another on a date, and where that was read."""

    model = ExchangeRate

    def build(self) -> None:
        form = self.form
        self.currency = partnership_currency(self.ctx, self.partnership_id)
        form.add("date", self.tr("Date"), DateField())
        form.add("from_currency", self.tr("One unit of"), CurrencyField())
        form.add("to_currency", self.tr("Is worth, in"), CurrencyField())
        form.add("rate", self.tr("Rate"), NumberField(decimals=6, exact=True))
        form.add("source", self.tr("Source"), TextField())
        form.field("source").setPlaceholderText(
            self.tr("Where the rate was read: a central bank, the funder's agreement…")
        )

    def defaults(self) -> dict[str, Any]:
        return {"to_currency": self.currency}


class ContributionEditor(RecordEditorDialog):
    """A partner's or funder's contribution, cash or in kind: planned and received so far."""

    model = Contribution

    def build(self) -> None:
        form = self.form
        currency = partnership_currency(self.ctx, self.partnership_id)
        utility: RecordPicker = form.add(
            "contributor_utility_id",
            self.tr("Partner utility"),
            RecordPicker(empty_label=self.tr("— a donor or other body —")),
        )
        form.add("contributor", self.tr("Contributor"), TextField())
        form.add("kind", self.tr("Kind"), VocabCombo(ContributionKind))
        planned: MoneyField = form.add("amount", self.tr("Planned"), MoneyField(currency=currency))
        received: MoneyField = form.add(
            "received", self.tr("Received so far"), MoneyField(currency=currency)
        )
        money: CurrencyField = form.add("currency", self.tr("Currency"), CurrencyField())
        for field in (planned, received):
            money.value_changed.connect(lambda field=field: field.set_currency(money.value() or ""))
        form.add("description", self.tr("Description"), LongTextField(lines=2))
        if self.partnership_id:
            with self.ctx.store.reading() as session:
                utility.set_choices(
                    (u.id, u.name)
                    for u in listing.partnership_utilities(session, self.partnership_id)
                )
        utility.value_changed.connect(self._utility_chosen)

    def defaults(self) -> dict[str, Any]:
        return {
            "kind": ContributionKind.CASH,
            "contributor_utility_id": None,
            "currency": partnership_currency(self.ctx, self.partnership_id),
        }

    def _utility_chosen(self) -> None:
        # The contributor is the utility itself unless the person typed someone else.
        picker: RecordPicker = self.form.field("contributor_utility_id")
        name: TextField = self.form.field("contributor")
        if picker.value() is not None and not name.text().strip():
            name.setText(picker.currentText())


class TotalCard(QFrame):
    """A labelled amount."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.box = QVBoxLayout(self)
        self.amount = heading_label("—", 1.45)
        self.detail = muted_label()
        self.box.addWidget(muted_label(caption))
        self.box.addWidget(self.amount)
        self.box.addWidget(self.detail)


class FinancePage(RecordPage):
    page_id = "finance"
    watched = frozenset(
        {"expense", "contribution", "exchange_rate", "budget_line", "partnership", "utility"}
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.add_button(self.tr("New expense…"), self.new_record, shortcut="Ctrl+N")
        self.add_button(self.tr("New contribution…"), self.new_contribution)
        self.add_button(self.tr("New budget line…"), self.new_line)
        self.tools.addStretch(1)
        self.currency = "USD"

        cards = QHBoxLayout()
        self.budget_card = TotalCard(self.tr("Budget (cash budget lines)"))
        self.spent_card = TotalCard(self.tr("Spent"))
        self.remaining_card = TotalCard(self.tr("Remaining"))
        for card in (self.budget_card, self.spent_card, self.remaining_card):
            cards.addWidget(card, 1)
        self.used_bar = QProgressBar()
        self.used_bar.setRange(0, 100)
        self.used_bar.setTextVisible(False)
        self.used_bar.setMaximumHeight(self.fontMetrics().height() // 2 + 2)
        self.used_bar.setAccessibleName(self.tr("Budget used"))
        self.spent_card.box.insertWidget(2, self.used_bar)
        self.content.addLayout(cards)
        self.other_currencies = muted_label()
        self.other_currencies.hide()
        self.content.addWidget(self.other_currencies)

        self.contributions = RecordTable(
            [
                Column(
                    self.tr("Contributor"), lambda r: r.contributor, lambda r: r.contributor.lower()
                ),
                Column(self.tr("Kind"), lambda r: vocab_label(r.kind)),
                Column(
                    self.tr("Planned"),
                    lambda r: format_money(r.amount, r.currency),
                    lambda r: (r.currency, r.amount),
                    RIGHT,
                ),
                Column(
                    self.tr("Received"),
                    lambda r: format_money(r.received, r.currency),
                    lambda r: (r.currency, r.received or 0),
                    RIGHT,
                ),
            ],
            self._contribution_rows,
            stretch_column=0,
        )
        self.contributions.set_column_widths([None, 8, 16, 16])
        self.contributions.activated.connect(self.open_contribution)
        self.expenses = RecordTable(
            [
                Column(self.tr("Date"), lambda r: format_date(r.date), lambda r: r.date),
                Column(self.tr("Category"), lambda r: vocab_label(r.category)),
                Column(
                    self.tr("Amount"),
                    lambda r: format_money(r.amount, r.currency),
                    lambda r: r.amount,
                    RIGHT,
                ),
                Column(
                    self.tr("Paid"),
                    lambda r: self.tr("in kind") if r.in_kind else self.tr("cash"),
                ),
                prose_column(self.tr("Description"), lambda r: r.description, 90),
            ],
            self._expense_rows,
            stretch_column=4,
        )
        self.expenses.set_column_widths([11, 16, 14, 10, None])
        self.expenses.activated.connect(self.open_record)
        self.rates = RecordTable(
            [
                Column(self.tr("Date"), lambda r: format_date(r.date), lambda r: r.date),
                Column(
                    self.tr("Rate"),
                    lambda r: self.tr("1 {0} = {1} {2}").format(
                        r.from_currency,
                        format_number(r.rate, 6, grouped=True).rstrip("0").rstrip(".,"),
                        r.to_currency,
                    ),
                ),
                prose_column(self.tr("Source"), lambda r: r.source, 60),
            ],
            self._rate_rows,
            stretch_column=2,
        )
        self.rates.set_column_widths([11, 22, None])
        self.rates.activated.connect(self.open_rate)
        self.lines = RecordTable(
            [
                Column(
                    self.tr("Line"),
                    lambda r: " · ".join(
                        t for t in (vocab_label(r.category), short(r.description or "", 40)) if t
                    ),
                ),
                Column(self.tr("Funder"), lambda r: r.funder, lambda r: r.funder.lower()),
                Column(
                    self.tr("Budget"),
                    lambda r: format_money(r.budget, r.currency),
                    lambda r: r.budget,
                    RIGHT,
                    tooltip=lambda r: self.tr("Remaining: {0}").format(
                        format_money(r.remaining, r.currency)
                    ),
                ),
                Column(
                    self.tr("Spent"),
                    lambda r: format_money(r.spent, r.currency),
                    lambda r: r.spent,
                    RIGHT,
                    tooltip=self._line_tip,
                ),
                Column(
                    self.tr("Used"),
                    lambda r: f"{round(r.used_share * 100)} %" if r.used_share is not None else "",
                    lambda r: r.used_share or 0,
                    RIGHT,
                ),
            ],
            self._line_rows,
            stretch_column=0,
        )
        self.lines.set_column_widths([None, 12, 13, 13, 6])
        self.lines.activated.connect(self.open_line)
        self._funders: dict[str, FunderFigures] = {}
        self.funders = RecordTable(
            [
                Column(self.tr("Funder"), lambda r: r.funder, lambda r: r.funder.lower()),
                Column(
                    self.tr("Budget"),
                    lambda r: format_money(r.budget, self.currency),
                    lambda r: r.budget,
                    RIGHT,
                ),
                Column(
                    self.tr("Spent"),
                    lambda r: format_money(r.spent.to_date, self.currency),
                    lambda r: r.spent.to_date,
                    RIGHT,
                ),
                Column(
                    self.tr("Remaining"),
                    lambda r: format_money(r.remaining, self.currency),
                    lambda r: r.remaining,
                    RIGHT,
                ),
                Column(
                    self.tr("Used"),
                    lambda r: f"{round(r.used_share * 100)} %" if r.used_share is not None else "",
                    lambda r: r.used_share or 0,
                    RIGHT,
                ),
            ],
            lambda ids: {i: self._funders[i] for i in ids if i in self._funders},
            stretch_column=0,
        )
        self.funders.set_column_widths([None, 13, 13, 13, 6])
        self.time_elapsed = muted_label()
        self.enable_filter(self._filter)

        # Side by side: at 768 pixels high both lists keep a dozen rows in view.
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        lines_box = self._section("", self.lines, self.new_line, self.open_line, self.delete_line)
        lines_layout = lines_box.layout()
        assert isinstance(lines_layout, QVBoxLayout)
        lines_layout.addWidget(self.time_elapsed)
        self.tabs.addTab(lines_box, self.tr("Budget lines"))
        funders_box = QGroupBox()
        funders_layout = QVBoxLayout(funders_box)
        funders_layout.addWidget(self.funders, 1)
        funders_layout.addWidget(
            muted_label(
                self.tr(
                    "The cash budget lines of each funder, in the partnership currency, "
                    "converted with the latest rate."
                )
            )
        )
        self.tabs.addTab(funders_box, self.tr("By funder"))
        self.tabs.addTab(
            self._section(
                "",
                self.contributions,
                self.new_contribution,
                self.open_contribution,
                self.delete_contribution,
            ),
            self.tr("Contributions"),
        )
        self.tabs.addTab(
            self._section("", self.rates, self.new_rate, self.open_rate, self.delete_rate),
            self.tr("Exchange rates"),
        )
        left = self.tabs
        splitter.addWidget(left)
        splitter.addWidget(
            self._section(
                self.tr("Expenses"),
                self.expenses,
                self.new_record,
                self.open_record,
                self.delete_expense,
            )
        )
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 560])
        self.content.addWidget(splitter, 1)

    def _section(
        self, title: str, table: RecordTable, new: Any, edit: Any, delete: Any
    ) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        buttons = []
        for text, slot in (
            (self.tr("New…"), lambda: new()),
            (self.tr("Edit…"), lambda: table.current_id() and edit(table.current_id())),
            (self.tr("Delete"), lambda: delete(table.current_id())),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(button)
            buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(table)

        def selection(record_id: object) -> None:
            for button in buttons[1:]:
                button.setEnabled(record_id is not None)

        table.current_changed.connect(selection)
        selection(None)
        return box

    def _filter(self, text: str) -> None:
        self.contributions.set_filter_text(text)
        self.expenses.set_filter_text(text)
        self.rates.set_filter_text(text)
        self.lines.set_filter_text(text)

    def reveal(self, table: RecordTable) -> None:
        """Bring the tab holding ``table`` to the front (a search hit, an editor opened)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if page is not None and page.isAncestorOf(table):
                self.tabs.setCurrentIndex(index)

    def _line_rows(self, ids: Sequence[str]) -> dict[str, listing.LineStatus]:
        pid = self.ctx.partnership_id
        if not pid:
            return {}
        with self.ctx.store.reading() as session:
            wanted = set(ids)
            return {r.id: r for r in listing.budget_lines(session, pid) if r.id in wanted}

    def _line_tip(self, row: Any) -> str:
        apart = ", ".join(format_money(a, c) for c, a in row.not_converted.items())
        if not apart:
            return ""
        return self.tr("Also spent on this line, with no exchange rate to {0}: {1}.").format(
            row.currency, apart
        )

    def _rate_rows(self, ids: Sequence[str]) -> dict[str, listing.RateRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.exchange_rate_rows(session, ids))

    def _contribution_rows(self, ids: Sequence[str]) -> dict[str, listing.ContributionRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.contribution_rows(session, ids))

    def _expense_rows(self, ids: Sequence[str]) -> dict[str, listing.ExpenseRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.expense_rows(session, ids))

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        if not pid:
            self.reader.cancel()
            self.contributions.set_ids([])
            self.expenses.set_ids([])
            self.rates.set_ids([])
            self.lines.set_ids([])
            return
        self.reader.start(partial(_finance_of, pid), self._show)

    def _show(self, answer: "FinanceAnswer") -> None:
        totals, contribution_ids, contributions, expense_ids, expenses, rate_ids, rates = answer[:7]
        lines, elapsed, funders = answer[7], answer[8], answer[9]
        self.currency = totals.currency
        self._funders = {f.funder: f for f in funders}
        self.funders.set_ids(list(self._funders), dict(self._funders))
        self.contributions.set_ids(contribution_ids, contributions)
        self.expenses.set_ids(expense_ids, expenses)
        self.rates.set_ids(rate_ids, rates)
        self.lines.set_ids([line.id for line in lines], {line.id: line for line in lines})
        self.time_elapsed.setText(
            self.tr("{0} % of the partnership's planned time has passed.").format(
                round(elapsed * 100)
            )
            if elapsed is not None
            else self.tr("Give the partnership its planned dates to compare spending with time.")
        )
        self.show_totals(totals)

    def show_totals(self, totals: listing.BudgetTotals) -> None:
        money = totals.currency
        self.budget_card.amount.setText(format_money(totals.budget, money))
        self.budget_card.detail.setText(
            self.tr("In cash; {0} more budgeted in kind").format(
                format_money(totals.budget_in_kind, money)
            )
        )
        self.spent_card.amount.setText(format_money(totals.spent, money))
        share = totals.used_share
        used = (
            self.tr("{0} % of the budget").format(round(share * 100)) if share is not None else ""
        )
        self.spent_card.detail.setText(
            self.tr("{0} · in kind, not money: {1}").format(
                used or self.tr("no budget yet"), format_money(totals.spent_in_kind, money)
            )
        )
        self.remaining_card.amount.setText(format_money(totals.remaining, money))
        self.remaining_card.detail.setText(
            self.tr("Over budget.") if totals.remaining < 0 else self.tr("Still available.")
        )
        self.used_bar.setEnabled(share is not None)
        self.used_bar.setValue(min(100, round(share * 100)) if share is not None else 0)
        self.other_currencies.setText(self.currency_note(totals))
        self.other_currencies.setVisible(bool(self.other_currencies.text()))
        self.summary.setText(self.tr("All amounts in {0}, the partnership currency.").format(money))

    def currency_note(self, totals: listing.BudgetTotals) -> str:
        """What was converted into the partnership's currency, and what could not be."""
        lines = []
        converted = ", ".join(format_money(a, c) for c, a in totals.converted.items())
        if converted:
            lines.append(
                self.tr("Spent includes {0}, converted at the rate of each expense's date.").format(
                    converted
                )
            )
        others = ", ".join(format_money(a, c) for c, a in totals.other_currencies.items())
        if others:
            lines.append(
                self.tr(
                    "Not converted, so not counted above: {0} (no exchange rate on or before "
                    "their date; add one under Exchange rates)."
                ).format(others)
            )
        return " ".join(lines)

    # --- editors ---

    def new_line(self) -> None:
        if self.ctx.partnership_id:
            self.reveal(self.lines)
            self.show_editor(BudgetLineEditor(self.ctx, parent=self), self.selector(self.lines))

    def open_line(self, record_id: str) -> None:
        self.reveal(self.lines)
        self.lines.select_id(record_id)
        self.show_editor(
            BudgetLineEditor(self.ctx, record_id, parent=self), self.selector(self.lines)
        )

    def delete_line(self, record_id: str | None) -> None:
        if record_id is not None:
            what = self.tr("the budget line {0}").format(self.lines.cell(record_id, 0))
            self.delete_record(BudgetLine, record_id, what)

    def new_rate(self) -> None:
        if self.ctx.partnership_id:
            self.reveal(self.rates)
            self.show_editor(ExchangeRateEditor(self.ctx, parent=self), self.selector(self.rates))

    def open_rate(self, record_id: str) -> None:
        self.reveal(self.rates)
        self.rates.select_id(record_id)
        self.show_editor(
            ExchangeRateEditor(self.ctx, record_id, parent=self), self.selector(self.rates)
        )

    def delete_rate(self, record_id: str | None) -> None:
        if record_id is not None:
            what = self.tr("the exchange rate {0}").format(self.rates.cell(record_id, 1))
            self.delete_record(ExchangeRate, record_id, what)

    def new_record(self) -> None:
        if self.ctx.partnership_id:
            self.show_editor(ExpenseEditor(self.ctx, parent=self), self.selector(self.expenses))

    def open_record(self, record_id: str) -> None:
        """Open an expense (or a contribution, when given one's id)."""
        self.ensure_loaded()
        self.when_loaded(lambda: self._open_loaded(record_id))

    def _open_loaded(self, record_id: str) -> None:
        if record_id in self.contributions.model.ids:
            self.open_contribution(record_id)
            return
        self.expenses.select_id(record_id)
        self.show_editor(
            ExpenseEditor(self.ctx, record_id, parent=self), self.selector(self.expenses)
        )

    def new_contribution(self) -> None:
        if self.ctx.partnership_id:
            self.reveal(self.contributions)
            self.show_editor(
                ContributionEditor(self.ctx, parent=self), self.selector(self.contributions)
            )

    def open_contribution(self, record_id: str) -> None:
        self.reveal(self.contributions)
        self.contributions.select_id(record_id)
        self.show_editor(
            ContributionEditor(self.ctx, record_id, parent=self),
            self.selector(self.contributions),
        )

    def delete_expense(self, record_id: str | None) -> None:
        if record_id is not None:
            what = self.tr("the expense of {0}").format(self.expenses.cell(record_id, 2))
            self.delete_record(Expense, record_id, what)

    def delete_contribution(self, record_id: str | None) -> None:
        if record_id is not None:
            what = self.tr("the contribution of {0}").format(self.contributions.cell(record_id, 0))
            self.delete_record(Contribution, record_id, what)


# The finance page's read: totals, contribution ids and rows, the same for expenses.
FinanceAnswer = tuple[
    listing.BudgetTotals,
    list[str],
    dict[str, listing.ContributionRow],
    list[str],
    dict[str, listing.ExpenseRow],
    list[str],
    dict[str, listing.RateRow],
    list[listing.LineStatus],
    float | None,
    list[FunderFigures],
]


def _finance_of(partnership_id: str, session: Session) -> FinanceAnswer:
    contribution_ids = listing.contribution_ids(session, partnership_id)
    expense_ids = listing.expense_ids(session, partnership_id)
    rate_ids = listing.exchange_rate_ids(session, partnership_id)
    today = dt.date.today()
    picture = finance_picture(session, partnership_id, today)
    return (
        listing.budget_totals(session, partnership_id, today),
        contribution_ids,
        dict(listing.contribution_rows(session, contribution_ids)),
        expense_ids,
        dict(listing.expense_rows(session, expense_ids)),
        rate_ids,
        dict(listing.exchange_rate_rows(session, rate_ids)),
        listing.budget_lines(session, partnership_id),
        picture.time_elapsed,
        picture.funders,
    )
