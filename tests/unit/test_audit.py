"""Every create, edit and delete of an editable record leaves a history entry."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from coordinator_app.models import AuditEntry, Trainee
from coordinator_app.services.audit import erase_history, history
from coordinator_app.services.rules import HardRuleViolation
from tests.helpers import factories as f

_R1 = (dt.date(2025, 9, 1), dt.date(2026, 4, 30))


def test_create_edit_delete_are_recorded(app_context):
    with app_context.transaction() as s:
        trainee_id = f.trainee(s, given="Zoë", surname="Bakker", email="zoe@example.nl").id
    with app_context.transaction() as s:
        s.get(Trainee, trainee_id).phone = "0612345678"
    with app_context.transaction() as s:
        s.delete(s.get(Trainee, trainee_id))
    with app_context.read_session() as s:
        items = history(s, "trainee", trainee_id)
    assert [i.action for i in items] == ["delete", "update", "create"]
    assert items[1].changes == {"phone": [None, "0612345678"]}
    assert items[2].changes["given_name"] == [None, "Zoë"]
    assert items[2].changes["education_level"] == [None, "hbo"]
    assert "version" not in items[1].changes
    assert items[0].changes["email"] == ["zoe@example.nl", None]
    assert items[0].user_name  # the configured name or the OS user


def test_configured_user_name_is_used(tmp_path):
    from coordinator_app.context import AppContext
    from coordinator_app.settings import Settings

    ctx = AppContext.open(str(tmp_path / "db.sqlite3"), settings=Settings(user_name="Els de Boer"))
    with ctx.transaction() as s:
        trainee_id = f.trainee(s).id
    with ctx.read_session() as s:
        assert history(s, "trainee", trainee_id)[0].user_name == "Els de Boer"
    ctx.close()


def test_refused_change_leaves_no_history(app_context):
    with app_context.transaction() as s:
        t = f.trainee(s)
        a = f.assignment(s)
        f.placement(s, t, a, *_R1)
    with app_context.read_session() as s:
        before = s.scalar(select(func.count()).select_from(AuditEntry))
    with pytest.raises(HardRuleViolation), app_context.transaction() as s:
        f.placement(s, s.get(Trainee, t.id), f.assignment(s), *_R1)
    with app_context.read_session() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == before


def test_erasing_history(app_context):
    with app_context.transaction() as s:
        trainee_id = f.trainee(s, given="Fenna").id
    with app_context.transaction() as s:
        assert erase_history(s, [("trainee", trainee_id)]) == 1
    with app_context.read_session() as s:
        assert history(s, "trainee", trainee_id) == []
