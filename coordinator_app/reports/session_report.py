"""Session report: what the session was, who came, how mixed the group was, what came out.

Details, attendees by status, participation and level mix (as
:mod:`coordinator_app.services.participation` defines them), outcomes, action
points and a summary of the feedback.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from coordinator_app.models import (
    ActionPointStatus,
    AttendanceStatus,
    Organisation,
    Placement,
    PlacementStatus,
    Session,
    SessionType,
)
from coordinator_app.models import Assignment as AssignmentRecord
from coordinator_app.reports.charts import horizontal_bars
from coordinator_app.reports.common import (
    DASH,
    decimal,
    join_names,
    note,
    percent,
    section,
    subheading,
    time_range,
    title_block,
    user_paragraph,
)
from coordinator_app.reports.document import DocumentSpec, Letterhead, frame_width
from coordinator_app.reports.styles import LEVEL_COLOURS, WARNING_FILL, styles
from coordinator_app.reports.tables import data_table, facts_table, key_figures
from coordinator_app.reports.targets import ReportError
from coordinator_app.services.attendance import AttendanceRow, session_attendance
from coordinator_app.services.dutch import long_date, short_date
from coordinator_app.services.labels import label
from coordinator_app.services.participation import (
    LEVELS,
    Counts,
    LevelMix,
    Period,
    session_figures,
    session_mix,
)

STATUS_ORDER = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
    AttendanceStatus.REGISTERED,
    AttendanceStatus.INVITED,
)
STATUS_HEADINGS = {
    AttendanceStatus.PRESENT: "Aanwezig",
    AttendanceStatus.EXCUSED: "Afwezig met bericht",
    AttendanceStatus.ABSENT: "Afwezig zonder bericht",
    AttendanceStatus.REGISTERED: "Aangemeld",
    AttendanceStatus.INVITED: "Uitgenodigd, geen reactie",
}


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due: dt.date | None
    status: ActionPointStatus


@dataclass(frozen=True)
class SessionInfo:
    session_id: int
    title: str
    type: SessionType
    date: dt.date
    start: dt.time
    end: dt.time
    location: str
    municipality: str
    facilitator: str
    description: str
    capacity: int | None
    outcome_notes: str
    invited_groups: tuple[str, ...]
    programmes: tuple[str, ...]
    themes: tuple[str, ...]
    actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class Attendee:
    row: AttendanceRow
    organisation: str  # where a trainee works on the day (else the cohort); a guest's own


@dataclass(frozen=True)
class SessionReportData:
    info: SessionInfo
    attendees: tuple[Attendee, ...]
    counts: Counts | None  # None: the session has not taken place yet
    mix: LevelMix
    today: dt.date


def load_info(db: DbSession, session_id: int) -> SessionInfo:
    record = db.scalar(
        select(Session)
        .where(Session.id == session_id)
        .options(
            selectinload(Session.municipality),
            selectinload(Session.invited_cohorts),
            selectinload(Session.invited_programmes),
            selectinload(Session.themes_raised),
            selectinload(Session.action_points),
        )
    )
    if record is None:
        raise ReportError(f"Er is geen bijeenkomst met nummer {session_id}.")
    cohorts = sorted((c.name for c in record.invited_cohorts), key=str.casefold)
    programmes = sorted((p.name for p in record.invited_programmes), key=str.casefold)
    return SessionInfo(
        session_id=record.id,
        title=record.title,
        type=record.type,
        date=record.date,
        start=record.start_time,
        end=record.end_time,
        location=record.location or "",
        municipality=record.municipality.name if record.municipality else "",
        facilitator=record.facilitator or "",
        description=record.description or "",
        capacity=record.capacity,
        outcome_notes=record.outcome_notes or "",
        invited_groups=tuple(cohorts or programmes),
        programmes=tuple(programmes),
        themes=tuple(sorted((t.name for t in record.themes_raised), key=str.casefold)),
        actions=tuple(
            ActionLine(p.description, p.owner or "", p.due_date, p.status)
            for p in sorted(
                record.action_points,
                key=lambda p: (p.due_date is None, p.due_date or dt.date.max, p.id),
            )
        ),
    )


def workplaces_on(db: DbSession, trainee_ids: list[int], day: dt.date) -> dict[int, str]:
    """The organisation each trainee works at on ``day`` (a running placement)."""
    found: dict[int, str] = {}
    for start in range(0, len(trainee_ids), 900):
        batch = trainee_ids[start : start + 900]
        for trainee_id, name in db.execute(
            select(Placement.trainee_id, Organisation.name)
            .join(AssignmentRecord, AssignmentRecord.id == Placement.assignment_id)
            .join(Organisation, Organisation.id == AssignmentRecord.organisation_id)
            .where(
                Placement.trainee_id.in_(batch),
                Placement.status != PlacementStatus.ABORTED,
                Placement.start_date <= day,
                Placement.end_date >= day,
            )
        ):
            found[trainee_id] = name
    return found


def load_attendees(db: DbSession, info: SessionInfo) -> tuple[Attendee, ...]:
    rows = session_attendance(db, info.session_id)
    workplaces = workplaces_on(db, [r.person_id for r in rows if r.kind == "trainee"], info.date)
    return tuple(
        Attendee(r, workplaces.get(r.person_id, r.detail) if r.kind == "trainee" else r.detail)
        for r in rows
    )


def load(db: DbSession, session_id: int, today: dt.date) -> SessionReportData:
    info = load_info(db, session_id)
    counts = None
    if info.date <= today:
        for figures in session_figures(db, today, Period(info.date, info.date)):
            if figures.session_id == session_id:
                counts = figures.counts
    return SessionReportData(
        info=info,
        attendees=load_attendees(db, info),
        counts=counts,
        mix=session_mix(db, session_id),
        today=today,
    )


# -- the document ---------------------------------------------------------------------------


def session_facts(info: SessionInfo, width: float) -> Table:
    return facts_table(
        [
            ("Soort", label(info.type)),
            ("Datum", long_date(info.date)),
            ("Tijd", time_range(info.start, info.end)),
            ("Locatie", info.location),
            ("Gemeente", info.municipality),
            ("Begeleiding", info.facilitator),
            ("Uitgenodigd", join_names(info.invited_groups)),
            ("Capaciteit", str(info.capacity) if info.capacity else ""),
        ],
        width,
        34 * mm,
    )


def level_mix_table(mix: LevelMix, width: float) -> list[Flowable]:
    shares = mix.shares
    rows = [
        [label(level), str(mix.counts.get(level, 0)), percent(shares[level]) if shares else DASH]
        for level in LEVELS
    ]
    if mix.unknown:
        rows.append(["niveau onbekend", str(mix.unknown), DASH])
    table = data_table(
        ["Niveau", "Aanwezig", "Aandeel"],
        rows,
        [width * 0.4, width * 0.3, width * 0.3],
        align=["LEFT", "RIGHT", "RIGHT"],
    )
    index = (
        f"Mengindex {decimal(mix.index, 2)} (0 = één niveau, 1 = mbo, hbo en wo ieder een derde)."
        if mix.index is not None
        else "Nog geen mengindex: niemand met een bekend niveau was aanwezig."
    )
    return [table, Spacer(1, 1.5 * mm), note(index)]


def _attendee_table(status: AttendanceStatus, people: list[Attendee], width: float) -> Table:
    if status is AttendanceStatus.PRESENT:
        header = ["Naam", "Organisatie of lichting", "Niveau", "Aangemeld om"]
        widths = [width * 0.33, width * 0.36, width * 0.14, width * 0.17]
        rows = [
            [
                a.row.name,
                a.organisation,
                label(a.row.level_category) if a.row.level else "",
                f"{a.row.checked_in_at:%H:%M}" if a.row.checked_in_at else "",
            ]
            for a in people
        ]
    else:
        header = ["Naam", "Organisatie of lichting", "Notitie"]
        widths = [width * 0.32, width * 0.32, width * 0.36]
        rows = [[a.row.name, a.organisation, a.row.note] for a in people]
    return data_table(header, rows, widths)


def _feedback(data: SessionReportData, width: float) -> list[Flowable]:
    scores = [a.row.feedback_score for a in data.attendees if a.row.feedback_score is not None]
    comments = [
        (a.row.name, a.row.feedback_comment)
        for a in data.attendees
        if a.row.feedback_comment and a.row.feedback_comment.strip()
    ]
    if not scores and not comments:
        return section("Feedback", note("Er is geen feedback gegeven."))
    parts: list[Flowable] = []
    if scores:
        average = sum(scores) / len(scores)
        tally = Counter(scores)
        parts.append(
            key_figures(
                [(str(len(scores)), "beoordelingen"), (decimal(average), "gemiddeld (1 tot 5)")]
                + [(str(tally.get(score, 0)), f"keer een {score}") for score in (5, 4, 3)],
                width,
                per_row=5,
            )
        )
    if comments:
        parts.append(subheading("Opmerkingen"))
        parts.append(
            data_table(
                ["Opmerking"],
                [[comment] for _name, comment in comments],
                [width],
            )
        )
    return section("Feedback", *parts)


def story(data: SessionReportData, letterhead: Letterhead) -> tuple[DocumentSpec, list[Flowable]]:
    info = data.info
    spec = DocumentSpec(
        title=f"Verslag: {info.title}",
        programme=join_names(info.programmes, ""),
        letterhead=letterhead,
        subject="Verslag van een bijeenkomst",
    )
    width = frame_width(spec)
    parts: list[Flowable] = []
    parts += title_block(info.title, f"{label(info.type).capitalize()} op {long_date(info.date)}")
    parts.append(session_facts(info, width))
    if info.description.strip():
        parts += section("Omschrijving", user_paragraph(info.description))
    parts += _attendance(data, width)
    parts += section(
        "Niveaumix van de aanwezigen",
        *level_mix_table(data.mix, width * 0.6),
        *_mix_chart(data.mix, width),
    )
    outcome = (
        [user_paragraph(info.outcome_notes)]
        if info.outcome_notes.strip()
        else [note("Er zijn (nog) geen uitkomsten vastgelegd.")]
    )
    parts += section("Uitkomsten", *outcome)
    if info.themes:
        parts.append(subheading("Besproken thema's"))
        parts.append(user_paragraph(", ".join(info.themes)))
    parts += _actions(info, data.today, width)
    parts += _feedback(data, width)
    return spec, parts


def _mix_chart(mix: LevelMix, width: float) -> list[Flowable]:
    if not mix.known:
        return []
    drawing = horizontal_bars(
        [label(level) for level in LEVELS],
        [[mix.counts.get(level, 0) for level in LEVELS]],
        ["aanwezig"],
        width * 0.6,
    )
    return [Spacer(1, 2 * mm), drawing]


def _attendance(data: SessionReportData, width: float) -> list[Flowable]:
    counts = data.counts
    if counts is None:
        summary: list[Flowable] = [
            note(
                f"De bijeenkomst is op {long_date(data.info.date)}; de aanwezigheid is nog niet "
                f"bekend. Op de lijst: {len(data.attendees)}."
            )
        ]
    else:
        summary = [
            key_figures(
                [
                    (str(counts.invited), "op de lijst"),
                    (str(counts.present), "aanwezig"),
                    (str(counts.excused), "afwezig met bericht"),
                    (str(counts.absent), "afwezig zonder bericht"),
                    (percent(counts.rate), "deelname"),
                ],
                width,
                per_row=5,
            )
        ]
        if counts.unrecorded:
            summary.append(
                note(f"Van {counts.unrecorded} genodigden is de aanwezigheid niet geregistreerd.")
            )
    parts = section("Aanwezigheid", *summary)
    for status in STATUS_ORDER:
        people = [a for a in data.attendees if a.row.status is status]
        if not people:
            continue
        parts.append(subheading(f"{STATUS_HEADINGS[status]} ({len(people)})"))
        parts.append(_attendee_table(status, people, width))
    return parts


def _actions(info: SessionInfo, today: dt.date, width: float) -> list[Flowable]:
    if not info.actions:
        return section("Actiepunten", note("Er zijn geen actiepunten afgesproken."))
    widths = [0.0, 40 * mm, 24 * mm, 26 * mm]
    widths[0] = width - sum(widths)
    rows = [
        [a.description, a.owner, short_date(a.due) if a.due else DASH, label(a.status)]
        for a in info.actions
    ]
    overdue = [
        i
        for i, a in enumerate(info.actions)
        if a.status is not ActionPointStatus.DONE and a.due is not None and a.due < today
    ]
    table = data_table(
        ["Actiepunt", "Eigenaar", "Uiterlijk", "Status"],
        rows,
        widths,
        marked_rows=overdue,
        mark_colour=WARNING_FILL,
    )
    parts = section("Actiepunten", table)
    if overdue:
        parts.append(note("Rood gemarkeerd: over de datum en nog niet afgerond."))
    return parts


def level_legend_colours() -> list[object]:
    return [LEVEL_COLOURS[level] for level in LEVELS]


__all__ = ["SessionInfo", "SessionReportData", "load", "load_info", "story", "styles", "TableStyle"]
