"""Assignment description: what the work is, where, when, for whom; to share with
candidates and host organisations. It names no trainee (it is shared outside)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from coordinator_app.models import Assignment, AssignmentCompetence, Organisation
from coordinator_app.reports.common import join_names, note, section, title_block, user_paragraph
from coordinator_app.reports.document import DocumentSpec, Letterhead, frame_width
from coordinator_app.reports.tables import data_table, facts_table
from coordinator_app.reports.targets import ReportError
from coordinator_app.services.dutch import long_date
from coordinator_app.services.labels import label, levels_text

_COMPETENCE_LEVELS = {
    1: "basis",
    2: "enige ervaring",
    3: "gevorderd",
    4: "ruime ervaring",
    5: "expert",
}


@dataclass(frozen=True)
class AssignmentData:
    title: str
    description: str
    status: str
    organisation: str
    organisation_type: str
    address: str
    website: str
    municipality: str
    start: dt.date
    end: dt.date
    places: int
    hours_per_week: float
    levels: str
    themes: tuple[str, ...]
    competences: tuple[tuple[str, int | None], ...]
    programmes: tuple[str, ...]
    supervisor: str
    supervisor_role: str
    supervisor_email: str
    supervisor_phone: str


def load(db: DbSession, assignment_id: int, _today: dt.date | None = None) -> AssignmentData:
    record = db.scalar(
        select(Assignment)
        .where(Assignment.id == assignment_id)
        .options(
            selectinload(Assignment.organisation).selectinload(Organisation.municipality),
            selectinload(Assignment.municipality),
            selectinload(Assignment.supervisor),
            selectinload(Assignment.programmes),
            selectinload(Assignment.themes),
            selectinload(Assignment.level_rows),
            selectinload(Assignment.competences).selectinload(AssignmentCompetence.competence),
        )
    )
    if record is None:
        raise ReportError(f"Er is geen opdracht met nummer {assignment_id}.")
    organisation = record.organisation
    place = record.municipality or organisation.municipality
    supervisor = record.supervisor
    return AssignmentData(
        title=record.title,
        description=record.description or "",
        status=label(record.status),
        organisation=organisation.name,
        organisation_type=label(organisation.type),
        address=organisation.address or "",
        website=organisation.website or "",
        municipality=place.name if place else "",
        start=record.start_date,
        end=record.end_date,
        places=record.places,
        hours_per_week=record.hours_per_week,
        levels=levels_text(record.accepted_levels),
        themes=tuple(sorted((t.name for t in record.themes), key=str.casefold)),
        competences=tuple(
            sorted(
                ((c.competence.name, c.level) for c in record.competences),
                key=lambda c: c[0].casefold(),
            )
        ),
        programmes=tuple(sorted((p.name for p in record.programmes), key=str.casefold)),
        supervisor=supervisor.name if supervisor else "",
        supervisor_role=supervisor.role or "" if supervisor else "",
        supervisor_email=supervisor.email or "" if supervisor else "",
        supervisor_phone=supervisor.phone or "" if supervisor else "",
    )


def _hours(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
    return f"{text} uur per week"


def story(data: AssignmentData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    spec = DocumentSpec(
        title=f"Opdracht: {data.title}",
        programme=join_names(data.programmes, ""),
        letterhead=letterhead,
        subject="Opdrachtomschrijving",
    )
    width = frame_width(spec)
    parts: list[Flowable] = []
    where = f"{data.organisation}, {data.municipality}" if data.municipality else data.organisation
    parts += title_block(data.title, where)
    months = (data.end.year - data.start.year) * 12 + data.end.month - data.start.month + 1
    parts.append(
        facts_table(
            [
                ("Organisatie", f"{data.organisation} ({data.organisation_type})"),
                ("Werkplek", data.municipality),
                ("Adres", data.address),
                ("Website", data.website),
                (
                    "Periode",
                    f"{long_date(data.start)} tot en met {long_date(data.end)} "
                    f"(ongeveer {months} maanden)",
                ),
                ("Omvang", _hours(data.hours_per_week)),
                ("Aantal plaatsen", str(data.places)),
                ("Opleidingsniveau", data.levels),
                ("Thema's", join_names(data.themes)),
                ("Programma's", join_names(data.programmes)),
                ("Status", data.status),
            ],
            width,
            38 * mm,
        )  # fmt: skip
    )
    description = (
        [user_paragraph(data.description)]
        if data.description.strip()
        else [note("Er is nog geen omschrijving ingevuld.")]
    )
    parts += section("Omschrijving", *description)
    if data.competences:
        rows = [
            [name, _COMPETENCE_LEVELS.get(level, "") if level else ""]
            for name, level in data.competences
        ]
        parts += section(
            "Gevraagde competenties",
            data_table(["Competentie", "Gewenst niveau"], rows, [width - 50 * mm, 50 * mm]),
        )
    contact = [
        ("Begeleider", data.supervisor),
        ("Functie", data.supervisor_role),
        ("E-mail", data.supervisor_email),
        ("Telefoon", data.supervisor_phone),
    ]
    if data.supervisor:
        parts += section("Contact", facts_table(contact, width, 38 * mm))
    return spec, parts
