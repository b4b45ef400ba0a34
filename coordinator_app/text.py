"""Dutch names: display, sorting and splitting. The one place that knows about prefixes.

"Jan de Vries" sorts under V and "Anna van der Berg" under B: the prefix
(tussenvoegsel) is stored separately and ignored for sorting.
"""

from __future__ import annotations

import unicodedata

# Common Dutch (and Frisian/Flemish) tussenvoegsels, longest first so "van der"
# wins over "van" when splitting.
_PREFIXES = sorted(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "onder",
        "van de",
        "van der",
        "van den",
        "van het",
        "van 't",
        "van ter",
        "van te",
        "in de",
        "in het",
        "in 't",
        "in der",
        "op de",
        "op den",
        "op het",
        "op 't",
        "onder de",
        "uit de",
        "uit den",
        "uit het",
        "voor de",
        "voor den",
        "aan de",
        "aan den",
        "aan het",
        "bij de",
        "over de",
        "de la",
        "de le",
        "du",
        "la",
        "le",
        "d'",
        "von",
        "von der",
        "zu",
        "vander",
        "vanden",
    },
    key=lambda p: (-len(p.split()), -len(p)),
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form of ``text`` for searching and sorting."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().strip()


def sort_key(given_name: str, prefix: str | None, surname: str) -> str:
    """The key that orders people as a Dutch reader expects: surname, given name, prefix."""
    surname_key = fold(surname).lstrip("'’-. ")
    return "\x1f".join((surname_key, fold(given_name), fold(prefix or "")))


def full_name(given_name: str, prefix: str | None, surname: str) -> str:
    """ "Anna van der Berg"."""
    return " ".join(part for part in (given_name, prefix or "", surname) if part)


def listed_name(given_name: str, prefix: str | None, surname: str) -> str:
    """ "Berg, Anna van der": the form of a sorted list."""
    rest = " ".join(part for part in (given_name, prefix or "") if part)
    return f"{surname}, {rest}" if rest else surname


def split_prefix(words: str) -> tuple[str, str]:
    """Split "van der Berg" into ("van der", "Berg"); a name without prefix gives ("", name)."""
    text = " ".join(words.split())
    lowered = text.lower()
    for candidate in _PREFIXES:
        if lowered.startswith(candidate + " ") and len(text) > len(candidate) + 1:
            return text[: len(candidate)], text[len(candidate) + 1 :]
    return "", text


def split_full_name(name: str) -> tuple[str, str, str]:
    """Split a written name into (given name, prefix, surname).

    Understands "Jan de Vries" and the list form "Vries, Jan de" / "Vries, de, Jan".
    """
    text = " ".join(name.split())
    if "," in text:
        surname_part, _, rest = text.partition(",")
        rest = rest.strip()
        if "," in rest:  # "Vries, de, Jan"
            prefix_part, _, given = rest.partition(",")
            return given.strip(), prefix_part.strip(), surname_part.strip()
        # "Vries, Jan de": the trailing words that form a prefix belong to the surname
        words = rest.split()
        for cut in range(1, len(words)):
            tail = " ".join(words[cut:])
            if tail.lower() in _PREFIXES:
                return " ".join(words[:cut]), tail, surname_part.strip()
        return rest, "", surname_part.strip()
    words = text.split()
    if len(words) <= 1:
        return "", "", text
    given = words[0]
    prefix, surname = split_prefix(" ".join(words[1:]))
    return given, prefix, surname
