"""A map of Groningen and Drenthe drawn from the reference data alone (no tiles, offline).

We know one coordinate per municipality. Each province is drawn as the padded,
rounded outline around its municipalities' points; each municipality is a marker
whose area grows with its figure, with its name beside it. Labels are placed so
that they do not cover each other or the markers where that can be avoided.

Mouse: hover for the figures, click to open the filtered list. Keyboard: the arrow
keys move to the nearest municipality in that direction, Enter or Space opens it; the
list beside the map (MunicipalityList) offers the same municipalities as a table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

KM_PER_DEGREE = 111.2
_PROVINCE_STYLE = {  # fill, outline, label
    "Groningen": ("#e4edf6", "#a9c0d8", "#56789a"),
    "Drenthe": ("#e7f0e3", "#b1c9a6", "#5f7f52"),
}
_OTHER_STYLE = ("#eeeeee", "#c8c8c8", "#777777")
MARKER = QColor(31, 95, 139, 205)
MARKER_EMPTY = QColor("#a7b1bc")
_DIRECTIONS = {
    Qt.Key.Key_Left: (-1.0, 0.0),
    Qt.Key.Key_Right: (1.0, 0.0),
    Qt.Key.Key_Up: (0.0, -1.0),
    Qt.Key.Key_Down: (0.0, 1.0),
}
_ACTIVATE = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class MapPoint:
    id: int
    name: str
    province: str
    latitude: float
    longitude: float
    value: int
    tooltip: str = ""


def convex_hull(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
    """The hull in counter-clockwise order (Andrew's monotone chain)."""
    unique = sorted(set(points))
    if len(unique) <= 2:
        return unique

    def cross(o: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[tuple[float, float]] = []
    for p in unique:
        while len(lower) >= 2 and cross(lower[-2], lower[-1], p) <= 0:
            lower.pop()
        lower.append(p)
    upper: list[tuple[float, float]] = []
    for p in reversed(unique):
        while len(upper) >= 2 and cross(upper[-2], upper[-1], p) <= 0:
            upper.pop()
        upper.append(p)
    return lower[:-1] + upper[:-1]


def padded_outline(points: Sequence[QPointF], padding: float) -> QPainterPath:
    """The region within ``padding`` of the points' hull: a rounded, deliberate shape."""
    hull = convex_hull([(p.x(), p.y()) for p in points])
    path = QPainterPath()
    if len(hull) == 1:
        x, y = hull[0]
        path.addEllipse(QPointF(x, y), padding, padding)
        return path
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in hull]))
    path.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(padding * 2)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    return stroker.createStroke(path).united(path).simplified()


_Point = tuple[float, float]


def _clip(polygon: list[_Point], inside: Callable[[float, float], float]) -> list[_Point]:
    """The part of a convex polygon where ``inside(x, y) <= 0`` (Sutherland-Hodgman)."""
    kept: list[_Point] = []
    for index, a in enumerate(polygon):
        b = polygon[(index + 1) % len(polygon)]
        fa, fb = inside(*a), inside(*b)
        if fa <= 0:
            kept.append(a)
        if (fa <= 0) != (fb <= 0):
            t = fa / (fa - fb)
            kept.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
    return kept


def nearest_cells(points: Sequence[_Point], box: QRectF) -> list[list[_Point]]:
    """Each point's Voronoi cell inside ``box``: where it is the nearest of the points."""
    corners = [
        (box.left(), box.top()),
        (box.right(), box.top()),
        (box.right(), box.bottom()),
        (box.left(), box.bottom()),
    ]
    cells = []
    for i, (px, py) in enumerate(points):
        cell = list(corners)
        for j, (qx, qy) in enumerate(points):
            if i == j or (qx, qy) == (px, py) or not cell:
                continue
            mx, my, nx, ny = (px + qx) / 2, (py + qy) / 2, qx - px, qy - py
            cell = _clip(
                cell, lambda x, y, mx=mx, my=my, nx=nx, ny=ny: (x - mx) * nx + (y - my) * ny
            )
        cells.append(cell)
    return cells


def province_regions(
    groups: dict[str, list[QPointF]], padding: float, box: QRectF
) -> dict[str, QPainterPath]:
    """Each province's area: the land around all points (padded hulls), split between the
    provinces along the lines halfway between neighbouring municipalities."""
    land = QPainterPath()
    for points in groups.values():
        land = land.united(padded_outline(points, padding))
    if len(groups) == 1:
        return {name: land for name in groups}
    owners = [(name, p) for name, points in groups.items() for p in points]
    cells = nearest_cells([(p.x(), p.y()) for _name, p in owners], box)
    regions: dict[str, QPainterPath] = {}
    for name in groups:
        area = QPainterPath()
        for (owner, _point), cell in zip(owners, cells, strict=True):
            if owner == name and len(cell) >= 3:
                area.addPolygon(QPolygonF([QPointF(x, y) for x, y in cell]))
                area.closeSubpath()
        area.setFillRule(Qt.FillRule.WindingFill)
        regions[name] = area.simplified().intersected(land).simplified()
    return regions


@dataclass
class _Placed:
    point: MapPoint
    centre: QPointF
    radius: float
    label: QRectF
    label_text: str
    value_inside: bool


class MunicipalityMap(QWidget):
    """The provinces, a marker per municipality, and which one is current."""

    activated = Signal(int)  # municipality id: click, Enter or Space
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: list[MapPoint] = []
        self.current: int | None = None
        self._hovered: int | None = None
        self._placed: list[_Placed] = []
        self._provinces: list[tuple[str, QPainterPath, QPointF]] = []
        self._scale_bar: tuple[QPointF, float, str] | None = None
        self._layout_size = QSize()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(360, 360)

    def sizeHint(self) -> QSize:
        return QSize(560, 470)

    # -- data ----------------------------------------------------------------------------

    def set_points(self, points: Sequence[MapPoint]) -> None:
        new = list(points)
        if new == self.points:
            return
        places_moved = [(p.id, p.latitude, p.longitude) for p in new] != [
            (p.id, p.latitude, p.longitude) for p in self.points
        ]
        self.points = new
        if self.current is not None and all(p.id != self.current for p in new):
            self.current = None
        if places_moved:
            self._layout_size = QSize()
        self._lay_out(shapes=places_moved)
        self.update()

    def set_current(self, municipality_id: int | None) -> None:
        if municipality_id == self.current:
            return
        self.current = municipality_id
        self._describe()
        self.update()
        if municipality_id is not None:
            self.current_changed.emit(municipality_id)

    def point(self, municipality_id: int | None) -> MapPoint | None:
        return next((p for p in self.points if p.id == municipality_id), None)

    def marker_centre(self, municipality_id: int) -> QPointF | None:
        """Where a municipality's marker is drawn (for tests and tool tips)."""
        placed = next((p for p in self._placed if p.point.id == municipality_id), None)
        return QPointF(placed.centre) if placed else None

    def _describe(self) -> None:
        found = self.point(self.current)
        self.setAccessibleDescription(found.tooltip if found else "")

    # -- layout --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out(shapes=True)

    def _projection(self) -> tuple[float, float, float, float, float, float]:
        """How degrees become pixels: (pixels per degree of latitude, x offset, y of the
        southernmost point, cosine of the middle latitude, west- and southernmost)."""
        lats = [p.latitude for p in self.points]
        lons = [p.longitude for p in self.points]
        cos_lat = math.cos(math.radians((min(lats) + max(lats)) / 2))
        width = max((max(lons) - min(lons)) * cos_lat, 1e-6)
        height = max(max(lats) - min(lats), 1e-6)
        # Room for the provinces' padding, their names above and below, and the labels.
        pad = self._padding()
        margin_x, margin_top, margin_bottom = 80.0, pad + 26.0, pad + 30.0
        usable_w = max(self.width() - 2 * margin_x, 50.0)
        usable_h = max(self.height() - margin_top - margin_bottom, 50.0)
        scale = min(usable_w / width, usable_h / height)
        x_off = margin_x + (usable_w - width * scale) / 2
        y_off = margin_top + (usable_h - height * scale) / 2
        return scale, x_off, y_off + height * scale, cos_lat, min(lons), min(lats)

    def _lay_out(self, *, shapes: bool) -> None:
        if not self.points or self.width() <= 0:
            self._placed, self._provinces = [], []
            return
        scale, x_off, y_base, cos_lat, lon0, lat0 = self._projection()

        def project(lat: float, lon: float) -> QPointF:
            return QPointF(x_off + (lon - lon0) * cos_lat * scale, y_base - (lat - lat0) * scale)

        centres = {p.id: project(p.latitude, p.longitude) for p in self.points}
        side = min(self.width(), self.height())
        if shapes or not self._provinces:
            padding = self._padding()
            groups: dict[str, list[QPointF]] = {}
            for p in self.points:
                groups.setdefault(p.province, []).append(centres[p.id])
            middle = sum(c.y() for c in centres.values()) / len(centres)
            regions = province_regions(
                groups, padding, QRectF(self.rect()).adjusted(-50, -50, 50, 50)
            )
            self._provinces = []
            for name, pts in sorted(groups.items()):
                outline = regions[name]
                box = outline.boundingRect()
                below = sum(c.y() for c in pts) / len(pts) > middle
                anchor = QPointF(box.center().x(), box.bottom() + 16 if below else box.top() - 8)
                self._provinces.append((name, outline, anchor))
            per_km = scale / KM_PER_DEGREE
            length_km = 20 if 20 * per_km < self.width() / 4 else 10
            length = length_km * per_km
            self._scale_bar = (
                QPointF(self.width() - 24 - length, self.height() - 18),
                length,
                f"{length_km} km",
            )
        largest = max((p.value for p in self.points), default=0)
        biggest = min(side * 0.055, self._room(list(centres.values())))
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        metrics = QFontMetricsF(font)
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetricsF(bold)
        placed: list[_Placed] = []
        for p in self.points:
            if p.value > 0 and largest > 0:
                radius = 5.0 + (biggest - 5.0) * math.sqrt(p.value / largest)
            else:
                radius = 3.5
            inside = p.value > 0 and bold_metrics.horizontalAdvance(str(p.value)) + 4 < 2 * radius
            text = p.name if inside or p.value == 0 else f"{p.name} · {p.value}"
            placed.append(_Placed(p, centres[p.id], radius, QRectF(), text, inside))
        # Labels of the biggest markers first; each takes the first side that is free.
        taken: list[QRectF] = [
            QRectF(m.centre.x() - m.radius, m.centre.y() - m.radius, 2 * m.radius, 2 * m.radius)
            for m in placed
        ]
        bounds = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        for m in sorted(placed, key=lambda m: (-m.point.value, m.point.name)):
            width = metrics.horizontalAdvance(m.label_text) + 2
            height = metrics.height()
            c, r = m.centre, m.radius
            candidates = [
                QRectF(c.x() + r + 3, c.y() - height / 2, width, height),
                QRectF(c.x() - r - 3 - width, c.y() - height / 2, width, height),
                QRectF(c.x() - width / 2, c.y() - r - 1 - height, width, height),
                QRectF(c.x() - width / 2, c.y() + r + 1, width, height),
                QRectF(c.x() + r * 0.7, c.y() - r * 0.7 - height, width, height),
                QRectF(c.x() + r * 0.7, c.y() + r * 0.7, width, height),
            ]
            own = QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r)

            def overlap(box: QRectF, own: QRectF = own) -> float:
                total = sum(
                    box.intersected(other).width() * box.intersected(other).height()
                    for other in taken
                    if other != own and box.intersects(other)
                )
                if not bounds.contains(box):
                    total += box.width() * box.height()
                return total

            best = min(candidates, key=lambda box: (overlap(box) > 0, overlap(box)))
            m.label = best
            taken.append(best)
        self._placed = placed
        self._layout_size = self.size()
        self._describe()

    def _padding(self) -> float:
        return max(16.0, min(self.width(), self.height()) * 0.055)

    @staticmethod
    def _room(centres: list[QPointF]) -> float:
        """The largest marker radius that keeps most neighbours apart: half the
        distance within which a quarter of the markers have their nearest neighbour."""
        nearest = sorted(
            min(
                (math.hypot(a.x() - b.x(), a.y() - b.y()) for b in centres if b is not a),
                default=40.0,
            )
            for a in centres
        )
        if not nearest:
            return 12.0
        return max(9.0, 0.5 * nearest[len(nearest) // 4])

    # -- painting ------------------------------------------------------------------------

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = QColor(text)
        muted.setAlpha(150)
        for _name, outline, _anchor in self._provinces:
            fill, border, _label = _PROVINCE_STYLE.get(_name, _OTHER_STYLE)
            painter.setPen(QPen(QColor(border), 1.4))
            painter.setBrush(QColor(fill))
            painter.drawPath(outline)
        caps = QFont(self.font())
        caps.setBold(True)
        caps.setPointSizeF(max(8.0, caps.pointSizeF() * 0.95))
        caps.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 118)
        painter.setFont(caps)
        caps_metrics = QFontMetricsF(caps)
        for name, _outline, anchor in self._provinces:
            label = _PROVINCE_STYLE.get(name, _OTHER_STYLE)[2]
            painter.setPen(QColor(label))
            title = name.upper()
            painter.drawText(
                QPointF(anchor.x() - caps_metrics.horizontalAdvance(title) / 2, anchor.y()), title
            )
        if self._scale_bar is not None:
            start, length, label = self._scale_bar
            painter.setPen(QPen(muted, 1.2))
            painter.drawLine(start, QPointF(start.x() + length, start.y()))
            for x in (start.x(), start.x() + length):
                painter.drawLine(QPointF(x, start.y() - 4), QPointF(x, start.y() + 1))
            small = QFont(self.font())
            small.setPointSizeF(max(7.0, small.pointSizeF() * 0.82))
            painter.setFont(small)
            painter.drawText(QPointF(start.x(), start.y() - 6), label)
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        bold = QFont(font)
        bold.setBold(True)
        base = palette.color(QPalette.ColorRole.Base)
        for m in sorted(self._placed, key=lambda m: -m.radius):  # small markers on top
            highlighted = m.point.id in (self.current, self._hovered)
            painter.setPen(QPen(base, 1.6))
            painter.setBrush(MARKER if m.point.value > 0 else MARKER_EMPTY)
            painter.drawEllipse(m.centre, m.radius, m.radius)
            if highlighted:
                ring = QColor("#c0504d") if m.point.id == self.current else QColor("#1f5f8b")
                painter.setPen(QPen(ring, 2.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(m.centre, m.radius + 3, m.radius + 3)
            if m.value_inside:
                painter.setFont(bold)
                painter.setPen(QColor("white"))
                box = QRectF(
                    m.centre.x() - m.radius, m.centre.y() - m.radius, 2 * m.radius, 2 * m.radius
                )
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(m.point.value))
        for m in self._placed:
            highlighted = m.point.id in (self.current, self._hovered)
            painter.setFont(bold if highlighted else font)
            painter.setPen(text if m.point.value > 0 or highlighted else muted)
            painter.drawText(
                m.label, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, m.label_text
            )
        if self.hasFocus() and self.current is None and self._placed:
            painter.setPen(QPen(QColor("#1f5f8b"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -2, -2))
        painter.end()

    # -- interaction ---------------------------------------------------------------------

    def marker_at(self, x: float, y: float) -> int | None:
        """The municipality under (x, y): its marker (a little generous) or its label."""
        best: tuple[float, int] | None = None
        for m in self._placed:
            distance = math.hypot(m.centre.x() - x, m.centre.y() - y)
            if distance <= max(m.radius + 3, 8) and (best is None or distance < best[0]):
                best = (distance, m.point.id)
        if best is not None:
            return best[1]
        for m in self._placed:
            if m.label.contains(QPointF(x, y)):
                return m.point.id
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.marker_at(event.position().x(), event.position().y())
        if found != self._hovered:
            self._hovered = found
            self.setCursor(
                Qt.CursorShape.PointingHandCursor
                if found is not None
                else Qt.CursorShape.ArrowCursor
            )
            self.update()
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if self._hovered is not None:
            self._hovered = None
            self.update()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.marker_at(event.position().x(), event.position().y())
            if found is not None:
                self.set_current(found)
                self.activated.emit(found)
                return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in _ACTIVATE and self.current is not None:
            self.activated.emit(self.current)
            return
        direction = _DIRECTIONS.get(Qt.Key(key))
        if direction is not None and self._placed:
            self.set_current(self._next_in(direction))
            return
        super().keyPressEvent(event)

    def _next_in(self, direction: tuple[float, float]) -> int:
        """The nearest marker roughly in ``direction`` of the current one (or the biggest)."""
        here = next((m for m in self._placed if m.point.id == self.current), None)
        if here is None:
            return max(self._placed, key=lambda m: (m.point.value, -m.centre.y())).point.id
        best: tuple[float, int] | None = None
        for m in self._placed:
            if m is here:
                continue
            dx, dy = m.centre.x() - here.centre.x(), m.centre.y() - here.centre.y()
            distance = math.hypot(dx, dy)
            along = (dx * direction[0] + dy * direction[1]) / distance if distance else 0
            if along < 0.4:  # more than about 66 degrees off
                continue
            cost = distance * (2.0 - along)
            if best is None or cost < best[0]:
                best = (cost, m.point.id)
        return best[1] if best is not None else here.point.id

    def focusInEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.update()

    def focusOutEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.update()

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() in _ACTIVATE or Qt.Key(event.key()) in _DIRECTIONS)
        ):
            event.accept()
            return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.point(self.marker_at(event.position().x(), event.position().y()))
            if found is not None:
                QToolTip.showText(event.globalPos(), found.tooltip or found.name, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class MunicipalityList(QTreeWidget):
    """The map's municipalities as a table: the keyboard's way to the markers."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items: dict[int, QTreeWidgetItem] = {}

    def set_rows(self, rows: list[tuple[int, str, tuple[int, ...], str]]) -> None:
        """(id, name, the three figures, tool tip) per municipality, in the order given."""
        if [r[0] for r in rows] != list(self.items):
            self.clear()
            self.items = {}
            for municipality_id, *_rest in rows:
                item = QTreeWidgetItem(self)
                item.setData(0, Qt.ItemDataRole.UserRole, municipality_id)
                for column in (1, 2, 3):
                    item.setTextAlignment(
                        column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.items[municipality_id] = item
        for municipality_id, name, values, tip in rows:
            item = self.items[municipality_id]
            for column, text in enumerate((name, *map(str, values))):
                if item.text(column) != text:
                    item.setText(column, text)
                item.setToolTip(column, tip)

    def emphasise(self, column: int) -> None:
        """The column of the map's figure in bold."""
        for index in range(1, self.columnCount()):
            bold = index == column
            font = self.headerItem().font(index)
            if font.bold() != bold:
                font.setBold(bold)
                self.headerItem().setFont(index, font)
            for item in self.items.values():
                cell = item.font(index)
                if cell.bold() != bold:
                    cell.setBold(bold)
                    item.setFont(index, cell)

    def current_id(self) -> int | None:
        item = self.currentItem()
        return int(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.itemAt(event.position().toPoint())
            if item is not None:
                self.chosen.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            found = self.current_id()
            if found is not None:
                self.chosen.emit(found)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (event.key() in _ENTER)
        ):
            event.accept()
            return True
        return super().event(event)
