"""The hard and soft rules of placing trainees.

Hard rules refuse a change: they are checked after every flush, inside the
transaction, so a change that breaks one raises :class:`HardRuleViolation` and the
whole transaction rolls back (the database is unchanged). Soft rules only warn: the
UI shows :class:`SoftWarning` objects next to the record.

An assignment without accepted levels accepts every level.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, event, inspect, or_, select
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Assignment,
    AssignmentLevel,
    Cohort,
    EducationLevel,
    LevelCategory,
    Municipality,
    Organisation,
    Placement,
    PlacementStatus,
    Programme,
    Theme,
    Trainee,
    assignment_theme,
)
from coordinator_app.services.dutch import period, short_date
from coordinator_app.services.geo import distance_km
from coordinator_app.services.labels import label, levels_text
from coordinator_app.text import full_name

# SQLite allows 32766 bound parameters; stay far below for every backend.
_IN_CHUNK = 900


class HardRule(enum.StrEnum):
    NO_OVERLAP = "geen-overlap"
    DISTINCT_ORGANISATION = "andere-organisatie"
    CAPACITY = "capaciteit"
    EDUCATION_LEVEL = "opleidingsniveau"
    WITHIN_ASSIGNMENT_PERIOD = "binnen-looptijd"

    def title(self, lang: str = "nl") -> str:
        return _HARD_TITLES[self][0 if lang == "nl" else 1]


_HARD_TITLES = {
    HardRule.NO_OVERLAP: ("Plaatsingen mogen niet overlappen", "Placements may not overlap"),
    HardRule.DISTINCT_ORGANISATION: (
        "Elke rotatie bij een andere organisatie",
        "Each rotation at a different organisation",
    ),
    HardRule.CAPACITY: ("Niet meer plaatsingen dan plaatsen", "No more placements than places"),
    HardRule.EDUCATION_LEVEL: (
        "Opleidingsniveau past bij de opdracht",
        "Education level fits the assignment",
    ),
    HardRule.WITHIN_ASSIGNMENT_PERIOD: (
        "Plaatsing binnen de looptijd van de opdracht",
        "Placement within the assignment period",
    ),
}


class SoftRule(enum.StrEnum):
    GAP = "gat-tussen-rotaties"
    OUTSIDE_CONTRACT = "buiten-contract"
    LONG_TRAVEL = "lange-reistijd"
    SAME_THEME = "zelfde-thema"
    ENDING_WITHOUT_NEXT = "eindigt-zonder-vervolg"


@dataclass(frozen=True)
class RecordRef:
    """A record a rule message is about, so the UI can link to it."""

    kind: str  # "trainee", "assignment", "placement", "organisation"
    id: int
    label: str


@dataclass(frozen=True)
class Violation:
    rule: HardRule
    message_nl: str
    message_en: str
    records: tuple[RecordRef, ...]

    def message(self, lang: str = "nl") -> str:
        return self.message_nl if lang == "nl" else self.message_en


@dataclass(frozen=True)
class SoftWarning:
    rule: SoftRule
    message_nl: str
    message_en: str
    records: tuple[RecordRef, ...]

    def message(self, lang: str = "nl") -> str:
        return self.message_nl if lang == "nl" else self.message_en


class HardRuleViolation(CoordinatorError):
    """A change broke one or more hard rules and was refused."""

    def __init__(self, violations: Sequence[Violation]) -> None:
        self.violations = tuple(violations)
        first = self.violations[0]
        more = len(self.violations) - 1
        suffix = f" (en nog {more} andere overtreding{'en' if more > 1 else ''})" if more else ""
        super().__init__(f"Regel '{first.rule.title()}': {first.message_nl}{suffix}")

    @property
    def rules(self) -> set[HardRule]:
        return {v.rule for v in self.violations}

    def message_in(self, lang: str) -> str:
        return "\n".join(f"{v.rule.title(lang)}: {v.message(lang)}" for v in self.violations)


@dataclass(frozen=True)
class PlacementFacts:
    """What the rules need to know about one placement, read in a single query."""

    id: int
    trainee_id: int
    assignment_id: int
    rotation: int
    start: dt.date
    end: dt.date
    trainee_name: str
    trainee_level: EducationLevel
    trainee_programme_id: int | None
    programme_name: str | None
    distinct_organisations: bool
    assignment_title: str
    assignment_start: dt.date
    assignment_end: dt.date
    places: int
    organisation_id: int
    organisation_name: str

    def trainee_ref(self) -> RecordRef:
        return RecordRef("trainee", self.trainee_id, self.trainee_name)

    def assignment_ref(self) -> RecordRef:
        return RecordRef("assignment", self.assignment_id, self.assignment_title)

    def ref(self) -> RecordRef:
        return RecordRef(
            "placement",
            self.id,
            f"{self.trainee_name} – {self.assignment_title} ({period(self.start, self.end)})",
        )


def _facts_query() -> Any:  # a Select of the columns below
    return (
        select(
            Placement.id,
            Placement.trainee_id,
            Placement.assignment_id,
            Placement.rotation,
            Placement.start_date,
            Placement.end_date,
            Trainee.given_name,
            Trainee.prefix,
            Trainee.surname,
            Trainee.education_level,
            Cohort.programme_id,
            Programme.name,
            Programme.distinct_organisations,
            Assignment.title,
            Assignment.start_date,
            Assignment.end_date,
            Assignment.places,
            Organisation.id,
            Organisation.name,
        )
        .join(Trainee, Trainee.id == Placement.trainee_id)
        .join(Assignment, Assignment.id == Placement.assignment_id)
        .join(Organisation, Organisation.id == Assignment.organisation_id)
        .outerjoin(Cohort, Cohort.id == Trainee.cohort_id)
        .outerjoin(Programme, Programme.id == Cohort.programme_id)
        .where(Placement.status != PlacementStatus.ABORTED)
    )


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(ids))
    for i in range(0, len(ordered), _IN_CHUNK):
        yield ordered[i : i + _IN_CHUNK]


def _to_facts(row: Any) -> PlacementFacts:
    return PlacementFacts(
        id=row[0],
        trainee_id=row[1],
        assignment_id=row[2],
        rotation=row[3],
        start=row[4],
        end=row[5],
        trainee_name=full_name(row[6], row[7], row[8]),
        trainee_level=row[9],
        trainee_programme_id=row[10],
        programme_name=row[11],
        distinct_organisations=bool(row[12]) if row[12] is not None else False,
        assignment_title=row[13],
        assignment_start=row[14],
        assignment_end=row[15],
        places=row[16],
        organisation_id=row[17],
        organisation_name=row[18],
    )


def load_facts(
    session: Session,
    *,
    trainee_ids: Iterable[int] | None = None,
    assignment_ids: Iterable[int] | None = None,
) -> list[PlacementFacts]:
    """Active placements of the given trainees or assignments (all when both are None)."""
    query = _facts_query().order_by(Placement.start_date, Placement.id)
    if trainee_ids is None and assignment_ids is None:
        return [_to_facts(row) for row in session.execute(query)]
    found: dict[int, PlacementFacts] = {}
    for column, ids in (
        (Placement.trainee_id, trainee_ids),
        (Placement.assignment_id, assignment_ids),
    ):
        for chunk in _chunks(ids or ()):
            for row in session.execute(query.where(column.in_(chunk))):
                facts = _to_facts(row)
                found[facts.id] = facts
    return sorted(found.values(), key=lambda f: (f.start, f.id))


def _accepted_levels(
    session: Session, assignment_ids: Iterable[int]
) -> dict[int, set[LevelCategory]]:
    levels: dict[int, set[LevelCategory]] = defaultdict(set)
    for chunk in _chunks(assignment_ids):
        rows = session.execute(
            select(AssignmentLevel.assignment_id, AssignmentLevel.level).where(
                AssignmentLevel.assignment_id.in_(chunk)
            )
        )
        for assignment_id, level in rows:
            levels[assignment_id].add(level)
    return levels


def check_hard_rules(
    session: Session,
    *,
    trainee_ids: Iterable[int] | None = None,
    assignment_ids: Iterable[int] | None = None,
) -> list[Violation]:
    """Every hard-rule violation among the placements of these trainees and assignments.

    With neither argument, all placements in the database are checked.
    """
    check_all = trainee_ids is None and assignment_ids is None
    trainee_set = None if check_all else set(trainee_ids or ())
    assignment_set = None if check_all else set(assignment_ids or ())
    facts = load_facts(session, trainee_ids=trainee_set, assignment_ids=assignment_set)
    violations: list[Violation] = []

    by_trainee: dict[int, list[PlacementFacts]] = defaultdict(list)
    by_assignment: dict[int, list[PlacementFacts]] = defaultdict(list)
    for f in facts:
        by_trainee[f.trainee_id].append(f)
        by_assignment[f.assignment_id].append(f)

    if not check_all:
        # Capacity needs every placement of an affected assignment, overlap every
        # placement of an affected trainee; load_facts gave the union of both.
        wanted_trainees, wanted_assignments = trainee_set or set(), assignment_set or set()
        by_trainee = {k: v for k, v in by_trainee.items() if k in wanted_trainees}
        by_assignment = {k: v for k, v in by_assignment.items() if k in wanted_assignments}

    for placements in by_trainee.values():
        violations.extend(_trainee_violations(placements))
    for placements in by_assignment.values():
        violation = _capacity_violation(placements)
        if violation:
            violations.append(violation)

    levels = _accepted_levels(session, {f.assignment_id for f in facts})
    for f in facts:
        accepted = levels.get(f.assignment_id, set())
        if accepted and f.trainee_level.category not in accepted:
            violations.append(
                Violation(
                    HardRule.EDUCATION_LEVEL,
                    f"{f.trainee_name} heeft opleidingsniveau {label(f.trainee_level)}; "
                    f"opdracht '{f.assignment_title}' vraagt {levels_text(accepted)}.",
                    f"{f.trainee_name} has education level {label(f.trainee_level, 'en')}; "
                    f"assignment '{f.assignment_title}' asks for {levels_text(accepted, 'en')}.",
                    (f.trainee_ref(), f.assignment_ref()),
                )
            )
        if f.start < f.assignment_start or f.end > f.assignment_end:
            violations.append(
                Violation(
                    HardRule.WITHIN_ASSIGNMENT_PERIOD,
                    f"De plaatsing van {f.trainee_name} ({period(f.start, f.end)}) valt buiten "
                    f"de looptijd van opdracht '{f.assignment_title}' "
                    f"({period(f.assignment_start, f.assignment_end)}).",
                    f"The placement of {f.trainee_name} ({f.start} to {f.end}) lies outside "
                    f"the period of assignment '{f.assignment_title}' "
                    f"({f.assignment_start} to {f.assignment_end}).",
                    (f.ref(), f.assignment_ref()),
                )
            )
    return violations


def _trainee_violations(placements: list[PlacementFacts]) -> list[Violation]:
    found: list[Violation] = []
    ordered = sorted(placements, key=lambda f: (f.start, f.id))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.start > a.end:
                break
            found.append(
                Violation(
                    HardRule.NO_OVERLAP,
                    f"{a.trainee_name} zou tegelijk twee plaatsingen hebben: "
                    f"'{a.assignment_title}' ({period(a.start, a.end)}) en "
                    f"'{b.assignment_title}' ({period(b.start, b.end)}).",
                    f"{a.trainee_name} would have two placements at once: "
                    f"'{a.assignment_title}' ({a.start} to {a.end}) and "
                    f"'{b.assignment_title}' ({b.start} to {b.end}).",
                    (a.trainee_ref(), a.ref(), b.ref()),
                )
            )
    if ordered and ordered[0].distinct_organisations:
        seen: dict[int, PlacementFacts] = {}
        for f in sorted(ordered, key=lambda f: (f.rotation, f.start)):
            earlier = seen.get(f.organisation_id)
            if earlier is not None:
                found.append(
                    Violation(
                        HardRule.DISTINCT_ORGANISATION,
                        f"{f.trainee_name} zou binnen {f.programme_name} twee keer bij "
                        f"{f.organisation_name} geplaatst worden (rotatie {earlier.rotation} "
                        f"en {f.rotation}).",
                        f"{f.trainee_name} would be placed twice at {f.organisation_name} "
                        f"within {f.programme_name} (rotations {earlier.rotation} and "
                        f"{f.rotation}).",
                        (
                            f.trainee_ref(),
                            RecordRef("organisation", f.organisation_id, f.organisation_name),
                            earlier.ref(),
                            f.ref(),
                        ),
                    )
                )
            else:
                seen[f.organisation_id] = f
    return found


def _capacity_violation(placements: list[PlacementFacts]) -> Violation | None:
    places = placements[0].places
    if len(placements) <= places:
        return None
    # Sweep over start and end dates; the count peaks on some start date.
    for candidate in sorted({f.start for f in placements}):
        active = [f for f in placements if f.start <= candidate <= f.end]
        if len(active) > places:
            first = placements[0]
            names = ", ".join(f.trainee_name for f in active)
            return Violation(
                HardRule.CAPACITY,
                f"Opdracht '{first.assignment_title}' heeft {places} "
                f"{'plaats' if places == 1 else 'plaatsen'}, maar op {short_date(candidate)} "
                f"zijn er {len(active)} plaatsingen actief ({names}).",
                f"Assignment '{first.assignment_title}' has {places} "
                f"place{'s' if places != 1 else ''}, but on {candidate} there are "
                f"{len(active)} active placements ({names}).",
                (first.assignment_ref(), *(f.ref() for f in active)),
            )
    return None


# --- enforcement on every flush ---------------------------------------------------------

_TRAINEE_RULE_FIELDS = ("education_level", "cohort_id")
_ASSIGNMENT_RULE_FIELDS = ("start_date", "end_date", "places", "organisation_id")


def _changed(obj: object, fields: Sequence[str]) -> bool:
    state = inspect(obj)
    return any(state.attrs[name].history.has_changes() for name in fields)


def _affected(session: Session) -> tuple[set[int], set[int]]:
    trainees: set[int] = set()
    assignments: set[int] = set()
    cohort_ids: set[int] = set()
    programme_ids: set[int] = set()
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Placement):
            if obj.status is not PlacementStatus.ABORTED:
                trainees.add(obj.trainee_id)
                assignments.add(obj.assignment_id)
        elif isinstance(obj, Trainee):
            if obj in session.dirty and _changed(obj, _TRAINEE_RULE_FIELDS):
                trainees.add(obj.id)
        elif isinstance(obj, Assignment):
            if obj in session.dirty:
                assignments.add(obj.id)
        elif isinstance(obj, AssignmentLevel):
            assignments.add(obj.assignment_id)
        elif isinstance(obj, Programme):
            if obj in session.dirty and _changed(obj, ("distinct_organisations",)):
                programme_ids.add(obj.id)
        elif isinstance(obj, Cohort) and obj in session.dirty:
            cohort_ids.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, AssignmentLevel):
            assignments.add(obj.assignment_id)
    if programme_ids or cohort_ids:
        trainees.update(
            session.scalars(
                select(Trainee.id)
                .join(Cohort, Cohort.id == Trainee.cohort_id)
                .where(or_(Cohort.programme_id.in_(programme_ids), Cohort.id.in_(cohort_ids)))
            )
        )
    return trainees, assignments


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    trainees, assignments = _affected(session)
    if not trainees and not assignments:
        return
    with session.no_autoflush:
        violations = check_hard_rules(session, trainee_ids=trainees, assignment_ids=assignments)
    if violations:
        raise HardRuleViolation(violations)


_RULES_MARK = "coordinator_rules"


def install_rule_enforcement(factory: sessionmaker[Session]) -> None:
    """Check the hard rules after every flush of sessions made by ``factory``.

    The mark lives on the factory itself: SQLAlchemy's event registry is keyed by the
    target's id(), which a new factory can inherit from a collected one, so
    ``event.contains`` could wrongly answer yes and leave the rules switched off.
    """
    if factory.kw.get("info", {}).get(_RULES_MARK):
        return
    event.listen(factory, "after_flush", _after_flush)
    factory.kw.setdefault("info", {})[_RULES_MARK] = True


# --- soft rules ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SoftRuleSettings:
    today: dt.date
    attention_weeks: int = 6
    max_gap_days: int = 7
    max_travel_km: float = 50.0


def trainee_warnings(
    session: Session, trainee_ids: Iterable[int], settings: SoftRuleSettings
) -> dict[int, list[SoftWarning]]:
    """The soft-rule warnings of each trainee (only trainees with a warning appear)."""
    ids = set(trainee_ids)
    facts = load_facts(session, trainee_ids=ids)
    by_trainee: dict[int, list[PlacementFacts]] = defaultdict(list)
    for f in facts:
        if f.trainee_id in ids:
            by_trainee[f.trainee_id].append(f)
    trainees = {
        t.id: t
        for chunk in _chunks(ids)
        for t in session.scalars(select(Trainee).where(Trainee.id.in_(chunk)))
    }
    assignment_ids = {f.assignment_id for f in facts}
    themes: dict[int, set[int]] = defaultdict(set)
    theme_names: dict[int, str] = {}
    for chunk in _chunks(assignment_ids):
        for assignment_id, theme_id, theme_name in session.execute(
            select(assignment_theme.c.assignment_id, Theme.id, Theme.name)
            .join(Theme, Theme.id == assignment_theme.c.theme_id)
            .where(assignment_theme.c.assignment_id.in_(chunk))
        ):
            themes[assignment_id].add(theme_id)
            theme_names[theme_id] = theme_name
    places = _assignment_places(session, assignment_ids)
    municipalities = {m.id: m for m in session.scalars(select(Municipality))}
    rotations = _programme_rotations(session)

    result: dict[int, list[SoftWarning]] = {}
    for trainee_id in ids:
        trainee = trainees.get(trainee_id)
        if trainee is None:
            continue
        warnings = _warnings_for(
            trainee,
            by_trainee.get(trainee_id, []),
            themes,
            theme_names,
            places,
            municipalities,
            rotations,
            settings,
        )
        if warnings:
            result[trainee_id] = warnings
    return result


def _assignment_places(session: Session, ids: Iterable[int]) -> dict[int, int | None]:
    """The municipality of each assignment (its own, else its organisation's)."""
    found: dict[int, int | None] = {}
    for chunk in _chunks(ids):
        for assignment_id, own, org in session.execute(
            select(Assignment.id, Assignment.municipality_id, Organisation.municipality_id)
            .join(Organisation, Organisation.id == Assignment.organisation_id)
            .where(Assignment.id.in_(chunk))
        ):
            found[assignment_id] = own or org
    return found


def _programme_rotations(session: Session) -> dict[int, int]:
    return dict(session.execute(select(Programme.id, Programme.rotations_per_trainee)).all())


def _warnings_for(
    trainee: Trainee,
    placements: list[PlacementFacts],
    themes: dict[int, set[int]],
    theme_names: dict[int, str],
    places: dict[int, int | None],
    municipalities: dict[int, Municipality],
    rotations: dict[int, int],
    settings: SoftRuleSettings,
) -> list[SoftWarning]:
    name = trainee.full_name
    me = RecordRef("trainee", trainee.id, name)
    warnings: list[SoftWarning] = []
    ordered = sorted(placements, key=lambda f: f.start)
    for prev, nxt in zip(ordered, ordered[1:], strict=False):
        gap = (nxt.start - prev.end).days - 1
        if gap > settings.max_gap_days:
            warnings.append(
                SoftWarning(
                    SoftRule.GAP,
                    f"Tussen '{prev.assignment_title}' en '{nxt.assignment_title}' zitten "
                    f"{gap} dagen zonder plaatsing.",
                    f"There are {gap} days without a placement between "
                    f"'{prev.assignment_title}' and '{nxt.assignment_title}'.",
                    (me, prev.ref(), nxt.ref()),
                )
            )
    for f in ordered:
        outside = (trainee.contract_start is not None and f.start < trainee.contract_start) or (
            trainee.contract_end is not None and f.end > trainee.contract_end
        )
        if outside:
            warnings.append(
                SoftWarning(
                    SoftRule.OUTSIDE_CONTRACT,
                    f"'{f.assignment_title}' ({period(f.start, f.end)}) valt (deels) buiten het "
                    f"contract van {name} "
                    f"({period(trainee.contract_start, trainee.contract_end)}).",
                    f"'{f.assignment_title}' ({f.start} to {f.end}) lies (partly) outside the "
                    f"contract of {name}.",
                    (me, f.ref()),
                )
            )
        home = municipalities.get(trainee.home_municipality_id or -1)
        work = municipalities.get(places.get(f.assignment_id) or -1)
        if home is not None and work is not None:
            km = distance_km(home.latitude, home.longitude, work.latitude, work.longitude)
            if km > settings.max_travel_km:
                warnings.append(
                    SoftWarning(
                        SoftRule.LONG_TRAVEL,
                        f"Van {home.name} naar {work.name} ('{f.assignment_title}') is "
                        f"ongeveer {km:.0f} km.",
                        f"From {home.name} to {work.name} ('{f.assignment_title}') is about "
                        f"{km:.0f} km.",
                        (me, f.ref()),
                    )
                )
    seen_themes: dict[int, PlacementFacts] = {}
    for f in ordered:
        for theme_id in sorted(themes.get(f.assignment_id, set())):
            earlier = seen_themes.get(theme_id)
            if earlier is not None and earlier.id != f.id:
                theme = theme_names[theme_id]
                warnings.append(
                    SoftWarning(
                        SoftRule.SAME_THEME,
                        f"Thema '{theme}' komt twee keer voor: '{earlier.assignment_title}' en "
                        f"'{f.assignment_title}'.",
                        f"Theme '{theme}' occurs twice: '{earlier.assignment_title}' and "
                        f"'{f.assignment_title}'.",
                        (me, earlier.ref(), f.ref()),
                    )
                )
            else:
                seen_themes[theme_id] = f
    if ordered:
        last = ordered[-1]
        horizon = settings.today + dt.timedelta(weeks=settings.attention_weeks)
        wanted = rotations.get(last.trainee_programme_id or -1, 0)
        if settings.today <= last.end <= horizon and last.rotation < wanted:
            warnings.append(
                SoftWarning(
                    SoftRule.ENDING_WITHOUT_NEXT,
                    f"Rotatie {last.rotation} van {name} eindigt op {short_date(last.end)} en er "
                    "is nog geen volgende plaatsing gepland.",
                    f"Rotation {last.rotation} of {name} ends on {last.end} and no next "
                    "placement is planned.",
                    (me, last.ref()),
                )
            )
    return warnings


def placements_ending_without_next(
    session: Session, settings: SoftRuleSettings
) -> list[SoftWarning]:
    """The attention list's first part: rotations ending soon with nothing after them."""
    horizon = settings.today + dt.timedelta(weeks=settings.attention_weeks)
    ending = session.scalars(
        select(Placement.trainee_id).where(
            and_(
                Placement.status != PlacementStatus.ABORTED,
                Placement.end_date >= settings.today,
                Placement.end_date <= horizon,
            )
        )
    ).all()
    warnings = trainee_warnings(session, set(ending), settings)
    return [
        w for items in warnings.values() for w in items if w.rule is SoftRule.ENDING_WITHOUT_NEXT
    ]
