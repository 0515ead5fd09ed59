"""Overview page: the partnership at a glance.

Phase of the WOP cycle, indicators against baseline and target, open and overdue
actions, the next visit, learning hours by form and the budget used, read in one
query batch off the GUI thread.

The page imports nothing of the database layer until it reads: at start it can show the
view kept from the last run (``show_remembered``, see ``wopdesk.ui.overview_cache``)
before the profile is open; the cycle card, which needs the models, joins once it is.
"""

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wopdesk.domain.overview_view import IndicatorStatus, PartnershipOverview
from wopdesk.domain.vocab import ActionStatus, LearningForm, WopPhase
from wopdesk.ui.context import AppContext
from wopdesk.ui.formatting import format_date, format_number, vocab_label
from wopdesk.ui.judgement import judgement_label
from wopdesk.ui.pages.base import NEW_RECORD, Page
from wopdesk.ui.style import Card, heading, muted, scaled_font, status_colour
from wopdesk.ui.wrapping import OneLineDelegate, fitted_widths, longest_words

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

STATUS_KIND = {"reached": "good", "on_track": "good", "behind": "warning", "no_data": "neutral"}
STATUS_KIND["no_recent_data"] = "warning"  # an old reading: ask for a new one


def _number(value: float | Decimal | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = format_number(value, 1)
    if unit == "%":
        return _percent_text(text)
    return f"{text} {unit}".strip()


def _percent_text(number: str) -> str:
    # French and Spanish put a (narrow no-break) space before the % sign.
    return QCoreApplication.translate("OverviewPage", "{0}%").format(number)


def _percent(share: float | Decimal) -> str:
    """``share`` (0.45) as the language writes it: 45%, 45 %."""
    return _percent_text(format_number(share * 100, 0))


class PhaseStrip(QWidget):
    """The seven phases of the WOP cycle, the current one highlighted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(4)
        self.labels: dict[WopPhase, QLabel] = {}
        for number, phase in enumerate(WopPhase, start=1):
            label = QLabel()
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            label.setMargin(6)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setAutoFillBackground(True)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setProperty("number", number)
            self.labels[phase] = label
            self.layout_.addWidget(label)
        self.current: WopPhase | None = None

    def set_phase(self, current: WopPhase) -> None:
        self.current = current
        order = list(WopPhase)
        for phase, label in self.labels.items():
            number = label.property("number")
            done = order.index(phase) < order.index(current)
            mark = "✓ " if done else ""
            label.setText(f"{mark}{number}. {vocab_label(phase)}")
            is_current = phase == current
            label.setBackgroundRole(
                QPalette.ColorRole.Highlight if is_current else QPalette.ColorRole.Base
            )
            label.setForegroundRole(
                QPalette.ColorRole.HighlightedText
                if is_current
                else (QPalette.ColorRole.Text if done else QPalette.ColorRole.PlaceholderText)
            )
            label.setFont(scaled_font(label, 0.92, bold=is_current))
            label.setAccessibleName(
                self.tr("Current phase: {0}").format(vocab_label(phase))
                if is_current
                else vocab_label(phase)
            )


class HoursBars(QWidget):
    """A horizontal bar per learning form, in the palette's highlight colour."""

    LABEL_ROOM = 190  # labels wider than this (French, Spanish) wrap onto two lines

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours: dict[LearningForm, float] = {}
        self.setMinimumHeight(len(LearningForm) * self._row_height())

    def _widest_label(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(vocab_label(f)) for f in LearningForm)

    def _row_height(self) -> int:
        if self._widest_label() <= self.LABEL_ROOM:
            return 22
        return 2 * self.fontMetrics().lineSpacing() + 6

    def set_hours(self, hours: dict[LearningForm, float]) -> None:
        self.hours = hours
        total = sum(hours.values())
        parts = [
            self.tr("{0}: {1} h").format(vocab_label(form), format_number(hours.get(form, 0)))
            for form in LearningForm
        ]
        parts.append(self.tr("total {0} h").format(format_number(total)))
        self.setAccessibleDescription("; ".join(parts))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(320, len(LearningForm) * self._row_height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_width = min(self.width() // 2, self._widest_label() + 12, self.LABEL_ROOM + 12)
        wrap = (
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        value_width = metrics.horizontalAdvance("0000 h") + 8
        top_value = max(self.hours.values(), default=0) or 1
        row_height = self.height() / len(LearningForm)
        for n, form in enumerate(LearningForm):
            y = n * row_height
            hours = self.hours.get(form, 0.0)
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            text_rect = QRectF(0, y, label_width - 8, row_height)
            text = vocab_label(form)
            if metrics.boundingRect(text_rect.toRect(), int(wrap), text).height() > row_height:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(text_rect, int(wrap), text)
            room = max(0, self.width() - label_width - value_width)
            bar = QRectF(
                label_width, y + row_height * 0.2, room * hours / top_value, row_height * 0.6
            )
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
            painter.drawText(
                QRectF(label_width + bar.width() + 6, y, value_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                self.tr("{0} h").format(format_number(hours)),
            )
        painter.end()


def today() -> dt.date:
    """The day the Overview judges by (a function, so tests can move it)."""
    return dt.date.today()


class OverviewPage(Page):
    page_id = "overview"
    # The view kept from the last run has been painted (the start opens the profile then).
    remembered_painted = Signal()
    watched = frozenset(
        {
            "partnership",
            "action",
            "site_visit",
            "learning_activity",
            "indicator_reading",
            "track_indicator",
            "indicator_milestone",
            "contribution",
            "expense",
            "utility",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.data: PartnershipOverview | None = None
        self._generation = 0
        self._read_on: dt.date | None = None  # the day the data shown was read for
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(10)

        self.heading_label = heading(self.tr("Overview"), 1)
        self.heading_label.setWordWrap(True)
        self.subtitle = muted()
        self.phases = PhaseStrip()
        layout.addWidget(self.heading_label)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.phases)
        self.empty = muted(self.tr("Choose or create a partnership to see its overview."))
        layout.addWidget(self.empty)

        grid = QGridLayout()
        grid.setSpacing(10)
        self.indicators_card = Card(self.tr("Indicators against baseline and target"))
        self.indicator_table = self._indicator_table()
        self.indicator_table.installEventFilter(self)
        self.indicators_card.body.addWidget(self.indicator_table)
        self.no_indicators = muted(
            self.tr(
                "No indicators linked yet: link them to an improvement track on the "
                "Partnerships page, with a baseline and a target."
            )
        )
        self.indicators_card.body.addWidget(self.no_indicators)
        grid.addWidget(self.indicators_card, 0, 0, 1, 3)

        self.actions_card = Card(self.tr("Work plan actions"))
        self.actions_summary = QLabel()
        self.actions_summary.setFont(scaled_font(self.actions_summary, 1.1, bold=True))
        self.actions_breakdown = muted()
        self.overdue_list = QLabel()
        self.overdue_list.setWordWrap(True)
        self.overdue_list.setTextFormat(Qt.TextFormat.PlainText)
        open_plan = QPushButton(self.tr("Open the work plan"))
        open_plan.clicked.connect(lambda: self.navigate.emit("workplan", ""))
        for widget in (self.actions_summary, self.actions_breakdown, self.overdue_list):
            self.actions_card.body.addWidget(widget)
        self.actions_card.body.addStretch(1)
        self.actions_card.body.addWidget(open_plan, 0, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.actions_card, 1, 0)

        self.visit_card = Card(self.tr("Next visit"))
        self.visit_text = QLabel()
        self.visit_text.setWordWrap(True)
        self.visit_button = QPushButton(self.tr("Open the visit"))
        self.visit_button.clicked.connect(self._open_visit)
        self.visit_card.body.addWidget(self.visit_text)
        self.visit_card.body.addStretch(1)
        self.visit_card.body.addWidget(self.visit_button, 0, Qt.AlignmentFlag.AlignLeft)
        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(self.visit_card)

        self.learning_card = Card(self.tr("Learning hours by form"))
        self.learning_total = QLabel()
        self.learning_total.setFont(scaled_font(self.learning_total, 1.1, bold=True))
        self.hours_bars = HoursBars()
        self.learning_card.body.addWidget(self.learning_total)
        self.learning_people = QLabel()
        self.learning_people.setWordWrap(True)
        self.learning_card.body.addWidget(self.learning_people)
        self.learning_card.body.addWidget(self.hours_bars)
        self.learning_card.body.addStretch(1)
        grid.addWidget(self.learning_card, 1, 1)

        self.budget_card = Card(self.tr("Budget used"))
        self.budget_text = QLabel()
        self.budget_text.setFont(scaled_font(self.budget_text, 1.1, bold=True))
        self.budget_bar = QProgressBar()
        self.budget_bar.setAccessibleName(self.tr("Budget used"))
        self.budget_detail = muted()
        self.budget_card.body.addWidget(self.budget_text)
        self.budget_card.body.addWidget(self.budget_bar)
        self.budget_card.body.addWidget(self.budget_detail)
        self.budget_card.body.addStretch(1)
        side.addWidget(self.budget_card)
        grid.addLayout(side, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        self.cards = QWidget()
        self.cards.setLayout(grid)
        grid.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.cards)
        self._body = layout
        self.cycle: QWidget | None = None  # the phase's good practice, its history, the pairs
        if ctx.is_open:
            self._add_cycle_card()
        else:
            ctx.opened.connect(self._add_cycle_card)
        layout.addStretch(1)
        self.remembered = False  # showing the view kept from the last run, not read yet
        self._told_painted = False  # remembered_painted was emitted
        self._show(None)

    def _add_cycle_card(self) -> None:
        """Below the cards, so nothing above it moves when it joins after the start."""
        if self.cycle is not None:
            return
        from wopdesk.ui.pages.cycle import CycleCard

        self.cycle = CycleCard(self.ctx)  # hidden until its own read is back
        self._body.insertWidget(self._body.indexOf(self.cards) + 1, self.cycle)

    def _indicator_table(self) -> QTableWidget:
        table = QTableWidget(0, 6)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Track"),
                self.tr("Baseline"),
                self.tr("Target"),
                self.tr("Latest"),
                self.tr("Status"),
            ]
        )
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setWordWrap(True)  # a figure too long for its column goes on two lines
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.doubleClicked.connect(lambda _index: self.navigate.emit("indicators", ""))
        table.setItemDelegateForColumn(1, OneLineDelegate(table))  # the track: in its tip
        return table

    # --- loading ----------------------------------------------------------------------

    def refresh(self) -> None:
        pid = self.ctx.partnership_id
        self._generation += 1
        generation = self._generation
        if pid is None:
            self._show(None)
            return
        day = today()
        self._read_on = day

        def done(data: PartnershipOverview | None) -> None:
            if generation == self._generation:
                self.remembered = False
                if data != self.data or data is None:  # the kept view was right: no redraw
                    self._show(data)

        def read(session: "Session") -> PartnershipOverview | None:
            from wopdesk.storage import overview

            return overview.partnership_overview(session, pid, day)

        self.ctx.run_read(read, done)

    def show_remembered(self, data: PartnershipOverview) -> None:
        """Show the view kept from the last run (its data unchanged since); ``refresh``
        replaces it once the profile is open."""
        self.remembered = True
        self._show(data)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.remembered and not self._told_painted:
            self._told_painted = True
            # After the whole paint pass, as the window's own first paint is told.
            QTimer.singleShot(0, self, self.remembered_painted.emit)

    def showEvent(self, event: object) -> None:  # noqa: N802
        super().showEvent(event)  # type: ignore[arg-type]
        # What is overdue or next depends on the day: a window left open overnight
        # reads again when the page is shown.
        stale = self.data is None or self._read_on != today()
        if stale and self.ctx.partnership_id:
            self.refresh()

    def new_record(self) -> None:
        self.navigate.emit("visits", NEW_RECORD)

    def open_record(self, record_id: str) -> None:
        self.refresh()

    # --- showing ----------------------------------------------------------------------

    def _show(self, data: PartnershipOverview | None) -> None:
        self.data = data
        self.cards.setVisible(data is not None)
        self.phases.setVisible(data is not None)
        self.subtitle.setVisible(data is not None)
        self.empty.setVisible(data is None)
        if data is None:
            self.heading_label.setText(self.tr("Overview"))
            return
        self.heading_label.setText(data.title)
        period = ""
        if data.planned_start and data.planned_end:
            period = self.tr(" · planned {0} to {1}").format(
                format_date(data.planned_start), format_date(data.planned_end)
            )
        text = self.tr("Mentor: {0}  →  Mentee: {1} · {2}{3}").format(
            data.mentor_name, data.mentee_name, vocab_label(data.status), period
        )
        if data.last_report is not None:
            label, status, approved = data.last_report
            said = (
                self.tr("Progress report {0}: {1}, approved by both partners")
                if approved
                else self.tr("Progress report {0}: {1}, not approved yet")
            )
            text += "\n" + said.format(label, vocab_label(status))
        self.subtitle.setText(text)
        self.phases.set_phase(data.phase)
        self._show_indicators(data.indicators)
        self._show_actions(data)
        self._show_visit(data)
        self.hours_bars.set_hours(data.learning_hours)
        self.learning_total.setText(
            self.tr("{0} hours in total").format(format_number(data.learning_total))
        )
        reached = data.learning_people
        self.learning_people.setText(
            self.tr(
                "{0} person-hours · {1} participants: {2} women, {3} men, {4} not stated"
            ).format(
                format_number(reached.person_hours),
                reached.people.participants,
                reached.people.women,
                reached.people.men,
                reached.people.not_stated,
            )
        )
        self._show_budget(data)

    def _fit_indicator_columns(self) -> None:
        """The figures as wide as they need while the indicator's name, which stretches,
        keeps a third of the table (French units are long): the widest figures give way
        first, down to a shared width, and wrap onto a second line rather than be cut;
        the rows, and the table, are as tall as their text."""
        table = self.indicator_table
        char = table.fontMetrics().averageCharWidth()
        wanted = {}
        for column in range(1, 6):
            table.resizeColumnToContents(column)
            wanted[column] = table.columnWidth(column)
        wanted[1] = min(wanted[1], 14 * char)  # the track: secondary, in the tip
        # The table's own rectangle: told of a resize before its viewport follows.
        header = table.verticalHeader()
        available = table.contentsRect().width() - (header.width() if header.isVisible() else 0)
        room = available * 2 // 3
        words = self._longest_words()
        for column, width in fitted_widths(wanted, room, floor=8 * char).items():
            # Wrapping happens between words: a column is never narrower than its longest.
            table.setColumnWidth(column, max(width, min(wanted[column], words.get(column, 0))))
        table.resizeRowsToContents()  # the figures that gave way wrap rather than cut
        height = table.horizontalHeader().height() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(max(height, 60))

    def _longest_words(self) -> dict[int, int]:
        """Per figure column, the width its longest word needs (with the cell's margins)."""
        table = self.indicator_table
        return longest_words(table, range(table.rowCount()), range(2, table.columnCount()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if (
            watched is self.indicator_table
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()  # not its own new height
        ):
            self._fit_indicator_columns()
        return super().eventFilter(watched, event)

    def _show_indicators(self, statuses: list[IndicatorStatus]) -> None:
        table = self.indicator_table
        table.setRowCount(len(statuses))
        # The utility is named only where readings of several utilities are listed.
        several_utilities = len({s.utility_name for s in statuses}) > 1
        for row, s in enumerate(statuses):
            latest = _number(s.latest, s.unit)
            if s.latest_period is not None:
                latest += f"  ({format_date(s.latest_period)})"
            progress = f" · {_percent(s.progress)}" if s.progress is not None else ""
            cells = [
                f"{s.name} — {s.utility_name}" if several_utilities else s.name,
                s.track_title,
                _number(s.baseline, s.unit),
                _number(s.target, s.unit),
                latest,
                judgement_label(s.status) + progress,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3, 4):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 5:
                    item.setForeground(status_colour(STATUS_KIND[s.status], self.palette()))
                named = f"{s.reference}: {s.name}" if s.reference else s.name
                item.setToolTip(f"{named} — {s.utility_name}" if column == 0 else text)
                table.setItem(row, column, item)
        self._fit_indicator_columns()
        table.setVisible(bool(statuses))
        self.no_indicators.setVisible(not statuses)

    def _show_actions(self, data: PartnershipOverview) -> None:
        overdue = len(data.overdue)
        self.actions_summary.setText(
            self.tr("{0} open · {1} overdue").format(data.open_actions, overdue)
        )
        self.actions_summary.setForegroundRole(QPalette.ColorRole.WindowText)
        parts = [
            self.tr("{0}: {1}").format(vocab_label(status), data.actions_by_status.get(status, 0))
            for status in ActionStatus
        ]
        self.actions_breakdown.setText(" · ".join(parts))
        lines = [
            self.tr("• {0} — {1}, due {2}").format(
                a.description, a.owner_name or self.tr("no owner"), format_date(a.due_date)
            )
            for a in data.overdue[:5]
            if a.due_date is not None
        ]
        if overdue > 5:
            lines.append(self.tr("… and {0} more").format(overdue - 5))
        self.overdue_list.setText(
            self.tr("Overdue:") + "\n" + "\n".join(lines) if lines else self.tr("Nothing overdue.")
        )
        colour = status_colour("bad" if lines else "good", self.palette())
        self.overdue_list.setStyleSheet(f"color: {colour.name()}")

    def _show_visit(self, data: PartnershipOverview) -> None:
        visit = data.upcoming_visit
        if visit is not None:
            state = vocab_label(visit.state)
            self.visit_text.setText(
                self.tr("{0}\n{1} to {2} · {3}").format(
                    visit.title, format_date(visit.start_date), format_date(visit.end_date), state
                )
            )
            self.visit_button.setText(self.tr("Open the visit"))
            self.visit_button.setVisible(True)
        elif data.next_visit_date is not None:
            self.visit_text.setText(
                self.tr("Next visit agreed for {0}; not planned in WOPdesk yet.").format(
                    format_date(data.next_visit_date)
                )
            )
            self.visit_button.setText(self.tr("Plan the visit"))
            self.visit_button.setVisible(True)
        else:
            self.visit_text.setText(self.tr("No visit planned."))
            self.visit_button.setText(self.tr("Plan a visit"))
            self.visit_button.setVisible(True)

    def _open_visit(self) -> None:
        visit = self.data.upcoming_visit if self.data is not None else None
        if visit is not None:
            self.navigate.emit("visits", visit.id)
        else:
            self.navigate.emit("visits", NEW_RECORD)

    def _show_budget(self, data: PartnershipOverview) -> None:
        self.budget_text.setText(
            self.tr("{0} of {1} {2}").format(
                _number(data.spent), _number(data.budget), data.currency
            )
        )
        if data.budget > 0:
            share = data.spent / data.budget
            self.budget_bar.setRange(0, 100)
            self.budget_bar.setValue(min(100, round(share * 100)))
            self.budget_bar.setFormat(_percent(share))
            left = data.budget - data.spent
            self.budget_detail.setText(
                self.tr("{0} {1} left").format(_number(left), data.currency)
                if left >= 0
                else self.tr("Over budget by {0} {1}").format(_number(-left), data.currency)
            )
        else:
            self.budget_bar.setRange(0, 100)
            self.budget_bar.setValue(0)
            self.budget_bar.setFormat(self.tr("no budget"))
            self.budget_detail.setText(
                self.tr(
                    "No budget recorded yet: add budget lines under Expenses and contributions."
                )  # noqa: E501
            )
        if data.spent_elsewhere:
            # Never added at face value: each other currency is shown on its own.
            amounts = ", ".join(
                f"{_number(amount)} {code}" for code, amount in data.spent_elsewhere.items()
            )
            self.budget_detail.setText(
                self.budget_detail.text()
                + "\n"
                + self.tr("Also spent, with no exchange rate to {0}, not added: {1}.").format(
                    data.currency, amounts
                )
            )
