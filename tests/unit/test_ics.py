"""The .ics export: parsed back with the icalendar package, and checked byte by byte."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest

from coordinator_app.models import Session, SessionType
from coordinator_app.services import ics
from coordinator_app.services.sessions import SeriesPlan, create_series, update_session
from tests.helpers import factories as f
from tests.helpers.sessions import meeting, session_data

NOW = dt.datetime(2025, 8, 20, 12, 0, tzinfo=dt.UTC)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
TRICKY = "Sessie mbo, hbo & wo; kruisbestuiving\\test"
DESCRIPTION = "Eerste regel, met komma; en puntkomma\nTweede regel: ëën ï ü"


@pytest.fixture
def two_sessions(session):
    winter = meeting(
        session,
        dt.date(2026, 1, 16),
        TRICKY,
        SessionType.PARTICIPATION,
        dt.time(9, 30),
        dt.time(12, 15),
        location="Provinciehuis, Martinikerkhof 12",
        municipality=f.municipality(session, "Groningen"),
        description=DESCRIPTION,
        facilitator="HR, team Talent",
    )
    summer = meeting(
        session,
        dt.date(2026, 6, 5),
        "Terugkomdag",
        SessionType.RETURN_DAY,
        dt.time(13, 0),
        dt.time(17, 0),
    )
    return winter, summer


def _parse(text):
    return icalendar.Calendar.from_ical(text)


def test_calendar_header_and_timezone(session, two_sessions):
    text = ics.sessions_ics(session, [s.id for s in two_sessions], NOW)
    calendar = _parse(text)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert "Coordinator" in str(calendar["PRODID"])
    zones = calendar.walk("VTIMEZONE")
    assert [str(z["TZID"]) for z in zones] == ["Europe/Amsterdam"]
    assert len(calendar.walk("VEVENT")) == 2


def test_events_times_and_escaping(session, two_sessions):
    winter, summer = two_sessions
    events = {
        str(e["UID"]): e
        for e in _parse(ics.sessions_ics(session, [winter.id, summer.id], NOW)).walk("VEVENT")
    }
    namespace = ics.calendar_namespace(session)
    first = events[ics.session_uid(namespace, winter.id)]
    assert str(first["SUMMARY"]) == TRICKY
    assert str(first["LOCATION"]) == "Provinciehuis, Martinikerkhof 12, Groningen"
    description = str(first["DESCRIPTION"])
    assert description.startswith(DESCRIPTION)
    assert "Begeleiding: HR, team Talent" in description
    start, end = first.decoded("DTSTART"), first.decoded("DTEND")
    assert start == dt.datetime(2026, 1, 16, 9, 30, tzinfo=AMSTERDAM)
    assert end == dt.datetime(2026, 1, 16, 12, 15, tzinfo=AMSTERDAM)
    assert start.utcoffset() == dt.timedelta(hours=1)  # winter time
    second = events[ics.session_uid(namespace, summer.id)]
    assert second.decoded("DTSTART").astimezone(dt.UTC).hour == 11  # 13:00 CEST
    assert first.decoded("DTSTAMP") == NOW


def test_raw_lines_crlf_folding_and_escapes(session, two_sessions):
    winter, _ = two_sessions
    text = ics.sessions_ics(session, [winter.id], NOW)
    raw = text.encode("utf-8")
    assert raw.count(b"\r\n") == raw.count(b"\n")  # every line ends in CRLF
    assert text.endswith("END:VCALENDAR\r\n")
    for line in raw.split(b"\r\n"):
        assert len(line) <= 75
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Sessie mbo\\, hbo & wo\\; kruisbestuiving\\\\test\r\n" in unfolded
    assert "Eerste regel\\, met komma\\; en puntkomma\\nTweede regel" in unfolded
    assert "DTSTART;TZID=Europe/Amsterdam:20260116T093000\r\n" in unfolded
    assert "DTSTAMP:20250820T120000Z\r\n" in unfolded


def test_folding_never_splits_a_character():
    line = "DESCRIPTION:" + "ë" * 100
    folded = ics.fold_line(line)
    pieces = folded.split("\r\n")
    assert all(len(piece.encode("utf-8")) <= 75 for piece in pieces)
    assert all(piece.startswith(" ") for piece in pieces[1:])
    assert "".join(p[1:] if i else p for i, p in enumerate(pieces)) == line
    assert ics.fold_line("SUMMARY:kort") == "SUMMARY:kort"


def test_uid_is_stable_and_sequence_follows_edits(session, two_sessions):
    winter, _ = two_sessions
    first = _parse(ics.sessions_ics(session, [winter.id], NOW)).walk("VEVENT")[0]
    update_session(session, winter.id, session_data(title="Andere titel", day=winter.date))
    session.commit()
    later = _parse(ics.sessions_ics(session, [winter.id], NOW)).walk("VEVENT")[0]
    assert str(later["UID"]) == str(first["UID"])
    assert int(later["SEQUENCE"]) > int(first["SEQUENCE"])
    assert str(later["SUMMARY"]) == "Andere titel"


def test_series_export_has_one_event_per_occurrence(session):
    plan = SeriesPlan(
        "Vrijdagprogramma",
        dt.date(2025, 9, 5),
        dt.date(2025, 11, 28),
        1,
        frozenset({dt.date(2025, 10, 24)}),
    )
    series_id, ids = create_series(session, plan, session_data(title="Vrijdag"))
    calendar = _parse(ics.series_ics(session, series_id, NOW))
    events = calendar.walk("VEVENT")
    assert len(events) == len(ids) == 12
    starts = sorted(e.decoded("DTSTART") for e in events)
    assert dt.datetime(2025, 10, 24, 9, 30, tzinfo=AMSTERDAM) not in starts
    # Across the end of summer time the local time stays 09:30.
    assert {s.astimezone(AMSTERDAM).time() for s in starts} == {dt.time(9, 30)}
    assert {s.utcoffset() for s in starts} == {dt.timedelta(hours=2), dt.timedelta(hours=1)}
    assert len({str(e["UID"]) for e in events}) == 12
    assert str(calendar["X-WR-CALNAME"]) == "Vrijdagprogramma"
    assert session.get(Session, ids[0]).series_id == series_id


def test_write_keeps_crlf(tmp_path, session, two_sessions):
    target = tmp_path / "sessies.ics"
    ics.write_ics(str(target), ics.sessions_ics(session, [two_sessions[0].id], NOW))
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
