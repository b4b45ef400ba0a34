"""The rotation timeline of a cohort: a row per trainee, a bar per placement.

Bars are coloured by organisation (the same colour everywhere, with a legend), a
proposed placement has a dashed outline, a broken hard rule a red frame with "!",
a soft warning an amber frame with "⚠"; the messages are in the bar's tooltip. A
vertical line marks today, light bands the cohort's rotation windows.

The widget paints only the rows in view, from data prepared once per load (rows
with their bars in start order, the x position of a date is arithmetic), so a cohort
of hundreds of trainees scrolls as smoothly as one of ten. It is fully usable from
the keyboard: Up/Down change trainee, Left/Right move between a trainee's bars,
Enter opens the bar, +/- zoom, T jumps to today, the context-menu key opens the menu.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections import defaultdict
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.models import Cohort, PlacementStatus, Trainee, TraineeStatus
from coordinator_app.services.dutch import period
from coordinator_app.services.labels import label
from coordinator_app.services.placements import RotationWindow, cohort_windows, placement_rows
from coordinator_app.services.rules import SoftRuleSettings, check_hard_rules, trainee_warnings
from coordinator_app.text import full_name
from coordinator_app.views.planning.common import (
    ERROR_COLOUR,
    TODAY_COLOUR,
    WARNING_COLOUR,
    cohort_choices,
    default_cohort,
    organisation_colour,
    text_colour_on,
)
from coordinator_app.views.view_context import ViewContext

# --- the data: plain Python, read once per load ---------------------------------------------


@dataclass(frozen=True)
class TimelineBar:
    placement_id: int
    row: int
    trainee_id: int
    trainee_name: str
    assignment_title: str
    organisation_id: int
    organisation_name: str
    rotation: int
    start: dt.date
    end: dt.date
    status: PlacementStatus
    locked: bool
    warnings: tuple[str, ...] = ()
    conflicts: tuple[str, ...] = ()  # hard-rule messages, "rule: message"
    lane: int = 0  # overlapping placements (a conflict) share the row in lanes
    lanes: int = 1


@dataclass(frozen=True)
class TimelineRow:
    trainee_id: int
    name: str
    status: TraineeStatus
    bars: tuple[int, ...]  # indexes into TimelineData.bars, by start date


@dataclass
class TimelineData:
    cohort_id: int
    cohort_name: str
    windows: tuple[RotationWindow, ...]
    rows: list[TimelineRow]
    bars: list[TimelineBar]
    first: dt.date
    last: dt.date
    organisations: list[tuple[int, str, int]] = field(default_factory=list)  # id, name, bars

    @property
    def conflict_count(self) -> int:
        return sum(1 for b in self.bars if b.conflicts)

    @property
    def warning_count(self) -> int:
        return sum(1 for b in self.bars if b.warnings)

    def bar_index(self, placement_id: int) -> int | None:
        for i, bar in enumerate(self.bars):
            if bar.placement_id == placement_id:
                return i
        return None


def load_timeline(
    session: Session, cohort_id: int, settings: SoftRuleSettings, lang: str = "nl"
) -> TimelineData | None:
    """The cohort's trainees and their placements, with the rules they break or bend.

    Hard-rule violations cannot be saved, but they can exist after an import or an
    edit of an assignment's period or places; they are looked up like any other fact.
    """
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        return None
    windows = tuple(cohort_windows(cohort))
    trainees = session.execute(
        select(Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname, Trainee.status)
        .where(Trainee.cohort_id == cohort_id)
        .order_by(Trainee.sort_name, Trainee.id)
    ).all()
    trainee_ids = [t[0] for t in trainees]
    placements = placement_rows(session, trainee_ids=trainee_ids)
    conflicts: dict[int, list[str]] = defaultdict(list)
    for violation in check_hard_rules(
        session,
        trainee_ids=trainee_ids,
        assignment_ids={p.assignment_id for p in placements},
    ):
        for ref in violation.records:
            if ref.kind == "placement":
                conflicts[ref.id].append(f"{violation.rule.title(lang)}: {violation.message(lang)}")
    warnings: dict[int, list[str]] = defaultdict(list)
    for items in trainee_warnings(session, trainee_ids, settings).values():
        for warning in items:
            for ref in warning.records:
                if ref.kind == "placement":
                    warnings[ref.id].append(warning.message(lang))
    row_of = {tid: i for i, tid in enumerate(trainee_ids)}
    by_row: dict[int, list[int]] = defaultdict(list)
    bars: list[TimelineBar] = []
    organisations: dict[int, list[str | int]] = {}
    for p in sorted(placements, key=lambda p: (row_of[p.trainee_id], p.start, p.id)):
        row = row_of[p.trainee_id]
        by_row[row].append(len(bars))
        bars.append(
            TimelineBar(
                placement_id=p.id,
                row=row,
                trainee_id=p.trainee_id,
                trainee_name=p.trainee_name,
                assignment_title=p.assignment_title,
                organisation_id=p.organisation_id,
                organisation_name=p.organisation_name,
                rotation=p.rotation,
                start=p.start,
                end=p.end,
                status=p.status,
                locked=p.locked,
                warnings=tuple(dict.fromkeys(warnings.get(p.id, ()))),
                conflicts=tuple(dict.fromkeys(conflicts.get(p.id, ()))),
            )  # fmt: skip
        )
        entry = organisations.setdefault(p.organisation_id, [p.organisation_name, 0])
        entry[1] = int(entry[1]) + 1
    for indexes in by_row.values():
        _assign_lanes(bars, indexes)
    rows = [
        TimelineRow(tid, full_name(given, prefix, surname), status, tuple(by_row.get(i, ())))
        for i, (tid, given, prefix, surname, status) in enumerate(trainees)
    ]
    dates = [w.start for w in windows] + [b.start for b in bars]
    ends = [w.end for w in windows] + [b.end for b in bars]
    first = min(dates, default=cohort.start_date)
    last = max(ends, default=cohort.start_date + dt.timedelta(days=365))
    # A little room on both sides, whole months for a tidy header.
    first = (first.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
    last = (last.replace(day=28) + dt.timedelta(days=10)).replace(day=1) + dt.timedelta(days=31)
    last = last.replace(day=1) - dt.timedelta(days=1)
    return TimelineData(
        cohort_id=cohort.id,
        cohort_name=cohort.name,
        windows=windows,
        rows=rows,
        bars=bars,
        first=first,
        last=last,
        organisations=sorted(
            ((oid, str(name), int(count)) for oid, (name, count) in organisations.items()),
            key=lambda o: (o[1].casefold(), o[0]),
        ),
    )


def _assign_lanes(bars: list[TimelineBar], indexes: list[int]) -> None:
    """Overlapping bars of one trainee each get a lane, so none hides another.

    Only bars that overlap (directly or through others) share the row's height; the
    trainee's other bars keep all of it.
    """
    clusters: list[list[int]] = []
    cluster_end: dt.date | None = None
    for index in indexes:  # in start order
        bar = bars[index]
        if cluster_end is None or bar.start > cluster_end:
            clusters.append([])
            cluster_end = bar.end
        clusters[-1].append(index)
        cluster_end = max(cluster_end, bar.end)
    for cluster in clusters:
        if len(cluster) < 2:
            continue
        ends: list[dt.date] = []  # the last end date in each lane
        lane_of: dict[int, int] = {}
        for index in cluster:
            bar = bars[index]
            lane = next((i for i, end in enumerate(ends) if end < bar.start), len(ends))
            if lane == len(ends):
                ends.append(bar.end)
            else:
                ends[lane] = bar.end
            lane_of[index] = lane
        for index, lane in lane_of.items():
            bars[index] = dataclasses.replace(bars[index], lane=lane, lanes=len(ends))


# --- the widget ----------------------------------------------------------------------------------

_MONTHS_SHORT_NL = (
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
)  # fmt: skip
_MONTHS_SHORT_EN = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
MIN_DAY_WIDTH = 0.25
MAX_DAY_WIDTH = 24.0


class RotationTimeline(QAbstractScrollArea):
    """Paints a :class:`TimelineData`; emits ``placement_activated`` when a bar is opened."""

    placement_activated = Signal(int)
    current_changed = Signal(int)  # placement id, 0 for none
    context_menu_requested = Signal(int, QPoint)  # placement id (0: none), global position

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("rotationTimeline")
        self.data: TimelineData | None = None
        self.current: int | None = None  # index into data.bars
        self.current_row = 0
        self.highlight_organisation: int | None = None
        self._pressed: int | None = None
        self._day_width = 2.0
        self._fit = True  # follow the width until the user zooms
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        metrics = self.fontMetrics()
        self.row_height = metrics.height() + 16
        self.header_height = 2 * (metrics.height() + 8)
        self.name_width = metrics.averageCharWidth() * 28
        self.verticalScrollBar().setSingleStep(self.row_height)
        self.horizontalScrollBar().setSingleStep(40)
        self.setAccessibleName(self.tr("Tijdlijn van de rotaties"))
        self.setToolTip("")

    # --- data ------------------------------------------------------------------------------

    def set_data(self, data: TimelineData | None) -> None:
        previous = self.current_placement_id()
        self.data = data
        self.current = None
        if data is not None and previous is not None:
            self.current = data.bar_index(previous)
        if self.current is not None and data is not None:
            self.current_row = data.bars[self.current].row
        else:
            self.current_row = min(self.current_row, max(0, len(data.rows) - 1) if data else 0)
        self._update_scrollbars()
        self._describe()
        self.viewport().update()

    def current_placement_id(self) -> int | None:
        if self.data is None or self.current is None:
            return None
        return self.data.bars[self.current].placement_id

    def select_placement(self, placement_id: int) -> bool:
        if self.data is None:
            return False
        index = self.data.bar_index(placement_id)
        if index is None:
            return False
        self._set_current(index)
        return True

    # --- geometry ----------------------------------------------------------------------------

    @property
    def day_width(self) -> float:
        return self._day_width

    def _days(self) -> int:
        if self.data is None:
            return 1
        return (self.data.last - self.data.first).days + 1

    def _time_width(self) -> int:
        return max(1, self.viewport().width() - self.name_width)

    def _fit_day_width(self) -> float:
        return max(MIN_DAY_WIDTH, min(MAX_DAY_WIDTH, (self._time_width() - 8) / self._days()))

    def x_of(self, day: dt.date) -> float:
        """The x position (viewport) of the start of ``day``."""
        assert self.data is not None
        offset = (day - self.data.first).days * self._day_width
        return self.name_width + offset - self.horizontalScrollBar().value()

    def y_of(self, row: int) -> int:
        return self.header_height + row * self.row_height - self.verticalScrollBar().value()

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn, in viewport coordinates."""
        assert self.data is not None
        bar = self.data.bars[index]
        x1 = self.x_of(bar.start)
        x2 = self.x_of(bar.end + dt.timedelta(days=1))
        y = self.y_of(bar.row)
        height = (self.row_height - 8) / bar.lanes
        top = y + 4 + bar.lane * height
        gap = 1 if bar.lanes > 1 else 0
        return QRectF(x1 + 1, top + gap, max(3.0, x2 - x1 - 2), height - 2 * gap)

    def placement_rect(self, placement_id: int) -> QRect:
        """For tests and tools: the bar of a placement, in viewport coordinates."""
        assert self.data is not None
        index = self.data.bar_index(placement_id)
        assert index is not None
        return self.bar_rect(index).toAlignedRect()

    def bar_at(self, pos: QPoint) -> int | None:
        if self.data is None or pos.x() < self.name_width or pos.y() < self.header_height:
            return None
        row = self.row_at(pos)
        if row is None:
            return None
        for index in self.data.rows[row].bars:
            if self.bar_rect(index).adjusted(0, -3, 0, 3).contains(pos.toPointF()):
                return index
        return None

    def row_at(self, pos: QPoint) -> int | None:
        if self.data is None or pos.y() < self.header_height:
            return None
        row = (pos.y() - self.header_height + self.verticalScrollBar().value()) // self.row_height
        return row if 0 <= row < len(self.data.rows) else None

    def _update_scrollbars(self) -> None:
        if self._fit:
            self._day_width = self._fit_day_width()
        rows = len(self.data.rows) if self.data else 0
        body = max(0, self.viewport().height() - self.header_height)
        vertical = self.verticalScrollBar()
        vertical.setPageStep(max(self.row_height, body - self.row_height))
        vertical.setRange(0, max(0, rows * self.row_height - body + 4))
        horizontal = self.horizontalScrollBar()
        total = int(self._days() * self._day_width) + 8
        horizontal.setPageStep(self._time_width())
        horizontal.setRange(0, max(0, total - self._time_width()))

    # --- zoom and scroll -----------------------------------------------------------------------

    def zoom(self, factor: float, anchor_x: float | None = None) -> None:
        if self.data is None:
            return
        anchor = anchor_x if anchor_x is not None else self.name_width + self._time_width() / 2
        day_at_anchor = (anchor - self.name_width + self.horizontalScrollBar().value()) / (
            self._day_width
        )
        self._fit = False
        self._day_width = max(MIN_DAY_WIDTH, min(MAX_DAY_WIDTH, self._day_width * factor))
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(
            int(day_at_anchor * self._day_width - (anchor - self.name_width))
        )
        self.viewport().update()

    def zoom_in(self) -> None:
        self.zoom(1.5)

    def zoom_out(self) -> None:
        self.zoom(1 / 1.5)

    def zoom_to_fit(self) -> None:
        self._fit = True
        self._update_scrollbars()
        self.horizontalScrollBar().setValue(0)
        self.viewport().update()

    def scroll_to_today(self) -> None:
        if self.data is None:
            return
        today = self.ctx.app.today
        x = (today - self.data.first).days * self._day_width
        self.horizontalScrollBar().setValue(int(x - self._time_width() / 3))

    def ensure_visible(self, index: int) -> None:
        assert self.data is not None
        bar = self.data.bars[index]
        self._ensure_row_visible(bar.row)
        rect = self.bar_rect(index)
        horizontal = self.horizontalScrollBar()
        left, right = self.name_width, self.viewport().width()
        if rect.left() < left:
            horizontal.setValue(int(horizontal.value() - (left - rect.left()) - 16))
        elif rect.right() > right:
            shift = min(rect.right() - right + 16, rect.left() - left - 16)
            horizontal.setValue(int(horizontal.value() + max(0, shift)))

    def _ensure_row_visible(self, row: int) -> None:
        vertical = self.verticalScrollBar()
        top = row * self.row_height
        body = self.viewport().height() - self.header_height
        if top < vertical.value():
            vertical.setValue(top)
        elif top + self.row_height > vertical.value() + body:
            vertical.setValue(top + self.row_height - body)

    # --- the current bar -----------------------------------------------------------------------

    def _set_current(self, index: int | None, row: int | None = None) -> None:
        assert self.data is not None
        self.current = index
        if index is not None:
            self.current_row = self.data.bars[index].row
            self.ensure_visible(index)
        elif row is not None:
            self.current_row = row
            self._ensure_row_visible(row)
        self._describe()
        self.viewport().update()
        self.current_changed.emit(self.current_placement_id() or 0)

    def bar_text(self, index: int) -> str:
        """What a bar says in words: its tooltip and what a screen reader announces."""
        assert self.data is not None
        bar = self.data.bars[index]
        rotation = self.tr("rotatie {n}").format(n=bar.rotation)
        when = f"{period(bar.start, bar.end)} · {label(bar.status, self.ctx.lang)}"
        if bar.locked:
            when += " · " + self.tr("vastgezet")
        lines = [
            f"{bar.trainee_name} – {rotation}",
            f"{bar.assignment_title} ({bar.organisation_name})",
            when,
        ]
        lines += [self.tr("Conflict – {message}").format(message=m) for m in bar.conflicts]
        lines += [self.tr("Let op – {message}").format(message=m) for m in bar.warnings]
        return "\n".join(lines)

    def _describe(self) -> None:
        if self.data is None:
            self.setAccessibleDescription("")
            return
        if self.current is not None:
            text = self.bar_text(self.current).replace("\n", ". ")
        elif self.data.rows:
            row = self.data.rows[self.current_row]
            text = self.tr("{name}: geen plaatsingen").format(name=row.name)
        else:
            text = self.tr("Geen trainees in deze lichting")
        self.setAccessibleDescription(text)

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        try:
            self._paint(painter, event.rect())
        finally:
            painter.end()

    def _paint(self, painter: QPainter, _dirty: QRect) -> None:
        width, height = self.viewport().width(), self.viewport().height()
        painter.fillRect(0, 0, width, height, QColor("#ffffff"))
        data = self.data
        metrics = self.fontMetrics()
        if data is None or not data.rows:
            painter.setPen(QColor("#6b7280"))
            painter.drawText(
                QRect(0, 0, width, height),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Geen trainees in deze lichting.")
                if data is not None
                else self.tr("Kies een lichting."),
            )
            return
        body_top = self.header_height
        first_row = self.verticalScrollBar().value() // self.row_height
        last_row = min(len(data.rows) - 1, first_row + (height - body_top) // self.row_height + 1)
        time_left = self.name_width

        # -- the body: bands, stripes, grid, bars, today ------------------------------------
        painter.save()
        painter.setClipRect(QRect(time_left, body_top, width - time_left, height - body_top))
        for i, w in enumerate(data.windows):
            if i % 2 == 0:
                x1, x2 = self.x_of(w.start), self.x_of(w.end + dt.timedelta(days=1))
                painter.fillRect(QRectF(x1, body_top, x2 - x1, height), QColor("#f4f7fb"))
        for row in range(first_row, last_row + 1):
            y = self.y_of(row)
            if row == self.current_row:
                painter.fillRect(QRect(time_left, y, width, self.row_height), QColor("#e8f0fa"))
            painter.setPen(QColor("#eceef1"))
            painter.drawLine(time_left, y + self.row_height - 1, width, y + self.row_height - 1)
        self._paint_month_lines(painter, body_top, height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for row in range(first_row, last_row + 1):
            for index in data.rows[row].bars:
                self._paint_bar(painter, index, metrics)
        if data.first <= self.ctx.app.today <= data.last:
            x = self.x_of(self.ctx.app.today)
            painter.setPen(QPen(QColor(TODAY_COLOUR), 2))
            painter.drawLine(QPointF(x, body_top), QPointF(x, height))
        painter.restore()

        # -- the names ------------------------------------------------------------------------
        painter.save()
        painter.setClipRect(QRect(0, body_top, time_left, height - body_top))
        painter.fillRect(QRect(0, body_top, time_left, height), QColor("#fafbfc"))
        for row in range(first_row, last_row + 1):
            y = self.y_of(row)
            entry = data.rows[row]
            if row == self.current_row:
                painter.fillRect(QRect(0, y, time_left, self.row_height), QColor("#dbe7f5"))
            muted = entry.status in (TraineeStatus.FINISHED, TraineeStatus.LEFT)
            painter.setPen(QColor("#6b7280") if muted else QColor("#111827"))
            text = metrics.elidedText(entry.name, Qt.TextElideMode.ElideRight, time_left - 20)
            painter.drawText(
                QRect(10, y, time_left - 14, self.row_height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        painter.restore()
        painter.setPen(QColor("#d5d9e0"))
        painter.drawLine(time_left - 1, 0, time_left - 1, height)

        # -- the header -------------------------------------------------------------------------
        self._paint_header(painter, width, metrics)
        if self.hasFocus() and self.current is None and data.rows:
            y = self.y_of(self.current_row)
            painter.setPen(QPen(QColor(TODAY_COLOUR), 1, Qt.PenStyle.DotLine))
            painter.drawRect(QRect(1, y + 1, width - 3, self.row_height - 3))

    def _months(self) -> list[dt.date]:
        assert self.data is not None
        months = []
        day = self.data.first.replace(day=1)
        while day <= self.data.last:
            months.append(day)
            day = (day.replace(day=28) + dt.timedelta(days=8)).replace(day=1)
        return months

    def _paint_month_lines(self, painter: QPainter, top: int, bottom: int) -> None:
        painter.setPen(QColor("#e6e8ec"))
        for month in self._months():
            x = self.x_of(month)
            painter.drawLine(int(x), top, int(x), bottom)

    def _paint_bar(self, painter: QPainter, index: int, metrics: QFontMetrics) -> None:
        assert self.data is not None
        bar = self.data.bars[index]
        rect = self.bar_rect(index)
        if rect.right() < self.name_width or rect.left() > self.viewport().width():
            return
        colour = organisation_colour(bar.organisation_id)
        dimmed = (
            self.highlight_organisation is not None
            and bar.organisation_id != self.highlight_organisation
        )
        if bar.status is PlacementStatus.PROPOSED:
            fill = colour.lighter(165)
        elif bar.status is PlacementStatus.COMPLETED:
            fill = QColor.fromHslF(colour.hslHueF(), colour.hslSaturationF() * 0.45, 0.62)
        else:
            fill = colour
        if dimmed:
            fill = QColor.fromHslF(fill.hslHueF(), 0.08, 0.9)
        painter.setBrush(QBrush(fill))
        if bar.conflicts:
            pen = QPen(QColor(ERROR_COLOUR), 3)
        elif bar.warnings:
            pen = QPen(QColor(WARNING_COLOUR), 2.5)
        elif bar.status is PlacementStatus.PROPOSED:
            pen = QPen(colour.darker(130), 1.5, Qt.PenStyle.DashLine)
        else:
            pen = QPen(colour.darker(125), 1)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 4, 4)
        if index == self.current:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor("#111827"), 2))
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 5, 5)

        badge_width = 0.0
        if bar.conflicts or bar.warnings:
            badge_width = self._paint_badge(painter, rect, "!" if bar.conflicts else "⚠", bar)
        if bar.locked:
            badge_width += self._paint_lock(painter, rect, badge_width)
        text_rect = rect.adjusted(6, 0, -(6 + badge_width), 0)
        if text_rect.width() > 18 and rect.height() >= metrics.height() - 3:
            text = metrics.elidedText(
                bar.assignment_title, Qt.TextElideMode.ElideRight, int(text_rect.width())
            )
            painter.setPen(text_colour_on(fill))
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text
            )

    def _paint_badge(self, painter: QPainter, rect: QRectF, mark: str, bar: TimelineBar) -> float:
        size = rect.height() - 6
        if size < 8 or rect.width() < size + 8:
            return 0.0  # too small (a lane of an overlap): the frame says enough
        badge = QRectF(rect.right() - size - 3, rect.top() + 3, size, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ERROR_COLOUR if bar.conflicts else WARNING_COLOUR))
        painter.drawEllipse(badge)
        painter.setPen(QColor("#ffffff"))
        font = painter.font()
        bold = painter.font()
        bold.setBold(True)
        bold.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        painter.setFont(bold)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, mark)
        painter.setFont(font)
        return size + 3

    def _paint_lock(self, painter: QPainter, rect: QRectF, taken: float) -> float:
        size = rect.height() - 8
        if size < 7 or rect.width() < taken + size + 10:
            return 0.0
        x = rect.right() - taken - size - 4
        y = rect.top() + 4
        body = QRectF(x, y + size * 0.45, size, size * 0.55)
        painter.setPen(QPen(QColor("#111827"), 1.4))
        painter.setBrush(QColor("#ffffff"))
        painter.drawArc(QRectF(x + size * 0.2, y, size * 0.6, size * 0.8).toRect(), 0, 180 * 16)
        painter.drawRect(body)
        return size + 4

    def _paint_header(self, painter: QPainter, width: int, metrics: QFontMetrics) -> None:
        assert self.data is not None
        line = self.header_height // 2
        painter.fillRect(QRect(0, 0, width, self.header_height), QColor("#f3f4f6"))
        painter.save()
        painter.setClipRect(QRect(self.name_width, 0, width - self.name_width, self.header_height))
        bold = painter.font()
        bold.setBold(True)
        normal = painter.font()
        for i, w in enumerate(self.data.windows):
            x1, x2 = self.x_of(w.start), self.x_of(w.end + dt.timedelta(days=1))
            band = QRectF(x1, 0, x2 - x1, line)
            painter.fillRect(band, QColor("#e6edf6") if i % 2 == 0 else QColor("#eef1f5"))
            painter.setPen(QColor("#1f2937"))
            painter.setFont(bold)
            text = self.tr("Rotatie {n}").format(n=w.rotation)
            if metrics.horizontalAdvance(text) + 8 < band.width():
                painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(normal)
        names = _MONTHS_SHORT_NL if self.ctx.lang == "nl" else _MONTHS_SHORT_EN
        months = self._months()
        widest = metrics.horizontalAdvance("mrt 2026") + 10
        step = 1
        month_width = 30.4 * self._day_width
        while month_width * step < widest and step < 12:
            step = {1: 2, 2: 3, 3: 6, 6: 12}[step]
        painter.setPen(QColor("#4b5563"))
        for month in months:
            x = self.x_of(month)
            painter.setPen(QColor("#d1d5db"))
            painter.drawLine(int(x), line, int(x), self.header_height)
            if (month.month - 1) % step:
                continue
            text = names[month.month - 1]
            if month.month == 1 or month == months[0] or step >= 3:
                text += f" {month.year}"
            painter.setPen(QColor("#4b5563"))
            painter.drawText(
                QRectF(x + 4, line, month_width * step, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        today = self.ctx.app.today
        if self.data.first <= today <= self.data.last:
            x = self.x_of(today)
            painter.setPen(QPen(QColor(TODAY_COLOUR), 2))
            painter.drawLine(int(x), line, int(x), self.header_height)
        painter.restore()
        painter.setPen(QColor("#d5d9e0"))
        painter.drawLine(0, self.header_height - 1, width, self.header_height - 1)
        painter.setPen(QColor("#374151"))
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(
            QRect(10, 0, self.name_width - 14, self.header_height),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(
                self.tr("Trainee ({n})").format(n=len(self.data.rows)),
                Qt.TextElideMode.ElideRight,
                self.name_width - 16,
            ),
        )
        painter.setFont(normal)

    # --- events ----------------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_scrollbars()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = event.position().toPoint()
        index = self.bar_at(pos)
        self._pressed = index if event.button() == Qt.MouseButton.LeftButton else None
        row = self.row_at(pos)
        if index is not None:
            self._set_current(index)
        elif row is not None:
            self._set_current(None, row)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        if event.button() != Qt.MouseButton.LeftButton or pressed is None or self.data is None:
            return
        if self.bar_at(event.position().toPoint()) == pressed:
            self.placement_activated.emit(self.data.bars[pressed].placement_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            index = self.bar_at(self.viewport().mapFromGlobal(event.globalPos()))
            if index is not None:
                self._set_current(index)
            position = event.globalPos()
        else:
            rect = (
                self.bar_rect(self.current).toAlignedRect()
                if self.current is not None
                else QRect(0, self.y_of(self.current_row), self.name_width, self.row_height)
            )
            position = self.viewport().mapToGlobal(rect.center())
        self.context_menu_requested.emit(self.current_placement_id() or 0, position)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(1.25**steps, event.position().x())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        data = self.data
        key = event.key()
        if data is None or not data.rows:
            super().keyPressEvent(event)
            return
        rows = data.rows
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            if self.current is not None:
                self.placement_activated.emit(data.bars[self.current].placement_id)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown,
                   Qt.Key.Key_Home, Qt.Key.Key_End):  # fmt: skip
            page = max(1, (self.viewport().height() - self.header_height) // self.row_height - 1)
            delta = {
                Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page,
                Qt.Key.Key_PageDown: page, Qt.Key.Key_Home: -len(rows), Qt.Key.Key_End: len(rows),
            }[Qt.Key(key)]  # fmt: skip
            row = max(0, min(len(rows) - 1, self.current_row + delta))
            self._set_current(self._closest_bar(row), row)
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            bars = rows[self.current_row].bars
            if not bars:
                return
            if self.current is None or self.current not in bars:
                target = bars[0] if key == Qt.Key.Key_Right else bars[-1]
            else:
                position = bars.index(self.current) + (1 if key == Qt.Key.Key_Right else -1)
                target = bars[max(0, min(len(bars) - 1, position))]
            self._set_current(target)
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
            return
        if key == Qt.Key.Key_Minus:
            self.zoom_out()
            return
        if key == Qt.Key.Key_0:
            self.zoom_to_fit()
            return
        if key == Qt.Key.Key_T:
            self.scroll_to_today()
            return
        super().keyPressEvent(event)

    def _closest_bar(self, row: int) -> int | None:
        """On another trainee's row, the bar nearest in time to the current one."""
        assert self.data is not None
        bars = self.data.rows[row].bars
        if not bars:
            return None
        if self.current is None:
            return bars[0]
        everything = self.data.bars

        def middle(index: int) -> dt.date:
            bar = everything[index]
            return bar.start + (bar.end - bar.start) / 2

        here = middle(self.current)
        return min(bars, key=lambda i: abs(middle(i) - here))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(event)
        return super().event(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tooltip(event)
        return super().viewportEvent(event)

    def _tooltip(self, event: QHelpEvent) -> bool:
        index = self.bar_at(event.pos())
        if index is not None:
            QToolTip.showText(event.globalPos(), self.bar_text(index), self.viewport())
        else:
            row = self.row_at(event.pos())
            if row is not None and self.data is not None and event.pos().x() < self.name_width:
                QToolTip.showText(event.globalPos(), self.data.rows[row].name, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
        return True

    def sizeHint(self) -> QSize:
        return QSize(900, 500)


# --- the panel around it ------------------------------------------------------------------------


def _swatch(colour: QColor, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(125), 1))
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
    painter.end()
    return QIcon(pixmap)


class TimelinePanel(QWidget):
    """The cohort chooser, zoom buttons, legend and the timeline itself."""

    placement_activated = Signal(int)
    context_menu_requested = Signal(int, QPoint)
    WATCHED = frozenset({"placement", "trainee", "assignment", "organisation", "cohort", "*"})

    def __init__(self, ctx: ViewContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("timelinePanel")
        self._loaded = False
        self._stale = False
        self._pending_cohort: int | None = None
        self.load_seconds = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.cohort_label = QLabel(self)
        self.cohort_combo = QComboBox(self)
        self.cohort_combo.setMinimumContentsLength(26)
        self.cohort_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.cohort_label.setBuddy(self.cohort_combo)
        self.cohort_combo.currentIndexChanged.connect(lambda _i: self.reload())
        bar.addWidget(self.cohort_label)
        bar.addWidget(self.cohort_combo)
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_in_button = QPushButton("+", self)
        self.fit_button = QPushButton(self)
        self.today_button = QPushButton(self)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button,
                       self.today_button):  # fmt: skip
            button.setAutoDefault(False)
            bar.addWidget(button)
        self.zoom_out_button.setFixedWidth(self.fontMetrics().averageCharWidth() * 5)
        self.zoom_in_button.setFixedWidth(self.fontMetrics().averageCharWidth() * 5)
        self.summary = QLabel(self)
        self.summary.setStyleSheet("color: #4b5563;")
        bar.addWidget(self.summary, 1)
        layout.addLayout(bar)

        self.timeline = RotationTimeline(ctx, self)
        self.timeline.placement_activated.connect(self.placement_activated)
        self.timeline.context_menu_requested.connect(self.context_menu_requested)
        layout.addWidget(self.timeline, 1)
        self.zoom_in_button.clicked.connect(self.timeline.zoom_in)
        self.zoom_out_button.clicked.connect(self.timeline.zoom_out)
        self.fit_button.clicked.connect(self.timeline.zoom_to_fit)
        self.today_button.clicked.connect(self.timeline.scroll_to_today)

        self.key_label = QLabel(self)
        self.key_label.setWordWrap(True)
        self.key_label.setStyleSheet("color: #4b5563;")
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.key_label)
        self.legend = QListWidget(self)
        self.legend.setObjectName("timelineLegend")
        self.legend.setFlow(QListView.Flow.LeftToRight)
        self.legend.setWrapping(True)
        self.legend.setResizeMode(QListView.ResizeMode.Adjust)
        self.legend.setUniformItemSizes(False)
        self.legend.setSpacing(2)
        self.legend.currentItemChanged.connect(self._on_legend)
        layout.addWidget(self.legend)

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.reload)
        ctx.bus.changed.connect(self._on_data_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.cohort_label.setText(self.tr("&Lichting:"))
        self.cohort_combo.setAccessibleName(self.tr("Lichting van de tijdlijn"))
        self.zoom_out_button.setAccessibleName(self.tr("Uitzoomen"))
        self.zoom_out_button.setToolTip(self.tr("Uitzoomen (-)"))
        self.zoom_in_button.setAccessibleName(self.tr("Inzoomen"))
        self.zoom_in_button.setToolTip(self.tr("Inzoomen (+)"))
        self.fit_button.setText(self.tr("Passend"))
        self.fit_button.setAccessibleName(self.tr("Hele periode tonen"))
        self.fit_button.setToolTip(self.tr("De hele periode van de lichting tonen (0)"))
        self.today_button.setText(self.tr("Vandaag"))
        self.today_button.setAccessibleName(self.tr("Naar vandaag"))
        self.today_button.setToolTip(self.tr("Naar vandaag scrollen (T)"))
        self.legend.setAccessibleName(self.tr("Legenda: kleur per organisatie"))
        self.legend.setToolTip(
            self.tr("Kies een organisatie om haar plaatsingen te laten opvallen")
        )
        self.timeline.setAccessibleName(self.tr("Tijdlijn van de rotaties"))
        self.key_label.setText(
            self.tr(
                "Kleur: organisatie · <u>stippellijn</u>: voorgesteld · "
                "<span style='color:{error}'>rood kader met !</span>: conflict met een vaste "
                "regel · <span style='color:{warning}'>oranje kader met ⚠</span>: "
                "waarschuwing · <span style='color:{today}'>blauwe lijn</span>: vandaag · "
                "pijltjes en Enter: plaatsing kiezen en openen"
            ).format(error=ERROR_COLOUR, warning=WARNING_COLOUR, today=TODAY_COLOUR)
        )
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- loading --------------------------------------------------------------------------------

    def load_cohorts(self) -> None:
        with self.ctx.app.read_session() as session:
            cohorts = cohort_choices(session)
        chosen = self._pending_cohort or self.cohort_combo.currentData()
        self._pending_cohort = None
        self.cohort_combo.blockSignals(True)
        self.cohort_combo.clear()
        for c in cohorts:
            self.cohort_combo.addItem(f"{c.name} ({c.programme})", c.id)
        if chosen is None or self.cohort_combo.findData(chosen) < 0:
            chosen = default_cohort(cohorts, self.ctx.app.today)
        self.cohort_combo.setCurrentIndex(max(0, self.cohort_combo.findData(chosen)))
        self.cohort_combo.blockSignals(False)

    def set_cohort(self, cohort_id: int | None) -> None:
        """Show ``cohort_id``; before the first load, remember it for then."""
        if cohort_id is None:
            return
        if not self._loaded:
            self._pending_cohort = cohort_id
            return
        index = self.cohort_combo.findData(cohort_id)
        if index >= 0 and index != self.cohort_combo.currentIndex():
            self.cohort_combo.setCurrentIndex(index)  # reloads
        elif index >= 0 and self.timeline.data is None:
            self.reload()

    def cohort_id(self) -> int | None:
        value = self.cohort_combo.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        """Read the cohorts and the timeline again."""
        self.load_cohorts()
        self._loaded = True
        self.reload()

    def reload(self) -> None:
        self._refresh_timer.stop()
        self._stale = False
        cohort_id = self.cohort_id()
        started = time.perf_counter()
        data = None
        if cohort_id is not None:
            with self.ctx.app.read_session() as session:
                data = load_timeline(
                    session, cohort_id, self.ctx.app.soft_rule_settings(), self.ctx.lang
                )
        self.load_seconds = time.perf_counter() - started
        self.timeline.set_data(data)
        self._fill_legend(data)
        self._update_summary()

    def _fill_legend(self, data: TimelineData | None) -> None:
        chosen = self.timeline.highlight_organisation
        self.legend.blockSignals(True)
        self.legend.clear()
        size = self.fontMetrics().height()
        if data is not None:
            all_item = QListWidgetItem(self.tr("Alle organisaties"))
            all_item.setData(Qt.ItemDataRole.UserRole, None)
            self.legend.addItem(all_item)
            for oid, name, count in data.organisations:
                item = QListWidgetItem(_swatch(organisation_colour(oid), size), name)
                item.setData(Qt.ItemDataRole.UserRole, oid)
                item.setToolTip(
                    self.tr("{name}: {n} plaatsingen in deze lichting").format(name=name, n=count)
                )
                self.legend.addItem(item)
                if oid == chosen:
                    self.legend.setCurrentItem(item)
        if chosen is not None and self.legend.currentItem() is None:
            self.timeline.highlight_organisation = None
        self.legend.blockSignals(False)
        if self.legend.count():
            # Whole lines of organisations, three at most; the rest scrolls.
            line = self.legend.sizeHintForRow(0) + 2 * self.legend.spacing()
            self.legend.setFixedHeight(3 * line + 2 * self.legend.frameWidth() + 4)

    def _on_legend(self, item: QListWidgetItem | None, _previous: object) -> None:
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.timeline.highlight_organisation = int(value) if value is not None else None
        self.timeline.viewport().update()

    def _update_summary(self) -> None:
        data = self.timeline.data
        if data is None:
            self.summary.setText("")
            return
        parts = [
            self.tr("{n} trainees").format(n=len(data.rows)),
            self.tr("{n} plaatsingen").format(n=len(data.bars)),
        ]
        if data.conflict_count:
            parts.append(self.tr("{n} met conflict").format(n=data.conflict_count))
        if data.warning_count:
            parts.append(self.tr("{n} met waarschuwing").format(n=data.warning_count))
        self.summary.setText(" · ".join(parts))

    # --- staying current ------------------------------------------------------------------------

    def _on_data_changed(self, kind: str, _ids: object) -> None:
        if kind not in self.WATCHED or not self._loaded:
            return
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Loaded just after showing, so that whoever shows the panel can first say which
        # cohort it should show (set_cohort) and the data is read once.
        QTimer.singleShot(0, self._load_if_needed)

    def _load_if_needed(self) -> None:
        if not self.isVisible():
            return
        if not self._loaded:
            self.refresh()
        elif self._stale:
            self.reload()
