"""Sessions as an iCalendar (.ics) file that Outlook and other calendars import.

Written by hand after RFC 5545 because the format is small and the details that
make Outlook happy are few: CRLF line endings, lines folded at 75 octets (never
inside a UTF-8 character), TEXT values with backslash, semicolon, comma and
newline escaped, local times with ``TZID=Europe/Amsterdam`` plus a VTIMEZONE that
defines that zone (Outlook ignores a TZID it cannot find in the file).

Every session becomes one VEVENT, also in a series: occurrences may have been
edited one by one and holidays are skipped, so a recurrence rule would not say the
same. The UID depends only on the database's identity and the session id, so a
second export of an edited session updates the event instead of adding a copy;
SEQUENCE follows the record's version for the same reason.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import selectinload

from coordinator_app import __version__
from coordinator_app.models import AppMeta, Session
from coordinator_app.paths import make_private
from coordinator_app.services.labels import label

CRLF = "\r\n"
FOLD_OCTETS = 75
TZID = "Europe/Amsterdam"
PRODID = f"-//Coordinator//Coordinator {__version__}//NL"
CALENDAR_ID_KEY = "calendar_uid_namespace"

# Central European Time with the EU summer-time rule (since 1996: last Sunday of
# March 02:00 -> 03:00, last Sunday of October 03:00 -> 02:00).
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19700329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19701025T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape_text(value: str) -> str:
    """A TEXT property value: backslash, semicolon, comma and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Split a content line into pieces of at most 75 octets, joined by CRLF + space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= FOLD_OCTETS:
        return line
    pieces: list[str] = []
    current = ""
    size = 0
    limit = FOLD_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size = "", 0
            limit = FOLD_OCTETS - 1  # the leading space of a continuation line counts
        current += char
        size += width
    pieces.append(current)
    return (CRLF + " ").join(pieces)


def _local(day: dt.date, time: dt.time) -> str:
    return f"{day:%Y%m%d}T{time:%H%M%S}"


def _utc(moment: dt.datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC).replace(tzinfo=None)
    return f"{moment:%Y%m%dT%H%M%S}Z"


def calendar_namespace(db: DbSession) -> str:
    """A random id of this database, made once, that keeps UIDs unique across databases."""
    meta = db.get(AppMeta, CALENDAR_ID_KEY)
    if meta is None:
        meta = AppMeta(key=CALENDAR_ID_KEY, value=uuid.uuid4().hex)
        db.add(meta)
        db.flush()
    return meta.value


def session_uid(namespace: str, session_id: int) -> str:
    return f"sessie-{session_id}-{namespace}@coordinator"


def _event_lines(record: Session, namespace: str, stamp: dt.datetime) -> list[str]:
    location = ", ".join(
        part
        for part in (record.location, record.municipality.name if record.municipality else None)
        if part
    )
    details = []
    if record.description:
        details.append(record.description)
    details.append(f"Soort: {label(record.type)}")
    if record.facilitator:
        details.append(f"Begeleiding: {record.facilitator}")
    if record.capacity:
        details.append(f"Maximaal {record.capacity} deelnemers")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{session_uid(namespace, record.id)}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART;TZID={TZID}:{_local(record.date, record.start_time)}",
        f"DTEND;TZID={TZID}:{_local(record.date, record.end_time)}",
        f"SUMMARY:{escape_text(record.title)}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    lines.append(f"DESCRIPTION:{escape_text(chr(10).join(details))}")
    lines.append(f"CATEGORIES:{escape_text(label(record.type))}")
    lines.append(f"SEQUENCE:{max(record.version - 1, 0)}")
    if record.updated_at is not None:
        lines.append(f"LAST-MODIFIED:{_utc(record.updated_at)}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT"]
    return lines


def calendar_text(
    sessions: Sequence[Session], namespace: str, now: dt.datetime, name: str | None = None
) -> str:
    """The whole VCALENDAR for ``sessions`` (``now`` in UTC, naive or aware)."""
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    lines.append(f"X-WR-TIMEZONE:{TZID}")
    lines += VTIMEZONE
    for record in sorted(sessions, key=lambda s: (s.date, s.start_time, s.id)):
        lines += _event_lines(record, namespace, now)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + CRLF for line in lines)


def sessions_ics(
    db: DbSession, session_ids: Iterable[int], now: dt.datetime, name: str | None = None
) -> str:
    """The calendar of these sessions; unknown ids are skipped."""
    records = db.scalars(
        select(Session)
        .where(Session.id.in_(list(set(session_ids))))
        .options(selectinload(Session.municipality))
    ).all()
    return calendar_text(records, calendar_namespace(db), now, name)


def series_ics(db: DbSession, series_id: int, now: dt.datetime) -> str:
    """The calendar of every occurrence of a series."""
    records = db.scalars(
        select(Session)
        .where(Session.series_id == series_id)
        .options(selectinload(Session.municipality), selectinload(Session.series))
    ).all()
    name = records[0].series.title if records and records[0].series else None
    return calendar_text(records, calendar_namespace(db), now, name)


def write_ics(path: str, text: str) -> None:
    """Write exactly these bytes: UTF-8 without BOM, CRLF kept as they are."""
    make_private(Path(path))
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(text)
