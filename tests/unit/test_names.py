from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coordinator_app.text import fold, full_name, listed_name, sort_key, split_full_name

PEOPLE = [
    ("Jan", "de", "Vries"),
    ("Anna", "van der", "Berg"),
    ("Émile", "", "Bakker"),
    ("Zoë", "", "Àlders"),
    ("Pieter", "van", "Aalst"),
    ("Sanne", "'t", "Hart"),
]


def test_dutch_surname_order_ignores_prefix_and_accents():
    ordered = sorted(PEOPLE, key=lambda p: sort_key(p[0], p[1], p[2]))
    assert [p[2] for p in ordered] == ["Aalst", "Àlders", "Bakker", "Berg", "Hart", "Vries"]


def test_display_forms():
    assert full_name("Anna", "van der", "Berg") == "Anna van der Berg"
    assert listed_name("Anna", "van der", "Berg") == "Berg, Anna van der"
    assert listed_name("", "", "Berg") == "Berg"


def test_split_written_names():
    assert split_full_name("Jan de Vries") == ("Jan", "de", "Vries")
    assert split_full_name("Anna van der Berg") == ("Anna", "van der", "Berg")
    assert split_full_name("Berg, Anna van der") == ("Anna", "van der", "Berg")
    assert split_full_name("Vries, de, Jan") == ("Jan", "de", "Vries")
    assert split_full_name("Bakker, Émile") == ("Émile", "", "Bakker")
    assert split_full_name("Van Dijk") == ("Van", "", "Dijk")


def test_fold_is_case_and_accent_insensitive():
    assert fold("  Zoë ÉMILE ") == fold("zoe emile")


@given(
    st.text(min_size=1, max_size=20), st.sampled_from(["", "de", "van der"]), st.text(max_size=20)
)
def test_sort_key_never_depends_on_prefix(surname, prefix, given_name):
    assert (
        sort_key(given_name, prefix, surname).split("\x1f")[0]
        == sort_key(given_name, "", surname).split("\x1f")[0]
    )
