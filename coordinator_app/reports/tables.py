"""Tables in the house style: a coloured header row repeated on every page, zebra rows.

Cells are given as plain Python values; text goes through
:func:`coordinator_app.reports.text.cell`, so user text is escaped (or drawn as a
plain string) and long values wrap inside their column instead of running off
the page.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from coordinator_app.reports.fonts import FONT, FONT_BOLD
from coordinator_app.reports.styles import (
    CELL_SIZE,
    GRID,
    MUTED,
    PRIMARY,
    PRIMARY_LIGHT,
    ZEBRA,
    styles,
)
from coordinator_app.reports.text import cell, markup

PADDING = 3.5  # points left and right of every cell
HEADER_SIZE = 8.0
Cell: TypeAlias = str | int | float | Flowable | None


def _style_for(align: str) -> ParagraphStyle:
    s = styles()
    return {"RIGHT": s.cell_right, "CENTER": s.cell_center}.get(align, s.cell)


def _cell(value: Cell, style: ParagraphStyle, width: float) -> Any:
    if value is None:
        return ""
    if isinstance(value, Flowable):
        return value
    if isinstance(value, int | float):
        return str(value)
    return cell(value, style, width - 2 * PADDING)


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: Sequence[float],
    *,
    align: Sequence[str] | None = None,
    marked_rows: Sequence[int] = (),
    mark_colour: Any = None,
    font_size: float = CELL_SIZE,
    row_height: float | None = None,
    valign: str = "TOP",
) -> Table:
    """A table with a header row that repeats on every page.

    ``widths`` must add up to at most the frame width; ``align`` gives LEFT, RIGHT
    or CENTER per column; ``marked_rows`` (indexes into ``rows``) get
    ``mark_colour`` as background, e.g. trainees below the participation threshold.
    """
    aligns = list(align) if align is not None else ["LEFT"] * len(header)
    column_styles = [_style_for(a) for a in aligns]
    head_style = styles().cell_header
    data: list[list[Any]] = [[]]
    header_fonts: list[tuple[int, float]] = []
    for index, (text, width) in enumerate(zip(header, widths, strict=True)):
        size = _header_size(text, width)
        if size is None:
            data[0].append(Paragraph(markup(text), head_style))
        else:
            data[0].append(text)
            if size != HEADER_SIZE:
                header_fonts.append((index, size))
    for row in rows:
        data.append([_cell(value, column_styles[i], widths[i]) for i, value in enumerate(row)])
    heights = [None] + [row_height] * len(rows) if row_height else None
    table = Table(data, colWidths=list(widths), rowHeights=heights, repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, HEADER_SIZE),
        ("FONT", (0, 1), (-1, -1), FONT, font_size),
        ("LEADING", (0, 0), (-1, -1), font_size * 1.25),
        ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("VALIGN", (0, 1), (-1, -1), valign),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
    ]
    for index, size in header_fonts:
        commands.append(("FONT", (index, 0), (index, 0), FONT_BOLD, size))
    for index, value in enumerate(aligns):
        if value != "LEFT":
            commands.append(("ALIGN", (index, 0), (index, -1), value))
    for index in marked_rows:
        commands.append(
            ("BACKGROUND", (0, index + 1), (-1, index + 1), mark_colour or PRIMARY_LIGHT)
        )
    table.setStyle(TableStyle(commands))
    return table


def _header_size(text: str, width: float) -> float | None:
    """The font size at which a header label fits on one line (a little smaller if need be)."""
    size = HEADER_SIZE
    while size >= 6.5:
        if stringWidth(text, FONT_BOLD, size) <= width - 2 * PADDING:
            return size
        size -= 0.5
    return None


def facts_table(pairs: Sequence[tuple[str, Cell]], width: float, label_width: float) -> Table:
    """Label-value pairs (the particulars of a trainee, session, assignment)."""
    s = styles()
    value_width = width - label_width
    data = [
        [
            Paragraph(markup(label), s.label),
            _cell(value, s.cell, value_width) if value not in (None, "") else "–",
        ]
        for label, value in pairs
    ]
    table = Table(data, colWidths=[label_width, value_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, CELL_SIZE),
                ("LEADING", (0, 0), (-1, -1), CELL_SIZE * 1.25),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, GRID),
                ("TEXTCOLOR", (0, 0), (0, -1), MUTED),
            ]
        )
    )
    return table


def key_figures(items: Sequence[tuple[str, str]], width: float, per_row: int = 4) -> Table:
    """Big numbers with a caption underneath, in boxes (the cohort's key figures)."""
    s = styles()
    cells = [
        [Paragraph(markup(value), s.big_number), Paragraph(markup(caption), s.label)]
        for value, caption in items
    ]
    rows: list[list[Any]] = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    if rows and len(rows[-1]) < per_row:
        rows[-1] = rows[-1] + [""] * (per_row - len(rows[-1]))
    gap = 4
    column = (width - gap * (per_row - 1)) / per_row
    table = Table(rows, colWidths=[column] * per_row, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value:
                commands.append(("BACKGROUND", (c, r), (c, r), PRIMARY_LIGHT))
                commands.append(("BOX", (c, r), (c, r), 2, colors.white))
    table.setStyle(TableStyle(commands))
    return table
