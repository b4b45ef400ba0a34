"""Every hard rule refuses a change, names the rule and records, and leaves the DB as it was;
every soft rule yields a warning."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.models import (
    EducationLevel,
    LevelCategory,
    Placement,
    PlacementStatus,
    Theme,
)
from coordinator_app.services.rules import (
    HardRule,
    HardRuleViolation,
    SoftRule,
    SoftRuleSettings,
    check_hard_rules,
    placements_ending_without_next,
    trainee_warnings,
)
from tests.helpers import factories as f

D = dt.date
R1 = (D(2025, 9, 1), D(2026, 4, 30))
R2 = (D(2026, 5, 1), D(2026, 12, 31))


def _placement_count(session) -> int:
    return session.scalar(select(func.count()).select_from(Placement))


def _refused(session, make, rule: HardRule) -> HardRuleViolation:
    """Run ``make``; it must be refused for ``rule`` and leave the database unchanged."""
    session.commit()
    before = _placement_count(session)
    with pytest.raises(HardRuleViolation) as info:
        make()
        session.flush()
    session.rollback()
    assert rule in info.value.rules, info.value.message
    assert rule.title() in info.value.message
    assert _placement_count(session) == before
    return info.value


def test_overlap_refused_and_names_both_placements(session):
    t = f.trainee(session, "Anna", "Berg", "van der")
    a1, a2 = f.assignment(session, title="Energie"), f.assignment(session, title="Mobiliteit")
    f.placement(session, t, a1, *R1)
    err = _refused(
        session,
        lambda: f.placement(session, t, a2, D(2026, 4, 1), D(2026, 11, 30), rotation=2),
        HardRule.NO_OVERLAP,
    )
    assert "Anna van der Berg" in err.message
    assert "'Energie'" in err.message and "'Mobiliteit'" in err.message
    kinds = {r.kind for r in err.violations[0].records}
    assert kinds == {"trainee", "placement"}


def test_adjacent_rotations_do_not_overlap(session):
    t = f.trainee(session)
    f.placement(session, t, f.assignment(session), *R1)
    f.placement(session, t, f.assignment(session), *R2, rotation=2)
    session.commit()
    assert check_hard_rules(session) == []


def test_aborted_placement_does_not_count(session):
    t = f.trainee(session)
    a = f.assignment(session)
    f.placement(session, t, a, *R1, status=PlacementStatus.ABORTED)
    f.placement(session, t, f.assignment(session), *R1)
    session.commit()
    assert check_hard_rules(session) == []


def test_same_organisation_twice_in_programme_refused(session):
    prog = f.programme(session, "De Toekomst van Groningen")
    t = f.trainee(session, coh=f.cohort(session, prog))
    org = f.organisation(session, "Provincie Groningen")
    f.placement(session, t, f.assignment(session, org), *R1)
    err = _refused(
        session,
        lambda: f.placement(session, t, f.assignment(session, org), *R2, rotation=2),
        HardRule.DISTINCT_ORGANISATION,
    )
    assert "Provincie Groningen" in err.message
    assert any(r.kind == "organisation" for r in err.violations[0].records)


def test_same_organisation_allowed_when_programme_switches_rule_off(session):
    prog = f.programme(session, distinct_organisations=False)
    t = f.trainee(session, coh=f.cohort(session, prog))
    org = f.organisation(session)
    f.placement(session, t, f.assignment(session, org), *R1)
    f.placement(session, t, f.assignment(session, org), *R2, rotation=2)
    session.commit()
    assert check_hard_rules(session) == []


def test_switching_the_programme_rule_on_is_refused_when_it_would_be_broken(session):
    prog = f.programme(session, distinct_organisations=False)
    t = f.trainee(session, coh=f.cohort(session, prog))
    org = f.organisation(session)
    f.placement(session, t, f.assignment(session, org), *R1)
    f.placement(session, t, f.assignment(session, org), *R2, rotation=2)
    session.commit()

    def switch_on():
        prog.distinct_organisations = True

    _refused(session, switch_on, HardRule.DISTINCT_ORGANISATION)


def test_capacity_refused(session):
    a = f.assignment(session, title="Datagedreven werken", places=1)
    f.placement(session, f.trainee(session), a, *R1)
    err = _refused(
        session,
        lambda: f.placement(session, f.trainee(session), a, D(2026, 1, 1), D(2026, 6, 30)),
        HardRule.CAPACITY,
    )
    assert "1 plaats" in err.message and "Datagedreven werken" in err.message


def test_capacity_counts_concurrent_not_total(session):
    a = f.assignment(session, places=1)
    f.placement(session, f.trainee(session), a, *R1)
    f.placement(session, f.trainee(session), a, *R2)
    session.commit()
    assert check_hard_rules(session) == []


def test_reducing_places_below_occupancy_refused(session):
    a = f.assignment(session, places=2)
    f.placement(session, f.trainee(session), a, *R1)
    f.placement(session, f.trainee(session), a, *R1)
    session.commit()

    def shrink():
        a.places = 1

    _refused(session, shrink, HardRule.CAPACITY)


def test_level_not_accepted_refused(session):
    t = f.trainee(session, level=EducationLevel.MBO4)
    a = f.assignment(session, title="Lobbystrategie", levels={LevelCategory.HBO, LevelCategory.WO})
    err = _refused(session, lambda: f.placement(session, t, a, *R1), HardRule.EDUCATION_LEVEL)
    assert "mbo niveau 4" in err.message and "hbo of wo" in err.message


def test_changing_trainee_level_is_checked_too(session):
    t = f.trainee(session, level=EducationLevel.WO)
    f.placement(session, t, f.assignment(session, levels={LevelCategory.WO}), *R1)
    session.commit()

    def demote():
        t.education_level = EducationLevel.MBO3

    _refused(session, demote, HardRule.EDUCATION_LEVEL)


def test_associate_degree_counts_as_hbo(session):
    t = f.trainee(session, level=EducationLevel.ASSOCIATE_DEGREE)
    f.placement(session, t, f.assignment(session, levels={LevelCategory.HBO}), *R1)
    session.commit()
    assert check_hard_rules(session) == []


def test_placement_outside_assignment_period_refused(session):
    a = f.assignment(session, start=D(2025, 10, 1), end=D(2026, 3, 31))
    err = _refused(
        session,
        lambda: f.placement(session, f.trainee(session), a, *R1),
        HardRule.WITHIN_ASSIGNMENT_PERIOD,
    )
    assert "01-09-2025" in err.message and "01-10-2025" in err.message


def test_shortening_assignment_period_refused(session):
    a = f.assignment(session)
    f.placement(session, f.trainee(session), a, *R2)
    session.commit()

    def shorten():
        a.end_date = D(2026, 10, 31)

    _refused(session, shorten, HardRule.WITHIN_ASSIGNMENT_PERIOD)


def test_message_in_english(session):
    t = f.trainee(session, level=EducationLevel.MBO2)
    a = f.assignment(session, levels={LevelCategory.WO})
    session.commit()
    with pytest.raises(HardRuleViolation) as info:
        f.placement(session, t, a, *R1)
    assert "Education level fits the assignment" in info.value.message_in("en")
    session.rollback()


# --- soft rules ---------------------------------------------------------------------------


def _settings(today=D(2026, 11, 26), **kw) -> SoftRuleSettings:
    return SoftRuleSettings(today=today, **kw)


def test_gap_between_rotations_warns(session):
    t = f.trainee(session)
    f.placement(session, t, f.assignment(session), *R1)
    f.placement(session, t, f.assignment(session), D(2026, 6, 1), D(2026, 12, 31), rotation=2)
    session.commit()
    rules = {w.rule for w in trainee_warnings(session, [t.id], _settings())[t.id]}
    assert SoftRule.GAP in rules


def test_no_warnings_for_a_tidy_trajectory(session):
    prog = f.programme(session)
    t = f.trainee(session, coh=f.cohort(session, prog), contract_start=R1[0], contract_end=R2[1])
    f.placement(session, t, f.assignment(session), *R1)
    f.placement(session, t, f.assignment(session), *R2, rotation=2)
    session.commit()
    assert trainee_warnings(session, [t.id], _settings(today=D(2026, 1, 1))) == {}


def test_outside_contract_warns(session):
    t = f.trainee(session, contract_start=D(2025, 10, 1), contract_end=D(2027, 8, 31))
    f.placement(session, t, f.assignment(session), *R1)
    session.commit()
    warnings = trainee_warnings(session, [t.id], _settings())[t.id]
    assert [w.rule for w in warnings] == [SoftRule.OUTSIDE_CONTRACT]


def test_long_travel_warns(session):
    t = f.trainee(session, home_municipality=f.municipality(session, "Meppel"))
    a = f.assignment(session, municipality=f.municipality(session, "Eemsdelta"))
    f.placement(session, t, a, *R1)
    session.commit()
    warning = trainee_warnings(session, [t.id], _settings())[t.id][0]
    assert warning.rule is SoftRule.LONG_TRAVEL
    assert "Meppel" in warning.message_nl and "km" in warning.message_nl


def test_same_theme_twice_warns(session):
    theme = Theme(name="energie")
    session.add(theme)
    t = f.trainee(session)
    a1, a2 = f.assignment(session), f.assignment(session)
    a1.themes.append(theme)
    a2.themes.append(theme)
    f.placement(session, t, a1, *R1)
    f.placement(session, t, a2, *R2, rotation=2)
    session.commit()
    rules = [w.rule for w in trainee_warnings(session, [t.id], _settings())[t.id]]
    assert rules == [SoftRule.SAME_THEME]


def test_rotation_ending_without_next_is_on_the_attention_list(session):
    prog = f.programme(session)
    t = f.trainee(session, coh=f.cohort(session, prog))
    f.placement(session, t, f.assignment(session), *R2, rotation=2)
    done = f.trainee(session, coh=f.cohort(session, prog))
    f.placement(session, done, f.assignment(session), *R2, rotation=3)
    session.commit()
    items = placements_ending_without_next(session, _settings(attention_weeks=6))
    assert [w.records[0].id for w in items] == [t.id]  # rotation 3 of 3 needs no next
    assert placements_ending_without_next(session, _settings(attention_weeks=2)) == []
