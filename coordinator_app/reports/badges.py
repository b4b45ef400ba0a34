"""Badges (naamkaartjes): name, programme and check-in QR code, eight to a page, with cut marks.

Cards are 85 × 54 mm, the size of common badge holders. For a session: everyone
on its list; for a cohort: its hired and active trainees. Sorted by surname, so a
stack of printed cards is in the order of the sign-in sheet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, Paragraph
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import Cohort, Programme, Trainee, TraineeStatus
from coordinator_app.reports.common import join_names
from coordinator_app.reports.document import DocumentSpec, Letterhead, Margins, draw_text
from coordinator_app.reports.fonts import FONT, FONT_BOLD
from coordinator_app.reports.qr import QrDrawing
from coordinator_app.reports.session_report import load_attendees, load_info, workplaces_on
from coordinator_app.reports.styles import GRID, MUTED, PRIMARY, TEXT, styles
from coordinator_app.reports.targets import ReportError
from coordinator_app.reports.text import NAME_LIMIT, markup
from coordinator_app.services.dutch import long_date

CARD_WIDTH = 85 * mm
CARD_HEIGHT = 54 * mm
COLUMNS, ROWS = 2, 4
GAP_X = 8 * mm
GAP_Y = 6 * mm
QR_SIZE = 24 * mm
MARK = 3.5 * mm  # length of a cut mark
BADGE_MARGINS = Margins(left=16 * mm, right=16 * mm, top=30 * mm, bottom=22 * mm)


@dataclass(frozen=True)
class Badge:
    name: str
    detail: str  # organisation or cohort
    programme: str
    code: str


@dataclass(frozen=True)
class BadgesData:
    title: str  # what the badges are for: the session or the cohort
    programme: str
    badges: tuple[Badge, ...]


def load(
    db: DbSession,
    *,
    session_id: int | None = None,
    cohort_id: int | None = None,
    today: dt.date | None = None,
) -> BadgesData:
    if session_id is not None:
        info = load_info(db, session_id)
        attendees = load_attendees(db, info)
        programme = join_names(info.programmes, "")
        return BadgesData(
            f"{info.title}, {long_date(info.date)}",
            programme,
            tuple(Badge(a.row.name, a.organisation, programme, a.row.code) for a in attendees),
        )
    if cohort_id is None:
        raise ReportError("Kies een bijeenkomst of een lichting voor de naamkaartjes.")
    found = db.execute(
        select(Cohort.name, Programme.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).first()
    if found is None:
        raise ReportError(f"Er is geen lichting met nummer {cohort_id}.")
    cohort_name, programme = found
    trainees = db.scalars(
        select(Trainee)
        .where(
            Trainee.cohort_id == cohort_id,
            Trainee.status.in_((TraineeStatus.HIRED, TraineeStatus.ACTIVE)),
        )
        .order_by(Trainee.sort_name, Trainee.id)
    ).all()
    workplaces = workplaces_on(db, [t.id for t in trainees], today or dt.date.today())
    return BadgesData(
        cohort_name,
        programme,
        tuple(
            Badge(t.full_name, workplaces.get(t.id, cohort_name), programme, t.checkin_code)
            for t in trainees
        ),
    )


class BadgeSheet(Flowable):  # type: ignore[misc]
    """One page of up to eight cards, drawn edge to edge with cut marks at the corners."""

    def __init__(self, badges: list[Badge]) -> None:
        super().__init__()
        self.badges = badges
        self.width = COLUMNS * CARD_WIDTH + (COLUMNS - 1) * GAP_X
        self.height = ROWS * CARD_HEIGHT + (ROWS - 1) * GAP_Y
        self.qr_codes = [QrDrawing(b.code, QR_SIZE) for b in badges]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        for index, badge in enumerate(self.badges):
            column, row = index % COLUMNS, index // COLUMNS
            x = column * (CARD_WIDTH + GAP_X)
            y = self.height - (row + 1) * CARD_HEIGHT - row * GAP_Y
            self._card(canvas, x, y, badge, self.qr_codes[index])
            self._cut_marks(canvas, x, y)

    @staticmethod
    def _cut_marks(canvas: Canvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.setStrokeColor(TEXT)
        canvas.setLineWidth(0.35)
        for cx in (x, x + CARD_WIDTH):
            for cy in (y, y + CARD_HEIGHT):
                dx = -1 if cx == x else 1
                dy = -1 if cy == y else 1
                gap = 1 * mm  # the marks stop short of the card so no line shows on it
                canvas.line(cx + dx * gap, cy, cx + dx * (gap + MARK), cy)
                canvas.line(cx, cy + dy * gap, cx, cy + dy * (gap + MARK))
        canvas.restoreState()

    @staticmethod
    def _card(canvas: Canvas, x: float, y: float, badge: Badge, qr: QrDrawing) -> None:
        canvas.saveState()
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.3)
        canvas.setDash(1, 2)
        canvas.rect(x, y, CARD_WIDTH, CARD_HEIGHT, stroke=1, fill=0)
        canvas.setDash()
        canvas.setFillColor(PRIMARY)
        canvas.rect(x, y + CARD_HEIGHT - 5 * mm, CARD_WIDTH, 5 * mm, stroke=0, fill=1)
        canvas.restoreState()
        pad = 4 * mm
        text_width = CARD_WIDTH - QR_SIZE - 3 * pad
        # The programme in the coloured band, the name large, then where they come from.
        draw_text(
            canvas, x + pad, y + CARD_HEIGHT - 3.6 * mm, badge.programme, 7,
            colour=colors.white, max_width=CARD_WIDTH - 2 * pad,
        )  # fmt: skip
        name_box = CARD_HEIGHT - 5 * mm - 2 * pad - 9 * mm
        for size in (17, 15, 13, 11.5, 10, 9, 8):
            name = Paragraph(
                markup(badge.name, limit=NAME_LIMIT, newlines=False),
                ParagraphStyle(
                    "badge_name", fontName=FONT_BOLD, fontSize=size, leading=size * 1.15,
                    textColor=TEXT, splitLongWords=True,
                ),
            )  # fmt: skip
            _, height = name.wrap(text_width, name_box)
            if height <= name_box:
                break
        top = y + CARD_HEIGHT - 5 * mm - pad
        _place(name, canvas, x + pad, top, text_width, name_box)
        detail = Paragraph(
            markup(badge.detail, limit=NAME_LIMIT, newlines=False),
            ParagraphStyle("badge_detail", fontName=FONT, fontSize=8, leading=9.5, textColor=MUTED),
        )
        _place(detail, canvas, x + pad, y + pad + 9.5 * mm, text_width, 9.5 * mm)
        qr_x = x + CARD_WIDTH - pad - QR_SIZE
        qr_y = y + pad + 3 * mm
        qr.drawOn(canvas, qr_x, qr_y)
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(qr_x + QR_SIZE / 2, y + pad - 0.5 * mm, badge.code)
        canvas.restoreState()


def _place(
    paragraph: Paragraph, canvas: Canvas, x: float, top: float, width: float, height: float
) -> None:
    """Draw ``paragraph`` from ``top`` down, clipped to ``height`` (a card never overflows)."""
    _, used = paragraph.wrap(width, height)
    canvas.saveState()
    path = canvas.beginPath()
    path.rect(x - 1, top - height, width + 2, height + 1)
    canvas.clipPath(path, stroke=0, fill=0)
    paragraph.drawOn(canvas, x, top - used)
    canvas.restoreState()


def story(data: BadgesData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    spec = DocumentSpec(
        title=f"Naamkaartjes: {data.title}",
        programme=data.programme,
        letterhead=letterhead,
        subject="Naamkaartjes",
        margins=BADGE_MARGINS,
    )
    per_page = COLUMNS * ROWS
    parts: list[Flowable] = []
    badges = list(data.badges)
    for start in range(0, len(badges), per_page):
        if parts:
            parts.append(PageBreak())
        parts.append(BadgeSheet(badges[start : start + per_page]))
    if not parts:
        parts.append(
            Paragraph("Er zijn geen deelnemers om naamkaartjes voor te maken.", styles().muted)
        )
    return spec, parts
