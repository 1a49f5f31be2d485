"""The speed rewrites of scanning patterns find exactly what the plain patterns find, on any text
and any window (a window's first character may follow a word character)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from dossier_tui.core import mentions, name_variants, quotes

_PLAIN_NAME_RUN = re.compile(rf"\b{name_variants._CAP}(?:[ \t]*\n?[ \t]*{name_variants._CAP})+")

pronoun_text = st.text(alphabet="heystTHSIa _-.\n’é1", max_size=30)
name_text = st.text(alphabet="AbÉéßΣσ ’'-\t\n.1_Hh", max_size=30)


@given(pronoun_text, st.integers(0, 30), st.integers(0, 30))
@settings(max_examples=500)
def test_pronoun_scan_finds_what_the_pronoun_pattern_finds(text: str, lo: int, hi: int) -> None:
    want = [(m.span(), m.group()) for m in mentions._PRONOUN.finditer(text, lo, hi)]
    got = [(m.span(), m.group()) for m in mentions._PRONOUN_SCAN.finditer(text, lo, hi)]
    assert got == want


def test_pronouns_in_reads_gender_and_number() -> None:
    text = "Then he said it. She and They left; It stayed, and the"
    got = [(m.text, m.start, m.gender, m.plural) for m in mentions.pronouns_in(text, 0, len(text))]
    assert got == [
        ("he", 5, "m", False),
        ("She", 17, "f", False),
        ("They", 25, "p", True),
        ("It", 36, "n", False),
    ]


def test_pronouns_in_ignores_words_that_contain_one() -> None:
    text = "the shelter theyre Ithaca he’s"
    assert [m.text for m in mentions.pronouns_in(text, 0, len(text))] == ["he"]


@given(name_text)
@settings(max_examples=500)
def test_name_run_scan_finds_what_the_plain_pattern_finds(text: str) -> None:
    assert name_variants._NAME_RUN.findall(text) == _PLAIN_NAME_RUN.findall(text)


def test_mentions_built_without_the_constructor_have_every_field() -> None:
    """names_in and pronouns_in build Mentions with tuple.__new__: a field added to Mention must be
    added there too."""
    text = "The Kremlin spokesman Dmitry Peskov said he would not."
    made = mentions.names_in(text, 0, len(text)) + mentions.pronouns_in(text, 0, len(text))
    assert [(m.start, m.text, m.role) for m in made] == [
        (4, "Kremlin", None),
        (22, "Dmitry Peskov", "Kremlin spokesman"),
        (41, "he", None),
    ]
    assert all(len(m) == len(mentions.Mention._fields) and m == mentions.Mention(*m) for m in made)


double_mark_text = st.text(alphabet="a '`\"“”„‟«»‘’.\n", max_size=30)


@given(double_mark_text, st.integers(0, 30), st.integers(0, 30))
@example("a'''b ''c ``d` “e”", 0, 30)
@example("''''", 1, 4)
@settings(max_examples=1000)
def test_double_mark_scan_finds_what_the_plain_pattern_finds(text: str, lo: int, hi: int) -> None:
    plain = re.compile(quotes._DOUBLE_PLAIN)
    want = [m.span() for m in plain.finditer(text, lo, hi)]
    assert [m.span() for m in quotes._DOUBLE_RE.finditer(text, lo, hi)] == want
