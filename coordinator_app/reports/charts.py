"""Charts drawn with reportlab.graphics: bar charts, level mix and the rotation timeline.

Chart labels are drawn as plain strings (never markup); a label that DejaVu cannot
print in full gets the CJK fallback font for the whole label, and long labels are
cut with "…" so they never run into the bars.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from coordinator_app.reports.fonts import FONT, FONT_BOLD, covered, font_runs
from coordinator_app.reports.styles import ACCENT, GRID, MUTED, SERIES_COLOURS, TEXT
from coordinator_app.reports.text import plain
from coordinator_app.services.dutch import MONTHS_NL

LABEL_SIZE = 7.5


def label_font(text: str, base: str = FONT) -> str:
    """The one font a whole label is drawn in (the fallback when DejaVu lacks a glyph)."""
    if covered(text):
        return base
    others = [run.font for run in font_runs(text) if run.font != FONT]
    return others[0] if others else base


def fit_label(text: str, width: float, size: float = LABEL_SIZE, base: str = FONT) -> str:
    """``text`` cut with "…" so that it is at most ``width`` wide."""
    value = plain(text, 200)
    font = label_font(value, base)
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def month_label(day: dt.date) -> str:
    """ "sep 25": short Dutch month and year, for axes."""
    return f"{MONTHS_NL[day.month - 1][:3]} {day.year % 100:02d}"


class BarChart(Flowable):  # type: ignore[misc]
    """Bars drawn straight on the canvas: stacked series, value grid, legend, labels.

    reportlab's chart widgets build and validate a tree of shapes per chart; a
    report with several charts spends more time on that than on its tables. This
    draws the same picture with a few dozen canvas calls.
    """

    def __init__(
        self,
        categories: Sequence[str],
        series: Sequence[Sequence[float]],
        names: Sequence[str],
        width: float,
        height: float,
        *,
        colours: Sequence[Any] = SERIES_COLOURS,
        horizontal: bool = False,
        percent: bool = False,
        value_labels: bool = False,
        label_width: float = 0.0,
    ) -> None:
        super().__init__()
        self.categories = [plain(c, 200) for c in categories]
        self.series = [list(values) for values in series]
        self.names = list(names)
        self.width, self.height = width, height
        self.colours = list(colours)
        self.horizontal = horizontal
        self.percent = percent
        self.value_labels = value_labels
        self.label_width = label_width
        totals = [sum(column) for column in zip(*self.series, strict=False)] or [0]
        self.top, self.step = (100.0, 25.0) if percent else _scale(max(totals))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def _legend(self, canvas: Any, x: float, y: float) -> None:
        if len(self.series) < 2:
            return
        for index, name in enumerate(self.names[: len(self.series)]):
            canvas.setFillColor(self.colours[index % len(self.colours)])
            canvas.rect(x, y, 7, 7, stroke=0, fill=1)
            canvas.setFillColor(TEXT)
            canvas.setFont(label_font(name), LABEL_SIZE)
            canvas.drawString(x + 10, y + 0.5, name)
            x += 10 + stringWidth(name, label_font(name), LABEL_SIZE) + 12

    def _value_text(self, value: float) -> str:
        return f"{value:.0f}%" if self.percent else f"{value:.0f}"

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        legend_room = 14 if len(self.series) > 1 else 0
        self._legend(canvas, self.label_width + 4 if self.horizontal else 30, self.height - 9)
        if self.horizontal:
            self._draw_horizontal(canvas, self.height - legend_room)
        else:
            self._draw_vertical(canvas, self.height - legend_room)
        canvas.restoreState()

    def _grid(
        self, canvas: Any, origin: float, length: float, cross: float, span: float, along_x: bool
    ) -> None:
        """Grid lines with their value labels every ``step`` along the value axis.

        The axis starts at ``origin`` and is ``length`` long; each line starts at
        ``cross`` on the other axis and is ``span`` long.
        """
        canvas.setLineWidth(0.3)
        canvas.setStrokeColor(GRID)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, LABEL_SIZE)
        value = 0.0
        while value <= self.top + 1e-9:
            at = origin + length * value / self.top
            text = self._value_text(value)
            if along_x:
                canvas.line(at, cross, at, cross + span)
                canvas.drawCentredString(at, cross - 10, text)
            else:
                canvas.line(cross, at, cross + span, at)
                canvas.drawRightString(cross - 3, at - 2.5, text)
            value += self.step

    def _draw_vertical(self, canvas: Any, height: float) -> None:
        left, bottom = 30.0, 30.0 if len(self.categories) > 6 else 16.0
        plot_w, plot_h = self.width - left - 4, height - bottom - 6
        self._grid(canvas, bottom, plot_h, left, plot_w, along_x=False)
        count = max(1, len(self.categories))
        slot = plot_w / count
        bar = slot * 0.7
        angled = count > 6
        for index, category in enumerate(self.categories):
            x = left + index * slot + (slot - bar) / 2
            base = bottom
            for number, values in enumerate(self.series):
                value = values[index] if index < len(values) else 0
                size = plot_h * value / self.top if self.top else 0
                if size > 0:
                    canvas.setFillColor(self.colours[number % len(self.colours)])
                    canvas.rect(x, base, bar, size, stroke=0, fill=1)
                base += size
            if self.value_labels and len(self.series) == 1:
                canvas.setFillColor(TEXT)
                canvas.setFont(FONT, LABEL_SIZE)
                canvas.drawCentredString(
                    x + bar / 2, base + 2, self._value_text(self.series[0][index])
                )
            text = fit_label(category, slot * 1.9 if angled else slot - 2)
            canvas.setFillColor(TEXT)
            canvas.setFont(label_font(text), LABEL_SIZE)
            if angled:
                canvas.saveState()
                canvas.translate(x + bar / 2 + 2, bottom - 4)
                canvas.rotate(35)
                canvas.drawRightString(0, -6, text)
                canvas.restoreState()
            else:
                canvas.drawCentredString(x + bar / 2, bottom - 10, text)

    def _draw_horizontal(self, canvas: Any, height: float) -> None:
        left = self.label_width + 4
        bottom = 16.0
        plot_w, plot_h = self.width - left - 26, height - bottom - 4
        self._grid(canvas, left, plot_w, bottom, plot_h, along_x=True)
        count = max(1, len(self.categories))
        slot = plot_h / count
        bar = min(slot * 0.75, 12)
        for index, category in enumerate(self.categories):
            y = bottom + plot_h - (index + 1) * slot + (slot - bar) / 2
            start = left
            for number, values in enumerate(self.series):
                value = values[index] if index < len(values) else 0
                size = plot_w * value / self.top if self.top else 0
                if size > 0:
                    canvas.setFillColor(self.colours[number % len(self.colours)])
                    canvas.rect(start, y, size, bar, stroke=0, fill=1)
                start += size
            total = sum(values[index] for values in self.series if index < len(values))
            canvas.setFillColor(TEXT)
            canvas.setFont(FONT, LABEL_SIZE)
            canvas.drawString(start + 3, y + bar / 2 - 2.5, self._value_text(total))
            text = fit_label(category, self.label_width - 4)
            canvas.setFont(label_font(text), LABEL_SIZE)
            canvas.drawRightString(left - 4, y + bar / 2 - 2.5, text)


def _scale(largest: float) -> tuple[float, float]:
    """A round top and step for a value axis that holds ``largest``."""
    top = max(1.0, float(largest))
    step = float(_nice_step(top))
    rounded = step * math.ceil(top / step)
    return rounded, step


def horizontal_bars(
    categories: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    width: float,
    *,
    colours: Sequence[Any] = SERIES_COLOURS,
    bar_height: float = 11,
) -> Flowable:
    """One bar per category (stacked when there are several series), labels on the left."""
    count = max(1, len(categories))
    legend_room = 14 if len(series) > 1 else 0
    height = count * (bar_height + 4) + 22 + legend_room
    label_width = min(
        width * 0.38,
        max([stringWidth(plain(c, 200), FONT, LABEL_SIZE) for c in categories] + [30]) + 8,
    )
    return BarChart(
        categories, series, names, width, height, colours=colours, horizontal=True,
        label_width=label_width,
    )  # fmt: skip


def _nice_step(top: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 6:
            return step
    return int(top // 5) or 1


def vertical_bars(
    categories: Sequence[str],
    series: Sequence[Sequence[float]],
    names: Sequence[str],
    width: float,
    height: float,
    *,
    colours: Sequence[Any] = SERIES_COLOURS,
    percent: bool = False,
) -> Flowable:
    """Columns per category, the series stacked; for months, subregions, levels."""
    return BarChart(
        categories, series, names, width, height, colours=colours, percent=percent,
        value_labels=len(series) == 1 and len(categories) <= 8,
    )  # fmt: skip


@dataclass(frozen=True)
class TimelineBar:
    row: int  # the rotation number
    start: dt.date
    end: dt.date
    label: str  # organisation
    colour: Any


def _months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    months = []
    day = dt.date(first.year, first.month, 1)
    while day <= last:
        months.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return months


def timeline(
    bars: Sequence[TimelineBar],
    first: dt.date,
    last: dt.date,
    width: float,
    *,
    today: dt.date | None = None,
    rows: int | None = None,
) -> Drawing:
    """Rotations as bars on a time axis: one row per rotation, the organisation inside."""
    row_count = max([b.row for b in bars] + [rows or 1])
    row_height, gap, axis_room, label_width = 20.0, 6.0, 18.0, 52.0
    height = row_count * (row_height + gap) + axis_room + 12
    drawing = Drawing(width, height)
    if last <= first:
        last = first + dt.timedelta(days=30)
    span = (last - first).days or 1
    left, right = label_width, width - 4
    scale = (right - left) / span

    def x_of(day: dt.date) -> float:
        return left + (min(max(day, first), last) - first).days * scale

    def y_of(row: int) -> float:
        return height - 4 - row * (row_height + gap)

    months = _months_between(first, last)
    every = max(1, len(months) // 12 + (1 if len(months) % 12 else 0))
    for index, month in enumerate(months):
        x = x_of(month)
        drawing.add(Line(x, axis_room - 4, x, height - 4, strokeColor=GRID, strokeWidth=0.3))
        if index % every == 0:
            drawing.add(
                String(x + 1, axis_room - 14, month_label(month), fontName=FONT,
                       fontSize=LABEL_SIZE - 0.5, fillColor=MUTED)
            )  # fmt: skip
    for row in range(1, row_count + 1):
        drawing.add(
            String(0, y_of(row) + row_height / 2 - 3, f"Rotatie {row}", fontName=FONT,
                   fontSize=LABEL_SIZE, fillColor=MUTED)
        )  # fmt: skip
    for bar in bars:
        x0, x1 = x_of(bar.start), x_of(bar.end)
        y = y_of(bar.row)
        drawing.add(
            Rect(x0, y, max(1.5, x1 - x0), row_height, fillColor=bar.colour,
                 strokeColor=colors.white, strokeWidth=0.5, rx=2, ry=2)
        )  # fmt: skip
        text = fit_label(bar.label, max(0.0, x1 - x0 - 6), LABEL_SIZE, FONT_BOLD)
        if text and text != "…":
            drawing.add(
                String(x0 + 3, y + row_height / 2 - 3, text, fontName=label_font(text, FONT_BOLD),
                       fontSize=LABEL_SIZE, fillColor=colors.white)
            )  # fmt: skip
    if today is not None and first <= today <= last:
        x = x_of(today)
        drawing.add(
            Line(x, axis_room - 4, x, height - 2, strokeColor=ACCENT, strokeWidth=1,
                 strokeDashArray=[2, 2])
        )  # fmt: skip
        drawing.add(
            String(
                x + 2,
                height - 7,
                "vandaag",
                fontName=FONT,
                fontSize=LABEL_SIZE - 0.5,
                fillColor=ACCENT,
            )
        )
    return drawing
