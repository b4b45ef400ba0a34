"""The audit trail: every change to an editable record, recorded in the same transaction.

A listener on the session factory looks at what a flush changes and writes one
``audit_entry`` row per created, edited or deleted record, with the fields before and
after. Because it runs inside the flush, a change and its history commit or roll back
together. Bulk writes through SQLAlchemy Core (the benchmark generator) are not
recorded.
"""

from __future__ import annotations

import datetime as dt
import enum
import getpass
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, event, insert, inspect, select
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from coordinator_app.models import AuditEntry
from coordinator_app.models.base import Versioned, utcnow

USER_KEY = "coordinator_user"
# Bookkeeping columns that say nothing a reader of the history needs.
_SKIPPED = {"version", "created_at", "updated_at", "sort_name"}


def current_user(configured: str = "") -> str:
    if configured.strip():
        return configured.strip()
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems; never fail a save
        return "onbekend"


def _plain(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (dt.date, dt.time, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _columns(obj: object) -> list[str]:
    return [c.key for c in inspect(obj).mapper.column_attrs if c.key not in _SKIPPED]


def _record_rows(session: Session) -> list[dict[str, Any]]:
    user = session.info.get(USER_KEY) or current_user()
    now = utcnow()
    rows: list[dict[str, Any]] = []

    def add(action: str, obj: Any, changes: dict[str, Any]) -> None:
        rows.append(
            {
                "at": now,
                "user_name": user,
                "action": action,
                "entity": obj.__tablename__,
                "entity_id": obj.id,  # every Versioned table has an integer id
                "changes": json.dumps(changes, ensure_ascii=False, sort_keys=True),
            }
        )

    for obj in session.new:
        if isinstance(obj, Versioned):
            add("create", obj, {k: [None, _plain(getattr(obj, k))] for k in _columns(obj)})
    for obj in session.dirty:
        if not isinstance(obj, Versioned) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        changes = {}
        for key in _columns(obj):
            history = state.attrs[key].history
            if history.has_changes():
                before = history.deleted[0] if history.deleted else None
                after = history.added[0] if history.added else None
                if _plain(before) != _plain(after):
                    changes[key] = [_plain(before), _plain(after)]
        if changes:
            add("update", obj, changes)
    for obj in session.deleted:
        if isinstance(obj, Versioned):
            add("delete", obj, {k: [_plain(getattr(obj, k)), None] for k in _columns(obj)})
    return rows


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    rows = _record_rows(session)
    if rows:
        session.connection().execute(insert(AuditEntry), rows)


def install_audit(factory: sessionmaker[Session], user_name: str) -> None:
    """Record every change made through sessions of ``factory`` as ``user_name``."""
    factory.kw.setdefault("info", {})[USER_KEY] = user_name
    if not event.contains(factory, "after_flush", _after_flush):
        event.listen(factory, "after_flush", _after_flush)


@dataclass(frozen=True)
class HistoryItem:
    at: dt.datetime
    user_name: str
    action: str
    changes: dict[str, list[Any]]


def history(session: Session, entity: str, entity_id: int) -> list[HistoryItem]:
    """The history of one record, newest first."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    )
    return [HistoryItem(e.at, e.user_name, e.action, json.loads(e.changes)) for e in entries]


def erase_history(session: Session, records: Iterable[tuple[str, int]]) -> int:
    """Remove the history of erased records (their personal data must not linger)."""
    removed = 0
    for entity, entity_id in records:
        result = session.execute(
            delete(AuditEntry).where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
        )
        removed += getattr(result, "rowcount", 0) or 0
    return removed
