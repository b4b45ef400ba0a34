"""Cell values as people write them, turned into typed values or a precise Dutch complaint.

Every parser takes what a reader (calamine or the CSV module) produced for one cell
— text, a number, a date, a time — and returns the typed value, ``None`` for an
empty cell, or raises :class:`CellProblem` with a message that names what is wrong
and what would be right. Parsers never guess silently between two meanings.
"""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from coordinator_app.models import EducationLevel, LevelCategory
from coordinator_app.services.dutch import short_date
from coordinator_app.services.labels import label
from coordinator_app.text import fold

E = TypeVar("E", bound=enum.Enum)

EXCEL_TEXT_LIMIT = 32_767
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_EPOCH_1900 = dt.date(1899, 12, 30)
_EPOCH_1904 = dt.date(1904, 1, 1)


class CellProblem(ValueError):
    """One cell's value cannot be used; ``message`` is Dutch and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def norm_key(text: str) -> str:
    """Case, accents, spaces and punctuation removed: "E-mailadres" -> "emailadres"."""
    return _NON_ALNUM.sub("", fold(text))


def shown(value: Any) -> str:
    """A cell value as it would read in a message or a report."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "WAAR" if value else "ONWAAR"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d-%m-%Y %H:%M") if value.time() != dt.time() else short_date(value)
    if isinstance(value, dt.date):
        return short_date(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    text = str(value)
    return text if len(text) <= 200 else text[:197] + "..."


# --- text ----------------------------------------------------------------------------------


def text(value: Any, *, max_length: int | None = None) -> str | None:
    """Text with surrounding spaces removed; numbers as written ("12", not "12.0")."""
    if value is None:
        return None
    if isinstance(value, str):
        result = value.strip()
        if not result:
            return None
        if len(result) > EXCEL_TEXT_LIMIT:
            raise CellProblem(
                f"De tekst is {len(result):,} tekens lang; een cel mag er hoogstens "
                f"{EXCEL_TEXT_LIMIT:,} bevatten (de grens van Excel).".replace(",", ".")
            )
        control = _CONTROL.search(result)
        if control:
            code = ord(control.group())
            raise CellProblem(
                f"De tekst bevat een onzichtbaar stuurteken (U+{code:04X}) op positie "
                f"{control.start() + 1}; verwijder het (vaak "
                "meegekopieerd uit een ander programma)."
            )
    elif isinstance(value, bool):
        result = "ja" if value else "nee"
    elif isinstance(value, float):
        result = str(int(value)) if value.is_integer() else repr(value)
    elif isinstance(value, dt.datetime | dt.date | dt.time):
        result = shown(value)
    else:
        result = str(value).strip()
    if max_length is not None and len(result) > max_length:
        raise CellProblem(f"De tekst is te lang: {len(result)} tekens, maximaal {max_length}.")
    return result or None


def name_text(value: Any, *, max_length: int) -> str | None:
    """Text with inner runs of spaces collapsed, as names are stored."""
    result = text(value, max_length=None)
    if result is None:
        return None
    result = " ".join(result.split())
    if len(result) > max_length:
        raise CellProblem(f"De naam is te lang: {len(result)} tekens, maximaal {max_length}.")
    return result


_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[a-z]{2,}$")
_EMAIL_IN_TEXT = re.compile(r"<\s*([^<>\s]+@[^<>\s]+)\s*>")


def email(value: Any) -> str | None:
    """An email address in lower case; "Jan <jan@x.nl>" and "mailto:" are understood."""
    raw = text(value, max_length=None)
    if raw is None:
        return None
    found = _EMAIL_IN_TEXT.search(raw)
    address = (found.group(1) if found else raw).strip().lower()
    address = address.removeprefix("mailto:").strip()
    if not _EMAIL.match(address) or len(address) > 254:
        raise CellProblem(
            f"'{raw}' is geen geldig e-mailadres (verwacht zoiets als naam@organisatie.nl)."
        )
    return address


def phone(value: Any) -> str | None:
    """A phone number as text; a mobile number typed as a number gets its leading 0 back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value) or value != int(value) or not 0 <= value < 10**15:
            raise CellProblem(f"{value:g} is geen telefoonnummer.")
        digits = str(int(value))
        if len(digits) == 9 and digits[0] in "123456789":
            digits = "0" + digits  # Excel dropped the 0 of 0612345678
        return digits
    result = text(value, max_length=40)
    return result


# --- numbers -------------------------------------------------------------------------------


def number(value: Any) -> float | None:
    """A number from a number cell or text: "32", "32,5", "32.5", " 1.234,5 "."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellProblem("Verwacht een getal, geen WAAR/ONWAAR.")
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise CellProblem("Verwacht een getal, geen oneindig of 'geen getal'.")
        return float(value)
    raw = text(value)
    if raw is None:
        return None
    cleaned = raw.replace(" ", "").replace("\u00a0", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,5
    else:
        cleaned = cleaned.replace(",", ".")
    try:
        result = float(cleaned)
    except ValueError:
        raise CellProblem(f"'{raw}' is geen getal.") from None
    if not math.isfinite(result):  # "nan", "inf", "1e999"
        raise CellProblem(f"'{raw}' is geen getal.")
    return result


def integer(value: Any, *, minimum: int | None = None, maximum: int | None = None) -> int | None:
    found = number(value)
    if found is None:
        return None
    if not found.is_integer():
        raise CellProblem(f"Verwacht een geheel getal, niet {shown(value)}.")
    result = int(found)
    if minimum is not None and result < minimum or maximum is not None and result > maximum:
        raise CellProblem(_range_message(result, minimum, maximum))
    return result


def decimal(
    value: Any, *, minimum: float | None = None, maximum: float | None = None
) -> float | None:
    result = number(value)
    if result is None:
        return None
    if minimum is not None and result < minimum or maximum is not None and result > maximum:
        raise CellProblem(_range_message(result, minimum, maximum))
    return result


def _range_message(value: float, minimum: float | None, maximum: float | None) -> str:
    value_text = shown(value)
    if minimum is not None and maximum is not None:
        return f"{value_text} ligt niet tussen {shown(minimum)} en {shown(maximum)}."
    if minimum is not None:
        return f"{value_text} is kleiner dan {shown(minimum)}."
    return f"{value_text} is groter dan {shown(maximum)}."


def identifier(value: Any) -> int | None:
    """A record number from an earlier export."""
    try:
        return integer(value, minimum=1)
    except CellProblem:
        raise CellProblem(
            f"'{shown(value)}' is geen geldig ID (een positief geheel getal uit een export)."
        ) from None


_TRUE = {"ja", "j", "yes", "y", "waar", "true", "1", "x", "v", "ok"}
_FALSE = {"nee", "n", "no", "onwaar", "false", "0", "-"}


def boolean(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CellProblem(f"Verwacht ja of nee, niet {shown(value)}.")
    raw = text(value)
    if raw is None:
        return None
    key = fold(raw).strip(". ")
    if key in _TRUE or raw in ("✓", "✔"):
        return True
    if key in _FALSE:
        return False
    raise CellProblem(f"Verwacht ja of nee, niet '{raw}'.")


# --- dates and times -----------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "maa": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_WEEKDAYS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "ma", "di", "wo", "do", "vr", "za", "zo",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$")
_NUMERIC = re.compile(
    r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::\d{2})?)?$"
)
_WRITTEN = re.compile(
    r"^(\d{1,2})\.?\s+([a-z]+)\.?\s+(\d{4})(?:,?\s+(\d{1,2})[:.](\d{2})(?::\d{2})?)?$"
)
_WRITTEN_EN = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_TIME = re.compile(r"^(\d{1,2})(?:\s*[:.u]\s*(\d{2})(?:[:.](\d{2}))?)?\s*(?:uur|u|h)?$")


def _serial_to_date(serial: float, date1904: bool) -> dt.datetime:
    epoch = _EPOCH_1904 if date1904 else _EPOCH_1900
    start = dt.datetime.combine(epoch, dt.time())
    return start + dt.timedelta(days=serial)


def _parse_datetime_text(raw: str) -> dt.datetime | None:
    """A date (and maybe a time) as written in Dutch, ISO or English; None if not a date."""
    cleaned = fold(raw).replace(",", " ").strip()
    cleaned = " ".join(cleaned.split())
    words = cleaned.split(" ", 1)
    if len(words) == 2 and words[0].rstrip(".") in _WEEKDAYS:
        cleaned = words[1]
    hour = minute = second = 0
    if found := _ISO.match(cleaned):
        year, month, day = int(found[1]), int(found[2]), int(found[3])
        if found[4]:
            hour, minute, second = int(found[4]), int(found[5]), int(found[6] or 0)
    elif found := _NUMERIC.match(cleaned):
        day, month, year = int(found[1]), int(found[2]), int(found[3])
        if year < 100:
            year += 2000 if year < 70 else 1900
        if found[4]:
            hour, minute = int(found[4]), int(found[5])
    elif found := _WRITTEN.match(cleaned):
        month_number = _MONTHS.get(found[2])
        if month_number is None:
            return None
        day, month, year = int(found[1]), month_number, int(found[3])
        if found[4]:
            hour, minute = int(found[4]), int(found[5])
    elif found := _WRITTEN_EN.match(cleaned):
        month_number = _MONTHS.get(found[1])
        if month_number is None:
            return None
        day, month, year = int(found[2]), month_number, int(found[3])
    else:
        return None
    try:
        return dt.datetime(year, month, day, hour, minute, second)
    except ValueError:
        raise CellProblem(f"'{raw}' is geen bestaande datum.") from None


def date(value: Any, *, date1904: bool = False) -> dt.date | None:
    """A date from a date cell, an Excel serial number, ISO text or Dutch text."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise CellProblem("Verwacht een datum, geen WAAR/ONWAAR.")
    if isinstance(value, int | float):
        if 1 <= value < 2_958_466:
            return _serial_to_date(float(value), date1904).date()
        raise CellProblem(f"{shown(value)} is geen datum.")
    raw = text(value)
    if raw is None:
        return None
    if raw.isdecimal() and 20_000 <= int(raw) <= 80_000:  # a serial number stored as text
        return _serial_to_date(float(raw), date1904).date()
    parsed = _parse_datetime_text(raw)
    if parsed is None:
        raise CellProblem(
            f"'{raw}' is geen datum; schrijf bijvoorbeeld 1-9-2025, 2025-09-01 of 1 september 2025."
        )
    return parsed.date()


def time_of_day(value: Any) -> dt.time | None:
    """A time: a time cell, a fraction of a day, "9:30", "09.30", "9u30", "9 uur"."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0)
    if isinstance(value, dt.timedelta):
        seconds = int(round(value.total_seconds()))
        if 0 <= seconds < 86_400:
            return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
        raise CellProblem(f"{value} is geen tijd van de dag.")
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 <= value < 1:
            seconds = int(round(value * 86_400))
            return dt.time(seconds // 3600 % 24, seconds % 3600 // 60, seconds % 60)
        if float(value).is_integer() and 0 <= value <= 23:
            return dt.time(int(value))
        raise CellProblem(f"{shown(value)} is geen tijd; schrijf bijvoorbeeld 9:30.")
    raw = text(value)
    if raw is None:
        return None
    found = _TIME.match(fold(raw))
    if found:
        hour, minute, second = int(found[1]), int(found[2] or 0), int(found[3] or 0)
        if hour < 24 and minute < 60 and second < 60:
            return dt.time(hour, minute, second)
    raise CellProblem(f"'{raw}' is geen tijd; schrijf bijvoorbeeld 9:30 of 13.45.")


def moment(value: Any, *, date1904: bool = False) -> dt.datetime | dt.time | None:
    """A date with time, or only a time (the caller adds the day it belongs to)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if isinstance(value, dt.time | dt.timedelta):
        return time_of_day(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 0 <= value < 1:
            return time_of_day(value)
        return _serial_to_date(float(value), date1904).replace(microsecond=0)
    raw = text(value)
    if raw is None:
        return None
    try:
        return time_of_day(raw)
    except CellProblem:
        pass
    parsed = _parse_datetime_text(raw)
    if parsed is None:
        raise CellProblem(f"'{raw}' is geen datum met tijd; schrijf bijvoorbeeld 12-9-2025 9:31.")
    return parsed


# --- vocabularies --------------------------------------------------------------------------


def _level_key(raw: str) -> str:
    key = norm_key(raw)
    for noise in ("niveau", "level", "opleiding", "diploma"):
        key = key.replace(noise, "")
    return key


_LEVEL_WORDS: dict[str, EducationLevel] = {
    "mbo1": EducationLevel.MBO1,
    "mbo2": EducationLevel.MBO2,
    "mbo3": EducationLevel.MBO3,
    "mbo4": EducationLevel.MBO4,
    "ad": EducationLevel.ASSOCIATE_DEGREE,
    "associatedegree": EducationLevel.ASSOCIATE_DEGREE,
    "associate": EducationLevel.ASSOCIATE_DEGREE,
    "hbo": EducationLevel.HBO,
    "hbobachelor": EducationLevel.HBO,
    "hbomaster": EducationLevel.HBO,
    "bachelorhbo": EducationLevel.HBO,
    "hogeschool": EducationLevel.HBO,
    "hboapplieduniversity": EducationLevel.HBO,
    "wo": EducationLevel.WO,
    "wobachelor": EducationLevel.WO,
    "womaster": EducationLevel.WO,
    "universiteit": EducationLevel.WO,
    "universitair": EducationLevel.WO,
    "university": EducationLevel.WO,
    "wouniversity": EducationLevel.WO,
    "academisch": EducationLevel.WO,
}


def education_level(value: Any) -> EducationLevel | None:
    """ "MBO 4", "mbo niveau 3", "hbo-bachelor", "Associate degree", "WO master", ..."""
    raw = text(value)
    if raw is None:
        return None
    key = _level_key(raw)
    found = _LEVEL_WORDS.get(key)
    if found is not None:
        return found
    for member in EducationLevel:
        if key in (
            _level_key(member.value),
            _level_key(label(member)),
            _level_key(label(member, "en")),
        ):
            return member
    if key in ("mbo", "mbobol", "mbobbl"):
        raise CellProblem(f"'{raw}': geef ook het mbo-niveau, bijvoorbeeld 'mbo 4'.")
    raise CellProblem(
        f"Onbekend opleidingsniveau '{raw}'; gebruik mbo 1 t/m mbo 4, Associate degree, hbo of wo."
    )


def level_categories(value: Any) -> frozenset[LevelCategory] | None:
    """ "hbo, wo" or "mbo; hbo" -> the categories an assignment accepts."""
    raw = text(value)
    if raw is None:
        return None
    found: set[LevelCategory] = set()
    for part in split_list(re.sub(r"\s+(?:of|en|and|or|/)\s+|\s*/\s*", ", ", raw)):
        key = _level_key(part)
        category = next(
            (c for c in LevelCategory if key in (c.value, _level_key(label(c, "en")))), None
        )
        if category is None:
            try:
                level = education_level(part)
            except CellProblem:
                level = None
            if level is None:
                raise CellProblem(f"Onbekend niveau '{part}'; gebruik mbo, hbo en/of wo.")
            category = level.category
        found.add(category)
    return frozenset(found)


def enum_parser(enum_cls: type[E], what: str) -> Callable[[Any], E | None]:
    """A parser that knows an enum's stored values and its Dutch and English labels."""
    lookup: dict[str, E] = {}
    for member in enum_cls:
        for candidate in (str(member.value), label(member), label(member, "en"), member.name):
            lookup.setdefault(norm_key(candidate), member)
    choices = ", ".join(label(m) for m in enum_cls)

    def parse(value: Any) -> E | None:
        raw = text(value)
        if raw is None:
            return None
        found = lookup.get(norm_key(raw))
        if found is None:
            raise CellProblem(f"Onbekende {what} '{raw}'; kies uit: {choices}.")
        return found

    return parse


_LIST_SPLIT = re.compile(r"\s*[;\n]\s*")


def split_list(raw: str) -> list[str]:
    """ "a; b" or "a, b" or one per line -> ["a", "b"] (duplicates removed, order kept)."""
    parts = _LIST_SPLIT.split(raw) if (";" in raw or "\n" in raw) else raw.split(",")
    seen: dict[str, str] = {}
    for part in parts:
        cleaned = " ".join(part.split())
        if cleaned and fold(cleaned) not in seen:
            seen[fold(cleaned)] = cleaned
    return list(seen.values())


def name_list(value: Any) -> list[str] | None:
    raw = text(value)
    return None if raw is None else split_list(raw)


_COMPETENCE = re.compile(r"^(.*?)\s*\((\d)\)$")


def competence_list(value: Any) -> list[tuple[str, int | None]] | None:
    """ "Analyseren (3); Schrijven" -> [("Analyseren", 3), ("Schrijven", None)]."""
    raw = text(value)
    if raw is None:
        return None
    result: list[tuple[str, int | None]] = []
    for part in split_list(raw):
        found = _COMPETENCE.match(part)
        if found:
            level = int(found[2])
            if not 1 <= level <= 5:
                raise CellProblem(f"Niveau {level} bij '{found[1]}' moet tussen 1 en 5 liggen.")
            result.append((found[1].strip(), level))
        else:
            result.append((part, None))
    return result


# --- whole columns -------------------------------------------------------------------------
#
# An import parses a column of thousands of cells at once. The functions below give,
# for every cell, exactly what the one-cell parser above gives (blank cells, "" or
# None, stay None), plus the cells it refused with their problem. Columns of plain,
# clean text are checked with a few string operations over the whole column instead
# of one parser call per cell; anything else falls back to the one-cell parser.

ColumnResult = tuple[list[Any], list[tuple[int, CellProblem]]]
_NONE_TYPE = type(None)


def parse_each(parse: Callable[[Any], Any], cells: Sequence[Any]) -> ColumnResult:
    """The parser applied cell by cell; blank cells are not parsed."""
    results: list[Any] = []
    failures: list[tuple[int, CellProblem]] = []
    append = results.append
    for index, value in enumerate(cells):
        if value is None or value == "":
            append(None)
            continue
        try:
            append(parse(value))
        except CellProblem as exc:
            append(None)
            failures.append((index, exc))
    return results, failures


def parse_distinct(parse: Callable[[Any], Any], cells: Sequence[Any]) -> ColumnResult:
    """The parser applied once per distinct value: for columns that repeat a few values.

    Equal values share the answer of the first of them, as a remembering parser does.
    """
    try:
        distinct = dict.fromkeys(cells)
    except TypeError:  # an unhashable value
        return parse_each(parse, cells)
    answers: dict[Any, Any] = {}
    problems: dict[Any, CellProblem] = {}
    for value in distinct:
        if value is None or value == "":
            answers[value] = None
            continue
        try:
            answers[value] = parse(value)
        except CellProblem as exc:
            answers[value] = None
            problems[value] = exc
    results = list(map(answers.__getitem__, cells))
    if not problems:
        return results, []
    return results, [
        (index, problems[value]) for index, value in enumerate(cells) if value in problems
    ]


def _clean_column(cells: Sequence[Any], limit: int, *, names: bool) -> list[str | None] | None:
    """The cells as :func:`text` (``names``: :func:`name_text`) returns them, when that is easy.

    That is when every cell is text (or blank) without control characters, no longer
    than ``limit`` once stripped, and, for names, without runs of spaces or other
    white space inside. None when any cell needs the one-cell parser.
    """
    types = set(map(type, cells))
    if not types <= {str, _NONE_TYPE}:
        return None
    texts: Sequence[str] = [c or "" for c in cells] if _NONE_TYPE in types else cells
    stripped = list(map(str.strip, texts))
    if not stripped:
        return []
    if max(map(len, stripped)) > min(limit, EXCEL_TEXT_LIMIT):
        return None
    joined = "".join(stripped)  # stripped cells cannot join into new runs of spaces
    if names:
        # Printable text holds no control characters and no white space but " ".
        if not joined.isprintable() or "  " in joined:
            return None
    elif _CONTROL.search(joined):
        return None
    return [s or None for s in stripped]


def text_column(cells: Sequence[Any], max_length: int | None = None) -> ColumnResult:
    """:func:`text` for a whole column."""
    limit = EXCEL_TEXT_LIMIT if max_length is None else max_length
    found = _clean_column(cells, limit, names=False)
    if found is None:
        return parse_each(lambda v: text(v, max_length=max_length), cells)
    return found, []


def name_column(cells: Sequence[Any], max_length: int) -> ColumnResult:
    """:func:`name_text` for a whole column."""
    found = _clean_column(cells, max_length, names=True)
    if found is None:
        return parse_each(lambda v: name_text(v, max_length=max_length), cells)
    return found, []


def phone_column(cells: Sequence[Any]) -> ColumnResult:
    """:func:`phone` for a whole column (numbers typed as numbers go cell by cell)."""
    found = _clean_column(cells, 40, names=False)
    if found is None:
        return parse_each(phone, cells)
    return found, []


def email_column(cells: Sequence[Any]) -> ColumnResult:
    """:func:`email` for a whole column of plain addresses."""
    found = _clean_column(cells, EXCEL_TEXT_LIMIT, names=False)
    if found is not None:
        lowered = [s.lower() if s is not None else None for s in found]
        present = [s for s in lowered if s is not None]
        joined = "".join(present)
        if (
            "<" not in joined  # "Jan <jan@x.nl>"
            and "mailto:" not in joined
            and (not present or max(map(len, present)) <= 254)
            and all(map(_EMAIL.match, present))
        ):
            return lowered, []
    return parse_each(email, cells)
