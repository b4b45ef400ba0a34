"""The audit trail: every change to an editable record, recorded in the same transaction.

A listener on the session factory looks at what a flush changes and writes one
``audit_entry`` row per created, edited or deleted record, with the fields before and
after. Because it runs inside the flush, a change and its history commit or roll back
together.

Writes through SQLAlchemy Core pass no flush and so are not seen by the listener.
The Excel import writes trainees that way (thousands per second) and records their
history itself with :func:`creation_entry` and :func:`update_entry`, inserted in
bulk in the import's transaction. The benchmark generator's bulk data has no history.
"""

from __future__ import annotations

import datetime as dt
import enum
import getpass
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from json.encoder import encode_basestring
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
    info = factory.kw.setdefault("info", {})
    already = USER_KEY in info  # marked on the factory itself; see rules.install_...
    info[USER_KEY] = user_name
    if not already:
        event.listen(factory, "after_flush", _after_flush)


def audit_session(session: Session, user_name: str) -> None:
    """Record the ORM changes of this one session (one not made by an audited factory)."""
    already = USER_KEY in session.info
    session.info[USER_KEY] = user_name
    if not already:
        event.listen(session, "after_flush", _after_flush)


def session_user(session: Session) -> str:
    return str(session.info.get(USER_KEY) or current_user())


def _json_value(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return encode_basestring(value)
    if value is None:
        return "null"
    if kind is int:
        return str(value)
    if isinstance(value, str):  # a StrEnum: its value
        return encode_basestring(str(value))
    if kind is bool or kind is float:
        return json.dumps(value)
    return encode_basestring(str(_plain(value)))


_KEY_ORDER: dict[tuple[str, ...], list[tuple[str, str]]] = {}


def _changes_json(changes: dict[str, tuple[Any, Any]]) -> str:
    """``json.dumps({k: [before, after]}, ensure_ascii=False, sort_keys=True)`` of _plain
    values, written out by hand: twice as fast, and an import writes tens of thousands."""
    keys = tuple(changes)
    order = _KEY_ORDER.get(keys)
    if order is None:
        order = _KEY_ORDER.setdefault(keys, [(k, encode_basestring(k)) for k in sorted(keys)])
    return (
        "{"
        + ", ".join(
            f"{quoted}: [{_json_value(changes[key][0])}, {_json_value(changes[key][1])}]"
            for key, quoted in order
        )
        + "}"
    )


def _entry(
    action: str,
    entity: str,
    entity_id: int,
    changes: dict[str, tuple[Any, Any]],
    user: str,
    at: dt.datetime,
) -> dict[str, Any]:
    return {
        "at": at,
        "user_name": user,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "changes": _changes_json(changes),
    }


_CREATION_ORDER: dict[tuple[str, ...], list[tuple[str, str]]] = {}


def creation_entry(
    entity: str, entity_id: int, values: dict[str, Any], user: str, at: dt.datetime
) -> dict[str, Any]:
    """An ``audit_entry`` row for a record written without the ORM: every field, new.

    The same JSON as :func:`_changes_json` of ``{field: (None, value)}``, written by a
    shorter path: an import of 20,000 trainees makes 20,000 of these.
    """
    keys = tuple(values)
    order = _CREATION_ORDER.get(keys)
    if order is None:
        order = _CREATION_ORDER.setdefault(
            keys,
            [(k, encode_basestring(k) + ": [null, ") for k in sorted(keys) if k not in _SKIPPED],
        )
    parts = []
    for key, head in order:
        value = values[key]
        parts.append(
            head + (encode_basestring(value) if type(value) is str else _json_value(value)) + "]"
        )
    return {
        "at": at,
        "user_name": user,
        "action": "create",
        "entity": entity,
        "entity_id": entity_id,
        "changes": "{" + ", ".join(parts) + "}",
    }


def creation_changes(keys: Sequence[str], columns: Sequence[Sequence[Any]]) -> list[str]:
    """The ``changes`` of :func:`creation_entry` for many records at once.

    ``columns[i][n]`` is the value of field ``keys[i]`` of record ``n``. Every
    record gets the same text :func:`creation_entry` would give it, built column by
    column: each column's values are written as JSON at once (a few distinct values
    once each), then each record's text is joined from its pieces.
    """
    count = len(columns[0]) if columns else 0
    order = sorted((key, index) for index, key in enumerate(keys) if key not in _SKIPPED)
    if not order:
        return ["{}"] * count
    pieces: list[Iterable[str]] = []
    glue = "{"
    for key, index in order:
        pieces.append(repeat(glue + encode_basestring(key) + ": [null, "))
        pieces.append(_json_column(columns[index]))
        glue = "], "
    pieces.append(repeat("]}"))
    # the repeats are endless: the columns end it
    return list(map("".join, zip(*pieces, strict=False)))


def _json_column(values: Sequence[Any]) -> list[str]:
    """:func:`_json_value` of every value in a column."""
    kinds = set(map(type, values))
    if kinds == {str}:
        return list(map(encode_basestring, values))
    if kinds == {int}:
        return list(map(str, values))
    others = kinds - {type(None)}
    if len(others) == 1 and _same_text_when_equal(next(iter(others))):
        distinct = dict.fromkeys(values)
        if len(distinct) * 2 <= len(values):  # a few values, repeated: write each once
            written = {value: _json_value(value) for value in distinct}
            return list(map(written.__getitem__, values))
    return [_json_value(value) for value in values]


def _same_text_when_equal(kind: type) -> bool:
    """Whether equal values of ``kind`` always write the same JSON (not so for 0.0 and
    -0.0, or for equal moments in different time zones)."""
    return kind in (int, bool, dt.date) or (issubclass(kind, str) and kind.__hash__ is not None)


def update_entry(
    entity: str,
    entity_id: int,
    before: dict[str, Any],
    after: dict[str, Any],
    user: str,
    at: dt.datetime,
) -> dict[str, Any] | None:
    """An ``audit_entry`` row for an update written without the ORM; None if nothing changed."""
    changes = {}
    for key, value in after.items():
        if key in _SKIPPED:
            continue
        old, new = _plain(before.get(key)), _plain(value)
        if old != new:
            changes[key] = (old, new)
    return _entry("update", entity, entity_id, changes, user, at) if changes else None


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
