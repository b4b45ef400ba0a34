"""The demo database behind `coordinator-app demo [--size small|large] [--force]`.

The small demo is a believable picture of traineeships in Groningen on the
reference date 26 November 2026: three programmes, real kinds of host
organisations, the six example assignments of the programmes, 36 trainees with
Dutch (and not only Dutch) names, their rotations, training days, intervision,
participation sessions with mbo guests, attendance, outcomes and action points.
It is written through the ORM, so the hard rules are checked on the flush as for
any user; the planner below only ever picks a placement that keeps every rule, so
that check never fires.

Everything is derived from one seeded random stream and a fixed reference date,
never from the clock: the same command writes the same rows. The large demo
(benchmarks) lives in :mod:`coordinator_app.services.demo_large`.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from coordinator_app.context import AppContext
from coordinator_app.db.engine import is_sqlite, resolve_database_url, safe_url, sqlite_path
from coordinator_app.db.instance_lock import InstanceLock
from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
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
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    GuestParticipant,
    Municipality,
    Organisation,
    Placement,
    PlacementStatus,
    Preference,
    Programme,
    SessionType,
    Theme,
    Trainee,
    TraineeCompetence,
    TraineeStatus,
)
from coordinator_app.models import (
    Session as SessionRecord,
)
from coordinator_app.models.base import Base, Timestamped
from coordinator_app.services import demo_data as data
from coordinator_app.services.audit import USER_KEY
from coordinator_app.services.demo_data import REFERENCE_DATE
from coordinator_app.services.demo_large import generate_large
from coordinator_app.services.dutch import short_date
from coordinator_app.services.geo import distance_km
from coordinator_app.services.progress import NO_PROGRESS, Progress
from coordinator_app.services.rules import HardRuleViolation, check_hard_rules
from coordinator_app.services.stats import entity_counts

SIZES = ("small", "large")
DEMO_USER = "demo"

# Tables a forced rewrite of a server database keeps: the region's reference data.
_KEEP_ON_CLEAR = frozenset({"province", "municipality", "former_municipality", "app_meta"})
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SQLITE_SIDECARS = ("-wal", "-shm", "-journal")

_AREA_CODES = {
    "Groningen": "050", "Midden-Groningen": "0598", "Eemsdelta": "0596",
    "Het Hogeland": "0595", "Pekela": "0597", "Stadskanaal": "0599", "Veendam": "0598",
    "Westerwolde": "0599", "Oldambt": "0597", "Westerkwartier": "0594", "Noordenveld": "050",
    "Aa en Hunze": "0592", "Assen": "0592", "Tynaarlo": "050",
}  # fmt: skip


# --- writing the database -------------------------------------------------------------


def write_demo_database(
    db: str | None,
    size: str = "small",
    force: bool = False,
    *,
    progress: Progress = NO_PROGRESS,
) -> str:
    """Write a demo database to ``db`` and return a one-line Dutch summary.

    A SQLite file is built under a temporary name next to the target and moved into
    place only when complete, so a failure never leaves half a demo behind and a
    forced rewrite keeps the old file until the new one is ready.
    """
    if size not in SIZES:
        raise CoordinatorError(f"Onbekende omvang '{size}'; kies small of large.")
    url = resolve_database_url(db)
    started = time.perf_counter()
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is None:
            raise CoordinatorError(
                "Een demodatabase in het geheugen blijft niet bewaard; geef een bestandsnaam op."
            )
        counts = _write_sqlite_file(path, size, force, progress)
        where = str(path)
    else:
        counts = _write_server_database(url, size, force, progress)
        where = safe_url(url)
    seconds = time.perf_counter() - started
    return (
        f"Demodatabase geschreven naar {where}: {_n(counts['trainees'])} trainees, "
        f"{_n(counts['organisations'])} organisaties, {_n(counts['assignments'])} opdrachten, "
        f"{_n(counts['placements'])} plaatsingen, {_n(counts['sessions'])} bijeenkomsten, "
        f"{_n(counts['attendances'])} aanwezigheidsregistraties "
        f"({f'{seconds:.1f}'.replace('.', ',')} s)."
    )


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _write_sqlite_file(path: Path, size: str, force: bool, progress: Progress) -> dict[str, int]:
    if path.is_dir():
        raise CoordinatorError(f"{path} is een map; geef de naam van een databasebestand op.")
    lock: InstanceLock | None = None
    if path.exists():
        if not force:
            raise CoordinatorError(
                f"{path} bestaat al; gebruik --force om het te overschrijven met de demodatabase."
            )
        _refuse_foreign_file(path)
        lock = InstanceLock(path)
        if not lock.acquire():
            raise CoordinatorError(
                f"{path} is geopend in Coordinator (proces {lock.holder() or 'onbekend'}); "
                "sluit de app en probeer het opnieuw."
            )
    if not path.parent.is_dir():
        raise CoordinatorError(f"De map {path.parent} bestaat niet.")
    building = path.with_name(f".{path.name}.demo-{os.getpid()}.tmp")
    _remove_with_sidecars(building)
    try:
        context = AppContext.open(str(building))
        try:
            counts = _fill(context, size, progress)
            with context.store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            context.close()
        for suffix in _SQLITE_SIDECARS:
            # A stale journal next to the new file would be replayed into it.
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        try:
            os.replace(building, path)
        except OSError as exc:
            raise CoordinatorError(f"Kan {path} niet vervangen: {exc.strerror or exc}.") from exc
    finally:
        _remove_with_sidecars(building)
        if lock is not None:
            lock.release()
    return counts


def _refuse_foreign_file(path: Path) -> None:
    """--force replaces an old database, never a spreadsheet that was typed by mistake."""
    with path.open("rb") as handle:
        header = handle.read(len(_SQLITE_MAGIC))
    if header and header != _SQLITE_MAGIC:
        raise CoordinatorError(
            f"{path} is geen databasebestand; het wordt ook met --force niet overschreven."
        )


def _remove_with_sidecars(path: Path) -> None:
    path.unlink(missing_ok=True)
    for suffix in _SQLITE_SIDECARS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _write_server_database(url: URL, size: str, force: bool, progress: Progress) -> dict[str, int]:
    context = AppContext.open(url.render_as_string(hide_password=False))
    try:
        return _fill(context, size, progress, url=url, force=force)
    finally:
        context.close()


def _fill(
    context: AppContext,
    size: str,
    progress: Progress,
    *,
    url: URL | None = None,
    force: bool = True,
) -> dict[str, int]:
    with context.transaction() as session:
        if url is not None and _holds_domain_data(session):
            if not force:
                raise CoordinatorError(
                    f"De database {safe_url(url)} bevat al gegevens; gebruik --force om ze te "
                    "vervangen door de demogegevens."
                )
            _clear_domain_data(session)
        if size == "small":
            generate_small(session, progress=progress)
        else:
            generate_large(session, progress=progress)
            # Core inserts bypass the per-flush rule check; a bug must not ship a bad file.
            violations = check_hard_rules(session)
            if violations:
                raise HardRuleViolation(violations)
    with context.read_session() as session:
        return entity_counts(session)


def _holds_domain_data(session: Session) -> bool:
    return any(
        session.scalar(select(func.count()).select_from(model)) or 0
        for model in (Trainee, Programme, Organisation, Assignment, SessionRecord)
    )


def _clear_domain_data(session: Session) -> None:
    for table in reversed(Base.metadata.sorted_tables):
        if table.name not in _KEEP_ON_CLEAR:
            session.execute(table.delete())


# --- the small demo -------------------------------------------------------------------


def generate_small(session: Session, *, progress: Progress = NO_PROGRESS) -> None:
    """Add the small demo to ``session`` and flush it (the caller commits).

    The change history records every demo record as created by ``demo`` at the
    fixed record time, so that the history, too, is the same on every run.
    """
    first_entry = int(session.scalar(select(func.max(AuditEntry.id))) or 0)
    had_user, user = USER_KEY in session.info, session.info.get(USER_KEY)
    session.info[USER_KEY] = DEMO_USER
    try:
        _SmallDemo(session, progress).build()
    finally:
        if had_user:
            session.info[USER_KEY] = user
        else:
            session.info.pop(USER_KEY, None)
    session.execute(
        update(AuditEntry).where(AuditEntry.id > first_entry).values(at=data.RECORD_TIMESTAMP)
    )


@dataclass
class _Slot:
    """One rotation to fill: a trainee and the window the cohort prescribes."""

    trainee: Trainee
    spec: data.TraineeSpec
    rotation: int
    start: dt.date
    end: dt.date


class _SmallDemo:
    def __init__(self, session: Session, progress: Progress) -> None:
        self.session = session
        self.progress = progress
        self.rng = random.Random(data.RANDOM_SEED)
        self.codes = data.CheckinCodes(self.rng)
        self.emails: set[str] = set()
        self.municipalities: dict[str, Municipality] = {}
        self.themes: dict[str, Theme] = {}
        self.competences: dict[str, Competence] = {}
        self.programmes: dict[str, Programme] = {}
        self.programme_specs = {p.key: p for p in data.PROGRAMMES}
        self.cohorts: dict[str, Cohort] = {}
        self.coaches: list[Coach] = []
        self.organisations: dict[str, Organisation] = {}
        self.supervisors: dict[str, list[ContactPerson]] = {}
        self.assignments: dict[str, Assignment] = {}
        self.assignment_specs = {a.key: a for a in data.ASSIGNMENTS}
        self.trainees: list[tuple[Trainee, data.TraineeSpec]] = []
        self.placements: list[Placement] = []
        # Planner state: what each trainee has done and what each assignment holds.
        self.orgs_done: dict[int, set[str]] = defaultdict(set)
        self.themes_done: dict[int, set[str]] = defaultdict(set)
        self.occupied: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
        self.guests: dict[str, GuestParticipant] = {}

    def build(self) -> None:
        with self.session.no_autoflush:
            self.municipalities = {
                m.name: m
                for m in self.session.scalars(select(Municipality).order_by(Municipality.id))
            }
            steps = (
                ("Thema's, programma's en organisaties", self._vocabularies),
                ("Thema's, programma's en organisaties", self._programmes),
                ("Thema's, programma's en organisaties", self._organisations),
                ("Opdrachten", self._assignments),
                ("Trainees", self._trainees),
                ("Plaatsingen", self._plan_placements),
                ("Evaluaties", self._evaluations),
                ("Opdrachten", self._assignment_statuses),
            )
            for number, (label, step) in enumerate(steps):
                self.progress.report(number, 12, label)
                step()
        self._flush()  # preferences refer to assignments by id
        with self.session.no_autoflush:
            for number, (label, step) in enumerate(
                (
                    ("Voorkeuren", self._preferences),
                    ("Bijeenkomsten", self._guests),
                    ("Bijeenkomsten", self._sessions),
                ),
                start=len(steps),
            ):
                self.progress.report(number, 12, label)
                step()
        self._flush()
        self.progress.report(12, 12, "Klaar")

    def _flush(self) -> None:
        for record in self.session.new:
            if isinstance(record, Timestamped):
                record.created_at = record.updated_at = data.RECORD_TIMESTAMP
        self.session.flush()

    # --- vocabularies, programmes, organisations ---------------------------------

    def _vocabularies(self) -> None:
        # Get-or-create: the application may ship some of these words itself.
        existing_themes = {t.name: t for t in self.session.scalars(select(Theme))}
        for name in data.THEMES:
            theme = existing_themes.get(name) or Theme(name=name)
            self.session.add(theme)
            self.themes[name] = theme
        existing_competences = {c.name: c for c in self.session.scalars(select(Competence))}
        for name in data.COMPETENCES:
            competence = existing_competences.get(name) or Competence(name=name)
            self.session.add(competence)
            self.competences[name] = competence

    def _programmes(self) -> None:
        for spec in data.PROGRAMMES:
            programme = Programme(
                name=spec.name,
                description=spec.description,
                rotations_per_trainee=spec.rotations,
                rotation_months=spec.rotation_months,
                distinct_organisations=True,
            )
            self.session.add(programme)
            self.programmes[spec.key] = programme
            cohort = Cohort(
                programme=programme, name=spec.cohort_name, start_date=spec.cohort_start
            )
            self.session.add(cohort)
            self.cohorts[spec.key] = cohort
        for name, phone in data.COACHES:
            given, _, rest = name.partition(" ")
            coach = Coach(
                name=name,
                email=f"{data.email_part(given)}.{data.email_part(rest)}@coaching.example",
                phone=phone,
            )
            self.session.add(coach)
            self.coaches.append(coach)

    def _phone(self, municipality: str) -> str:
        area = _AREA_CODES.get(municipality, "050")
        digits = str(self.rng.randint(2, 9)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(9 - len(area))
        )
        if len(area) == 3:
            return f"{area} {digits[:3]} {digits[3:]}"
        return f"{area} {digits[:2]} {digits[2:4]} {digits[4:]}"

    def _mobile(self) -> str:
        digits = "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        return f"06 {digits[:4]} {digits[4:]}"

    def _organisations(self) -> None:
        people = [(g, p, s) for g in data.CONTACT_GIVEN for p, s in data.CONTACT_SURNAMES]
        self.rng.shuffle(people)
        assignments_per_org: dict[str, int] = defaultdict(int)
        for offer in data.ASSIGNMENTS:
            assignments_per_org[offer.organisation] += 1
        for spec in data.ORGANISATIONS:
            organisation = Organisation(
                name=spec.name,
                type=spec.type,
                municipality=self.municipalities[spec.municipality],
                address=spec.address,
                website=spec.website,
                notes=spec.notes,
            )
            self.session.add(organisation)
            self.organisations[spec.key] = organisation
            supervisors = 2 if assignments_per_org[spec.key] >= 2 else 1
            count = supervisors + self.rng.randint(0, 1)
            self.supervisors[spec.key] = []
            for index in range(count):
                given, prefix, surname = people.pop()
                is_supervisor = index < supervisors
                role = (
                    data.SUPERVISOR_ROLES[spec.type]
                    if is_supervisor
                    else self.rng.choice(data.OTHER_ROLES)
                )
                contact = ContactPerson(
                    name=" ".join(part for part in (given, prefix, surname) if part),
                    role=role,
                    email=f"{data.email_part(given[0])}.{data.email_part(prefix, surname)}"
                    f"@{spec.domain}",
                    phone=self._phone(spec.municipality),
                    is_supervisor=is_supervisor,
                )
                organisation.contacts.append(contact)
                if is_supervisor:
                    self.supervisors[spec.key].append(contact)

    def _assignments(self) -> None:
        used: dict[str, int] = defaultdict(int)
        for spec in data.ASSIGNMENTS:
            start, end = data.PERIODS[spec.period]
            organisation = self.organisations[spec.organisation]
            supervisors = self.supervisors[spec.organisation]
            supervisor = supervisors[used[spec.organisation] % len(supervisors)]
            used[spec.organisation] += 1
            hours = min(self.programme_specs[key].hours_per_week for key in spec.programmes)
            assignment = Assignment(
                title=spec.title,
                description=spec.description,
                organisation=organisation,
                municipality=(
                    self.municipalities[spec.municipality]
                    if spec.municipality
                    else organisation.municipality
                ),
                start_date=start,
                end_date=end,
                places=spec.places,
                hours_per_week=hours,
                supervisor=supervisor,
                status=AssignmentStatus.DRAFT if spec.draft else AssignmentStatus.OPEN,
                programmes=[self.programmes[key] for key in spec.programmes],
                themes=[self.themes[name] for name in spec.themes],
            )
            assignment.accepted_levels = spec.levels
            assignment.competences = [
                AssignmentCompetence(
                    competence=self.competences[name], level=self.rng.randint(2, 4)
                )
                for name in spec.competences
            ]
            self.session.add(assignment)
            self.assignments[spec.key] = assignment

    # --- trainees ------------------------------------------------------------------

    def _trainees(self) -> None:
        for number, spec in enumerate(data.TRAINEES):
            programme = self.programme_specs[spec.programme]
            left = (spec.given, spec.surname) == data.LEAVER
            contract_end = (
                data.LEFT_ON
                if left
                else data.rotation_window(
                    programme.cohort_start, programme.rotation_months, programme.rotations
                )[1]
            )
            email = self._unique_email(
                f"{data.email_part(spec.given)}.{data.email_part(spec.prefix, spec.surname)}",
                programme.email_domain,
            )
            trainee = Trainee(
                given_name=spec.given,
                prefix=spec.prefix,
                surname=spec.surname,
                email=email,
                phone=self._mobile(),
                education_level=spec.level,
                field_of_study=spec.field,
                home_municipality=self.municipalities[spec.home],
                cohort=self.cohorts[spec.programme],
                coach=self.coaches[number % len(self.coaches)],
                status=TraineeStatus.LEFT if left else TraineeStatus.ACTIVE,
                contract_start=programme.cohort_start,
                contract_end=contract_end,
                checkin_code=self.codes.next(),
                notes=(
                    f"Gestopt per {short_date(data.LEFT_ON)}: elders een vaste baan gevonden."
                    if left
                    else ""
                ),
                themes=[self.themes[name] for name in spec.themes],
            )
            trainee.competences = [
                TraineeCompetence(competence=self.competences[name], level=self.rng.randint(2, 5))
                for name in self.rng.sample(data.COMPETENCES, 4)
            ]
            self.session.add(trainee)
            self.trainees.append((trainee, spec))

    def _unique_email(self, local: str, domain: str) -> str:
        candidate, number = f"{local}@{domain}", 2
        while candidate in self.emails:
            candidate, number = f"{local}{number}@{domain}", number + 1
        self.emails.add(candidate)
        return candidate

    # --- placements -----------------------------------------------------------------

    def _plan_placements(self) -> None:
        """Fill every rotation window in time order with the best assignment that fits.

        Only assignments that keep all hard rules are candidates (see ``_fits``), so
        the plan is valid by construction; the score only decides among them.
        """
        slots: list[_Slot] = []
        for trainee, spec in self.trainees:
            programme = self.programme_specs[spec.programme]
            for rotation in range(1, programme.rotations + 1):
                start, end = data.rotation_window(
                    programme.cohort_start, programme.rotation_months, rotation
                )
                slots.append(_Slot(trainee, spec, rotation, start, end))
        windows: dict[tuple[dt.date, str, int], list[_Slot]] = defaultdict(list)
        for slot in slots:
            windows[(slot.start, slot.spec.programme, slot.rotation)].append(slot)
        for key in sorted(windows):
            group = windows[key]
            self.rng.shuffle(group)
            # Fixed trajectories go first so the planner works around them.
            group.sort(key=lambda s: (s.spec.given, s.spec.surname) not in data.PINNED)
            open_third = self._open_third_rotations(group)
            for slot in group:
                if self._left_open(slot, open_third):
                    continue
                self._place(slot)

    def _open_third_rotations(self, group: list[_Slot]) -> set[int]:
        """NPG and GOA trainees whose third rotation is still unplanned on the reference date."""
        first = group[0]
        if first.rotation != 3 or first.spec.programme == data.TVG:
            return set()
        return {id(slot.trainee) for slot in group[-3:]}

    def _left_open(self, slot: _Slot, open_third: set[int]) -> bool:
        who = (slot.spec.given, slot.spec.surname)
        if who == data.LEAVER and slot.rotation == 3:
            return True
        if who in data.WITHOUT_NEXT and slot.rotation == 3:
            return True
        return id(slot.trainee) in open_third

    def _place(self, slot: _Slot) -> None:
        who = (slot.spec.given, slot.spec.surname)
        if who in data.PINNED:
            key = data.PINNED[who][slot.rotation - 1]
            if key is None:
                return
            if not self._fits(slot, self.assignment_specs[key]):
                raise AssertionError(f"pinned placement {who} -> {key} breaks a hard rule")
        else:
            candidates = [a for a in data.ASSIGNMENTS if self._fits(slot, a)]
            if not candidates:
                raise AssertionError(f"no assignment fits {who} in rotation {slot.rotation}")
            key = max(candidates, key=lambda a: self._score(slot, a)).key
        spec = self.assignment_specs[key]
        aborted = who == data.LEAVER and slot.rotation == 2
        end = data.LEFT_ON if aborted else slot.end
        placement = Placement(
            trainee=slot.trainee,
            assignment=self.assignments[key],
            rotation=slot.rotation,
            start_date=slot.start,
            end_date=end,
            status=(
                PlacementStatus.ABORTED
                if aborted
                else _status_on_reference_date(slot, slot.spec.programme)
            ),
            notes="Voortijdig beëindigd: trainee is gestopt." if aborted else "",
        )
        placement.locked = placement.status is PlacementStatus.CONFIRMED
        self.session.add(placement)
        self.placements.append(placement)
        self.orgs_done[id(slot.trainee)].add(spec.organisation)
        self.themes_done[id(slot.trainee)].update(spec.themes)
        if not aborted:
            self.occupied[key].append((slot.start, end))

    def _fits(self, slot: _Slot, spec: data.AssignmentSpec) -> bool:
        """Whether placing ``slot`` on ``spec`` keeps every hard rule (and programme fit)."""
        start, end = data.PERIODS[spec.period]
        overlapping = sum(
            1 for s, e in self.occupied[spec.key] if s <= slot.end and slot.start <= e
        )
        return (
            not spec.draft
            and slot.spec.programme in spec.programmes
            and (not spec.levels or slot.spec.level.category in spec.levels)
            and start <= slot.start
            and slot.end <= end
            and spec.organisation not in self.orgs_done[id(slot.trainee)]
            and overlapping < spec.places
        )

    def _score(self, slot: _Slot, spec: data.AssignmentSpec) -> float:
        interests = set(slot.spec.themes)
        skills = {c.competence.name for c in slot.trainee.competences}
        home = self.municipalities[slot.spec.home]
        assignment = self.assignments[spec.key]
        work = assignment.municipality or assignment.organisation.municipality or home
        km = distance_km(home.latitude, home.longitude, work.latitude, work.longitude)
        return (
            3.0 * len(interests & set(spec.themes))
            + 1.0 * len(skills & set(spec.competences))
            - 2.5 * len(self.themes_done[id(slot.trainee)] & set(spec.themes))
            + (4.0 if spec.seed else 0.0)
            - km / 40.0
            + self.rng.random()
        )

    # --- evaluations, preferences, statuses ----------------------------------------

    def _evaluations(self) -> None:
        for placement in self.placements:
            if placement.status not in (PlacementStatus.COMPLETED, PlacementStatus.RUNNING):
                continue
            middle = placement.start_date + (placement.end_date - placement.start_date) / 2
            moments = [(EvaluationMoment.MIDTERM, middle)]
            if placement.status is PlacementStatus.COMPLETED:
                moments.append((EvaluationMoment.FINAL, placement.end_date - dt.timedelta(days=7)))
            base = self.rng.randint(6, 9)
            for moment, day in moments:
                if day > REFERENCE_DATE:
                    continue
                for author, chance in (
                    (EvaluationAuthor.SUPERVISOR, 0.9),
                    (EvaluationAuthor.TRAINEE, 0.7),
                ):
                    if self.rng.random() >= chance:
                        continue
                    score = max(1, min(10, base + self.rng.choice((-1, 0, 0, 1))))
                    tone = "high" if score >= 8 else "mid"
                    pool = data.EVALUATION_TEXTS[f"{author.value}-{tone}"]
                    placement.evaluations.append(
                        Evaluation(
                            moment=moment,
                            author=author,
                            score=score,
                            text=self.rng.choice(pool),
                            written_on=day,
                        )
                    )

    def _preferences(self) -> None:
        """Wishes for the next rotation of everyone still active whose next one is open."""
        planned = {(id(p.trainee), p.rotation) for p in self.placements}
        for trainee, spec in self.trainees:
            if trainee.status is TraineeStatus.LEFT:
                continue
            programme = self.programme_specs[spec.programme]
            open_rotations = [
                r for r in range(1, programme.rotations + 1) if (id(trainee), r) not in planned
            ]
            if not open_rotations:
                continue
            start, end = data.rotation_window(
                programme.cohort_start, programme.rotation_months, open_rotations[0]
            )
            slot = _Slot(trainee, spec, open_rotations[0], start, end)
            wishes = [a for a in data.ASSIGNMENTS if self._fits(slot, a)]
            wishes.sort(key=lambda a: -len(set(spec.themes) & set(a.themes)))
            for rank, wish in enumerate(wishes[: self.rng.randint(1, 3)], start=1):
                trainee.preferences.append(
                    Preference(assignment_id=self.assignments[wish.key].id, rank=rank)
                )

    def _assignment_statuses(self) -> None:
        for key, assignment in self.assignments.items():
            if assignment.status is AssignmentStatus.DRAFT:
                continue
            if assignment.end_date < REFERENCE_DATE:
                assignment.status = AssignmentStatus.CLOSED
                continue
            now = sum(1 for s, e in self.occupied[key] if s <= REFERENCE_DATE <= e)
            assignment.status = (
                AssignmentStatus.FILLED if now >= assignment.places else AssignmentStatus.OPEN
            )

    # --- sessions --------------------------------------------------------------------

    def _guests(self) -> None:
        for name, organisation, level in data.GUESTS:
            given, _, rest = name.partition(" ")
            guest = GuestParticipant(
                name=name,
                organisation_name=organisation,
                education_level=level,
                email=f"{data.email_part(given)}.{data.email_part(rest)}@gasten.example",
                checkin_code=self.codes.next(),
            )
            self.session.add(guest)
            self.guests[name] = guest

    def _cohort_trainees(self, key: str, day: dt.date) -> list[Trainee]:
        return [
            trainee
            for trainee, spec in self.trainees
            if spec.programme == key and _attends_on(trainee, day)
        ]

    def _sessions(self) -> None:
        self._kick_offs()
        self._tvg_training_days()
        self._intervisions()
        self._goa_half_days()
        self._participation_sessions()
        self._return_days()
        self._network_meeting()

    def _add_session(
        self,
        kind: SessionType,
        title: str,
        day: dt.date,
        hours: tuple[dt.time, dt.time],
        location: str,
        facilitator: str,
        *,
        description: str = "",
        programmes: Sequence[str] = (),
        themes: Iterable[str] = (),
        trainees: Sequence[Trainee] = (),
        guests: Sequence[GuestParticipant] = (),
        capacity: int | None = None,
        outcome: str = "",
        actions: Sequence[data.ActionSpec] = (),
        feedback_chance: float = 0.6,
    ) -> SessionRecord:
        address, municipality = data.LOCATIONS[location]
        record = SessionRecord(
            type=kind,
            title=title,
            date=day,
            start_time=hours[0],
            end_time=hours[1],
            location=address,
            municipality=self.municipalities[municipality],
            facilitator=facilitator,
            description=description,
            capacity=capacity,
            outcome_notes=outcome if day < REFERENCE_DATE else "",
            invited_programmes=[self.programmes[key] for key in programmes],
            invited_cohorts=[self.cohorts[key] for key in programmes],
            themes_raised=[self.themes[name] for name in themes],
        )
        for trainee in trainees:
            record.attendances.append(self._attendance(record, feedback_chance, trainee=trainee))
        for guest in guests:
            record.attendances.append(self._attendance(record, feedback_chance, guest=guest))
        for action in actions:
            if action.due < day:
                status = ActionPointStatus.DONE
            elif action.due < REFERENCE_DATE:
                status = self.rng.choice(
                    (ActionPointStatus.DONE, ActionPointStatus.DONE, ActionPointStatus.IN_PROGRESS)
                )
            elif day < REFERENCE_DATE:
                status = self.rng.choice((ActionPointStatus.OPEN, ActionPointStatus.IN_PROGRESS))
            else:
                status = ActionPointStatus.OPEN
            record.action_points.append(
                ActionPoint(
                    description=action.description,
                    owner=action.owner,
                    due_date=action.due,
                    status=status,
                )
            )
        self.session.add(record)
        return record

    def _attendance(
        self,
        record: SessionRecord,
        feedback_chance: float,
        *,
        trainee: Trainee | None = None,
        guest: GuestParticipant | None = None,
    ) -> Attendance:
        attendance = Attendance(trainee=trainee, guest=guest, note="")
        if record.date >= REFERENCE_DATE:
            attendance.status = (
                AttendanceStatus.REGISTERED if self.rng.random() < 0.6 else AttendanceStatus.INVITED
            )
            return attendance
        roll = self.rng.random()
        if roll < 0.84:
            attendance.status = AttendanceStatus.PRESENT
            start = dt.datetime.combine(record.date, record.start_time)
            attendance.checked_in_at = start + dt.timedelta(minutes=self.rng.randint(-20, 12))
            if self.rng.random() < feedback_chance:
                score = self.rng.choices((5, 4, 3, 2, 1), weights=(30, 45, 18, 5, 2))[0]
                attendance.feedback_score = score
                if self.rng.random() < 0.35:
                    attendance.feedback_comment = self.rng.choice(data.FEEDBACK_COMMENTS[score])
        elif roll < 0.95:
            attendance.status = AttendanceStatus.EXCUSED
            attendance.note = self.rng.choice(data.EXCUSE_NOTES)
        else:
            attendance.status = AttendanceStatus.ABSENT
        return attendance

    def _kick_offs(self) -> None:
        full_day = (dt.time(9, 30), dt.time(16, 30))
        for key, location, guests in (
            (data.TVG, "provinciehuis", ("Frank Holtrop", "Wendy Koopmans")),
            (data.NPG, "hoogezand", ("Frank Holtrop",)),
            (data.GOA, "stadhuis", ("Ayşe Demir", "Wendy Koopmans")),
        ):
            spec = self.programme_specs[key]
            day = spec.cohort_start
            self._add_session(
                SessionType.KICK_OFF,
                f"Kick-off {spec.cohort_name}",
                day,
                full_day,
                location,
                data.COORDINATORS[key],
                description="Kennismaken met elkaar, het programma, de coaches en de eerste "
                "opdrachtgevers.",
                programmes=(key,),
                themes=("arbeidsmarkt",),
                trainees=self._cohort_trainees(key, day),
                guests=[self.guests[name] for name in guests],
                outcome="Iedereen heeft kennisgemaakt met de coach en de begeleider van de eerste "
                "opdracht. Afgesproken: binnen zes weken een persoonlijk ontwikkelplan.",
                actions=(
                    data.ActionSpec(
                        "Persoonlijk ontwikkelplan opstellen en met de coach bespreken",
                        "alle trainees",
                        day + dt.timedelta(weeks=6),
                    ),
                ),
            )

    def _tvg_training_days(self) -> None:
        day = data.TVG_TRAINING_FIRST
        index = 0
        locations = ("provinciehuis", "stadhuis", "hanze", "assen", "veendam")
        while day <= data.TVG_TRAINING_LAST:
            if day not in data.TVG_NO_TRAINING:
                topic, themes = data.TRAINING_TOPICS[index % len(data.TRAINING_TOPICS)]
                outcome = (
                    self.rng.choice(data.TRAINING_OUTCOMES) if self.rng.random() < 0.35 else ""
                )
                self._add_session(
                    SessionType.TRAINING,
                    f"Trainingsdag: {topic}",
                    day,
                    (dt.time(9, 30), dt.time(15, 30)),
                    locations[index % len(locations)],
                    data.TRAINERS[index % len(data.TRAINERS)],
                    description="Gezamenlijk trainingsprogramma van De Toekomst van Groningen.",
                    programmes=(data.TVG,),
                    themes=themes,
                    trainees=self._cohort_trainees(data.TVG, day),
                    capacity=20,
                    outcome=outcome,
                )
                index += 1
            day += dt.timedelta(weeks=1)

    def _intervisions(self) -> None:
        tvg = [t for t, s in self.trainees if s.programme == data.TVG]
        groups = {"A": tvg[0:6], "B": tvg[6:12], "C": tvg[12:18]}
        dates = (dt.date(2025, 10, 15), dt.date(2026, 1, 21), dt.date(2026, 6, 10),
                 dt.date(2026, 11, 11), dt.date(2027, 1, 20))  # fmt: skip
        plans: list[tuple[str, str, dt.date, list[Trainee]]] = []
        for name, members in groups.items():
            for day in dates[1:] if name == "C" else dates:
                plans.append((data.TVG, f"Intervisie TvG groep {name}", day, members))
        npg = [t for t, s in self.trainees if s.programme == data.NPG]
        for day in (dt.date(2026, 3, 18), dt.date(2026, 6, 24), dt.date(2026, 10, 21)):
            plans.append((data.NPG, "Intervisie NPG-trainees", day, npg))
        plans.sort(key=lambda plan: (plan[2], plan[1]))
        for key, title, day, members in plans:
            present = [t for t in members if _attends_on(t, day)]
            case, advice, follow_up = self.rng.choice(data.INTERVISION_CASES)
            owner = self.rng.choice(present)
            method = self.rng.choice(data.INTERVISION_METHODS)
            self._add_session(
                SessionType.INTERVISION,
                title,
                day,
                (dt.time(14, 0), dt.time(16, 30)),
                "stadhuis" if key == data.TVG else "hoogezand",
                self.coaches[len(title) % len(self.coaches)].name,
                programmes=(key,),
                trainees=present,
                outcome=f"Casus van {owner.full_name}: {case}. Met de {method} besproken; "
                f"advies van de groep: {advice}.",
                actions=(data.ActionSpec(follow_up, owner.full_name, day + dt.timedelta(weeks=4)),),
                feedback_chance=0.4,
            )

    def _goa_half_days(self) -> None:
        start = self.programme_specs[data.GOA].cohort_start + dt.timedelta(days=10)  # a Thursday
        day, index = start, 0
        while day <= dt.date(2027, 1, 28):
            if not (dt.date(2026, 7, 9) <= day <= dt.date(2026, 8, 20)):  # summer holiday
                trainees = self._cohort_trainees(data.GOA, day)
                if index % 2 == 0:
                    self._add_session(
                        SessionType.INTERVISION,
                        "Intervisie GOA Publiek",
                        day,
                        (dt.time(13, 0), dt.time(16, 30)),
                        "stadhuis",
                        data.COORDINATORS[data.GOA],
                        programmes=(data.GOA,),
                        trainees=trainees,
                        feedback_chance=0.4,
                    )
                else:
                    title, host = data.GOA_WORKSHOPS[(index // 2) % len(data.GOA_WORKSHOPS)]
                    organisation = self.organisations[host]
                    location = {
                        "Groningen": "stadhuis",
                        "Midden-Groningen": "hoogezand",
                        "Veendam": "veendam",
                        "Assen": "assen",
                    }.get(organisation.municipality.name if organisation.municipality else "")
                    self._add_session(
                        SessionType.TRAINING,
                        title,
                        day,
                        (dt.time(13, 0), dt.time(16, 30)),
                        location or "stadhuis",
                        f"{organisation.name}",
                        description=f"Workshop verzorgd door {organisation.name}.",
                        programmes=(data.GOA,),
                        trainees=trainees,
                    )
                index += 1
            day += dt.timedelta(weeks=2)

    def _participation_sessions(self) -> None:
        tvg = [t for t, s in self.trainees if s.programme == data.TVG]
        for spec in data.PARTICIPATION_SESSIONS:
            names = list(self.guests) if spec.guests == ("*",) else list(spec.guests)
            available = [t for t in tvg if _attends_on(t, spec.day)]
            trainees = self.rng.sample(available, spec.tvg_trainees) if spec.tvg_trainees else []
            if spec.goa_trainees:
                trainees += self._cohort_trainees(data.GOA, spec.day)
            self._add_session(
                SessionType.PARTICIPATION,
                spec.title,
                spec.day,
                (dt.time(15, 0), dt.time(17, 0)),
                "stadhuis",
                data.HR_ADVISER,
                description=spec.description,
                programmes=(data.TVG, data.GOA) if spec.goa_trainees else (data.TVG,),
                themes=spec.themes,
                trainees=trainees,
                guests=[self.guests[name] for name in names],
                capacity=25,
                outcome=spec.outcome,
                actions=spec.actions,
            )

    def _return_days(self) -> None:
        for key, title, day, location, outcome in (
            (data.TVG, "Terugkomdag TvG: afsluiting rotatie 1", dt.date(2026, 4, 24), "hanze",
             "Trainees presenteerden hun eerste opdracht in vijf minuten. Rode draad: veel "
             "geleerd over samenwerken tussen overheden, minder over het eigen vak."),
            (data.GOA, "Terugkomdag GOA: afsluiting rotatie 1", dt.date(2026, 9, 3), "stadhuis",
             "Iedereen heeft zijn eerste opdracht afgerond. Wens voor rotatie 2: meer "
             "klantcontact en minder administratie."),
            (data.NPG, "Terugkomdag NPG: afsluiting rotatie 1", dt.date(2026, 9, 11), "winschoten",
             "Programmamanagers van Tijd voor Toekomst en Toekomst voor Oldambt gaven feedback "
             "op de opbrengst van de eerste rotatie."),
            (data.TVG, "Terugkomdag TvG: afsluiting rotatie 2", dt.date(2026, 12, 18), "hanze",
             ""),
        ):  # fmt: skip
            self._add_session(
                SessionType.RETURN_DAY,
                title,
                day,
                (dt.time(10, 0), dt.time(16, 0)),
                location,
                data.COORDINATORS[key],
                description="Terugblik op de afgelopen rotatie en vooruitblik op de volgende.",
                programmes=(key,),
                themes=("arbeidsmarkt",),
                trainees=self._cohort_trainees(key, day),
                outcome=outcome,
                actions=(
                    data.ActionSpec(
                        "Evaluatieformulieren van de afgelopen rotatie inleveren",
                        "alle trainees",
                        day + dt.timedelta(weeks=2),
                    ),
                ),
            )

    def _network_meeting(self) -> None:
        day = dt.date(2026, 6, 18)
        trainees = [t for t, _ in self.trainees if _attends_on(t, day)]
        self._add_session(
            SessionType.NETWORK,
            "Netwerkbijeenkomst jong talent Groningen",
            day,
            (dt.time(16, 0), dt.time(19, 0)),
            "hanze",
            data.COORDINATORS[data.TVG],
            description="Trainees van alle programmen, mbo-collega's en begeleiders ontmoeten "
            "elkaar; met pitches van lopende opdrachten.",
            programmes=(data.TVG, data.NPG, data.GOA),
            themes=("arbeidsmarkt", "participatie"),
            trainees=trainees,
            guests=list(self.guests.values()),
            capacity=80,
            outcome="Ruim zestig aanwezigen. Veel belangstelling voor de pitches over energie en "
            "datagedreven werken; begeleiders willen vaker zo'n bijeenkomst.",
            actions=(
                data.ActionSpec(
                    "Contactgegevens van de pitches delen met alle aanwezigen",
                    data.COORDINATORS[data.TVG],
                    day + dt.timedelta(days=7),
                ),
            ),
        )


def _status_on_reference_date(slot: _Slot, programme: str) -> PlacementStatus:
    if slot.end < REFERENCE_DATE:
        return PlacementStatus.COMPLETED
    if slot.start <= REFERENCE_DATE:
        return PlacementStatus.RUNNING
    # The TvG third rotation starts in five weeks and is settled; later ones are proposals.
    return PlacementStatus.CONFIRMED if programme == data.TVG else PlacementStatus.PROPOSED


def _attends_on(trainee: Trainee, day: dt.date) -> bool:
    """Whether the trainee belongs to the group on ``day`` (started, and not yet gone)."""
    if trainee.contract_start is not None and day < trainee.contract_start:
        return False
    return not (
        trainee.status is TraineeStatus.LEFT
        and trainee.contract_end is not None
        and day > trainee.contract_end
    )
