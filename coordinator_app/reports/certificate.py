"""Certificate of participation (bewijs van deelname) for a trainee."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import AttendanceStatus, PlacementStatus
from coordinator_app.reports.document import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    DocumentSpec,
    Letterhead,
    Margins,
    frame_width,
)
from coordinator_app.reports.styles import GRID, MUTED, PRIMARY, PRIMARY_LIGHT, styles
from coordinator_app.reports.text import NAME_LIMIT, markup
from coordinator_app.reports.trajectory import (
    RotationLine,
    TraineeFacts,
    load_rotations,
    load_sessions,
    load_trainee_facts,
)
from coordinator_app.services.dutch import long_date

CERTIFICATE_MARGINS = Margins(left=28 * mm, right=28 * mm, top=40 * mm, bottom=34 * mm)


@dataclass(frozen=True)
class CertificateData:
    trainee: TraineeFacts
    rotations: tuple[RotationLine, ...]
    sessions_attended: int
    first: dt.date | None
    last: dt.date | None
    today: dt.date


def load(db: DbSession, trainee_id: int, today: dt.date) -> CertificateData:
    facts = load_trainee_facts(db, trainee_id)
    rotations = tuple(
        r for r in load_rotations(db, trainee_id) if r.status is not PlacementStatus.PROPOSED
    )
    sessions = load_sessions(db, trainee_id, today)
    worked = [r for r in rotations if r.start <= today]
    first = facts.contract_start or min((r.start for r in worked), default=None)
    last = facts.contract_end or max((r.end for r in worked), default=None)
    return CertificateData(
        trainee=facts,
        rotations=tuple(worked),
        sessions_attended=sum(
            1 for s in sessions if s.taken_place and s.status is AttendanceStatus.PRESENT
        ),
        first=first,
        last=last,
        today=today,
    )


def _border(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(PRIMARY)
    canvas.setLineWidth(2.2)
    canvas.rect(12 * mm, 12 * mm, PAGE_WIDTH - 24 * mm, PAGE_HEIGHT - 24 * mm)
    canvas.setStrokeColor(PRIMARY_LIGHT)
    canvas.setLineWidth(5)
    canvas.rect(15 * mm, 15 * mm, PAGE_WIDTH - 30 * mm, PAGE_HEIGHT - 30 * mm)
    canvas.restoreState()


def story(data: CertificateData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    s = styles()
    facts = data.trainee
    spec = DocumentSpec(
        title=f"Bewijs van deelname: {facts.name}",
        programme=facts.programme,
        letterhead=letterhead,
        subject="Bewijs van deelname",
        margins=CERTIFICATE_MARGINS,
        decorate=_border,
    )
    width = frame_width(spec)
    ended = data.last is not None and data.last <= data.today
    period = ""
    if data.first and data.last:
        period = (
            f"van {long_date(data.first)} tot en met {long_date(data.last)}"
            if ended
            else f"sinds {long_date(data.first)}"
        )
    verb = "heeft deelgenomen" if ended else "neemt deel"
    parts: list[Flowable] = [
        Spacer(1, 10 * mm),
        Paragraph("Bewijs van deelname", s.centered_big),
        Spacer(1, 8 * mm),
        Paragraph("Hierbij verklaren wij dat", s.centered),
        Spacer(1, 3 * mm),
        Paragraph(markup(facts.name, limit=NAME_LIMIT), s.centered_big),
        Spacer(1, 3 * mm),
        Paragraph(f"{verb} aan het traineeprogramma", s.centered),
        Paragraph(f"<b>{markup(facts.programme or 'onbekend programma')}</b>", s.centered),
    ]
    line = ", ".join(p for p in (f"lichting {markup(facts.cohort)}" if facts.cohort else "",
                                 markup(period)) if p)  # fmt: skip
    if line:
        parts.append(Paragraph(line + ".", s.centered))
    if data.rotations:
        parts += [
            Spacer(1, 8 * mm),
            Paragraph("In dit programma werkte de trainee aan de volgende opdrachten:", s.centered),
            Spacer(1, 3 * mm),
            _rotations(data.rotations, width),
        ]
    if data.sessions_attended:
        times = "bijeenkomst" if data.sessions_attended == 1 else "bijeenkomsten"
        parts += [
            Spacer(1, 5 * mm),
            Paragraph(
                f"Daarnaast nam de trainee deel aan {data.sessions_attended} {times} van het "
                "gezamenlijke programma (trainingen, intervisie en terugkomdagen).",
                s.centered,
            ),
        ]
    parts += [Spacer(1, 16 * mm), _signatures(letterhead, width, data.today)]
    return spec, parts


def _rotations(rotations: tuple[RotationLine, ...], width: float) -> Table:
    s = styles()
    rows = [
        [
            Paragraph(f"{r.rotation}", s.cell_center),
            Paragraph(
                f"<b>{markup(r.title, limit=300)}</b><br/>{markup(r.organisation, limit=200)}",
                s.cell,
            ),
            Paragraph(markup(f"{r.start:%m-%Y} – {r.end:%m-%Y}"), s.cell_right),
        ]
        for r in rotations
    ]
    table = Table(rows, colWidths=[10 * mm, width - 50 * mm, 40 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _signatures(letterhead: Letterhead, width: float, today: dt.date) -> Table:
    s = styles()
    organisation = markup(letterhead.organisation) if letterhead.organisation else ""
    left = [
        Paragraph(f"Datum: {long_date(today)}", s.body),
        Spacer(1, 14 * mm),
        _SignatureLine(width / 2 - 30),
        Paragraph("Handtekening traineecoördinator", s.label),
    ]
    right = [
        Paragraph(f"Namens {organisation}" if organisation else "Namens de organisatie", s.body),
        Spacer(1, 14 * mm),
        _SignatureLine(width / 2 - 30),
        Paragraph("Handtekening", s.label),
    ]
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("RIGHTPADDING", (0, 0), (-1, -1), 18),
            ]
        )
    )
    return table


class _SignatureLine(Flowable):  # type: ignore[misc]
    """A line to sign on."""

    def __init__(self, width: float) -> None:
        super().__init__()
        self.width, self.height = width, 4

    def draw(self) -> None:
        self.canv.setStrokeColor(MUTED)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.width, 0)
