"""The attention list: rotations ending without a next placement, unused places, and
trainees without a placement — each shown when it should be and not otherwise."""

from __future__ import annotations

import datetime as dt

from coordinator_app.models import AssignmentStatus, PlacementStatus, TraineeStatus
from coordinator_app.services.attention import AttentionKind, attention_list
from coordinator_app.services.rules import SoftRuleSettings
from tests.helpers import factories as f

D = dt.date
TODAY = D(2026, 4, 1)
SETTINGS = SoftRuleSettings(today=TODAY, attention_weeks=6)
R1 = (D(2025, 9, 1), D(2026, 4, 30))
R2 = (D(2026, 5, 1), D(2026, 12, 31))


def _items(session, kind: AttentionKind):  # type: ignore[no-untyped-def]
    session.flush()
    return [i for i in attention_list(session, SETTINGS) if i.kind is kind]


def test_rotation_ending_without_next_placement(session):
    coh = f.cohort(session, f.programme(session), start=R1[0])
    t = f.trainee(session, "Anna", "Berg", "van der", coh=coh)
    p = f.placement(session, t, f.assignment(session, places=1), *R1)
    [item] = _items(session, AttentionKind.ROTATION_ENDING)
    assert item.due == R1[1]
    assert "Rotatie 1 van Anna van der Berg eindigt op 30-04-2026" in item.message
    assert any(r.kind == "placement" and r.id == p.id for r in item.records)
    assert item.label == "Rotatie eindigt zonder vervolg"


def test_rotation_with_a_next_placement_needs_no_attention(session):
    coh = f.cohort(session, f.programme(session), start=R1[0])
    t = f.trainee(session, coh=coh)
    f.placement(session, t, f.assignment(session), *R1)
    f.placement(session, t, f.assignment(session), *R2, rotation=2)
    assert _items(session, AttentionKind.ROTATION_ENDING) == []


def test_rotation_ending_after_the_window_needs_no_attention_yet(session):
    coh = f.cohort(session, f.programme(session), start=R1[0])
    t = f.trainee(session, coh=coh)
    f.placement(session, t, f.assignment(session), R1[0], D(2026, 6, 30))
    assert _items(session, AttentionKind.ROTATION_ENDING) == []


def test_assignment_with_free_places_now(session):
    a = f.assignment(session, title="Datagedreven werken", places=2, end=D(2026, 12, 31))
    f.placement(session, f.trainee(session), a, D(2026, 1, 1), D(2026, 6, 30))
    [item] = _items(session, AttentionKind.FREE_PLACES)
    assert item.due == TODAY
    assert "'Datagedreven werken'" in item.message
    assert "op 01-04-2026 1 van 2 plaatsen vrij" in item.message
    assert "loopt tot 31-12-2026" in item.message


def test_full_closed_far_or_ending_assignments_are_not_listed(session):
    full = f.assignment(session, title="Vol", places=1)
    f.placement(session, f.trainee(session), full, D(2026, 1, 1), D(2026, 6, 30))
    f.assignment(session, title="Gesloten", status=AssignmentStatus.CLOSED)
    f.assignment(session, title="Later", start=D(2026, 9, 1), end=D(2027, 8, 31))
    f.assignment(session, title="Bijna voorbij", start=D(2025, 9, 1), end=D(2026, 4, 20))
    assert _items(session, AttentionKind.FREE_PLACES) == []


def test_assignment_starting_within_the_window_is_listed_from_its_start(session):
    f.assignment(session, title="Straks", start=D(2026, 5, 1), end=D(2026, 12, 31))
    [item] = _items(session, AttentionKind.FREE_PLACES)
    assert item.due == D(2026, 5, 1)


def test_trainees_without_a_placement(session):
    prog = f.programme(session, rotations_per_trainee=2)
    coh = f.cohort(session, prog, start=R1[0])
    nothing = f.trainee(session, "Piet", "Vries", "de", coh=coh)
    past_only = f.trainee(session, "Kees", "Bos", coh=coh)
    f.placement(session, past_only, f.assignment(session), R1[0], D(2026, 2, 28))
    planned = f.trainee(session, coh=coh)
    f.placement(session, planned, f.assignment(session), *R2, rotation=2)
    done = f.trainee(session, coh=coh)
    f.placement(session, done, f.assignment(session), R1[0], D(2025, 12, 31))
    f.placement(session, done, f.assignment(session), D(2026, 1, 1), D(2026, 3, 31), rotation=2)
    left = f.trainee(session, coh=coh, status=TraineeStatus.LEFT)
    items = _items(session, AttentionKind.NO_PLACEMENT)
    named = {r.id for i in items for r in i.records}
    assert named == {nothing.id, past_only.id}
    assert left.id not in named and done.id not in named and planned.id not in named
    message = {i.records[0].id: i.message for i in items}
    assert message[nothing.id] == "Piet de Vries heeft geen lopende of geplande plaatsing."
    assert "de laatste eindigde op 28-02-2026" in message[past_only.id]


def test_list_is_sorted_by_date(session):
    coh = f.cohort(session, f.programme(session), start=R1[0])
    f.placement(session, f.trainee(session, coh=coh), f.assignment(session, places=1), *R1)
    f.assignment(session, title="Straks", start=D(2026, 4, 15), end=D(2026, 12, 31))
    f.trainee(session, coh=coh)
    items = attention_list(session, SETTINGS)
    assert [i.due for i in items] == sorted(i.due for i in items)
    assert {i.kind for i in items} == set(AttentionKind)
    aborted_only = f.trainee(session, coh=coh)
    p = f.placement(session, aborted_only, f.assignment(session), *R2, rotation=2)
    p.status = PlacementStatus.ABORTED
    session.flush()
    assert any(
        r.id == aborted_only.id for i in attention_list(session, SETTINGS) for r in i.records
    )


def test_every_kind_has_an_english_message(session):
    coh = f.cohort(session, f.programme(session, rotations_per_trainee=2), start=R1[0])
    f.trainee(session, "Piet", "Vries", "de", coh=coh)
    t = f.trainee(session, "Anna", "Berg", "van der", coh=coh)
    f.placement(session, t, f.assignment(session, places=1), *R1)
    f.assignment(session, title="Datagedreven werken", places=2, end=D(2026, 12, 31))
    session.flush()
    items = attention_list(session, SETTINGS)
    assert {i.kind for i in items} == set(AttentionKind)
    for item in items:
        assert item.text("nl") == item.message
        assert item.text("en") and item.text("en") != item.message
    english = {(i.kind, i.records[0].label): i.text("en") for i in items}
    assert english[(AttentionKind.NO_PLACEMENT, "Piet de Vries")] == (
        "Piet de Vries has no current or planned placement."
    )
    free = english[(AttentionKind.FREE_PLACES, "Datagedreven werken")]
    assert free.startswith("Assignment 'Datagedreven werken' (Organisatie ")
    assert free.endswith(") has 2 of 2 places free on 01-04-2026; it runs until 31-12-2026.")
    [ending] = [
        text for (kind, _), text in english.items() if kind is AttentionKind.ROTATION_ENDING
    ]
    assert "Anna van der Berg" in ending
