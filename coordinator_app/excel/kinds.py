"""Per kind of record: check parsed rows against the database, then write them.

Each handler works in two steps inside one write transaction:

* ``check`` looks at every row — required fields, references (to records in the
  database *or* to records the same file creates), duplicates, consistency — and
  records a :class:`Problem` for each fault, never stopping at the first. It also
  decides per record whether it is created, updated or unchanged. It writes
  nothing, with one exception: on SQLite the trainee check may hand the new
  trainees of each checked block to ``job.ahead``, which inserts them into the open
  transaction while the next block is checked (rolled back if any row is wrong).
* ``write`` applies the decisions. It runs only when no row had a problem; the hard
  rules are then checked once over everything touched, and violations are turned
  back into problems on the rows that caused them (the transaction rolls back).

Natural keys: programme and cohort by name, organisation by name, contact person by
organisation and name, trainee by email, assignment by organisation + title + start
date, placement by trainee + assignment + rotation, session by title + date,
attendance by session + participant. An ``ID`` column from an export takes
precedence; a new record keeps the ID its row carries, so a workbook exported from
one database and imported into an empty one exports again identically.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, repeat
from typing import Any, TypeVar

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from coordinator_app.excel.fields import SPECS
from coordinator_app.excel.model import Counts, ImportReport, NewReference, Problem
from coordinator_app.excel.rows import ParsedRow, SheetRows, problem_at
from coordinator_app.excel.write_ahead import WriteAhead
from coordinator_app.models import (
    Assignment,
    AssignmentCompetence,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    AuditEntry,
    Coach,
    Cohort,
    Competence,
    ContactPerson,
    EducationLevel,
    GuestParticipant,
    Organisation,
    Placement,
    PlacementStatus,
    Programme,
    Theme,
    Trainee,
    TraineeStatus,
    trainee_theme,
)
from coordinator_app.models import Session as SessionRecord
from coordinator_app.models.base import utcnow
from coordinator_app.services.audit import creation_changes, session_user, update_entry
from coordinator_app.services.codes import (
    GUEST_PREFIX,
    TRAINEE_PREFIX,
    CodeDrawer,
)
from coordinator_app.services.dutch import short_date
from coordinator_app.services.progress import Progress
from coordinator_app.services.reference import MunicipalityResolver
from coordinator_app.text import fold as _full_fold
from coordinator_app.text import full_name, split_full_name, split_prefix
from coordinator_app.text import sort_key as _full_sort_key

CREATED, UPDATED, UNCHANGED = "created", "updated", "unchanged"


def fold(text: str) -> str:
    """:func:`coordinator_app.text.fold`, with a fast path for plain ASCII (most names)."""
    if text.isascii():
        return text.casefold().strip()
    return _full_fold(text)


def sort_key(given_name: str, prefix: str | None, surname: str) -> str:
    """:func:`coordinator_app.text.sort_key` (the same result), fast for plain ASCII."""
    prefix = prefix or ""
    if given_name.isascii() and prefix.isascii() and surname.isascii():
        return "\x1f".join(
            (
                surname.casefold().strip().lstrip("'-. "),
                given_name.casefold().strip(),
                prefix.casefold().strip(),
            )
        )
    return _full_sort_key(given_name, prefix, surname)


def sort_keys(given_names: list[str], prefixes: list[str], surnames: list[str]) -> list[str]:
    """:func:`sort_key` of many names at once (the same results), column by column."""
    if _ascii_texts(given_names) and _ascii_texts(prefixes) and _ascii_texts(surnames):
        folded = [
            map(str.strip, map(str.casefold, given_names)),
            map(str.strip, map(str.casefold, prefixes)),
        ]
        surname_keys = map(str.lstrip, map(str.strip, map(str.casefold, surnames)), repeat("'-. "))
        return list(map("\x1f".join, zip(surname_keys, *folded, strict=True)))
    return list(map(sort_key, given_names, prefixes, surnames))


def _ascii_texts(column: list[str]) -> bool:
    """Whether every value is text in plain ASCII."""
    try:
        return "".join(column).isascii()
    except TypeError:  # not all text
        return False


def _text_or_empty(value: str | None) -> str:
    return value or ""


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        return a is not None and b is not None and abs(float(a) - float(b)) < 1e-9
    return bool(a == b)


@dataclass
class Job:
    """What all handlers of one import share: the session, the report and the name registries."""

    session: Session
    report: ImportReport
    today: dt.date
    resolver: MunicipalityResolver
    # name registries: folded name -> display name, for records that exist or that the file creates
    programmes: dict[str, str] = field(default_factory=dict)
    cohorts: dict[str, tuple[str, str]] = field(default_factory=dict)  # -> (name, programme key)
    new_programmes: dict[str, str] = field(default_factory=dict)
    new_cohorts: dict[str, tuple[str, str, dt.date]] = field(default_factory=dict)
    new_cohort_rows: dict[str, list[ParsedRow]] = field(default_factory=lambda: defaultdict(list))
    new_programme_rows: dict[str, list[ParsedRow]] = field(
        default_factory=lambda: defaultdict(list)
    )
    organisations: set[str] = field(default_factory=set)
    planned_contacts: set[tuple[str, str]] = field(default_factory=set)
    trainee_emails: dict[str, int | None] = field(default_factory=dict)
    # the values of the trainees this file creates (for attendance by name)
    planned_trainees: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[AssignmentKey] = field(default_factory=list)
    sessions: dict[tuple[str, dt.date], int | None] = field(default_factory=dict)
    session_ids: dict[int, tuple[str, dt.date]] = field(default_factory=dict)
    # filled while writing: which rows wrote which records (to name rows in rule violations)
    rows_of: dict[tuple[str, int], list[ParsedRow]] = field(
        default_factory=lambda: defaultdict(list)
    )
    rule_trainees: set[int] = field(default_factory=set)
    rule_assignments: set[int] = field(default_factory=set)
    # set by the importer when checked records may be written while later rows are checked
    ahead: WriteAhead | None = None
    _loaded_refs: bool = False
    # rows written in bulk: (kind, record ids, rows), put in rows_of when asked for
    _bulk_rows: list[tuple[str, list[int | None], list[ParsedRow]]] = field(default_factory=list)

    def note_rows(self, kind: str, ids: list[int | None], rows: list[ParsedRow]) -> None:
        """Remember that ``rows[i]`` wrote record ``ids[i]`` of ``kind``."""
        self._bulk_rows.append((kind, ids, rows))

    def forget_rows(self) -> None:
        """Let go of the file's rows (once nothing needs to name them any more)."""
        self._bulk_rows.clear()
        self.rows_of.clear()
        self.new_cohort_rows.clear()
        self.new_programme_rows.clear()
        self.planned_trainees.clear()

    def rows_for(self, kind: str, record_id: int) -> list[ParsedRow]:
        """The rows of this file that wrote one record (to name them in rule violations)."""
        for bulk_kind, ids, rows in self._bulk_rows:
            for bulk_id, row in zip(ids, rows, strict=True):
                self.rows_of[(bulk_kind, bulk_id)].append(row)  # type: ignore[index]
        self._bulk_rows.clear()
        return self.rows_of.get((kind, record_id), [])

    def planned_trainee_names(self) -> list[tuple[str, str]]:
        """(folded full name, email) of the trainees this file creates."""
        return [
            (fold(full_name(new["given_name"], new["prefix"], new["surname"])), new["email"])
            for new in self.planned_trainees
        ]

    def problem(self, row: ParsedRow, key: str, message: str, value: Any = None) -> None:
        row.has_error = True
        self.report.errors.append(problem_at(row, key, message, value))

    def sheet_problem(self, rows: SheetRows, key: str, message: str) -> None:
        mapping = rows.mapping
        self.report.errors.append(
            Problem(
                mapping.sheet,
                rows.sheet.excel_row(mapping.header_index),
                mapping.heading_of(key),
                "",
                message,
                mapping.column_of(key),
            )
        )

    def load_references(self) -> None:
        """Programmes and cohorts, organisations and sessions: shared by several kinds."""
        if self._loaded_refs:
            return
        self._loaded_refs = True
        session = self.session
        names = dict(session.execute(select(Programme.id, Programme.name)).all())
        self.programmes = {fold(n): n for n in names.values()}
        for cohort_name, programme_id in session.execute(select(Cohort.name, Cohort.programme_id)):
            self.cohorts[fold(cohort_name)] = (cohort_name, fold(names[programme_id]))
        self.organisations = {fold(n) for n in session.scalars(select(Organisation.name))}
        self.trainee_emails = dict(session.execute(select(Trainee.email, Trainee.id)).all())
        for row in session.execute(
            select(
                Assignment.id,
                Organisation.name,
                Assignment.title,
                Assignment.start_date,
                Assignment.end_date,
            ).join(Organisation, Organisation.id == Assignment.organisation_id)
        ):
            self.assignments.append(
                AssignmentKey(row[0], fold(row[1]), fold(row[2]), row[3], row[4])
            )
        for session_id, title, day in session.execute(
            select(SessionRecord.id, SessionRecord.title, SessionRecord.date)
        ):
            self.sessions[(fold(title), day)] = session_id
            self.session_ids[session_id] = (fold(title), day)

    # --- programme and cohort references from any kind ------------------------------------

    def refer_programme(self, row: ParsedRow, key: str, name: str) -> str:
        folded = fold(name)
        if folded not in self.programmes and folded not in self.new_programmes:
            self.new_programmes[folded] = name
        self.new_programme_rows[folded].append(row) if folded in self.new_programmes else None
        return folded

    def refer_cohort(
        self,
        row: ParsedRow,
        cohort_key: str,
        name: str,
        programme: str | None,
        start: dt.date | None,
    ) -> str | None:
        """Check a cohort reference; a new cohort is planned (needs its programme)."""
        folded = fold(name)
        known = self.cohorts.get(folded)
        if known is not None:
            if programme and fold(programme) != known[1]:
                owner = self.programmes.get(known[1], known[1])
                self.problem(
                    row,
                    cohort_key,
                    f"Lichting '{known[0]}' hoort bij programma '{owner}', niet bij '{programme}'.",
                )
                return None
            return folded
        planned = self.new_cohorts.get(folded)
        if planned is not None:
            if programme and fold(programme) != planned[1]:
                self.problem(
                    row,
                    cohort_key,
                    f"Lichting '{planned[0]}' staat in dit bestand ook bij programma "
                    f"'{self.programmes.get(planned[1]) or self.new_programmes.get(planned[1])}'.",
                )
                return None
            if start and start < planned[2]:
                self.new_cohorts[folded] = (planned[0], planned[1], start)
            self.new_cohort_rows[folded].append(row)
            return folded
        if not programme:
            self.problem(
                row,
                cohort_key,
                f"Lichting '{name}' bestaat nog niet; vul ook het programma in zodat de "
                "lichting kan worden aangemaakt.",
            )
            return None
        programme_key = self.refer_programme(row, cohort_key, programme)
        self.new_cohorts[folded] = (
            name,
            programme_key,
            start or _start_from_name(name, self.today),
        )
        self.new_cohort_rows[folded].append(row)
        return folded

    def new_references(self) -> list[NewReference]:
        found = [NewReference("programma", name) for name in self.new_programmes.values()]
        for name, programme_key, start in self.new_cohorts.values():
            programme = self.programmes.get(programme_key) or self.new_programmes.get(
                programme_key, ""
            )
            found.append(
                NewReference("lichting", name, f"programma {programme}, start {short_date(start)}")
            )
        return found

    def create_new_references(self) -> None:
        """Create the programmes and cohorts the file names that do not exist yet."""
        session = self.session
        if not self.new_programmes and not self.new_cohorts:
            return
        programmes = {fold(p.name): p for p in session.scalars(select(Programme))}
        for key, name in self.new_programmes.items():
            if key not in programmes:
                programmes[key] = Programme(name=name)
                session.add(programmes[key])
        existing = {fold(n) for n in session.scalars(select(Cohort.name))}
        for key, (name, programme_key, start) in self.new_cohorts.items():
            if key not in existing:
                session.add(
                    Cohort(name=name, programme=programmes[programme_key], start_date=start)
                )
        session.flush()


_YEAR = re.compile(r"(19|20)\d\d")


def _start_from_name(name: str, today: dt.date) -> dt.date:
    """A new cohort's start: 1 September of the year in its name, else of this year."""
    found = _YEAR.search(name)
    year = int(found.group()) if found else today.year
    return dt.date(year, 9, 1)


@dataclass
class AssignmentKey:
    id: int | None
    organisation: str  # folded
    title: str  # folded
    start: dt.date | None
    end: dt.date | None


class Handler:
    kind = ""
    # whether its check hands checked records to ``job.ahead`` (see TraineeHandler)
    writes_ahead = False

    def __init__(self, job: Job) -> None:
        self.job = job
        self.spec = SPECS[self.kind]
        self.sheets: list[SheetRows] = []
        self.counts: Counts = job.report.counts_for(self.kind)

    @property
    def session(self) -> Session:
        return self.job.session

    def rows(self) -> Iterable[ParsedRow]:
        for sheet in self.sheets:
            yield from sheet.rows

    def problem(self, row: ParsedRow, key: str, message: str, value: Any = None) -> None:
        self.job.problem(row, key, message, value)

    def has_problems(self) -> bool:
        """Whether a problem has turned up so far: in a check, or in a cell parsed."""
        return bool(self.job.report.errors) or any(sheet.problems for sheet in self.sheets)

    def require_columns(self, *keys: str, any_of: tuple[str, ...] = ()) -> bool:
        ok = True
        for sheet in self.sheets:
            mapped = sheet.mapping.mapped
            for key in keys:
                if key not in mapped:
                    self.job.sheet_problem(
                        sheet,
                        key,
                        f"De kolom '{self.spec.header_of(key)}' ontbreekt; die is nodig om "
                        f"{self.spec.label} te importeren.",
                    )
                    ok = False
            if any_of and not mapped & set(any_of):
                names = " of ".join(f"'{self.spec.header_of(k)}'" for k in any_of)
                self.job.sheet_problem(
                    sheet,
                    any_of[0],
                    f"Er is geen kolom {names}; daaraan worden {self.spec.label} herkend.",
                )
                ok = False
        return ok

    def check_period(
        self, row: ParsedRow, new: dict[str, Any], current: Any
    ) -> tuple[dt.date | None, dt.date | None]:
        """The end date must come after the start date: the file's, else the stored one.

        Returns the (start, end) that the record will have."""
        start = new.get("start_date", current.start_date if current else None)
        end = new.get("end_date", current.end_date if current else None)
        if start and end and end <= start:
            self.problem(
                row,
                "end_date",
                f"Einddatum ({short_date(end)}) ligt niet na de startdatum ({short_date(start)}).",
            )
        return start, end

    def missing_for_create(self, row: ParsedRow, keys: Iterable[str]) -> bool:
        missing = False
        for key in keys:
            if key in row.failed:
                missing = True
            elif row.get(key) is None:
                self.problem(
                    row, key, f"{self.spec.header_of(key)} is verplicht voor een nieuw record."
                )
                missing = True
        return missing

    def duplicate(
        self, seen: dict[Any, ParsedRow], key: Any, row: ParsedRow, field_key: str, what: str
    ) -> bool:
        earlier = seen.get(key)
        if earlier is not None:
            where = (
                f"rij {earlier.excel_row}"
                if earlier.sheet == row.sheet
                else (f"blad '{earlier.sheet}', rij {earlier.excel_row}")
            )
            self.problem(
                row,
                field_key,
                f"{what} staat ook in {where}; elk record mag maar één keer voorkomen.",
            )
            return True
        seen[key] = row
        return False

    def municipality(self, row: ParsedRow, key: str = "municipality") -> int | None:
        name = row.get(key)
        if name is None:
            return None
        found = self.job.resolver.resolve(name)
        if found is None:
            self.problem(
                row,
                key,
                f"Onbekende gemeente '{name}'. Bekend zijn de gemeenten in Groningen en Drenthe "
                "(ook hun oude namen); laat de cel leeg voor een gemeente daarbuiten.",
            )
            return None
        return found.id

    def check(self) -> None:
        raise NotImplementedError

    def write(self, progress: Progress) -> None:
        raise NotImplementedError


def _next_ids(session: Session, model: Any, wanted: Iterable[int]) -> Iterable[int]:
    """Fresh ids above every existing id and every id the file asks for."""
    top = max([session.scalar(select(func.max(model.id))) or 0, *wanted])
    while True:
        top += 1
        yield top


def _vocabulary(session: Session, model: Any, names: Iterable[str]) -> dict[str, Any]:
    """Folded name -> record, creating the names that do not exist yet (themes, coaches...)."""
    records = {fold(r.name): r for r in session.scalars(select(model))}
    for name in names:
        if fold(name) not in records:
            records[fold(name)] = model(name=name)
            session.add(records[fold(name)])
    session.flush()
    return records


# ------------------------------------------------------------------------------------------
# Programmes and cohorts
# ------------------------------------------------------------------------------------------


class ProgrammeHandler(Handler):
    kind = "programmes"

    def check(self) -> None:
        job = self.job
        if not self.require_columns("programme"):
            return
        existing = {fold(p.name): p for p in self.session.scalars(select(Programme))}
        cohorts = {
            fold(c.name): c
            for c in self.session.scalars(select(Cohort).options(selectinload(Cohort.programme)))
        }
        self.programme_values: dict[str, dict[str, Any]] = {}
        self.cohort_values: dict[str, tuple[str, str, dt.date | None, ParsedRow]] = {}
        first_row: dict[str, ParsedRow] = {}
        for row in self.rows():
            name = row.get("programme")
            if name is None:
                if "programme" not in row.failed:
                    self.problem(row, "programme", "Programma is verplicht.")
                continue
            key = fold(name)
            attrs = {
                attr: row.get(src)
                for src, attr in (
                    ("description", "description"),
                    ("rotations", "rotations_per_trainee"),
                    ("rotation_months", "rotation_months"),
                    ("distinct", "distinct_organisations"),
                )
                if row.has(src) and row.get(src) is not None
            }
            known = self.programme_values.setdefault(key, {"name": name})
            for attr, value in attrs.items():
                if attr in known and not _same(known[attr], value):
                    self.problem(
                        row,
                        _SOURCE_OF[attr],
                        f"Andere waarde dan in rij {first_row[key].excel_row} "
                        "voor hetzelfde programma.",
                    )
                known[attr] = value
            first_row.setdefault(key, row)
            cohort_name = row.get("cohort")
            if cohort_name is not None:
                ckey = fold(cohort_name)
                earlier = self.cohort_values.get(ckey)
                if earlier is not None:
                    self.duplicate(
                        {ckey: earlier[3]}, ckey, row, "cohort", f"Lichting '{cohort_name}'"
                    )
                    continue
                current = cohorts.get(ckey)
                if current is not None and fold(current.programme.name) != key:
                    self.problem(
                        row,
                        "cohort",
                        f"Lichting '{current.name}' hoort bij "
                        f"programma '{current.programme.name}'.",
                    )
                    continue
                start = row.get("cohort_start")
                if current is None and start is None and "cohort_start" not in row.failed:
                    self.problem(
                        row,
                        "cohort_start",
                        "Startdatum lichting is verplicht voor een nieuwe lichting.",
                    )
                    continue
                self.cohort_values[ckey] = (cohort_name, key, start, row)
        # decide
        for key, attrs in self.programme_values.items():
            current_programme = existing.get(key)
            job.programmes[key] = attrs["name"]
            if current_programme is None:
                self.counts.add(CREATED)
                continue
            changed = any(
                not _same(getattr(current_programme, attr), value)
                for attr, value in attrs.items()
                if attr != "name"
            )
            self.counts.add(UPDATED if changed else UNCHANGED)
        for ckey, (name, programme_key, start, _row) in self.cohort_values.items():
            current_cohort = cohorts.get(ckey)
            job.cohorts[ckey] = (name, programme_key)
            if current_cohort is None:
                self.counts.add(CREATED)
            elif start is not None and start != current_cohort.start_date:
                self.counts.add(UPDATED)
            else:
                self.counts.add(UNCHANGED)

    def write(self, progress: Progress) -> None:
        session = self.session
        programmes = {fold(p.name): p for p in session.scalars(select(Programme))}
        for key, attrs in self.programme_values.items():
            record = programmes.get(key)
            if record is None:
                record = programmes[key] = Programme(name=attrs["name"])
                session.add(record)
            for attr, value in attrs.items():
                if attr != "name" and not _same(getattr(record, attr), value):
                    setattr(record, attr, value)
                    if attr == "distinct_organisations" and record.id is not None:
                        self.job.rule_trainees.update(
                            session.scalars(
                                select(Trainee.id)
                                .join(Cohort, Cohort.id == Trainee.cohort_id)
                                .where(Cohort.programme_id == record.id)
                            )
                        )
        session.flush()
        cohorts = {fold(c.name): c for c in session.scalars(select(Cohort))}
        for ckey, (name, programme_key, start, _row) in self.cohort_values.items():
            cohort = cohorts.get(ckey)
            if cohort is None:
                assert start is not None
                session.add(
                    Cohort(name=name, programme=programmes[programme_key], start_date=start)
                )
            elif start is not None and cohort.start_date != start:
                cohort.start_date = start
        session.flush()


_SOURCE_OF = {
    "description": "description",
    "rotations_per_trainee": "rotations",
    "rotation_months": "rotation_months",
    "distinct_organisations": "distinct",
}


# ------------------------------------------------------------------------------------------
# Organisations and contact persons
# ------------------------------------------------------------------------------------------


_ORG_FIELDS = ("name", "type", "municipality_id", "address", "website", "notes")
_CONTACT_FIELDS = {
    "contact_name": "name",
    "contact_role": "role",
    "contact_email": "email",
    "contact_phone": "phone",
    "contact_supervisor": "is_supervisor",
}


@dataclass
class _OrgPlan:
    row: ParsedRow
    record_id: int | None
    new_id: int | None
    values: dict[str, Any]
    outcome: str = UNCHANGED


@dataclass
class _ContactPlan:
    row: ParsedRow
    organisation: _OrgPlan
    record_id: int | None
    new_id: int | None
    values: dict[str, Any]
    outcome: str = UNCHANGED


class OrganisationHandler(Handler):
    kind = "organisations"

    def check(self) -> None:
        job = self.job
        self.plans: list[_OrgPlan] = []
        self.contacts: list[_ContactPlan] = []
        if not self.require_columns(any_of=("name", "id")):
            return
        orgs = {
            o.id: o
            for o in self.session.scalars(
                select(Organisation).options(selectinload(Organisation.contacts))
            )
        }
        by_name = {fold(o.name): o for o in orgs.values()}
        contacts_by_id = {c.id: c for o in orgs.values() for c in o.contacts}
        plan_by_key: dict[Any, _OrgPlan] = {}
        plan_by_name: dict[str, _OrgPlan] = {}
        seen_contacts: dict[Any, ParsedRow] = {}
        for row in self.rows():
            if row.has_error and not (row.given("name") or row.given("id")):
                continue
            given_id = row.get("id")
            name = row.get("name")
            current = orgs.get(given_id) if given_id is not None else None
            if current is None and name is not None:
                current = by_name.get(fold(name))
            if given_id is None and name is None:
                self.problem(row, "name", "Naam van de organisatie ontbreekt.")
                continue
            key = ("id", current.id) if current is not None else ("name", fold(name or ""))
            if current is None and given_id is not None and name is None:
                self.problem(
                    row, "id", f"Er is geen organisatie met ID {given_id}; vul ook de naam in."
                )
                continue
            values: dict[str, Any] = {}
            if row.has("name") and name is not None:
                values["name"] = name
            if row.has("type") and row.get("type") is not None:
                values["type"] = row.get("type")
            if row.has("municipality"):
                values["municipality_id"] = self.municipality(row)
            for src in ("address", "website"):
                if row.has(src):
                    values[src] = row.get(src)
            if row.has("notes"):
                values["notes"] = _text_or_empty(row.get("notes"))
            plan = plan_by_key.get(key)
            if plan is None:
                if name is not None and fold(name) in plan_by_name:
                    plan = plan_by_name[fold(name)]
                else:
                    if (
                        current is not None
                        and name is not None
                        and fold(name) != fold(current.name)
                    ):
                        other = by_name.get(fold(name))
                        if other is not None and other.id != current.id:
                            self.problem(
                                row,
                                "name",
                                f"De naam '{name}' is al van een "
                                f"andere organisatie (ID {other.id}).",
                            )
                            continue
                    if current is None and "type" not in values and "type" not in row.failed:
                        self.problem(row, "type", "Soort is verplicht voor een nieuwe organisatie.")
                    plan = _OrgPlan(
                        row,
                        current.id if current else None,
                        given_id if current is None else None,
                        values,
                    )
                    plan_by_key[key] = plan
                    if name is not None:
                        plan_by_name[fold(name)] = plan
                    self.plans.append(plan)
            else:
                for attr, value in values.items():
                    if (
                        attr in plan.values
                        and not _same(plan.values[attr], value)
                        and attr != "name"
                    ):
                        self.problem(
                            row,
                            _ORG_SOURCE[attr],
                            f"Andere waarde dan in rij {plan.row.excel_row} "
                            "voor dezelfde organisatie.",
                        )
                    plan.values.setdefault(attr, value)
            # contact person on this row
            contact_name = row.get("contact_name")
            contact_id = row.get("contact_id")
            if contact_name is None and contact_id is None:
                if any(row.given(k) for k in ("contact_role", "contact_email", "contact_phone")):
                    self.problem(row, "contact_name", "Vul de naam van de contactpersoon in.")
                continue
            current_contact = contacts_by_id.get(contact_id) if contact_id is not None else None
            if current_contact is not None and plan.record_id not in (
                None,
                current_contact.organisation_id,
            ):
                self.problem(
                    row,
                    "contact_id",
                    f"Contactpersoon {contact_id} hoort bij een andere organisatie.",
                )
                continue
            if current_contact is None and plan.record_id is not None and contact_name is not None:
                current_contact = next(
                    (
                        c
                        for c in orgs[plan.record_id].contacts
                        if fold(c.name) == fold(contact_name)
                    ),
                    None,
                )
            if current_contact is None and contact_name is None:
                self.problem(row, "contact_name", "Vul de naam van de contactpersoon in.")
                continue
            ckey = (id(plan), current_contact.id if current_contact else fold(contact_name or ""))
            if self.duplicate(
                seen_contacts, ckey, row, "contact_name", f"Contactpersoon '{contact_name}'"
            ):
                continue
            cvalues = {
                attr: row.get(src)
                for src, attr in _CONTACT_FIELDS.items()
                if row.has(src) and (src != "contact_name" or row.get(src) is not None)
            }
            if "is_supervisor" in cvalues and cvalues["is_supervisor"] is None:
                cvalues["is_supervisor"] = False
            self.contacts.append(
                _ContactPlan(
                    row,
                    plan,
                    current_contact.id if current_contact else None,
                    contact_id if current_contact is None else None,
                    cvalues,
                )
            )
        # outcomes
        for plan in self.plans:
            job.organisations.add(fold(plan.values.get("name") or orgs[plan.record_id].name))  # type: ignore[index]
            if plan.record_id is None:
                plan.outcome = CREATED
            else:
                record = orgs[plan.record_id]
                if any(not _same(getattr(record, a), v) for a, v in plan.values.items()):
                    plan.outcome = UPDATED
                    if "name" in plan.values and fold(record.name) != fold(plan.values["name"]):
                        job.organisations.discard(fold(record.name))
            self.counts.add(plan.outcome)
        for contact in self.contacts:
            org_name = (
                contact.organisation.values.get("name") or orgs[contact.organisation.record_id].name
            )  # type: ignore[index]
            name = contact.values.get("name") or contacts_by_id[contact.record_id].name  # type: ignore[index]
            job.planned_contacts.add((fold(org_name), fold(name)))
            if contact.record_id is None:
                contact.outcome = CREATED
            else:
                record = contacts_by_id[contact.record_id]
                if any(not _same(getattr(record, a), v) for a, v in contact.values.items()):
                    contact.outcome = UPDATED
            self.counts.add(contact.outcome)
        used_ids = [p.new_id for p in self.plans if p.new_id is not None]
        taken = {i for i in used_ids if i in orgs}
        if taken:  # cannot happen: an existing id is an update
            raise AssertionError(taken)

    def write(self, progress: Progress) -> None:
        session = self.session
        org_ids = _next_ids(session, Organisation, [p.new_id for p in self.plans if p.new_id])
        records: dict[int, Organisation] = {}
        for plan in self.plans:
            if plan.outcome == CREATED:
                record = Organisation(id=plan.new_id or next(org_ids), **plan.values)
                session.add(record)
            else:
                record = session.get_one(Organisation, plan.record_id)
                if plan.outcome == UPDATED:
                    for attr, value in plan.values.items():
                        if not _same(getattr(record, attr), value):
                            setattr(record, attr, value)
            records[id(plan)] = record
        session.flush()
        contact_ids = _next_ids(
            session, ContactPerson, [c.new_id for c in self.contacts if c.new_id]
        )
        for contact in self.contacts:
            if contact.outcome == CREATED:
                session.add(
                    ContactPerson(
                        id=contact.new_id or next(contact_ids),
                        organisation=records[id(contact.organisation)],
                        **contact.values,
                    )
                )
            elif contact.outcome == UPDATED:
                person = session.get_one(ContactPerson, contact.record_id)
                for attr, value in contact.values.items():
                    if not _same(getattr(person, attr), value):
                        setattr(person, attr, value)
        session.flush()


_ORG_SOURCE = {
    "type": "type",
    "municipality_id": "municipality",
    "address": "address",
    "website": "website",
    "notes": "notes",
    "name": "name",
}


# ------------------------------------------------------------------------------------------
# Trainees: the large lists, written with bulk statements
# ------------------------------------------------------------------------------------------

_TRAINEE_COLUMNS = (
    "given_name", "prefix", "surname", "email", "phone", "education_level", "field_of_study",
    "home_municipality_id", "cohort", "coach", "status", "contract_start", "contract_end", "notes",
)  # fmt: skip


@dataclass(slots=True)
class _TraineePlan:
    row: ParsedRow
    record_id: int | None
    new_id: int | None
    values: dict[str, Any]
    themes: list[str] | None
    outcome: str = UNCHANGED
    changed: set[str] = field(default_factory=set)
    before: dict[str, Any] | None = None  # the stored values of an existing trainee
    written: bool = False  # created ahead, while later rows were still being checked


@dataclass
class _Creation:
    """What new trainees' records need from the database, read before they are made."""

    cohorts: dict[str, int]  # folded name -> id
    coaches: dict[str, int]
    themes: dict[str, int]
    ids: Iterator[int]
    codes: CodeDrawer | None
    now: dt.datetime
    user: str


class TraineeHandler(Handler):
    kind = "trainees"
    writes_ahead = True

    def check(self) -> None:
        job = self.job
        job.load_references()
        self.plans: list[_TraineePlan] = []
        if not self.require_columns(any_of=("email", "id")):
            return
        for sheet in self.sheets:
            mapped = sheet.mapping.mapped
            if "surname" not in mapped and "full_name" not in mapped:
                job.sheet_problem(
                    sheet,
                    "surname",
                    "Er is geen kolom 'Achternaam' of 'Naam'; "
                    "nieuwe trainees hebben een naam nodig.",
                )
        session = self.session
        t = Trainee.__table__
        cohort_names = dict(session.execute(select(Cohort.id, Cohort.name)).all())
        coach_names = dict(session.execute(select(Coach.id, Coach.name)).all())
        existing: dict[int, dict[str, Any]] = {}
        by_email: dict[str, int] = {}
        for r in session.execute(
            select(
                t.c.id,
                t.c.given_name,
                t.c.prefix,
                t.c.surname,
                t.c.email,
                t.c.phone,
                t.c.education_level,
                t.c.field_of_study,
                t.c.home_municipality_id,
                t.c.cohort_id,
                t.c.coach_id,
                t.c.status,
                t.c.contract_start,
                t.c.contract_end,
                t.c.notes,
            )
        ):
            values = dict(zip(("id", *_TRAINEE_COLUMNS), r, strict=True))
            values["cohort_id"], values["coach_id"] = r.cohort_id, r.coach_id  # for the history
            values["cohort"] = fold(cohort_names[r.cohort_id]) if r.cohort_id else None
            values["coach"] = fold(coach_names[r.coach_id]) if r.coach_id else None
            existing[r.id] = values
            by_email[r.email] = r.id
        themes_of: dict[int, set[str]] = defaultdict(set)
        self.theme_names_of: dict[int, list[str]] = defaultdict(list)
        for trainee_id, theme_name in session.execute(
            select(trainee_theme.c.trainee_id, Theme.name).join(
                Theme, Theme.id == trainee_theme.c.theme_id
            )
        ):
            themes_of[trainee_id].add(fold(theme_name))
            self.theme_names_of[trainee_id].append(theme_name)
        self.coaches: dict[str, str] = {}
        self.theme_names: dict[str, str] = {}
        seen_email: dict[str, ParsedRow] = {}
        seen_id: dict[int, ParsedRow] = {}
        places: dict[str, int | None] = {}
        known_cohorts: dict[tuple[str, str | None], str] = {}  # existing ones, checked
        # New trainees go into the transaction while later rows are checked (SQLite, a
        # file without IDs): all of it is rolled back if any row turns out to be wrong.
        self._ahead_from = 0  # plans before this one have been looked at for writing ahead
        self._creation: _Creation | None = None
        self._connection: Any = None  # the session's connection, for the helper
        self._ahead = job.ahead if not any("id" in s.mapping.mapped for s in self.sheets) else None
        for sheet in self.sheets:
            carried = frozenset(sheet.mapping.columns.values())
            for block in sheet.blocks():  # parsed as they are asked for
                for row in block:
                    # the fields this row carries: row.has(key) is `key in present`
                    present = carried.difference(row.failed) if row.failed else carried
                    self._check_row(
                        row, present, existing, by_email, themes_of, seen_email, seen_id,
                        places, known_cohorts,
                    )  # fmt: skip
                self._write_ahead()
        outcomes = Counter(plan.outcome for plan in self.plans if not plan.row.has_error)
        for outcome in (CREATED, UPDATED, UNCHANGED):
            setattr(self.counts, outcome, getattr(self.counts, outcome) + outcomes[outcome])

    def _check_row(
        self,
        row: ParsedRow,
        present: frozenset[str],
        existing: dict[int, dict[str, Any]],
        by_email: dict[str, int],
        themes_of: dict[int, set[str]],
        seen_email: dict[str, ParsedRow],
        seen_id: dict[int, ParsedRow],
        places: dict[str, int | None],
        known_cohorts: dict[tuple[str, str | None], str],
    ) -> None:
        job = self.job
        values = row.values
        email = values.get("email")
        given_id = values.get("id")
        if email is None and given_id is None:
            if not row.failed & {"email", "id"}:
                self.problem(row, "email", "E-mail is verplicht.")
            return
        if email is not None:
            if email in seen_email:
                self.duplicate(seen_email, email, row, "email", f"E-mailadres {email}")
                return
            seen_email[email] = row
        if given_id is not None and self.duplicate(seen_id, given_id, row, "id", f"ID {given_id}"):
            return
        record_id = given_id if given_id in existing else None
        if record_id is None and email is not None:
            record_id = by_email.get(email)
        if record_id is not None and email is not None:
            owner = by_email.get(email)
            if owner is not None and owner != record_id:
                self.problem(
                    row,
                    "email",
                    f"{email} is al het e-mailadres van een andere trainee (ID {owner}).",
                )
                return
        if record_id is None and email is None:
            self.problem(
                row, "email", f"Er is geen trainee met ID {given_id}; vul het e-mailadres in."
            )
            return
        new: dict[str, Any] = {}
        # names
        given, prefix, surname = (
            values.get("given_name"),
            values.get("prefix"),
            values.get("surname"),
        )
        has_split = "surname" in present and surname is not None
        if not has_split and values.get("full_name") is not None:
            given, prefix, surname = split_full_name(values["full_name"])
            new.update(given_name=given, prefix=prefix, surname=surname)
        elif has_split:
            if ("prefix" not in present or not prefix) and " " in surname:
                found_prefix, rest = split_prefix(surname)
                if found_prefix and rest:
                    prefix, surname = found_prefix, rest
            new["surname"] = surname
            new["prefix"] = prefix or ""
            if "given_name" in present:
                new["given_name"] = given or ""
        elif "surname" in present and record_id is not None:
            self.problem(row, "surname", "Achternaam mag niet leeg zijn.")
            return
        if email is not None:
            new["email"] = email
        if "phone" in present:
            new["phone"] = values["phone"]
        if "field_of_study" in present:
            new["field_of_study"] = values["field_of_study"]
        if "contract_start" in present:
            new["contract_start"] = values["contract_start"]
        if "contract_end" in present:
            new["contract_end"] = values["contract_end"]
        if "notes" in present:
            new["notes"] = values["notes"] or ""
        if "education_level" in present:
            if values["education_level"] is not None:
                new["education_level"] = values["education_level"]
            elif record_id is not None:
                self.problem(row, "education_level", "Opleidingsniveau mag niet leeg zijn.")
        if "status" in present and values["status"] is not None:
            new["status"] = values["status"]
        if "municipality" in present:
            name = values["municipality"]
            if name is None:
                new["home_municipality_id"] = None
            else:
                if name not in places:  # the id, looked up once per name written
                    found = job.resolver.resolve(name)
                    places[name] = None if found is None else found.id
                municipality_id = places[name]
                if municipality_id is None:
                    self.municipality(row)
                else:
                    new["home_municipality_id"] = municipality_id
        if "cohort" in present and values["cohort"] is not None:
            cohort, programme = values["cohort"], values.get("programme")
            cohort_key = known_cohorts.get((cohort, programme))
            if cohort_key is None:
                cohort_key = job.refer_cohort(
                    row, "cohort", cohort, programme, values.get("contract_start")
                )
                if cohort_key is None:
                    return
                if cohort_key in job.cohorts:  # an existing cohort: the same answer each time
                    known_cohorts[(cohort, programme)] = cohort_key
            new["cohort"] = cohort_key
        elif "programme" in present and values.get("programme") is not None:
            cohort_key = self._only_cohort(row, values["programme"])
            if cohort_key is None:
                return
            new["cohort"] = cohort_key
        elif "cohort" in present:
            new["cohort"] = None
        if "coach" in present:
            coach = values["coach"]
            new["coach"] = fold(coach) if coach else None
            if coach:
                self.coaches.setdefault(fold(coach), coach)
        themes = None
        if "themes" in present:
            themes = values.get("themes") or []
            for name in themes:
                self.theme_names.setdefault(fold(name), name)
        current = existing.get(record_id) if record_id is not None else None
        start = new.get("contract_start", current["contract_start"] if current else None)
        end = new.get("contract_end", current["contract_end"] if current else None)
        if start and end and end <= start:
            self.problem(
                row,
                "contract_end",
                f"Einde contract ({short_date(end)}) ligt niet na het begin ({short_date(start)}).",
            )
        if row.has_error:
            return
        plan = _TraineePlan(
            row,
            record_id,
            given_id if record_id is None else None,
            new,
            None if themes is None else list(themes),
        )
        if current is None:
            if new.get("education_level") is None and self.missing_for_create(
                row, ("education_level",)
            ):
                return
            if not new.get("surname"):
                if "surname" in row.mapping.mapped or "full_name" in row.mapping.mapped:
                    key = "surname" if "surname" in row.mapping.mapped else "full_name"
                    self.problem(row, key, "Achternaam is verplicht voor een nieuwe trainee.")
                return
            plan.outcome = CREATED
            new.setdefault("given_name", "")
            new.setdefault("prefix", "")
            job.trainee_emails[email] = None  # type: ignore[index]
            job.planned_trainees.append(new)
        else:
            changed = {k for k, v in new.items() if not _same(current[k], v)}
            if themes is not None and {fold(n) for n in themes} != themes_of.get(record_id, set()):  # type: ignore[arg-type]
                changed.add("themes")
            plan.changed = changed
            plan.before = current
            plan.outcome = UPDATED if changed else UNCHANGED
            if email is not None and current["email"] != email:
                job.trainee_emails.pop(current["email"], None)
                job.trainee_emails[email] = record_id
        self.plans.append(plan)

    def _only_cohort(self, row: ParsedRow, programme: str) -> str | None:
        key = fold(programme)
        options = [c for c, (_n, p) in self.job.cohorts.items() if p == key]
        options += [c for c, (_n, p, _s) in self.job.new_cohorts.items() if p == key]
        if len(options) == 1:
            return options[0]
        self.problem(
            row,
            "programme",
            f"Programma '{programme}' heeft {'geen' if not options else 'meer dan één'} lichting; "
            "vul de kolom Lichting in.",
        )
        return None

    def _write_ahead(self) -> None:
        """Hand the new trainees checked since the last time to the write-ahead helper.

        Only while the file has shown no problem and names no new programme or cohort
        (those are created, after confirmation, once every row is checked); from the
        first such row on, the rest is written at the end as usual.
        """
        ahead, job = self._ahead, self.job
        if ahead is None:
            return
        if self.has_problems() or job.new_programmes or job.new_cohorts:
            self._ahead = None
            return
        created = [p for p in self.plans[self._ahead_from :] if p.outcome == CREATED]
        self._ahead_from = len(self.plans)
        if not created:
            return
        session = self.session
        creation = self._creation
        if creation is None:  # nothing submitted yet: the session is free to use
            creation = self._creation = self._prepare_creation([], with_codes=True)
            self._connection = session.connection()
        coaches = (p.values.get("coach") for p in created)
        new_coaches = {key for key in coaches if key and key not in creation.coaches}
        new_themes = {fold(n) for p in created for n in p.themes or ()} - creation.themes.keys()
        if new_coaches or new_themes:  # names to add first: wait until the session is free
            ahead.wait()
            for model, written_as, ids, keys in (
                (Coach, self.coaches, creation.coaches, new_coaches),
                (Theme, self.theme_names, creation.themes, new_themes),
            ):
                if keys:
                    added = _vocabulary(session, model, [written_as[key] for key in keys])
                    ids.update((key, added[key].id) for key in keys)
        for plan in created:
            plan.record_id = next(creation.ids)
            plan.written = True
        names, columns = self._creation_columns(created, creation)
        history = self._creation_history(created, names, columns, creation)
        links = _theme_links(created, creation.themes)
        connection = self._connection

        def insert() -> None:
            _insert_sqlite(connection, Trainee.__table__, names, columns)
            if links:
                _insert_sqlite(connection, trainee_theme, *_by_column(links))
            _insert_sqlite(connection, AuditEntry.__table__, *history)

        ahead.submit(insert)
        job.note_rows("trainee", [p.record_id for p in created], [p.row for p in created])

    def _prepare_creation(self, wanted_ids: list[int], *, with_codes: bool) -> _Creation:
        """The ids, names and codes new trainees refer to; adds new coaches and themes."""
        session = self.session
        cohorts = {fold(name): cid for cid, name in session.execute(select(Cohort.id, Cohort.name))}
        coaches = _vocabulary(session, Coach, self.coaches.values())
        themes = _vocabulary(session, Theme, self.theme_names.values())
        return _Creation(
            cohorts,
            {key: record.id for key, record in coaches.items()},
            {key: record.id for key, record in themes.items()},
            iter(_next_ids(session, Trainee, wanted_ids)),
            CodeDrawer(session) if with_codes else None,
            utcnow(),
            session_user(session),
        )

    def write(self, progress: Progress) -> None:
        plans = [p for p in self.plans if p.outcome != UNCHANGED and not p.written]
        if plans:
            self._write(plans, progress)

    def _write(self, plans: list[_TraineePlan], progress: Progress) -> None:
        session = self.session
        table = Trainee.__table__
        created = [p for p in plans if p.outcome == CREATED]
        # explicit ids (from an export) first, then fresh ones above everything
        creation = self._prepare_creation(
            [p.new_id for p in created if p.new_id], with_codes=bool(created)
        )
        cohorts, coaches, themes = creation.cohorts, creation.coaches, creation.themes
        now, user = creation.now, creation.user
        if created:
            for plan in created:
                plan.record_id = plan.new_id or next(creation.ids)
            column_names, new_columns = self._creation_columns(created, creation)
            progress.report(len(created) // 2, len(plans), "")
            creation_history = _insert_columns_while(
                session,
                table,
                column_names,
                new_columns,
                lambda: self._creation_history(created, column_names, new_columns, creation),
            )
            _insert_columns(session, AuditEntry.__table__, *creation_history)
        history: list[dict[str, Any]] = []
        links = _theme_links(created, themes)
        updated = [p for p in plans if p.outcome == UPDATED]
        groups: dict[frozenset[str], list[dict[str, Any]]] = defaultdict(list)
        current_names: dict[int, tuple[str, str, str]] = {}
        if any({"given_name", "prefix", "surname"} & p.changed for p in updated):
            current_names = {
                r.id: (r.given_name, r.prefix, r.surname)
                for r in session.execute(
                    select(table.c.id, table.c.given_name, table.c.prefix, table.c.surname)
                )
            }
        for plan in updated:
            values: dict[str, Any] = {}
            for key in plan.changed - {"themes"}:
                value = plan.values[key]
                if key == "cohort":
                    values["cohort_id"] = cohorts[value] if value else None
                elif key == "coach":
                    values["coach_id"] = coaches[value] if value else None
                else:
                    values[key] = value
            if {"given_name", "prefix", "surname"} & plan.changed:
                old = current_names[plan.record_id]  # type: ignore[index]
                names = (
                    plan.values.get("given_name", old[0]),
                    plan.values.get("prefix", old[1]),
                    plan.values.get("surname", old[2]),
                )
                values["sort_name"] = sort_key(*names)
            if {"education_level", "cohort"} & plan.changed:
                self.job.rule_trainees.add(plan.record_id)  # type: ignore[arg-type]
            if "themes" in plan.changed:
                session.execute(
                    delete(trainee_theme).where(trainee_theme.c.trainee_id == plan.record_id)
                )
                links.extend(
                    {"trainee_id": plan.record_id, "theme_id": themes[fold(n)]}
                    for n in plan.themes or ()
                )
            assert plan.before is not None
            assert plan.record_id is not None
            after: dict[str, Any] = dict(values)
            before: dict[str, Any] = {k: plan.before.get(k) for k in after}
            if "themes" in plan.changed:
                after["themes"] = _joined(plan.themes or ())
                before["themes"] = _joined(self.theme_names_of.get(plan.record_id, ()))
            entry = update_entry("trainee", plan.record_id, before, after, user, now)
            if entry is not None:
                history.append(entry)
            if values:
                values["_id"] = plan.record_id
                groups[frozenset(values)].append(values)
        for keys, batch in groups.items():
            columns = sorted(keys - {"_id"})
            statement = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(
                    {
                        **{c: bindparam(c) for c in columns},
                        "version": table.c.version + 1,
                        "updated_at": now,
                    }
                )
            )
            session.connection().execute(statement, batch)
        if links:
            session.execute(insert(trainee_theme), links)
        if history:
            _insert_columns(session, AuditEntry.__table__, *_by_column(history))
        self.job.note_rows("trainee", [p.record_id for p in plans], [p.row for p in plans])
        progress.report(len(plans), len(plans), "")

    def _creation_columns(
        self, created: list[_TraineePlan], creation: _Creation
    ) -> tuple[list[str], list[list[Any]]]:
        """The new trainees' records, one list per column of the trainee table."""
        plans = [plan.values for plan in created]
        now = creation.now

        def column(key: str, default: Any = None) -> list[Any]:
            return list(map(dict.get, plans, repeat(key), repeat(default)))

        def looked_up(key: str, ids: dict[str, int]) -> list[int | None]:
            names = column(key)
            found = {name: ids[name] if name else None for name in dict.fromkeys(names)}
            return list(map(found.__getitem__, names))

        count = len(created)
        assert creation.codes is not None
        given, prefix, surname = column("given_name", ""), column("prefix", ""), column("surname")
        columns = {
            "id": [plan.record_id for plan in created],
            "given_name": given,
            "prefix": prefix,
            "surname": surname,
            "sort_name": sort_keys(given, prefix, surname),
            "email": column("email"),
            "phone": column("phone"),
            "education_level": column("education_level"),
            "field_of_study": column("field_of_study"),
            "home_municipality_id": column("home_municipality_id"),
            "cohort_id": looked_up("cohort", creation.cohorts),
            "coach_id": looked_up("coach", creation.coaches),
            "status": column("status", TraineeStatus.ACTIVE),
            "contract_start": column("contract_start"),
            "contract_end": column("contract_end"),
            "checkin_code": creation.codes.draw_many(TRAINEE_PREFIX, count),
            "notes": column("notes", ""),
            "created_at": [now] * count,
            "updated_at": [now] * count,
            "version": [1] * count,
        }
        return list(columns), list(columns.values())

    @staticmethod
    def _creation_history(
        created: list[_TraineePlan],
        names: list[str],
        columns: list[list[Any]],
        creation: _Creation,
    ) -> tuple[list[str], list[list[Any]]]:
        """The history rows of new trainees, column by column (as :func:`_insert_columns`)."""
        changes = creation_changes(names, columns)
        themed = [index for index, plan in enumerate(created) if plan.themes]
        if themed:
            with_themes = [[column[i] for i in themed] for column in columns]
            with_themes.append([_joined(created[i].themes or ()) for i in themed])
            for index, text in zip(
                themed, creation_changes([*names, "themes"], with_themes), strict=True
            ):
                changes[index] = text
        count = len(created)
        return (
            ["at", "user_name", "action", "entity", "entity_id", "changes"],
            [
                [creation.now] * count,
                [creation.user] * count,
                ["create"] * count,
                ["trainee"] * count,
                [p.record_id for p in created],
                changes,
            ],
        )


def _theme_links(created: list[_TraineePlan], themes: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {"trainee_id": p.record_id, "theme_id": themes[fold(name)]}
        for p in created
        for name in p.themes or ()
    ]


def _by_column(records: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Records with the same keys, as column names and one list per column."""
    names = list(records[0])
    return names, [[record[name] for record in records] for name in names]


def _joined(names: Iterable[str]) -> str:
    return ", ".join(sorted(names, key=str.casefold))


_T = TypeVar("_T")


def _insert_columns(
    session: Session, table: Any, names: list[str], columns: list[list[Any]]
) -> None:
    """INSERT rows given column by column: ``columns[i][n]`` is column ``names[i]`` of row n.

    On SQLite as a few multi-row INSERT statements straight through the driver, which
    is several times faster than one statement per row (SQLite evaluates a table's
    CHECK constraints with value lists once per statement, not once per row). The
    values are put in the form SQLAlchemy itself stores on SQLite (enum values, ISO
    dates, its datetime format), so records read back exactly as if the ORM had
    written them. Other databases get SQLAlchemy Core's executemany.
    """
    if not columns or not columns[0]:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        rows = [dict(zip(names, row, strict=True)) for row in zip(*columns, strict=True)]
        session.execute(insert(table), rows)
        return
    _insert_sqlite(connection, table, names, columns)


def _insert_sqlite(connection: Any, table: Any, names: list[str], columns: list[list[Any]]) -> None:
    dialect = connection.dialect
    stored = [
        _stored(table.c[name].type.dialect_impl(dialect).bind_processor(dialect), column)
        for name, column in zip(names, columns, strict=True)
    ]
    count = len(columns[0])
    # A column with one value in every row is written once into the statement as a
    # literal instead of being bound row by row (binding holds the interpreter lock).
    literals = [_same_literal(column) for column in stored]
    bound = [column for column, literal in zip(stored, literals, strict=True) if literal is None]
    per_statement = max(1, _sqlite_variable_limit(connection) // max(1, len(bound)))
    head = f'INSERT INTO "{table.name}" (' + ", ".join(f'"{name}"' for name in names) + ") VALUES "
    marks = "(" + ", ".join("?" if literal is None else literal for literal in literals) + ")"
    for start in range(0, count, per_statement):
        chunk = [column[start : start + per_statement] for column in bound]
        rows = min(per_statement, count - start)
        connection.exec_driver_sql(
            head + ", ".join([marks] * rows), tuple(chain.from_iterable(zip(*chunk, strict=True)))
        )


def _same_literal(column: list[Any]) -> str | None:
    """The SQL literal of the value every row of ``column`` has, if it has one."""
    first = column[0]
    if column[-1] != first or column.count(first) != len(column):
        return None
    kind = type(first)
    if kind not in _LITERAL_KINDS or set(map(type, column)) != {kind}:  # 1 == True == 1.0
        return None
    if first is None:
        return "NULL"
    if kind is int:
        return str(first)
    text: str = first
    if "\x00" in text:
        return None
    return "'" + text.replace("'", "''") + "'"


_LITERAL_KINDS = {int, str, type(None)}


def _insert_columns_while(
    session: Session,
    table: Any,
    names: list[str],
    columns: list[list[Any]],
    work: Callable[[], _T],
) -> _T:
    """:func:`_insert_columns`, with ``work`` done in the meantime; returns its result.

    SQLite does its share of an insert without holding Python's interpreter lock, so
    on SQLite a helper thread runs the INSERTs while this thread does ``work`` on the
    other core. ``work`` must not use the session: the helper has its connection.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite" or not columns or not columns[0]:
        _insert_columns(session, table, names, columns)
        return work()
    with WriteAhead() as helper:
        helper.submit(lambda: _insert_sqlite(connection, table, names, columns))
        result = work()
        helper.close()
    return result


_PLAIN = {int, str, float, type(None)}


def _stored(process: Any, column: list[Any]) -> list[Any]:
    """A column's values as SQLAlchemy binds them (each distinct value converted once)."""
    if process is None or set(map(type, column)) <= _PLAIN:
        return column
    try:
        converted = {
            value: value if type(value) in _PLAIN else process(value)
            for value in dict.fromkeys(column)
        }
    except TypeError:  # unhashable
        return [value if type(value) in _PLAIN else process(value) for value in column]
    return list(map(converted.__getitem__, column))


def _sqlite_variable_limit(connection: Any) -> int:
    """How many ``?`` one statement may hold (999 in SQLite before 3.32)."""
    import sqlite3

    driver = connection.connection.dbapi_connection
    try:
        limit = int(driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    except (AttributeError, sqlite3.Error):  # Python < 3.11
        limit = 999 if sqlite3.sqlite_version_info < (3, 32) else 32_766
    return min(limit, 32_766)


# ------------------------------------------------------------------------------------------
# Assignments
# ------------------------------------------------------------------------------------------


@dataclass
class _AssignmentPlan:
    row: ParsedRow
    record_id: int | None
    new_id: int | None
    values: dict[str, Any]
    links: dict[str, Any]  # levels, programmes, themes, competences, supervisor
    organisation: str  # folded
    outcome: str = UNCHANGED


class AssignmentHandler(Handler):
    kind = "assignments"

    def check(self) -> None:
        job = self.job
        job.load_references()
        self.plans: list[_AssignmentPlan] = []
        if not self.require_columns(any_of=("title", "id")):
            return
        session = self.session
        records = {
            a.id: a
            for a in session.scalars(
                select(Assignment).options(
                    selectinload(Assignment.organisation),
                    selectinload(Assignment.supervisor),
                    selectinload(Assignment.programmes),
                    selectinload(Assignment.themes),
                    selectinload(Assignment.level_rows),
                    selectinload(Assignment.competences).selectinload(
                        AssignmentCompetence.competence
                    ),
                )
            )
        }
        by_key: dict[tuple[str, str, dt.date], int] = {
            (fold(a.organisation.name), fold(a.title), a.start_date): a.id for a in records.values()
        }
        contacts = {
            (fold(org), fold(name))
            for org, name in session.execute(
                select(Organisation.name, ContactPerson.name).join(
                    ContactPerson, ContactPerson.organisation_id == Organisation.id
                )
            )
        } | job.planned_contacts
        self.vocab: dict[str, dict[str, str]] = {"themes": {}, "competences": {}}
        seen: dict[Any, ParsedRow] = {}
        for row in self.rows():
            values = row.values
            given_id = values.get("id")
            current = records.get(given_id) if given_id is not None else None
            org_name = values.get("organisation")
            if org_name is None and current is not None:
                org_name = current.organisation.name
            if org_name is None:
                if "organisation" not in row.failed:
                    self.problem(row, "organisation", "Organisatie is verplicht.")
                continue
            org_key = fold(org_name)
            if org_key not in job.organisations:
                self.problem(
                    row,
                    "organisation",
                    f"Onbekende organisatie '{org_name}'; importeer eerst de organisaties.",
                )
                continue
            title = values.get("title")
            start = values.get("start_date")
            if current is None and title is not None and start is not None:
                found = by_key.get((org_key, fold(title), start))
                current = records.get(found) if found else None
            key = current.id if current is not None else (org_key, fold(title or ""), start)
            if self.duplicate(seen, key, row, "title", f"Opdracht '{title}'"):
                continue
            new: dict[str, Any] = {}
            for src in ("title", "start_date", "end_date", "places", "hours_per_week", "status"):
                if row.has(src) and values[src] is not None:
                    new[src] = values[src]
            if row.has("description"):
                new["description"] = values["description"] or ""
            if row.has("municipality"):
                new["municipality_id"] = self.municipality(row)
            links: dict[str, Any] = {}
            if row.has("levels"):
                links["levels"] = values["levels"] or frozenset()
            if row.has("programmes"):
                names = values["programmes"] or []
                for name in names:
                    job.refer_programme(row, "programmes", name)
                links["programmes"] = {fold(n) for n in names}
            for src in ("themes", "competences"):
                if row.has(src):
                    items = values[src] or []
                    if src == "themes":
                        links[src] = {fold(n) for n in items}
                        for n in items:
                            self.vocab[src].setdefault(fold(n), n)
                    else:
                        links[src] = {(fold(n), level) for n, level in items}
                        for n, _level in items:
                            self.vocab[src].setdefault(fold(n), n)
            if row.has("supervisor"):
                supervisor = values["supervisor"]
                if supervisor is not None and (org_key, fold(supervisor)) not in contacts:
                    self.problem(
                        row,
                        "supervisor",
                        f"'{supervisor}' is geen contactpersoon van "
                        f"{org_name}; voeg die eerst toe bij de organisatie.",
                    )
                links["supervisor"] = fold(supervisor) if supervisor else None
            s, e = self.check_period(row, new, current)
            if row.has_error:
                continue
            plan = _AssignmentPlan(
                row,
                current.id if current else None,
                given_id if current is None else None,
                new,
                links,
                org_key,
            )
            if current is None:
                if self.missing_for_create(row, ("title", "start_date", "end_date")):
                    continue
                plan.outcome = CREATED
            else:
                changed = any(not _same(getattr(current, k), v) for k, v in new.items())
                changed = changed or fold(current.organisation.name) != org_key
                changed = changed or self._links_differ(current, links)
                plan.outcome = UPDATED if changed else UNCHANGED
            self.plans.append(plan)
            self.counts.add(plan.outcome)
            if plan.outcome == CREATED:
                job.assignments.append(
                    AssignmentKey(
                        given_id, org_key, fold(new["title"]), new["start_date"], new["end_date"]
                    )
                )
            elif current is not None:
                for known in job.assignments:
                    if known.id == current.id:
                        known.organisation = org_key
                        known.title = fold(new.get("title", current.title))
                        known.start, known.end = s, e

    @staticmethod
    def _links_differ(current: Assignment, links: dict[str, Any]) -> bool:
        if "levels" in links and set(current.accepted_levels) != set(links["levels"]):
            return True
        if (
            "programmes" in links
            and {fold(p.name) for p in current.programmes} != links["programmes"]
        ):
            return True
        if "themes" in links and {fold(t.name) for t in current.themes} != links["themes"]:
            return True
        if (
            "competences" in links
            and {(fold(c.competence.name), c.level) for c in current.competences}
            != links["competences"]
        ):
            return True
        if "supervisor" in links:
            now = fold(current.supervisor.name) if current.supervisor else None
            if now != links["supervisor"]:
                return True
        return False

    def write(self, progress: Progress) -> None:
        session = self.session
        plans = [p for p in self.plans if p.outcome != UNCHANGED]
        if not plans:
            return
        orgs = {fold(o.name): o for o in session.scalars(select(Organisation))}
        programmes = {fold(p.name): p for p in session.scalars(select(Programme))}
        themes = _vocabulary(session, Theme, self.vocab["themes"].values())
        competences = _vocabulary(session, Competence, self.vocab["competences"].values())
        contacts = {
            (fold(c.organisation.name), fold(c.name)): c
            for c in session.scalars(
                select(ContactPerson).options(selectinload(ContactPerson.organisation))
            )
        }
        ids = _next_ids(session, Assignment, [p.new_id for p in plans if p.new_id])
        for plan in plans:
            if plan.outcome == CREATED:
                record = Assignment(
                    id=plan.new_id or next(ids),
                    organisation=orgs[plan.organisation],
                    status=AssignmentStatus.OPEN,
                )
                session.add(record)
            else:
                record = session.get_one(Assignment, plan.record_id)
                record.organisation = orgs[plan.organisation]
            for key, value in plan.values.items():
                if not _same(getattr(record, key), value):
                    setattr(record, key, value)
            links = plan.links
            if "levels" in links and set(record.accepted_levels) != set(links["levels"]):
                record.accepted_levels = set(links["levels"])
            if "programmes" in links:
                wanted = [programmes[k] for k in sorted(links["programmes"])]
                if {p.id for p in record.programmes} != {p.id for p in wanted}:
                    record.programmes = wanted
            if "themes" in links:
                wanted_themes = [themes[k] for k in sorted(links["themes"])]
                if {t.name for t in record.themes} != {t.name for t in wanted_themes}:
                    record.themes = wanted_themes
            if "competences" in links:
                current = {(fold(c.competence.name), c.level) for c in record.competences}
                if current != links["competences"]:
                    record.competences = [
                        AssignmentCompetence(competence=competences[name], level=level)
                        for name, level in sorted(links["competences"], key=lambda x: x[0])
                    ]
            if "supervisor" in links:
                target = links["supervisor"]
                record.supervisor = contacts[(plan.organisation, target)] if target else None
            session.flush()
            self.job.rule_assignments.add(record.id)
            self.job.rows_of[("assignment", record.id)].append(plan.row)
        session.flush()


# ------------------------------------------------------------------------------------------
# Placements
# ------------------------------------------------------------------------------------------


@dataclass
class _PlacementPlan:
    row: ParsedRow
    record_id: int | None
    new_id: int | None
    trainee_email: str
    assignment: AssignmentKey
    values: dict[str, Any]
    outcome: str = UNCHANGED


class PlacementHandler(Handler):
    kind = "placements"

    def check(self) -> None:
        job = self.job
        job.load_references()
        self.plans: list[_PlacementPlan] = []
        if not self.require_columns("rotation", any_of=("trainee_email", "trainee_name", "id")):
            return
        session = self.session
        records = {p.id: p for p in session.scalars(select(Placement))}
        emails = dict(session.execute(select(Trainee.id, Trainee.email)).all())
        names: dict[str, list[str]] = defaultdict(list)
        for given, prefix, surname, email in session.execute(
            select(Trainee.given_name, Trainee.prefix, Trainee.surname, Trainee.email)
        ):
            names[fold(full_name(given, prefix, surname))].append(email)
        by_key = {
            (emails[p.trainee_id], p.assignment_id, p.rotation): p.id for p in records.values()
        }
        seen: dict[Any, ParsedRow] = {}
        for row in self.rows():
            values = row.values
            given_id = values.get("id")
            current = records.get(given_id) if given_id is not None else None
            email = values.get("trainee_email")
            if (
                email is None
                and values.get("trainee_name") is not None
                and "trainee_email" not in row.failed
            ):
                matches = names.get(fold(values["trainee_name"]), [])
                if len(matches) == 1:
                    email = matches[0]
                else:
                    self.problem(
                        row,
                        "trainee_name",
                        f"{'Geen' if not matches else 'Meer dan één'} trainee heet "
                        f"'{values['trainee_name']}'; vul het e-mailadres van de trainee in.",
                    )
                    continue
            if email is None and current is not None:
                email = emails[current.trainee_id]
            if email is None:
                if "trainee_email" not in row.failed:
                    self.problem(row, "trainee_email", "E-mail trainee is verplicht.")
                continue
            if email not in job.trainee_emails:
                self.problem(row, "trainee_email", f"Er is geen trainee met e-mailadres {email}.")
                continue
            assignment = self._assignment(row, current)
            if assignment is None:
                continue
            new: dict[str, Any] = {}
            for src in ("rotation", "start_date", "end_date", "status", "locked"):
                if row.has(src) and values[src] is not None:
                    new[src] = values[src]
            if row.has("notes"):
                new["notes"] = values["notes"] or ""
            if current is None and assignment.id is not None and "rotation" in new:
                found = by_key.get((email, assignment.id, new["rotation"]))
                current = records.get(found) if found else None
            key = current.id if current else (email, id(assignment), new.get("rotation"))
            if self.duplicate(seen, key, row, "rotation", "Deze plaatsing"):
                continue
            self.check_period(row, new, current)
            if row.has_error:
                continue
            plan = _PlacementPlan(
                row,
                current.id if current else None,
                given_id if current is None else None,
                email,
                assignment,
                new,
            )
            if current is None:
                if self.missing_for_create(row, ("rotation", "start_date", "end_date")):
                    continue
                plan.outcome = CREATED
            else:
                changed = any(not _same(getattr(current, k), v) for k, v in new.items())
                changed = (
                    changed
                    or emails[current.trainee_id] != email
                    or current.assignment_id != assignment.id
                )
                plan.outcome = UPDATED if changed else UNCHANGED
            self.plans.append(plan)
            self.counts.add(plan.outcome)

    def _assignment(self, row: ParsedRow, current: Placement | None) -> AssignmentKey | None:
        job = self.job
        values = row.values
        wanted_id = values.get("assignment_id")
        if wanted_id is not None:
            for known in job.assignments:
                if known.id == wanted_id:
                    return known
            self.problem(row, "assignment_id", f"Er is geen opdracht met ID {wanted_id}.")
            return None
        title = values.get("assignment")
        if title is None:
            if current is not None:
                return next((k for k in job.assignments if k.id == current.assignment_id), None)
            if "assignment" not in row.failed and "assignment_id" not in row.failed:
                self.problem(
                    row, "assignment", "Vul de opdracht in (Opdracht-ID, of titel en organisatie)."
                )
            return None
        organisation = values.get("organisation")
        options = [
            k
            for k in job.assignments
            if k.title == fold(title)
            and (organisation is None or k.organisation == fold(organisation))
        ]
        start = values.get("start_date")
        if len(options) > 1 and start is not None:
            options = [
                k for k in options if k.start and k.end and k.start <= start <= k.end
            ] or options
        if len(options) == 1:
            return options[0]
        where = f" bij {organisation}" if organisation else ""
        if not options:
            self.problem(row, "assignment", f"Er is geen opdracht '{title}'{where}.")
        else:
            self.problem(
                row,
                "assignment",
                f"Er zijn meerdere opdrachten '{title}'{where}; "
                "vul de organisatie of het Opdracht-ID in.",
            )
        return None

    def write(self, progress: Progress) -> None:
        session = self.session
        plans = [p for p in self.plans if p.outcome != UNCHANGED]
        if not plans:
            return
        trainees = dict(session.execute(select(Trainee.email, Trainee.id)).all())
        assignment_ids: dict[tuple[str, str, dt.date], int] = {}
        for a_id, org, title, start in session.execute(
            select(Assignment.id, Organisation.name, Assignment.title, Assignment.start_date).join(
                Organisation, Organisation.id == Assignment.organisation_id
            )
        ):
            assignment_ids[(fold(org), fold(title), start)] = a_id
        ids = _next_ids(session, Placement, [p.new_id for p in plans if p.new_id])
        written: list[tuple[Placement, _PlacementPlan]] = []
        for plan in plans:
            key = plan.assignment
            assignment_id = key.id or assignment_ids[(key.organisation, key.title, key.start)]  # type: ignore[index]
            if plan.outcome == CREATED:
                record = Placement(id=plan.new_id or next(ids), status=PlacementStatus.PROPOSED)
                session.add(record)
            else:
                record = session.get_one(Placement, plan.record_id)
            record.trainee_id = trainees[plan.trainee_email]
            record.assignment_id = assignment_id
            for attr, value in plan.values.items():
                if not _same(getattr(record, attr), value):
                    setattr(record, attr, value)
            written.append((record, plan))
        session.flush()
        for record, plan in written:
            self.job.rows_of[("placement", record.id)].append(plan.row)
            self.job.rule_trainees.add(record.trainee_id)
            self.job.rule_assignments.add(record.assignment_id)


# ------------------------------------------------------------------------------------------
# Sessions
# ------------------------------------------------------------------------------------------


@dataclass
class _SessionPlan:
    row: ParsedRow
    record_id: int | None
    new_id: int | None
    values: dict[str, Any]
    links: dict[str, set[str]]
    outcome: str = UNCHANGED


class SessionHandler(Handler):
    kind = "sessions"

    def check(self) -> None:
        job = self.job
        job.load_references()
        self.plans: list[_SessionPlan] = []
        if not self.require_columns(any_of=("title", "id")):
            return
        records = {
            s.id: s
            for s in self.session.scalars(
                select(SessionRecord).options(
                    selectinload(SessionRecord.invited_cohorts),
                    selectinload(SessionRecord.invited_programmes),
                    selectinload(SessionRecord.themes_raised),
                )
            )
        }
        self.theme_names: dict[str, str] = {}
        seen: dict[Any, ParsedRow] = {}
        for row in self.rows():
            values = row.values
            given_id = values.get("id")
            current = records.get(given_id) if given_id is not None else None
            title, day = values.get("title"), values.get("date")
            if current is None and title is not None and day is not None:
                found = job.sessions.get((fold(title), day))
                current = records.get(found) if found else None
            if current is None and (title is None or day is None):
                if not row.failed & {"title", "date"}:
                    self.missing_for_create(row, ("title", "date"))
                continue
            key = current.id if current else (fold(title or ""), day)
            if self.duplicate(seen, key, row, "title", f"Bijeenkomst '{title}'"):
                continue
            new: dict[str, Any] = {}
            for src in ("title", "type", "date", "start_time", "end_time"):
                if row.has(src) and values[src] is not None:
                    new[src] = values[src]
            for src in ("location", "facilitator", "capacity"):
                if row.has(src):
                    new[src] = values[src]
            for src in ("description", "outcome_notes"):
                if row.has(src):
                    new[src] = values[src] or ""
            if row.has("municipality"):
                new["municipality_id"] = self.municipality(row)
            links: dict[str, set[str]] = {}
            if row.has("programmes"):
                names = values["programmes"] or []
                for name in names:
                    job.refer_programme(row, "programmes", name)
                links["programmes"] = {fold(n) for n in names}
            if row.has("cohorts"):
                names = values["cohorts"] or []
                for name in names:
                    if fold(name) not in job.cohorts and fold(name) not in job.new_cohorts:
                        self.problem(row, "cohorts", f"Onbekende lichting '{name}'.", value=name)
                links["cohorts"] = {fold(n) for n in names}
            if row.has("themes"):
                names = values["themes"] or []
                for name in names:
                    self.theme_names.setdefault(fold(name), name)
                links["themes"] = {fold(n) for n in names}
            s = new.get("start_time", current.start_time if current else None)
            e = new.get("end_time", current.end_time if current else None)
            if s is not None and e is not None and e <= s:
                self.problem(
                    row, "end_time", f"Eindtijd ({e:%H:%M}) ligt niet na de begintijd ({s:%H:%M})."
                )
            if row.has_error:
                continue
            plan = _SessionPlan(
                row,
                current.id if current else None,
                given_id if current is None else None,
                new,
                links,
            )
            if current is None:
                if self.missing_for_create(row, ("type", "start_time", "end_time")):
                    continue
                plan.outcome = CREATED
                job.sessions[(fold(new["title"]), new["date"])] = given_id
                if given_id is not None:
                    job.session_ids[given_id] = (fold(new["title"]), new["date"])
            else:
                changed = any(not _same(getattr(current, k), v) for k, v in new.items())
                changed = changed or self._links_differ(current, links)
                plan.outcome = UPDATED if changed else UNCHANGED
                if "title" in new or "date" in new:
                    old = (fold(current.title), current.date)
                    job.sessions.pop(old, None)
                    newer = (fold(new.get("title", current.title)), new.get("date", current.date))
                    job.sessions[newer] = current.id
                    job.session_ids[current.id] = newer
            self.plans.append(plan)
            self.counts.add(plan.outcome)

    @staticmethod
    def _links_differ(current: SessionRecord, links: dict[str, set[str]]) -> bool:
        return (
            (
                "programmes" in links
                and {fold(p.name) for p in current.invited_programmes} != links["programmes"]
            )
            or (
                "cohorts" in links
                and {fold(c.name) for c in current.invited_cohorts} != links["cohorts"]
            )
            or (
                "themes" in links
                and {fold(t.name) for t in current.themes_raised} != links["themes"]
            )
        )

    def write(self, progress: Progress) -> None:
        session = self.session
        plans = [p for p in self.plans if p.outcome != UNCHANGED]
        if not plans:
            return
        programmes = {fold(p.name): p for p in session.scalars(select(Programme))}
        cohorts = {fold(c.name): c for c in session.scalars(select(Cohort))}
        themes = _vocabulary(session, Theme, self.theme_names.values())
        ids = _next_ids(session, SessionRecord, [p.new_id for p in plans if p.new_id])
        for plan in plans:
            if plan.outcome == CREATED:
                record = SessionRecord(id=plan.new_id or next(ids))
                session.add(record)
            else:
                record = session.get_one(SessionRecord, plan.record_id)
            for attr, value in plan.values.items():
                if not _same(getattr(record, attr, None), value):
                    setattr(record, attr, value)
            if "programmes" in plan.links:
                record.invited_programmes = [
                    programmes[k] for k in sorted(plan.links["programmes"])
                ]
            if "cohorts" in plan.links:
                record.invited_cohorts = [cohorts[k] for k in sorted(plan.links["cohorts"])]
            if "themes" in plan.links:
                record.themes_raised = [themes[k] for k in sorted(plan.links["themes"])]
        session.flush()


# ------------------------------------------------------------------------------------------
# Attendance
# ------------------------------------------------------------------------------------------

_GUEST_WORDS = {"gast", "guest", "extern", "externe", "bezoeker"}


@dataclass
class _AttendancePlan:
    row: ParsedRow
    record_id: int | None
    new_id: int | None
    session_key: tuple[str, dt.date]
    trainee_email: str | None
    guest: dict[str, Any] | None  # name, email, organisation_name, education_level
    values: dict[str, Any]
    outcome: str = UNCHANGED


def guest_identity(guest: dict[str, Any] | None) -> str:
    if guest is None:
        return ""
    return str(guest["id"]) if guest["id"] else fold(guest["name"] or "")


class AttendanceHandler(Handler):
    kind = "attendance"

    def check(self) -> None:
        job = self.job
        job.load_references()
        self.plans: list[_AttendancePlan] = []
        if not self.require_columns(any_of=("name", "email", "id")):
            return
        session = self.session
        records = {a.id: a for a in session.scalars(select(Attendance))}
        trainee_names: dict[str, list[str]] = defaultdict(list)
        trainee_email_of: dict[int, str] = {}
        for t_id, given, prefix, surname, email in session.execute(
            select(Trainee.id, Trainee.given_name, Trainee.prefix, Trainee.surname, Trainee.email)
        ):
            trainee_names[fold(full_name(given, prefix, surname))].append(email)
            trainee_email_of[t_id] = email
        for name, email in job.planned_trainee_names():
            trainee_names[name].append(email)
        guests = {g.id: g for g in session.scalars(select(GuestParticipant))}
        guest_by_email = {g.email: g for g in guests.values() if g.email}
        guest_by_name: dict[str, list[GuestParticipant]] = defaultdict(list)
        for g in guests.values():
            guest_by_name[fold(g.name)].append(g)
        existing_key: dict[tuple[int, str], int] = {}
        for a in records.values():
            who = f"t:{trainee_email_of[a.trainee_id]}" if a.trainee_id else f"g:{a.guest_id}"
            existing_key[(a.session_id, who)] = a.id
        seen: dict[Any, ParsedRow] = {}
        for sheet in self.sheets:
            context = sheet.context
            for row in sheet.rows:
                self._check_row(
                    row,
                    context,
                    records,
                    trainee_names,
                    guest_by_email,
                    guest_by_name,
                    existing_key,
                    trainee_email_of,
                    seen,
                )

    def _session_of(self, row: ParsedRow, context: dict[str, Any]) -> tuple[str, dt.date] | None:
        job = self.job
        values = row.values
        session_id = values.get("session_id") or (
            None if row.given("session_title") else context.get("id")
        )
        if session_id is not None:
            found = job.session_ids.get(session_id)
            if found is None:
                self.problem(
                    row,
                    "session_id",
                    f"Er is geen bijeenkomst met ID {session_id}.",
                    value=session_id,
                )
                return None
            return found
        title = values.get("session_title") or context.get("title")
        day = values.get("session_date") or context.get("date")
        if title is None or day is None:
            if not row.failed & {"session_title", "session_date", "session_id"}:
                self.problem(
                    row,
                    "session_title" if title is None else "session_date",
                    "Welke bijeenkomst? Vul Sessie-ID of titel en datum van de bijeenkomst in "
                    "(per rij, of boven de tabel: 'Bijeenkomst:' en 'Datum:').",
                )
            return None
        key = (fold(title), day)
        if key not in job.sessions:
            self.problem(
                row,
                "session_title",
                f"Er is geen bijeenkomst '{title}' op {short_date(day)}.",
                value=title,
            )
            return None
        return key

    def _check_row(
        self,
        row: ParsedRow,
        context: dict[str, Any],
        records: dict[int, Attendance],
        trainee_names: dict[str, list[str]],
        guest_by_email: dict[str, GuestParticipant],
        guest_by_name: dict[str, list[GuestParticipant]],
        existing_key: dict[tuple[int, str], int],
        trainee_email_of: dict[int, str],
        seen: dict[Any, ParsedRow],
    ) -> None:
        job = self.job
        values = row.values
        given_id = values.get("id")
        current = records.get(given_id) if given_id is not None else None
        session_key = self._session_of(row, context)
        if session_key is None:
            return
        email, name = values.get("email"), values.get("name")
        kind_text = fold(values.get("participant_type") or "")
        wants_guest = kind_text in _GUEST_WORDS
        trainee_email: str | None = None
        guest: dict[str, Any] | None = None
        if not wants_guest and email is not None and email in job.trainee_emails:
            trainee_email = email
        elif (
            not wants_guest
            and email is None
            and name is not None
            and len(trainee_names.get(fold(name), [])) == 1
        ):
            trainee_email = trainee_names[fold(name)][0]
        elif name is None and email is None:
            if not row.failed & {"name", "email"}:
                self.problem(row, "name", "Vul de naam of het e-mailadres van de deelnemer in.")
            return
        else:
            known = guest_by_email.get(email) if email else None
            if known is None and name is not None and not email:
                same = guest_by_name.get(fold(name), [])
                known = same[0] if len(same) == 1 else None
            guest = {
                "id": known.id if known else None,
                "name": name or (known.name if known else None),
                "email": email,
                "organisation_name": values.get("organisation")
                if row.has("organisation")
                else None,
                "education_level": values.get("education_level")
                if row.has("education_level")
                else None,
            }
            if guest["name"] is None:
                self.problem(
                    row, "name", f"{email} is geen bekende trainee; vul de naam van de gast in."
                )
                return
        who = f"t:{trainee_email}" if trainee_email else f"g:{guest_identity(guest)}"
        if self.duplicate(seen, (session_key, who), row, "name", f"Deelnemer '{name or email}'"):
            return
        new: dict[str, Any] = {}
        status = values.get("status") if row.has("status") else None
        if status is not None or current is None:
            new["status"] = status or AttendanceStatus.PRESENT
        if row.has("checked_in_at"):
            moment = values["checked_in_at"]
            if isinstance(moment, dt.time):
                moment = dt.datetime.combine(session_key[1], moment)
            new["checked_in_at"] = moment
        if row.has("note"):
            new["note"] = values["note"] or ""
        for src in ("feedback_score", "feedback_comment"):
            if row.has(src):
                new[src] = values[src]
        if row.has_error:
            return
        session_id = job.sessions.get(session_key)
        if current is None and session_id is not None:
            guest_key = guest["id"] if guest and guest["id"] else None
            lookup = (
                f"t:{trainee_email}" if trainee_email else (f"g:{guest_key}" if guest_key else None)
            )
            found = existing_key.get((session_id, lookup)) if lookup else None
            current = records.get(found) if found else None
        plan = _AttendancePlan(
            row,
            current.id if current else None,
            given_id if current is None else None,
            session_key,
            trainee_email,
            guest,
            new,
        )
        if current is None:
            plan.outcome = CREATED
        else:
            changed = any(not _same(getattr(current, k), v) for k, v in new.items())
            if guest is not None and current.guest_id is not None:
                record = self.session.get(GuestParticipant, current.guest_id)
                changed = changed or (record is not None and self._guest_differs(record, guest))
            plan.outcome = UPDATED if changed else UNCHANGED
        self.plans.append(plan)
        self.counts.add(plan.outcome)

    @staticmethod
    def _guest_differs(record: GuestParticipant, guest: dict[str, Any]) -> bool:
        return any(
            guest.get(attr) is not None and not _same(getattr(record, attr), guest[attr])
            for attr in ("organisation_name", "education_level")
        )

    def write(self, progress: Progress) -> None:
        session = self.session
        plans = [p for p in self.plans if p.outcome != UNCHANGED]
        if not plans:
            return
        sessions = {
            (fold(title), day): s_id
            for s_id, title, day in session.execute(
                select(SessionRecord.id, SessionRecord.title, SessionRecord.date)
            )
        }
        trainees = dict(session.execute(select(Trainee.email, Trainee.id)).all())
        guest_codes = CodeDrawer(session)
        new_guests: dict[str, GuestParticipant] = {}
        ids = _next_ids(session, Attendance, [p.new_id for p in plans if p.new_id])
        for done, plan in enumerate(plans, start=1):
            guest_id = None
            if plan.guest is not None:
                guest_id = self._guest(plan.guest, new_guests, guest_codes)
            if plan.outcome == CREATED:
                record = Attendance(
                    id=plan.new_id or next(ids),
                    session_id=sessions[plan.session_key],
                    trainee_id=trainees[plan.trainee_email] if plan.trainee_email else None,
                    guest_id=guest_id,
                    **plan.values,
                )
                session.add(record)
            else:
                record = session.get_one(Attendance, plan.record_id)
                for attr, value in plan.values.items():
                    if not _same(getattr(record, attr), value):
                        setattr(record, attr, value)
            if done % 2000 == 0:
                session.flush()
                progress.report(done, len(plans), "")
        session.flush()

    def _guest(
        self, guest: dict[str, Any], new_guests: dict[str, GuestParticipant], codes: CodeDrawer
    ) -> int:
        session = self.session
        if guest["id"] is not None:
            record = session.get_one(GuestParticipant, guest["id"])
            for attr in ("organisation_name", "education_level"):
                if guest.get(attr) is not None and not _same(getattr(record, attr), guest[attr]):
                    setattr(record, attr, guest[attr])
            return record.id
        key = guest["email"] or "name:" + fold(guest["name"])
        record = new_guests.get(key)
        if record is None:
            record = GuestParticipant(
                name=guest["name"],
                email=guest["email"],
                organisation_name=guest.get("organisation_name"),
                education_level=guest.get("education_level"),
                checkin_code=codes.draw(GUEST_PREFIX),
            )
            session.add(record)
            session.flush()
            new_guests[key] = record
        return record.id


HANDLERS: dict[str, type[Handler]] = {
    "programmes": ProgrammeHandler,
    "organisations": OrganisationHandler,
    "trainees": TraineeHandler,
    "assignments": AssignmentHandler,
    "placements": PlacementHandler,
    "sessions": SessionHandler,
    "attendance": AttendanceHandler,
}

__all__ = ["HANDLERS", "Handler", "Job", "EducationLevel"]
