"""Cell values as people write them: each tolerance of the import, one parser at a time."""

from __future__ import annotations

import datetime as dt

import pytest

from coordinator_app import text
from coordinator_app.excel import values
from coordinator_app.excel.fields import SPECS
from coordinator_app.excel.kinds import fold, sort_key
from coordinator_app.models import AttendanceStatus, EducationLevel, LevelCategory


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (dt.datetime(2025, 9, 1, 0, 0), dt.date(2025, 9, 1)),
        (dt.date(2025, 9, 1), dt.date(2025, 9, 1)),
        (45901.0, dt.date(2025, 9, 1)),  # an Excel serial in a cell without date format
        ("45901", dt.date(2025, 9, 1)),  # ... stored as text
        ("2025-09-01", dt.date(2025, 9, 1)),
        ("1-9-2025", dt.date(2025, 9, 1)),
        ("01-09-2025", dt.date(2025, 9, 1)),
        ("1/9/2025", dt.date(2025, 9, 1)),
        ("1.9.25", dt.date(2025, 9, 1)),
        ("1 september 2025", dt.date(2025, 9, 1)),
        ("maandag 1 sept. 2025", dt.date(2025, 9, 1)),
        ("  1 Sep 2025 ", dt.date(2025, 9, 1)),
        ("2025-09-01 00:00:00", dt.date(2025, 9, 1)),
    ],
)
def test_dates_in_every_written_form(raw, expected):
    assert values.date(raw) == expected


def test_a_serial_number_counts_from_1904_in_a_1904_workbook():
    assert values.date(44439.0, date1904=True) == dt.date(2025, 9, 1)


@pytest.mark.parametrize("raw", ["31-02-2025", "volgende week", "2025-13-01", True])
def test_impossible_dates_are_named(raw):
    with pytest.raises(values.CellProblem) as caught:
        values.date(raw)
    assert "datum" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("MBO 4", EducationLevel.MBO4),
        ("mbo niveau 3", EducationLevel.MBO3),
        ("mbo-2", EducationLevel.MBO2),
        ("hbo-bachelor", EducationLevel.HBO),
        ("HBO", EducationLevel.HBO),
        ("Associate degree", EducationLevel.ASSOCIATE_DEGREE),
        ("AD", EducationLevel.ASSOCIATE_DEGREE),
        ("WO master", EducationLevel.WO),
        ("wo-bachelor", EducationLevel.WO),
        ("MBO level 1", EducationLevel.MBO1),
        ("WO (university)", EducationLevel.WO),
    ],
)
def test_education_level_variants(raw, expected):
    assert values.education_level(raw) == expected


def test_mbo_without_a_number_asks_for_it():
    with pytest.raises(values.CellProblem, match="mbo-niveau"):
        values.education_level("mbo")


def test_assignment_levels_understand_of_and_commas():
    assert values.level_categories("hbo of wo") == {LevelCategory.HBO, LevelCategory.WO}
    assert values.level_categories("mbo 4, hbo") == {LevelCategory.MBO, LevelCategory.HBO}


def test_emails_are_trimmed_and_lowered():
    assert values.email("  Anna.DeVries@Example.NL ") == "anna.devries@example.nl"
    assert values.email("Anna <anna@example.nl>") == "anna@example.nl"
    with pytest.raises(values.CellProblem):
        values.email("anna@")


def test_numbers_stored_as_text():
    assert values.integer("12") == 12
    assert values.integer(" 3 ") == 3
    assert values.decimal("32,5") == 32.5
    assert values.decimal("1.234,5") == 1234.5
    with pytest.raises(values.CellProblem):
        values.integer("2,5")


def test_phone_typed_as_number_gets_its_zero_back():
    assert values.phone(612345678.0) == "0612345678"
    assert values.phone(" 050-1234567 ") == "050-1234567"


def test_times():
    assert values.time_of_day("9:30") == dt.time(9, 30)
    assert values.time_of_day("13.45") == dt.time(13, 45)
    assert values.time_of_day("9u30") == dt.time(9, 30)
    assert values.time_of_day(0.5) == dt.time(12, 0)
    assert values.time_of_day(dt.time(9, 0)) == dt.time(9, 0)


def test_control_characters_and_overlong_text_are_refused():
    with pytest.raises(values.CellProblem, match="stuurteken"):
        values.text("Jan\x07sen")
    with pytest.raises(values.CellProblem, match="32.767"):
        values.text("x" * 32_768)
    assert values.text("  twee  woorden ") == "twee  woorden"


def test_enum_labels_in_dutch_and_english():
    parse = values.enum_parser(AttendanceStatus, "status")
    assert parse("Afwezig met bericht") is AttendanceStatus.EXCUSED
    assert parse("present") is AttendanceStatus.PRESENT
    with pytest.raises(values.CellProblem, match="kies uit"):
        parse("misschien")


@pytest.mark.parametrize("heading", ["E-mailadres", "e-mail", "Email", " E-MAIL ", "e‑mail adres"])
def test_email_headings_in_many_spellings(heading):
    assert SPECS["trainees"].match(heading.replace("‑", "-")) == "email"


def test_headings_ignore_accents_and_punctuation():
    assert SPECS["sessions"].match("Programma’s") == "programmes"
    assert SPECS["assignments"].match("Thema's") == "themes"
    assert SPECS["trainees"].match("Achternaam, Voornaam") == "full_name"
    assert SPECS["trainees"].match("ACHTERNAAM") == "surname"
    assert SPECS["trainees"].match("First name") == "given_name"


def test_fast_fold_and_sort_key_equal_the_shared_ones():
    for name in ("Jansen", "  Ökçe ", "'t Hart", "van der Berg", "Çelik"):
        assert fold(name) == text.fold(name)
    for parts in (("Jan", "de", "Vries"), ("Éva", "", "Ørsted"), ("Piet", "", "'t Hart")):
        assert sort_key(*parts) == text.sort_key(*parts)
