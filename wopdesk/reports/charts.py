"""Charts drawn with ReportLab graphics: indicator trends and horizontal bars, with legends."""

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.validators import Auto
from reportlab.pdfbase.pdfmetrics import stringWidth

from wopdesk.reports.fonts import SANS, SANS_BOLD, register_fonts
from wopdesk.reports.layout import AMBER, GREEN, GREY, INK, MUTED, NAVY, RULE
from wopdesk.reports.text import _, format_number
from wopdesk.storage.report_data import IndicatorStatus

_LABEL_SIZE = 7


def _year_fraction(day: dt.date) -> float:
    start = dt.date(day.year, 1, 1)
    length = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / length


@dataclass(frozen=True, slots=True)
class _Series:
    """One line (or set of marks) of a trend chart, with how it is drawn."""

    name: str
    points: list[tuple[float, float]]
    color: Color
    dash: list[float] | None = None
    width: float = 1.1
    marker: str | None = None  # a ReportLab marker kind: drawn at each point
    joined: bool = True  # False: marks only, no line between them


def trend_chart(status: IndicatorStatus, width: float, height: float) -> Drawing | None:
    """Readings of one indicator against its baseline, target and benchmark, with its
    milestones and a mark at the target's date (None: nothing to draw)."""
    register_fonts()
    days = [d for d, _value in status.readings]
    days += [d for d in (status.baseline_date, status.target_date) if d is not None]
    days += [d for d, _value in status.milestones]
    if not days:
        return None
    first = math.floor(_year_fraction(min(days)))
    last = max(math.ceil(_year_fraction(max(days))), first + 1)
    series: list[_Series] = []
    if status.readings:
        points = [(_year_fraction(d), value) for d, value in status.readings]
        series.append(_Series(_("Actual"), points, NAVY, width=1.8, marker="FilledCircle"))
    for line in _reference_lines(status):
        series.append(replace(line, points=[(first, line.points[0][1]), (last, line.points[0][1])]))
    series += _milestone_marks(status)
    if not series:
        return None

    drawing = Drawing(width, height, initialFontName=SANS)
    plot = LinePlot()
    plot.data = [line.points for line in series]
    for index, line in enumerate(series):
        _style_line(plot.lines[index], line)
    # Auto draws each swatch from the plot's own line: dashes and markers included.
    legend = _fitted_legend(Auto(obj=plot), width, swatch_width=16)
    # Each further line of legend takes room from the plot, under the axis labels.
    below = 40 + 20 * (int(legend.columnMaximum) - 1)
    plot.x, plot.y = 34, below
    plot.width, plot.height = width - 44, height - below - 16
    _style_axes(plot, first, last, [y for points in plot.data for _x, y in points])
    drawing.add(plot)
    drawing.add(
        String(
            plot.x - 30,
            plot.y + plot.height + 6,
            status.unit,
            fontName=SANS,
            fontSize=6.5,
            fillColor=MUTED,
        )
    )
    drawing.add(legend)
    return drawing


def _style_line(line: Any, spec: _Series) -> None:
    line.strokeColor = spec.color
    line.strokeWidth = spec.width
    line.name = spec.name
    if spec.dash:
        line.strokeDashArray = spec.dash
    if not spec.joined:
        line.lineStyle = "line"  # ReportLab's word for marks without a line between them
    if spec.marker:
        size = 3.2 if spec.joined else 5.0
        line.symbol = makeMarker(spec.marker, size=size, fillColor=spec.color, strokeColor=INK)
        if spec.joined:
            line.symbol.strokeColor = spec.color


def _milestone_marks(status: IndicatorStatus) -> list[_Series]:
    """The milestones (squares) and the target at its date (a diamond)."""
    marks = []
    plan = status.plan()
    steps = plan.path()[1:-1]
    if steps:
        points = [(_year_fraction(d), value) for d, value in steps]
        marks.append(_Series(_("Milestones"), points, GREEN, marker="FilledSquare", joined=False))
    if status.target_value is not None and status.target_date is not None:
        point = [(_year_fraction(status.target_date), status.target_value)]
        marks.append(_Series(_("Target date"), point, GREEN, marker="FilledDiamond", joined=False))
    return marks


def _reference_lines(status: IndicatorStatus) -> list[_Series]:
    """Baseline, target and benchmark as levels (each line holds one point: its level).

    A target set at the benchmark draws both lines: the benchmark wide and dotted under
    the target's long dashes, so both show, and the legend names both.
    """
    target, benchmark = status.target_value, status.benchmark
    values = [v for v in (status.baseline_value, target, benchmark) if v is not None]
    values += [value for _day, value in status.readings]
    span = (max(values) - min(values)) if values else 0.0
    meet = (
        target is not None
        and benchmark is not None
        and abs(target - benchmark) <= max(span * 0.01, abs(target) * 1e-9)
    )
    lines = []
    if status.baseline_value is not None:
        lines.append(_Series(_("Baseline"), [(0, status.baseline_value)], GREY, [4.0, 2.0]))
    if benchmark is not None:
        name = _("Benchmark (= target)") if meet else _("Benchmark")
        width = 2.6 if meet else 1.1
        lines.append(_Series(name, [(0, benchmark)], AMBER, [1.0, 2.0], width))
    if target is not None:
        lines.append(_Series(_("Target"), [(0, target)], GREEN, [6.0, 3.0]))
    return lines


def _fitted_legend(
    pairs: Sequence[tuple[Color, str]] | Auto, width: float, swatch_width: float = 9
) -> Legend:
    """A legend on as few lines under the chart as fit its width.

    A long legend ("Valor de referencia") must not run into the next chart's.
    """
    legend = _legend(pairs, width / 2, 0, swatch_width=swatch_width)
    names = (
        [name for _color, name in pairs] if not isinstance(pairs, Auto) else _series_names(pairs)
    )
    item = swatch_width + legend.dxTextSpace + legend.autoXPadding
    sizes = [stringWidth(name, SANS, _LABEL_SIZE) + item for name in names]
    for rows in range(1, len(sizes) + 1):
        # Items fill each column top to bottom (variColumn): a column is as wide as its widest.
        columns = [sizes[i : i + rows] for i in range(0, len(sizes), rows)]
        if sum(max(column) for column in columns) <= width - 4:
            legend.columnMaximum = rows
            break
    else:
        legend.columnMaximum = len(sizes)
    return legend


def _series_names(auto: Auto) -> list[str]:
    plot = auto.obj
    return [plot.lines[index].name for index in range(len(plot.data))]


def _style_axes(plot: LinePlot, first: int, last: int, values: Sequence[float]) -> None:
    x_axis = plot.xValueAxis
    x_axis.valueMin, x_axis.valueMax = first, last
    x_axis.valueSteps = list(range(first, last + 1))
    x_axis.labelTextFormat = lambda value: str(int(round(value)))
    x_axis.labels.fontName = SANS
    x_axis.labels.fontSize = _LABEL_SIZE
    x_axis.labels.fillColor = MUTED
    x_axis.strokeColor = RULE
    y_axis = plot.yValueAxis
    # Room above and below the lines, so no line lies on the axis or the frame.
    low, high = min(values), max(values)
    margin = (high - low) * 0.12 or abs(high) * 0.1 or 1
    y_axis.valueMin = max(0.0, low - margin) if low >= 0 else low - margin
    y_axis.valueMax = high + margin
    y_axis.labels.fontName = SANS
    y_axis.labels.fontSize = _LABEL_SIZE
    y_axis.labels.fillColor = MUTED
    y_axis.labelTextFormat = lambda value: format_number(value)
    y_axis.strokeColor = RULE
    y_axis.visibleGrid = 1
    y_axis.gridStrokeColor = colors.HexColor("#E3EAEF")
    y_axis.gridStrokeWidth = 0.5
    y_axis.maximumTicks = 6


def _legend(
    pairs: Sequence[tuple[Color, str]] | Auto, x: float, y: float, swatch_width: float = 9
) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.boxAnchor = "s"
    legend.columnMaximum = 1
    legend.variColumn = 1
    legend.deltax = 0
    legend.autoXPadding = 9
    legend.dx, legend.dy = swatch_width, 4
    legend.fontName = SANS
    legend.fontSize = _LABEL_SIZE
    legend.fillColor = INK
    legend.colorNamePairs = pairs if isinstance(pairs, Auto) else list(pairs)
    legend.dxTextSpace = 3
    legend.subCols.minWidth = 0
    return legend


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    width: float,
    value_format: str = "{value}",
    bar_colors: Sequence[Color] | None = None,
    label_width: float = 120,
) -> Drawing:
    """Horizontal bars, one per label, each with its value written at its end."""
    register_fonts()
    row = 15
    height = row * len(labels) + 26
    drawing = Drawing(width, height, initialFontName=SANS)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 16
    chart.width, chart.height = width - label_width - 40, row * len(labels)
    chart.data = [list(values)]
    chart.barWidth = 9
    chart.groupSpacing = 6
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = NAVY
    for index, color in enumerate(bar_colors or ()):
        chart.bars[(0, index)].fillColor = color
    axis = chart.categoryAxis
    axis.categoryNames = list(labels)
    axis.reverseDirection = 1
    axis.labels.fontName = SANS
    axis.labels.fontSize = 7.5
    axis.labels.fillColor = INK
    axis.labels.boxAnchor = "e"
    axis.labels.dx = -4
    axis.strokeColor = RULE
    axis.tickLeft = 0
    value_axis = chart.valueAxis
    value_axis.valueMin = 0
    top = max(values) if values else 0
    value_axis.valueMax = top * 1.12 if top > 0 else 1
    value_axis.visible = 0
    value_axis.visibleGrid = 0
    chart.barLabels.fontName = SANS_BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda value: value_format.format(value=format_number(value))
    drawing.add(chart)
    return drawing
