"""Indicators: readings per utility and indicator, and their trend against baseline and target."""

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
    QXYSeries,
)
from PySide6.QtCore import QDateTime, QEvent, QMargins, QPointF, Qt, QTimeZone
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from wopdesk.domain import judgement
from wopdesk.domain.catalogue import indicator_label, indicator_text
from wopdesk.domain.vocab import BetterWhen, DataConfidence
from wopdesk.errors import ValidationError
from wopdesk.operations import Operation
from wopdesk.operations import records as record_ops
from wopdesk.storage import listing, queries
from wopdesk.storage.models import Indicator, IndicatorReading, Utility
from wopdesk.ui.context import AppContext
from wopdesk.ui.forms import (
    DateField,
    LongTextField,
    NumberField,
    RecordEditorDialog,
    TextField,
    VocabCombo,
    format_date,
    format_number,
    vocab_label,
)
from wopdesk.ui.judgement import judgement_label
from wopdesk.ui.models import Column
from wopdesk.ui.pages.records import RecordPage
from wopdesk.ui.record_table import RecordTable
from wopdesk.ui.wrapping import prose_column

EPOCH = dt.date(1970, 1, 1)
DAY_MS = 86_400_000


def date_to_ms(day: dt.date) -> float:
    """A date as chart x value: milliseconds since the epoch at noon UTC (no DST surprises)."""
    return float((day - EPOCH).days * DAY_MS + DAY_MS // 2)


def ms_to_date(ms: float) -> dt.date:
    return EPOCH + dt.timedelta(days=int(ms // DAY_MS))


def range_text(low: float | None, high: float | None, unit: str) -> str:
    if low is None and high is None:
        return ""
    low_text = "−∞" if low is None else format_number(low)
    high_text = "∞" if high is None else format_number(high)
    return f"{low_text} – {high_text} {unit}".strip()


class ReadingEditor(RecordEditorDialog):
    """One value of an indicator at a utility for a period; out-of-range values are refused."""

    model = IndicatorReading

    def __init__(
        self,
        ctx: AppContext,
        record_id: str | None = None,
        parent: QWidget | None = None,
        *,
        utility_id: str | None = None,
        indicator_id: str | None = None,
        **kwargs: Any,
    ) -> None:
        self.utility_id = utility_id
        self.indicator_id = indicator_id
        super().__init__(ctx, record_id, parent, **kwargs)

    def build(self) -> None:
        if self.original:
            self.utility_id = self.original["utility_id"]
            self.indicator_id = self.original["indicator_id"]
        with self.ctx.store.reading() as session:
            indicator = session.get(Indicator, self.indicator_id) if self.indicator_id else None
            utility = session.get(Utility, self.utility_id) if self.utility_id else None
            name = indicator_label(indicator) if indicator is not None else ""
            unit = indicator_text(indicator, "unit") if indicator is not None else ""
            valid = (
                range_text(indicator.min_value, indicator.max_value, unit)
                if indicator is not None
                else ""
            )
            utility_name = utility.name if utility is not None else ""
        form = self.form
        form.add_row(self.tr("Indicator"), QLabel(name))
        form.add_row(self.tr("Utility"), QLabel(utility_name))
        form.add("period", self.tr("Period ending"), DateField())
        form.add(
            "value",
            self.tr("Value"),
            NumberField(unit=unit, decimals=4),
            hint=self.tr("valid range {0}").format(valid) if valid else "",
        )
        form.add("confidence", self.tr("Data confidence"), VocabCombo(DataConfidence))
        form.add("source", self.tr("Source"), TextField())
        form.add("note", self.tr("Note"), LongTextField(lines=2))

    def defaults(self) -> dict[str, Any]:
        return {"confidence": DataConfidence.FAIR}

    def fixed_values(self) -> dict[str, Any]:
        if self.record_id is not None:
            return {}
        return {
            "partnership_id": self.partnership_id,
            "utility_id": self.utility_id,
            "indicator_id": self.indicator_id,
        }

    def operation(self, values: dict[str, Any]) -> Operation[str]:
        record_id, indicator_id = self.record_id, self.indicator_id or ""
        return lambda store: record_ops.save_reading(store, record_id, indicator_id, values)


class IndicatorEditor(RecordEditorDialog):
    """A user-defined indicator; the built-in catalogue is read-only."""

    model = Indicator

    def build(self) -> None:
        form = self.form
        form.add("code", self.tr("Code"), TextField(placeholder="KOL-LEAK-DAYS"))
        form.add("name", self.tr("Name"), TextField())
        form.add("unit", self.tr("Unit"), TextField(placeholder="%"))
        form.add("formula", self.tr("Formula in words"), LongTextField(lines=2))
        form.add("better_when", self.tr("Direction"), VocabCombo(BetterWhen))
        form.add("benchmark", self.tr("Benchmark"), NumberField(decimals=4))
        form.add("benchmark_source", self.tr("Benchmark source"), TextField())
        form.add("min_value", self.tr("Lowest valid value"), NumberField(decimals=4))
        form.add("max_value", self.tr("Highest valid value"), NumberField(decimals=4))

    def defaults(self) -> dict[str, Any]:
        return {"better_when": BetterWhen.HIGHER}

    def fixed_values(self) -> dict[str, Any]:
        if self.record_id is not None:
            return {}
        # A new indicator belongs to the partnership open when it was defined.
        return {**super().fixed_values(), "framework": "Custom", "builtin": False}

    def check(self, values: dict[str, Any]) -> None:
        low, high = values.get("min_value"), values.get("max_value")
        if low is not None and high is not None and high < low:
            raise ValidationError(
                self.tr(
                    "Indicator: the highest valid value ({0}) is below the lowest ({1})."
                ).format(format_number(high), format_number(low)),
                "max_value",
            )


class TrendChart(QChartView):
    """Readings as a line, with baseline, target and benchmark as dashed levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 260)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Each entry drawn like its series (dashed line, square, star), not all as squares
        # of one colour: the path, the milestones and the target date share a colour.
        self.chart_.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self.chart_.legend().setShowToolTips(True)  # an entry cut short says itself whole
        self.readings = QLineSeries()
        self.baseline = QLineSeries()
        self.target = QLineSeries()
        self.benchmark = QLineSeries()
        self.milestones = QScatterSeries()
        self.target_mark = QScatterSeries()
        self.readings.setName(self.tr("Readings"))
        self.baseline.setName(self.tr("Baseline"))
        self.target.setName(self.tr("Path to target"))
        self.benchmark.setName(self.tr("Benchmark"))
        self.milestones.setName(self.tr("Milestones"))
        self.target_mark.setName(self.tr("Target date"))
        self.milestones.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.milestones.setMarkerSize(9)
        self.target_mark.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeStar)
        self.target_mark.setMarkerSize(16)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("MMM yyyy")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%g")
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in self._all_series():
            self.chart_.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.readings.setPointsVisible(True)
        self.follow_palette()

    def _all_series(self) -> tuple[QXYSeries, ...]:
        # The benchmark before the path, so the path is drawn over it where they meet.
        return (
            self.readings,
            self.baseline,
            self.benchmark,
            self.target,
            self.milestones,
            self.target_mark,
        )

    def follow_palette(self) -> None:
        """Light or dark chart theme after the system palette, and its own background."""
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        self.chart_.setTheme(
            QChart.ChartTheme.ChartThemeDark if dark else QChart.ChartTheme.ChartThemeLight
        )
        self.chart_.setBackgroundBrush(palette.base())
        self.chart_.setBackgroundRoundness(0)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsBrush(palette.text())
            axis.setTitleBrush(palette.text())
        self.chart_.legend().setLabelBrush(palette.text())
        self.chart_.setTitleBrush(palette.text())
        # The theme picks distinct colours; the levels are dashed so they read as references.
        widths = {self.readings: 2.5, self.baseline: 1.5, self.target: 1.5, self.benchmark: 1.5}
        styles = {
            self.readings: Qt.PenStyle.SolidLine,
            self.baseline: Qt.PenStyle.DashLine,
            self.target: Qt.PenStyle.DashDotLine,
            self.benchmark: Qt.PenStyle.DotLine,
        }
        for series, width in widths.items():
            pen = QPen(series.pen())
            pen.setWidthF(width)
            pen.setStyle(styles[series])
            series.setPen(pen)
        # Milestones and the target's mark take the path's colour: they are points of it.
        for mark in (self.milestones, self.target_mark):
            mark.setColor(self.target.pen().color())
            mark.setBorderColor(palette.text().color())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.follow_palette()

    def show_series(self, series: listing.IndicatorSeries | None) -> None:
        for line in self._all_series():
            line.clear()
        if series is None:
            self.chart_.setTitle("")
            return
        dates = [day for day, _ in series.points]
        values = [value for _, value in series.points]
        if series.baseline is not None and series.baseline[1] is not None:
            dates.append(series.baseline[1])
        if series.target is not None and series.target[1] is not None:
            dates.append(series.target[1])
        today = dt.date.today()
        first = min(dates, default=today - dt.timedelta(days=365))
        last = max(dates, default=today)
        if last <= first:
            last = first + dt.timedelta(days=90)
        self.readings.replace([QPointF(date_to_ms(d), v) for d, v in series.points])
        levels = (
            (self.baseline, series.baseline[0] if series.baseline else None),
            (self.benchmark, series.benchmark),
        )
        self._show_target_path(series, first, last)
        self._widen_benchmark_under_target(series)
        if series.target is not None:
            values.append(series.target[0])
        for line, level in levels:
            line.setVisible(level is not None)
            if level is not None:
                values.append(level)
                line.replace([QPointF(date_to_ms(first), level), QPointF(date_to_ms(last), level)])
        self.x_axis.setRange(
            _qdatetime(first - dt.timedelta(days=15)), _qdatetime(last + dt.timedelta(days=15))
        )
        low, high = self._y_range(values, series.min_value, series.max_value)
        self.y_axis.setRange(low, high)
        self.y_axis.applyNiceNumbers()
        self.y_axis.setTitleText(series.unit)
        self.chart_.setTitle(f"{series.name}")

    def _show_target_path(
        self, series: listing.IndicatorSeries, first: dt.date, last: dt.date
    ) -> None:
        """The agreed path (the judgement's, domain/judgement.py): from the baseline through
        each milestone to the target value by the target date, with a mark at its end."""
        self.target.setVisible(series.target is not None)
        path = series.plan().path()
        steps = path[1:-1]
        self.milestones.setVisible(bool(steps))
        self.milestones.replace([QPointF(date_to_ms(d), v) for d, v in steps])
        dated = series.target is not None and series.target[1] is not None
        self.target_mark.setVisible(dated)
        if series.target is None:
            return
        value, when = series.target
        if when is not None:
            self.target_mark.replace([QPointF(date_to_ms(when), value)])
        if not path:
            end = when or last
            if series.baseline is not None:
                start, start_value = series.baseline[1] or first, series.baseline[0]
            else:
                start, start_value = first, value
            path = [(start, start_value), (end, value)]
        self.target.replace([QPointF(date_to_ms(d), v) for d, v in path])

    def _widen_benchmark_under_target(self, series: listing.IndicatorSeries) -> None:
        """A target set at the benchmark ends on the benchmark's line: the benchmark is
        drawn wider there, under the path, so both stay visible (and both are named)."""
        meet = series.target is not None and series.benchmark == series.target[0]
        pen = QPen(self.benchmark.pen())
        pen.setWidthF(4.0 if meet else 1.5)
        self.benchmark.setPen(pen)

    @staticmethod
    def _y_range(
        values: list[float], floor: float | None, ceiling: float | None
    ) -> tuple[float, float]:
        if not values:
            return (floor or 0.0, ceiling if ceiling is not None else 100.0)
        low, high = min(values), max(values)
        pad = (high - low) * 0.1 or abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
        if floor is not None:
            low = max(low, floor)
        if ceiling is not None:
            high = min(high, ceiling)
        return low, high

    def reading_points(self) -> list[tuple[dt.date, float]]:
        """The plotted readings as (period, value), oldest first."""
        return [(ms_to_date(p.x()), p.y()) for p in self.readings.points()]

    def level(self, line: QLineSeries) -> float | None:
        """The value a reference line ends at (the target for the path), None if hidden."""
        points = line.points()
        return points[-1].y() if points and line.isVisible() else None


def _qdatetime(day: dt.date) -> QDateTime:
    return QDateTime.fromMSecsSinceEpoch(int(date_to_ms(day)), QTimeZone.utc())


class IndicatorsPage(RecordPage):
    page_id = "indicators"
    watched = frozenset(
        {
            "indicator_reading",
            "indicator",
            "track_indicator",
            "indicator_milestone",
            "partnership",
            "utility",
        }
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.series: listing.IndicatorSeries | None = None
        self.utility_box = QComboBox()
        self.utility_box.setAccessibleName(self.tr("Utility"))
        self.indicator_box = QComboBox()
        self.indicator_box.setAccessibleName(self.tr("Indicator"))
        self.indicator_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.indicator_box.setMinimumContentsLength(40)
        # Room for a utility's name even when the buttons' labels are long (French, Spanish).
        self.utility_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.utility_box.setMinimumContentsLength(20)
        self.tools.addWidget(QLabel(self.tr("Utility")))
        self.tools.addWidget(self.utility_box)
        self.tools.addSpacing(12)
        self.tools.addWidget(QLabel(self.tr("Indicator")))
        self.tools.addWidget(self.indicator_box, 1)
        self.tools.addSpacing(12)
        self.add_button(self.tr("New reading…"), self.new_record, shortcut="Ctrl+N")
        self.edit_button = self.add_button(self.tr("Edit…"), self.edit_current)
        self.delete_button = self.add_button(self.tr("Delete"), self.delete_current)
        self.add_button(self.tr("New indicator…"), self.new_indicator)

        self.table = RecordTable(
            [
                Column(self.tr("Period"), lambda r: format_date(r.period), lambda r: r.period),
                Column(
                    self.tr("Value"),
                    lambda r: format_number(r.value, 4),
                    lambda r: r.value,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                ),
                Column(self.tr("Confidence"), lambda r: vocab_label(r.confidence)),
                Column(self.tr("Source"), lambda r: r.source or ""),
                prose_column(self.tr("Note"), lambda r: r.note, 60),
            ],
            self._load_rows,
            stretch_column=4,
            flagged=lambda r: r.confidence == DataConfidence.UNRELIABLE,
            flag_column=2,
            flag_tip=self.tr("The data behind this reading is unreliable."),
        )
        self.table.set_column_widths([11, 10, 10, 22, None])
        self.table.activated.connect(self.open_record)
        self.table.current_changed.connect(self._selection_changed)

        self.chart = TrendChart()
        self.facts = QGroupBox(self.tr("Against baseline, target and benchmark"))
        facts = QGridLayout(self.facts)
        self.fact_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate(
            (
                ("baseline", self.tr("Baseline")),
                ("target", self.tr("Target")),
                ("milestones", self.tr("Milestones")),
                ("benchmark", self.tr("Benchmark")),
                ("latest", self.tr("Latest reading")),
                ("status", self.tr("Status")),
            )
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(QLabel(caption), row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(value, row, 1)
            self.fact_labels[key] = value
        facts.setColumnStretch(1, 1)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.chart, 1)
        right_layout.addWidget(self.facts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        # The readings' columns (long in French and Spanish) fit side by side, and so do
        # the chart's legend entries.
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([480, 600])
        self.content.addWidget(splitter, 1)
        self.utility_box.currentIndexChanged.connect(lambda _i: self.show_readings())
        self.indicator_box.currentIndexChanged.connect(lambda _i: self.show_readings())
        self._selection_changed(None)

    # --- choosing what to show ---

    def utility_id(self) -> str | None:
        return self.utility_box.currentData() or None

    def indicator_id(self) -> str | None:
        return self.indicator_box.currentData() or None

    def choose(self, utility_id: str | None = None, indicator_id: str | None = None) -> None:
        """Show the readings of an indicator at a utility (either may stay as it is)."""
        self.ensure_loaded()
        self.when_loaded(lambda: self._choose_now(utility_id, indicator_id))

    def _choose_now(self, utility_id: str | None, indicator_id: str | None) -> None:
        if utility_id is not None:
            index = self.utility_box.findData(utility_id)
            if index >= 0:
                self.utility_box.setCurrentIndex(index)
        if indicator_id is not None:
            index = self.indicator_box.findData(indicator_id)
            if index >= 0:
                self.indicator_box.setCurrentIndex(index)

    def reload(self) -> None:
        pid = self.ctx.partnership_id
        keep_utility, keep_indicator = self.utility_id(), self.indicator_id()

        def read(session: Session) -> ChoicesAnswer:
            utilities = listing.partnership_utilities(session, pid) if pid else []
            linked = set(listing.linked_indicator_ids(session, pid)) if pid else set()
            utility_choices = [(u.id, u.name) for u in utilities]
            indicator_choices = [
                (i.id, indicator_label(i), i.id in linked) for i in queries.indicators(session, pid)
            ]
            # The boxes will keep what was chosen if it is still there, else show the first.
            utility_ids = [choice[0] for choice in utility_choices]
            # The linked indicators first, each group in the catalogue's order.
            indicator_ids = [i for i, _text, linked_one in indicator_choices if linked_one] + [
                i for i, _text, linked_one in indicator_choices if not linked_one
            ]
            utility_id = (
                keep_utility if keep_utility in utility_ids else next(iter(utility_ids), None)
            )
            indicator_id = (
                keep_indicator
                if keep_indicator in indicator_ids
                else next(iter(indicator_ids), None)
            )
            readings = _readings_of(pid, utility_id, indicator_id, session)
            return utility_choices, indicator_choices, readings

        self.reader.start(read, self._show_choices)

    def _show_choices(self, answer: "ChoicesAnswer") -> None:
        utility_choices, indicator_choices, readings = answer
        keep_utility, keep_indicator = self.utility_id(), self.indicator_id()
        for box in (self.utility_box, self.indicator_box):
            box.blockSignals(True)
            box.clear()
        for utility_id, name in utility_choices:
            self.utility_box.addItem(name, utility_id)
        followed = [c for c in indicator_choices if c[2]]
        others = [c for c in indicator_choices if not c[2]]
        for indicator_id, label, _ in followed:
            self.indicator_box.addItem(label, indicator_id)
        if followed and others:
            self.indicator_box.insertSeparator(self.indicator_box.count())
        for indicator_id, label, _ in others:
            self.indicator_box.addItem(label, indicator_id)
        for box, keep in ((self.utility_box, keep_utility), (self.indicator_box, keep_indicator)):
            index = box.findData(keep) if keep else -1
            box.setCurrentIndex(index if index >= 0 else (0 if box.count() else -1))
            box.blockSignals(False)
        self._show_readings(readings)

    def show_readings(self) -> None:
        """Read the chosen indicator's readings at the chosen utility, then show them."""
        utility_id, indicator_id = self.utility_id(), self.indicator_id()
        if not utility_id or not indicator_id:
            self.reader.cancel()
            self._show_readings(None)
            return
        pid = self.ctx.partnership_id
        self.reader.start(partial(_readings_of, pid, utility_id, indicator_id), self._show_readings)

    def _show_readings(self, readings: "Readings | None") -> None:
        if readings is None:
            self.series = None
            self.table.set_ids([])
            self.chart.show_series(None)
            self._show_facts(None)
            return
        ids, rows, self.series = readings
        self.table.set_ids(ids, rows)
        self._show_unit(self.series.unit if self.series is not None else "")
        self.chart.show_series(self.series)
        self._show_facts(self.series)

    def _show_unit(self, unit: str) -> None:
        """The value column's header names the unit, so the cells hold just numbers."""
        model = self.table.model
        header = self.tr("Value ({0})").format(unit) if unit else self.tr("Value")
        if model.columns[1].header != header:
            model.columns[1] = replace(model.columns[1], header=header)
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 1, 1)

    def _show_facts(self, series: listing.IndicatorSeries | None) -> None:
        texts = dict.fromkeys(self.fact_labels, "—")
        if series is not None:
            unit = series.unit

            def amount(value: float) -> str:
                return f"{format_number(value, 4)} {unit}"

            if series.baseline is not None:
                value, when = series.baseline
                texts["baseline"] = f"{amount(value)}  ({format_date(when) or '—'})"
            if series.target is not None:
                value, when = series.target
                texts["target"] = self.tr("{0}  by {1}").format(
                    amount(value), format_date(when) or "—"
                )
            if series.milestones:
                texts["milestones"] = "; ".join(
                    f"{amount(value)} ({format_date(day)})" for day, value in series.milestones
                )
            if series.benchmark is not None:
                texts["benchmark"] = amount(series.benchmark)
                self.fact_labels["benchmark"].setToolTip(series.benchmark_source or "")
            if series.latest is not None:
                when, value = series.latest
                texts["latest"] = f"{amount(value)}  ({format_date(when)})"
            texts["status"] = self._status_text(series)
            self.summary.setText(
                self.tr("{0} · {1} · valid range {2}").format(
                    f"{series.reference} · {series.name}" if series.reference else series.name,
                    vocab_label(series.better_when),
                    range_text(series.min_value, series.max_value, unit) or self.tr("any value"),
                )
            )
            self.summary.setToolTip(
                "\n".join(t for t in (series.formula, series.note, series.source) if t)
            )
        else:
            self.summary.setText(self.tr("Choose a utility and an indicator."))
            self.summary.setToolTip("")
        for key, label in self.fact_labels.items():
            label.setText(texts[key])

    def _status_text(self, series: listing.IndicatorSeries) -> str:
        if series.latest is None:
            return self.tr("No reading yet.")
        if series.baseline is None and series.target is None:
            return self.tr("Not linked to an improvement track: no baseline or target.")
        # The Overview's judgement first, in its words (no full stop), then what it rests on.
        status = series.judgement(dt.date.today())
        parts: list[str] = []
        improved = series.improved()
        if improved is not None:
            parts.append(
                self.tr("Better than the baseline.")
                if improved
                else self.tr("Not better than the baseline.")
            )
        reached = series.target_reached()
        if reached is not None and not (reached and status == judgement.REACHED):
            parts.append(
                self.tr("Target reached.") if reached else self.tr("Target not reached yet.")
            )
        label = judgement_label(status)
        return f"{label} · {' '.join(parts)}" if parts else label

    def _load_rows(self, ids: Sequence[str]) -> dict[str, listing.ReadingRow]:
        with self.ctx.store.reading() as session:
            return dict(listing.reading_rows(session, ids))

    def _selection_changed(self, record_id: object) -> None:
        self.edit_button.setEnabled(record_id is not None)
        self.delete_button.setEnabled(record_id is not None)

    # --- editors ---

    def new_record(self) -> None:
        if not (self.ctx.partnership_id and self.utility_id() and self.indicator_id()):
            return
        editor = ReadingEditor(
            self.ctx, parent=self, utility_id=self.utility_id(), indicator_id=self.indicator_id()
        )
        self.show_editor(editor, self.selector(self.table))

    def open_record(self, record_id: str) -> None:
        def read(session: Session) -> tuple[str, str] | None:
            reading = session.get(IndicatorReading, record_id)
            return None if reading is None else (reading.utility_id, reading.indicator_id)

        def found(where: tuple[str, str] | None) -> None:
            if where is None:
                return
            self.choose(*where)
            self.when_loaded(lambda: self.table.select_id(record_id))
            self.show_editor(
                ReadingEditor(self.ctx, record_id, parent=self), self.selector(self.table)
            )

        self.ctx.run_read(read, found)

    def edit_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is not None:
            self.open_record(record_id)

    def delete_current(self) -> None:
        record_id = self.table.current_id()
        if record_id is None:
            return
        what = self.tr("the reading of {0}").format(self.table.cell(record_id, 0))
        self.delete_record(IndicatorReading, record_id, what)

    def new_indicator(self) -> None:
        def chosen(indicator_id: str) -> None:
            self.choose(indicator_id=indicator_id)

        self.show_editor(IndicatorEditor(self.ctx, parent=self), chosen)


# The readings of one indicator at one utility: ids, their rows, the chart's series.
Readings = tuple[list[str], dict[str, listing.ReadingRow], listing.IndicatorSeries | None]
# The choices of utilities, of indicators (id, label, followed), and the readings shown.
ChoicesAnswer = tuple[list[tuple[str, str]], list[tuple[str, str, bool]], Readings | None]


def _readings_of(
    partnership_id: str | None, utility_id: str | None, indicator_id: str | None, session: Session
) -> Readings | None:
    if not utility_id or not indicator_id:
        return None
    ids = listing.reading_ids(session, utility_id, indicator_id)
    rows = dict(listing.reading_rows(session, ids))
    series = listing.indicator_series(session, partnership_id, utility_id, indicator_id)
    return ids, rows, series
