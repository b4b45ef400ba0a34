"""Sign-in sheet (presentielijst) to take to a workshop.

Everyone on the session's list, sorted by surname as a Dutch reader looks for it
("Berg, Anna van der"), with the organisation they come from, a box to sign, and
their personal check-in QR code: scanning it at the door laptop checks them in.
Blank rows at the end take the walk-ins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession

from coordinator_app.models import AttendanceStatus, Trainee
from coordinator_app.reports.common import join_names, note, text_paragraph, time_range
from coordinator_app.reports.document import DocumentSpec, Letterhead, frame_width
from coordinator_app.reports.fonts import FONT, FONT_BOLD
from coordinator_app.reports.qr import QrDrawing
from coordinator_app.reports.session_report import Attendee, SessionInfo, load_attendees, load_info
from coordinator_app.reports.styles import GRID, MUTED, PRIMARY, ZEBRA, styles
from coordinator_app.reports.text import CELL_LIMIT, cell, markup
from coordinator_app.services.dutch import long_date
from coordinator_app.text import listed_name, split_full_name

WALK_IN_ROWS = 8
ROW_HEIGHT = 17 * mm
QR_SIZE = 13.5 * mm


@dataclass(frozen=True)
class SigninLine:
    name: str  # the list form: surname first
    organisation: str
    code: str
    excused: bool


@dataclass(frozen=True)
class SigninData:
    info: SessionInfo
    lines: tuple[SigninLine, ...]


def listed(attendee: Attendee, trainee_names: dict[int, str]) -> str:
    """ "Berg, Anna van der": a trainee's stored name parts; a guest's name split as written."""
    row = attendee.row
    if row.kind == "trainee" and row.person_id in trainee_names:
        return trainee_names[row.person_id]
    given, prefix, surname = split_full_name(row.name)
    return listed_name(given, prefix, surname) if surname and given else row.name


def load(db: DbSession, session_id: int, _today: dt.date | None = None) -> SigninData:
    info = load_info(db, session_id)
    attendees = load_attendees(db, info)  # sorted by surname already
    ids = [a.row.person_id for a in attendees if a.row.kind == "trainee"]
    names: dict[int, str] = {}
    for start in range(0, len(ids), 900):
        for trainee_id, given, prefix, surname in db.execute(
            select(Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname).where(
                Trainee.id.in_(ids[start : start + 900])
            )
        ):
            names[trainee_id] = listed_name(given, prefix, surname)
    return SigninData(
        info,
        tuple(
            SigninLine(
                listed(a, names), a.organisation, a.row.code,
                a.row.status is AttendanceStatus.EXCUSED,
            )
            for a in attendees
        ),
    )  # fmt: skip


def _qr_cell(code: str) -> list[Flowable]:
    s = styles()
    return [QrDrawing(code, QR_SIZE), Paragraph(markup(code), s.cell_center)]


def story(data: SigninData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    s = styles()
    info = data.info
    spec = DocumentSpec(
        title=f"Presentielijst: {info.title}",
        programme=join_names(info.programmes, ""),
        letterhead=letterhead,
        subject="Presentielijst",
    )
    width = frame_width(spec)
    place = info.municipality if info.municipality not in info.location else ""
    where = ", ".join(p for p in (info.location, place) if p)
    parts: list[Flowable] = [
        Paragraph(f"Presentielijst · {markup(info.title, limit=300)}", s.title),
        text_paragraph(
            f"{markup(long_date(info.date))}, {markup(time_range(info.start, info.end))}"
            + (f" · {markup(where)}" if where else "")
            + (f" · begeleiding: {markup(info.facilitator)}" if info.facilitator else ""),
            s.subtitle,
        ),
        note(
            "Zet uw handtekening achter uw naam. Met de QR-code kunt u zich ook bij de "
            "aanmeldlaptop melden. Niet op de lijst? Vul een lege regel in."
        ),
        Spacer(1, 2 * mm),
    ]
    widths = [9 * mm, 0.0, 44 * mm, 40 * mm, 24 * mm]
    widths[1] = width - sum(widths)
    inner = {1: widths[1] - 7, 2: widths[2] - 7}
    header = ["Nr.", "Naam", "Organisatie", "Handtekening", "QR-code"]
    rows: list[list[object]] = [list(header)]
    for number, line in enumerate(data.lines, start=1):
        name_cell: object = cell(line.name, s.cell_bold, inner[1])
        if line.excused:  # a list cell holds flowables only
            name_cell = [
                Paragraph(markup(line.name, limit=CELL_LIMIT), s.cell_bold),
                Paragraph("heeft zich afgemeld", s.muted),
            ]
        organisation = cell(line.organisation, s.cell, inner[2])
        rows.append([str(number), name_cell, organisation, "", _qr_cell(line.code)])
    first_blank = len(rows)
    for number in range(len(data.lines) + 1, len(data.lines) + WALK_IN_ROWS + 1):
        rows.append([str(number), "", "", "", ""])
    table = Table(
        rows,
        colWidths=widths,
        rowHeights=[None] + [ROW_HEIGHT] * (len(rows) - 1),
        repeatRows=1,
    )
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, 8.5),
        ("FONT", (0, 1), (-1, -1), FONT, 8.5),
        ("FONT", (1, 1), (1, -1), FONT_BOLD, 8.5),
        ("TEXTCOLOR", (0, 0), (-1, 0), "white"),
        ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("ALIGN", (4, 0), (4, -1), "CENTER"),
        ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        ("TOPPADDING", (4, 1), (4, -1), 1),
        ("BOTTOMPADDING", (4, 1), (4, -1), 1),
    ]
    if data.lines:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, first_blank - 1), ["white", ZEBRA]))
    commands.append(("BACKGROUND", (3, 1), (3, -1), "white"))
    table.setStyle(TableStyle(commands))
    parts.append(table)
    if not data.lines:
        parts.append(Spacer(1, 2 * mm))
        parts.append(note("Er staat nog niemand op de lijst van deze bijeenkomst."))
    return spec, parts
