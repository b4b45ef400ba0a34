"""Explainable match scores between trainees and assignments, and ranked suggestions.

A score is built from six parts, each a *fit* between 0 and 1 that a coordinator can
check by hand:

=============  =====================================================================
level          1 when the assignment is meant for exactly the trainee's level (mbo,
               hbo, wo), 0.75 when it accepts that level among others, 0.5 when it
               names no level (open to all), 0 when it does not accept the level (a
               hard rule: such a pair can never be placed).
competences    the share of the assignment's competences the trainee has; a required
               level counts in part (trainee level 2 of required 4 gives 0.5). 0.5
               when the assignment names none.
themes         shared themes divided by the smaller of the two theme lists (capped at
               1); 0.5 when either side names none.
travel         1 - km / horizon (at least 0), the distance between the trainee's home
               municipality and the assignment's (else its organisation's); the
               horizon is twice the "long travel" setting (100 km by default). 0.5
               when a place is unknown.
variety        1 for a new organisation with new themes; 0 at an organisation already
               done; otherwise 1 - 0.5 x the share of the assignment's themes already
               done. "Done" means the trainee's other placements (not aborted).
preference     (11 - rank) / 10 for an assignment the trainee listed (rank 1 gives 1,
               rank 10 gives 0.1), 0 otherwise.
=============  =====================================================================

The total is ``100 * sum(weight * fit) / sum(weights)``: always between 0 and 100,
whatever the weights (negative weights count as 0). The planner works in whole
hundredths of a point (:meth:`MatchScorer.points`), and :attr:`MatchScore.total` is
that same number divided by 100, so what a coordinator sees is what was optimised.

Scores for many pairs are computed at once with numpy (300 x 400 pairs take a few
milliseconds); the Dutch explanations are written only for the pairs someone looks at,
from the same numbers.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from coordinator_app.errors import CoordinatorError
from coordinator_app.models import (
    Assignment,
    AssignmentCompetence,
    AssignmentLevel,
    AssignmentStatus,
    Cohort,
    Competence,
    EducationLevel,
    LevelCategory,
    Municipality,
    Organisation,
    Placement,
    PlacementStatus,
    Preference,
    Programme,
    Theme,
    Trainee,
    TraineeCompetence,
    assignment_programme,
    assignment_theme,
    trainee_theme,
)
from coordinator_app.services.dutch import period
from coordinator_app.services.geo import distance_km
from coordinator_app.services.labels import label, levels_text
from coordinator_app.services.placements import (
    PLANNABLE_TRAINEES,
    Occupant,
    RotationWindow,
    chunks,
    cohort_windows,
    holders,
    load_occupants,
    peak_occupancy,
    placement_rows,
)
from coordinator_app.settings import MatchWeights
from coordinator_app.text import full_name

PARTS = ("level", "competences", "themes", "travel", "variety", "preference")
PART_LABELS = {
    "level": "Opleidingsniveau",
    "competences": "Competenties",
    "themes": "Thema-interesse",
    "travel": "Reisafstand",
    "variety": "Afwisseling",
    "preference": "Eigen voorkeur",
}
NEUTRAL = 0.5  # the fit of a part that cannot be judged (nothing to compare)
MAX_PREFERENCE_RANK = 10
OFFERED_STATUSES = (AssignmentStatus.OPEN, AssignmentStatus.FILLED)
_LEVEL_ORDER = (LevelCategory.MBO, LevelCategory.HBO, LevelCategory.WO)


def travel_horizon_km(max_travel_km: float) -> float:
    """The distance at which the travel part reaches 0: twice the "long travel" setting."""
    return 2.0 * max_travel_km


def dutch_number(value: float, decimals: int = 1) -> str:
    return f"{value:.{decimals}f}".replace(".", ",")


def _names(ids: Iterable[int], names: Mapping[int, str]) -> list[str]:
    return sorted((names.get(i, "?") for i in ids), key=str.casefold)


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


# --- the data a score needs, loaded in bulk ------------------------------------------------


@dataclass(frozen=True)
class TraineeProfile:
    id: int
    name: str
    email: str
    level: EducationLevel
    home_municipality_id: int | None
    cohort_id: int | None
    competences: Mapping[int, int | None]
    themes: frozenset[int]
    preferences: Mapping[int, int]  # assignment id -> rank (1 strongest)
    done_organisations: frozenset[int]
    done_themes: frozenset[int]


@dataclass(frozen=True)
class AssignmentProfile:
    id: int
    title: str
    organisation_id: int
    organisation_name: str
    municipality_id: int | None  # its own, else its organisation's
    levels: frozenset[LevelCategory]  # empty: every level
    competences: Mapping[int, int | None]
    themes: frozenset[int]
    start: dt.date
    end: dt.date
    places: int
    status: AssignmentStatus
    programme_ids: frozenset[int]  # empty: offered to every programme

    def accepts(self, level: EducationLevel) -> bool:
        return not self.levels or level.category in self.levels

    def covers(self, start: dt.date, end: dt.date) -> bool:
        return self.start <= start and end <= self.end

    def offered_to(self, programme_id: int | None) -> bool:
        return not self.programme_ids or programme_id in self.programme_ids


@dataclass(frozen=True)
class Place:
    name: str
    latitude: float
    longitude: float


@dataclass
class MatchData:
    trainees: dict[int, TraineeProfile]
    assignments: dict[int, AssignmentProfile]
    places: dict[int, Place]
    theme_names: dict[int, str]
    competence_names: dict[int, str]
    organisation_names: dict[int, str] = field(default_factory=dict)


def load_match_data(
    session: Session,
    trainee_ids: Iterable[int],
    assignment_ids: Iterable[int] | None = None,
    *,
    ignore_placement_ids: Collection[int] = (),
) -> MatchData:
    """Everything the scores of these pairs need, in a dozen queries whatever the size.

    ``assignment_ids=None`` loads every assignment. The trainees' history (organisations
    and themes already done) comes from their active placements, leaving out
    ``ignore_placement_ids`` (the planner leaves out the placements it may replace).
    """
    t_ids = sorted(set(trainee_ids))
    ignore = set(ignore_placement_ids)

    trainee_rows: list[Any] = []
    for chunk in chunks(t_ids):
        trainee_rows.extend(
            session.execute(
                select(
                    Trainee.id,
                    Trainee.given_name,
                    Trainee.prefix,
                    Trainee.surname,
                    Trainee.email,
                    Trainee.education_level,
                    Trainee.home_municipality_id,
                    Trainee.cohort_id,
                ).where(Trainee.id.in_(chunk))
            )
        )
    t_comp: dict[int, dict[int, int | None]] = defaultdict(dict)
    t_themes: dict[int, set[int]] = defaultdict(set)
    t_prefs: dict[int, dict[int, int]] = defaultdict(dict)
    done_orgs: dict[int, set[int]] = defaultdict(set)
    done_assignments: dict[int, set[int]] = defaultdict(set)
    for chunk in chunks(t_ids):
        for tid, cid, level in session.execute(
            select(
                TraineeCompetence.trainee_id,
                TraineeCompetence.competence_id,
                TraineeCompetence.level,
            ).where(TraineeCompetence.trainee_id.in_(chunk))
        ):
            t_comp[tid][cid] = level
        for tid, theme_id in session.execute(
            select(trainee_theme.c.trainee_id, trainee_theme.c.theme_id).where(
                trainee_theme.c.trainee_id.in_(chunk)
            )
        ):
            t_themes[tid].add(theme_id)
        for tid, aid, rank in session.execute(
            select(Preference.trainee_id, Preference.assignment_id, Preference.rank).where(
                Preference.trainee_id.in_(chunk)
            )
        ):
            t_prefs[tid][aid] = rank
        for pid, tid, aid, org_id in session.execute(
            select(
                Placement.id, Placement.trainee_id, Placement.assignment_id,
                Assignment.organisation_id,
            )
            .join(Assignment, Assignment.id == Placement.assignment_id)
            .where(Placement.trainee_id.in_(chunk), Placement.status != PlacementStatus.ABORTED)
        ):  # fmt: skip
            if pid not in ignore:
                done_orgs[tid].add(org_id)
                done_assignments[tid].add(aid)

    a_query = select(
        Assignment.id,
        Assignment.title,
        Assignment.organisation_id,
        Organisation.name,
        Assignment.municipality_id,
        Organisation.municipality_id,
        Assignment.start_date,
        Assignment.end_date,
        Assignment.places,
        Assignment.status,
    ).join(Organisation, Organisation.id == Assignment.organisation_id)
    wanted_assignments = None if assignment_ids is None else set(assignment_ids)
    history_assignments = set().union(*done_assignments.values()) if done_assignments else set()
    if wanted_assignments is None:
        assignment_rows = list(session.execute(a_query))
    else:
        assignment_rows = [
            row
            for chunk in chunks(wanted_assignments | history_assignments)
            for row in session.execute(a_query.where(Assignment.id.in_(chunk)))
        ]
    a_ids = [row[0] for row in assignment_rows]
    a_levels: dict[int, set[LevelCategory]] = defaultdict(set)
    a_comp: dict[int, dict[int, int | None]] = defaultdict(dict)
    a_themes: dict[int, set[int]] = defaultdict(set)
    a_programmes: dict[int, set[int]] = defaultdict(set)
    for chunk in chunks(a_ids):
        for aid, category in session.execute(
            select(AssignmentLevel.assignment_id, AssignmentLevel.level).where(
                AssignmentLevel.assignment_id.in_(chunk)
            )
        ):
            a_levels[aid].add(category)
        for aid, cid, level in session.execute(
            select(
                AssignmentCompetence.assignment_id,
                AssignmentCompetence.competence_id,
                AssignmentCompetence.level,
            ).where(AssignmentCompetence.assignment_id.in_(chunk))
        ):
            a_comp[aid][cid] = level
        for aid, theme_id in session.execute(
            select(assignment_theme.c.assignment_id, assignment_theme.c.theme_id).where(
                assignment_theme.c.assignment_id.in_(chunk)
            )
        ):
            a_themes[aid].add(theme_id)
        for aid, programme_id in session.execute(
            select(assignment_programme.c.assignment_id, assignment_programme.c.programme_id).where(
                assignment_programme.c.assignment_id.in_(chunk)
            )
        ):
            a_programmes[aid].add(programme_id)

    assignments = {
        aid: AssignmentProfile(
            id=aid,
            title=title,
            organisation_id=org_id,
            organisation_name=org_name,
            municipality_id=own_m or org_m,
            levels=frozenset(a_levels.get(aid, ())),
            competences=dict(a_comp.get(aid, {})),
            themes=frozenset(a_themes.get(aid, ())),
            start=start,
            end=end,
            places=places,
            status=status,
            programme_ids=frozenset(a_programmes.get(aid, ())),
        )
        for aid, title, org_id, org_name, own_m, org_m, start, end, places, status in (
            assignment_rows
        )
    }
    trainees = {}
    for tid, given, prefix, surname, email, level, home, cohort_id in trainee_rows:
        themes_done: set[int] = set()
        for aid in done_assignments.get(tid, ()):
            if aid in assignments:
                themes_done |= assignments[aid].themes
        trainees[tid] = TraineeProfile(
            id=tid,
            name=full_name(given, prefix, surname),
            email=email,
            level=level,
            home_municipality_id=home,
            cohort_id=cohort_id,
            competences=dict(t_comp.get(tid, {})),
            themes=frozenset(t_themes.get(tid, ())),
            preferences=dict(t_prefs.get(tid, {})),
            done_organisations=frozenset(done_orgs.get(tid, ())),
            done_themes=frozenset(themes_done),
        )
    if wanted_assignments is not None:
        # History assignments were loaded for their themes only.
        assignments = {k: v for k, v in assignments.items() if k in wanted_assignments}
    places = {
        m.id: Place(m.name, m.latitude, m.longitude) for m in session.scalars(select(Municipality))
    }
    theme_names = {i: n for i, n in session.execute(select(Theme.id, Theme.name))}
    competence_names = {i: n for i, n in session.execute(select(Competence.id, Competence.name))}
    organisation_names = {a.organisation_id: a.organisation_name for a in assignments.values()}
    return MatchData(
        trainees, assignments, places, theme_names, competence_names, organisation_names
    )


# --- scores ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScorePart:
    key: str
    label: str
    fit: float  # 0..1
    weight: float
    points: float  # this part's share of the total (0..100 scale)
    explanation: str


@dataclass(frozen=True)
class MatchScore:
    trainee_id: int
    assignment_id: int
    total: float  # 0..100, in hundredths: exactly what the planner optimises
    parts: tuple[ScorePart, ...]
    level_ok: bool

    def part(self, key: str) -> ScorePart:
        for p in self.parts:
            if p.key == key:
                return p
        raise KeyError(key)

    def summary(self) -> str:
        """One line for a tooltip: the total and each part's explanation."""
        return f"Score {dutch_number(self.total)}: " + "; ".join(
            f"{p.label.lower()}: {p.explanation}" for p in self.parts
        )


FloatMatrix = NDArray[np.float64]


class MatchScorer:
    """Scores for the pairs of one :class:`MatchData`, with the given weights."""

    def __init__(
        self, data: MatchData, weights: MatchWeights, *, travel_horizon_km: float = 100.0
    ) -> None:
        self.data = data
        self.weights = {key: max(0.0, float(getattr(weights, key))) for key in PARTS}
        self.weight_sum = sum(self.weights.values())
        self.travel_horizon_km = max(1.0, travel_horizon_km)
        self._competence_index = {cid: j for j, cid in enumerate(sorted(data.competence_names))}
        self._theme_index = {tid: j for j, tid in enumerate(sorted(data.theme_names))}
        self._place_ids = sorted(data.places)
        self._place_index = {pid: j for j, pid in enumerate(self._place_ids)}
        coords = [(data.places[p].latitude, data.places[p].longitude) for p in self._place_ids]
        self._km = np.array(
            [[distance_km(a[0], a[1], b[0], b[1]) for b in coords] for a in coords],
            dtype=np.float64,
        ).reshape(len(coords), len(coords))

    # numbers --------------------------------------------------------------------------

    def fits(
        self, trainee_ids: Sequence[int], assignment_ids: Sequence[int]
    ) -> dict[str, FloatMatrix]:
        """Each part's fit for every pair, as trainee x assignment matrices.

        Also ``level_ok`` (1.0 where the assignment accepts the trainee's level).
        """
        trainees = [self.data.trainees[t] for t in trainee_ids]
        assignments = [self.data.assignments[a] for a in assignment_ids]
        n_t, n_a = len(trainees), len(assignments)
        n_c, n_h = len(self._competence_index), len(self._theme_index)
        result: dict[str, FloatMatrix] = {}

        # level: a table per assignment over the three categories, picked per trainee
        level_fit = np.zeros((n_a, len(_LEVEL_ORDER)))
        level_ok = np.zeros((n_a, len(_LEVEL_ORDER)))
        for i, a in enumerate(assignments):
            for j, category in enumerate(_LEVEL_ORDER):
                if not a.levels:
                    level_fit[i, j], level_ok[i, j] = NEUTRAL, 1.0
                elif category in a.levels:
                    level_fit[i, j] = 1.0 if len(a.levels) == 1 else 0.75
                    level_ok[i, j] = 1.0
        column = np.array([_LEVEL_ORDER.index(t.level.category) for t in trainees], dtype=int)
        result["level"] = level_fit[:, column].T.reshape(n_t, n_a)
        result["level_ok"] = level_ok[:, column].T.reshape(n_t, n_a)

        # competences: one matrix product per required level (none, 1..5)
        has = np.zeros((n_t, n_c))
        t_level = np.full((n_t, n_c), np.nan)
        for i, t in enumerate(trainees):
            for cid, lvl in t.competences.items():
                c = self._competence_index.get(cid)
                if c is not None:
                    has[i, c] = 1.0
                    t_level[i, c] = np.nan if lvl is None else float(lvl)
        numerator = np.zeros((n_t, n_a))
        asked = np.zeros(n_a)
        for required in range(6):  # 0 stands for "no level asked"
            wanted = np.zeros((n_a, n_c))
            for i, a in enumerate(assignments):
                for cid, lvl in a.competences.items():
                    c = self._competence_index.get(cid)
                    if c is not None and (lvl or 0) == required:
                        wanted[i, c] = 1.0
            if not wanted.any():
                continue
            asked += wanted.sum(axis=1)
            if required == 0:
                credit = has
            else:
                partial = np.minimum(1.0, np.nan_to_num(t_level, nan=required) / required)
                credit = has * partial
            numerator += credit @ wanted.T
        with np.errstate(divide="ignore", invalid="ignore"):
            result["competences"] = np.where(
                asked > 0, numerator / np.where(asked > 0, asked, 1.0), NEUTRAL
            )

        # themes: shared themes over the smaller list
        t_theme = np.zeros((n_t, n_h))
        done_theme = np.zeros((n_t, n_h))
        a_theme = np.zeros((n_a, n_h))
        for i, t in enumerate(trainees):
            for th in t.themes:
                if th in self._theme_index:
                    t_theme[i, self._theme_index[th]] = 1.0
            for th in t.done_themes:
                if th in self._theme_index:
                    done_theme[i, self._theme_index[th]] = 1.0
        for i, a in enumerate(assignments):
            for th in a.themes:
                if th in self._theme_index:
                    a_theme[i, self._theme_index[th]] = 1.0
        shared = t_theme @ a_theme.T
        smaller = np.minimum(t_theme.sum(axis=1)[:, None], a_theme.sum(axis=1)[None, :])
        result["themes"] = np.where(
            smaller > 0, np.minimum(1.0, shared / np.where(smaller > 0, smaller, 1.0)), NEUTRAL
        )

        # travel: a lookup in the municipality distance table
        home = np.array(
            [self._place_index.get(t.home_municipality_id or -1, -1) for t in trainees], dtype=int
        )
        work = np.array(
            [self._place_index.get(a.municipality_id or -1, -1) for a in assignments], dtype=int
        )
        if len(self._place_ids):
            km = self._km[np.maximum(home, 0)][:, np.maximum(work, 0)]
        else:
            km = np.zeros((n_t, n_a))
        known = (home >= 0)[:, None] & (work >= 0)[None, :]
        result["travel"] = np.where(
            known, np.clip(1.0 - km / self.travel_horizon_km, 0.0, 1.0), NEUTRAL
        ).reshape(n_t, n_a)

        # variety: an organisation already done weighs most, then themes already done
        org_done = np.array(
            [[a.organisation_id in t.done_organisations for a in assignments] for t in trainees],
            dtype=bool,
        ).reshape(n_t, n_a)
        a_count = a_theme.sum(axis=1)[None, :]
        themes_done = done_theme @ a_theme.T
        theme_variety = np.where(
            a_count > 0, 1.0 - 0.5 * themes_done / np.where(a_count > 0, a_count, 1.0), 1.0
        )
        result["variety"] = np.where(org_done, 0.0, theme_variety)

        # preference: the trainee's own ranking
        rank = np.array(
            [[t.preferences.get(a.id, 0) for a in assignments] for t in trainees], dtype=float
        ).reshape(n_t, n_a)
        result["preference"] = np.where(
            rank > 0, (MAX_PREFERENCE_RANK + 1 - rank) / MAX_PREFERENCE_RANK, 0.0
        )
        return result

    def totals(self, fits: Mapping[str, FloatMatrix]) -> FloatMatrix:
        """The weighted total of each pair, 0..100 (not yet rounded)."""
        if self.weight_sum <= 0:
            return np.zeros_like(fits["level"])
        weighted = sum(self.weights[key] * fits[key] for key in PARTS)
        return np.asarray(100.0 * weighted / self.weight_sum, dtype=np.float64)

    def points(
        self, trainee_ids: Sequence[int], assignment_ids: Sequence[int]
    ) -> NDArray[np.int64]:
        """Totals in whole hundredths of a point (0..10000): the planner's objective."""
        return self._points(self.fits(trainee_ids, assignment_ids))

    def _points(self, fits: Mapping[str, FloatMatrix]) -> NDArray[np.int64]:
        return np.rint(self.totals(fits) * 100.0).astype(np.int64)

    # explanations -----------------------------------------------------------------------

    def score(self, trainee_id: int, assignment_id: int) -> MatchScore:
        return self.scores([trainee_id], [assignment_id])[0]

    def scores(self, trainee_ids: Sequence[int], assignment_ids: Sequence[int]) -> list[MatchScore]:
        """Explained scores for every trainee x assignment pair, row by row."""
        fits = self.fits(trainee_ids, assignment_ids)
        points = self._points(fits)
        found = []
        for i, tid in enumerate(trainee_ids):
            for j, aid in enumerate(assignment_ids):
                found.append(
                    self._explain(
                        tid, aid, {k: float(v[i, j]) for k, v in fits.items()}, int(points[i, j])
                    )
                )
        return found

    def _explain(
        self, trainee_id: int, assignment_id: int, fit: Mapping[str, float], points: int
    ) -> MatchScore:
        t = self.data.trainees[trainee_id]
        a = self.data.assignments[assignment_id]
        texts = {
            "level": self._level_text(t, a),
            "competences": self._competence_text(t, a),
            "themes": self._theme_text(t, a),
            "travel": self._travel_text(t, a),
            "variety": self._variety_text(t, a),
            "preference": self._preference_text(t, a),
        }
        parts = tuple(
            ScorePart(
                key=key,
                label=PART_LABELS[key],
                fit=fit[key],
                weight=self.weights[key],
                points=(
                    100.0 * self.weights[key] * fit[key] / self.weight_sum
                    if self.weight_sum > 0
                    else 0.0
                ),
                explanation=texts[key],
            )
            for key in PARTS
        )
        return MatchScore(trainee_id, assignment_id, points / 100.0, parts, fit["level_ok"] > 0)

    def _level_text(self, t: TraineeProfile, a: AssignmentProfile) -> str:
        mine = t.level.category
        if not a.levels:
            return f"de opdracht staat open voor elk niveau; {t.name} heeft {label(t.level)}"
        if mine not in a.levels:
            return f"de opdracht vraagt {levels_text(a.levels)}; {t.name} heeft {label(t.level)}"
        if len(a.levels) == 1:
            return f"de opdracht is bedoeld voor {label(mine)}; dat past"
        return f"de opdracht staat open voor {levels_text(a.levels)}; {label(mine)} past"

    def _competence_text(self, t: TraineeProfile, a: AssignmentProfile) -> str:
        if not a.competences:
            return "de opdracht noemt geen competenties"
        names = self.data.competence_names
        full, partial, missing = [], [], []
        for cid, required in a.competences.items():
            if cid not in t.competences:
                missing.append(names.get(cid, "?"))
                continue
            mine = t.competences[cid]
            if required is None or mine is None or mine >= required:
                full.append(names.get(cid, "?"))
            else:
                partial.append(f"{names.get(cid, '?')} (niveau {mine} van {required})")
        have = sorted(full, key=str.casefold) + sorted(partial, key=str.casefold)
        text = f"{len(full) + len(partial)} van {len(a.competences)} gevraagde competenties"
        if have:
            text += ": " + _join(have)
        if missing:
            text += f"; ontbreekt: {_join(sorted(missing, key=str.casefold))}"
        return text

    def _theme_text(self, t: TraineeProfile, a: AssignmentProfile) -> str:
        if not a.themes:
            return "de opdracht noemt geen thema's"
        if not t.themes:
            return f"{t.name} heeft geen thema-interesses opgegeven"
        shared = _names(t.themes & a.themes, self.data.theme_names)
        if not shared:
            return (
                "geen gedeelde thema's (opdracht: "
                + _join(_names(a.themes, self.data.theme_names))
                + ")"
            )
        return "interesse in " + _join(shared)

    def _travel_text(self, t: TraineeProfile, a: AssignmentProfile) -> str:
        home = self.data.places.get(t.home_municipality_id or -1)
        work = self.data.places.get(a.municipality_id or -1)
        if home is None:
            return f"reisafstand onbekend: geen woongemeente bij {t.name}"
        if work is None:
            return "reisafstand onbekend: de opdracht heeft geen gemeente"
        km = distance_km(home.latitude, home.longitude, work.latitude, work.longitude)
        if home.name == work.name:
            return f"werk en woonplaats in dezelfde gemeente ({home.name})"
        return f"van {home.name} naar {work.name}: ongeveer {km:.0f} km"

    def _variety_text(self, t: TraineeProfile, a: AssignmentProfile) -> str:
        if a.organisation_id in t.done_organisations:
            return f"al eerder geplaatst bij {a.organisation_name}"
        repeated = _names(a.themes & t.done_themes, self.data.theme_names)
        if repeated:
            return f"nieuwe organisatie, maar thema {_join(repeated)} al eerder gedaan"
        return "nieuwe organisatie en nieuwe thema's"

    def _preference_text(self, t: TraineeProfile, a: AssignmentProfile) -> str:
        rank = t.preferences.get(a.id)
        if rank is not None:
            return f"eigen voorkeur nummer {rank}"
        if not t.preferences:
            return f"{t.name} heeft geen voorkeuren opgegeven"
        return "niet bij de eigen voorkeuren"


# --- suggestions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Suggestion:
    """One ranked pair: its score, and what (if anything) blocks placing it now."""

    trainee_id: int
    trainee_name: str
    assignment_id: int
    assignment_title: str
    organisation_name: str
    window: RotationWindow | None
    score: MatchScore
    blockers: tuple[str, ...]

    @property
    def eligible(self) -> bool:
        return not self.blockers


@dataclass(frozen=True)
class _TraineeContext:
    programme: Programme | None
    window: RotationWindow | None
    own: tuple[tuple[dt.date, dt.date, str], ...]  # the trainee's active placements


def _blockers(
    t: TraineeProfile,
    a: AssignmentProfile,
    ctx: _TraineeContext,
    occupants: Sequence[Occupant],
) -> tuple[str, ...]:
    """The hard rules (and offer conditions) that stop this pair in the trainee's window."""
    found = []
    if not a.accepts(t.level):
        found.append(
            f"De opdracht vraagt {levels_text(a.levels)}; {t.name} heeft {label(t.level)}."
        )
    programme = ctx.programme
    if not a.offered_to(programme.id if programme else None):
        whom = programme.name if programme else "dit programma"
        found.append(f"De opdracht is niet aangeboden aan {whom}.")
    if (
        programme is not None
        and programme.distinct_organisations
        and a.organisation_id in t.done_organisations
    ):
        found.append(f"{t.name} is binnen {programme.name} al bij {a.organisation_name} geplaatst.")
    w = ctx.window
    if w is None:
        found.append(f"{t.name} heeft geen vrije rotatie meer.")
        return tuple(found)
    if not a.covers(w.start, w.end):
        found.append(
            f"De opdracht loopt van {period(a.start, a.end)} en dekt {w.text()} niet helemaal."
        )
    clash = [title for start, end, title in ctx.own if w.overlaps(start, end)]
    if clash:
        found.append(f"{t.name} heeft in {w.text()} al een plaatsing ('{clash[0]}').")
    others = [o for o in occupants if o.trainee_id != t.id]
    if peak_occupancy(others, w.start, w.end) >= a.places:
        names = _join([o.trainee_name for o in holders(others, w.start, w.end)][:3])
        found.append(f"Alle {a.places} plaatsen zijn in {w.text()} bezet ({names}).")
    return tuple(found)


def _offered_assignment_ids(session: Session) -> list[int]:
    return list(
        session.scalars(select(Assignment.id).where(Assignment.status.in_(OFFERED_STATUSES)))
    )


def _contexts(
    session: Session, trainee_ids: Collection[int], windows: Mapping[int, RotationWindow | None]
) -> dict[int, _TraineeContext]:
    own: dict[int, list[tuple[dt.date, dt.date, str]]] = defaultdict(list)
    rotations: dict[int, set[int]] = defaultdict(set)
    for row in placement_rows(session, trainee_ids=trainee_ids):
        own[row.trainee_id].append((row.start, row.end, row.assignment_title))
        rotations[row.trainee_id].add(row.rotation)
    cohort_of: dict[int, int | None] = {}
    for chunk in chunks(trainee_ids):
        for tid, cohort_id in session.execute(
            select(Trainee.id, Trainee.cohort_id).where(Trainee.id.in_(chunk))
        ):
            cohort_of[tid] = cohort_id
    cohorts = {c.id: c for c in session.scalars(select(Cohort))}
    result = {}
    for tid in trainee_ids:
        cohort = cohorts.get(cohort_of.get(tid) or -1)
        if tid in windows:
            window = windows[tid]
        elif cohort is None:
            window = None
        else:
            window = next(
                (
                    w
                    for w in cohort_windows(cohort)
                    if w.rotation not in rotations[tid]
                    and not any(w.overlaps(s, e) for s, e, _ in own[tid])
                ),
                None,
            )
        result[tid] = _TraineeContext(cohort.programme if cohort else None, window, tuple(own[tid]))
    return result


def _rank(suggestions: list[Suggestion], limit: int | None) -> list[Suggestion]:
    suggestions.sort(
        key=lambda s: (
            not s.eligible,
            -s.score.total,
            s.assignment_title.casefold(),
            s.trainee_name,
        )
    )
    return suggestions[:limit] if limit is not None else suggestions


def suggest_assignments(
    session: Session,
    trainee_id: int,
    weights: MatchWeights,
    *,
    window: RotationWindow | None = None,
    travel_horizon_km: float = 100.0,
    limit: int | None = None,
) -> list[Suggestion]:
    """Open assignments for a trainee, best first; those that cannot be placed come last.

    The window is the trainee's next free rotation unless one is given.
    """
    if session.get(Trainee, trainee_id) is None:
        raise CoordinatorError(f"Deze trainee bestaat niet meer (trainee {trainee_id}).")
    assignment_ids = _offered_assignment_ids(session)
    data = load_match_data(session, [trainee_id], assignment_ids)
    scorer = MatchScorer(data, weights, travel_horizon_km=travel_horizon_km)
    ctx = _contexts(session, [trainee_id], {trainee_id: window} if window else {})[trainee_id]
    occupants = load_occupants(session, assignment_ids)
    t = data.trainees[trainee_id]
    ids = sorted(data.assignments)
    suggestions = [
        Suggestion(
            t.id,
            t.name,
            score.assignment_id,
            data.assignments[score.assignment_id].title,
            data.assignments[score.assignment_id].organisation_name,
            ctx.window,
            score,
            _blockers(
                t,
                data.assignments[score.assignment_id],
                ctx,
                occupants.get(score.assignment_id, []),
            ),
        )  # fmt: skip
        for score in scorer.scores([trainee_id], ids)
    ]
    return _rank(suggestions, limit)


def suggest_trainees(
    session: Session,
    assignment_id: int,
    weights: MatchWeights,
    *,
    trainee_ids: Iterable[int] | None = None,
    travel_horizon_km: float = 100.0,
    limit: int | None = None,
) -> list[Suggestion]:
    """Trainees for an assignment, best first, each judged in their own next free rotation.

    Without ``trainee_ids``: every hired or active trainee.
    """
    if session.get(Assignment, assignment_id) is None:
        raise CoordinatorError(f"Deze opdracht bestaat niet meer (opdracht {assignment_id}).")
    if trainee_ids is None:
        ids = list(
            session.scalars(select(Trainee.id).where(Trainee.status.in_(PLANNABLE_TRAINEES)))
        )
    else:
        ids = sorted(set(trainee_ids))
    data = load_match_data(session, ids, [assignment_id])
    scorer = MatchScorer(data, weights, travel_horizon_km=travel_horizon_km)
    contexts = _contexts(session, ids, {})
    occupants = load_occupants(session, [assignment_id]).get(assignment_id, [])
    a = data.assignments[assignment_id]
    suggestions = [
        Suggestion(
            score.trainee_id,
            data.trainees[score.trainee_id].name,
            a.id,
            a.title,
            a.organisation_name,
            contexts[score.trainee_id].window,
            score,
            _blockers(data.trainees[score.trainee_id], a, contexts[score.trainee_id], occupants),
        )  # fmt: skip
        for score in scorer.scores(ids, [assignment_id])
    ]
    return _rank(suggestions, limit)
