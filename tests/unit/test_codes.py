"""One generator of check-in codes for trainees, guests and anonymised people."""

from __future__ import annotations

from coordinator_app.services import codes, privacy, records, sessions
from tests.helpers import factories as f


def test_codes_are_unambiguous_and_prefixed(session):
    for prefix in (codes.TRAINEE_PREFIX, codes.GUEST_PREFIX):
        code = codes.new_checkin_code(session, prefix)
        assert code.startswith(prefix)
        assert len(code) == 8
        assert set(code[1:]) <= set(codes.CHECKIN_ALPHABET)
        assert not set(code[1:]) & set("01OI")


def test_a_taken_code_is_never_handed_out(session, monkeypatch):
    f.trainee(session).checkin_code = "taaaaaaa"  # stored in another case: still taken
    session.flush()
    draws = iter("A" * 7 + "B" * 7)
    monkeypatch.setattr(codes.secrets, "choice", lambda _alphabet: next(draws))
    assert codes.new_checkin_code(session, "T") == "TBBBBBBB"


def test_every_caller_uses_the_one_generator(session, monkeypatch):
    made: list[str] = []

    def fake(db, prefix, length=7):  # noqa: ANN001
        made.append(prefix)
        return f"{prefix}{len(made):07d}"

    monkeypatch.setattr(codes, "new_checkin_code", fake)
    monkeypatch.setattr(privacy, "new_checkin_code", fake)
    records.new_checkin_code(session)
    sessions.new_checkin_code(session)
    trainee = f.trainee(session)
    privacy.anonymise_trainee(session, trainee.id)
    assert made == ["T", "G", "X"]


def test_the_drawer_skips_codes_in_use_and_its_own(session, monkeypatch):
    f.trainee(session).checkin_code = "gaaaaaaa"  # another case, another table: still taken
    session.flush()
    drawer = codes.CodeDrawer(session)
    draws = iter([b"\x00" * 7, b"\x01" * 7, b"\x01" * 7, b"\x02" * 7])
    monkeypatch.setattr(codes.secrets, "token_bytes", lambda _size: next(draws))
    # byte 0 -> "A" (taken), byte 1 -> "B" (once only), byte 2 -> "C"
    assert drawer.draw(codes.GUEST_PREFIX) == "GBBBBBBB"
    assert drawer.draw(codes.GUEST_PREFIX) == "GCCCCCCC"


def test_the_drawer_draws_many_different_codes(session):
    drawer = codes.CodeDrawer(session)
    made = [drawer.draw(codes.GUEST_PREFIX) for _ in range(200)]
    assert len({code.upper() for code in made}) == 200
    assert all(len(c) == 8 and set(c[1:]) <= set(codes.CHECKIN_ALPHABET) for c in made)
