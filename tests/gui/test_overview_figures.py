"""The overview's figures (services/figures.py FigureBook): hand-computed values on a small
world, and the promise behind the incremental refresh: after any change, the parts the
book rereads give exactly the figures of a book read from scratch.

No Qt here; the file sits with the overview's tests because it protects that screen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import select

from coordinator_app.models import (
    ActionPoint,
    ActionPointStatus,
    Assignment,
    AssignmentStatus,
    Attendance,
    AttendanceStatus,
    Cohort,
    EducationLevel,
    LevelCategory,
    PlacementStatus,
    Session,
    SessionType,
    Trainee,
    TraineeStatus,
)
from coordinator_app.services import figures as F
from coordinator_app.services.attention import AttentionKind
from coordinator_app.services.rules import SoftRuleSettings
from tests.helpers import factories as f

TODAY = dt.date(2026, 3, 2)
D = dt.date
P, E, A, INV = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
    AttendanceStatus.INVITED,
)


@dataclass
class World:
    """Ids of the small world (see build_world for the story)."""

    programme: int
    other_programme: int
    cohort: int
    other_cohort: int
    trainees: dict[str, int]
    assignments: dict[str, int]
    municipalities: dict[str, int]
    sessions: dict[str, int]


def _session(db, title, day, *, cohorts=(), programmes=(), rows=(), actions=()):  # type: ignore[no-untyped-def]
    record = Session(
        type=SessionType.TRAINING, title=title, date=day,
        start_time=dt.time(10), end_time=dt.time(12), location="Provinciehuis",
    )  # fmt: skip
    record.invited_cohorts = list(cohorts)
    record.invited_programmes = list(programmes)
    for trainee, status in rows:
        record.attendances.append(Attendance(trainee=trainee, status=status))
    for status in actions:
        record.action_points.append(ActionPoint(description=f"actie {title}", status=status))
    db.add(record)
    db.flush()
    return record.id


def build_world(db) -> World:  # type: ignore[no-untyped-def]
    """Two programmes, five trainees, four assignments, four sessions; today 2 March 2026.

    Cohort A (programme P): Anna (hbo, Groningen) and Jan (wo, Assen) are placed, Kees
    (mbo 4, hired, Groningen) has no placement, Lotte left. Cohort B (programme Q):
    Bea (hbo, Emmen). Jan's first rotation ends on 31 March with nothing after it.
    """
    places = {name: f.municipality(db, name) for name in ("Groningen", "Assen", "Veendam", "Emmen")}
    programme = f.programme(db, "De Toekomst van Groningen")
    other = f.programme(db, "Young Professional Programma")
    cohort = f.cohort(db, programme, "Lichting 2025", start=D(2025, 9, 1))
    other_cohort = f.cohort(db, other, "YPP 2026", start=D(2026, 1, 5))
    anna = f.trainee(db, "Anna", "Berg", prefix="van der", coh=cohort,
                     home_municipality=places["Groningen"])  # fmt: skip
    jan = f.trainee(db, "Jan", "Vries", prefix="de", coh=cohort, level=EducationLevel.WO,
                    home_municipality=places["Assen"])  # fmt: skip
    kees = f.trainee(db, "Kees", "Smit", coh=cohort, level=EducationLevel.MBO4,
                     status=TraineeStatus.HIRED, home_municipality=places["Groningen"])  # fmt: skip
    lotte = f.trainee(db, "Lotte", "Bakker", coh=cohort, status=TraineeStatus.LEFT,
                      home_municipality=places["Veendam"])  # fmt: skip
    bea = f.trainee(db, "Bea", "Mulder", coh=other_cohort, home_municipality=places["Emmen"])
    org_g = f.organisation(db, "Gemeente Groningen", municipality=places["Groningen"])
    org_a = f.organisation(db, "Gemeente Assen", municipality=places["Assen"])
    # a1 is in Veendam although its organisation is in Groningen: the assignment's place counts.
    a1 = f.assignment(db, org_g, "Wijkvernieuwing Veendam", places=2,
                      municipality=places["Veendam"], programmes=[programme])  # fmt: skip
    a2 = f.assignment(db, org_a, "Datagedreven werken", places=1, programmes=[programme, other])
    f.assignment(db, org_g, "Gesloten opdracht", places=3, status=AssignmentStatus.CLOSED,
                 programmes=[programme])  # fmt: skip
    a4 = f.assignment(db, org_a, "Energietransitie Assen", start=D(2026, 2, 1),
                      end=D(2026, 12, 31), places=2, programmes=[other])  # fmt: skip
    running = PlacementStatus.RUNNING
    f.placement(db, anna, a1, D(2025, 9, 1), D(2026, 4, 30), 1, running)
    f.placement(db, jan, a2, D(2025, 9, 1), D(2026, 3, 31), 1, running)
    f.placement(db, bea, a1, D(2026, 1, 5), D(2026, 8, 31), 1, running)
    sessions = {
        "february": _session(db, "Intervisie februari", D(2026, 2, 6), cohorts=[cohort],
                             rows=[(anna, P), (jan, P), (kees, A), (lotte, P)],
                             actions=[ActionPointStatus.OPEN]),
        "march": _session(db, "Kick-off YPP", D(2026, 3, 1), programmes=[other],
                          rows=[(bea, P), (jan, E)], actions=[ActionPointStatus.DONE]),
        "coming": _session(db, "Terugkomdag", D(2026, 3, 10), cohorts=[cohort],
                           rows=[(anna, INV), (jan, INV)],
                           actions=[ActionPointStatus.IN_PROGRESS]),
        "later": _session(db, "Netwerkdag", D(2026, 3, 20), cohorts=[other_cohort]),
    }  # fmt: skip
    db.flush()
    return World(
        programme.id, other.id, cohort.id, other_cohort.id,
        {"anna": anna.id, "jan": jan.id, "kees": kees.id, "lotte": lotte.id, "bea": bea.id},
        {"a1": a1.id, "a2": a2.id, "a4": a4.id},
        {name: m.id for name, m in places.items()},
        sessions,
    )  # fmt: skip


def load_book(db, months: int = 12) -> F.FigureBook:  # type: ignore[no-untyped-def]
    book = F.FigureBook(TODAY, SoftRuleSettings(today=TODAY), months=months)
    book.load(db)
    return book


@pytest.fixture
def world(session) -> World:  # type: ignore[no-untyped-def]
    found = build_world(session)
    session.commit()
    return found


@pytest.fixture
def book(session, world) -> F.FigureBook:  # type: ignore[no-untyped-def]
    return load_book(session, months=3)


def scopes(world: World) -> list[F.Scope]:
    return [
        F.EVERYTHING,
        F.Scope(programme_id=world.programme),
        F.Scope(programme_id=world.other_programme),
        F.Scope(cohort_id=world.cohort),
        F.Scope(cohort_id=world.other_cohort),
    ]


# -- hand-computed figures -----------------------------------------------------------------


def test_key_figures_of_everything_and_of_each_cohort(book: F.FigureBook, world: World) -> None:
    everything = book.key_figures()
    assert everything.active_trainees == 4  # Lotte left; Kees is hired
    assert everything.placements_now == 3
    assert everything.open_assignments == 3  # the closed one does not count
    assert everything.free_places == 2  # a1 and a2 are full; a4 has both places free
    assert everything.sessions_this_month == 3  # 1, 10 and 20 March
    assert everything.open_action_points == 2  # February's open one, the coming one's
    # Present 4 of 6 trainee rows: Anna 1/1, Jan 1/2 (excused once), Kees 0/1,
    # Lotte 1/1, Bea 1/1.
    assert (everything.participation.invited, everything.participation.present) == (6, 4)
    a = book.key_figures(F.Scope(cohort_id=world.cohort))
    assert (a.active_trainees, a.placements_now) == (3, 2)
    assert (a.open_assignments, a.free_places) == (2, 0)  # a1 and a2 are offered to P
    assert a.sessions_this_month == 2  # the kick-off had Jan on its list, and 10 March
    assert a.open_action_points == 2
    assert a.participation_rate == pytest.approx(3 / 5)
    b = book.key_figures(F.Scope(cohort_id=world.other_cohort))
    assert (b.active_trainees, b.placements_now, b.open_assignments, b.free_places) == (1, 1, 2, 2)
    assert (b.sessions_this_month, b.open_action_points) == (2, 0)
    assert b.participation_rate == pytest.approx(1.0)
    assert book.key_figures(F.Scope(programme_id=world.other_programme)) == b


def test_the_map_counts_placements_assignments_and_homes(book: F.FigureBook, world: World) -> None:
    m = world.municipalities
    everything = {p.municipality.id: p for p in book.place_figures()}
    assert len(everything) == 22  # every municipality of the reference data is on the map
    assert {k: v.placements for k, v in everything.items() if v.placements} == {
        m["Veendam"]: 2,  # Anna and Bea, in a1's own municipality
        m["Assen"]: 1,
    }
    assert {k: v.assignments for k, v in everything.items() if v.assignments} == {
        m["Veendam"]: 1,
        m["Assen"]: 2,
    }
    assert everything[m["Assen"]].free_places == 2
    assert {k: v.trainees for k, v in everything.items() if v.trainees} == {
        m["Groningen"]: 2,  # Anna and Kees (hired)
        m["Assen"]: 1,
        m["Emmen"]: 1,  # Lotte, who left, no longer counts in Veendam
    }
    groningen = everything[m["Groningen"]].municipality
    assert (groningen.province, groningen.subregion) == ("Groningen", "Centraal")
    assert groningen.latitude == pytest.approx(53.2194)
    b = {p.municipality.id: p for p in book.place_figures(F.Scope(cohort_id=world.other_cohort))}
    assert [(k, v.placements) for k, v in b.items() if v.placements] == [(m["Veendam"], 1)]
    assert [(k, v.assignments) for k, v in b.items() if v.assignments] == [(m["Assen"], 2)]
    assert [(k, v.trainees) for k, v in b.items() if v.trainees] == [(m["Emmen"], 1)]


def test_attention_list_narrowed_to_a_scope(book: F.FigureBook, world: World) -> None:
    everything = book.attention()
    assert [(i.kind, i.records[0].id) for i in everything] == [
        (AttentionKind.FREE_PLACES, world.assignments["a4"]),  # today, before the next kind
        (AttentionKind.NO_PLACEMENT, world.trainees["kees"]),  # today
        (AttentionKind.ROTATION_ENDING, world.trainees["jan"]),  # 31 March
    ]
    a = book.attention(F.Scope(cohort_id=world.cohort))
    assert [i.kind for i in a] == [AttentionKind.NO_PLACEMENT, AttentionKind.ROTATION_ENDING]
    b = book.attention(F.Scope(cohort_id=world.other_cohort))
    assert [i.kind for i in b] == [AttentionKind.FREE_PLACES]  # a4 is offered to Q only


def test_below_threshold_and_coming_sessions(book: F.FigureBook, world: World) -> None:
    below = book.below_threshold(0.7)
    assert [(t.name, t.counts.rate) for t in below] == [("Kees Smit", 0.0), ("Jan de Vries", 0.5)]
    assert book.below_threshold(0.7, F.Scope(cohort_id=world.other_cohort)) == []
    assert book.below_threshold(0.4) == [below[0]]
    assert [s.title for s in book.upcoming_sessions()] == ["Terugkomdag"]  # the 20th is too far
    coming = book.upcoming_sessions()[0]
    assert (coming.date, coming.invited) == (D(2026, 3, 10), 2)
    assert book.upcoming_sessions(F.Scope(cohort_id=world.other_cohort)) == []


def test_months_and_places_of_a_cohort(book: F.FigureBook, world: World) -> None:
    january, february, march = book.monthly_figures(F.Scope(cohort_id=world.cohort))
    assert january.sessions == 0
    assert (february.sessions, february.counts.invited, february.counts.present) == (1, 4, 3)
    assert february.mix.counts == {LevelCategory.MBO: 0, LevelCategory.HBO: 2, LevelCategory.WO: 1}
    # March: only the kick-off has taken place (Jan of this cohort was on its list).
    assert (march.sessions, march.counts.invited, march.counts.present) == (1, 2, 1)
    places = book.placements_by_place(F.Scope(cohort_id=world.cohort))
    assert places.by_municipality() == {"Assen": {1: 1}, "Veendam": {1: 1}}
    assert places.by_subregion() == {"Noord-Drenthe": {1: 1}, "Oost": {1: 1}}


def test_the_report_functions_add_up_the_same_parts(
    session, book: F.FigureBook, world: World
) -> None:  # type: ignore[no-untyped-def]
    """One source: the PDF report's functions give what the overview's book gives."""
    for scope in scopes(world):
        assert F.key_figures(session, TODAY, scope) == book.key_figures(scope)
        assert F.placements_by_place(session, TODAY, scope) == book.placements_by_place(scope)
        assert F.monthly_figures(session, TODAY, scope, months=3) == book.monthly_figures(scope)
    assert F.cohort_key_figures(session, TODAY) == book.cohort_key_figures()


# -- the incremental refresh -------------------------------------------------------------


def everything_shown(book: F.FigureBook, world: World) -> dict[str, Any]:
    """Every figure the overview can show, for every scope."""
    shown: dict[str, Any] = {"cohorts": book.cohort_key_figures()}
    for scope in scopes(world):
        shown[f"{scope}"] = (
            book.key_figures(scope),
            book.place_figures(scope),
            book.placements_by_place(scope),
            book.monthly_figures(scope),
            book.upcoming_sessions(scope),
            book.below_threshold(0.7, scope),
            book.attention(scope),
        )
    return shown


@pytest.fixture
def world_book(app_context):  # type: ignore[no-untyped-def]
    with app_context.transaction() as db:
        world = build_world(db)
    with app_context.read_session() as db:
        book = load_book(db, months=3)
    return world, book


def apply(app_context, book: F.FigureBook, kind: str, ids: set[int]) -> set[F.Part]:  # type: ignore[no-untyped-def]
    with app_context.read_session() as db:
        return book.apply_change(db, kind, ids)


def fresh(app_context) -> F.FigureBook:  # type: ignore[no-untyped-def]
    with app_context.read_session() as db:
        return load_book(db, months=3)


def test_a_status_change_rereads_only_the_unplaced_check(app_context, world_book) -> None:  # type: ignore[no-untyped-def]
    world, book = world_book
    kees = world.trainees["kees"]
    with app_context.transaction() as db:
        db.get(Trainee, kees).status = TraineeStatus.LEFT
    parts = apply(app_context, book, "trainee", {kees})
    assert parts == {F.Part.TRAINEES, F.Part.NO_PLACEMENT}
    assert everything_shown(book, world) == everything_shown(fresh(app_context), world)
    assert book.key_figures().active_trainees == 3
    assert all(i.kind is not AttentionKind.NO_PLACEMENT for i in book.attention())


def test_a_change_the_figures_do_not_use_rereads_nothing(app_context, world_book) -> None:  # type: ignore[no-untyped-def]
    world, book = world_book
    with app_context.transaction() as db:
        db.get(Trainee, world.trainees["anna"]).phone = "050 123 4567"
    assert apply(app_context, book, "trainee", {world.trainees["anna"]}) == set()
    assert apply(app_context, book, "coach", {1}) == set()


@pytest.mark.parametrize(
    "what",
    ["level", "cohort", "name", "new trainee", "deleted trainee", "import (no ids)"],
)
def test_trainee_changes_match_a_fresh_book(app_context, world_book, what: str) -> None:  # type: ignore[no-untyped-def]
    world, book = world_book
    jan = world.trainees["jan"]
    with app_context.transaction() as db:
        trainee = db.get(Trainee, jan)
        ids = {jan}
        if what == "level":
            trainee.education_level = EducationLevel.MBO4
        elif what == "cohort":
            trainee.cohort_id = world.other_cohort
        elif what == "name":
            trainee.surname = "Jong"
        elif what == "deleted trainee":
            db.delete(trainee)
        else:
            new = f.trainee(db, "Sanne", "Visser", coh=db.get(Cohort, world.cohort))
            ids = {new.id} if what == "new trainee" else set()
    parts = apply(app_context, book, "trainee", ids)
    assert F.Part.TRAINEES in parts
    if what == "level":
        assert parts == {F.Part.TRAINEES, F.Part.MONTHS}
    assert everything_shown(book, world) == everything_shown(fresh(app_context), world)


def test_other_kinds_match_a_fresh_book(app_context, world_book) -> None:  # type: ignore[no-untyped-def]
    world, book = world_book
    with app_context.transaction() as db:
        kees = db.get(Trainee, world.trainees["kees"])
        a4 = db.get(Assignment, world.assignments["a4"])
        f.placement(db, kees, a4, D(2026, 3, 1), D(2026, 10, 31), 1, PlacementStatus.CONFIRMED)
    assert apply(app_context, book, "placement", set()) >= {F.Part.PLACES, F.Part.FREE_PLACES}
    assert everything_shown(book, world) == everything_shown(fresh(app_context), world)
    with app_context.transaction() as db:
        row = db.scalars(
            select(Attendance).where(Attendance.trainee_id == world.trainees["kees"])
        ).one()
        row.status = AttendanceStatus.PRESENT
    apply(app_context, book, "attendance", {row.id})
    assert book.below_threshold(0.7) == fresh(app_context).below_threshold(0.7)
    assert everything_shown(book, world) == everything_shown(fresh(app_context), world)
    with app_context.transaction() as db:
        _session(db, "Extra", D(2026, 3, 4), cohorts=[db.get(Cohort, world.cohort)])
    apply(app_context, book, "session", set())
    assert [s.title for s in book.upcoming_sessions()] == ["Extra", "Terugkomdag"]
    assert everything_shown(book, world) == everything_shown(fresh(app_context), world)
    with app_context.transaction() as db:
        db.get(Assignment, world.assignments["a4"]).places = 5
    assert apply(app_context, book, "assignment", {world.assignments["a4"]}) == {
        F.Part.ASSIGNMENTS, F.Part.PLACES, F.Part.FREE_PLACES,
    }  # fmt: skip
    assert everything_shown(book, world) == everything_shown(fresh(app_context), world)
    assert apply(app_context, book, "something new", set()) == F.ALL_PARTS
