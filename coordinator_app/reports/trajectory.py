"""Trainee trajectory: the whole path of one trainee, for a review or an evaluation talk.

Programme and cohort, the rotations on a timeline with their organisations and
assignments, the evaluations, the sessions and the participation rate.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from coordinator_app.models import (
    Assignment,
    Attendance,
    AttendanceStatus,
    Cohort,
    Evaluation,
    EvaluationAuthor,
    Placement,
    PlacementStatus,
    Session,
    SessionType,
    Trainee,
)
from coordinator_app.reports.charts import TimelineBar, timeline
from coordinator_app.reports.common import (
    DASH,
    heading,
    note,
    percent,
    section,
    subheading,
    text_paragraph,
    title_block,
    user_paragraph,
)
from coordinator_app.reports.document import DocumentSpec, Letterhead, frame_width
from coordinator_app.reports.styles import MUTED, SERIES_COLOURS, styles
from coordinator_app.reports.tables import data_table, facts_table, key_figures
from coordinator_app.reports.targets import ReportError
from coordinator_app.reports.text import markup
from coordinator_app.services.dutch import add_months, long_date, period, short_date
from coordinator_app.services.labels import label
from coordinator_app.services.participation import Counts, trainee_figures

STATUS_COLOURS = {
    PlacementStatus.COMPLETED: SERIES_COLOURS[0],
    PlacementStatus.RUNNING: SERIES_COLOURS[2],
    PlacementStatus.CONFIRMED: SERIES_COLOURS[1],
    PlacementStatus.PROPOSED: MUTED,
    PlacementStatus.ABORTED: SERIES_COLOURS[4],
}


@dataclass(frozen=True)
class EvaluationLine:
    moment: str
    author: str
    score: int | None
    written_on: dt.date | None
    text: str


@dataclass(frozen=True)
class RotationLine:
    rotation: int
    start: dt.date
    end: dt.date
    status: PlacementStatus
    title: str
    organisation: str
    municipality: str
    supervisor: str
    notes: str
    evaluations: tuple[EvaluationLine, ...]


@dataclass(frozen=True)
class SessionLine:
    date: dt.date
    title: str
    type: SessionType
    status: AttendanceStatus
    taken_place: bool


@dataclass(frozen=True)
class TraineeFacts:
    trainee_id: int
    name: str
    email: str
    phone: str
    level: str
    field_of_study: str
    home: str
    coach: str
    status: str
    contract_start: dt.date | None
    contract_end: dt.date | None
    programme: str
    cohort: str
    cohort_start: dt.date | None
    rotations_planned: int
    rotation_months: int
    notes: str


@dataclass(frozen=True)
class TrajectoryData:
    trainee: TraineeFacts
    rotations: tuple[RotationLine, ...]
    sessions: tuple[SessionLine, ...]
    counts: Counts
    today: dt.date


def load_trainee_facts(db: DbSession, trainee_id: int) -> TraineeFacts:
    trainee = db.scalar(
        select(Trainee)
        .where(Trainee.id == trainee_id)
        .options(
            selectinload(Trainee.cohort).selectinload(Cohort.programme),
            selectinload(Trainee.coach),
            selectinload(Trainee.home_municipality),
        )
    )
    if trainee is None:
        raise ReportError(f"De trainee met nummer {trainee_id} bestaat niet (meer).")
    cohort = trainee.cohort
    programme = cohort.programme if cohort is not None else None
    return TraineeFacts(
        trainee_id=trainee.id,
        name=trainee.full_name,
        email=trainee.email,
        phone=trainee.phone or "",
        level=label(trainee.education_level),
        field_of_study=trainee.field_of_study or "",
        home=trainee.home_municipality.name if trainee.home_municipality else "",
        coach=trainee.coach.name if trainee.coach else "",
        status=label(trainee.status),
        contract_start=trainee.contract_start,
        contract_end=trainee.contract_end,
        programme=programme.name if programme else "",
        cohort=cohort.name if cohort else "",
        cohort_start=cohort.start_date if cohort else None,
        rotations_planned=programme.rotations_per_trainee if programme else 0,
        rotation_months=programme.rotation_months if programme else 8,
        notes=trainee.notes or "",
    )


def load_rotations(db: DbSession, trainee_id: int) -> tuple[RotationLine, ...]:
    placements = db.scalars(
        select(Placement)
        .where(Placement.trainee_id == trainee_id)
        .options(
            selectinload(Placement.assignment).selectinload(Assignment.organisation),
            selectinload(Placement.assignment).selectinload(Assignment.municipality),
            selectinload(Placement.assignment).selectinload(Assignment.supervisor),
            selectinload(Placement.evaluations),
        )
        .order_by(Placement.start_date, Placement.rotation)
    ).all()
    lines = []
    for placement in placements:
        assignment = placement.assignment
        organisation = assignment.organisation
        place = assignment.municipality or organisation.municipality
        evaluations = sorted(
            placement.evaluations,
            key=lambda e: (e.written_on or dt.date.max, e.moment.value, e.author.value),
        )
        lines.append(
            RotationLine(
                rotation=placement.rotation,
                start=placement.start_date,
                end=placement.end_date,
                status=placement.status,
                title=assignment.title,
                organisation=organisation.name,
                municipality=place.name if place else "",
                supervisor=assignment.supervisor.name if assignment.supervisor else "",
                notes=placement.notes or "",
                evaluations=tuple(_evaluation_line(e) for e in evaluations),
            )
        )
    return tuple(lines)


def _evaluation_line(evaluation: Evaluation) -> EvaluationLine:
    return EvaluationLine(
        moment=label(evaluation.moment),
        author="de begeleider"
        if evaluation.author is EvaluationAuthor.SUPERVISOR
        else "de trainee",
        score=evaluation.score,
        written_on=evaluation.written_on,
        text=evaluation.text or "",
    )


def load_sessions(db: DbSession, trainee_id: int, today: dt.date) -> tuple[SessionLine, ...]:
    rows = db.execute(
        select(Session.date, Session.title, Session.type, Attendance.status)
        .join(Attendance, Attendance.session_id == Session.id)
        .where(Attendance.trainee_id == trainee_id)
        .order_by(Session.date, Session.start_time, Session.id)
    ).all()
    return tuple(
        SessionLine(date, title, kind, status, date <= today) for date, title, kind, status in rows
    )


def participation_counts(db: DbSession, trainee_id: int, today: dt.date) -> Counts:
    for figures in trainee_figures(db, today):
        if figures.trainee_id == trainee_id:
            return figures.counts
    return Counts()


def load(db: DbSession, trainee_id: int, today: dt.date) -> TrajectoryData:
    return TrajectoryData(
        trainee=load_trainee_facts(db, trainee_id),
        rotations=load_rotations(db, trainee_id),
        sessions=load_sessions(db, trainee_id, today),
        counts=participation_counts(db, trainee_id, today),
        today=today,
    )


# -- the document ---------------------------------------------------------------------------


def _contract(facts: TraineeFacts) -> str:
    if facts.contract_start is None and facts.contract_end is None:
        return ""
    return period(facts.contract_start, facts.contract_end)


def _timeline(data: TrajectoryData, width: float) -> Flowable:
    facts = data.trainee
    starts = [r.start for r in data.rotations]
    ends = [r.end for r in data.rotations]
    first = min(starts + ([facts.cohort_start] if facts.cohort_start else []), default=data.today)
    planned_end = (
        add_months(facts.cohort_start, facts.rotations_planned * facts.rotation_months)
        if facts.cohort_start and facts.rotations_planned
        else None
    )
    last = max(ends + ([planned_end] if planned_end else []), default=add_months(first, 24))
    bars = [
        TimelineBar(r.rotation, r.start, r.end, r.organisation, STATUS_COLOURS[r.status])
        for r in data.rotations
    ]
    return timeline(
        bars, first, last, width, today=data.today, rows=max(1, facts.rotations_planned)
    )


def story(data: TrajectoryData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    s = styles()
    facts = data.trainee
    spec = DocumentSpec(
        title=f"Traject van {facts.name}",
        programme=facts.programme,
        letterhead=letterhead,
        subject="Trajectoverzicht van een trainee",
    )
    width = frame_width(spec)
    parts: list[Flowable] = []
    subtitle = " · ".join(p for p in (facts.programme, facts.cohort) if p)
    parts += title_block(f"Traject van {facts.name}", subtitle)
    parts.append(
        facts_table(
            [
                ("Programma", facts.programme),
                (
                    "Lichting",
                    f"{facts.cohort} (start {long_date(facts.cohort_start)})"
                    if facts.cohort
                    else "",
                ),
                ("Opleidingsniveau", facts.level),
                ("Opleiding", facts.field_of_study),
                ("Woongemeente", facts.home),
                ("Coach", facts.coach),
                ("Contract", _contract(facts)),
                ("Status", facts.status),
                ("E-mail", facts.email),
            ],
            width,
            38 * mm,
        )  # fmt: skip
    )
    parts += section(
        "Rotaties",
        _timeline(data, width),
        Spacer(1, 3 * mm),
        *(_rotation_table(data, width) if data.rotations else [note("Nog geen plaatsingen.")]),
    )
    for line in data.rotations:
        if line.notes:
            parts.append(
                KeepTogether(
                    [
                        subheading(f"Notitie bij rotatie {line.rotation}"),
                        user_paragraph(line.notes),
                    ]
                )
            )
    parts.append(heading("Evaluaties"))
    evaluated = [r for r in data.rotations if r.evaluations]
    if not evaluated:
        parts.append(note("Er zijn nog geen evaluaties vastgelegd."))
    for line in evaluated:
        parts.append(subheading(f"Rotatie {line.rotation}: {line.title} ({line.organisation})"))
        for evaluation in line.evaluations:
            score = f" · cijfer {evaluation.score}" if evaluation.score is not None else ""
            when = f", {short_date(evaluation.written_on)}" if evaluation.written_on else ""
            parts.append(
                text_paragraph(
                    f"<b>{markup(evaluation.moment.capitalize())} evaluatie door "
                    f"{markup(evaluation.author)}</b>{markup(when)}{markup(score)}",
                    s.body,
                )
            )
            if evaluation.text:
                parts.append(user_paragraph(evaluation.text))
    parts += _participation(data, width)
    if facts.notes:
        parts += section("Notities", user_paragraph(facts.notes))
    return spec, parts


def _rotation_table(data: TrajectoryData, width: float) -> list[Flowable]:
    widths = [15 * mm, 41 * mm, 0.0, 40 * mm, 20 * mm]
    widths[2] = width - sum(widths)
    rows = [
        [
            str(r.rotation),
            period(r.start, r.end),
            r.title,
            r.organisation + (f" ({r.municipality})" if r.municipality else ""),
            label(r.status),
        ]
        for r in data.rotations
    ]
    table = data_table(
        ["Rotatie", "Periode", "Opdracht", "Organisatie", "Status"],
        rows,
        widths,
        align=["CENTER", "LEFT", "LEFT", "LEFT", "LEFT"],
    )
    supervisors = [f"rotatie {r.rotation}: {r.supervisor}" for r in data.rotations if r.supervisor]
    result: list[Flowable] = [table]
    if supervisors:
        result.append(Spacer(1, 2 * mm))
        result.append(
            text_paragraph("<b>Begeleiders:</b> " + markup("; ".join(supervisors)), styles().small)
        )
    return result


def _participation(data: TrajectoryData, width: float) -> list[Flowable]:
    counts = data.counts
    figures = key_figures(
        [
            (str(counts.invited), "uitgenodigd"),
            (str(counts.present), "aanwezig"),
            (str(counts.excused), "afwezig met bericht"),
            (str(counts.absent), "afwezig zonder bericht"),
            (percent(counts.rate), "deelname"),
        ],
        width,
        per_row=5,
    )
    parts: list[Flowable] = [
        *section("Bijeenkomsten en deelname", figures),
        Spacer(1, 1.5 * mm),
        note(
            "Deelname = aanwezig gedeeld door uitgenodigd, over de bijeenkomsten die tot en met "
            f"{long_date(data.today)} hebben plaatsgevonden."
        ),
    ]
    if not data.sessions:
        parts.append(note("Nog niet uitgenodigd voor bijeenkomsten."))
        return parts
    widths = [22 * mm, 0.0, 34 * mm, 34 * mm]
    widths[1] = width - sum(widths)
    rows = [
        [
            short_date(line.date),
            line.title,
            label(line.type),
            label(line.status)
            if line.taken_place or line.status is not AttendanceStatus.INVITED
            else "gepland",
        ]
        for line in data.sessions
    ]
    parts.append(Spacer(1, 2 * mm))
    parts.append(data_table(["Datum", "Bijeenkomst", "Soort", "Aanwezigheid"], rows, widths))
    return parts


__all__ = ["DASH", "TrajectoryData", "load", "story"]
