import datetime as dt

import pytest

from coordinator_app.services.rules import HardRule, HardRuleViolation
from tests.helpers import factories as f

D = dt.date


def test_overlapping_placements_are_refused(session):
    t = f.trainee(session)
    a1, a2 = f.assignment(session), f.assignment(session)
    f.placement(session, t, a1, D(2025, 9, 1), D(2026, 4, 30))
    session.commit()
    with pytest.raises(HardRuleViolation) as info:
        f.placement(session, t, a2, D(2026, 4, 1), D(2026, 12, 31), rotation=2)
    assert HardRule.NO_OVERLAP in info.value.rules
