"""Create, edit and delete trainees, organisations (with contact persons) and assignments.

Qt-free so that the forms, the undo stack, imports and tests share one path to the
database. Three ideas carry the module:

* A record travels as a frozen ``...Data`` value (plain values, names for themes and
  competences), so a form can compare what it loaded with what it shows, and an undo
  command can put either version back through the same ``update_...`` function, with
  the hard rules checked by the flush as for any other save.
* A delete first takes a :class:`Snapshot`: every row of the record and of everything
  the database cascades away with it (placements, evaluations, attendance, contact
  persons, association rows), as dicts of column values. :func:`restore_snapshot`
  inserts those rows again with the same ids, so undoing a delete brings back the
  record exactly, links included, and checks the hard rules before committing.
* :func:`delete_impact` says in numbers what a delete takes along, and what blocks it,
  so the confirmation can name it before anything happens.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import ColumnElement, Table, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    ActionPoint,
    Assignment,
    AssignmentCompetence,
    AssignmentLevel,
    AssignmentStatus,
    Attendance,
    Competence,
    ContactPerson,
    EducationLevel,
    Evaluation,
    LevelCategory,
    Organisation,
    OrganisationType,
    Placement,
    Preference,
    Programme,
    Theme,
    Trainee,
    TraineeCompetence,
    TraineeStatus,
    assignment_programme,
    assignment_theme,
    session_cohort,
    session_programme,
    session_theme,
    trainee_theme,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.services import codes
from coordinator_app.services.concurrency import check_version
from coordinator_app.services.dutch import short_date
from coordinator_app.services.rules import HardRuleViolation, check_hard_rules
from coordinator_app.text import full_name

TRAINEE = "trainee"
ORGANISATION = "organisation"
ASSIGNMENT = "assignment"
SESSION = "session"
KINDS = (TRAINEE, ORGANISATION, ASSIGNMENT, SESSION)

# SQLite allows 32766 bound parameters; stay far below for every backend.
_CHUNK = 500

EMAIL_PATTERN = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
PHONE_PATTERN = re.compile(r"^\+?[0-9 ()\-./]{6,40}$")


def _table(cls: type[Any]) -> Table:
    """The Core table of a mapped class, typed as one."""
    return cast(Table, cls.__table__)


# --- errors --------------------------------------------------------------------------------


class RecordNotFound(CoordinatorError):
    def __init__(self, kind: str, record_id: int) -> None:
        super().__init__(f"Dit record bestaat niet meer ({_KIND_NL[kind]} {record_id}).")
        self.kind = kind
        self.record_id = record_id


class InvalidRecord(CoordinatorError):
    """The data breaks a field rule; forms prevent this, other callers get the message."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("; ".join(p.message_nl() for p in self.problems))


class DuplicateValue(CoordinatorError):
    """A value that must be unique (an e-mail address, a name) is already used."""

    def __init__(self, kind: str, field_name: str, value: str, owner: str) -> None:
        what = _FIELD_NL.get(field_name, field_name)
        super().__init__(f"{what.capitalize()} '{value}' is al in gebruik bij {owner}.")
        self.kind = kind
        self.field = field_name
        self.value = value
        self.owner = owner


class DeleteBlocked(CoordinatorError):
    """The delete would remove records that others still depend on."""

    def __init__(self, impact: DeleteImpact) -> None:
        lines = [
            f"Opdracht '{b.assignment_title}' heeft {b.placements} "
            f"plaatsing{'en' if b.placements != 1 else ''}."
            for b in impact.blockers
        ]
        super().__init__("Verwijderen kan niet: " + " ".join(lines))
        self.impact = impact


_KIND_NL = {TRAINEE: "trainee", ORGANISATION: "organisatie", ASSIGNMENT: "opdracht"}
_FIELD_NL = {
    "email": "het e-mailadres",
    "name": "de naam",
    "checkin_code": "de aanmeldcode",
    "cbs_code": "de CBS-code",
}


# --- field problems ------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One field that is not acceptable; ``code`` names why, ``row`` a contact person."""

    field: str
    code: str  # "required", "email", "phone", "date_order", "places", "hours", "too_long", ...
    row: int | None = None
    limit: int | None = None

    def message_nl(self) -> str:
        text = _PROBLEM_NL.get(self.code, "ongeldige waarde")
        if self.limit is not None:
            text = text.replace("{limit}", str(self.limit))
        where = f"contactpersoon {self.row + 1}, " if self.row is not None else ""
        return f"{where}{self.field}: {text}"


_PROBLEM_NL = {
    "required": "verplicht",
    "email": "geen geldig e-mailadres",
    "phone": "geen geldig telefoonnummer",
    "date_order": "de einddatum moet na de begindatum liggen",
    "places": "minstens 1 plaats",
    "hours": "tussen 0 en 40 uur per week",
    "too_long": "te lang (hoogstens {limit} tekens)",
    "supervisor": "de begeleider hoort niet bij deze organisatie",
}


def _required(problems: list[Problem], name: str, value: object) -> None:
    if value is None or (isinstance(value, str) and not value.strip()):
        problems.append(Problem(name, "required"))


def _max_length(problems: list[Problem], name: str, value: str | None, limit: int) -> None:
    if value and len(value.strip()) > limit:
        problems.append(Problem(name, "too_long", limit=limit))


def _email(problems: list[Problem], name: str, value: str, *, row: int | None = None) -> None:
    if value.strip() and not EMAIL_PATTERN.match(value.strip()):
        problems.append(Problem(name, "email", row=row))


def _phone(problems: list[Problem], name: str, value: str, *, row: int | None = None) -> None:
    if value.strip() and not PHONE_PATTERN.match(value.strip()):
        problems.append(Problem(name, "phone", row=row))


def _clean(value: str | None) -> str | None:
    text = " ".join((value or "").split())
    return text or None


# --- trainees ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TraineeData:
    given_name: str = ""
    prefix: str = ""
    surname: str = ""
    email: str = ""
    phone: str = ""
    education_level: EducationLevel | None = None
    field_of_study: str = ""
    home_municipality_id: int | None = None
    cohort_id: int | None = None
    coach_id: int | None = None
    status: TraineeStatus = TraineeStatus.ACTIVE
    contract_start: dt.date | None = None
    contract_end: dt.date | None = None
    competences: tuple[tuple[str, int | None], ...] = ()  # (name, level 1-5 or None)
    themes: tuple[str, ...] = ()
    notes: str = ""

    @property
    def full_name(self) -> str:
        return full_name(self.given_name.strip(), self.prefix.strip(), self.surname.strip())


def validate_trainee(data: TraineeData) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, "given_name", data.given_name)
    _required(problems, "surname", data.surname)
    _required(problems, "email", data.email)
    _required(problems, "education_level", data.education_level)
    _max_length(problems, "given_name", data.given_name, 80)
    _max_length(problems, "prefix", data.prefix, 30)
    _max_length(problems, "surname", data.surname, 120)
    _max_length(problems, "email", data.email, 254)
    _max_length(problems, "field_of_study", data.field_of_study, 160)
    _email(problems, "email", data.email)
    _phone(problems, "phone", data.phone)
    if (
        data.contract_start is not None
        and data.contract_end is not None
        and data.contract_end <= data.contract_start
    ):
        problems.append(Problem("contract_end", "date_order"))
    return problems


def load_trainee(session: Session, trainee_id: int) -> tuple[TraineeData, int]:
    """The trainee as a form shows it, and the version it was read at."""
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise RecordNotFound(TRAINEE, trainee_id)
    return _trainee_data(trainee), trainee.version


def _trainee_data(trainee: Trainee) -> TraineeData:
    return TraineeData(
        given_name=trainee.given_name,
        prefix=trainee.prefix or "",
        surname=trainee.surname,
        email=trainee.email,
        phone=trainee.phone or "",
        education_level=trainee.education_level,
        field_of_study=trainee.field_of_study or "",
        home_municipality_id=trainee.home_municipality_id,
        cohort_id=trainee.cohort_id,
        coach_id=trainee.coach_id,
        status=trainee.status,
        contract_start=trainee.contract_start,
        contract_end=trainee.contract_end,
        competences=tuple(sorted((row.competence.name, row.level) for row in trainee.competences)),
        themes=tuple(sorted(theme.name for theme in trainee.themes)),
        notes=trainee.notes or "",
    )


def new_checkin_code(session: Session) -> str:
    """A new trainee's code for the sign-in at sessions (see services.codes)."""
    return codes.new_checkin_code(session, codes.TRAINEE_PREFIX)


def create_trainee(session: Session, data: TraineeData) -> int:
    _refuse_invalid(validate_trainee(data))
    trainee = Trainee(checkin_code=new_checkin_code(session))
    _apply_trainee(session, trainee, data, None)
    session.add(trainee)
    _flush(session, TRAINEE, data.email)
    return trainee.id


def update_trainee(
    session: Session, trainee_id: int, data: TraineeData, *, seen_version: int | None = None
) -> None:
    """Save ``data`` over the trainee; ``seen_version`` guards against a colleague's save."""
    _refuse_invalid(validate_trainee(data))
    trainee = session.get(Trainee, trainee_id)
    if trainee is None:
        raise RecordNotFound(TRAINEE, trainee_id)
    if seen_version is not None:
        check_version(trainee, seen_version)
    _apply_trainee(session, trainee, data, trainee_id)
    _flush(session, TRAINEE, data.email)


def _apply_trainee(
    session: Session, trainee: Trainee, data: TraineeData, own_id: int | None
) -> None:
    email = data.email.strip().lower()
    other = session.execute(
        select(Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname).where(
            Trainee.email == email, Trainee.id != (own_id or -1)
        )
    ).first()
    if other is not None:
        raise DuplicateValue(TRAINEE, "email", email, full_name(other[1], other[2], other[3]))
    assert data.education_level is not None  # validated
    trainee.given_name = data.given_name
    trainee.prefix = data.prefix
    trainee.surname = data.surname
    trainee.email = email
    trainee.phone = _clean(data.phone)
    trainee.education_level = data.education_level
    trainee.field_of_study = _clean(data.field_of_study)
    trainee.home_municipality_id = data.home_municipality_id
    trainee.cohort_id = data.cohort_id
    trainee.coach_id = data.coach_id
    trainee.status = data.status
    trainee.contract_start = data.contract_start
    trainee.contract_end = data.contract_end
    trainee.notes = data.notes.strip()
    trainee.themes = _themes(session, data.themes)
    levels = dict(data.competences)
    competences = _competences(session, levels)
    kept = {row.competence_id: row for row in trainee.competences}
    rows: list[TraineeCompetence] = []
    for name, competence in competences.items():
        row = kept.get(competence.id) if competence.id is not None else None
        if row is None:
            row = TraineeCompetence(competence=competence)
        row.level = levels[name]
        rows.append(row)
    trainee.competences = rows


def _themes(session: Session, names: Iterable[str]) -> list[Theme]:
    wanted = [" ".join(n.split()) for n in names if n.strip()]
    existing = {
        t.name.casefold(): t for t in session.scalars(select(Theme).where(Theme.name.in_(wanted)))
    }
    if len(existing) < len(wanted):
        existing.update({t.name.casefold(): t for t in session.scalars(select(Theme))})
    result = []
    for name in dict.fromkeys(wanted):
        theme = existing.get(name.casefold())
        if theme is None:
            theme = Theme(name=name)
            session.add(theme)
            existing[name.casefold()] = theme
        result.append(theme)
    return result


def _competences(session: Session, levels: dict[str, int | None]) -> dict[str, Competence]:
    existing = {c.name.casefold(): c for c in session.scalars(select(Competence))}
    result: dict[str, Competence] = {}
    for name in levels:
        clean = " ".join(name.split())
        if not clean:
            continue
        competence = existing.get(clean.casefold())
        if competence is None:
            competence = Competence(name=clean)
            session.add(competence)
            existing[clean.casefold()] = competence
        result[name] = competence
    return result


# --- organisations and contact persons -----------------------------------------------------


@dataclass(frozen=True)
class ContactData:
    id: int | None = None  # None: a new contact person
    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    is_supervisor: bool = False


@dataclass(frozen=True)
class OrganisationData:
    name: str = ""
    type: OrganisationType | None = None
    municipality_id: int | None = None
    address: str = ""
    website: str = ""
    notes: str = ""
    contacts: tuple[ContactData, ...] = ()
    # Assignments elsewhere whose supervisor is one of these contacts, by contact id:
    # kept so that undoing the removal of a contact person restores those links too.
    supervising: tuple[tuple[int, tuple[int, ...]], ...] = field(default=(), compare=False)


def validate_organisation(data: OrganisationData) -> list[Problem]:
    problems: list[Problem] = []
    _required(problems, "name", data.name)
    _required(problems, "type", data.type)
    _max_length(problems, "name", data.name, 160)
    _max_length(problems, "address", data.address, 200)
    _max_length(problems, "website", data.website, 200)
    for row, contact in enumerate(data.contacts):
        if not contact.name.strip():
            problems.append(Problem("contact_name", "required", row=row))
        _email(problems, "contact_email", contact.email, row=row)
        _phone(problems, "contact_phone", contact.phone, row=row)
    return problems


def load_organisation(session: Session, organisation_id: int) -> tuple[OrganisationData, int]:
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise RecordNotFound(ORGANISATION, organisation_id)
    contact_ids = [c.id for c in organisation.contacts]
    supervising: dict[int, list[int]] = {}
    if contact_ids:
        for assignment_id, supervisor_id in session.execute(
            select(Assignment.id, Assignment.supervisor_id).where(
                Assignment.supervisor_id.in_(contact_ids)
            )
        ):
            if supervisor_id is not None:
                supervising.setdefault(supervisor_id, []).append(assignment_id)
    data = OrganisationData(
        name=organisation.name,
        type=organisation.type,
        municipality_id=organisation.municipality_id,
        address=organisation.address or "",
        website=organisation.website or "",
        notes=organisation.notes or "",
        contacts=tuple(
            ContactData(
                id=c.id,
                name=c.name,
                role=c.role or "",
                email=c.email or "",
                phone=c.phone or "",
                is_supervisor=c.is_supervisor,
            )
            for c in organisation.contacts
        ),
        supervising=tuple((cid, tuple(sorted(ids))) for cid, ids in sorted(supervising.items())),
    )
    return data, organisation.version


def create_organisation(session: Session, data: OrganisationData) -> int:
    _refuse_invalid(validate_organisation(data))
    organisation = Organisation(name=" ".join(data.name.split()))
    _apply_organisation(session, organisation, data, None)
    session.add(organisation)
    _flush(session, ORGANISATION, data.name)
    return organisation.id


def update_organisation(
    session: Session,
    organisation_id: int,
    data: OrganisationData,
    *,
    seen_version: int | None = None,
) -> None:
    """Save the organisation and make its contact persons exactly ``data.contacts``.

    A contact with an id that no longer exists is inserted again with that id (an
    undo of its removal), and the assignment links in ``data.supervising`` come back.
    """
    _refuse_invalid(validate_organisation(data))
    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        raise RecordNotFound(ORGANISATION, organisation_id)
    if seen_version is not None:
        check_version(organisation, seen_version)
    _apply_organisation(session, organisation, data, organisation_id)
    _flush(session, ORGANISATION, data.name)
    for contact_id, assignment_ids in data.supervising:
        if any(c.id == contact_id for c in organisation.contacts) and assignment_ids:
            for assignment in session.scalars(
                select(Assignment).where(
                    Assignment.id.in_(assignment_ids), Assignment.supervisor_id.is_(None)
                )
            ):
                assignment.supervisor_id = contact_id  # through the ORM: into the history


def _apply_organisation(
    session: Session, organisation: Organisation, data: OrganisationData, own_id: int | None
) -> None:
    name = " ".join(data.name.split())
    other = session.execute(
        select(Organisation.id, Organisation.name).where(
            func.lower(Organisation.name) == name.lower(), Organisation.id != (own_id or -1)
        )
    ).first()
    if other is not None:
        raise DuplicateValue(ORGANISATION, "name", name, other[1])
    assert data.type is not None  # validated
    organisation.name = name
    organisation.type = data.type
    organisation.municipality_id = data.municipality_id
    organisation.address = _clean(data.address)
    organisation.website = _clean(data.website)
    organisation.notes = data.notes.strip()
    current = {c.id: c for c in organisation.contacts}
    contacts: list[ContactPerson] = []
    for item in data.contacts:
        contact = current.get(item.id) if item.id is not None else None
        if contact is None:
            contact = ContactPerson()
            if item.id is not None and session.get(ContactPerson, item.id) is None:
                contact.id = item.id  # restored by an undo: the same id keeps the links
        contact.name = " ".join(item.name.split())
        contact.role = _clean(item.role)
        contact.email = _clean(item.email)
        contact.phone = _clean(item.phone)
        contact.is_supervisor = item.is_supervisor
        contacts.append(contact)
    removed = set(current) - {c.id for c in contacts}
    if removed:
        # The database would clear these links itself (ON DELETE SET NULL), out of
        # sight of the change history; cleared here, each shows in its assignment's.
        for assignment in session.scalars(
            select(Assignment).where(Assignment.supervisor_id.in_(removed))
        ):
            assignment.supervisor_id = None
    organisation.contacts = contacts


def contacts_of(session: Session, organisation_id: int) -> list[tuple[int, str, bool]]:
    """(id, name with role, is supervisor) of the organisation's contact persons."""
    rows = session.execute(
        select(
            ContactPerson.id, ContactPerson.name, ContactPerson.role, ContactPerson.is_supervisor
        )
        .where(ContactPerson.organisation_id == organisation_id)
        .order_by(ContactPerson.name)
    )
    return [(cid, f"{name} ({role})" if role else name, bool(sup)) for cid, name, role, sup in rows]


# --- assignments ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AssignmentData:
    title: str = ""
    description: str = ""
    organisation_id: int | None = None
    municipality_id: int | None = None
    programme_ids: tuple[int, ...] = ()
    themes: tuple[str, ...] = ()
    levels: frozenset[LevelCategory] = frozenset()
    competences: tuple[tuple[str, int | None], ...] = ()
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    places: int = 1
    hours_per_week: float = 36.0
    supervisor_id: int | None = None
    status: AssignmentStatus = AssignmentStatus.OPEN


def validate_assignment(
    data: AssignmentData, supervisor_ids: Iterable[int] | None = None
) -> list[Problem]:
    """Field problems; ``supervisor_ids`` are the contacts of the chosen organisation."""
    problems: list[Problem] = []
    _required(problems, "title", data.title)
    _max_length(problems, "title", data.title, 200)
    _required(problems, "organisation_id", data.organisation_id)
    _required(problems, "start_date", data.start_date)
    _required(problems, "end_date", data.end_date)
    if (
        data.start_date is not None
        and data.end_date is not None
        and data.end_date <= data.start_date
    ):
        problems.append(Problem("end_date", "date_order"))
    if data.places < 1:
        problems.append(Problem("places", "places"))
    if not 0 < data.hours_per_week <= 40:
        problems.append(Problem("hours_per_week", "hours"))
    if (
        supervisor_ids is not None
        and data.supervisor_id is not None
        and data.supervisor_id not in set(supervisor_ids)
    ):
        problems.append(Problem("supervisor_id", "supervisor"))
    return problems


def load_assignment(session: Session, assignment_id: int) -> tuple[AssignmentData, int]:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise RecordNotFound(ASSIGNMENT, assignment_id)
    data = AssignmentData(
        title=assignment.title,
        description=assignment.description or "",
        organisation_id=assignment.organisation_id,
        municipality_id=assignment.municipality_id,
        programme_ids=tuple(sorted(p.id for p in assignment.programmes)),
        themes=tuple(sorted(t.name for t in assignment.themes)),
        levels=frozenset(assignment.accepted_levels),
        competences=tuple(sorted((c.competence.name, c.level) for c in assignment.competences)),
        start_date=assignment.start_date,
        end_date=assignment.end_date,
        places=assignment.places,
        hours_per_week=float(assignment.hours_per_week),
        supervisor_id=assignment.supervisor_id,
        status=assignment.status,
    )
    return data, assignment.version


def _supervisor_ids(session: Session, organisation_id: int | None) -> list[int]:
    if organisation_id is None:
        return []
    return list(
        session.scalars(
            select(ContactPerson.id).where(ContactPerson.organisation_id == organisation_id)
        )
    )


def create_assignment(session: Session, data: AssignmentData) -> int:
    _refuse_invalid(validate_assignment(data, _supervisor_ids(session, data.organisation_id)))
    assignment = Assignment()
    _apply_assignment(session, assignment, data)
    session.add(assignment)
    _flush(session, ASSIGNMENT, data.title)
    return assignment.id


def update_assignment(
    session: Session, assignment_id: int, data: AssignmentData, *, seen_version: int | None = None
) -> None:
    _refuse_invalid(validate_assignment(data, _supervisor_ids(session, data.organisation_id)))
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise RecordNotFound(ASSIGNMENT, assignment_id)
    if seen_version is not None:
        check_version(assignment, seen_version)
    _apply_assignment(session, assignment, data)
    _flush(session, ASSIGNMENT, data.title)


def _apply_assignment(session: Session, assignment: Assignment, data: AssignmentData) -> None:
    assert data.organisation_id is not None  # validated
    assert data.start_date is not None
    assert data.end_date is not None
    assignment.title = " ".join(data.title.split())
    assignment.description = data.description.strip()
    assignment.organisation_id = data.organisation_id
    assignment.municipality_id = data.municipality_id
    assignment.start_date = data.start_date
    assignment.end_date = data.end_date
    assignment.places = data.places
    assignment.hours_per_week = data.hours_per_week
    assignment.supervisor_id = data.supervisor_id
    assignment.status = data.status
    programmes = (
        list(session.scalars(select(Programme).where(Programme.id.in_(data.programme_ids))))
        if data.programme_ids
        else []
    )
    assignment.programmes = sorted(programmes, key=lambda p: p.id)
    assignment.themes = _themes(session, data.themes)
    assignment.accepted_levels = set(data.levels)
    levels = dict(data.competences)
    competences = _competences(session, levels)
    kept = {row.competence_id: row for row in assignment.competences}
    rows: list[AssignmentCompetence] = []
    for name, competence in competences.items():
        row = kept.get(competence.id)
        if row is None:
            row = AssignmentCompetence(competence=competence)
        row.level = levels[name]
        rows.append(row)
    assignment.competences = rows


# --- saving --------------------------------------------------------------------------------


def _refuse_invalid(problems: list[Problem]) -> None:
    if problems:
        raise InvalidRecord(problems)


def _flush(session: Session, kind: str, value: str) -> None:
    """Flush so hard rules and constraints speak now, with a message a user understands."""
    try:
        session.flush()
    except IntegrityError as exc:
        raise describe_integrity_error(exc, kind, value) from exc


def describe_integrity_error(exc: IntegrityError, kind: str, value: str) -> CoordinatorError:
    """A refusal by the database as a user-facing error; duplicates name the value."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "unique" in lowered or "duplicate key" in lowered:
        if re.search(r"\.id\b|_pkey|pk_", lowered):
            # SQLite hands out the highest id again once it was deleted; a record made
            # after the delete may now own the id the undo wants back.
            return CoordinatorError(
                f"'{value}' kan niet worden teruggezet: het nummer van dit record is "
                "intussen aan een nieuw record gegeven."
            )
        for column in ("email", "name", "checkin_code"):
            if f".{column}" in lowered or f"_{column}" in lowered:
                return DuplicateValue(kind, column, value, "een ander record")
        return CoordinatorError(f"Deze waarde is al in gebruik: {value}.")
    if "foreign key" in lowered:
        return CoordinatorError(
            "Een gekoppeld record (bijvoorbeeld een lichting, gemeente of organisatie) "
            "bestaat niet meer. Ververs het scherm en probeer het opnieuw."
        )
    if "check constraint" in lowered:
        return CoordinatorError(f"De database weigert deze waarde: {text.splitlines()[0]}")
    return CoordinatorError(f"De database weigert de wijziging: {text.splitlines()[0]}")


# --- delete impact -------------------------------------------------------------------------


@dataclass(frozen=True)
class Blocker:
    """An assignment that cannot go because placements depend on it."""

    owner_kind: str
    owner_id: int
    owner_label: str
    assignment_id: int
    assignment_title: str
    placements: int


@dataclass(frozen=True)
class DeleteImpact:
    kind: str
    ids: tuple[int, ...]
    labels: tuple[str, ...]
    # What goes along: "placement", "evaluation", "attendance", "preference",
    # "contact_person", "assignment" (only counts above zero appear).
    counts: dict[str, int]
    blockers: tuple[Blocker, ...] = ()

    @property
    def blocked(self) -> bool:
        return bool(self.blockers)


def _chunked(ids: Iterable[int]) -> list[list[int]]:
    ordered = sorted(set(ids))
    return [ordered[i : i + _CHUNK] for i in range(0, len(ordered), _CHUNK)]


def _count(session: Session, table: Table, where: Callable[[list[int]], Any], ids: Any) -> int:
    return sum(
        int(session.scalar(select(func.count()).select_from(table).where(where(chunk))) or 0)
        for chunk in _chunked(ids)
    )


def labels_of(session: Session, kind: str, ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunked(ids):
        if kind == TRAINEE:
            for tid, given, prefix, surname in session.execute(
                select(Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname).where(
                    Trainee.id.in_(chunk)
                )
            ):
                found[tid] = full_name(given, prefix, surname)
        elif kind == ORGANISATION:
            found.update(
                session.execute(
                    select(Organisation.id, Organisation.name).where(Organisation.id.in_(chunk))
                ).all()
            )
        elif kind == ASSIGNMENT:
            found.update(
                session.execute(
                    select(Assignment.id, Assignment.title).where(Assignment.id.in_(chunk))
                ).all()
            )
        elif kind == SESSION:
            for sid, title, day in session.execute(
                select(SessionRecord.id, SessionRecord.title, SessionRecord.date).where(
                    SessionRecord.id.in_(chunk)
                )
            ):
                found[sid] = f"{title} ({short_date(day)})"
        else:
            raise ValueError(kind)
    return found


def delete_impact(session: Session, kind: str, ids: Iterable[int]) -> DeleteImpact:
    """What deleting these records takes along, and what stops it."""
    id_list = sorted(set(ids))
    labels = labels_of(session, kind, id_list)
    missing = [i for i in id_list if i not in labels]
    if missing:
        raise RecordNotFound(kind, missing[0])
    counts: dict[str, int] = {}
    blockers: list[Blocker] = []
    if kind == SESSION:
        counts["attendance"] = _count(
            session, _table(Attendance), lambda c: Attendance.session_id.in_(c), id_list
        )
        counts["action_point"] = _count(
            session, _table(ActionPoint), lambda c: ActionPoint.session_id.in_(c), id_list
        )
    elif kind == TRAINEE:
        counts["placement"] = _count(
            session, _table(Placement), lambda c: Placement.trainee_id.in_(c), id_list
        )
        counts["evaluation"] = _count(
            session,
            _table(Evaluation),
            lambda c: Evaluation.placement_id.in_(
                select(Placement.id).where(Placement.trainee_id.in_(c))
            ),
            id_list,
        )
        counts["attendance"] = _count(
            session, _table(Attendance), lambda c: Attendance.trainee_id.in_(c), id_list
        )
        counts["preference"] = _count(
            session, _table(Preference), lambda c: Preference.trainee_id.in_(c), id_list
        )
    else:
        if kind == ORGANISATION:
            assignment_owner = {
                aid: (oid, title)
                for chunk in _chunked(id_list)
                for aid, oid, title in session.execute(
                    select(Assignment.id, Assignment.organisation_id, Assignment.title).where(
                        Assignment.organisation_id.in_(chunk)
                    )
                )
            }
            counts["contact_person"] = _count(
                session,
                _table(ContactPerson),
                lambda c: ContactPerson.organisation_id.in_(c),
                id_list,
            )
            counts["assignment"] = len(assignment_owner)
        else:
            assignment_owner = {aid: (aid, labels[aid]) for aid in id_list}
        counts["preference"] = _count(
            session,
            _table(Preference),
            lambda c: Preference.assignment_id.in_(c),
            assignment_owner,
        )
        for chunk in _chunked(assignment_owner):
            for assignment_id, placements in session.execute(
                select(Placement.assignment_id, func.count())
                .where(Placement.assignment_id.in_(chunk))
                .group_by(Placement.assignment_id)
            ):
                owner_id, title = assignment_owner[assignment_id]
                blockers.append(
                    Blocker(kind, owner_id, labels[owner_id], assignment_id, title, placements)
                )
    return DeleteImpact(
        kind=kind,
        ids=tuple(id_list),
        labels=tuple(labels[i] for i in id_list),
        counts={k: v for k, v in counts.items() if v},
        blockers=tuple(sorted(blockers, key=lambda b: (b.owner_label, b.assignment_title))),
    )


# --- snapshots: delete and restore ---------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """Every row a delete removes, in the order they must be inserted again."""

    kind: str
    ids: tuple[int, ...]
    labels: tuple[str, ...]
    tables: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    # (table, row id, column, value): links the database set to NULL on delete.
    relinks: tuple[tuple[str, int, str, int], ...] = ()

    def rows(self, table: str) -> tuple[dict[str, Any], ...]:
        for name, rows in self.tables:
            if name == table:
                return rows
        return ()

    def count(self, table: str) -> int:
        return len(self.rows(table))


_TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        _table(Trainee),
        _table(TraineeCompetence),
        trainee_theme,
        _table(Preference),
        _table(Placement),
        _table(Evaluation),
        _table(Attendance),
        _table(Organisation),
        _table(ContactPerson),
        _table(Assignment),
        assignment_programme,
        assignment_theme,
        _table(AssignmentLevel),
        _table(AssignmentCompetence),
        _table(SessionRecord),
        session_cohort,
        session_programme,
        session_theme,
        _table(ActionPoint),
    )
}


def _collect(
    session: Session, table: Table, where: Callable[[list[int]], ColumnElement[bool]], ids: Any
) -> tuple[dict[str, Any], ...]:
    rows: list[dict[str, Any]] = []
    for chunk in _chunked(ids):
        rows.extend(dict(r) for r in session.execute(select(table).where(where(chunk))).mappings())
    key = [c for c in table.primary_key.columns]
    rows.sort(key=lambda r: tuple(r[c.name] for c in key))
    return tuple(rows)


def _assignment_tables(
    session: Session, assignment_ids: list[int]
) -> list[tuple[str, tuple[dict[str, Any], ...]]]:
    a = _table(Assignment)
    return [
        (a.name, _collect(session, a, lambda c: a.c.id.in_(c), assignment_ids)),
        (
            assignment_programme.name,
            _collect(
                session,
                assignment_programme,
                lambda c: assignment_programme.c.assignment_id.in_(c),
                assignment_ids,
            ),
        ),
        (
            assignment_theme.name,
            _collect(
                session,
                assignment_theme,
                lambda c: assignment_theme.c.assignment_id.in_(c),
                assignment_ids,
            ),
        ),
        (
            AssignmentLevel.__tablename__,
            _collect(
                session,
                _table(AssignmentLevel),
                lambda c: _table(AssignmentLevel).c.assignment_id.in_(c),
                assignment_ids,
            ),
        ),
        (
            AssignmentCompetence.__tablename__,
            _collect(
                session,
                _table(AssignmentCompetence),
                lambda c: _table(AssignmentCompetence).c.assignment_id.in_(c),
                assignment_ids,
            ),
        ),
        (
            Preference.__tablename__,
            _collect(
                session,
                _table(Preference),
                lambda c: _table(Preference).c.assignment_id.in_(c),
                assignment_ids,
            ),
        ),
    ]


def _by_session(table: Table) -> Callable[[list[int]], ColumnElement[bool]]:
    return lambda chunk: table.c.session_id.in_(chunk)


def take_snapshot(session: Session, kind: str, ids: Iterable[int]) -> Snapshot:
    id_list = sorted(set(ids))
    labels = labels_of(session, kind, id_list)
    missing = [i for i in id_list if i not in labels]
    if missing:
        raise RecordNotFound(kind, missing[0])
    tables: list[tuple[str, tuple[dict[str, Any], ...]]]
    relinks: list[tuple[str, int, str, int]] = []
    if kind == TRAINEE:
        t, p = _table(Trainee), _table(Placement)
        placements = _collect(session, p, lambda c: p.c.trainee_id.in_(c), id_list)
        placement_ids = [row["id"] for row in placements]
        ev, att = _table(Evaluation), _table(Attendance)
        tc, pref = _table(TraineeCompetence), _table(Preference)
        tables = [
            (t.name, _collect(session, t, lambda c: t.c.id.in_(c), id_list)),
            (tc.name, _collect(session, tc, lambda c: tc.c.trainee_id.in_(c), id_list)),
            (
                trainee_theme.name,
                _collect(
                    session, trainee_theme, lambda c: trainee_theme.c.trainee_id.in_(c), id_list
                ),
            ),
            (pref.name, _collect(session, pref, lambda c: pref.c.trainee_id.in_(c), id_list)),
            (p.name, placements),
            (ev.name, _collect(session, ev, lambda c: ev.c.placement_id.in_(c), placement_ids)),
            (att.name, _collect(session, att, lambda c: att.c.trainee_id.in_(c), id_list)),
        ]
    elif kind == ORGANISATION:
        o, cp, a = _table(Organisation), _table(ContactPerson), _table(Assignment)
        assignment_ids = [
            aid
            for chunk in _chunked(id_list)
            for aid in session.scalars(select(a.c.id).where(a.c.organisation_id.in_(chunk)))
        ]
        contacts = _collect(session, cp, lambda c: cp.c.organisation_id.in_(c), id_list)
        contact_ids = [row["id"] for row in contacts]
        own = set(assignment_ids)
        for chunk in _chunked(contact_ids):
            for aid, supervisor in session.execute(
                select(a.c.id, a.c.supervisor_id).where(a.c.supervisor_id.in_(chunk))
            ):
                if aid not in own:
                    relinks.append((a.name, aid, "supervisor_id", supervisor))
        tables = [
            (o.name, _collect(session, o, lambda c: o.c.id.in_(c), id_list)),
            (cp.name, contacts),
            *_assignment_tables(session, assignment_ids),
        ]
    elif kind == ASSIGNMENT:
        tables = _assignment_tables(session, id_list)
    elif kind == SESSION:
        st, att, ap = _table(SessionRecord), _table(Attendance), _table(ActionPoint)
        tables = [
            (st.name, _collect(session, st, lambda c: st.c.id.in_(c), id_list)),
            *(
                (link.name, _collect(session, link, _by_session(link), id_list))
                for link in (session_cohort, session_programme, session_theme)
            ),
            (att.name, _collect(session, att, lambda c: att.c.session_id.in_(c), id_list)),
            (ap.name, _collect(session, ap, lambda c: ap.c.session_id.in_(c), id_list)),
        ]
    else:
        raise ValueError(kind)
    return Snapshot(
        kind=kind,
        ids=tuple(id_list),
        labels=tuple(labels[i] for i in id_list),
        tables=tuple(tables),
        relinks=tuple(sorted(relinks)),
    )


# Mapped classes of the snapshot tables: their rows go back as ORM objects, so the audit
# trail records the restore and the hard rules are checked by the flush as for any save.
# The plain association tables (no class) go back with Core inserts.
_CLASSES: dict[str, type[Any]] = {
    cls.__tablename__: cls
    for cls in (
        Trainee,
        TraineeCompetence,
        Preference,
        Placement,
        Evaluation,
        Attendance,
        Organisation,
        ContactPerson,
        Assignment,
        AssignmentLevel,
        AssignmentCompetence,
        SessionRecord,
        ActionPoint,
    )
}
# Deleted one by one through the ORM (children first) so that each removal is in the
# audit trail; the database's ON DELETE CASCADE takes the association rows.
_DELETED_WITH: dict[str, tuple[type[Any], ...]] = {
    TRAINEE: (Attendance, Evaluation, Placement, Trainee),
    ORGANISATION: (Assignment, ContactPerson, Organisation),
    ASSIGNMENT: (Assignment,),
    SESSION: (Attendance, ActionPoint, SessionRecord),
}


def delete_records(session: Session, kind: str, ids: Iterable[int]) -> Snapshot:
    """Delete the records and all that depends on them; returns what an undo needs.

    Refused with :class:`DeleteBlocked` when an assignment that would go still has
    placements: those are a trainee's history and are never removed as a side effect.
    """
    impact = delete_impact(session, kind, ids)
    if impact.blocked:
        raise DeleteBlocked(impact)
    snapshot = take_snapshot(session, kind, impact.ids)
    session.flush()
    for cls in _DELETED_WITH[kind]:
        ids_of_table = [row["id"] for row in snapshot.rows(cls.__tablename__)]
        for chunk in _chunked(ids_of_table):
            for record in session.scalars(select(cls).where(cls.id.in_(chunk))):
                session.delete(record)
        session.flush()
    session.expire_all()
    return snapshot


def _refuse_taken_values(session: Session, snapshot: Snapshot) -> None:
    """Name the record that took an e-mail address or name while this one was gone."""
    for row in snapshot.rows(Trainee.__tablename__):
        other = session.execute(
            select(Trainee.given_name, Trainee.prefix, Trainee.surname).where(
                Trainee.email == row["email"], Trainee.id != row["id"]
            )
        ).first()
        if other is not None:
            raise DuplicateValue(TRAINEE, "email", row["email"], full_name(*other))
    for row in snapshot.rows(Organisation.__tablename__):
        taken = session.scalar(
            select(Organisation.name).where(
                func.lower(Organisation.name) == row["name"].lower(), Organisation.id != row["id"]
            )
        )
        if taken is not None:
            raise DuplicateValue(ORGANISATION, "name", row["name"], taken)


# Links between the rows of one snapshot (table -> column -> table it points to), so a
# row that gets a new id on restore takes its dependants along.
_INNER_LINKS: dict[str, dict[str, str]] = {
    "evaluation": {"placement_id": "placement"},
    "assignment": {"supervisor_id": "contact_person"},
    "assignment_programme": {"assignment_id": "assignment"},
    "assignment_theme": {"assignment_id": "assignment"},
    "assignment_level": {"assignment_id": "assignment"},
    "assignment_competence": {"assignment_id": "assignment"},
    "preference": {"assignment_id": "assignment"},
}
_MAIN_TABLE = {
    TRAINEE: "trainee",
    ORGANISATION: "organisation",
    ASSIGNMENT: "assignment",
    SESSION: "session",
}


def _taken_ids(session: Session, cls: type[Any], ids: Iterable[int]) -> set[int]:
    return {
        found
        for chunk in _chunked(ids)
        for found in session.scalars(select(cls.id).where(cls.id.in_(chunk)))
    }


def restore_snapshot(session: Session, snapshot: Snapshot) -> None:
    """Insert every row of ``snapshot`` again and check the hard rules.

    The deleted records come back with their own ids. Rows that hang from them
    (placements, evaluations, attendance, contact persons, an organisation's
    assignments) keep theirs too, unless SQLite handed that id to a new row in the
    meantime (it reuses the highest id after a delete): then they get a fresh id and
    the rows of the snapshot that point at them follow.

    Refused (and so rolled back by the caller's transaction) when the records would now
    break a rule, e.g. another trainee took the last place of an assignment meanwhile,
    or when a unique value is now used by another record.
    """
    label = snapshot.labels[0] if snapshot.labels else ""
    _refuse_taken_values(session, snapshot)
    main_table = _MAIN_TABLE[snapshot.kind]
    moved: dict[str, dict[int, int]] = {}  # table -> old id -> new id
    try:
        # Table by table in the snapshot's order, which puts every referenced row first.
        for table_name, stored in snapshot.tables:
            if not stored:
                continue
            rows = [dict(r) for r in stored]
            for column, target in _INNER_LINKS.get(table_name, {}).items():
                new_ids = moved.get(target)
                if new_ids:
                    for row in rows:
                        row[column] = new_ids.get(row[column], row[column])
            cls = _CLASSES.get(table_name)
            if cls is None:
                session.execute(insert(_TABLES[table_name]), rows)
                continue
            taken = (
                _taken_ids(session, cls, [r["id"] for r in rows])
                if table_name != main_table and "id" in cls.__table__.c
                else set()
            )
            renumbered = []
            for row in rows:  # rows keeping their id first: a fresh id must not take theirs
                if row.get("id") not in taken:
                    session.add(cls(**row))
            session.flush()
            for row in rows:
                if row.get("id") in taken:
                    old_id = row.pop("id")
                    record = cls(**row)
                    session.add(record)
                    renumbered.append((old_id, record))
            if renumbered:
                session.flush()
                moved[table_name] = {old: record.id for old, record in renumbered}
        contact_ids = moved.get(ContactPerson.__tablename__, {})
        for table_name, row_id, column, value in snapshot.relinks:
            record = session.get(_CLASSES[table_name], row_id)
            if record is not None and getattr(record, column) is None:
                setattr(record, column, contact_ids.get(value, value))
        session.flush()
    except IntegrityError as exc:
        raise describe_integrity_error(exc, snapshot.kind, label) from exc
    trainee_ids = {row["trainee_id"] for row in snapshot.rows(Placement.__tablename__)}
    assignment_ids = {row["assignment_id"] for row in snapshot.rows(Placement.__tablename__)}
    if trainee_ids or assignment_ids:
        violations = check_hard_rules(
            session, trainee_ids=trainee_ids, assignment_ids=assignment_ids
        )
        if violations:
            raise HardRuleViolation(violations)
    session.expire_all()


# --- one entry point per kind, for the undo commands ---------------------------------------

RecordData = TraineeData | OrganisationData | AssignmentData


def load_record(session: Session, kind: str, record_id: int) -> tuple[RecordData, int]:
    loaders: dict[str, Callable[[Session, int], tuple[Any, int]]] = {
        TRAINEE: load_trainee,
        ORGANISATION: load_organisation,
        ASSIGNMENT: load_assignment,
    }
    data, version = loaders[kind](session, record_id)
    return cast(RecordData, data), version


def create_record(session: Session, data: RecordData) -> int:
    if isinstance(data, TraineeData):
        return create_trainee(session, data)
    if isinstance(data, OrganisationData):
        return create_organisation(session, data)
    return create_assignment(session, data)


def update_record(
    session: Session, record_id: int, data: RecordData, *, seen_version: int | None = None
) -> None:
    if isinstance(data, TraineeData):
        update_trainee(session, record_id, data, seen_version=seen_version)
    elif isinstance(data, OrganisationData):
        update_organisation(session, record_id, data, seen_version=seen_version)
    else:
        update_assignment(session, record_id, data, seen_version=seen_version)


def kind_of(data: RecordData) -> str:
    if isinstance(data, TraineeData):
        return TRAINEE
    if isinstance(data, OrganisationData):
        return ORGANISATION
    return ASSIGNMENT


def label_of(data: RecordData) -> str:
    if isinstance(data, TraineeData):
        return data.full_name
    if isinstance(data, OrganisationData):
        return " ".join(data.name.split())
    return " ".join(data.title.split())


def affected_kinds(snapshot: Snapshot) -> set[str]:
    """The record kinds a delete or restore of ``snapshot`` changed, for the data bus."""
    kinds = {snapshot.kind}
    if snapshot.rows(Placement.__tablename__):
        kinds.add("placement")
    if snapshot.rows(Attendance.__tablename__):
        kinds.update({"attendance", "session"})
    if snapshot.rows(Assignment.__tablename__):
        kinds.add(ASSIGNMENT)
    if snapshot.rows(ContactPerson.__tablename__) or snapshot.relinks:
        kinds.update({"contact_person", ASSIGNMENT})
    return kinds
