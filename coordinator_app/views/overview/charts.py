"""Bar charts drawn with QPainter: stacked series, a value grid, a legend, axis titles.

The overview shows the same figures as the cohort progress report (PDF) and in
the same colours (reports/styles.py): placements per subregion and municipality
stacked by rotation, participation per month against the threshold, and the
level mix per month. No chart library: a few dozen painter calls per chart.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QHelpEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

# The report's colours (reports/styles.py), so screen and paper look alike.
SERIES_COLOURS = ("#3F7CC0", "#E39B2F", "#5A9E6F", "#9B6BB3", "#C0504D", "#7A8B99")
LEVEL_COLOURS = ("#E39B2F", "#3F7CC0", "#5A9E6F")  # mbo, hbo, wo
ACCENT = "#C0504D"
GRID = QColor("#d5dce4")


def nice_scale(largest: float) -> tuple[float, float]:
    """The top of the value axis and the step between its 3 to 6 grid lines (1, 2 or 5
    times a power of ten)."""
    if largest <= 0:
        return 4.0, 1.0
    raw = largest / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)
    return step * math.ceil(largest / step), step


@dataclass(frozen=True)
class ChartData:
    categories: tuple[str, ...] = ()
    series: tuple[tuple[float, ...], ...] = ()
    names: tuple[str, ...] = ()
    colours: tuple[str, ...] = SERIES_COLOURS
    percent: bool = False
    threshold: float | None = None  # a dashed line at this value
    threshold_label: str = ""
    value_title: str = ""
    category_title: str = ""
    sublabels: tuple[str, ...] = ()  # a second line under the categories (the year)
    empty_text: str = ""
    tooltips: tuple[str, ...] = field(default=(), compare=True)  # per category

    def total(self, index: int) -> float:
        return sum(values[index] for values in self.series if index < len(values))

    @property
    def empty(self) -> bool:
        return not self.categories or not any(any(v for v in s) for s in self.series)


class BarChart(QWidget):
    """Vertical (categories along the bottom) or horizontal (one row per category)."""

    ROW = 20  # height of a row in a horizontal chart

    def __init__(self, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.data = ChartData()
        self._bars: list[tuple[QRectF, int]] = []  # hit areas for tool tips
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_data(self, data: ChartData) -> None:
        if data == self.data:
            return
        rows_changed = len(data.categories) != len(self.data.categories)
        self.data = data
        self.setAccessibleDescription(self.summary())
        if self.horizontal and rows_changed:
            self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """The chart as text, for screen readers and tests."""
        data = self.data
        if data.empty:
            return data.empty_text
        parts = []
        for index, category in enumerate(data.categories):
            values = [s[index] if index < len(s) else 0 for s in data.series]
            if len(values) == 1:
                parts.append(f"{category}: {self._value_text(values[0])}")
            else:
                inner = ", ".join(
                    f"{name} {self._value_text(v)}"
                    for name, v in zip(data.names, values, strict=False)
                    if v
                )
                parts.append(f"{category}: {inner or self._value_text(0)}")
        return "; ".join(parts)

    def sizeHint(self) -> QSize:
        if self.horizontal:
            return QSize(420, self._horizontal_height())
        return QSize(420, 250)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self._horizontal_height() if self.horizontal else 200)

    def _horizontal_height(self) -> int:
        rows = max(3, len(self.data.categories))
        return 40 + rows * self.ROW + 44

    def _value_text(self, value: float) -> str:
        return f"{value:.0f}%" if self.data.percent else f"{value:.0f}"

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._bars = []
        data = self.data
        rect = QRectF(self.rect()).adjusted(4, 4, -8, -4)
        text = self.palette().color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlpha(160)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        painter.setFont(font)
        if data.empty:
            painter.setPen(muted)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             data.empty_text)  # fmt: skip
            painter.end()
            return
        legend_bottom = self._legend(painter, rect, text)
        plot_area = QRectF(
            rect.left(), legend_bottom + 6, rect.width(), rect.bottom() - legend_bottom - 6
        )
        if self.horizontal:
            self._horizontal(painter, plot_area, text, muted)
        else:
            self._vertical(painter, plot_area, text, muted)
        painter.end()

    def _legend(self, painter: QPainter, rect: QRectF, text: QColor) -> float:
        data = self.data
        metrics = QFontMetricsF(painter.font())
        entries = list(zip(data.names, data.colours * 3, strict=False))[: len(data.series)]
        if data.threshold is not None and data.threshold_label:
            entries.append((data.threshold_label, ""))
        if len(entries) < 2 and data.threshold is None:
            return rect.top()
        x, y = rect.left() + 2, rect.top() + 2
        height = metrics.height()
        for name, colour in entries:
            width = 12 + metrics.horizontalAdvance(name) + 16
            if x + width > rect.right() and x > rect.left() + 2:
                x, y = rect.left() + 2, y + height + 4
            if colour:
                painter.fillRect(QRectF(x, y + height / 2 - 5, 10, 10), QColor(colour))
            else:
                pen = QPen(QColor(ACCENT), 1.6, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(QPointF(x, y + height / 2), QPointF(x + 10, y + height / 2))
            painter.setPen(text)
            painter.drawText(QPointF(x + 14, y + metrics.ascent()), name)
            x += width
        return y + height

    def _vertical(self, painter: QPainter, area: QRectF, text: QColor, muted: QColor) -> None:
        data = self.data
        metrics = QFontMetricsF(painter.font())
        top_value, step = (
            (100.0, 25.0)
            if data.percent
            else nice_scale(max(data.total(i) for i in range(len(data.categories))))
        )
        label_width = max(metrics.horizontalAdvance(self._value_text(top_value)), 16)
        title_room = metrics.height() + 4 if data.value_title else 0
        lines = 2 if data.sublabels else 1
        bottom_room = (
            metrics.height() * lines + 6 + (metrics.height() + 2 if data.category_title else 0)
        )
        plot = QRectF(
            area.left() + title_room + label_width + 6,
            area.top() + metrics.height() / 2 + 8,
            0,
            0,
        )
        plot.setRight(area.right() - 2)
        plot.setBottom(area.bottom() - bottom_room)
        if plot.height() < 20 or plot.width() < 20:
            return
        # grid and value labels
        value = 0.0
        while value <= top_value + 1e-9:
            y = plot.bottom() - plot.height() * value / top_value
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(muted)
            label = self._value_text(value)
            painter.drawText(
                QRectF(
                    plot.left() - label_width - 6,
                    y - metrics.height() / 2,
                    label_width,
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            value += step
        if data.value_title:
            painter.save()
            painter.setPen(muted)
            painter.translate(area.left() + metrics.ascent(), plot.center().y())
            painter.rotate(-90)
            painter.drawText(
                QPointF(-metrics.horizontalAdvance(data.value_title) / 2, 0), data.value_title
            )
            painter.restore()
        count = len(data.categories)
        slot = plot.width() / count
        bar = min(slot * 0.62, 56.0)
        show_values = len(data.series) == 1 or not data.percent
        for index, category in enumerate(data.categories):
            x = plot.left() + index * slot + (slot - bar) / 2
            base = plot.bottom()
            for number, values in enumerate(data.series):
                value = values[index] if index < len(values) else 0
                height = plot.height() * value / top_value if top_value else 0
                if height > 0:
                    colour = QColor(data.colours[number % len(data.colours)])
                    painter.fillRect(QRectF(x, base - height, bar, height), colour)
                base -= height
            self._bars.append(
                (QRectF(x - (slot - bar) / 2, plot.top(), slot, plot.height()), index)
            )
            total = data.total(index)
            if show_values and total and metrics.horizontalAdvance(self._value_text(total)) < slot:
                painter.setPen(text)
                painter.drawText(
                    QRectF(x - 10, base - metrics.height() - 1, bar + 20, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    self._value_text(total),
                )
            painter.setPen(text)
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, slot - 2)
            painter.drawText(
                QRectF(plot.left() + index * slot, plot.bottom() + 3, slot, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                label,
            )
            if data.sublabels and index < len(data.sublabels) and data.sublabels[index]:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(plot.left() + index * slot - 10, plot.bottom() + 3 + metrics.height(),
                           slot + 20, metrics.height()),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    data.sublabels[index],
                )  # fmt: skip
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if data.category_title:
            painter.setPen(muted)
            painter.drawText(
                QRectF(
                    plot.left(), area.bottom() - metrics.height(), plot.width(), metrics.height()
                ),
                Qt.AlignmentFlag.AlignHCenter,
                data.category_title,
            )
        if data.threshold is not None:
            y = plot.bottom() - plot.height() * data.threshold / top_value
            painter.setPen(QPen(QColor(ACCENT), 1.6, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))

    def _horizontal(self, painter: QPainter, area: QRectF, text: QColor, muted: QColor) -> None:
        data = self.data
        metrics = QFontMetricsF(painter.font())
        top_value, step = (
            (100.0, 25.0)
            if data.percent
            else nice_scale(max(data.total(i) for i in range(len(data.categories))))
        )
        label_width = min(
            max(metrics.horizontalAdvance(c) for c in data.categories) + 8, area.width() * 0.35
        )
        value_room = metrics.horizontalAdvance(self._value_text(top_value)) + 8
        bottom_room = metrics.height() + 6 + (metrics.height() + 2 if data.value_title else 0)
        plot = QRectF(area.left() + label_width, area.top() + 4, 0, 0)
        plot.setRight(area.right() - value_room)
        plot.setBottom(area.bottom() - bottom_room)
        count = len(data.categories)
        row = min(float(self.ROW), plot.height() / count) if count else self.ROW
        plot.setHeight(row * count)
        if plot.width() < 20:
            return
        value = 0.0
        while value <= top_value + 1e-9:
            x = plot.left() + plot.width() * value / top_value
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(muted)
            label = self._value_text(value)
            painter.drawText(
                QRectF(x - 30, plot.bottom() + 3, 60, metrics.height()),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
            value += step
        if data.value_title:
            painter.setPen(muted)
            painter.drawText(
                QRectF(
                    plot.left(),
                    plot.bottom() + 5 + metrics.height(),
                    plot.width(),
                    metrics.height(),
                ),
                Qt.AlignmentFlag.AlignHCenter,
                data.value_title,
            )
        bar = min(row * 0.68, 14.0)
        for index, category in enumerate(data.categories):
            y = plot.top() + index * row + (row - bar) / 2
            start = plot.left()
            for number, values in enumerate(data.series):
                value = values[index] if index < len(values) else 0
                width = plot.width() * value / top_value if top_value else 0
                if width > 0:
                    painter.fillRect(
                        QRectF(start, y, width, bar),
                        QColor(data.colours[number % len(data.colours)]),
                    )
                start += width
            self._bars.append(
                (QRectF(area.left(), plot.top() + index * row, area.width(), row), index)
            )
            painter.setPen(text)
            painter.drawText(
                QRectF(start + 4, y - 3, value_room + 20, bar + 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self._value_text(data.total(index)),
            )
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, label_width - 8)
            painter.drawText(
                QRectF(area.left(), y - 3, label_width - 8, bar + 6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        painter.setPen(QPen(muted, 1))
        painter.drawLine(plot.topLeft(), plot.bottomLeft())

    # -- tool tips -----------------------------------------------------------------------

    def tooltip_at(self, x: float, y: float) -> str:
        data = self.data
        for area, index in self._bars:
            if area.contains(QPointF(x, y)):
                if index < len(data.tooltips) and data.tooltips[index]:
                    return data.tooltips[index]
                values = [s[index] if index < len(s) else 0 for s in data.series]
                lines = [data.categories[index]]
                if len(values) == 1:
                    lines.append(self._value_text(values[0]))
                else:
                    lines += [
                        f"{name}: {self._value_text(v)}"
                        for name, v in zip(data.names, values, strict=False)
                    ]
                return "\n".join(lines)
        return ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.position().x(), event.position().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
