"""The look of every document: colours, paragraph styles and the standard table style."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from coordinator_app.models import LevelCategory
from coordinator_app.reports.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

PRIMARY = colors.HexColor("#1F4E79")
PRIMARY_LIGHT = colors.HexColor("#E6EDF5")
ACCENT = colors.HexColor("#C0504D")
TEXT = colors.HexColor("#1E2329")
MUTED = colors.HexColor("#5F6B7A")
GRID = colors.HexColor("#C5CFDA")
ZEBRA = colors.HexColor("#F4F6F9")
WARNING_FILL = colors.HexColor("#FBEAEA")
OK_FILL = colors.HexColor("#E8F3EA")

LEVEL_COLOURS = {
    LevelCategory.MBO: colors.HexColor("#E39B2F"),
    LevelCategory.HBO: colors.HexColor("#3F7CC0"),
    LevelCategory.WO: colors.HexColor("#5A9E6F"),
}
SERIES_COLOURS = (
    colors.HexColor("#3F7CC0"),
    colors.HexColor("#E39B2F"),
    colors.HexColor("#5A9E6F"),
    colors.HexColor("#9B6BB3"),
    colors.HexColor("#C0504D"),
    colors.HexColor("#7A8B99"),
)

BODY_SIZE = 9.5
CELL_SIZE = 8.5


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_header: ParagraphStyle
    label: ParagraphStyle
    big_number: ParagraphStyle
    centered: ParagraphStyle
    centered_big: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles, made once per process (fonts registered first)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=BODY_SIZE,
        leading=BODY_SIZE * 1.35,
        textColor=TEXT,
        spaceAfter=4,
        splitLongWords=True,
    )
    cell = ParagraphStyle(
        "cell", parent=body, fontSize=CELL_SIZE, leading=CELL_SIZE * 1.25, spaceAfter=0
    )
    return Styles(
        title=ParagraphStyle(
            "title",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=18,
            leading=22,
            textColor=PRIMARY,
            spaceAfter=2,
        ),
        subtitle=ParagraphStyle(
            "subtitle", parent=body, fontSize=11, leading=14, textColor=MUTED, spaceAfter=10
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=PRIMARY,
            spaceBefore=12,
            spaceAfter=5,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=13,
            textColor=TEXT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10),
        muted=ParagraphStyle(
            "muted", parent=body, fontName=FONT_ITALIC, fontSize=8.5, leading=11, textColor=MUTED
        ),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_center=ParagraphStyle("cell_center", parent=cell, alignment=TA_CENTER),
        cell_header=ParagraphStyle(
            "cell_header", parent=cell, fontName=FONT_BOLD, textColor=colors.white
        ),
        label=ParagraphStyle(
            "label", parent=cell, textColor=MUTED, fontSize=8, leading=10, alignment=TA_LEFT
        ),
        big_number=ParagraphStyle(
            "big_number",
            parent=body,
            fontName=FONT_BOLD,
            fontSize=17,
            leading=20,
            textColor=PRIMARY,
            spaceAfter=0,
        ),
        centered=ParagraphStyle(
            "centered", parent=body, alignment=TA_CENTER, fontSize=11, leading=15
        ),
        centered_big=ParagraphStyle(
            "centered_big",
            parent=body,
            alignment=TA_CENTER,
            fontName=FONT_BOLD,
            fontSize=24,
            leading=30,
            textColor=PRIMARY,
            spaceBefore=6,
            spaceAfter=6,
        ),
    )
