"""The large demo database for benchmarks: 5,000 trainees, 100,000 attendance records.

At ``scale=1.0`` it writes exactly 5,000 trainees, 1,000 organisations, 3,000
assignments, 15,000 placements (three per trainee), 2,000 sessions and 100,000
attendance records, plus programmes, cohorts, coaches, contact persons, themes,
competences, evaluations and action points. Other scales multiply every count.

Rows go in with Core bulk inserts and explicit ids, so the ORM's per-flush rule
check never runs; the layout keeps every hard rule by construction instead:

* Each cohort has its own ``m`` assignments, each at a different organisation,
  each with at least ``p`` places, where ``m * p >= n`` (the cohort's trainees). Think of
  ``S = m * p`` seats numbered 0..S-1, seat ``x`` belonging to assignment
  ``x mod m``.
* In rotation ``r`` (0, 1, 2) trainee ``i`` takes seat ``(i + r*d) mod S`` with
  ``d = m // 3``. Within a rotation distinct trainees get distinct seats, so no
  assignment holds more than ``p`` of them (capacity). Since ``m`` divides ``S``,
  the assignment is ``(i + r*d) mod m``; because ``0 < d`` and ``2d < m``, the
  three are different assignments and therefore different organisations.
* Rotations are consecutive windows (the next starts the day after the previous
  ends): no overlap. Assignment periods enclose the cohort's whole programme, and
  accept the programme's levels, which is where its trainees' levels come from.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Assignment,
    AssignmentCompetence,
    AssignmentLevel,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    Base,
    Coach,
    Cohort,
    Competence,
    ContactPerson,
    EducationLevel,
    Evaluation,
    EvaluationAuthor,
    EvaluationMoment,
    Municipality,
    Organisation,
    OrganisationType,
    Placement,
    PlacementStatus,
    Programme,
    SessionType,
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
from coordinator_app.models import (
    Session as SessionRecord,
)
from coordinator_app.services import demo_data as data
from coordinator_app.services.demo_data import REFERENCE_DATE
from coordinator_app.services.dutch import add_months
from coordinator_app.services.progress import NO_PROGRESS, Progress
from coordinator_app.text import sort_key

BASE_TRAINEES = 5_000
BASE_ORGANISATIONS = 1_000
BASE_ASSIGNMENTS = 3_000
BASE_SESSIONS = 2_000
BASE_ATTENDANCES = 100_000
BASE_COHORTS = 20
ROTATIONS = 3
MIN_SCALE = 0.01  # below this a session would need more attendees than there are trainees
_CHUNK = 5_000

OT = OrganisationType
E = EducationLevel


@dataclass(frozen=True)
class LargeCounts:
    """How many records of each main kind the large demo writes at a given scale."""

    trainees: int
    organisations: int
    assignments: int
    placements: int
    sessions: int
    attendances: int
    cohorts: int

    @classmethod
    def at_scale(cls, scale: float) -> LargeCounts:
        if not math.isfinite(scale) or scale < MIN_SCALE:
            raise ValueError(f"scale must be at least {MIN_SCALE}, not {scale!r}")
        trainees = round(BASE_TRAINEES * scale)
        organisations = round(BASE_ORGANISATIONS * scale)
        assignments = round(BASE_ASSIGNMENTS * scale)
        # Every cohort's assignments sit at distinct organisations: m_c <= organisations.
        cohorts = max(3, round(BASE_COHORTS * scale), math.ceil(assignments / organisations))
        sessions = round(BASE_SESSIONS * scale)
        attendances = round(BASE_ATTENDANCES * scale)
        if assignments // cohorts < ROTATIONS or math.ceil(attendances / sessions) > trainees:
            raise ValueError(f"scale {scale} is too small for a consistent large demo")
        return cls(
            trainees=trainees,
            organisations=organisations,
            assignments=assignments,
            placements=ROTATIONS * trainees,
            sessions=sessions,
            attendances=attendances,
            cohorts=cohorts,
        )


@dataclass(frozen=True)
class _ProgrammeSpec:
    name: str
    short: str
    levels: tuple[EducationLevel, ...]
    rotation_months: int
    hours: float


_PROGRAMMES = (
    _ProgrammeSpec("De Toekomst van Groningen", "TvG", (E.HBO, E.WO, E.WO), 8, 36),
    _ProgrammeSpec("Nationaal Programma Groningen", "NPG", (E.HBO, E.WO), 8, 36),
    _ProgrammeSpec("Young Professional Programma", "YPP", (E.HBO, E.ASSOCIATE_DEGREE, E.WO), 8, 36),
    _ProgrammeSpec("GOA Publiek mbo-traineeship", "GOA", (E.MBO2, E.MBO3, E.MBO4, E.MBO4), 6, 32),
)

_REAL_ORGANISATIONS: tuple[tuple[str, OrganisationType, str], ...] = (
    ("Provincie Groningen", OT.PROVINCE, "Groningen"),
    ("Provincie Drenthe", OT.PROVINCE, "Assen"),
    ("Waterschap Noorderzijlvest", OT.WATER_BOARD, "Groningen"),
    ("Waterschap Hunze en Aa's", OT.WATER_BOARD, "Veendam"),
    ("UMCG", OT.HEALTHCARE, "Groningen"),
    ("RDW", OT.NATIONAL_GOVERNMENT, "Veendam"),
    ("Rijksuniversiteit Groningen", OT.EDUCATION, "Groningen"),
    ("Hanzehogeschool Groningen", OT.EDUCATION, "Groningen"),
    ("Noorderpoort", OT.EDUCATION, "Groningen"),
    ("Alfa-college", OT.EDUCATION, "Groningen"),
    ("Groningen Seaports", OT.BUSINESS, "Eemsdelta"),
    ("SNN (Samenwerkingsverband Noord-Nederland)", OT.OTHER, "Groningen"),
)
_ORGANISATION_KINDS: tuple[tuple[str, OrganisationType], ...] = (
    ("Stichting Welzijn", OT.FOUNDATION),
    ("Zorggroep", OT.HEALTHCARE),
    ("Woonstichting", OT.FOUNDATION),
    ("Ingenieursbureau", OT.BUSINESS),
    ("Energiecoöperatie", OT.FOUNDATION),
    ("Bibliotheek", OT.FOUNDATION),
    ("Sportbedrijf", OT.OTHER),
    ("Museum", OT.FOUNDATION),
    ("Scholengroep", OT.EDUCATION),
    ("Adviesbureau", OT.BUSINESS),
    ("Thuiszorg", OT.HEALTHCARE),
    ("Ondernemersvereniging", OT.OTHER),
    ("Kinderopvang", OT.BUSINESS),
    ("Milieucentrum", OT.FOUNDATION),
    ("Vervoersbedrijf", OT.BUSINESS),
    ("Agrarisch Collectief", OT.BUSINESS),
)
_TOPICS: tuple[tuple[str, str], ...] = (
    ("Beleidsadvies energietransitie", "energie"),
    ("Regionale economie en werkgelegenheid", "economie"),
    ("Gebiedsontwikkeling", "ruimtelijke ontwikkeling"),
    ("Onderwijs en arbeidsmarkt verbinden", "onderwijs"),
    ("Communicatie met inwoners", "communicatie"),
    ("Datagedreven werken", "data & digitalisering"),
    ("Sociaal domein: wijkgerichte aanpak", "sociaal domein"),
    ("Preventie en gezondheid", "gezondheid"),
    ("Bereikbaarheid en mobiliteit", "mobiliteit"),
    ("Toekomst van de landbouw", "landbouw"),
    ("Woningbouwprogrammering", "wonen"),
    ("Klimaatadaptatie", "water & klimaat"),
    ("Europese subsidies", "Europa & lobby"),
    ("Participatie bij projecten", "participatie"),
    ("Dienstverlening aan de balie", "dienstverlening"),
    ("Beheer openbaar groen", "natuur & groen"),
)
_GIVEN = (
    "Anna", "Jan", "Sanne", "Daan", "Lotte", "Bram", "Femke", "Thijs", "Noor", "Sem", "Eva",
    "Lucas", "Julia", "Milan", "Sophie", "Ruben", "Lieke", "Jesse", "Fleur", "Tim", "Anaïs",
    "Zoë", "Sjoerd", "IJsbrand", "Renée", "Joëlle", "Chloë", "Björn", "Şeyma", "Łukasz",
    "Thu Hà", "Mohammed", "Fatima", "Emre", "Yara", "Kevin", "Dewi", "Wietske", "Geert", "Hidde",
)  # fmt: skip
_SURNAMES: tuple[tuple[str, str], ...] = (
    ("van der", "Berg"), ("de", "Vries"), ("", "Bakker"), ("van den", "Heuvel"),
    ("ter", "Horst"), ("", "Hoekstra"), ("'t", "Hart"), ("", "Mulder"), ("", "El Amrani"),
    ("", "Yılmaz"), ("", "Kowalski"), ("", "Nguyễn"), ("", "Dijkstra"), ("van", "Dam"),
    ("", "Smit"), ("", "IJzerman"), ("van 't", "Zand"), ("", "Kuipers"), ("", "Boersma"),
    ("", "Veenstra"), ("ten", "Brink"), ("", "Zijlstra"), ("de", "Boer"), ("van", "Dijk"),
    ("", "Brouwer"), ("", "Bosma"), ("", "Huizinga"), ("", "Oosterhuis"), ("", "Kramer"),
    ("", "Haddad"), ("", "Jansen"), ("", "Pranoto"), ("van der", "Meer"), ("", "Smid"),
    ("", "Wubs"), ("", "Wiersma"), ("de", "Jong"), ("", "Postma"), ("", "Visser"),
    ("", "Meijer"),
)  # fmt: skip
_SESSION_TITLES = {
    SessionType.KICK_OFF: "Kick-off",
    SessionType.INTERVISION: "Intervisie",
    SessionType.RETURN_DAY: "Terugkomdag",
    SessionType.PARTICIPATION: "Participatiesessie",
    SessionType.NETWORK: "Netwerkbijeenkomst",
}


def generate_large(
    session: Session, scale: float = 1.0, *, progress: Progress = NO_PROGRESS
) -> LargeCounts:
    """Insert the large demo through ``session`` (the caller commits) and return its counts."""
    counts = LargeCounts.at_scale(scale)
    _LargeDemo(session, counts, progress).build()
    if session.get_bind().dialect.name == "postgresql":
        _sync_postgres_sequences(session)
    return counts


def _sync_postgres_sequences(session: Session) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move them past the new rows."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement:
            session.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )


class _LargeDemo:
    def __init__(self, session: Session, counts: LargeCounts, progress: Progress) -> None:
        self.session = session
        self.counts = counts
        self.progress = progress
        self.rng = random.Random(data.RANDOM_SEED + 1)
        self.codes = data.CheckinCodes(self.rng)
        self.stamp = {"created_at": data.RECORD_TIMESTAMP, "updated_at": data.RECORD_TIMESTAMP}
        self.versioned = {**self.stamp, "version": 1}

    # --- plumbing ------------------------------------------------------------------

    def _first_id(self, table: Table) -> int:
        return int(self.session.scalar(select(func.max(table.c.id))) or 0) + 1

    def _insert(self, table: Table, rows: Sequence[dict[str, Any]]) -> None:
        for start in range(0, len(rows), _CHUNK):
            self.session.execute(insert(table), list(rows[start : start + _CHUNK]))

    def _step(self, number: int, text: str) -> None:
        self.progress.report(number, 9, text)

    # --- the work ------------------------------------------------------------------

    def build(self) -> None:
        municipalities = self.session.execute(
            select(Municipality.id, Municipality.name).order_by(Municipality.id)
        ).all()
        self.municipality_ids = [row[0] for row in municipalities]
        self.municipality_by_name = {row[1]: row[0] for row in municipalities}
        self._step(0, "Thema's en competenties")
        self.theme_ids = self._vocabulary(_table(Theme), data.THEMES)
        self.competence_ids = self._vocabulary(_table(Competence), data.COMPETENCES)
        self._step(1, "Programma's en lichtingen")
        self._programmes_and_cohorts()
        self._step(2, "Organisaties")
        self._organisations()
        self._step(3, "Opdrachten")
        self._assignments()
        self._step(4, "Trainees")
        self._trainees()
        self._step(5, "Plaatsingen")
        self._placements()
        self._step(6, "Bijeenkomsten")
        self._sessions()
        self._step(7, "Aanwezigheid")
        self._attendances()
        self._step(8, "Klaar")

    def _vocabulary(self, table: Table, names: Sequence[str]) -> dict[str, int]:
        known = {name: id_ for name, id_ in self.session.execute(select(table.c.name, table.c.id))}
        missing = [name for name in names if name not in known]
        next_id = self._first_id(table)
        rows = [{"id": next_id + i, "name": name} for i, name in enumerate(missing)]
        if rows:
            self._insert(table, rows)
        known.update({row["name"]: row["id"] for row in rows})
        return {name: known[name] for name in names}

    def _programmes_and_cohorts(self) -> None:
        programme_table, cohort_table = _table(Programme), _table(Cohort)
        first_programme = self._first_id(programme_table)
        self.programme_ids = [first_programme + i for i in range(len(_PROGRAMMES))]
        self._insert(
            programme_table,
            [
                {
                    "id": pid,
                    "name": spec.name,
                    "description": f"Demoprogramma ({spec.short}) voor prestatietests.",
                    "rotations_per_trainee": ROTATIONS,
                    "rotation_months": spec.rotation_months,
                    "distinct_organisations": True,
                    **self.versioned,
                }
                for pid, spec in zip(self.programme_ids, _PROGRAMMES, strict=True)
            ],
        )
        k = self.counts.cohorts
        first_cohort = self._first_id(cohort_table)
        self.cohorts: list[dict[str, Any]] = []
        for c in range(k):
            spec_index = c % len(_PROGRAMMES)
            spec = _PROGRAMMES[spec_index]
            start = add_months(dt.date(2022, 9, 1), round(c * 54 / max(k - 1, 1)))
            start += dt.timedelta(days=(7 - start.weekday()) % 7)  # cohorts start on a Monday
            self.cohorts.append(
                {
                    "id": first_cohort + c,
                    "programme_id": self.programme_ids[spec_index],
                    "name": f"{spec.short} lichting {c + 1:02d} ({start.year})",
                    "start_date": start,
                    **self.versioned,
                }
            )
        self._insert(cohort_table, self.cohorts)
        self.cohort_spec = [_PROGRAMMES[c % len(_PROGRAMMES)] for c in range(k)]
        self.cohort_windows = [
            [
                data.rotation_window(cohort["start_date"], spec.rotation_months, r)
                for r in range(1, ROTATIONS + 1)
            ]
            for cohort, spec in zip(self.cohorts, self.cohort_spec, strict=True)
        ]
        coach_table = _table(Coach)
        first_coach = self._first_id(coach_table)
        coaches = max(3, self.counts.trainees // 125)
        self.coach_ids = [first_coach + i for i in range(coaches)]
        self._insert(
            coach_table,
            [
                {
                    "id": cid,
                    "name": f"Coach {i + 1:03d}",
                    "email": f"coach{i + 1:03d}@coaching.example",
                    "phone": None,
                    **self.versioned,
                }
                for i, cid in enumerate(self.coach_ids)
            ],
        )

    def _organisation_names(self) -> list[tuple[str, OrganisationType, int]]:
        names: list[tuple[str, OrganisationType, int]] = [
            (f"Gemeente {name}", OT.MUNICIPALITY, mid)
            for name, mid in self.municipality_by_name.items()
        ]
        names += [
            (name, kind, self.municipality_by_name[place])
            for name, kind, place in _REAL_ORGANISATIONS
        ]
        places = list(self.municipality_by_name.items())
        j = 0
        while len(names) < self.counts.organisations:
            kind, kind_type = _ORGANISATION_KINDS[j % len(_ORGANISATION_KINDS)]
            place, place_id = places[(j // len(_ORGANISATION_KINDS)) % len(places)]
            round_ = j // (len(_ORGANISATION_KINDS) * len(places))
            suffix = f" {round_ + 1}" if round_ else ""
            names.append((f"{kind} {place}{suffix}", kind_type, place_id))
            j += 1
        return names[: self.counts.organisations]

    def _organisations(self) -> None:
        table, contacts_table = _table(Organisation), _table(ContactPerson)
        first = self._first_id(table)
        rows: list[dict[str, Any]] = [
            {
                "id": first + i,
                "name": name,
                "type": kind,
                "municipality_id": place,
                "address": None,
                "website": None,
                "notes": "",
                **self.versioned,
            }
            for i, (name, kind, place) in enumerate(self._organisation_names())
        ]
        self._insert(table, rows)
        self.organisation_ids: list[int] = [row["id"] for row in rows]
        first_contact = self._first_id(contacts_table)
        contacts: list[dict[str, Any]] = []
        self.supervisor_of: dict[int, int] = {}
        for i, org_id in enumerate(self.organisation_ids):
            for k in range(2):
                given = self.rng.choice(_GIVEN)
                prefix, surname = self.rng.choice(_SURNAMES)
                contact_id = first_contact + 2 * i + k
                contacts.append(
                    {
                        "id": contact_id,
                        "organisation_id": org_id,
                        "name": " ".join(p for p in (given, prefix, surname) if p),
                        "role": "Begeleider" if k == 0 else "HR-adviseur",
                        "email": f"contact{contact_id}@organisaties.example",
                        "phone": None,
                        "is_supervisor": k == 0,
                        **self.versioned,
                    }
                )
            self.supervisor_of[org_id] = first_contact + 2 * i
        self._insert(contacts_table, contacts)

    def _assignments(self) -> None:
        """Split the assignments over the cohorts; each cohort's sit at distinct organisations."""
        table = _table(Assignment)
        first = self._first_id(table)
        k, total = self.counts.cohorts, self.counts.assignments
        trainees_total = self.counts.trainees
        self.cohort_assignments: list[list[int]] = []
        self.cohort_trainee_counts = [_share(trainees_total, k, c) for c in range(k)]
        self.cohort_places: list[int] = []
        rows: list[dict[str, Any]] = []
        levels: list[dict[str, Any]] = []
        themes: list[dict[str, Any]] = []
        programmes: list[dict[str, Any]] = []
        competences: list[dict[str, Any]] = []
        g = 0
        for c in range(k):
            m = _share(total, k, c)
            n = self.cohort_trainee_counts[c]
            places = max(1, math.ceil(n / m))
            self.cohort_places.append(places)
            spec = self.cohort_spec[c]
            window_start = self.cohort_windows[c][0][0]
            window_end = self.cohort_windows[c][-1][1]
            accepted = sorted({level.category for level in spec.levels})
            ids: list[int] = []
            for _ in range(m):
                assignment_id = first + g
                org_id = self.organisation_ids[g % len(self.organisation_ids)]
                topic, theme = _TOPICS[self.rng.randrange(len(_TOPICS))]
                start = window_start - dt.timedelta(days=self.rng.randint(0, 60))
                end = window_end + dt.timedelta(days=self.rng.randint(0, 90))
                rows.append(
                    {
                        "id": assignment_id,
                        "title": f"{topic} ({spec.short} {c + 1:02d}-{len(ids) + 1:03d})",
                        "description": f"Demo-opdracht over {theme} voor prestatietests.",
                        "organisation_id": org_id,
                        "municipality_id": None,
                        "start_date": start,
                        "end_date": end,
                        "places": places + (1 if self.rng.random() < 0.2 else 0),
                        "hours_per_week": spec.hours,
                        "supervisor_id": self.supervisor_of[org_id],
                        "status": (
                            AssignmentStatus.CLOSED
                            if end < REFERENCE_DATE
                            else AssignmentStatus.OPEN
                        ),
                        **self.versioned,
                    }
                )
                if self.rng.random() < 0.9:  # the rest accept every level
                    levels += [{"assignment_id": assignment_id, "level": lv} for lv in accepted]
                picked = {theme, self.rng.choice(data.THEMES)}
                themes += [
                    {"assignment_id": assignment_id, "theme_id": self.theme_ids[name]}
                    for name in sorted(picked)
                ]
                programmes.append(
                    {
                        "assignment_id": assignment_id,
                        "programme_id": self.cohorts[c]["programme_id"],
                    }
                )
                competences += [
                    {
                        "assignment_id": assignment_id,
                        "competence_id": self.competence_ids[name],
                        "level": self.rng.randint(2, 4),
                    }
                    for name in self.rng.sample(data.COMPETENCES, 2)
                ]
                ids.append(assignment_id)
                g += 1
            self.cohort_assignments.append(ids)
        self._insert(table, rows)
        self._insert(_table(AssignmentLevel), levels)
        self._insert(assignment_theme, themes)
        self._insert(assignment_programme, programmes)
        self._insert(_table(AssignmentCompetence), competences)

    def _trainees(self) -> None:
        table = _table(Trainee)
        first = self._first_id(table)
        rows: list[dict[str, Any]] = []
        themes: list[dict[str, Any]] = []
        competences: list[dict[str, Any]] = []
        self.trainee_ids: list[int] = []
        self.trainee_cohort: list[int] = []
        self.cohort_first_index: list[int] = []
        for c, n in enumerate(self.cohort_trainee_counts):
            self.cohort_first_index.append(len(rows))
            spec = self.cohort_spec[c]
            contract_start = self.cohorts[c]["start_date"]
            contract_end = self.cohort_windows[c][-1][1]
            if contract_end < REFERENCE_DATE:
                status = TraineeStatus.FINISHED
            elif contract_start > REFERENCE_DATE:
                status = TraineeStatus.HIRED
            else:
                status = TraineeStatus.ACTIVE
            for _ in range(n):
                trainee_id = first + len(rows)
                given = self.rng.choice(_GIVEN)
                prefix, surname = self.rng.choice(_SURNAMES)
                rows.append(
                    {
                        "id": trainee_id,
                        "given_name": given,
                        "prefix": prefix,
                        "surname": surname,
                        "sort_name": sort_key(given, prefix, surname),
                        "email": f"{data.email_part(given)}.{data.email_part(prefix, surname)}"
                        f".{trainee_id}@trainees.example",
                        "phone": f"06 {self.rng.randint(10_000_000, 99_999_999)}",
                        "education_level": self.rng.choice(spec.levels),
                        "field_of_study": None,
                        "home_municipality_id": self.rng.choice(self.municipality_ids),
                        "cohort_id": self.cohorts[c]["id"],
                        "coach_id": self.coach_ids[len(rows) % len(self.coach_ids)],
                        "status": status,
                        "contract_start": contract_start,
                        "contract_end": contract_end,
                        "checkin_code": self.codes.next(),
                        "notes": "",
                        **self.versioned,
                    }
                )
                self.trainee_ids.append(trainee_id)
                self.trainee_cohort.append(c)
                for name in self.rng.sample(data.THEMES, 2):
                    themes.append({"trainee_id": trainee_id, "theme_id": self.theme_ids[name]})
                for name in self.rng.sample(data.COMPETENCES, 2):
                    competences.append(
                        {
                            "trainee_id": trainee_id,
                            "competence_id": self.competence_ids[name],
                            "level": self.rng.randint(1, 5),
                        }
                    )
        self._insert(table, rows)
        self._insert(trainee_theme, themes)
        self._insert(_table(TraineeCompetence), competences)

    def _placements(self) -> None:
        """Seat trainee i of a cohort in rotation r on seat (i + r*d) mod S (module docstring)."""
        table = _table(Placement)
        first = self._first_id(table)
        rows: list[dict[str, Any]] = []
        evaluations: list[dict[str, Any]] = []
        first_evaluation = self._first_id(_table(Evaluation))
        for c, n in enumerate(self.cohort_trainee_counts):
            assignments = self.cohort_assignments[c]
            m = len(assignments)
            seats = m * self.cohort_places[c]
            shift = m // 3
            offset = self.cohort_first_index[c]
            for i in range(n):
                trainee_id = self.trainee_ids[offset + i]
                for r in range(ROTATIONS):
                    start, end = self.cohort_windows[c][r]
                    seat = (i + r * shift) % seats
                    status = _placement_status(start, end)
                    placement_id = first + len(rows)
                    rows.append(
                        {
                            "id": placement_id,
                            "trainee_id": trainee_id,
                            "assignment_id": assignments[seat % m],
                            "rotation": r + 1,
                            "start_date": start,
                            "end_date": end,
                            "status": status,
                            "locked": status is PlacementStatus.CONFIRMED,
                            "notes": "",
                            **self.versioned,
                        }
                    )
                    if status is PlacementStatus.COMPLETED:
                        evaluations.append(
                            {
                                "id": first_evaluation + len(evaluations),
                                "placement_id": placement_id,
                                "moment": EvaluationMoment.FINAL,
                                "author": EvaluationAuthor.SUPERVISOR,
                                "score": self.rng.randint(5, 10),
                                "text": "",
                                "written_on": end,
                                **self.versioned,
                            }
                        )
        self._insert(table, rows)
        self._insert(_table(Evaluation), evaluations)

    def _sessions(self) -> None:
        table = _table(SessionRecord)
        first = self._first_id(table)
        k, total = self.counts.cohorts, self.counts.sessions
        rows: list[dict[str, Any]] = []
        cohorts: list[dict[str, Any]] = []
        programmes: list[dict[str, Any]] = []
        themes: list[dict[str, Any]] = []
        actions: list[dict[str, Any]] = []
        first_action = self._first_id(_table(ActionPoint))
        self.session_plan: list[tuple[int, int, int, dt.date, dt.time]] = []
        for c in range(k):
            count = _share(total, k, c)
            window_start = self.cohort_windows[c][0][0]
            window_days = (self.cohort_windows[c][-1][1] - window_start).days
            spacing = max(1, window_days // max(count, 1))
            for s in range(count):
                session_id = first + len(rows)
                day = window_start + dt.timedelta(days=s * spacing)
                kind = _session_type(s)
                start = dt.time(13, 0) if kind is SessionType.INTERVISION else dt.time(9, 30)
                end = dt.time(16, 30)
                topic, theme = _TOPICS[s % len(_TOPICS)]
                title = (
                    f"Trainingsdag: {topic}"
                    if kind is SessionType.TRAINING
                    else f"{_SESSION_TITLES[kind]} {self.cohorts[c]['name']}"
                )
                rows.append(
                    {
                        "id": session_id,
                        "type": kind,
                        "title": title,
                        "date": day,
                        "start_time": start,
                        "end_time": end,
                        "location": None,
                        "municipality_id": self.rng.choice(self.municipality_ids),
                        "facilitator": None,
                        "description": "",
                        "capacity": None,
                        "outcome_notes": (
                            "Demo-uitkomst." if day < REFERENCE_DATE and s % 4 == 0 else ""
                        ),
                        **self.versioned,
                    }
                )
                cohorts.append({"session_id": session_id, "cohort_id": self.cohorts[c]["id"]})
                programmes.append(
                    {"session_id": session_id, "programme_id": self.cohorts[c]["programme_id"]}
                )
                themes.append({"session_id": session_id, "theme_id": self.theme_ids[theme]})
                if s % 5 == 0:
                    due = day + dt.timedelta(weeks=4)
                    actions.append(
                        {
                            "id": first_action + len(actions),
                            "session_id": session_id,
                            "description": "Afspraken uitwerken en delen met de groep",
                            "owner": self.cohorts[c]["name"],
                            "due_date": due,
                            "status": (
                                ActionPointStatus.DONE
                                if due < REFERENCE_DATE
                                else ActionPointStatus.OPEN
                            ),
                            **self.versioned,
                        }
                    )
                self.session_plan.append((session_id, c, s, day, start))
        self._insert(table, rows)
        self._insert(session_cohort, cohorts)
        self._insert(session_programme, programmes)
        self._insert(session_theme, themes)
        self._insert(_table(ActionPoint), actions)

    def _attendances(self) -> None:
        """Each session invites a run of consecutive trainees, starting in its own cohort."""
        table = _table(Attendance)
        first = self._first_id(table)
        total_trainees = len(self.trainee_ids)
        sessions = len(self.session_plan)
        rows: list[dict[str, Any]] = []
        rng = self.rng
        for index, (session_id, c, s, day, start) in enumerate(self.session_plan):
            size = _share(self.counts.attendances, sessions, index)
            n = self.cohort_trainee_counts[c]
            begin = self.cohort_first_index[c] + (s * size) % max(n, 1)
            past = day < REFERENCE_DATE
            starts_at = dt.datetime.combine(day, start)
            for j in range(size):
                trainee_id = self.trainee_ids[(begin + j) % total_trainees]
                checked_in = None
                score = None
                if past:
                    roll = rng.random()
                    if roll < 0.85:
                        status = AttendanceStatus.PRESENT
                        checked_in = starts_at + dt.timedelta(minutes=rng.randint(-20, 10))
                        if roll < 0.5:
                            score = rng.randint(2, 5)
                    elif roll < 0.95:
                        status = AttendanceStatus.EXCUSED
                    else:
                        status = AttendanceStatus.ABSENT
                else:
                    status = (
                        AttendanceStatus.REGISTERED
                        if rng.random() < 0.6
                        else AttendanceStatus.INVITED
                    )
                rows.append(
                    {
                        "id": first + len(rows),
                        "session_id": session_id,
                        "trainee_id": trainee_id,
                        "guest_id": None,
                        "status": status,
                        "checked_in_at": checked_in,
                        "note": "",
                        "feedback_score": score,
                        "feedback_comment": None,
                        **self.versioned,
                    }
                )
        self._insert(table, rows)


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _share(total: int, parts: int, index: int) -> int:
    """Part ``index`` of ``total`` split as evenly as possible over ``parts`` parts."""
    return total // parts + (1 if index < total % parts else 0)


def _placement_status(start: dt.date, end: dt.date) -> PlacementStatus:
    if end < REFERENCE_DATE:
        return PlacementStatus.COMPLETED
    if start <= REFERENCE_DATE:
        return PlacementStatus.RUNNING
    if (start - REFERENCE_DATE).days <= 120:
        return PlacementStatus.CONFIRMED
    return PlacementStatus.PROPOSED


def _session_type(index: int) -> SessionType:
    if index == 0:
        return SessionType.KICK_OFF
    if index % 25 == 0:
        return SessionType.RETURN_DAY
    if index % 13 == 0:
        return SessionType.PARTICIPATION
    if index % 10 == 0:
        return SessionType.INTERVISION
    if index % 31 == 0:
        return SessionType.NETWORK
    return SessionType.TRAINING
