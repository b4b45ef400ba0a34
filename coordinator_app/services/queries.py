"""The rows of each list screen and the choices of its filters, read fast and Qt-free.

Each ``..._rows`` function reads one screen's records with a handful of column
queries (no ORM objects: building 15,000 of those would cost more than the query)
and returns light, immutable row objects. The screens keep them in a list and serve
their table from it; filter values are carried as ids and enum members, labels are
made in the view in the user's language.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Assignment,
    AssignmentLevel,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    Coach,
    Cohort,
    Competence,
    ContactPerson,
    EducationLevel,
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    GuestParticipant,
    LevelCategory,
    Municipality,
    Organisation,
    OrganisationType,
    Placement,
    PlacementStatus,
    Programme,
    SessionType,
    Theme,
    Trainee,
    TraineeStatus,
    assignment_programme,
    assignment_theme,
    session_cohort,
    session_programme,
    trainee_theme,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.text import full_name, listed_name


def _fetch(session: Session, query: Any) -> Sequence[Any]:
    """Plain rows through the session's connection.

    For column-only selects the ORM's result machinery adds nothing but time; with
    15,000 placements that is a third of the load.
    """
    return session.connection().execute(query).all()


# --- shared option lists -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Option:
    """One choice in a filter or a form: the stored id and what the user reads."""

    id: int
    name: str
    parent_id: int | None = None  # a cohort's programme


def _by_name(session: Session, model: Any) -> list[Option]:
    """Every record of a table with ``id`` and ``name``, as options in name order."""
    return [
        Option(record_id, name)
        for record_id, name in session.execute(select(model.id, model.name).order_by(model.name))
    ]


def municipality_options(session: Session) -> list[Option]:
    return _by_name(session, Municipality)


def programme_options(session: Session) -> list[Option]:
    return _by_name(session, Programme)


def cohort_options(session: Session) -> list[Option]:
    """Cohorts by programme, oldest first within a programme; the name says which."""
    rows = session.execute(
        select(Cohort.id, Cohort.name, Cohort.programme_id)
        .join(Programme, Programme.id == Cohort.programme_id)
        .order_by(Programme.name, Cohort.start_date, Cohort.name)
    )
    return [Option(cid, name, pid) for cid, name, pid in rows]


def coach_options(session: Session) -> list[Option]:
    return _by_name(session, Coach)


def theme_options(session: Session) -> list[Option]:
    return _by_name(session, Theme)


def competence_options(session: Session) -> list[Option]:
    return _by_name(session, Competence)


def organisation_options(session: Session) -> list[Option]:
    return _by_name(session, Organisation)


@dataclass(frozen=True)
class FormOptions:
    """Every choice list the record forms need, read in one go."""

    municipalities: list[Option]
    programmes: list[Option]
    cohorts: list[Option]
    coaches: list[Option]
    themes: list[Option]
    competences: list[Option]
    organisations: list[Option]


def form_options(session: Session) -> FormOptions:
    return FormOptions(
        municipalities=municipality_options(session),
        programmes=programme_options(session),
        cohorts=cohort_options(session),
        coaches=coach_options(session),
        themes=theme_options(session),
        competences=competence_options(session),
        organisations=organisation_options(session),
    )


def _names_by_owner(
    pairs: Iterable[tuple[int, int]], names: dict[int, str]
) -> tuple[dict[int, frozenset[int]], dict[int, str]]:
    """Group (owner, item) links into id sets and a sorted, comma-separated text."""
    grouped: dict[int, set[int]] = defaultdict(set)
    for owner, item in pairs:
        grouped[owner].add(item)
    # Many owners share a combination: one frozenset each keeps thousands of objects
    # out of the garbage collector's way.
    shared: dict[frozenset[int], frozenset[int]] = {}
    ids = {}
    for owner, items in grouped.items():
        key = frozenset(items)
        ids[owner] = shared.setdefault(key, key)
    text = {
        owner: ", ".join(sorted((names[i] for i in items), key=str.casefold))
        for owner, items in grouped.items()
    }
    return ids, text


# --- trainees ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TraineeRow:
    id: int
    given_name: str
    prefix: str
    surname: str
    sort_name: str
    email: str
    phone: str
    education_level: EducationLevel
    field_of_study: str
    municipality_id: int | None
    municipality: str
    cohort_id: int | None
    cohort: str
    programme_id: int | None
    programme: str
    coach: str
    status: TraineeStatus
    contract_start: dt.date | None
    contract_end: dt.date | None
    theme_ids: frozenset[int]
    themes: str
    current_assignment: str  # "Title (Organisation)" of today's placement, else ""

    @property
    def full_name(self) -> str:
        return full_name(self.given_name, self.prefix, self.surname)

    @property
    def listed_name(self) -> str:
        return listed_name(self.given_name, self.prefix, self.surname)


def trainee_rows(session: Session, today: dt.date, only: int | None = None) -> list[TraineeRow]:
    """All trainees in Dutch name order, or just the one with id ``only``."""
    themes_by_id = dict(session.execute(select(Theme.id, Theme.name)).all())
    theme_ids, theme_text = _names_by_owner(
        _fetch(session, select(trainee_theme.c.trainee_id, trainee_theme.c.theme_id)),
        themes_by_id,
    )
    current: dict[int, str] = {}
    for trainee_id, title, organisation in session.execute(
        select(Placement.trainee_id, Assignment.title, Organisation.name)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .where(
            Placement.start_date <= today,
            Placement.end_date >= today,
            Placement.status != PlacementStatus.ABORTED,
        )
        .order_by(Placement.start_date)
    ):
        current[trainee_id] = f"{title} ({organisation})"
    query = (
        select(
            Trainee.id,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.sort_name,
            Trainee.email,
            Trainee.phone,
            Trainee.education_level,
            Trainee.field_of_study,
            Trainee.home_municipality_id,
            Municipality.name,
            Trainee.cohort_id,
            Cohort.name,
            Cohort.programme_id,
            Programme.name,
            Coach.name,
            Trainee.status,
            Trainee.contract_start,
            Trainee.contract_end,
        )
        .outerjoin(Municipality, Municipality.id == Trainee.home_municipality_id)
        .outerjoin(Cohort, Cohort.id == Trainee.cohort_id)
        .outerjoin(Programme, Programme.id == Cohort.programme_id)
        .outerjoin(Coach, Coach.id == Trainee.coach_id)
    )
    if only is not None:
        query = query.where(Trainee.id == only)
    empty: frozenset[int] = frozenset()
    return [
        TraineeRow(
            r[0],
            r[1],
            r[2] or "",
            r[3],
            r[4],
            r[5],
            r[6] or "",
            r[7],
            r[8] or "",
            r[9],
            r[10] or "",
            r[11],
            r[12] or "",
            r[13],
            r[14] or "",
            r[15] or "",
            r[16],
            r[17],
            r[18],
            theme_ids.get(r[0], empty),
            theme_text.get(r[0], ""),
            current.get(r[0], ""),
        )  # fmt: skip
        # Sorting here is faster than ORDER BY over the sort_name index for every row.
        for r in sorted(_fetch(session, query), key=lambda r: (r[4], r[0]))
    ]


# --- organisations -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: int
    name: str
    type: OrganisationType
    municipality_id: int | None
    municipality: str
    contacts: int
    supervisors: str  # names of the contact persons marked as supervisor
    assignments: int
    open_assignments: int
    running_placements: int
    website: str


def organisation_rows(
    session: Session, today: dt.date, only: int | None = None
) -> list[OrganisationRow]:
    contacts: dict[int, int] = defaultdict(int)
    supervisors: dict[int, list[str]] = defaultdict(list)
    for org_id, name, is_supervisor in session.execute(
        select(
            ContactPerson.organisation_id, ContactPerson.name, ContactPerson.is_supervisor
        ).order_by(ContactPerson.name)
    ):
        contacts[org_id] += 1
        if is_supervisor:
            supervisors[org_id].append(name)
    assignments = {
        org_id: (total, int(open_ or 0))
        for org_id, total, open_ in session.execute(
            select(
                Assignment.organisation_id,
                func.count(),
                func.sum(case((Assignment.status == AssignmentStatus.OPEN, 1), else_=0)),
            ).group_by(Assignment.organisation_id)
        )
    }
    running = dict(
        session.execute(
            select(Assignment.organisation_id, func.count())
            .join(Placement, Placement.assignment_id == Assignment.id)
            .where(
                Placement.start_date <= today,
                Placement.end_date >= today,
                Placement.status != PlacementStatus.ABORTED,
            )
            .group_by(Assignment.organisation_id)
        ).all()
    )
    query = (
        select(
            Organisation.id,
            Organisation.name,
            Organisation.type,
            Organisation.municipality_id,
            Municipality.name,
            Organisation.website,
        )
        .outerjoin(Municipality, Municipality.id == Organisation.municipality_id)
        .order_by(Organisation.name)
    )
    if only is not None:
        query = query.where(Organisation.id == only)
    return [
        OrganisationRow(
            id=oid,
            name=name,
            type=kind,
            municipality_id=mid,
            municipality=mname or "",
            contacts=contacts.get(oid, 0),
            supervisors=", ".join(supervisors.get(oid, ())),
            assignments=assignments.get(oid, (0, 0))[0],
            open_assignments=assignments.get(oid, (0, 0))[1],
            running_placements=running.get(oid, 0),
            website=website or "",
        )
        for oid, name, kind, mid, mname, website in _fetch(session, query)
    ]


# --- assignments ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    id: int
    title: str
    organisation_id: int
    organisation: str
    municipality_id: int | None  # its own, else the organisation's
    municipality: str
    programme_ids: frozenset[int]
    programmes: str
    theme_ids: frozenset[int]
    themes: str
    levels: frozenset[LevelCategory]  # empty: every level
    start_date: dt.date
    end_date: dt.date
    places: int
    placements: int  # placements that are not aborted, over the whole period
    hours_per_week: float
    supervisor: str
    status: AssignmentStatus


def assignment_rows(
    session: Session, where: ColumnElement[bool] | None = None
) -> list[AssignmentRow]:
    programme_names = dict(session.execute(select(Programme.id, Programme.name)).all())
    programme_ids, programme_text = _names_by_owner(
        session.execute(
            select(assignment_programme.c.assignment_id, assignment_programme.c.programme_id)
        ).all(),
        programme_names,
    )
    theme_names = dict(session.execute(select(Theme.id, Theme.name)).all())
    theme_ids, theme_text = _names_by_owner(
        session.execute(
            select(assignment_theme.c.assignment_id, assignment_theme.c.theme_id)
        ).all(),
        theme_names,
    )
    levels: dict[int, set[LevelCategory]] = defaultdict(set)
    for assignment_id, level in session.execute(
        select(AssignmentLevel.assignment_id, AssignmentLevel.level)
    ):
        levels[assignment_id].add(level)
    placements = dict(
        session.execute(
            select(Placement.assignment_id, func.count())
            .where(Placement.status != PlacementStatus.ABORTED)
            .group_by(Placement.assignment_id)
        ).all()
    )
    own_municipality = aliased(Municipality)
    org_municipality = aliased(Municipality)
    query = (
        select(
            Assignment.id,
            Assignment.title,
            Assignment.organisation_id,
            Organisation.name,
            func.coalesce(Assignment.municipality_id, Organisation.municipality_id),
            func.coalesce(own_municipality.name, org_municipality.name),
            Assignment.start_date,
            Assignment.end_date,
            Assignment.places,
            Assignment.hours_per_week,
            ContactPerson.name,
            Assignment.status,
        )
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .outerjoin(own_municipality, own_municipality.id == Assignment.municipality_id)
        .outerjoin(org_municipality, org_municipality.id == Organisation.municipality_id)
        .outerjoin(ContactPerson, ContactPerson.id == Assignment.supervisor_id)
        .order_by(Assignment.start_date, Assignment.title)
    )
    if where is not None:
        query = query.where(where)
    empty: frozenset[int] = frozenset()
    return [
        AssignmentRow(
            id=r[0],
            title=r[1],
            organisation_id=r[2],
            organisation=r[3],
            municipality_id=r[4],
            municipality=r[5] or "",
            programme_ids=programme_ids.get(r[0], empty),
            programmes=programme_text.get(r[0], ""),
            theme_ids=theme_ids.get(r[0], empty),
            themes=theme_text.get(r[0], ""),
            levels=frozenset(levels.get(r[0], ())),
            start_date=r[6],
            end_date=r[7],
            places=r[8],
            placements=placements.get(r[0], 0),
            hours_per_week=float(r[9]),
            supervisor=r[10] or "",
            status=r[11],
        )
        for r in _fetch(session, query)
    ]


# --- placements ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PlacementRow:
    id: int
    trainee_id: int
    trainee: str  # full name
    trainee_sort: str
    cohort_id: int | None
    cohort: str
    assignment_id: int
    assignment: str
    organisation_id: int
    organisation: str
    rotation: int
    start_date: dt.date
    end_date: dt.date
    status: PlacementStatus
    locked: bool


def placement_rows(
    session: Session, where: ColumnElement[bool] | None = None
) -> list[PlacementRow]:
    """Placements by trainee (Dutch name order) and start date; ``where`` narrows them."""
    query = (
        select(
            Placement.id,
            Placement.trainee_id,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.sort_name,
            Trainee.cohort_id,
            Cohort.name,
            Placement.assignment_id,
            Assignment.title,
            Assignment.organisation_id,
            Organisation.name,
            Placement.rotation,
            Placement.start_date,
            Placement.end_date,
            Placement.status,
            Placement.locked,
        )
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .outerjoin(Cohort, Cohort.id == Trainee.cohort_id)
    )
    if where is not None:
        query = query.where(where)
    return [
        PlacementRow(
            r[0],
            r[1],
            full_name(r[2], r[3], r[4]),
            r[5],
            r[6],
            r[7] or "",
            r[8],
            r[9],
            r[10],
            r[11],
            r[12],
            r[13],
            r[14],
            r[15],
            bool(r[16]),
        )  # fmt: skip
        for r in sorted(_fetch(session, query), key=lambda r: (r[5], r[13], r[0]))
    ]


def rotation_numbers(session: Session) -> list[int]:
    return list(session.scalars(select(Placement.rotation).distinct().order_by(Placement.rotation)))


# --- sessions (bijeenkomsten) --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SessionRow:
    id: int
    date: dt.date
    start_time: dt.time
    end_time: dt.time
    type: SessionType
    title: str
    location: str
    municipality: str
    facilitator: str
    cohort_ids: frozenset[int]
    programme_ids: frozenset[int]  # invited programmes and the programmes of invited cohorts
    invited_to: str  # names of the invited cohorts and programmes
    invited: int  # everyone with an attendance row
    present: int
    recorded: int  # rows whose presence was registered (present or absent): 0 before the day


def session_rows(session: Session, only: int | None = None) -> list[SessionRow]:
    cohorts = {cid: (name, pid) for cid, name, pid in session.execute(
        select(Cohort.id, Cohort.name, Cohort.programme_id)
    )}  # fmt: skip
    programmes = dict(session.execute(select(Programme.id, Programme.name)).all())
    invited_cohorts: dict[int, set[int]] = defaultdict(set)
    for sid, cid in session.execute(
        select(session_cohort.c.session_id, session_cohort.c.cohort_id)
    ):
        invited_cohorts[sid].add(cid)
    invited_programmes: dict[int, set[int]] = defaultdict(set)
    for sid, pid in session.execute(
        select(session_programme.c.session_id, session_programme.c.programme_id)
    ):
        invited_programmes[sid].add(pid)
    settled = (AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT)
    counts = {
        sid: (int(total), int(present or 0), int(recorded or 0))
        for sid, total, present, recorded in session.execute(
            select(
                Attendance.session_id,
                func.count(),
                func.sum(case((Attendance.status == AttendanceStatus.PRESENT, 1), else_=0)),
                func.sum(case((Attendance.status.in_(settled), 1), else_=0)),
            ).group_by(Attendance.session_id)
        )
    }
    query = (
        select(
            SessionRecord.id,
            SessionRecord.date,
            SessionRecord.start_time,
            SessionRecord.end_time,
            SessionRecord.type,
            SessionRecord.title,
            SessionRecord.location,
            Municipality.name,
            SessionRecord.facilitator,
        )
        .outerjoin(Municipality, Municipality.id == SessionRecord.municipality_id)
        .order_by(SessionRecord.date.desc(), SessionRecord.start_time)
    )
    if only is not None:
        query = query.where(SessionRecord.id == only)
    rows = []
    for sid, day, start, end, kind, title, location, municipality, facilitator in _fetch(
        session, query
    ):
        cohort_ids = invited_cohorts.get(sid, set())
        programme_ids = set(invited_programmes.get(sid, set()))
        programme_ids.update(cohorts[c][1] for c in cohort_ids if c in cohorts)
        names = sorted((programmes[p] for p in invited_programmes.get(sid, ())), key=str.casefold)
        names += sorted((cohorts[c][0] for c in cohort_ids if c in cohorts), key=str.casefold)
        total, present, recorded = counts.get(sid, (0, 0, 0))
        rows.append(
            SessionRow(
                sid,
                day,
                start,
                end,
                kind,
                title,
                location or "",
                municipality or "",
                facilitator or "",
                frozenset(cohort_ids),
                frozenset(programme_ids),
                ", ".join(names),
                total,
                present,
                recorded,
            )  # fmt: skip
        )
    return rows


def session_years(session: Session) -> list[int]:
    years = {day.year for day in session.scalars(select(SessionRecord.date).distinct())}
    return sorted(years, reverse=True)


# --- details for the read-only views -------------------------------------------------------


@dataclass(frozen=True)
class EvaluationLine:
    moment: EvaluationMoment
    author: EvaluationAuthor
    score: int | None
    written_on: dt.date | None
    text: str


@dataclass(frozen=True)
class PlacementDetail:
    row: PlacementRow
    programme: str
    hours_per_week: float
    municipality: str
    supervisor: str
    notes: str
    evaluations: list[EvaluationLine]


def placement_detail(session: Session, placement_id: int) -> PlacementDetail | None:
    rows = placement_rows(session, Placement.id == placement_id)
    if not rows:
        return None
    row = rows[0]
    placement = session.get(Placement, placement_id)
    assert placement is not None
    assignment = placement.assignment
    municipality = assignment.municipality or assignment.organisation.municipality
    trainee = placement.trainee
    evaluations = [
        EvaluationLine(e.moment, e.author, e.score, e.written_on, e.text)
        for e in session.scalars(
            select(Evaluation)
            .where(Evaluation.placement_id == placement_id)
            .order_by(Evaluation.moment, Evaluation.author)
        )
    ]
    return PlacementDetail(
        row=row,
        programme=trainee.cohort.programme.name if trainee.cohort else "",
        hours_per_week=float(assignment.hours_per_week),
        municipality=municipality.name if municipality else "",
        supervisor=assignment.supervisor.name if assignment.supervisor else "",
        notes=placement.notes or "",
        evaluations=evaluations,
    )


@dataclass(frozen=True)
class AttendanceLine:
    name: str
    is_guest: bool
    organisation: str  # a guest's organisation; a trainee's cohort
    level: EducationLevel | None
    status: AttendanceStatus
    checked_in_at: dt.datetime | None


@dataclass(frozen=True)
class ActionLine:
    description: str
    owner: str
    due_date: dt.date | None
    status: ActionPointStatus


@dataclass(frozen=True)
class SessionDetail:
    row: SessionRow
    description: str
    capacity: int | None
    outcome_notes: str
    themes: list[str]
    attendance: list[AttendanceLine]
    action_points: list[ActionLine]


def session_detail(session: Session, session_id: int) -> SessionDetail | None:
    record = session.get(SessionRecord, session_id)
    if record is None:
        return None
    row = session_rows(session, only=session_id)[0]
    attendance: list[AttendanceLine] = []
    for (
        status,
        checked_in,
        given,
        prefix,
        surname,
        level,
        cohort,
        guest,
        guest_org,
        guest_level,
    ) in session.execute(
        select(
            Attendance.status,
            Attendance.checked_in_at,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.education_level,
            Cohort.name,
            GuestParticipant.name,
            GuestParticipant.organisation_name,
            GuestParticipant.education_level,
        )
        .outerjoin(Trainee, Trainee.id == Attendance.trainee_id)
        .outerjoin(Cohort, Cohort.id == Trainee.cohort_id)
        .outerjoin(GuestParticipant, GuestParticipant.id == Attendance.guest_id)
        .where(Attendance.session_id == session_id)
        .order_by(Trainee.sort_name, GuestParticipant.name)
    ):
        if guest is not None:
            attendance.append(
                AttendanceLine(guest, True, guest_org or "", guest_level, status, checked_in)
            )
        else:
            attendance.append(
                AttendanceLine(
                    full_name(given, prefix, surname),
                    False,
                    cohort or "",
                    level,
                    status,
                    checked_in,
                )  # fmt: skip
            )
    actions = [
        ActionLine(a.description, a.owner or "", a.due_date, a.status)
        for a in session.scalars(
            select(ActionPoint)
            .where(ActionPoint.session_id == session_id)
            .order_by(ActionPoint.due_date, ActionPoint.id)
        )
    ]
    return SessionDetail(
        row=row,
        description=record.description or "",
        capacity=record.capacity,
        outcome_notes=record.outcome_notes or "",
        themes=sorted((t.name for t in record.themes_raised), key=str.casefold),
        attendance=attendance,
        action_points=actions,
    )


@dataclass(frozen=True)
class TraineeDetail:
    row: TraineeRow
    competences: list[tuple[str, int | None]]
    notes: str
    placements: list[PlacementRow]
    sessions_invited: int
    sessions_present: int


def trainee_detail(session: Session, trainee_id: int, today: dt.date) -> TraineeDetail | None:
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        return None
    row = trainee_rows(session, today, only=trainee_id)[0]
    invited, present = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((Attendance.status == AttendanceStatus.PRESENT, 1), else_=0)), 0
            ),
        ).where(Attendance.trainee_id == trainee_id)
    ).one()
    return TraineeDetail(
        row=row,
        competences=sorted(
            ((c.competence.name, c.level) for c in trainee.competences),
            key=lambda item: item[0].casefold(),
        ),
        notes=trainee.notes or "",
        placements=sorted(
            placement_rows(session, Placement.trainee_id == trainee_id),
            key=lambda p: (p.start_date, p.rotation),
        ),
        sessions_invited=int(invited),
        sessions_present=int(present),
    )


@dataclass(frozen=True)
class ContactLine:
    name: str
    role: str
    email: str
    phone: str
    is_supervisor: bool


@dataclass(frozen=True)
class OrganisationDetail:
    row: OrganisationRow
    address: str
    notes: str
    contacts: list[ContactLine]
    assignments: list[AssignmentRow]


def organisation_detail(
    session: Session, organisation_id: int, today: dt.date
) -> OrganisationDetail | None:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        return None
    row = organisation_rows(session, today, only=organisation_id)[0]
    return OrganisationDetail(
        row=row,
        address=organisation.address or "",
        notes=organisation.notes or "",
        contacts=[
            ContactLine(c.name, c.role or "", c.email or "", c.phone or "", c.is_supervisor)
            for c in organisation.contacts
        ],
        assignments=assignment_rows(session, Assignment.organisation_id == organisation_id),
    )


@dataclass(frozen=True)
class AssignmentDetail:
    row: AssignmentRow
    description: str
    competences: list[tuple[str, int | None]]
    placements: list[PlacementRow]


def assignment_detail(session: Session, assignment_id: int) -> AssignmentDetail | None:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        return None
    row = assignment_rows(session, Assignment.id == assignment_id)[0]
    return AssignmentDetail(
        row=row,
        description=assignment.description or "",
        competences=sorted(
            ((c.competence.name, c.level) for c in assignment.competences),
            key=lambda item: item[0].casefold(),
        ),
        placements=sorted(
            placement_rows(session, Placement.assignment_id == assignment_id),
            key=lambda p: (p.start_date, p.trainee_sort),
        ),
    )
